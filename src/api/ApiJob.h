#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QIODevice>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace berth {

class ApiTransport;

struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    bool withCredentials = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool listPage = false; // capped at ConnectionSettings::maxListPageBytes, not the general maxBodyBytes
    // When set, replaces the profile's Basic header: "Bearer <registry token>". A secret: never
    // logged, overwritten when the job goes (where no copy is left), and refused over plain http
    // to a remote host and across origins exactly as Basic credentials are.
    QByteArray authorization;
    qint64 maxBodyBytes = 0; // the cap for this response; 0 = ConnectionSettings::maxBodyBytes
    QByteArray body; // the request body (PUT, POST, PATCH: sent, with its Content-Length, even when empty)
    // A streamed request body read as it is sent (not owned; must outlive the request), of exactly
    // bodyLength bytes. Sent once: never retried, and RegistryJob cannot answer a 401 by resending it.
    QPointer<QIODevice> bodyDevice;
    qint64 bodyLength = -1;
    // The caller reads the response as it arrives (ApiJob::replyStarted); the reply keeps at most
    // readBufferSize unread bytes (QNetworkReply::setReadBufferSize). Never retried: bytes already
    // read cannot be read again. What is left unread at the end is in body().
    bool streamResponse = false;
    qint64 readBufferSize = 0;
    // Idempotent GETs retry on network errors, 5xx and 429. DELETEs never retry here: the
    // delete engine decides, because a lost response may mean the delete happened.
    bool retryable() const { return (method == "GET" || method == "HEAD") && !streamResponse; }
};

// One logical request to a registry (Harbor's API or /v2/), with its retries. It emits finished() exactly once, after
// which ok(), error(), status() and body() describe the outcome. It is owned by the client
// and deletes itself after finished() unless the caller took it with setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(ApiTransport *transport, ApiRequest request);
    ~ApiJob() override;

    void start();
    void abort(); // ends as Cancelled, if not finished yet
    void setAutoDelete(bool on) { m_autoDelete = on; }

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray responseHeader(const QByteArray &name) const;
    const QList<QNetworkReply::RawHeaderPair> &responseHeaders() const { return m_headers; }
    int attempts() const { return m_attempt; }
    qint64 elapsedMs() const;

    // Marks a successful response as unusable (the caller could not parse it).
    void failBadResponse(const QString &why);

Q_SIGNALS:
    void finished();
    // streamResponse or bodyDevice: a reply was made (before any of its data is sent or arrives).
    void replyStarted(QNetworkReply *reply);

private:
    void sendAttempt();
    void sendNow();
    bool sendsPlainHttp() const;
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void onSslErrors(const QList<QSslError> &errors);
    void onDownloadProgress(qint64 received, qint64 total);
    qint64 bodyCap() const;
    void fillRequestFacts();
    bool shouldRetry() const;
    qint64 retryDelayMs() const;
    void finish();

    QPointer<ApiTransport> m_client;
    ApiRequest m_request;
    QByteArray m_requestId;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    ApiError m_error;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    int m_status = 0;
    int m_attempt = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_autoDelete = true;
    QUrl m_lastUrl;
    QList<QUrl> m_redirects;
    QUrl m_refusedRedirect;
    QString m_refusalReason;
    QList<QSslError> m_sslErrors;
};

} // namespace berth
