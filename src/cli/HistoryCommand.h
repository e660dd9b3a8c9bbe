#pragma once

#include "CliContext.h"

namespace berth {

// history [--limit N] [--json]: the journal's deletes grouped by journal id, newest first, each
// marked undoable (until when), undone, or no longer undoable (and why). Reads the journal only.
class HistoryCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usageError(const CliOptions &options);
};

} // namespace berth
