#pragma once

#include "ActionJournal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace berth {

// Whether one journalled delete can be undone now.
struct UndoStatus
{
    enum class Kind { Undoable, Undone, NotUndoable };
    Kind kind = Kind::NotUndoable;
    QString why; // NotUndoable: in words
    QDateTime until; // Undoable: UTC
    static QString kindName(Kind kind); // "undoable", "undone", "not_undoable"
};

// One batch: the deletes of one command or one GUI action, under one journal id.
struct HistoryBatch
{
    QString journalId; // empty: lines written before journal ids existed
    QList<JournalEntry> entries; // oldest first
    QList<UndoStatus> status; // per entry
    UndoStatus summary; // Undoable if any entry is; Undone when every delete is
    // The newest undo attempt, when it did not restore (refused or failed): it leaves the batch
    // undoable, and the history says why it did not go through.
    struct Attempt
    {
        QDateTime time;
        QString state; // "refused", "failed"; empty: none, or the newest attempt restored
        QString cause;
        QString why;
    };
    Attempt lastUndo;

    QDateTime time() const { return entries.isEmpty() ? QDateTime() : entries.constFirst().time; }
    QList<JournalEntry> undoable() const; // the entries an undo would restore
};

// Reads the journal for undo: deletes grouped by journal id, each marked undoable, undone or no
// longer undoable (and why), from the deletes' own lines and the "undo" lines that follow them.
namespace UndoHistory {

QList<HistoryBatch> batches(const QList<JournalEntry> &journal, const QDateTime &now); // oldest first
UndoStatus statusOf(const JournalEntry &entry, const QList<JournalEntry> &journal, const QDateTime &now);
// statusOf for every line of the journal at once (one pass over the undo records, not one per
// line), index for index; lines that are not deletes get theirs too.
QList<UndoStatus> statuses(const QList<JournalEntry> &journal, const QDateTime &now);
// Whether `undo` (an action "undo" line) restored `entry`.
bool restores(const JournalEntry &undo, const JournalEntry &entry);
// The newest batch with something to undo, on any registry; nullptr when there is none.
const HistoryBatch *newestUndoable(const QList<HistoryBatch> &batches);

} // namespace UndoHistory

} // namespace berth
