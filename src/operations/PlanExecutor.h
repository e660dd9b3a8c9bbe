#pragma once

#include "CleanupPlan.h"
#include "DeleteBatch.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace berth {

class ContentCache;
class HarborClient;
class RegistryClient;

// Carries out a Plan's removals through DeleteBatch (same concurrency, final states, journal),
// with the changed-since-plan check right before each DELETE, in the same concurrency slot: the
// item is read again (GET the artifact by its tag, or by its digest for a digest item), and it
// goes only when it is still the planned digest and the plan's rules still decide "remove" on
// the current data (CleanupEvaluator::recheck). Otherwise it ends as ChangedSincePlan and nothing
// is sent for it. A tag is removed by digest, so even a re-push between the check and the DELETE
// cannot remove the new digest's tag (Harbor answers 404, the item ends as NotFound).
class PlanExecutor : public QObject
{
    Q_OBJECT

public:
    PlanExecutor(HarborClient *client, Plan plan, int concurrency, QObject *parent = nullptr);
    // A plain registry's plan (PlanExecutorRegistry.cpp): the removed tags of one manifest go
    // with ONE delete of its digest (RegistryPlanRule.h). Right before it, the repository is
    // planned again from fresh data (RegistryCleanupPlanner, `cache` may be null), and the
    // manifest goes only when every planned tag is still on it, no other tag is, and the fresh
    // plan still removes them all; else ChangedSincePlan and nothing is sent.
    PlanExecutor(RegistryClient *registry, ContentCache *cache, Plan plan, int concurrency, QObject *parent = nullptr);

    // The time the rules are re-checked against; default: the wall clock at each check.
    void setNow(const QDateTime &now) { m_now = now; }
    void setJournal(std::shared_ptr<ActionJournal> journal, DeleteBatch::JournalContext context);
    void enableUndo() { m_batch->enableUndo(); } // DeleteBatch::enableUndo
    QString journalId() const { return m_batch->journalId(); }

    void start();
    void cancel();

    const Plan &plan() const { return m_plan; }
    // One entry per removal: the plan item's index, in plan order; the batch's index is the
    // position in this list.
    // (A plain registry: the first tag of each manifest; planIndexesOf() gives them all.)
    const QList<int> &planIndexes() const { return m_planIndexes; }
    // The plan items one batch item carries out: one, or a plain registry's tags of one manifest.
    QList<int> planIndexesOf(int batchIndex) const;
    const QList<DeleteItem> &items() const;
    const QList<DeleteOutcome> &outcomes() const;
    DeleteBatch *batch() const { return m_batch; }
    int count(DeleteState state) const;
    bool isFinished() const { return m_done; }

    static DeleteItem deleteItemFor(const PlanItem &item);

Q_SIGNALS:
    void itemFinished(int index); // index into items()/outcomes()
    void progress(int finished, int total);
    void finished();

private:
    void precheck(int index, DeleteBatch::PrecheckDone done);
    void recheckArtifact(const PlanItem &item, DeleteBatch::PrecheckDone done);
    // With "keep the newest N", a tag planned for removal moves up into the newest N when
    // somebody deletes newer tags after planning. So before the first delete in a repository,
    // the repository is planned again from fresh data; what that plan keeps is not deleted.
    void withFreshPlan(const QString &repository, std::function<void()> next);
    void connectBatch();
    void registryPrecheck(int index, DeleteBatch::PrecheckDone done);
    void withFreshRegistryPlan(const QString &repository, std::function<void()> next);

    struct FreshPlan
    {
        bool done = false;
        std::optional<Plan> plan; // nullopt: planning again failed
        QHash<QString, QString> keptTags; // tag -> the rule that keeps it now
        QMap<QString, QString> tagDigests; // plain registry: tag -> digest, as listed now
        ApiError error;
        QString errorMessage;
        QList<std::function<void()>> waiters;
    };
    std::map<QString, FreshPlan> m_freshPlans; // by repository

    QPointer<HarborClient> m_client;
    QPointer<RegistryClient> m_registry;
    ContentCache *m_cache = nullptr;
    QList<QList<int>> m_groups; // plain registry: per batch item, its plan items
    Plan m_plan;
    QDateTime m_now;
    QList<int> m_planIndexes;
    DeleteBatch *m_batch = nullptr;
    bool m_done = false;
};

} // namespace berth
