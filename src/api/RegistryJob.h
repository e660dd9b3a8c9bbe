#pragma once

#include "ApiError.h"
#include "ApiJob.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

namespace berth {

class ApiTransport;
class RegistryAuth;

// One logical /v2/ request with its authentication (distribution docs/spec/auth/token.md):
// sent with a cached token for its scope, else with the profile's Basic credentials
// (preemptively: Harbor accepts robot Basic on /v2/), else anonymously. A 401 with a Bearer
// challenge fetches a token for the challenged scope (RegistryAuth) and retries once with it.
// A 401 with a Basic challenge after credentials were sent is marked RegistryDenial::NotPermitted.
// It emits finished() exactly once and deletes itself afterwards, like ApiJob.
class RegistryJob : public QObject
{
    Q_OBJECT

public:
    // `scope` is what the request needs ("repository:p/r:pull"), or empty (GET /v2/).
    RegistryJob(ApiTransport *transport, RegistryAuth *auth, ApiRequest request, QString scope);
    ~RegistryJob() override;

    void start();
    // Ends as UnsafeRequest without sending anything (a name outside the grammar).
    void refuse(const QString &reason);
    void abort(); // ends as Cancelled, if not finished yet

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray responseHeader(const QByteArray &name) const;
    int requests() const { return m_requests; } // HTTP requests to the registry, the token service's not counted
    QString scope() const { return m_scope; }

    // Marks a successful response as unusable (digest mismatch, unparsable content).
    void fail(ApiError::Kind kind, const QString &detail);

Q_SIGNALS:
    void finished();
    // With ApiRequest::streamResponse or bodyDevice: each attempt's reply (ApiJob::replyStarted).
    void replyStarted(QNetworkReply *reply);

private:
    void send(const QByteArray &authorization);
    void onAttemptFinished(ApiJob *job);
    void onUnauthorized(ApiJob *job);
    void finishWith(const ApiError &error);

    QPointer<ApiTransport> m_transport;
    QPointer<RegistryAuth> m_auth;
    ApiRequest m_request;
    QString m_scope;
    QPointer<ApiJob> m_job;
    ApiError m_error;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    QByteArray m_sentAuthorization; // the token of the current attempt, if any
    int m_status = 0;
    int m_requests = 0;
    bool m_retried = false;
    bool m_sentBasic = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace berth
