#include "DeleteBatch.h"

#include "api/ApiJob.h"
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "Logging.h"
#include "UndoRecorder.h"

#include <QDateTime>
#include <QTimer>

namespace berth {

QString deleteStateName(DeleteState state)
{
    switch (state) {
    case DeleteState::Pending:
        return QStringLiteral("pending");
    case DeleteState::Deleted:
        return QStringLiteral("deleted");
    case DeleteState::AlreadyGone:
        return QStringLiteral("already_gone");
    case DeleteState::NotFound:
        return QStringLiteral("not_found");
    case DeleteState::Failed:
        return QStringLiteral("failed");
    case DeleteState::Cancelled:
        return QStringLiteral("cancelled");
    case DeleteState::ChangedSincePlan:
        return QStringLiteral("changed_since_plan");
    }
    return QStringLiteral("failed");
}

DeleteBatch::DeleteBatch(HarborClient *client, QList<DeleteItem> items, int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(std::move(items))
    , m_outcomes(m_items.size())
    , m_journalId(ActionJournal::newJournalId())
    , m_undo(m_items.size())
    , m_concurrency(qMax(1, concurrency))
{ }

DeleteBatch::DeleteBatch(RegistryClient *registry, QList<DeleteItem> items, int concurrency, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_plainRegistry(true)
    , m_items(std::move(items))
    , m_outcomes(m_items.size())
    , m_journalId(ActionJournal::newJournalId())
    , m_undo(m_items.size())
    , m_concurrency(qMax(1, concurrency))
{ }

void DeleteBatch::setJournal(std::shared_ptr<ActionJournal> journal, JournalContext context)
{
    m_journal = std::move(journal);
    m_journalContext = std::move(context);
}

void DeleteBatch::enableUndo()
{
    if (!m_recorder)
        m_recorder = new UndoRecorder(m_client.data(), m_registry.data(), this);
}

void DeleteBatch::recordThenSend(int index)
{
    if (!m_recorder || m_cancelled) {
        send(index, 1);
        return;
    }
    QPointer<DeleteBatch> self(this);
    m_recorder->record(m_items.at(index), [self, index](const UndoRecord &record) {
        if (!self)
            return;
        self->m_undo[index] = record;
        self->send(index, 1);
    });
}

void DeleteBatch::journal(int index)
{
    if (!m_journal)
        return;
    const DeleteItem &item = m_items.at(index);
    const DeleteOutcome &o = m_outcomes.at(index);
    JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.source = m_journalContext.source;
    e.profile = m_journalContext.profile;
    e.registry = m_journalContext.registry;
    e.username = m_journalContext.username;
    e.action = item.action == DeleteItem::Action::RemoveTag ? QStringLiteral("remove_tag")
        : item.action == DeleteItem::Action::DeleteArtifact ? QStringLiteral("delete_artifact")
                                                            : QStringLiteral("delete_repository");
    e.project = item.project;
    e.repository = item.fullRepository();
    e.tag = item.tag;
    e.digest = !item.digest.isEmpty()                         ? item.digest
        : item.reference.startsWith(QLatin1String("sha256:")) ? item.reference
                                                              : QString();
    e.state = deleteStateName(o.state);
    e.journalId = m_journalId;
    e.server = m_plainRegistry ? QStringLiteral("registry") : QStringLiteral("harbor");
    const UndoRecord &undo = m_undo.at(index);
    if (m_recorder && (o.state == DeleteState::Deleted || o.state == DeleteState::AlreadyGone)) {
        if (e.digest.isEmpty())
            e.digest = undo.digest;
        e.tags = undo.tags;
        e.mediaType = undo.mediaType;
        e.undoUntil = undo.until;
        e.undoUnavailable = undo.unavailable;
        e.accessories = undo.accessories;
    }
    e.httpStatus = o.error.httpStatus;
    e.requestId = o.requestId;
    if (o.error && o.state != DeleteState::Deleted && o.state != DeleteState::AlreadyGone && m_journalContext.causeOf)
        e.cause = m_journalContext.causeOf(item, o.error);
    else if (o.state == DeleteState::ChangedSincePlan)
        e.cause = o.detail;
    m_pendingJournal << e;
    // A lock, an open and a sync per line would cost more than the delete itself; a short
    // batch keeps the journal close behind without that.
    if (m_pendingJournal.size() >= 32) {
        flushJournal();
    } else if (!m_journalTimer) {
        m_journalTimer = new QTimer(this);
        m_journalTimer->setSingleShot(true);
        m_journalTimer->setInterval(250);
        connect(m_journalTimer, &QTimer::timeout, this, &DeleteBatch::flushJournal);
        m_journalTimer->start();
    } else if (!m_journalTimer->isActive()) {
        m_journalTimer->start();
    }
}

void DeleteBatch::flushJournal()
{
    if (!m_journal || m_pendingJournal.isEmpty())
        return;
    QString error;
    if (!m_journal->append(m_pendingJournal, &error) && m_journalError.isEmpty())
        m_journalError = error;
    m_pendingJournal.clear();
}

DeleteBatch::~DeleteBatch()
{
    flushJournal(); // whatever finished is written, also when the batch dies early
}

int DeleteBatch::count(DeleteState state) const
{
    int n = 0;
    for (const DeleteOutcome &o : m_outcomes)
        n += o.state == state ? 1 : 0;
    return n;
}

void DeleteBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_items.isEmpty()) {
        m_done = true;
        QTimer::singleShot(0, this, &DeleteBatch::finished);
        return;
    }
    pump();
}

void DeleteBatch::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    for (int i = m_next; i < m_items.size(); ++i)
        settle(i, DeleteState::Cancelled, {});
    m_next = m_items.size();
}

void DeleteBatch::pump()
{
    while (!m_cancelled && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const int index = m_next++;
        ++m_inFlight;
        if (m_precheck) {
            QPointer<DeleteBatch> self(this);
            m_precheck(index, [self, index](const QString &reason, const ApiError &error) {
                if (self)
                    self->onPrecheck(index, reason, error);
            });
        } else {
            recordThenSend(index);
        }
    }
}

void DeleteBatch::onPrecheck(int index, const QString &changedReason, const ApiError &error)
{
    if (!error && changedReason.isEmpty() && !m_cancelled) {
        recordThenSend(index);
        return;
    }
    --m_inFlight;
    if (m_cancelled && !error && changedReason.isEmpty()) {
        settle(index, DeleteState::Cancelled, {}); // checked, but cancelled before the DELETE went out
    } else if (error) {
        m_outcomes[index].requestId = error.effectiveRequestId();
        settle(index, DeleteState::Failed, error);
    } else {
        m_outcomes[index].detail = changedReason;
        settle(index, DeleteState::ChangedSincePlan, {});
    }
    pump();
}

void DeleteBatch::send(int index, int attempt)
{
    if (m_plainRegistry) {
        sendToRegistry(index, attempt);
        return;
    }
    const DeleteItem &item = m_items.at(index);
    auto done = [this, index, attempt](const ApiError &e) { onResult(index, attempt, e); };
    switch (item.action) {
    case DeleteItem::Action::RemoveTag:
        m_client->deleteTag(item.project, item.repository, item.reference, item.tag, this, done);
        break;
    case DeleteItem::Action::DeleteArtifact:
        m_client->deleteArtifact(item.project, item.repository, item.reference, this, done);
        break;
    case DeleteItem::Action::DeleteRepository:
        m_client->deleteRepository(item.project, item.repository, this, done);
        break;
    }
}

void DeleteBatch::sendToRegistry(int index, int attempt)
{
    const DeleteItem &item = m_items.at(index);
    auto done = [this, index, attempt](const ApiError &e) { onResult(index, attempt, e); };
    // Refused before anything is sent: ends as Failed (never a guess at another request), and
    // asynchronously, as a request would.
    auto refuse = [this, done, &item](ApiError::Kind kind, const QString &why) {
        ApiError e;
        e.kind = kind;
        e.method = "DELETE";
        e.transportMessage = why;
        e.detail = why;
        qCInfo(lcOperations).noquote() << "not sent:" << item.label << why;
        QTimer::singleShot(0, this, [done, e] { done(e); });
    };
    if (!m_registry) {
        refuse(ApiError::Kind::Cancelled, QStringLiteral("the connection was closed"));
        return;
    }
    switch (item.action) {
    case DeleteItem::Action::RemoveTag: {
        const QString tag = !item.tag.isEmpty() ? item.tag : item.reference;
        // The OCI 1.1 tag delete, and nothing else: a digest delete would take every other tag
        // on the digest with it (RegistryClient::deleteTag).
        m_registry->deleteTag(item.fullRepository(), tag, this, done);
        break;
    }
    case DeleteItem::Action::DeleteArtifact: {
        const QString digest = !item.digest.isEmpty()   ? item.digest
            : item.reference.contains(QLatin1Char(':')) ? item.reference
                                                        : QString();
        if (digest.isEmpty()) {
            refuse(ApiError::Kind::UnsafeRequest,
                tr("%1 names no digest; a registry deletes manifests by digest only").arg(item.label));
            return;
        }
        m_registry->deleteManifest(item.fullRepository(), digest, this, done);
        break;
    }
    case DeleteItem::Action::DeleteRepository:
        refuse(ApiError::Kind::UnsafeRequest,
            tr("a registry has no request that deletes a repository; delete its manifests instead"));
        break;
    }
}

void DeleteBatch::onResult(int index, int attempt, const ApiError &error)
{
    DeleteOutcome &o = m_outcomes[index];
    o.attempts = attempt;
    o.requestId = error.effectiveRequestId();
    const bool lost = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (attempt == 1 && lost) {
        // The DELETE may have happened before the connection broke: ask once more.
        qCInfo(lcOperations).noquote() << "response lost for" << m_items.at(index).label << "- retrying once";
        o.error = error;
        send(index, 2);
        return;
    }
    --m_inFlight;
    if (!error)
        settle(index, DeleteState::Deleted, {});
    else if (error.kind == ApiError::Kind::NotFound)
        settle(index, attempt > 1 ? DeleteState::AlreadyGone : DeleteState::NotFound, error);
    else
        settle(index, DeleteState::Failed, error);
    pump();
}

void DeleteBatch::settle(int index, DeleteState state, const ApiError &error)
{
    DeleteOutcome &o = m_outcomes[index];
    if (o.state != DeleteState::Pending)
        return;
    o.state = state;
    o.error = error;
    ++m_finishedCount;
    journal(index);
    Q_EMIT itemFinished(index);
    Q_EMIT progress(m_finishedCount, m_items.size());
    if (m_finishedCount == m_items.size() && !m_done) {
        m_done = true;
        flushJournal();
        Q_EMIT finished();
    }
}

} // namespace berth
