#include "UndoHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace berth {

namespace {

struct UndoHistoryText
{
    Q_DECLARE_TR_FUNCTIONS(berth::UndoHistory)
};

bool deleted(const JournalEntry &e)
{
    return e.state == QLatin1String("deleted") || e.state == QLatin1String("already_gone");
}

} // namespace

QString UndoStatus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Undoable:
        return QStringLiteral("undoable");
    case Kind::Undone:
        return QStringLiteral("undone");
    case Kind::NotUndoable:
        break;
    }
    return QStringLiteral("not_undoable");
}

QList<JournalEntry> HistoryBatch::undoable() const
{
    QList<JournalEntry> out;
    for (int i = 0; i < entries.size(); ++i)
        if (status.at(i).kind == UndoStatus::Kind::Undoable)
            out << entries.at(i);
    return out;
}

bool UndoHistory::restores(const JournalEntry &undo, const JournalEntry &entry)
{
    return undo.action == QLatin1String("undo") && undo.state == QLatin1String("restored") && !entry.journalId.isEmpty()
        && undo.undoes == entry.journalId && undo.repository == entry.repository && undo.digest == entry.digest
        && undo.tag == entry.tag;
}

namespace {

// What restores(u, e) compares, as one key: a batch's status looks each entry up once instead of
// scanning every undo record for it (quadratic in the journal's length).
QString restoreKey(const QString &journalId, const JournalEntry &e)
{
    return journalId + QLatin1Char('\n') + e.repository + QLatin1Char('\n') + e.digest + QLatin1Char('\n') + e.tag;
}

// restoreKey of every entry a "restored" undo record names.
QSet<QString> restoredKeys(const QList<JournalEntry> &journal)
{
    QSet<QString> keys;
    for (const JournalEntry &u : journal)
        if (u.action == QLatin1String("undo") && !u.undoes.isEmpty() && u.state == QLatin1String("restored"))
            keys.insert(restoreKey(u.undoes, u));
    return keys;
}

bool isRestored(const QSet<QString> &restored, const JournalEntry &e)
{
    return !e.journalId.isEmpty() && restored.contains(restoreKey(e.journalId, e));
}

UndoStatus statusWith(const JournalEntry &e, bool restored, const QDateTime &now)
{
    UndoStatus s;
    using T = UndoHistoryText;
    if (e.action == QLatin1String("delete_repository")) {
        s.why = T::tr("a repository delete cannot be undone");
        return s;
    }
    if (!deleted(e)) {
        s.why = T::tr("nothing was deleted (%1)").arg(e.state);
        return s;
    }
    if (restored) {
        s.kind = UndoStatus::Kind::Undone;
        return s;
    }
    if (e.journalId.isEmpty())
        s.why = T::tr("recorded before Berth kept what undo needs");
    else if (!e.undoUnavailable.isEmpty())
        s.why = e.undoUnavailable;
    else if (!e.undoUntil.isValid())
        s.why = T::tr("not recorded for undo");
    else if (e.undoUntil <= now)
        s.why = T::tr("expired on %1").arg(e.undoUntil.toUTC().toString(Qt::ISODate));
    else {
        s.kind = UndoStatus::Kind::Undoable;
        s.until = e.undoUntil.toUTC();
    }
    return s;
}

} // namespace

UndoStatus UndoHistory::statusOf(const JournalEntry &e, const QList<JournalEntry> &journal, const QDateTime &now)
{
    bool restored = false;
    if (deleted(e) && e.action != QLatin1String("delete_repository"))
        for (const JournalEntry &u : journal)
            if (restores(u, e)) {
                restored = true;
                break;
            }
    return statusWith(e, restored, now);
}

QList<UndoStatus> UndoHistory::statuses(const QList<JournalEntry> &journal, const QDateTime &now)
{
    const QSet<QString> restored = restoredKeys(journal);
    QList<UndoStatus> out;
    out.reserve(journal.size());
    for (const JournalEntry &e : journal)
        out << statusWith(e, isRestored(restored, e), now);
    return out;
}

QList<HistoryBatch> UndoHistory::batches(const QList<JournalEntry> &journal, const QDateTime &now)
{
    QList<HistoryBatch> out;
    QMap<QString, int> byId;
    const QSet<QString> restored = restoredKeys(journal);
    QHash<QString, const JournalEntry *> lastUndo; // journal id -> its newest attempt's telling line
    for (const JournalEntry &u : journal) {
        if (u.action != QLatin1String("undo") || u.undoes.isEmpty())
            continue;
        // An attempt's lines share one time: a later time is a later attempt; within one, the
        // first line that did not restore tells what happened.
        const JournalEntry *&last = lastUndo[u.undoes];
        if (!last || u.time > last->time
            || (u.time == last->time && last->state == QLatin1String("restored")
                && u.state != QLatin1String("restored")))
            last = &u;
    }
    for (const JournalEntry &e : journal) {
        if (e.action == QLatin1String("undo"))
            continue;
        auto it = byId.constFind(e.journalId);
        int index = it == byId.constEnd() ? -1 : *it;
        if (index < 0) {
            index = out.size();
            out.append(HistoryBatch {});
            out.last().journalId = e.journalId;
            byId.insert(e.journalId, index);
        }
        out[index].entries << e;
        out[index].status << statusWith(e, isRestored(restored, e), now);
    }
    for (HistoryBatch &b : out) {
        if (const JournalEntry *u = lastUndo.value(b.journalId); u && u->state != QLatin1String("restored"))
            b.lastUndo = {u->time, u->state, u->cause, u->message.isEmpty() ? u->cause : u->message};
        int undone = 0, deletes = 0;
        QDateTime until;
        QString why;
        for (int i = 0; i < b.entries.size(); ++i) {
            const UndoStatus &s = b.status.at(i);
            deletes += deleted(b.entries.at(i)) ? 1 : 0;
            undone += s.kind == UndoStatus::Kind::Undone ? 1 : 0;
            if (s.kind == UndoStatus::Kind::Undoable && (!until.isValid() || s.until < until))
                until = s.until;
            if (s.kind == UndoStatus::Kind::NotUndoable && why.isEmpty() && deleted(b.entries.at(i)))
                why = s.why;
            if (s.kind == UndoStatus::Kind::NotUndoable && why.isEmpty() && i == b.entries.size() - 1)
                why = s.why;
        }
        if (until.isValid()) {
            b.summary.kind = UndoStatus::Kind::Undoable;
            b.summary.until = until;
        } else if (deletes > 0 && undone == deletes) {
            b.summary.kind = UndoStatus::Kind::Undone;
        } else {
            b.summary.why = why;
        }
    }
    return out;
}

const HistoryBatch *UndoHistory::newestUndoable(const QList<HistoryBatch> &batches)
{
    const HistoryBatch *best = nullptr;
    for (const HistoryBatch &b : batches)
        if (b.summary.kind == UndoStatus::Kind::Undoable && !b.journalId.isEmpty()
            && (!best || b.journalId > best->journalId))
            best = &b;
    return best;
}

} // namespace berth
