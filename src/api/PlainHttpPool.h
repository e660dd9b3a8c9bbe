#pragma once

#include "core/HttpResponseParser.h"
#include "PlainHttpReply.h"

#include <QAbstractSocket>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace berth {

class PlainHttpPool;

// One keep-alive TCP connection of PlainHttpPool, carrying one request at a time.
class PlainHttpConnection final : public QObject
{
    Q_OBJECT

public:
    PlainHttpConnection(PlainHttpPool *pool, const QString &host, quint16 port, const QString &key);

    const QString &key() const { return m_key; }
    PlainHttpReply *current() const { return m_reply.data(); }
    bool isIdle() const { return !m_reply && !m_closed; }
    int served() const { return m_served; }
    void start(PlainHttpReply *reply, int timeoutMs);
    // The current reply went away (aborted): what it left on the wire makes the connection
    // unusable.
    void drop();

private:
    void sendRequest();
    void onReadyRead();
    void readAvailable();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void complete(bool reusable);
    void failReply(QNetworkReply::NetworkError code, const QString &message);
    void closeConnection();

    PlainHttpPool *m_pool;
    QString m_host;
    quint16 m_port;
    QString m_key;
    QTcpSocket *m_socket;
    QTimer m_timer;
    HttpResponseParser m_parser;
    QPointer<PlainHttpReply> m_reply;
    int m_served = 0;
    bool m_headersDelivered = false;
    bool m_closed = false;
};

// Berth's own HTTP/1.1 client for plain http without a proxy, behind the QNetworkReply interface.
// Qt 6.4's QNetworkAccessManager opens its plain TCP sockets unbuffered and reads every byte of a
// response's status line and header fields with a read() system call of its own
// (qhttpnetworkconnectionchannel.cpp connects with QIODevice::Unbuffered;
// qhttpnetworkreply.cpp readStatus/readHeader read one char at a time): about 300 system calls a
// response, which at 50,000 manifests was most of a storage scan's CPU. This pool reads whatever
// the socket has at once. TLS, proxies, redirects, request bodies and streamed responses stay
// with Qt (ApiJob picks); redirects are offered to the caller as Qt offers them; so do requests when
// BERTH_HTTP_ENGINE=qt is set.
//
// Like Qt: at most six connections per host and port, requests beyond that wait in order, a
// connection is kept while the server allows it, and a request that finds its reused connection
// closed by the server before any answer is sent once more on a new one.
class PlainHttpPool final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kConnectionsPerOrigin = 6;

    explicit PlainHttpPool(QObject *parent = nullptr);
    ~PlainHttpPool() override;

    // Whether this pool is in use at all (BERTH_HTTP_ENGINE=qt turns it off, for comparison).
    static bool enabledByEnvironment();
    // The requests it sends: GET, HEAD and DELETE without a body to an http:// URL.
    static bool canSend(const QByteArray &method, const QUrl &url);

    QNetworkReply *send(const QNetworkRequest &request, const QByteArray &method);
    int connectionsOpened() const { return m_opened; }

    // For replies and connections.
    void forget(PlainHttpReply *reply);
    void retry(PlainHttpReply *reply);
    void resend(PlainHttpReply *reply); // to a redirect's target
    void connectionIdle();
    void connectionClosed(PlainHttpConnection *connection);

private:
    void pump();
    void pumpOnce();

    QList<QPointer<PlainHttpReply>> m_queue;
    QList<PlainHttpConnection *> m_connections;
    int m_opened = 0;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_destroying = false;
};

} // namespace berth
