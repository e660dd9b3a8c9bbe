#pragma once

#include "CliContext.h"

namespace berth {

// A command line a plain OCI registry cannot serve (it has no push or pull times, no projects,
// no saved plans of Harbor's kind): refused with the reason, exit 2, before anything is sent.
class HarborOnlyCommand : public Command
{
    Q_OBJECT

public:
    HarborOnlyCommand(CliContext &context, QString reason, QObject *parent = nullptr);
    void start() override;

private:
    QString m_reason;
};

} // namespace berth
