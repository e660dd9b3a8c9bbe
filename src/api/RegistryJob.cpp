#include "RegistryJob.h"

#include "ApiJob.h"
#include "ApiTransport.h"
#include "core/AuthChallenge.h"
#include "Logging.h"
#include "RegistryAuth.h"

#include <optional>
#include <QTimer>

namespace berth {

namespace {

constexpr int kSnippetBytes = 512;

} // namespace

RegistryJob::RegistryJob(ApiTransport *transport, RegistryAuth *auth, ApiRequest request, QString scope)
    : QObject(auth)
    , m_transport(transport)
    , m_auth(auth)
    , m_request(std::move(request))
    , m_scope(std::move(scope))
{ }

RegistryJob::~RegistryJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

QByteArray RegistryJob::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void RegistryJob::start()
{
    if (m_finished || m_cancelled)
        return; // aborted before a deferred start
    send(m_scope.isEmpty() || !m_auth ? QByteArray() : m_auth->cachedAuthorization({m_scope}));
}

void RegistryJob::refuse(const QString &reason)
{
    ApiError e;
    e.kind = ApiError::Kind::UnsafeRequest;
    e.method = m_request.method;
    e.url = m_request.url;
    e.transportMessage = reason;
    e.detail = reason;
    QTimer::singleShot(0, this, [this, e] { finishWith(e); });
}

void RegistryJob::abort()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_job) {
        m_job->abort(); // its finished() ends this job as Cancelled
        return;
    }
    ApiError e = m_error; // waiting for a token
    e.kind = ApiError::Kind::Cancelled;
    e.transportMessage = QStringLiteral("cancelled");
    QTimer::singleShot(0, this, [this, e] { finishWith(e); });
}

void RegistryJob::send(const QByteArray &authorization)
{
    if (!m_transport) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.transportMessage = QStringLiteral("the connection was closed");
        QTimer::singleShot(0, this, [this, e] { finishWith(e); });
        return;
    }
    ApiRequest req = m_request;
    req.authorization = authorization;
    m_sentAuthorization = authorization;
    m_sentBasic = authorization.isEmpty() && req.withCredentials && m_transport->policy().sendsCredentials();
    ++m_requests;
    // Made here and started after the connections, so that a streamed response's first reply
    // (replyStarted, possibly emitted from start()) reaches the caller.
    auto *job = new ApiJob(m_transport.data(), req);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] { onAttemptFinished(job); });
    connect(job, &ApiJob::replyStarted, this, &RegistryJob::replyStarted);
    job->start();
}

void RegistryJob::onAttemptFinished(ApiJob *job)
{
    m_job.clear();
    m_status = job->status();
    m_body = job->body();
    m_headers = job->responseHeaders();
    if (m_cancelled || job->error().kind == ApiError::Kind::Cancelled) {
        ApiError e = job->error();
        e.kind = ApiError::Kind::Cancelled;
        finishWith(e);
        return;
    }
    if (m_status == 401) {
        onUnauthorized(job);
        return;
    }
    finishWith(job->error());
}

void RegistryJob::onUnauthorized(ApiJob *job)
{
    ApiError e = job->error();
    const QByteArray header = job->responseHeader("WWW-Authenticate");
    if (header.trimmed().isEmpty()) {
        finishWith(e);
        return;
    }
    const Parsed<QList<AuthChallenge>> parsed = parseAuthChallenges(header);
    if (!parsed.ok()) {
        e.kind = ApiError::Kind::BadResponse;
        e.registryDenial = ApiError::RegistryDenial::ChallengeMalformed;
        e.detail = tr("the registry's WWW-Authenticate header could not be read: %1").arg(parsed.error);
        finishWith(e);
        return;
    }
    std::optional<AuthChallenge> bearer, basic;
    for (const AuthChallenge &c : parsed.value) {
        if (c.scheme == QLatin1String("bearer") && !bearer)
            bearer = c;
        else if (c.scheme == QLatin1String("basic") && !basic)
            basic = c;
    }
    const bool sentCredentials = m_sentBasic || !m_sentAuthorization.isEmpty();
    if (!m_sentAuthorization.isEmpty() && m_auth)
        m_auth->forget(m_sentAuthorization); // it was not accepted: the next request fetches afresh

    // A streamed body has been read: it cannot be sent again.
    if (bearer && !m_retried && m_auth && !m_request.bodyDevice) {
        m_retried = true;
        QStringList scopes = bearer->scopes();
        if (scopes.isEmpty() && !m_scope.isEmpty())
            scopes << m_scope;
        m_auth->token(bearer->realm(), bearer->service(), scopes, this,
            [this](const QByteArray &authorization, const ApiError &tokenError) {
                if (m_cancelled || m_finished)
                    return;
                if (tokenError.isError()) {
                    finishWith(tokenError); // the token request's facts, or the realm's refusal
                    return;
                }
                send(authorization);
            });
        return;
    }
    if (bearer && bearer->error() == QLatin1String("insufficient_scope"))
        e.registryDenial = ApiError::RegistryDenial::InsufficientScope;
    else if (basic && sentCredentials)
        e.registryDenial = ApiError::RegistryDenial::NotPermitted;
    if (bearer)
        e.realm = QUrl(bearer->realm()).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    finishWith(e);
}

void RegistryJob::fail(ApiError::Kind kind, const QString &detail)
{
    m_error.kind = kind;
    m_error.detail = detail;
    m_error.bodySnippet = kind == ApiError::Kind::BadResponse ? m_body.left(kSnippetBytes) : QByteArray();
    if (!m_scope.isEmpty()) {
        m_error.registryScope = m_scope;
        m_error.registryAction = m_scope.section(QLatin1Char(':'), -1);
    }
}

void RegistryJob::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error.isError() && !m_scope.isEmpty()) {
        m_error.registryScope = m_scope;
        m_error.registryAction = m_scope.section(QLatin1Char(':'), -1);
    }
    if (m_error.isError())
        qCInfo(lcApi).noquote() << "registry request failed:" << ApiError::kindName(m_error.kind)
                                << ApiError::denialName(m_error.registryDenial) << m_error.summary();
    Q_EMIT finished();
    deleteLater();
}

} // namespace berth
