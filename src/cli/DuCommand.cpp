#include "DuCommand.h"

#include "content/ProjectSummaries.h"
#include "content/StorageScan.h"
#include "diagnosis/HarborFigures.h"
#include "ExitCodes.h"
#include "operations/CleanupRules.h"
#include "RowFormat.h"
#include "StorageEstimate.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

namespace {

QString scopeText(const CliOptions &o)
{
    const QString s = o.args.value(0);
    return s == QLatin1String("*") ? QString() : s;
}

QJsonObject figuresJson(const QString &name, const StorageFigures &f)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("stored"), f.stored},
        {QStringLiteral("unique"), f.unique}, {QStringLiteral("shared"), f.shared},
        {QStringLiteral("manifests"), f.manifests}, {QStringLiteral("blobs"), f.blobs}};
}

QString padded(const QString &text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

QString DuCommand::usageError(const CliOptions &o)
{
    if (o.args.size() > 1)
        return tr("du takes at most one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; on a plain registry REPO "
                  "or FOLDER/)");
    QString why;
    if (!o.args.isEmpty() && !CleanupScope::parse(o.args.first(), &why))
        return why;
    return {};
}

void DuCommand::start()
{
    verifyThen([this] {
        m_estimate = new StorageEstimate(m_ctx, this);
        m_estimate->run([this](const StorageScan &scan, const ApiError &error) {
            if (error) {
                Q_EMIT finished(explainExit(error));
                return;
            }
            if (m_ctx.isPlainRegistry())
                report(scan);
            else
                askHarbor(scan);
        });
    });
}

void DuCommand::askHarbor(const StorageScan &scan)
{
    const CleanupScope scope = CleanupScope::parse(scopeText(m_ctx.options)).value_or(CleanupScope {});
    QStringList projects;
    for (const QString &repository : scan.graph().repositories())
        if (scope.contains(repository))
            projects << StorageGraph::projectOf(repository);
    m_summaries = new ProjectSummaries(m_ctx.client, this);
    connect(m_summaries, &ProjectSummaries::finished, this, [this, &scan] { report(scan); });
    m_summaries->start(projects);
}

void DuCommand::report(const StorageScan &scan)
{
    const StorageGraph &g = scan.graph();
    const QString scopeName = scopeText(m_ctx.options);
    const CleanupScope scope = CleanupScope::parse(scopeName).value_or(CleanupScope {});
    const bool plain = m_ctx.isPlainRegistry();
    const auto inScope = [&scope](const QString &repository) { return scope.contains(repository); };
    bool any = scope.kind == CleanupScope::Kind::Registry;
    for (const QString &repository : g.repositories())
        any = any || inScope(repository);
    if (!any) {
        Terminal::err(tr("berthctl: nothing in %1 is visible to this account").arg(scopeName));
        Q_EMIT finished(ExitNotFound);
        return;
    }
    // Projects for the whole of Harbor; repositories inside one, and always on a plain registry.
    const bool byProject = !plain && scope.kind == CleanupScope::Kind::Registry;
    const QList<StorageGraph::Group> groups = g.breakdown([&](const QString &repository) {
        if (!inScope(repository))
            return QString();
        return byProject ? StorageGraph::projectOf(repository) : repository;
    });
    const StorageFigures total = g.figures(inScope);

    QStringList problems = scan.warnings();
    for (const StorageProblem &p : g.problems())
        problems << p.text();
    if (g.problemCount() > g.problems().size())
        problems << tr("... and %n more problems", "", int(g.problemCount() - g.problems().size()));

    // Harbor's quotas beside our figures: per project row under the registry, else the project's.
    const QHash<QString, ProjectSummary> quotas
        = m_summaries ? m_summaries->quotas() : QHash<QString, ProjectSummary> {};
    const HarborFigures::SizeText sizeText = &RowFormat::humanSize;
    QStringList notes;
    QHash<QString, QString> rowNotes;
    QJsonObject harborKeys;
    if (m_summaries) {
        problems += m_summaries->problems();
        if (byProject) {
            QStringList projects;
            for (const StorageGraph::Group &group : groups)
                projects << group.name;
            const HarborFigures::ProjectQuotas compared = HarborFigures::compareProjects(g, projects, quotas, sizeText);
            notes << compared.sumText;
            for (const QString &project : std::as_const(projects))
                if (compared.notes.contains(project))
                    notes << compared.notes.value(project);
            if (compared.reported > 0)
                harborKeys.insert(QStringLiteral("harbor_quota_sum"), compared.harborSum);
        } else {
            const QString project = StorageGraph::projectOf(scopeName);
            const auto it = quotas.constFind(project);
            if (it == quotas.cend()) {
                notes << HarborFigures::noQuota(project);
            } else {
                const StorageFigures projectFigures = g.figures(project + QLatin1Char('/'));
                harborKeys.insert(QStringLiteral("harbor_quota_project"), project);
                harborKeys.insert(QStringLiteral("harbor_quota_used"), it->quotaUsed);
                harborKeys.insert(QStringLiteral("harbor_quota_hard"), it->quotaHard);
                harborKeys.insert(QStringLiteral("harbor_quota_project_stored"), projectFigures.stored);
                notes << HarborFigures::quotaComparison(project, *it, projectFigures, sizeText);
            }
        }
        notes << HarborFigures::compressedNote();
    }

    if (m_ctx.options.json) {
        QJsonArray rows;
        for (const StorageGraph::Group &group : groups) {
            QJsonObject row = figuresJson(group.name, group.figures);
            if (const auto it = quotas.constFind(group.name); byProject && it != quotas.cend()) {
                row.insert(QStringLiteral("harbor_quota_used"), it->quotaUsed);
                row.insert(QStringLiteral("harbor_quota_hard"), it->quotaHard);
            }
            rows.append(row);
        }
        QJsonObject out {{QStringLiteral("scope"), scopeName}, {QStringLiteral("exact"), g.complete()},
            {QStringLiteral("stored"), total.stored}, {QStringLiteral("unique"), total.unique},
            {QStringLiteral("shared"), total.shared}, {QStringLiteral("manifests"), total.manifests},
            {QStringLiteral("blobs"), total.blobs},
            {byProject ? QStringLiteral("projects") : QStringLiteral("repositories"), rows},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        if (total.missing > 0)
            out.insert(QStringLiteral("missing"), total.missing);
        if (total.overflow)
            out.insert(QStringLiteral("overflow"), true);
        for (auto it = harborKeys.constBegin(); it != harborKeys.constEnd(); ++it)
            out.insert(it.key(), it.value());
        if (m_summaries)
            out.insert(QStringLiteral("harbor_notes"), QJsonArray::fromStringList(notes));
        Terminal::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        int width = 4;
        for (const StorageGraph::Group &group : groups)
            width = std::max(width, int(group.name.size()));
        const QString head = byProject ? tr("PROJECT") : tr("REPOSITORY");
        width = std::max(width, int(head.size()));
        // Harbor's quota column, when a project row has one.
        const bool quotaColumn = byProject && !quotas.isEmpty();
        const auto line
            = [width, quotaColumn](const QString &name, const QString &stored, const QString &unique,
                  const QString &shared, const QString &manifests, const QString &blobs, const QString &quota) {
                  QString l = padded(name, width, false) + QLatin1String("  ") + padded(stored, 10, true)
                      + QLatin1String("  ") + padded(unique, 10, true) + QLatin1String("  ") + padded(shared, 10, true)
                      + QLatin1String("  ") + padded(manifests, 9, true) + QLatin1String("  ") + padded(blobs, 6, true);
                  if (quotaColumn)
                      l += QLatin1String("  ") + padded(quota, 12, true);
                  return l + QLatin1Char('\n');
              };
        QString text
            = line(head, tr("STORED"), tr("UNIQUE"), tr("SHARED"), tr("MANIFESTS"), tr("BLOBS"), tr("HARBOR QUOTA"));
        const auto row = [&](const QString &name, const StorageFigures &f, const QString &quota) {
            return line(name, RowFormat::humanSize(f.stored), RowFormat::humanSize(f.unique),
                RowFormat::humanSize(f.shared), QString::number(f.manifests), QString::number(f.blobs), quota);
        };
        for (const StorageGraph::Group &group : groups) {
            const auto it = quotas.constFind(group.name);
            text += row(group.name, group.figures,
                it == quotas.cend() ? QStringLiteral("-") : RowFormat::humanSize(it->quotaUsed));
        }
        const qint64 sum = harborKeys.value(QStringLiteral("harbor_quota_sum")).toInteger(-1);
        text += row(tr("total"), total, sum >= 0 ? RowFormat::humanSize(sum) : QStringLiteral("-"));
        Terminal::out(text);
    }
    Terminal::flush();
    for (const QString &p : std::as_const(problems))
        Terminal::err(tr("problem: %1").arg(p));
    if (total.missing > 0)
        Terminal::err(
            tr("%n referenced manifests are missing from the registry (not counted)", nullptr, total.missing));
    Terminal::err(StorageEstimate::exactness(g.complete(), plain));
    for (const QString &note : std::as_const(notes))
        Terminal::err(tr("harbor: %1").arg(note));
    Q_EMIT finished(ExitOk);
}

} // namespace berth
