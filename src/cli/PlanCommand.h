#pragma once

#include "CliContext.h"
#include "core/StorageGraph.h"
#include "operations/CleanupPlan.h"

#include <memory>
#include <QPointer>

namespace berth {

class ContentCache;
struct RepositoryArtifacts;
class PlanExecutor;

// plan [RULES] SCOPE [--json|--csv], plan ... --execute [--yes], rm --plan FILE, on Harbor and on
// a plain OCI registry (PlanRegistry.cpp).
class PlanCommand : public Command
{
    Q_OBJECT

public:
    explicit PlanCommand(CliContext &context, QObject *parent = nullptr);
    ~PlanCommand() override; // ContentCache is complete only in the .cpp
    void start() override;

    // Checks that need no registry, run before connecting: a usage error (exit 2) or empty.
    // --execute without --yes needs a terminal to ask on.
    static QString preflight(const CliOptions &options);

private:
    void compute();
    void runSaved();
    // The saved plan was made on this kind of registry at this address; else says so (exit 2).
    bool fitsThisRegistry(const Plan &plan, const QString &file);
    void confirmThenExecute(const Plan &plan);
    void execute(const Plan &plan);
    void printPlan(const Plan &plan);
    // plan without --execute: prints the plan with what it frees after GC (StorageEstimate), then
    // its summary; exit 0.
    // listed: the planner's data when it listed the whole visible registry (the scan reuses it).
    void printWithEstimate(const Plan &plan, const QList<RepositoryArtifacts> *listed = nullptr);
    void report(PlanExecutor *executor);
    QString summary(const Plan &plan) const;
    int concurrency(int fallback) const;

    // A plain registry (PlanRegistry.cpp).
    void computeRegistry(const CleanupScope &scope, const CleanupRules &rules);
    PlanExecutor *registryExecutor(const Plan &plan);
    QString registrySummary(const Plan &plan) const;
    ContentCache *cache();

    std::unique_ptr<ContentCache> m_cache;
    bool m_estimated = false; // printPlan adds the estimate's keys (null when it failed)
    std::optional<StorageGraph::Freed> m_freed;
    // Harbor: what GC with "delete untagged artifacts" frees on top (the plan's leftovers).
    std::optional<qint64> m_untaggedMore;
};

} // namespace berth
