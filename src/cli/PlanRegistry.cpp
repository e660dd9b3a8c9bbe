// plan on a plain OCI registry: RegistryCleanupPlanner computes it, PlanExecutor carries it out
// with whole-manifest deletes (operations/RegistryPlanRule.h); printing, confirmation, journal and
// report are PlanCommand's own.
#include "content/ContentCache.h"
#include "ExitCodes.h"
#include "operations/PlanExecutor.h"
#include "operations/RegistryCleanupPlanner.h"
#include "PlanCommand.h"
#include "RowFormat.h"
#include "Terminal.h"

namespace berth {

ContentCache *PlanCommand::cache()
{
    // The cache berth and inspect share: a second plan of the same images costs only HEADs.
    if (!m_cache)
        m_cache = std::make_unique<ContentCache>();
    return m_cache.get();
}

void PlanCommand::computeRegistry(const CleanupScope &scope, const CleanupRules &rules)
{
    auto *planner = new RegistryCleanupPlanner(m_ctx.registry, cache(), scope, rules, this);
    planner->setConcurrency(concurrency(6));
    if (m_ctx.options.plan.now.isValid())
        planner->setNow(m_ctx.options.plan.now);
    connect(planner, &RegistryCleanupPlanner::progress, this,
        [](int done, int total) { Terminal::progress(tr("planning: %1 of %2 repositories").arg(done).arg(total)); });
    // Said always (not only on a terminal or with -v): scripts are what run into rate limits.
    connect(planner, &RegistryCleanupPlanner::manifestFetches, this, [](int count) {
        Terminal::endProgress();
        Terminal::err(tr("keep-last orders tags by their images' creation dates: reading %n manifests and their "
                         "configs (on Docker Hub every manifest GET counts against the pull rate limit; HEAD "
                         "requests do not)",
            nullptr, count));
    });
    connect(planner, &RegistryCleanupPlanner::finished, this, [this, planner] {
        Terminal::endProgress();
        if (!planner->errorMessage().isEmpty()) {
            Terminal::err(QStringLiteral("berthctl: %1").arg(planner->errorMessage()));
            Q_EMIT finished(ExitNotFound);
            return;
        }
        if (planner->error()) {
            Q_EMIT finished(explainExit(planner->error()));
            return;
        }
        const Plan &plan = planner->plan();
        for (const QString &note : plan.notes)
            Terminal::err(tr("note: %1").arg(note));
        if (!m_ctx.options.plan.execute)
            return printWithEstimate(plan);
        confirmThenExecute(plan);
    });
    planner->start();
}

PlanExecutor *PlanCommand::registryExecutor(const Plan &plan)
{
    return new PlanExecutor(m_ctx.registry, cache(), plan, concurrency(4), this);
}

QString PlanCommand::registrySummary(const Plan &plan) const
{
    const PlanTotals &t = plan.totals;
    QString s = tr("%1 tags to remove with %2 manifest deletes, %3 to keep in %4 repositories")
                    .arg(t.tagsRemoved)
                    .arg(t.artifactsDeleted)
                    .arg(t.keep)
                    .arg(plan.repositories);
    if (t.bytesDeleted > 0)
        s += tr("; %1%2 of manifests, configs and layers no longer referenced by these tags")
                 .arg(t.sizesComplete ? QString() : tr("at least "), RowFormat::humanSize(t.bytesDeleted));
    return s;
}

} // namespace berth
