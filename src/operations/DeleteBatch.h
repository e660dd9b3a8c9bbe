#pragma once

#include "ActionJournal.h"
#include "api/ApiError.h"

#include <functional>
#include <memory>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace berth {

class HarborClient;

struct DeleteItem
{
    enum class Action { RemoveTag, DeleteArtifact, DeleteRepository };

    Action action = Action::RemoveTag;
    QString project;
    QString repository; // path form, without the project
    QString reference; // digest (what the GUI shows) or tag (what a REF names)
    QString tag; // for RemoveTag
    QString digest; // when known (the GUI deletes by the digest it shows), for the journal
    QString label; // how the user wrote it, for reports

    QString fullRepository() const { return project + QLatin1Char('/') + repository; }
};

// Every item ends in exactly one of these.
enum class DeleteState {
    Pending,
    Deleted, // the server confirmed it
    AlreadyGone, // a 404 on the retry after a lost response
    NotFound, // a 404 on the first try
    Failed, // any other failure
    Cancelled, // cancelled before it ran
};

QString deleteStateName(DeleteState state); // "deleted", "already_gone", ...

struct DeleteOutcome
{
    DeleteState state = DeleteState::Pending;
    ApiError error; // the failure (or, for AlreadyGone, the lost first response)
    int attempts = 0;
    QString requestId; // of the final attempt
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
    QString journalError() const { return m_journalError; }

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
    void onResult(int index, int attempt, const ApiError &error);
    void settle(int index, DeleteState state, const ApiError &error);

    void journal(int index);

    QPointer<HarborClient> m_client;
    std::shared_ptr<ActionJournal> m_journal;
    JournalContext m_journalContext;
    QString m_journalError;
    QList<DeleteItem> m_items;
    QList<DeleteOutcome> m_outcomes;
    int m_concurrency = 4;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finishedCount = 0;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace berth
