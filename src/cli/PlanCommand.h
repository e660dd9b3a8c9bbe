#pragma once

#include "CliContext.h"
#include "operations/CleanupPlan.h"

#include <QPointer>

namespace berth {

class PlanExecutor;

// plan [RULES] SCOPE [--json|--csv], plan ... --execute [--yes], rm --plan FILE.
class PlanCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

    // Checks that need no registry, run before connecting: a usage error (exit 2) or empty.
    // --execute without --yes needs a terminal to ask on.
    static QString preflight(const CliOptions &options);

private:
    void compute();
    void runSaved();
    void confirmThenExecute(const Plan &plan);
    void execute(const Plan &plan);
    void printPlan(const Plan &plan);
    void report(PlanExecutor *executor);
    QString summary(const Plan &plan) const;
    int concurrency(int fallback) const;
};

} // namespace berth
