#pragma once

#include "CliContext.h"

namespace berth {

class RequestExplainer;

// explain - (the curl command on stdin) or explain -- 'curl ...': why the user's own request
// failed, from GET probes to the command's one target only.
class ExplainCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void report();

    RequestExplainer *m_explainer = nullptr;
};

} // namespace berth
