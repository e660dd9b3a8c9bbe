// PlanExecutor on a plain OCI registry: what RegistryPlanRule.h says a removal is there (one
// delete of a manifest's digest for all its tags), and the changed-since-plan check before it.
#include "api/RegistryClient.h"
#include "core/DigestText.h"
#include "Logging.h"
#include "PlanExecutor.h"
#include "RegistryCleanupPlanner.h"

#include <QTimer>

namespace berth {

PlanExecutor::PlanExecutor(RegistryClient *registry, ContentCache *cache, Plan plan, int concurrency, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_cache(cache)
    , m_plan(std::move(plan))
{
    // One batch item per manifest, in plan order of its first removed tag.
    QList<DeleteItem> items;
    QHash<std::pair<QString, QString>, int> groupOf;
    for (int i : m_plan.removals()) {
        const PlanItem &it = m_plan.items.at(i);
        const std::pair<QString, QString> key {it.repository, it.digest};
        const auto found = groupOf.constFind(key);
        if (found != groupOf.cend()) {
            m_groups[*found] << i;
            continue;
        }
        groupOf.insert(key, int(m_groups.size()));
        m_groups.append(QList<int> {i});
        m_planIndexes << i;
        DeleteItem d;
        d.action = DeleteItem::Action::DeleteArtifact;
        d.repository = it.repository; // no project on a plain registry
        d.digest = it.digest;
        d.reference = it.digest;
        d.label = it.repository + QLatin1Char('@') + it.digest;
        items << d;
    }
    // The tags each manifest delete takes, for undo (the plan removes a manifest only with all of them).
    for (int b = 0; b < items.size(); ++b)
        for (int i : m_groups.value(b))
            if (!m_plan.items.at(i).tag.isEmpty())
                items[b].tags << m_plan.items.at(i).tag;
    m_batch = new DeleteBatch(registry, items, concurrency, this);
    m_batch->setPrecheck(
        [this](int index, DeleteBatch::PrecheckDone done) { registryPrecheck(index, std::move(done)); });
    connectBatch();
}

void PlanExecutor::registryPrecheck(int index, DeleteBatch::PrecheckDone done)
{
    const QList<int> group = m_groups.value(index);
    const QString repository = m_plan.items.at(group.first()).repository;
    const QString digest = m_plan.items.at(group.first()).digest;
    withFreshRegistryPlan(repository, [this, group, repository, digest, done = std::move(done)] {
        const FreshPlan &fresh = m_freshPlans[repository];
        // Settled on a later turn: thousands of items answered at once would nest each next start.
        const auto later = [this, done](const QString &reason, const ApiError &error) {
            if (!reason.isEmpty())
                qCInfo(lcOperations).noquote() << "changed since plan:" << reason;
            QTimer::singleShot(0, this, [done, reason, error] { done(reason, error); });
        };
        if (!fresh.plan) {
            // Without the check, nothing is deleted: better kept than wrongly removed.
            ApiError e = fresh.error;
            if (!e.isError()) {
                e.kind = ApiError::Kind::BadResponse;
                e.detail = fresh.errorMessage;
            }
            return later({}, e);
        }
        QStringList planned;
        for (int i : group) {
            const PlanItem &it = m_plan.items.at(i);
            planned << it.tag;
            const auto now = fresh.tagDigests.constFind(it.tag);
            if (now == fresh.tagDigests.cend())
                return later(tr("the tag %1 is gone").arg(it.ref()), {});
            if (*now != digest)
                return later(
                    tr("%1 now points to %2, the plan had %3").arg(it.ref(), shortDigest(*now), shortDigest(digest)),
                    {});
            if (const auto kept = fresh.keptTags.constFind(it.tag); kept != fresh.keptTags.cend())
                return later(tr("kept now: %1 (the repository changed since the plan)").arg(*kept), {});
        }
        // A tag put on the manifest since the plan would go with it: never.
        QStringList others;
        for (auto t = fresh.tagDigests.cbegin(); t != fresh.tagDigests.cend(); ++t)
            if (t.value() == digest && !planned.contains(t.key()))
                others << t.key();
        if (!others.isEmpty())
            return later(tr("%1@%2 now also carries %3, which the plan does not remove")
                             .arg(repository, shortDigest(digest), others.join(QStringLiteral(", "))),
                {});
        later({}, {});
    });
}

void PlanExecutor::withFreshRegistryPlan(const QString &repository, std::function<void()> next)
{
    FreshPlan &fresh = m_freshPlans[repository];
    if (fresh.done)
        return next();
    fresh.waiters << std::move(next);
    if (fresh.waiters.size() > 1)
        return;
    CleanupScope scope;
    scope.kind = CleanupScope::Kind::Repository;
    const int slash = int(repository.indexOf(QLatin1Char('/')));
    if (slash < 0) {
        scope.kind = CleanupScope::Kind::Project; // "alpine": the repository itself first
        scope.project = repository;
    } else {
        scope.project = repository.left(slash);
        scope.path = repository.mid(slash + 1);
    }
    auto *planner = new RegistryCleanupPlanner(m_registry, m_cache, scope, m_plan.rules, this);
    planner->setNow(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    connect(planner, &RegistryCleanupPlanner::finished, this, [this, repository, planner] {
        FreshPlan &f = m_freshPlans[repository];
        f.done = true;
        if (planner->ok() && planner->tagDigests().contains(repository)) {
            f.plan = planner->plan();
            f.tagDigests = planner->tagDigests().value(repository);
            for (const PlanItem &it : std::as_const(f.plan->items))
                if (it.repository == repository && it.isTag() && it.action == PlanItem::Action::Keep)
                    f.keptTags.insert(it.tag, it.rule);
        } else if (planner->ok()) {
            f.errorMessage = tr("the repository %1 is gone").arg(repository);
        } else {
            f.error = planner->error();
            f.errorMessage = planner->errorMessage();
        }
        planner->deleteLater();
        for (const auto &w : std::exchange(f.waiters, {}))
            w();
    });
    planner->start();
}

} // namespace berth
