#include "PlainHttpReply.h"

#include "core/HttpResponseParser.h"
#include "PlainHttpPool.h"

#include <cstring>

namespace berth {

namespace {

// What Qt 6.4 makes of an HTTP error status (qnetworkreplyhttpimpl.cpp, statusCodeFromHttp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 407:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}

QString originOf(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(80));
}

bool splitsMessage(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n') || text.contains('\0');
}

} // namespace

PlainHttpReply::PlainHttpReply(PlainHttpPool *pool, const QNetworkRequest &request, const QByteArray &method)
    : QNetworkReply(pool)
    , m_pool(pool)
    , m_method(method)
    , m_origin(originOf(request.url()))
{
    setRequest(request);
    setUrl(request.url());
    if (method == "GET")
        setOperation(QNetworkAccessManager::GetOperation);
    else if (method == "HEAD")
        setOperation(QNetworkAccessManager::HeadOperation);
    else if (method == "DELETE")
        setOperation(QNetworkAccessManager::DeleteOperation);
    else
        setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, false);
    setAttribute(QNetworkRequest::Http2WasUsedAttribute, false);
    m_redirectsLeft = request.maximumRedirectsAllowed();
    connect(this, &QNetworkReply::redirectAllowed, this, &PlainHttpReply::followRedirect);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

PlainHttpReply::~PlainHttpReply()
{
    if (!m_done && m_pool)
        m_pool->forget(this);
}

QString PlainHttpReply::refusal() const
{
    if (splitsMessage(m_method))
        return tr("the request method holds a line break");
    const QNetworkRequest req = request();
    for (const QByteArray &name : req.rawHeaderList())
        if (splitsMessage(name) || splitsMessage(req.rawHeader(name)))
            return tr("the request header %1 holds a line break").arg(QString::fromLatin1(name.left(60)));
    return {};
}

QByteArray PlainHttpReply::message() const
{
    const QNetworkRequest req = request();
    const QUrl u = req.url();
    // Every path that reaches here passed RequestPolicy::pathRefusal, so it is what Qt's own
    // NormalizePathSegments would send.
    QByteArray target = u.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = u.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = u.port(80);
    if (port != 80)
        host += ':' + QByteArray::number(port);

    // Sized first, so the buffer that gets the Authorization header is never reallocated and
    // left behind unwiped.
    const QList<QByteArray> names = req.rawHeaderList();
    qsizetype size = m_method.size() + 1 + target.size() + 17 + host.size() + 2 + 2;
    for (const QByteArray &name : names)
        size += name.size() + 2 + req.rawHeader(name).size() + 2;
    QByteArray m;
    m.reserve(size);
    m += m_method;
    m += ' ';
    m += target;
    m += " HTTP/1.1\r\nHost: ";
    m += host;
    m += "\r\n";
    for (const QByteArray &name : names) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0 || name.compare("Connection", Qt::CaseInsensitive) == 0
            || name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        m += name;
        m += ": ";
        m += req.rawHeader(name);
        m += "\r\n";
    }
    m += "\r\n";
    return m;
}

qint64 PlainHttpReply::bytesAvailable() const
{
    return (m_buffer.size() - m_readPos) + QNetworkReply::bytesAvailable();
}

qint64 PlainHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_readPos);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_readPos, static_cast<size_t>(n));
    m_readPos += n;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return n;
}

void PlainHttpReply::headersArrived(const HttpResponseParser &parser)
{
    // After a redirect, only the last answer's fields (a null value removes one).
    for (const QByteArray &name : rawHeaderList())
        setRawHeader(name, QByteArray());
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, parser.status());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(parser.reason()));
    // Repeated fields joined as QNetworkAccessManager joins them: Set-Cookie by a new line, the
    // rest by ", " (qnetworkreplyhttpimpl.cpp, replyDownloadMetaData).
    QList<QPair<QByteArray, QByteArray>> joined;
    for (const auto &h : parser.headers()) {
        auto it = std::find_if(joined.begin(), joined.end(),
            [&](const QPair<QByteArray, QByteArray> &j) { return j.first.compare(h.first, Qt::CaseInsensitive) == 0; });
        if (it == joined.end()) {
            joined.append(h);
        } else {
            it->second += h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0 ? "\n" : ", ";
            it->second += h.second;
        }
    }
    for (const auto &h : joined)
        setRawHeader(h.first, h.second);
    const int status = parser.status();
    if (status >= 300 && status < 400) {
        const QByteArray location = rawHeader("Location");
        if (!location.isEmpty())
            setAttribute(QNetworkRequest::RedirectionTargetAttribute, QUrl::fromEncoded(location));
    }
    if (parser.contentLength() >= 0) {
        setAttribute(QNetworkRequest::OriginalContentLengthAttribute, parser.contentLength());
        // One allocation for the body, bounded whatever the server claims (the caller's own cap
        // ends a body that runs past it); the spare bytes let a JSON parser that reads past the
        // end (simdjson's padding) read in place.
        if (!isHead())
            m_buffer.reserve(std::min<qint64>(parser.contentLength(), 8 * 1024 * 1024) + 64);
    }
    Q_EMIT metaDataChanged();
}

void PlainHttpReply::bodyArrived(qint64 bytes, qint64 total)
{
    if (bytes <= 0 || m_done)
        return;
    m_received += bytes;
    const QPointer<PlainHttpReply> alive(this);
    Q_EMIT readyRead();
    if (!alive || m_done) // a slot deleted or aborted it
        return;
    Q_EMIT downloadProgress(m_received, total);
}

QByteArray PlainHttpReply::takeBody()
{
    QByteArray body = m_readPos == 0 ? std::move(m_buffer) : m_buffer.mid(m_readPos);
    m_buffer = QByteArray();
    m_readPos = 0;
    return body;
}

void PlainHttpReply::succeed()
{
    if (m_done)
        return;
    const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const NetworkError code = errorForStatus(status);
    if (code != NoError) {
        // Qt's wording: "Error transferring <url> - server replied: <reason>".
        setError(code,
            tr("Error transferring %1 - server replied: %2")
                .arg(url().toString(QUrl::RemoveUserInfo),
                    attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        m_done = true;
        Q_EMIT errorOccurred(code);
    }
    m_done = true;
    end();
}

bool PlainHttpReply::isRedirect(int status)
{
    // The statuses Qt 6.4 follows (qnetworkreplyhttpimpl.cpp, isHttpRedirect).
    return status == 301 || status == 302 || status == 303 || status == 305 || status == 307 || status == 308;
}

void PlainHttpReply::redirectArrived()
{
    if (m_done)
        return;
    if (m_redirectsLeft <= 0)
        return fail(TooManyRedirectsError, tr("Too many redirects"));
    --m_redirectsLeft;
    m_redirectTarget = url().resolved(QUrl::fromEncoded(rawHeader("Location")));
    m_buffer.clear(); // the redirect's own body is nobody's answer
    m_received = 0;
    m_readPos = 0;
    Q_EMIT redirected(m_redirectTarget);
}

void PlainHttpReply::followRedirect()
{
    if (m_done || !m_redirectTarget.isValid() || !m_pool)
        return;
    const QUrl target = m_redirectTarget;
    m_redirectTarget = QUrl();
    if (!PlainHttpPool::canSend(m_method, target))
        return fail(ProtocolUnknownError, tr("Protocol \"%1\" is unknown").arg(target.scheme()));
    setUrl(target);
    m_origin = originOf(target);
    m_retried = false; // a new request
    for (const QByteArray &name : rawHeaderList())
        setRawHeader(name, QByteArray()); // the redirect's fields are not the answer's
    QNetworkRequest r = request();
    r.setUrl(target);
    setRequest(r);
    m_pool->resend(this);
}

void PlainHttpReply::fail(NetworkError code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    setError(code, message);
    if (!m_announced) {
        m_endPending = true; // setAnnounced() emits both
        m_connection.clear();
        setFinished(true);
        return;
    }
    Q_EMIT errorOccurred(code);
    end();
}

void PlainHttpReply::setAnnounced()
{
    m_announced = true;
    if (!m_endPending)
        return;
    m_endPending = false;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT errorOccurred(error());
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void PlainHttpReply::abort()
{
    if (m_done)
        return;
    if (m_pool)
        m_pool->forget(this);
    m_buffer.clear();
    m_readPos = 0;
    // Closed before the signals, as Qt's own reply does: nothing is left to read.
    QNetworkReply::close();
    fail(OperationCanceledError, tr("Operation canceled"));
}

void PlainHttpReply::end()
{
    m_connection.clear();
    setFinished(true);
    Q_EMIT finished();
}

} // namespace berth
