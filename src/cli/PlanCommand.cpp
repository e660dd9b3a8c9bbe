#include "PlanCommand.h"

#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "core/DigestText.h"
#include "core/InputFile.h"
#include "diagnosis/ErrorPresenter.h"
#include "diagnosis/HarborFigures.h"
#include "ExitCodes.h"
#include "operations/CleanupPlanJson.h"
#include "operations/CleanupPlanner.h"
#include "operations/PlanExecutor.h"
#include "RowFormat.h"
#include "StorageEstimate.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

namespace berth {

namespace {
bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}
} // namespace

QString PlanCommand::preflight(const CliOptions &o)
{
    if (o.command == QLatin1String("plan") && o.plan.execute && !o.plan.yes && !stdinIsTerminal())
        return tr("plan --execute asks before deleting, and there is no terminal to ask on: add --yes");
    return {};
}

PlanCommand::PlanCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
{ }

PlanCommand::~PlanCommand() = default;

int PlanCommand::concurrency(int fallback) const
{
    return m_ctx.options.concurrency > 0 ? m_ctx.options.concurrency : fallback;
}

void PlanCommand::start()
{
    const QString refusal = preflight(m_ctx.options);
    if (!refusal.isEmpty()) {
        Terminal::err(QStringLiteral("berthctl: %1").arg(refusal));
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (!m_ctx.options.rm.planFile.isEmpty())
        return runSaved();
    verifyThen([this] { compute(); });
}

void PlanCommand::compute()
{
    const CliOptions &o = m_ctx.options;
    QString why;
    const auto rules = cleanupRulesFrom(o.plan, &why);
    const auto scope = CleanupScope::parse(o.plan.all ? QStringLiteral("*") : o.args.value(0), &why);
    if (!rules || !scope) { // parseCliOptions checked both already
        Terminal::err(QStringLiteral("berthctl: %1").arg(why));
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (m_ctx.isPlainRegistry())
        return computeRegistry(*scope, *rules);
    auto *planner = new CleanupPlanner(m_ctx.client, *scope, *rules, this);
    planner->setConcurrency(concurrency(6));
    if (o.plan.now.isValid())
        planner->setNow(o.plan.now);
    connect(planner, &CleanupPlanner::progress, this,
        [](int done, int total) { Terminal::progress(tr("planning: %1 of %2 repositories").arg(done).arg(total)); });
    connect(planner, &CleanupPlanner::finished, this, [this, planner] {
        Terminal::endProgress();
        if (!planner->errorMessage().isEmpty()) {
            Terminal::err(QStringLiteral("berthctl: %1").arg(planner->errorMessage()));
            Q_EMIT finished(ExitNotFound);
            return;
        }
        if (planner->error()) {
            explain(planner->error(), planner->errorProject());
            Q_EMIT finished(exitCodeFor(planner->error()));
            return;
        }
        const Plan &plan = planner->plan();
        if (!m_ctx.options.plan.execute)
            return printWithEstimate(plan, &planner->data());
        confirmThenExecute(plan);
    });
    planner->start();
}

void PlanCommand::runSaved()
{
    const QString file = m_ctx.options.rm.planFile;
    QString why;
    const std::optional<QByteArray> data = InputFile::read(file, &why);
    if (!data) {
        Terminal::err(tr("berthctl: cannot read %1: %2").arg(file, why));
        Q_EMIT finished(ExitUsage);
        return;
    }
    const auto plan = Plan::fromJson(*data, &why);
    if (!plan) {
        Terminal::err(tr("berthctl: %1 is not a usable plan: %2").arg(file, why));
        Q_EMIT finished(ExitUsage);
        return;
    }
    // The plan was reviewed when it was saved: like rm, this does not ask. Every item is still
    // checked against the server right before its deletion.
    if (!m_ctx.kindUnconfirmed && !fitsThisRegistry(*plan, file))
        return;
    // --url alone: which kind of registry this is is known only once verifyThen() asked.
    verifyThen([this, file, p = *plan] {
        if (fitsThisRegistry(p, file))
            execute(p);
    });
}

bool PlanCommand::fitsThisRegistry(const Plan &plan, const QString &file)
{
    if (plan.isPlainRegistry() != m_ctx.isPlainRegistry()) {
        Terminal::err(plan.isPlainRegistry()
                ? tr("berthctl: %1 was made on a plain OCI registry, but this registry is Harbor").arg(file)
                : tr("berthctl: %1 was made on Harbor, but this is a plain OCI registry").arg(file));
        Q_EMIT finished(ExitUsage);
        return false;
    }
    const QUrl here = m_ctx.transport->baseUrl().adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    const QUrl there = QUrl(plan.registry).adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    if (!plan.registry.isEmpty() && here != there) {
        Terminal::err(tr("berthctl: the plan was computed for %1, but this registry is %2")
                          .arg(there.toString(), here.toString()));
        Q_EMIT finished(ExitUsage);
        return false;
    }
    return true;
}

QString PlanCommand::summary(const Plan &plan) const
{
    if (plan.isPlainRegistry())
        return registrySummary(plan);
    const PlanTotals &t = plan.totals;
    QString s = tr("%1 to remove (%2 tags, %3 untagged artifacts), %4 to keep (%5 immutable) in %6 repositories")
                    .arg(t.remove)
                    .arg(t.tagsRemoved)
                    .arg(t.artifactsDeleted)
                    .arg(t.keep)
                    .arg(t.immutable)
                    .arg(plan.repositories);
    if (t.bytes > 0)
        s += tr("; %1%2 released").arg(t.sizesComplete ? QString() : tr("at least "), RowFormat::humanSize(t.bytes));
    if (!plan.leftovers.isEmpty())
        s += tr("; %1 artifacts lose every tag and stay untagged (a --untagged plan deletes them)")
                 .arg(plan.leftovers.size());
    return s;
}

void PlanCommand::printWithEstimate(const Plan &plan, const QList<RepositoryArtifacts> *listed)
{
    if (m_ctx.options.plan.csv) { // CSV has no place for it: no scan
        printPlan(plan);
        Terminal::err(summary(plan));
        Q_EMIT finished(ExitOk);
        return;
    }
    QList<StorageGraph::Revision> deleted;
    QList<StorageGraph::Revision> artifacts;
    for (int index : plan.removals()) {
        const PlanItem &it = plan.items.at(index);
        // A plain registry's removal is a manifest delete; Harbor's tag removal leaves the
        // artifact (untagged), its artifact delete takes children and accessories along.
        if (plan.isPlainRegistry())
            deleted.append({it.repository, it.digest});
        else if (!it.isTag())
            artifacts.append({it.repository, it.digest});
    }
    const auto done = [this, plan] {
        printPlan(plan);
        Terminal::err(summary(plan));
        if (m_freed)
            Terminal::err(StorageEstimate::freedLine(*m_freed));
        if (m_freed && m_freed->unknown == 0 && m_untaggedMore && *m_untaggedMore > 0)
            Terminal::err(HarborFigures::deleteUntaggedMore(*m_untaggedMore, &RowFormat::humanSize));
        Q_EMIT finished(ExitOk);
    };
    // Artifacts whose every tag goes stay, untagged: Harbor's GC frees them only with its "delete
    // untagged artifacts" option, and the plan says how much more that frees.
    QList<StorageGraph::Revision> leftovers;
    for (const UntaggedLeftover &left : plan.leftovers)
        leftovers.append({left.repository, left.digest});
    if (deleted.isEmpty() && artifacts.isEmpty() && leftovers.isEmpty()) {
        // No manifest is deleted (only tags, which leave their artifacts untagged, and the default
        // GC keeps untagged manifests): nothing is freed, exactly, whatever else shares a blob. The
        // scan of everything visible would only confirm it.
        m_estimated = true;
        StorageGraph::Freed none;
        none.exact = true;
        m_freed = none;
        m_untaggedMore = 0; // nothing is left untagged either
        done();
        return;
    }
    // What the plan frees depends on every repository that may share its blobs, so the scan
    // covers all the account sees, not only SCOPE: one listing per repository and one manifest
    // read per revision the first time; the ContentCache makes a second plan read only what changed.
    auto *estimate = new StorageEstimate(m_ctx, this);
    if (listed) {
        // The planner listed the plan's scope: the scan reads only the manifests there, and lists
        // only the rest of what the account sees (each repository is listed once).
        QList<StorageScan::ListedRepository> listing;
        listing.reserve(listed->size());
        for (const RepositoryArtifacts &r : *listed)
            listing.append({r.repository, r.artifacts});
        if (plan.scope.kind == CleanupScope::Kind::Registry)
            estimate->setListing(std::move(listing));
        else
            estimate->setPartialListing(std::move(listing),
                plan.scope.kind == CleanupScope::Kind::Project ? QStringList {plan.scope.project} : QStringList {});
    }
    estimate->run([this, done, deleted, artifacts, leftovers](const StorageScan &scan, const ApiError &error) mutable {
        m_estimated = true;
        if (error) {
            Terminal::err(
                tr("warning: what this plan frees after garbage collection is not known: %1").arg(error.summary()));
        } else {
            const StorageGraph &g = scan.graph();
            QList<StorageGraph::Revision> withLeftovers = deleted;
            if (!artifacts.isEmpty())
                deleted += g.withHarborDependents(artifacts);
            m_freed = g.freedAfterGc(deleted);
            if (!leftovers.isEmpty() || !artifacts.isEmpty()) {
                withLeftovers += g.withHarborDependents(artifacts + leftovers);
                m_untaggedMore = qMax<qint64>(0, g.freedAfterGc(withLeftovers).freed - m_freed->freed);
            }
        }
        done();
    });
}

void PlanCommand::printPlan(const Plan &plan)
{
    const CliOptions &o = m_ctx.options;
    if (o.json) {
        QJsonObject extra;
        if (m_estimated) {
            if (m_freed)
                StorageEstimate::insertKeys(extra, *m_freed);
            else
                StorageEstimate::insertUnknown(extra);
            // Harbor: bytes GC with "delete untagged artifacts" frees on top of freed_after_gc.
            if (!plan.isPlainRegistry())
                extra.insert(QStringLiteral("freed_with_delete_untagged"),
                    m_freed && m_freed->unknown == 0 && m_untaggedMore ? QJsonValue(*m_untaggedMore)
                                                                       : QJsonValue(QJsonValue::Null));
        }
        Terminal::out(planJsonText(plan, extra)); // QJsonDocument's text, written without the objects
    } else if (o.plan.csv) {
        Terminal::out(plan.toCsv());
    } else {
        QString text;
        for (const PlanItem &it : plan.items)
            text += QStringLiteral("%1\t%2\t%3\t%4\n")
                        .arg(it.action == PlanItem::Action::Remove ? QStringLiteral("remove") : QStringLiteral("keep"),
                            it.ref(), shortDigest(it.digest), it.rule);
        Terminal::out(text);
    }
    Terminal::flush();
}

void PlanCommand::confirmThenExecute(const Plan &plan)
{
    if (plan.totals.remove == 0) {
        printPlan(plan);
        Terminal::err(tr("Nothing to remove."));
        Q_EMIT finished(ExitOk);
        return;
    }
    if (!m_ctx.options.plan.yes) {
        const QList<int> removals = plan.removals();
        const int shown = std::min<int>(removals.size(), 20);
        for (int i = 0; i < shown; ++i) {
            const PlanItem &it = plan.items.at(removals.at(i));
            Terminal::err(QStringLiteral("  %1\t%2").arg(it.ref(), it.rule));
        }
        if (removals.size() > shown)
            Terminal::err(tr("  ... and %1 more").arg(removals.size() - shown));
        Terminal::err(summary(plan));
        Terminal::err(tr("Carry this out on %1? Type 'yes' to go on: ").arg(m_ctx.transport->baseUrl().toString()));
        bool ok = false;
        const QString answer = QString::fromUtf8(InputFile::readStdinLine(64 * 1024, &ok)).trimmed().toLower();
        if (!ok || (answer != QLatin1String("yes") && answer != QLatin1String("y"))) {
            Terminal::err(tr("Nothing was deleted."));
            Q_EMIT finished(ExitFailure);
            return;
        }
    }
    execute(plan);
}

void PlanCommand::execute(const Plan &plan)
{
    auto *executor
        = m_ctx.isPlainRegistry() ? registryExecutor(plan) : new PlanExecutor(m_ctx.client, plan, concurrency(4), this);
    if (m_ctx.options.plan.now.isValid())
        executor->setNow(m_ctx.options.plan.now);
    DeleteBatch::JournalContext journal;
    journal.source = QStringLiteral("berthctl");
    journal.profile = m_ctx.profile ? m_ctx.profile->name : QString();
    journal.registry = m_ctx.transport->baseUrl();
    journal.username = m_ctx.transport->settings().username;
    journal.causeOf = [this](const DeleteItem &item, const ApiError &error) {
        return causeId(ErrorPresenter::causeOf(error, diagnosisFor(item.project, item.requiredPermission())));
    };
    executor->setJournal(std::make_shared<ActionJournal>(), journal);
    executor->enableUndo();
    connect(executor, &PlanExecutor::itemFinished, this, [this, executor](int index) {
        const DeleteItem &item = executor->items().at(index);
        const DeleteOutcome &o = executor->outcomes().at(index);
        if (o.state == DeleteState::ChangedSincePlan)
            Terminal::err(tr("changed_since_plan: %1: %2").arg(item.label, o.detail));
        else if (o.state != DeleteState::Deleted && o.state != DeleteState::AlreadyGone && o.error)
            explain(o.error, item.project, item.requiredPermission());
        Terminal::progress(tr("%1 of %2").arg(executor->batch()->finishedCount()).arg(executor->items().size()));
    });
    connect(executor, &PlanExecutor::finished, this, [this, executor] {
        if (!executor->batch()->journalError().isEmpty())
            Terminal::err(
                tr("warning: the action journal could not be written: %1").arg(executor->batch()->journalError()));
        report(executor);
    });
    executor->start();
}

void PlanCommand::report(PlanExecutor *executor)
{
    Terminal::endProgress();
    const Plan &plan = executor->plan();
    int exit = ExitOk;
    QMap<QString, int> counts;
    QJsonObject json = plan.toJson();
    QJsonArray rows = json.value(QStringLiteral("items")).toArray();
    QString text;
    for (int i = 0; i < executor->items().size(); ++i) {
        const DeleteItem &item = executor->items().at(i);
        const DeleteOutcome &o = executor->outcomes().at(i);
        const QString state = deleteStateName(o.state);
        // One row per plan item: a plain registry's manifest delete carries out several tags.
        const QList<int> planRows = executor->planIndexesOf(i);
        counts[state] += int(planRows.size());
        QString cause;
        if (o.state == DeleteState::ChangedSincePlan)
            cause = o.detail;
        else if (o.error && o.state != DeleteState::Deleted && o.state != DeleteState::AlreadyGone)
            cause = causeId(ErrorPresenter::causeOf(o.error, diagnosisFor(item.project, item.requiredPermission())));
        if (exit == ExitOk) {
            // A plain registry's causes decide its codes (registry_delete_disabled: 4), as rm's.
            if (o.state == DeleteState::Failed && o.error && plan.isPlainRegistry())
                exit = exitCodeFor(o.error, ErrorPresenter::causeOf(o.error, diagnosisFor({})));
            else if (o.state == DeleteState::Failed)
                exit = o.error ? exitCodeFor(o.error) : ExitFailure;
            else if (o.state == DeleteState::NotFound)
                exit = ExitNotFound;
            else if (o.state == DeleteState::ChangedSincePlan)
                exit = ExitPrecondition;
            else if (o.state == DeleteState::Cancelled)
                exit = ExitFailure;
        }
        for (int row : planRows) {
            QJsonObject r = rows.at(row).toObject();
            r.insert(QStringLiteral("state"), state);
            r.insert(QStringLiteral("cause"), cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cause));
            r.insert(QStringLiteral("http_status"),
                o.error.httpStatus ? QJsonValue(o.error.httpStatus) : QJsonValue(QJsonValue::Null));
            r.insert(QStringLiteral("request_id"),
                o.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.requestId));
            rows.replace(row, r);
            const QString label = plan.isPlainRegistry() ? plan.items.at(row).ref() : item.label;
            text += QStringLiteral("%1\t%2%3\n")
                        .arg(state, label, cause.isEmpty() ? QString() : QLatin1Char('\t') + cause);
        }
    }
    if (m_ctx.options.json) {
        json.insert(QStringLiteral("items"), rows);
        QJsonObject c;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            c.insert(it.key(), it.value());
        json.insert(QStringLiteral("execution"),
            QJsonObject {{QStringLiteral("counts"), c}, {QStringLiteral("journal_id"), executor->journalId()}});
        json.insert(QStringLiteral("journal_id"), executor->journalId());
        Terminal::out(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        Terminal::out(text);
    }
    Terminal::flush();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    Terminal::err(parts.isEmpty() ? tr("Nothing to remove.") : parts.join(QStringLiteral(", ")));
    if (!executor->items().isEmpty())
        Terminal::err(tr("journal id: %1 (berthctl undo %1 puts it back)").arg(executor->journalId()));
    if (counts.value(QStringLiteral("deleted")) > 0)
        Terminal::err(StorageEstimate::gcNotice(plan.isPlainRegistry()));
    Q_EMIT finished(exit);
}

} // namespace berth
