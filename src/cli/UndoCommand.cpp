#include "UndoCommand.h"

#include "core/RegistryUrl.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "operations/UndoRun.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("http") ? 80 : 443)
        == b.port(b.scheme() == QLatin1String("http") ? 80 : 443);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString UndoCommand::usageError(const CliOptions &o)
{
    if (o.undo.last ? !o.args.isEmpty() : o.args.size() != 1)
        return tr("undo takes one JOURNAL-ID (see berthctl history), or --last");
    return {};
}

int UndoCommand::refuse(int exitCode, const QString &message)
{
    Terminal::err(message);
    Q_EMIT finished(exitCode);
    return exitCode;
}

void UndoCommand::start()
{
    QString error;
    const QList<JournalEntry> journal = ActionJournal().read(0, nullptr, &error);
    if (!error.isEmpty()) {
        refuse(ExitFailure, error);
        return;
    }
    const QList<HistoryBatch> batches = UndoHistory::batches(journal, QDateTime::currentDateTimeUtc());
    const HistoryBatch *batch = nullptr;
    if (m_ctx.options.undo.last) {
        batch = UndoHistory::newestUndoable(batches);
        if (!batch) {
            refuse(ExitNotFound, tr("nothing to undo: no batch in the journal can be undone (berthctl history)"));
            return;
        }
    } else {
        const QString id = m_ctx.options.args.constFirst();
        for (const HistoryBatch &b : batches)
            if (!b.journalId.isEmpty() && b.journalId == id)
                batch = &b;
        if (!batch) {
            refuse(ExitNotFound, tr("no journal id %1 in the journal (berthctl history)").arg(id));
            return;
        }
    }
    m_batch = *batch;
    if (m_batch.summary.kind == UndoStatus::Kind::Undone) {
        Terminal::err(tr("%1 is undone already").arg(m_batch.journalId));
        Q_EMIT finished(ExitOk);
        return;
    }
    m_entries = m_batch.undoable();
    if (m_entries.isEmpty()) {
        refuse(ExitPrecondition, tr("%1 can no longer be undone: %2").arg(m_batch.journalId, m_batch.summary.why));
        return;
    }
    // The credentials: the command's own, else the profile the deletes were made with, else none.
    const JournalEntry &first = m_entries.constFirst();
    CliOptions &o = m_ctx.options;
    if (o.url.isEmpty() && o.profile.isEmpty()) {
        if (!first.profile.isEmpty())
            o.profile = first.profile;
        else
            o.url = first.registry.toString();
    }
    if (o.server.isEmpty() && !first.server.isEmpty())
        o.server = first.server;
    auto *resolver = new ConnectionResolver(m_ctx, this);
    connect(resolver, &ConnectionResolver::resolved, this, [this] { connected(); });
    connect(resolver, &ConnectionResolver::failed, this,
        [this](int code, const QString &message) { refuse(code, QStringLiteral("berthctl: %1").arg(message)); });
    resolver->resolve();
}

void UndoCommand::connected()
{
    // Credentials only ever go to their own origin: never the journal's registry with another's secret.
    const QUrl registry = m_entries.constFirst().registry;
    if (!sameOrigin(m_ctx.transport->baseUrl(), registry)) {
        refuse(ExitUsage,
            tr("%1 was made on %2, but these credentials are for %3: give that registry's --url or --profile")
                .arg(m_batch.journalId, registry.toString(), m_ctx.transport->baseUrl().toString()));
        return;
    }
    verifyThen([this] { run(); });
}

void UndoCommand::run()
{
    UndoRun::Request r;
    r.entries = m_entries;
    r.harbor = m_ctx.isPlainRegistry() ? nullptr : m_ctx.client.data();
    r.registry = m_ctx.registry ? m_ctx.registry.data() : new RegistryClient(m_ctx.transport, this);
    r.force = m_ctx.options.undo.force;
    // Six: as many connections as Qt opens to one host (QHttpNetworkConnection), as ls uses.
    r.concurrency = m_ctx.options.concurrency > 0 ? m_ctx.options.concurrency : 6;
    auto *run = new UndoRun(r, this);
    connect(run, &UndoRun::finished, this, [this, run] { report(run); });
    run->start();
}

void UndoCommand::report(UndoRun *run)
{
    QList<JournalEntry> records = run->undoRecords(QStringLiteral("berthctl"));
    for (JournalEntry &u : records) {
        u.profile = m_ctx.profile ? m_ctx.profile->name : QString();
        u.username = m_ctx.transport->settings().username;
    }
    QString journalError;
    if (!ActionJournal().append(records, &journalError))
        Terminal::err(tr("warning: the action journal could not be written: %1").arg(journalError));

    int exit = ExitOk;
    QString cause;
    DiagnosisContext c = diagnosisFor(m_entries.constFirst().project);
    ApiError e = run->error();
    switch (run->refusal()) {
    case UndoRun::Refusal::None:
        if (e.isError()) {
            exit = explainExit(e, m_entries.constFirst().project);
            cause = causeId(ErrorPresenter::causeOf(e, c));
        }
        break;
    case UndoRun::Refusal::NotUndoable:
        exit = ExitPrecondition;
        for (const UndoRun::Result &res : run->results())
            if (!res.detail.isEmpty() && res.state == QLatin1String("refused")) {
                Terminal::err(tr("cannot undo %1: %2").arg(m_batch.journalId, res.detail));
                break;
            }
        break;
    case UndoRun::Refusal::BlobsCollected:
        e = {};
        e.kind = ApiError::Kind::NotFound;
        e.method = "HEAD";
        e.detail = run->lostBlobs().join(QLatin1String(", "));
        c.decidedCause = Cause::UndoBlobsCollected;
        Terminal::err(ErrorPresenter::terminalText(e, c));
        exit = ExitPrecondition;
        cause = causeId(Cause::UndoBlobsCollected);
        break;
    case UndoRun::Refusal::TagExists:
        e = {};
        e.kind = ApiError::Kind::PreconditionFailed;
        e.method = "HEAD";
        e.url = RegistryClient::v2Url(
            m_ctx.transport->baseUrl(), run->conflictRepository(), QStringLiteral("manifests"), run->conflictTag());
        c.decidedCause = Cause::TagExists;
        c.tagNowOnDigest = run->conflictDigest();
        Terminal::err(ErrorPresenter::terminalText(e, c));
        Terminal::err(tr("nothing was changed; berthctl undo --force moves the tag back"));
        exit = ExitPrecondition;
        cause = causeId(Cause::TagExists);
        break;
    case UndoRun::Refusal::PermissionMissing:
        c = diagnosisFor(m_entries.constFirst().project, run->permission());
        c.decidedCause = Cause::PermissionMissing;
        Terminal::err(ErrorPresenter::terminalText(e, c));
        Terminal::err(tr("undo needs %1; nothing more was sent after the first refusal").arg(run->permission()));
        exit = ExitForbidden;
        cause = causeId(Cause::PermissionMissing);
        break;
    }

    QJsonArray items;
    QString text;
    for (int i = 0; i < m_entries.size(); ++i) {
        const JournalEntry &en = m_entries.at(i);
        const UndoRun::Result &res = run->results().at(i);
        items.append(
            QJsonObject {{QStringLiteral("repository"), en.repository}, {QStringLiteral("tag"), orNull(en.tag)},
                {QStringLiteral("digest"), en.digest}, {QStringLiteral("state"), res.state},
                {QStringLiteral("cause"), orNull(res.state == QLatin1String("restored") ? QString() : res.cause)},
                {QStringLiteral("message"), orNull(res.detail)},
                {QStringLiteral("manifests_put"), QJsonArray::fromStringList(res.manifestsPut)},
                {QStringLiteral("tags_restored"), QJsonArray::fromStringList(res.tagsRestored)},
                {QStringLiteral("accessory_tags_restored"), QJsonArray::fromStringList(res.accessoryTagsRestored)}});
        text += QStringLiteral("%1\t%2@%3%4%5\n")
                    .arg(res.state, en.repository, en.digest,
                        res.tagsRestored.isEmpty()
                            ? QString()
                            : QString(
                                QLatin1Char('\t') + tr("tags: %1").arg(res.tagsRestored.join(QLatin1String(", ")))),
                        res.accessoryTagsRestored.isEmpty()
                            ? QString()
                            : QString(QLatin1Char('\t')
                                + tr("accessory tags: %1").arg(res.accessoryTagsRestored.join(QLatin1String(", ")))));
    }
    if (m_ctx.options.json) {
        const QJsonObject out {{QStringLiteral("journal_id"), m_batch.journalId},
            {QStringLiteral("registry"), m_entries.constFirst().registry.toString()},
            {QStringLiteral("state"), run->ok() ? QStringLiteral("restored") : QStringLiteral("refused")},
            {QStringLiteral("cause"), orNull(cause)},
            {QStringLiteral("lost_blobs"), QJsonArray::fromStringList(run->lostBlobs())},
            {QStringLiteral("items"), items}};
        Terminal::out(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        Terminal::out(text);
    }
    Q_EMIT finished(exit);
}

} // namespace berth
