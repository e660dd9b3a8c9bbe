// A small HTTP/1.1 server on QTcpServer/QSslServer: keep-alive, Content-Length bodies, raw request
// targets. The handler answers each request (possibly later) through HttpConnection::send(); the
// connection processes one request at a time and buffers pipelined ones.
#pragma once

#include <functional>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>

class QTcpServer;
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
    QByteArray body;
    QElapsedTimer timer;

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
    void hang(); // never answer; keep the socket until the peer closes
    void reset(); // abort with no response
    QTcpSocket *socket() const { return m_socket; }
    bool isSecure() const;

Q_SIGNALS:
    void requestReceived(sim::HttpConnection *connection, const sim::HttpRequest &request);

private:
    void onReadyRead();
    void processBuffer();
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
