#include "PlainHttpPool.h"

#include "Logging.h"
#include "PlainHttpReply.h"
#include "SecretWipe.h"

#include <algorithm>
#include <QNetworkProxy>
#include <QUrl>

namespace berth {

// ---- PlainHttpConnection

PlainHttpConnection::PlainHttpConnection(PlainHttpPool *pool, const QString &host, quint16 port, const QString &key)
    : QObject(pool)
    , m_pool(pool)
    , m_host(host)
    , m_port(port)
    , m_key(key)
    , m_socket(new QTcpSocket(this))
{
    // ProxyRule chose "direct" for this origin; the socket must not ask Qt's system proxy
    // configuration (libproxy) again.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PlainHttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        sendRequest();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &PlainHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PlainHttpConnection::onSocketError);
    connect(
        m_socket, &QTcpSocket::disconnected, this, [this] { onSocketError(QAbstractSocket::RemoteHostClosedError); });
}

void PlainHttpConnection::start(PlainHttpReply *reply, int timeoutMs)
{
    m_reply = reply;
    reply->attach(this);
    m_parser.reset(reply->isHead());
    m_headersDelivered = false;
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        sendRequest();
    else if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->connectToHost(m_host, m_port);
}

void PlainHttpConnection::sendRequest()
{
    if (!m_reply)
        return;
    QByteArray message = m_reply->message();
    m_socket->write(message);
    m_socket->flush();
    // The message holds the Authorization header.
    wipeIfSoleOwner(message);
}

void PlainHttpConnection::onReadyRead()
{
    if (!m_reply) {
        // An idle connection has nothing to say; anything it does say makes it unusable.
        if (m_socket->bytesAvailable() > 0)
            closeConnection();
        return;
    }
    readAvailable();
}

void PlainHttpConnection::readAvailable()
{
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty() || !m_reply)
        return;
    if (m_timer.isActive())
        m_timer.start();
    qsizetype used = 0;
    if (!m_headersDelivered) {
        used = m_parser.feedHead(data.constData(), data.size());
        if (m_parser.headersComplete()) {
            m_headersDelivered = true;
            m_reply->headersArrived(m_parser); // reserves room for the body
            if (!m_reply || m_closed)
                return;
        }
    }
    if (m_parser.state() == HttpResponseParser::State::Body && used < data.size()) {
        // Straight into the reply's buffer.
        QByteArray &buffer = m_reply->receiveBuffer();
        const qsizetype before = buffer.size();
        used += m_parser.feed(data.constData() + used, data.size() - used, buffer);
        m_reply->bodyArrived(buffer.size() - before, m_parser.contentLength());
        if (!m_reply || m_closed)
            return;
    }
    if (m_parser.failed()) {
        failReply(QNetworkReply::ProtocolFailure, m_parser.failure());
        return;
    }
    if (m_parser.isDone())
        complete(m_parser.keepAlive() && used == data.size());
}

void PlainHttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_closed)
        return;
    if (!m_reply) {
        closeConnection(); // an idle connection the server ended
        return;
    }
    // What arrived before the close is still the response (or its end).
    readAvailable();
    if (!m_reply || m_closed)
        return;
    const bool remoteClosed = error == QAbstractSocket::RemoteHostClosedError;
    if (remoteClosed) {
        m_parser.closed();
        if (m_parser.isDone()) {
            complete(false);
            return;
        }
    }
    if (m_served > 0 && m_parser.nothingReceived() && !m_reply->retried()) {
        // A kept connection the server had already closed: the request never reached it.
        PlainHttpReply *reply = m_reply;
        m_reply.clear();
        reply->setRetried();
        closeConnection();
        m_pool->retry(reply);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return failReply(QNetworkReply::ConnectionRefusedError, tr("Connection refused"));
    case QAbstractSocket::HostNotFoundError:
        return failReply(QNetworkReply::HostNotFoundError, tr("Host %1 not found").arg(m_host));
    case QAbstractSocket::RemoteHostClosedError:
        return failReply(QNetworkReply::RemoteHostClosedError, tr("Connection closed"));
    case QAbstractSocket::SocketTimeoutError:
        return failReply(QNetworkReply::TimeoutError, tr("Socket operation timed out"));
    default:
        return failReply(QNetworkReply::UnknownNetworkError, m_socket->errorString());
    }
}

void PlainHttpConnection::onTimeout()
{
    if (m_reply)
        failReply(QNetworkReply::TimeoutError, tr("Socket operation timed out"));
}

void PlainHttpConnection::complete(bool reusable)
{
    PlainHttpReply *reply = m_reply;
    m_reply.clear();
    m_timer.stop();
    ++m_served;
    if (!reusable)
        closeConnection();
    // The connection is free (or gone) before the caller hears of the answer: what it sends next
    // may use it.
    if (PlainHttpReply::isRedirect(m_parser.status()) && !reply->rawHeader("Location").isEmpty())
        reply->redirectArrived();
    else
        reply->succeed();
    if (reusable)
        m_pool->connectionIdle();
}

void PlainHttpConnection::failReply(QNetworkReply::NetworkError code, const QString &message)
{
    PlainHttpReply *reply = m_reply;
    m_reply.clear();
    closeConnection();
    if (reply)
        reply->fail(code, message);
}

void PlainHttpConnection::drop()
{
    m_reply.clear();
    closeConnection();
}

void PlainHttpConnection::closeConnection()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_pool->connectionClosed(this);
}

// ---- PlainHttpPool

PlainHttpPool::PlainHttpPool(QObject *parent)
    : QObject(parent)
{ }

PlainHttpPool::~PlainHttpPool()
{
    m_destroying = true;
    m_queue.clear();
}

bool PlainHttpPool::enabledByEnvironment()
{
    return qgetenv("BERTH_HTTP_ENGINE") != "qt";
}

bool PlainHttpPool::canSend(const QByteArray &method, const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return false;
    return method == "GET" || method == "HEAD" || method == "DELETE";
}

QNetworkReply *PlainHttpPool::send(const QNetworkRequest &request, const QByteArray &method)
{
    auto *reply = new PlainHttpReply(this, request, method);
    if (const QString refusal = reply->refusal(); !refusal.isEmpty()) {
        reply->fail(QNetworkReply::ProtocolInvalidOperationError, refusal);
    } else {
        m_queue.append(reply);
        pump();
    }
    // The reply may have ended already (a refused header; a socket that failed inside
    // connectToHost() or flush(): a cached failed lookup, an unreachable network). Its signals
    // come on the next turn, once the caller has connected to them.
    reply->setAnnounced();
    return reply;
}

void PlainHttpPool::pump()
{
    if (m_destroying)
        return;
    if (m_pumping) {
        m_pumpAgain = true; // a reply's signal sent or ended something while this loop ran
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain);
    m_pumping = false;
}

void PlainHttpPool::pumpOnce()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        PlainHttpReply *reply = m_queue.at(i).data();
        if (!reply || reply->isDone()) {
            m_queue.removeAt(i);
            continue;
        }
        const QString &key = reply->origin();
        // A request sent again because its kept connection was gone goes on a new connection:
        // the server may have closed the other kept ones at the same moment.
        const bool fresh = reply->retried();
        PlainHttpConnection *free = nullptr;
        PlainHttpConnection *stale = nullptr; // idle, kept from an earlier request
        int open = 0;
        for (PlainHttpConnection *c : qAsConst(m_connections)) {
            if (c->key() != key)
                continue;
            ++open;
            if (!c->isIdle())
                continue;
            if (!fresh || c->served() == 0) {
                if (!free)
                    free = c;
            } else if (!stale) {
                stale = c;
            }
        }
        if (!free && stale && open >= kConnectionsPerOrigin) {
            stale->drop(); // makes room; removes it from m_connections
            --open;
        }
        if (!free && open < kConnectionsPerOrigin) {
            const QUrl u = reply->url();
            free = new PlainHttpConnection(this, u.host(), static_cast<quint16>(u.port(80)), key);
            m_connections.append(free);
            ++m_opened;
        }
        if (!free) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        free->start(reply, reply->request().transferTimeout());
    }
}

void PlainHttpPool::forget(PlainHttpReply *reply)
{
    if (m_destroying)
        return;
    m_queue.removeAll(reply);
    const auto it = std::find_if(m_connections.cbegin(), m_connections.cend(),
        [reply](const PlainHttpConnection *c) { return c->current() == reply; });
    if (it != m_connections.cend())
        (*it)->drop(); // removes it from m_connections
    pump();
}

void PlainHttpPool::retry(PlainHttpReply *reply)
{
    qCDebug(lcApi) << "resending a request whose kept connection the server had closed";
    m_queue.prepend(reply);
    pump();
}

void PlainHttpPool::resend(PlainHttpReply *reply)
{
    m_queue.prepend(reply);
    pump();
}

void PlainHttpPool::connectionIdle()
{
    pump();
}

void PlainHttpPool::connectionClosed(PlainHttpConnection *connection)
{
    if (m_destroying)
        return;
    m_connections.removeAll(connection);
    connection->deleteLater();
    pump();
}

} // namespace berth
