#include "ApiJob.h"

#include "ApiTransport.h"
#include "core/HarborJson.h"
#include "Logging.h"
#include "PlainHttpPool.h"
#include "PlainHttpReply.h"
#include "RequestPolicy.h"
#include "SecretWipe.h"

#include <algorithm>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>

namespace berth {

namespace {

constexpr int kSnippetBytes = 512;

QString capText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return ApiJob::tr("%1 MiB").arg(bytes / (1024 * 1024));
    return ApiJob::tr("%1 bytes").arg(bytes);
}

} // namespace

ApiJob::ApiJob(ApiTransport *transport, ApiRequest request)
    : QObject(transport)
    , m_client(transport)
    , m_request(std::move(request))
    , m_requestId(RequestPolicy::newRequestId())
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    wipeIfSoleOwner(m_request.authorization);
}

qint64 ApiJob::elapsedMs() const
{
    return m_timer.isValid() ? m_timer.elapsed() : 0;
}

QByteArray ApiJob::responseHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void ApiJob::start()
{
    m_timer.start();
    fillRequestFacts();
    QString refusal = RequestPolicy::pathRefusal(m_request.url);
    if (!refusal.isEmpty()) {
        qCWarning(lcApi).noquote() << "refused to send" << m_request.method << refusal;
        m_error.kind = ApiError::Kind::UnsafeRequest;
        m_error.transportMessage = refusal;
        QTimer::singleShot(0, this, &ApiJob::finish);
        return;
    }
    refusal = m_request.withCredentials && !m_request.authorization.isEmpty()
        ? m_client->policy().credentialTransportRefusal(m_request.url)
        : m_client->policy().transportRefusal(m_request.url, m_request.withCredentials);
    if (!refusal.isEmpty()) {
        m_error.kind = ApiError::Kind::InsecureTransport;
        m_error.transportMessage = refusal;
        // Always asynchronous, so callers see one contract.
        QTimer::singleShot(0, this, &ApiJob::finish);
        return;
    }
    sendAttempt();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() turns this into Cancelled
    } else {
        m_error.kind = ApiError::Kind::Cancelled;
        QTimer::singleShot(0, this, &ApiJob::finish);
    }
}

void ApiJob::fillRequestFacts()
{
    const RequestPolicy &policy = m_client->policy();
    m_error.method = m_request.method;
    m_error.url = m_request.url;
    const bool token = m_request.withCredentials && !m_request.authorization.isEmpty();
    m_error.authScheme = token ? QStringLiteral("bearer") : policy.authScheme(m_request.withCredentials);
    // A token speaks for the profile's account (or for nobody: an anonymous token).
    m_error.username = m_request.withCredentials ? policy.settings().username : QString();
    m_error.cookieSent = false; // set per attempt from the request actually built
    m_error.requestId = QString::fromLatin1(m_requestId);
}

void ApiJob::sendAttempt()
{
    if (m_cancelled || m_finished)
        return;
    const qint64 wait = m_client->rateLimiter().reserve();
    if (wait > 0)
        QTimer::singleShot(wait, this, &ApiJob::sendNow); // the slot is already reserved
    else
        sendNow();
}

void ApiJob::sendNow()
{
    if (m_cancelled || m_finished)
        return;
    ++m_attempt;
    m_body.clear();
    m_headers.clear();
    m_status = 0;
    m_sslErrors.clear();
    m_redirects.clear();
    m_lastUrl = m_request.url;
    const bool token = m_request.withCredentials && !m_request.authorization.isEmpty();
    QNetworkRequest req
        = m_client->policy().makeRequest(m_request.url, m_requestId, m_request.withCredentials && !token);
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    if (token)
        req.setRawHeader("Authorization", m_request.authorization);
    // The manager's jar never adds cookies, so the request's own header is the whole truth.
    m_error.cookieSent = req.hasRawHeader("Cookie");
    qCDebug(lcApi).noquote() << m_request.method << m_request.url.toString(QUrl::FullyEncoded) << "attempt" << m_attempt
                             << "request-id" << m_requestId;
    // HEAD through head(): as a custom verb, Qt would wait for the Content-Length bytes of a body
    // that never comes.
    if (sendsPlainHttp()) {
        m_reply = m_client->plainHttp()->send(req, m_request.method);
    } else if (m_request.method == "HEAD") {
        m_reply = m_client->manager()->head(req);
    } else if (m_request.bodyDevice) {
        // A sequential device is sent as it is read only with a Content-Length and
        // DoNotBufferUploadDataAttribute; otherwise QNAM first reads the whole device into memory
        // (qtbase src/network/access/qnetworkreplyhttpimpl.cpp, QNetworkReplyHttpImplPrivate::setup,
        // and the QNetworkRequest::DoNotBufferUploadDataAttribute docs).
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.bodyLength);
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = m_client->manager()->sendCustomRequest(req, m_request.method, m_request.bodyDevice.data());
    } else if (m_request.method == "PUT" || m_request.method == "POST" || m_request.method == "PATCH") {
        m_reply = m_client->manager()->sendCustomRequest(req, m_request.method, m_request.body);
    } else {
        m_reply = m_client->manager()->sendCustomRequest(req, m_request.method);
    }
    if (m_request.streamResponse && m_request.readBufferSize > 0)
        m_reply->setReadBufferSize(m_request.readBufferSize);
    if (m_request.streamResponse || m_request.bodyDevice)
        Q_EMIT replyStarted(m_reply.data());
    connect(m_reply.data(), &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply.data(), &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    connect(m_reply.data(), &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(m_reply.data(), &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
}

bool ApiJob::sendsPlainHttp() const
{
    if (!m_client->plainHttp() || m_request.bodyDevice || m_request.streamResponse || !m_request.body.isEmpty())
        return false;
    return PlainHttpPool::canSend(m_request.method, m_request.url) && m_client->proxyFor(m_request.url).isDirect();
}

void ApiJob::onRedirected(const QUrl &target)
{
    const QUrl resolved = m_lastUrl.resolved(target);
    // Under UserVerifiedRedirectPolicy nothing is re-sent until redirectAllowed(); aborting here
    // means the redirect target never sees a request.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString refusal = RequestPolicy::unsafeRedirectRefusal(m_request.method, status, resolved);
    if (refusal.isEmpty())
        refusal = RequestPolicy::redirectRefusal(m_request.url, resolved);
    if (!refusal.isEmpty()) {
        qCInfo(lcApi).noquote() << "refused" << refusal << "for" << m_request.url.toString(QUrl::FullyEncoded);
        m_refusedRedirect = resolved;
        m_refusalReason = refusal;
        m_reply->abort();
        return;
    }
    m_redirects.append(resolved);
    m_lastUrl = resolved;
    Q_EMIT m_reply->redirectAllowed();
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    const QSslConfiguration peer = m_reply->sslConfiguration();
    if (m_client->policy().pinAccepts(peer.peerCertificate(), peer.peerCertificateChain(), errors)) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
}

qint64 ApiJob::bodyCap() const
{
    const ConnectionSettings &s = m_client->policy().settings();
    if (m_request.maxBodyBytes > 0)
        return m_request.maxBodyBytes;
    return m_request.listPage ? std::min(s.maxListPageBytes, s.maxBodyBytes) : s.maxBodyBytes;
}

void ApiJob::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 cap = bodyCap();
    if (received > cap || total > cap) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();

    const int netError = reply->error();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    // A reply we aborted (refused redirect, oversized body) is closed: nothing to read.
    if (!m_tooLarge && reply->isOpen()) {
        if (auto *plain = qobject_cast<PlainHttpReply *>(reply))
            m_body = plain->takeBody(); // no copy
        else
            m_body = reply->readAll();
    }

    ApiError &e = m_error;
    e.kind = ApiError::Kind::None;
    e.httpStatus = m_status;
    e.networkError = netError;
    e.transportMessage.clear();
    e.harborCode.clear();
    e.harborMessage.clear();
    e.bodySnippet.clear();
    e.redirectsFollowed = m_redirects;
    e.responseRequestId = QString::fromLatin1(responseHeader("X-Request-Id"));
    e.wwwAuthenticate = QString::fromLatin1(responseHeader("WWW-Authenticate"));
    e.contentType = QString::fromLatin1(responseHeader("Content-Type"));
    e.retryAfter = QString::fromLatin1(responseHeader("Retry-After"));
    e.attempts = m_attempt;
    e.proxy = m_client ? m_client->proxyFor(m_request.url).display() : QString();
    e.tlsErrors.clear();

    if (m_cancelled) {
        e.kind = ApiError::Kind::Cancelled;
        e.transportMessage = QStringLiteral("cancelled");
    } else if (m_refusedRedirect.isValid()) {
        e.kind = ApiError::Kind::RedirectRefused;
        e.redirectRefused = m_refusedRedirect;
        e.transportMessage = m_refusalReason;
    } else if (m_tooLarge) {
        e.kind = ApiError::Kind::BadResponse;
        const qint64 cap = bodyCap();
        if (m_request.maxBodyBytes > 0)
            e.transportMessage = tr("the response is larger than %1, the most Berth reads for this content; refusing "
                                    "to read it")
                                     .arg(capText(cap));
        else
            e.transportMessage = cap < m_client->policy().settings().maxBodyBytes
                ? tr("a list page larger than %1 MiB, the cap for one page of a list; refusing to read it")
                      .arg(cap / (1024.0 * 1024.0))
                : tr("the response is larger than %1 MiB; refusing to read it").arg(cap / (1024 * 1024));
        e.detail = e.transportMessage; // the summary shows the status line, not the transport message
    } else if (!m_sslErrors.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        e.kind = ApiError::Kind::Tls;
        for (const QSslError &s : m_sslErrors)
            e.tlsErrors.append(s.errorString());
        // The server's own certificate (the leaf): what a pin names. The errors may name its
        // issuer instead, such as a private CA's self-signed root.
        const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        if (!cert.isNull()) {
            e.peerCertificateSha256 = RequestPolicy::certificateSha256(cert);
            e.peerCertificateSubject = cert.subjectDisplayName();
            e.peerCertificateIssuer = cert.issuerDisplayName();
            e.peerCertificateValidity
                = cert.effectiveDate().toString(Qt::ISODate) + tr(" to ") + cert.expiryDate().toString(Qt::ISODate);
        }
        e.transportMessage = reply->errorString();
    } else if (m_status == 0 || (netError != QNetworkReply::NoError && m_status >= 200 && m_status < 300)) {
        // No usable HTTP answer: transport failure, or the body broke off after the headers.
        if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            e.kind = ApiError::Kind::Timeout;
            e.transportMessage = tr("no data for %1 s").arg(m_client->policy().settings().timeoutMs / 1000.0);
        } else {
            e.kind = ApiError::Kind::Network;
            e.transportMessage = m_status
                ? tr("the connection broke before the whole body arrived (%1)").arg(reply->errorString())
                : reply->errorString();
        }
    } else if (m_status >= 300 && m_status < 400 && m_status != 304 && !m_request.retryable()) {
        // A redirect Qt did not offer to follow (no Location, or not http/https): for a DELETE
        // it is still a redirect that was not followed, never a confirmation.
        const QByteArray location = responseHeader("Location").trimmed();
        e.kind = ApiError::Kind::RedirectRefused;
        e.redirectRefused = location.isEmpty() ? QUrl() : m_request.url.resolved(QUrl::fromEncoded(location));
        e.transportMessage = RequestPolicy::unsafeRedirectRefusal(m_request.method, m_status, e.redirectRefused);
    } else if (m_status >= 300) {
        e.kind = ApiError::kindForStatus(m_status);
        const HarborErrorBody hb = HarborJson::parseErrorBody(m_body);
        e.harborCode = hb.code;
        e.harborMessage = hb.message;
        if (!hb.present)
            e.bodySnippet = m_body.left(kSnippetBytes);
    }

    if (e.kind != ApiError::Kind::None && shouldRetry()) {
        const qint64 delay = retryDelayMs();
        qCInfo(lcApi).noquote() << m_request.method << m_request.url.toString(QUrl::FullyEncoded) << "failed with"
                                << ApiError::kindName(e.kind) << e.httpStatus << "- retrying in" << delay << "ms";
        QTimer::singleShot(delay, this, &ApiJob::sendAttempt);
        return;
    }
    finish();
}

bool ApiJob::shouldRetry() const
{
    if (!m_request.retryable() || m_cancelled)
        return false;
    if (m_attempt >= std::max(1, m_client->policy().settings().maxTries))
        return false;
    // The proxy refusing its credentials answers the same every time.
    if (m_error.networkError == QNetworkReply::ProxyAuthenticationRequiredError)
        return false;
    switch (m_error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::ServerError:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

qint64 ApiJob::retryDelayMs() const
{
    const ConnectionSettings &s = m_client->policy().settings();
    qint64 delay = static_cast<qint64>(s.retryBaseMs) << std::min(m_attempt - 1, 10);
    // Retry-After is seconds or an HTTP date; honour it, within reason.
    const QString ra = m_error.retryAfter.trimmed();
    if (!ra.isEmpty()) {
        bool ok = false;
        const double secs = ra.toDouble(&ok);
        if (ok && secs >= 0) {
            delay = static_cast<qint64>(secs * 1000);
        } else {
            const QDateTime at = QDateTime::fromString(ra, Qt::RFC2822Date);
            if (at.isValid())
                delay = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
        }
        return std::min<qint64>(delay, 60000);
    }
    return std::min<qint64>(delay, s.retryMaxMs);
}

void ApiJob::failBadResponse(const QString &why)
{
    m_error.kind = ApiError::Kind::BadResponse;
    m_error.detail = why;
    m_error.bodySnippet = m_body.left(kSnippetBytes);
}

void ApiJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_error.elapsedMs = elapsedMs();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace berth
