#include "HistoryCommand.h"

#include "ExitCodes.h"
#include "operations/UndoHistory.h"
#include "Terminal.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString HistoryCommand::usageError(const CliOptions &o)
{
    if (!o.args.isEmpty())
        return tr("history takes no arguments");
    return {};
}

static QString statusWords(const UndoStatus &s)
{
    switch (s.kind) {
    case UndoStatus::Kind::Undoable:
        return HistoryCommand::tr("undoable until %1").arg(s.until.toString(Qt::ISODate));
    case UndoStatus::Kind::Undone:
        return HistoryCommand::tr("undone");
    case UndoStatus::Kind::NotUndoable:
        break;
    }
    return HistoryCommand::tr("no longer undoable: %1").arg(s.why);
}

void HistoryCommand::start()
{
    QString error;
    int skipped = 0;
    const QList<JournalEntry> journal = ActionJournal().read(0, &skipped, &error);
    if (!error.isEmpty()) {
        Terminal::err(error);
        Q_EMIT finished(ExitFailure);
        return;
    }
    QList<HistoryBatch> batches = UndoHistory::batches(journal, QDateTime::currentDateTimeUtc());
    std::reverse(batches.begin(), batches.end()); // newest first
    if (m_ctx.options.undo.limit > 0 && batches.size() > m_ctx.options.undo.limit)
        batches = batches.mid(0, m_ctx.options.undo.limit);
    QJsonArray rows;
    QString text;
    for (const HistoryBatch &b : std::as_const(batches)) {
        const JournalEntry &first = b.entries.constFirst();
        QJsonArray entries;
        QString lines;
        for (int i = 0; i < b.entries.size(); ++i) {
            const JournalEntry &e = b.entries.at(i);
            const UndoStatus &s = b.status.at(i);
            QJsonArray accessories; // what Harbor deleted with the artifact, and undo puts back
            for (const JournalAccessory &x : e.accessories)
                accessories.append(QJsonObject {{QStringLiteral("digest"), x.digest},
                    {QStringLiteral("type"), orNull(x.type)}, {QStringLiteral("subject"), orNull(x.subject)},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(x.tags)}});
            entries.append(QJsonObject {{QStringLiteral("time"), timeOrNull(e.time)},
                {QStringLiteral("action"), e.action}, {QStringLiteral("repository"), e.repository},
                {QStringLiteral("tag"), orNull(e.tag)}, {QStringLiteral("digest"), orNull(e.digest)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)}, {QStringLiteral("state"), e.state},
                {QStringLiteral("undo"), UndoStatus::kindName(s.kind)},
                {QStringLiteral("undo_until"), timeOrNull(s.until)}, {QStringLiteral("why"), orNull(s.why)},
                {QStringLiteral("accessories"), accessories}});
            const QString what = e.digest.isEmpty() ? e.repository + QLatin1Char(':') + e.tag
                                                    : e.repository + QLatin1Char('@') + e.digest;
            lines
                += QStringLiteral("  %1\t%2\t%3%4\t%5\n")
                       .arg(e.action, e.state, what,
                           e.tags.isEmpty() ? QString()
                                            : QLatin1Char('\t') + tr("tags: %1").arg(e.tags.join(QLatin1String(", "))),
                           statusWords(s));
        }
        rows.append(QJsonObject {{QStringLiteral("journal_id"), orNull(b.journalId)},
            {QStringLiteral("time"), timeOrNull(b.time())}, {QStringLiteral("source"), first.source},
            {QStringLiteral("registry"), first.registry.toString()}, {QStringLiteral("profile"), orNull(first.profile)},
            {QStringLiteral("undo"), UndoStatus::kindName(b.summary.kind)},
            {QStringLiteral("undo_until"), timeOrNull(b.summary.until)}, {QStringLiteral("why"), orNull(b.summary.why)},
            {QStringLiteral("last_undo"),
                b.lastUndo.state.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonObject {{QStringLiteral("time"), timeOrNull(b.lastUndo.time)},
                                               {QStringLiteral("state"), b.lastUndo.state},
                                               {QStringLiteral("cause"), orNull(b.lastUndo.cause)},
                                               {QStringLiteral("why"), orNull(b.lastUndo.why)}}},
            {QStringLiteral("entries"), entries}});
        // A refused attempt leaves the batch undoable; the line says why it did not go through.
        const QString attempt = b.lastUndo.state.isEmpty() || b.summary.kind == UndoStatus::Kind::Undone
            ? QString()
            : QLatin1Char('\t')
                + tr("last undo at %1 %2: %3")
                      .arg(b.lastUndo.time.toUTC().toString(Qt::ISODate), b.lastUndo.state, b.lastUndo.why);
        text += QStringLiteral("%1\t%2\t%3\t%4%5\n")
                    .arg(b.journalId.isEmpty() ? tr("(no journal id)") : b.journalId,
                        b.time().toUTC().toString(Qt::ISODate), first.registry.toString(), statusWords(b.summary),
                        attempt)
            + lines;
    }
    if (skipped > 0)
        Terminal::err(tr("warning: %n journal lines could not be read", nullptr, skipped));
    if (m_ctx.options.json)
        Terminal::out(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    else
        Terminal::out(text);
    Q_EMIT finished(ExitOk);
}

} // namespace berth
