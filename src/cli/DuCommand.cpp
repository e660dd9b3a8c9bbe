#include "DuCommand.h"

#include "content/StorageScan.h"
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
            report(scan);
        });
    });
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

    if (m_ctx.options.json) {
        QJsonArray rows;
        for (const StorageGraph::Group &group : groups)
            rows.append(figuresJson(group.name, group.figures));
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
        Terminal::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        int width = 4;
        for (const StorageGraph::Group &group : groups)
            width = std::max(width, int(group.name.size()));
        const QString head = byProject ? tr("PROJECT") : tr("REPOSITORY");
        width = std::max(width, int(head.size()));
        const auto line = [width](const QString &name, const QString &stored, const QString &unique,
                              const QString &shared, const QString &manifests, const QString &blobs) {
            return padded(name, width, false) + QLatin1String("  ") + padded(stored, 10, true) + QLatin1String("  ")
                + padded(unique, 10, true) + QLatin1String("  ") + padded(shared, 10, true) + QLatin1String("  ")
                + padded(manifests, 9, true) + QLatin1String("  ") + padded(blobs, 6, true) + QLatin1Char('\n');
        };
        QString text = line(head, tr("STORED"), tr("UNIQUE"), tr("SHARED"), tr("MANIFESTS"), tr("BLOBS"));
        const auto row = [&](const QString &name, const StorageFigures &f) {
            return line(name, RowFormat::humanSize(f.stored), RowFormat::humanSize(f.unique),
                RowFormat::humanSize(f.shared), QString::number(f.manifests), QString::number(f.blobs));
        };
        for (const StorageGraph::Group &group : groups)
            text += row(group.name, group.figures);
        text += row(tr("total"), total);
        Terminal::out(text);
    }
    Terminal::flush();
    for (const QString &p : std::as_const(problems))
        Terminal::err(tr("problem: %1").arg(p));
    if (total.missing > 0)
        Terminal::err(
            tr("%n referenced manifests are missing from the registry (not counted)", nullptr, total.missing));
    Terminal::err(StorageEstimate::exactness(g.complete(), plain));
    Q_EMIT finished(ExitOk);
}

} // namespace berth
