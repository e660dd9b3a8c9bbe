#pragma once

#include <QNetworkReply>
#include <QPointer>

namespace berth {

class HttpResponseParser;
class PlainHttpConnection;
class PlainHttpPool;

// One request sent by PlainHttpPool, seen by its caller as any QNetworkReply: the status and
// reason attributes, the raw headers (repeated fields joined as QNetworkAccessManager joins them),
// the body through read()/readAll(), and the signals metaDataChanged, readyRead,
// downloadProgress, errorOccurred and finished, in that order. abort() ends it at once with
// OperationCanceledError, as Qt's own reply does. Redirects are offered as Qt offers them under
// UserVerifiedRedirectPolicy (redirected(), then redirectAllowed() or abort()). The error codes and texts for HTTP
// statuses and transport failures are the ones Qt 6.4 gives (qtbase src/network/access/ qnetworkreplyhttpimpl.cpp
// statusCodeFromHttp, qhttpnetworkconnection.cpp errorDetail).
class PlainHttpReply final : public QNetworkReply
{
    Q_OBJECT

public:
    PlainHttpReply(PlainHttpPool *pool, const QNetworkRequest &request, const QByteArray &method);
    ~PlainHttpReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // For the pool and its connections.
    const QByteArray &method() const { return m_method; }
    bool isHead() const { return m_method == "HEAD"; }
    // The request message (request line and header block). Holds the Authorization header: the
    // caller overwrites it once written.
    QByteArray message() const;
    // Why the request cannot be sent as it is (a header that would split the message); empty if
    // it can.
    QString refusal() const;
    bool retried() const { return m_retried; }
    void setRetried() { m_retried = true; }
    void attach(PlainHttpConnection *connection) { m_connection = connection; }
    bool isDone() const { return m_done; }
    // The caller has the reply now (PlainHttpPool::send returned): an end that came before is
    // announced on the next turn of the event loop, never inside send().
    void setAnnounced();
    // "host:port", the connections it may use.
    const QString &origin() const { return m_origin; }

    void headersArrived(const HttpResponseParser &parser);
    // Where the connection appends the body as it arrives (no copy in between), and the news
    // that `bytes` more are there.
    QByteArray &receiveBuffer() { return m_buffer; }
    void bodyArrived(qint64 bytes, qint64 total);
    // The unread body, without a copy when nothing was read yet (ApiJob's whole-body read).
    QByteArray takeBody();
    void succeed();
    // A 3xx answer with a Location: redirected() is emitted, and the request goes to the target
    // once redirectAllowed() is (as under Qt's UserVerifiedRedirectPolicy); abort() refuses it.
    void redirectArrived();
    static bool isRedirect(int status);
    void fail(NetworkError code, const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void end();
    void followRedirect();

    QPointer<PlainHttpPool> m_pool;
    QPointer<PlainHttpConnection> m_connection;
    QByteArray m_method;
    QString m_origin;
    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    qint64 m_received = 0;
    bool m_done = false;
    bool m_retried = false;
    bool m_announced = false;
    bool m_endPending = false; // ended before it was announced
    int m_redirectsLeft = 0;
    QUrl m_redirectTarget;
};

} // namespace berth
