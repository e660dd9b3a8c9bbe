#pragma once

#include "CliContext.h"
#include "operations/UndoHistory.h"

namespace berth {

class UndoRun;

// undo JOURNAL-ID | --last [--force]: puts back what one batch of deletes took (UndoRun), on the
// registry the journal names. The credentials are the journal's profile (its secret from the
// keychain), or the command's --url/--profile/--user/--password-stdin; either way they only go to
// the registry the deletes were made on. Without a profile, anonymous (a plain registry may allow it).
class UndoCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usageError(const CliOptions &options);

private:
    void connected();
    void run();
    void report(UndoRun *run);
    int refuse(int exitCode, const QString &message);

    HistoryBatch m_batch;
    QList<JournalEntry> m_entries; // to undo
};

} // namespace berth
