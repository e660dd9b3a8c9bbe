#pragma once

#include "ActionJournal.h"
#include "api/ApiError.h"
#include "core/DeleteAction.h"

#include <functional>
#include <memory>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace berth {

class HarborClient;
class RegistryClient;
class UndoRecorder;

struct DeleteItem
{
    using Action = DeleteAction;

    Action action = Action::RemoveTag;
    QString project; // empty on a plain registry (no project level)
    QString repository; // path form, without the project (a plain registry: the whole name)
    QString reference; // digest (what the GUI shows) or tag (what a REF names)
    QString tag; // for RemoveTag
    QString digest; // when known (the GUI deletes by the digest it shows), for the journal
    QString label; // how the user wrote it, for reports
    // A plain registry: the tags on `digest` when the caller looked them up (a manifest delete
    // takes them all), recorded for undo. Harbor: read from the artifact instead.
    QStringList tags;

    QString fullRepository() const { return project.isEmpty() ? repository : project + QLatin1Char('/') + repository; }
    // What the account needs for it in the project: "tag:delete", "artifact:delete", ...
    QString requiredPermission() const { return berth::requiredPermission(action); }
};

// What a delete needs to be undone, found out right before it is sent.
struct UndoRecord
{
    QString digest; // the manifest the delete takes (or the tag names)
    QStringList tags; // every tag on it (artifact deletes); the removed one (tag removals)
    QString mediaType;
    QDateTime until; // UTC; invalid when it cannot be undone
    QString unavailable; // why not, when it cannot
    QList<JournalAccessory> accessories; // what Harbor deletes with the artifact, kept as well
};

// Every item ends in exactly one of these.
enum class DeleteState {
    Pending,
    Deleted, // the server confirmed it
    AlreadyGone, // a 404 on the retry after a lost response
    NotFound, // a 404 on the first try
    Failed, // any other failure
    Cancelled, // cancelled before it ran
    ChangedSincePlan, // the precheck found the item changed; nothing was sent
};

QString deleteStateName(DeleteState state); // "deleted", "already_gone", ...

struct DeleteOutcome
{
    DeleteState state = DeleteState::Pending;
    ApiError error; // the failure (or, for AlreadyGone, the lost first response)
    int attempts = 0;
    QString requestId; // of the final attempt
    QString detail; // for ChangedSincePlan: what changed
};

// Runs deletes with bounded concurrency and accounts for each one. A DELETE whose response
// was lost (network error or timeout) is retried once, because the first may or may not
// have happened; a 404 on that retry means it did. Note that Qt 6.4 already resends a request
// once by itself when the connection closes before any answer, so a lost response can also
// surface as a first-try 404 (NotFound): gone either way, and said so. Cancelling stops what has not started and
// lets what is in flight finish, so nothing ends in an unknown state.
class DeleteBatch : public QObject
{
    Q_OBJECT

public:
    DeleteBatch(HarborClient *client, QList<DeleteItem> items, int concurrency, QObject *parent = nullptr);
    // A plain registry (/v2/ only): RemoveTag sends RegistryClient::deleteTag, never a digest
    // delete instead; DeleteArtifact sends deleteManifest(repository, digest) and needs the digest
    // (`digest`, else a digest `reference`; a tag-only item is resolved by the caller first, with
    // headManifest). DeleteRepository does not exist there: such an item fails without a request.
    DeleteBatch(RegistryClient *registry, QList<DeleteItem> items, int concurrency, QObject *parent = nullptr);
    ~DeleteBatch() override;

    // Each final state is appended to the journal as it happens, so a crash loses nothing.
    struct JournalContext
    {
        QString source;
        QString profile;
        QUrl registry;
        QString username;
        std::function<QString(const DeleteItem &, const ApiError &)> causeOf;
    };
    void setJournal(std::shared_ptr<ActionJournal> journal, JournalContext context);

    // Optional: a check run right before each item's DELETE, in the same concurrency slot. It
    // must call `done` exactly once (asynchronously is fine): with no error and no reason the
    // DELETE is sent; with a reason the item ends as ChangedSincePlan and nothing is sent; with an
    // error (the check's own request failed) the item ends as Failed and nothing is sent.
    using PrecheckDone = std::function<void(const QString &changedReason, const ApiError &error)>;
    using Precheck = std::function<void(int index, PrecheckDone done)>;
    void setPrecheck(Precheck check) { m_precheck = std::move(check); }
    QString journalError() const { return m_journalError; }
    // Every journal line of this batch carries this id (made at construction).
    QString journalId() const { return m_journalId; }
    // Before each tag removal or artifact/manifest DELETE, keeps what undo needs (UndoRecorder)
    // and journals it with the item; the delete goes ahead whether or not that worked.
    void enableUndo();

    void start();
    void cancel();

    const QList<DeleteItem> &items() const { return m_items; }
    const QList<DeleteOutcome> &outcomes() const { return m_outcomes; }
    int finishedCount() const { return m_finishedCount; }
    bool isFinished() const { return m_done; }
    int count(DeleteState state) const;

Q_SIGNALS:
    void itemFinished(int index);
    void progress(int finished, int total);
    void finished();

private:
    void pump();
    void send(int index, int attempt);
    void recordThenSend(int index);
    void sendToRegistry(int index, int attempt);
    void onPrecheck(int index, const QString &changedReason, const ApiError &error);
    void onResult(int index, int attempt, const ApiError &error);
    void settle(int index, DeleteState state, const ApiError &error);

    void journal(int index);
    void flushJournal();

    QPointer<HarborClient> m_client;
    QPointer<RegistryClient> m_registry;
    bool m_plainRegistry = false; // made over a RegistryClient
    std::shared_ptr<ActionJournal> m_journal;
    JournalContext m_journalContext;
    Precheck m_precheck;
    QString m_journalError;
    QList<JournalEntry> m_pendingJournal; // written in small batches, and always before finished()
    QTimer *m_journalTimer = nullptr;
    QList<DeleteItem> m_items;
    QList<DeleteOutcome> m_outcomes;
    QString m_journalId;
    UndoRecorder *m_recorder = nullptr;
    QList<UndoRecord> m_undo; // per item, once recorded
    int m_concurrency = 4;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finishedCount = 0;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace berth
