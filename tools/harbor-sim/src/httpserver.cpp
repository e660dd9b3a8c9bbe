#include "httpserver.h"

#include "util.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace sim {

namespace {
constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
constexpr qint64 kHugeChunk = 64 * 1024;
} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> HttpRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    }
    return out;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void HttpResponse::removeHeader(const QByteArray &name)
{
    for (int i = headers.size() - 1; i >= 0; --i) {
        if (headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            headers.removeAt(i);
    }
}

QByteArray HttpResponse::serializeHead(qint64 contentLength) const
{
    QByteArray out;
    out.reserve(256 + headers.size() * 48);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool haveLength = false;
    for (const auto &h : headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            haveLength = true;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!haveLength)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += "\r\n";
    return out;
}

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64) {
        if (m_hugeRemaining > 0)
            pumpHuge();
    });
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isSecure() const
{
    return qobject_cast<QSslSocket *>(m_socket) != nullptr;
}

void HttpConnection::onReadyRead()
{
    if (m_terminal) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::writeError(int status, const QByteArray &message)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.addHeader("Connection", "close");
    r.body = errorBody(QStringLiteral("BAD_REQUEST"), QString::fromLatin1(message));
    m_socket->write(r.serializeHead(r.body.size()) + r.body);
    m_terminal = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_terminal)
        return;
    const int headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            writeError(431, "request header too large");
        return;
    }
    const QByteArray head = m_buffer.left(headEnd);
    const QList<QByteArray> lines = head.split('\n');
    HttpRequest req;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        writeError(400, "malformed request line");
        return;
    }
    req.method = requestLine.at(0);
    req.target = requestLine.at(1);
    req.version = requestLine.at(2);
    const int q = req.target.indexOf('?');
    req.rawPath = q < 0 ? req.target : req.target.left(q);
    req.rawQuery = q < 0 ? QByteArray() : req.target.mid(q + 1);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            writeError(400, "malformed header");
            return;
        }
        req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (req.hasHeader("Transfer-Encoding")) {
        writeError(501, "chunked request bodies are not supported by harbor-sim");
        return;
    }
    qint64 length = 0;
    if (req.hasHeader("Content-Length")) {
        bool ok = false;
        length = req.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes) {
            writeError(413, "bad or too large Content-Length");
            return;
        }
    }
    const qint64 total = headEnd + 4 + length;
    if (m_buffer.size() < total) {
        if (!m_sentContinue && req.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_sentContinue = false;
    req.body = m_buffer.mid(headEnd + 4, int(length));
    m_buffer.remove(0, int(total));
    const QByteArray connection = req.header("Connection").toLower();
    m_closeAfter = connection.contains("close") || (req.version == "HTTP/1.0" && !connection.contains("keep-alive"));
    req.timer.start();
    m_busy = true;
    Q_EMIT requestReceived(this, req);
}

void HttpConnection::send(const HttpResponse &response)
{
    if (m_terminal || !m_busy)
        return;
    HttpResponse r = response;
    if (m_closeAfter)
        r.setHeader("Connection", "close");
    m_socket->write(r.serializeHead(r.body.size()) + r.body);
    finishResponse();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (m_closeAfter) {
        m_terminal = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::sendTruncated(const HttpResponse &response)
{
    m_terminal = true;
    m_socket->write(response.serializeHead(response.body.size()));
    m_socket->write(response.body.left(response.body.size() / 2));
    m_socket->disconnectFromHost();
}

void HttpConnection::sendStalled(const HttpResponse &response)
{
    m_terminal = true;
    m_socket->write(response.serializeHead(response.body.size()));
    m_socket->write(response.body.left(qMax(1, int(response.body.size() / 3))));
    m_socket->flush();
}

void HttpConnection::sendHuge(const HttpResponse &head, qint64 bytes)
{
    m_socket->write(head.serializeHead(bytes));
    m_hugeTotal = bytes;
    m_hugeRemaining = bytes;
    m_hugeSent = 0;
    if (bytes == 0) {
        finishResponse();
        return;
    }
    pumpHuge();
}

void HttpConnection::pumpHuge()
{
    // Body: {"padding":"xxxx...x"} with exactly m_hugeTotal bytes (plain x's when too small).
    static const QByteArray prefix = "{\"padding\":\"";
    static const QByteArray suffix = "\"}";
    const bool framed = m_hugeTotal >= prefix.size() + suffix.size();
    while (m_hugeRemaining > 0 && m_socket->bytesToWrite() < 4 * kHugeChunk) {
        const qint64 n = qMin(kHugeChunk, m_hugeRemaining);
        QByteArray chunk(int(n), 'x');
        if (framed) {
            // Overlay the prefix and suffix where this chunk [m_hugeSent, m_hugeSent + n) meets them.
            for (qint64 pos = m_hugeSent; pos < m_hugeSent + n && pos < prefix.size(); ++pos)
                chunk[int(pos - m_hugeSent)] = prefix.at(int(pos));
            const qint64 suffixStart = m_hugeTotal - suffix.size();
            for (qint64 pos = qMax(m_hugeSent, suffixStart); pos < m_hugeSent + n; ++pos)
                chunk[int(pos - m_hugeSent)] = suffix.at(int(pos - suffixStart));
        }
        m_socket->write(chunk);
        m_hugeSent += n;
        m_hugeRemaining -= n;
    }
    if (m_hugeRemaining == 0 && m_hugeTotal > 0) {
        m_hugeTotal = 0;
        finishResponse();
    }
}

void HttpConnection::hang()
{
    m_terminal = true;
}

void HttpConnection::reset()
{
    m_terminal = true;
    m_socket->abort();
    deleteLater();
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{ }

bool HttpServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *error)
{
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        ssl->setHandshakeTimeout(10000);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *conn = new HttpConnection(socket, this);
        connect(conn, &HttpConnection::requestReceived, this, [this](HttpConnection *c, const HttpRequest &r) {
            if (m_handler)
                m_handler(c, r);
        });
    }
}

} // namespace sim
