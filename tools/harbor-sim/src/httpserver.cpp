#include "httpserver.h"

#include "util.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>

namespace sim {

namespace {
constexpr int kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxRegistryBodyBytes = 2LL * 1024 * 1024 * 1024; // on disk, see HttpRequest::kSpoolBytes
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
        if (m_streaming)
            Q_EMIT drained();
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
    if (!m_haveHead) {
        // A TLS ClientHello on the plain port (skopeo and Go clients try https first) holds no
        // CRLF CRLF: answer at once, as Go's server does, so the client falls back without waiting
        // for its handshake timeout.
        while (m_buffer.startsWith("\r\n")) // RFC 9112 2.2: empty lines before a request are ignored
            m_buffer.remove(0, 2);
        if (!m_buffer.isEmpty() && !(m_buffer.at(0) >= 'A' && m_buffer.at(0) <= 'Z')) {
            writeError(400, "malformed request line");
            return;
        }
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
        // Registry blob uploads may be large (they are spooled to disk); everything else keeps the
        // small bound.
        m_maxBody = req.rawPath.startsWith("/v2/") ? kMaxRegistryBodyBytes : kMaxBodyBytes;
        m_chunked = false;
        m_remaining = 0;
        if (req.hasHeader("Transfer-Encoding")) {
            // RFC 9112 6.1: chunked must be the final coding; anything else cannot be framed.
            const QByteArray te = req.header("Transfer-Encoding").trimmed().toLower();
            if (!te.endsWith("chunked")) {
                writeError(501, "only the chunked transfer coding is supported by harbor-sim");
                return;
            }
            if (te != "chunked") {
                writeError(501, "transfer codings other than chunked are not supported by harbor-sim");
                return;
            }
            m_chunked = true;
            m_chunkState = ChunkState::Size;
        } else if (req.hasHeader("Content-Length")) {
            bool ok = false;
            m_remaining = req.header("Content-Length").toLongLong(&ok);
            if (!ok || m_remaining < 0 || m_remaining > m_maxBody) {
                writeError(413, "bad or too large Content-Length");
                return;
            }
        }
        m_buffer.remove(0, headEnd + 4);
        m_req = std::move(req);
        m_haveHead = true;
    }
    if (!readBody()) {
        if (m_terminal)
            return;
        if (!m_sentContinue && m_req.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_sentContinue = false;
    m_haveHead = false;
    HttpRequest req = std::move(m_req);
    m_req = HttpRequest();
    if (req.bodyFile)
        req.bodyFile->flush();
    const QByteArray connection = req.header("Connection").toLower();
    m_closeAfter = connection.contains("close") || (req.version == "HTTP/1.0" && !connection.contains("keep-alive"));
    req.timer.start();
    m_busy = true;
    Q_EMIT requestReceived(this, req);
}

bool HttpConnection::appendBody(const char *data, qint64 n)
{
    if (n <= 0)
        return true;
    if (m_req.bodySize + n > m_maxBody) {
        writeError(413, "request body too large");
        return false;
    }
    if (!m_req.bodyFile && m_req.bodySize + n > HttpRequest::kSpoolBytes) {
        // Large bodies (blob uploads) go to disk, not memory.
        auto file = std::make_shared<QTemporaryFile>();
        if (!file->open() || file->write(m_req.body) != m_req.body.size()) {
            writeError(500, "cannot spool the request body");
            return false;
        }
        m_req.bodyFile = std::move(file);
        m_req.body.clear();
    }
    if (m_req.bodyFile) {
        if (m_req.bodyFile->write(data, n) != n) {
            writeError(500, "cannot spool the request body");
            return false;
        }
    } else {
        m_req.body.append(data, n);
    }
    m_req.bodySize += n;
    return true;
}

bool HttpConnection::readBody()
{
    if (!m_chunked) {
        const qint64 n = qMin<qint64>(m_remaining, m_buffer.size());
        if (!appendBody(m_buffer.constData(), n))
            return false;
        m_buffer.remove(0, n);
        m_remaining -= n;
        return m_remaining == 0;
    }
    // RFC 9112 7.1: chunk-size [ext] CRLF data CRLF ... 0 CRLF trailers CRLF.
    qsizetype pos = 0;
    bool done = false;
    while (!done) {
        if (m_chunkState == ChunkState::Size || m_chunkState == ChunkState::Trailer) {
            const qsizetype eol = m_buffer.indexOf("\r\n", pos);
            if (eol < 0) {
                if (m_buffer.size() - pos > kMaxHeaderBytes) {
                    writeError(400, "malformed chunked body");
                    return false;
                }
                break;
            }
            const QByteArray line = m_buffer.mid(pos, eol - pos);
            pos = eol + 2;
            if (m_chunkState == ChunkState::Trailer) {
                if (line.isEmpty())
                    done = true;
                continue;
            }
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray sizeText = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = false;
            const qint64 size = sizeText.toLongLong(&ok, 16);
            if (!ok || size < 0 || sizeText.isEmpty() || sizeText.size() > 15) {
                writeError(400, "malformed chunk size");
                return false;
            }
            if (size == 0) {
                m_chunkState = ChunkState::Trailer;
            } else {
                m_remaining = size;
                m_chunkState = ChunkState::Data;
            }
        } else if (m_chunkState == ChunkState::Data) {
            const qint64 n = qMin<qint64>(m_remaining, m_buffer.size() - pos);
            if (n == 0)
                break;
            if (!appendBody(m_buffer.constData() + pos, n))
                return false;
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
        } else { // DataEnd: the CRLF after the chunk data
            if (m_buffer.size() - pos < 2)
                break;
            if (m_buffer.mid(pos, 2) != "\r\n") {
                writeError(400, "malformed chunked body");
                return false;
            }
            pos += 2;
            m_chunkState = ChunkState::Size;
        }
    }
    m_buffer.remove(0, pos);
    return done;
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

void HttpConnection::beginStream(const HttpResponse &head, qint64 contentLength)
{
    if (m_terminal || !m_busy)
        return;
    HttpResponse r = head;
    if (m_closeAfter)
        r.setHeader("Connection", "close");
    r.setHeader("Content-Length", QByteArray::number(contentLength));
    m_socket->write(r.serializeHead(contentLength));
    m_streaming = true;
}

void HttpConnection::writeStream(const QByteArray &data)
{
    if (m_streaming && !m_terminal)
        m_socket->write(data);
}

void HttpConnection::endStream()
{
    if (!m_streaming)
        return;
    m_streaming = false;
    if (!m_terminal)
        finishResponse();
}

qint64 HttpConnection::pendingOutput() const
{
    return m_socket->bytesToWrite();
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
