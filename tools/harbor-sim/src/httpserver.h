// A small HTTP/1.1 server on QTcpServer/QSslServer: keep-alive, Content-Length and chunked request
// bodies (large ones spooled to a temporary file), raw request targets. The handler answers each
// request (possibly later) through HttpConnection::send() or the streaming calls; the connection
// processes one request at a time and buffers pipelined ones.
#pragma once

#include <functional>
#include <memory>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>

class QTcpServer;
class QTemporaryFile;
class QTcpSocket;

namespace sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request target exactly as received (path + query)
    QByteArray rawPath; // target up to '?'
    QByteArray rawQuery; // after '?', without it
    QByteArray version;
    HeaderList headers; // names as received
    QByteArray body; // the whole body, unless it was spooled to bodyFile
    std::shared_ptr<QTemporaryFile> bodyFile; // bodies above kSpoolBytes (blob uploads); open, any position
    qint64 bodySize = 0;
    QElapsedTimer timer;

    static constexpr qint64 kSpoolBytes = 4 * 1024 * 1024;
    bool bodySpooled() const { return bodyFile != nullptr; }

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces (case-insensitive)
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray header(const QByteArray &name) const;
    void removeHeader(const QByteArray &name);
    QByteArray serializeHead(qint64 contentLength) const;
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, QObject *parent);
    ~HttpConnection() override;

    // Normal answer: writes the response (Content-Length = body size) and continues with the
    // next request unless the connection is to be closed.
    void send(const HttpResponse &response);
    // Fault helpers: raw writes that leave the connection in a terminal state.
    void sendTruncated(const HttpResponse &response); // full Content-Length, half the body, close
    void sendStalled(const HttpResponse &response); // headers + part of the body, then nothing
    void sendHuge(const HttpResponse &head, qint64 bytes); // streams a body of `bytes` bytes
    // Streaming answer: the head with a known Content-Length, then the body in pieces, then end.
    void beginStream(const HttpResponse &head, qint64 contentLength);
    void writeStream(const QByteArray &data);
    void endStream();
    qint64 pendingOutput() const; // bytes the socket has not written yet (back-pressure)
    void hang(); // never answer; keep the socket until the peer closes
    void reset(); // abort with no response
    QTcpSocket *socket() const { return m_socket; }
    bool isSecure() const;

Q_SIGNALS:
    void requestReceived(sim::HttpConnection *connection, const sim::HttpRequest &request);
    void drained(); // the socket wrote data while a streamed answer is open

private:
    void onReadyRead();
    void processBuffer();
    bool readBody(); // moves body bytes from m_buffer into m_req; true when the body is complete
    bool appendBody(const char *data, qint64 n);
    void finishResponse();
    void writeError(int status, const QByteArray &message);
    void pumpHuge();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_terminal = false;
    bool m_sentContinue = false;
    qint64 m_hugeRemaining = 0;
    qint64 m_hugeTotal = 0;
    qint64 m_hugeSent = 0;
    bool m_streaming = false;
    // The request whose body is being read.
    bool m_haveHead = false;
    HttpRequest m_req;
    bool m_chunked = false;
    qint64 m_remaining = 0; // Content-Length bytes left, or the current chunk's
    enum class ChunkState { Size, Data, DataEnd, Trailer } m_chunkState = ChunkState::Size;
    qint64 m_maxBody = 0;
};

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;
    explicit HttpServer(QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *error);
    quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    Handler m_handler;
};

} // namespace sim
