#include "PlanExecutor.h"

#include "api/HarborClient.h"
#include "CleanupEvaluator.h"
#include "CleanupPlanner.h"
#include "Logging.h"

#include <QTimer>

namespace berth {

DeleteItem PlanExecutor::deleteItemFor(const PlanItem &item)
{
    DeleteItem d;
    d.project = item.project();
    d.repository = item.repositoryPath();
    d.digest = item.digest;
    d.reference = item.digest; // by digest: never the tag's current target
    d.label = item.ref();
    if (item.isTag()) {
        d.action = DeleteItem::Action::RemoveTag;
        d.tag = item.tag;
    } else {
        d.action = DeleteItem::Action::DeleteArtifact;
    }
    return d;
}

PlanExecutor::PlanExecutor(HarborClient *client, Plan plan, int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_planIndexes(m_plan.removals())
{
    QList<DeleteItem> items;
    items.reserve(m_planIndexes.size());
    for (int i : std::as_const(m_planIndexes))
        items << deleteItemFor(m_plan.items.at(i));
    m_batch = new DeleteBatch(client, items, concurrency, this);
    m_batch->setPrecheck([this](int index, DeleteBatch::PrecheckDone done) { precheck(index, std::move(done)); });
    connectBatch();
}

QList<int> PlanExecutor::planIndexesOf(int batchIndex) const
{
    if (!m_groups.isEmpty())
        return m_groups.value(batchIndex);
    return {m_planIndexes.value(batchIndex)};
}

void PlanExecutor::connectBatch()
{
    connect(m_batch, &DeleteBatch::itemFinished, this, &PlanExecutor::itemFinished);
    connect(m_batch, &DeleteBatch::progress, this, &PlanExecutor::progress);
    connect(m_batch, &DeleteBatch::finished, this, [this] {
        m_done = true;
        Q_EMIT finished();
    });
}

void PlanExecutor::setJournal(std::shared_ptr<ActionJournal> journal, DeleteBatch::JournalContext context)
{
    m_batch->setJournal(std::move(journal), std::move(context));
}

void PlanExecutor::start()
{
    m_batch->start();
}

void PlanExecutor::cancel()
{
    m_batch->cancel();
}

const QList<DeleteItem> &PlanExecutor::items() const
{
    return m_batch->items();
}

const QList<DeleteOutcome> &PlanExecutor::outcomes() const
{
    return m_batch->outcomes();
}

int PlanExecutor::count(DeleteState state) const
{
    return m_batch->count(state);
}

void PlanExecutor::precheck(int index, DeleteBatch::PrecheckDone done)
{
    const PlanItem item = m_plan.items.at(m_planIndexes.at(index));
    if (!m_client) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        done({}, e);
        return;
    }
    if (m_plan.rules.keepLast <= 0 || !item.isTag()) {
        recheckArtifact(item, std::move(done));
        return;
    }
    withFreshPlan(item.repository, [this, item, done = std::move(done)] {
        const FreshPlan &fresh = m_freshPlans[item.repository];
        // Answers that need no request go out on a later turn: settled at once, thousands of
        // items of one repository would each start the next inside this call and exhaust the stack.
        const auto later = [this, done](const QString &reason, const ApiError &error) {
            QTimer::singleShot(0, this, [done, reason, error] { done(reason, error); });
        };
        if (!fresh.plan) {
            // Without the check, the item is not deleted: better kept than wrongly removed.
            if (fresh.error.isError()) {
                later({}, fresh.error);
            } else {
                ApiError e;
                e.kind = ApiError::Kind::BadResponse;
                e.detail = fresh.errorMessage;
                later({}, e);
            }
            return;
        }
        if (const auto kept = fresh.keptTags.constFind(item.tag); kept != fresh.keptTags.cend()) {
            const QString reason = tr("kept now: %1 (the repository changed since the plan)").arg(*kept);
            qCInfo(lcOperations).noquote() << "changed since plan:" << item.ref() << "-" << reason;
            later(reason, {});
            return;
        }
        recheckArtifact(item, done);
    });
}

void PlanExecutor::withFreshPlan(const QString &repository, std::function<void()> next)
{
    FreshPlan &fresh = m_freshPlans[repository];
    if (fresh.done) {
        next();
        return;
    }
    fresh.waiters << std::move(next);
    if (fresh.waiters.size() > 1)
        return;
    const std::optional<CleanupScope> scope = CleanupScope::parse(repository);
    auto *planner = scope ? new CleanupPlanner(m_client, *scope, m_plan.rules, this) : nullptr;
    const auto deliver = [this, repository, planner] {
        FreshPlan &f = m_freshPlans[repository];
        f.done = true;
        if (planner && planner->ok()) {
            f.plan = planner->plan();
            for (const PlanItem &it : std::as_const(f.plan->items))
                if (it.repository == repository && it.isTag() && it.action == PlanItem::Action::Keep)
                    f.keptTags.insert(it.tag, it.rule);
        } else if (planner) {
            f.error = planner->error();
            f.errorMessage = planner->errorMessage();
        } else {
            f.errorMessage = tr("%1 is not a repository name").arg(repository);
        }
        if (planner)
            planner->deleteLater();
        for (const auto &w : std::exchange(f.waiters, {}))
            w();
    };
    if (!planner) {
        QTimer::singleShot(0, this, deliver);
        return;
    }
    planner->setNow(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    connect(planner, &CleanupPlanner::finished, this, deliver);
    planner->start();
}

void PlanExecutor::recheckArtifact(const PlanItem &item, DeleteBatch::PrecheckDone done)
{
    ArtifactQuery q;
    q.withTag = true;
    q.withImmutableStatus = true;
    q.withLabel = false;
    q.withScanOverview = false;
    q.withAccessory = false;
    const QString reference = item.isTag() ? item.tag : item.digest;
    m_client->artifact(item.project(), item.repositoryPath(), reference, q, this,
        [this, item, done](const Artifact &current, const ApiError &error) {
            if (error.kind == ApiError::Kind::NotFound) {
                done(item.isTag() ? tr("the tag %1 is gone").arg(item.ref())
                                  : tr("the artifact %1 is gone").arg(item.ref()),
                    {});
                return;
            }
            if (error) {
                done({}, error);
                return;
            }
            const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
            const auto reason = CleanupEvaluator::recheck(m_plan.rules, item, current, now);
            if (reason)
                qCInfo(lcOperations).noquote() << "changed since plan:" << item.ref() << "-" << *reason;
            done(reason.value_or(QString()), {});
        });
}

} // namespace berth
