// Berth's own plain-http client (api/PlainHttpPool) through ApiTransport and ApiJob, as every
// request to an http:// registry goes, against a scripted server on 127.0.0.1 that misbehaves on
// purpose: kept connections, connections closed behind the client's back, stalls, short bodies,
// garbage, and more requests at once than connections.
#include "api/ApiJob.h"
#include "api/ApiTransport.h"
#include "api/PlainHttpPool.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace berth;

namespace {

// One request as the server read it.
struct SeenRequest
{
    QByteArray head; // request line and header block
    int connection = 0; // which accepted connection carried it (1-based)
};

class ScriptServer : public QObject
{
public:
    // Answers one request on `socket`: write the response (or not), close (or not).
    using Answer = std::function<void(QTcpSocket *socket, const SeenRequest &request, int index)>;

    explicit ScriptServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                const int id = ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s, id] {
                    QByteArray &buffer = m_buffers[s];
                    buffer += s->readAll();
                    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
                        SeenRequest r {buffer.left(end + 4), id};
                        buffer.remove(0, end + 4);
                        requests.append(r);
                        m_answer(s, r, int(requests.size()) - 1);
                    }
                });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort())); }
    void close() { m_server.close(); }

    int connections = 0;
    QList<SeenRequest> requests;

private:
    // Declared before the server, so they outlive the sockets it deletes.
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTcpServer m_server;
};

QByteArray ok(const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

ConnectionSettings settingsFor(const QUrl &url, int timeoutMs = 30000)
{
    ConnectionSettings s;
    s.baseUrl = url;
    s.username = QStringLiteral("robot$ci");
    s.secret = QStringLiteral("Secret-1");
    s.timeoutMs = timeoutMs;
    s.maxTries = 1;
    return s;
}

std::unique_ptr<ApiJob> start(ApiTransport &transport, const QUrl &base, const QString &path,
    const QByteArray &method = "GET", QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ApiRequest r;
    r.method = method;
    r.url = base.resolved(QUrl(path));
    r.headers = std::move(headers);
    ApiJob *job = transport.send(r);
    job->setAutoDelete(false);
    return std::unique_ptr<ApiJob>(job);
}

bool allFinished(const std::vector<std::unique_ptr<ApiJob>> &jobs)
{
    return std::all_of(jobs.begin(), jobs.end(), [](const auto &j) { return j->isFinished(); });
}

} // namespace

class TestPlainHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("BERTH_HTTP_ENGINE"); }

    void keptConnectionCarriesEveryRequest()
    {
        ScriptServer server(
            [](QTcpSocket *s, const SeenRequest &, int i) { s->write(ok("[" + QByteArray::number(i) + "]")); });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        QVERIFY(transport.plainHttp());
        for (int i = 0; i < 20; ++i) {
            auto job = start(transport, server.url(), QStringLiteral("/api/v2.0/projects?page=%1").arg(i));
            QTRY_VERIFY(job->isFinished());
            QVERIFY2(job->ok(), qPrintable(job->error().summary()));
            QCOMPARE(job->body(), "[" + QByteArray::number(i) + "]");
            QCOMPARE(job->status(), 200);
            QCOMPARE(job->responseHeader("content-type"), QByteArray("application/json"));
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(transport.plainHttp()->connectionsOpened(), 1);
    }

    void theRequestOnTheWire()
    {
        ScriptServer server([](QTcpSocket *s, const SeenRequest &, int) { s->write(ok("{}")); });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        auto job
            = start(transport, server.url(), QStringLiteral("/api/v2.0/projects/p/repositories/a%252Fb/artifacts?q=x"),
                "DELETE", {{"X-Harbor-CSRF-Token", "t1"}});
        QTRY_VERIFY(job->isFinished());
        QVERIFY(job->ok());
        QCOMPARE(server.requests.size(), 1);
        const QByteArray head = server.requests.first().head;
        QVERIFY2(head.startsWith("DELETE /api/v2.0/projects/p/repositories/a%252Fb/artifacts?q=x HTTP/1.1\r\n"),
            head.constData());
        QVERIFY(head.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(server.url().port()) + "\r\n"));
        QVERIFY(head.contains("\r\nAuthorization: Basic " + QByteArray("robot$ci:Secret-1").toBase64() + "\r\n"));
        QVERIFY(head.contains("\r\nX-Harbor-CSRF-Token: t1\r\n"));
        QVERIFY(head.contains("\r\nX-Request-Id: "));
        // Nothing that would invite a coding this client does not read.
        QVERIFY(!head.contains("Accept-Encoding"));
    }

    void aHeaderThatWouldSplitTheMessageIsRefused()
    {
        ScriptServer server([](QTcpSocket *s, const SeenRequest &, int) { s->write(ok("{}")); });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        auto job = start(
            transport, server.url(), QStringLiteral("/api/v2.0/projects"), "GET", {{"X-Evil", "a\r\nX-Injected: 1"}});
        QTRY_VERIFY(job->isFinished());
        QVERIFY(!job->ok());
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QVERIFY2(job->error().transportMessage.contains(QLatin1String("line break")),
            qPrintable(job->error().transportMessage));
        QCOMPARE(server.requests.size(), 0);
    }

    void moreRequestsThanConnectionsWaitTheirTurn()
    {
        // Answers are held until all six connections are busy, then sent together.
        QList<QPointer<QTcpSocket>> held;
        ScriptServer server([&held](QTcpSocket *s, const SeenRequest &, int) {
            held.append(s);
            if (held.size() == PlainHttpPool::kConnectionsPerOrigin) {
                for (const auto &h : held)
                    if (h)
                        h->write(ok("[]"));
                held.clear();
            }
        });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        std::vector<std::unique_ptr<ApiJob>> jobs;
        for (int i = 0; i < 4 * PlainHttpPool::kConnectionsPerOrigin; ++i)
            jobs.push_back(start(transport, server.url(), QStringLiteral("/api/v2.0/projects?page=%1").arg(i)));
        QTRY_VERIFY(allFinished(jobs));
        for (const auto &j : jobs)
            QVERIFY2(j->ok(), qPrintable(j->error().summary()));
        QCOMPARE(server.connections, PlainHttpPool::kConnectionsPerOrigin);
        QCOMPARE(server.requests.size(), jobs.size());
    }

    void aConnectionClosedBehindTheClientIsReplaced()
    {
        // The server answers the first request on each connection and keeps it (no
        // "Connection: close"), then closes it when the second arrives, answering nothing: what a
        // server does when its idle timeout and the client's next request cross. That request is
        // sent again on a new connection, once.
        QHash<int, int> perConnection;
        ScriptServer server([&perConnection](QTcpSocket *s, const SeenRequest &r, int) {
            if (++perConnection[r.connection] == 1)
                s->write(ok("[]"));
            else
                s->abort();
        });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        for (int i = 0; i < 5; ++i) {
            auto job = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
            QTRY_VERIFY(job->isFinished());
            QVERIFY2(job->ok(), qPrintable(job->error().summary()));
            QCOMPARE(job->attempts(), 1);
        }
        QCOMPARE(server.connections, 5);
        QCOMPARE(server.requests.size(), 9); // four of them sent twice
    }

    void aSecondCloseIsAFailure()
    {
        // Only one new attempt: a server that closes every connection at once gets no loop.
        ScriptServer server([](QTcpSocket *s, const SeenRequest &r, int i) {
            if (i == 0)
                s->write(ok("[]"));
            else
                s->abort();
            Q_UNUSED(r);
        });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        auto first = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(first->isFinished());
        QVERIFY(first->ok());
        auto second = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(second->isFinished());
        QCOMPARE(second->error().kind, ApiError::Kind::Network);
        QCOMPARE(second->error().transportMessage, QStringLiteral("Connection closed"));
        QCOMPARE(server.requests.size(), 3);
    }

    void connectionCloseIsHonoured()
    {
        ScriptServer server(
            [](QTcpSocket *s, const SeenRequest &, int) { s->write(ok("[]", "Connection: close\r\n")); });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        for (int i = 0; i < 3; ++i) {
            auto job = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
            QTRY_VERIFY(job->isFinished());
            QVERIFY(job->ok());
        }
        QCOMPARE(server.connections, 3);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("response"); // empty: none at all
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // a part of transportMessage

        QTest::newRow("short body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345") << true
                                    << int(ApiError::Kind::Network) << 200
                                    << QStringLiteral("broke before the whole body arrived");
        QTest::newRow("garbage instead of HTTP")
            << QByteArray("hello there\r\n\r\n") << false << int(ApiError::Kind::Network) << 0
            << QStringLiteral("HTTP/1.x status line");
        QTest::newRow("closed without an answer")
            << QByteArray() << true << int(ApiError::Kind::Network) << 0 << QStringLiteral("Connection closed");
        QTest::newRow("stalls") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12") << false
                                << int(ApiError::Kind::Timeout) << 200 << QStringLiteral("no data for");
        const QByteArray harborBody("{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"no such\"}]}");
        QTest::newRow("404 with a Harbor body") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: "
            + QByteArray::number(harborBody.size()) + "\r\n\r\n" + harborBody)
                                                << false << int(ApiError::Kind::NotFound) << 404 << QString();
    }

    void failures()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, closeAfter);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        ScriptServer server([&](QTcpSocket *s, const SeenRequest &, int) {
            if (!response.isEmpty())
                s->write(response);
            s->flush();
            if (closeAfter)
                s->disconnectFromHost();
        });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url(), 400));
        auto job = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(job->isFinished());
        QCOMPARE(int(job->error().kind), kind);
        QCOMPARE(job->status(), status);
        QVERIFY2(job->error().transportMessage.contains(message), qPrintable(job->error().transportMessage));
        if (kind == int(ApiError::Kind::NotFound))
            QCOMPARE(job->error().harborMessage, QStringLiteral("no such"));
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        ApiTransport transport(settingsFor(url));
        auto job = start(transport, url, QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(job->isFinished());
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
        QCOMPARE(job->error().networkError, int(QNetworkReply::ConnectionRefusedError));
        QCOMPARE(job->error().transportMessage, QStringLiteral("Connection refused"));
    }

    void aConnectionThatFailsAtOnceStillFinishes()
    {
        // The kernel refuses a connection to the broadcast address at once (ENETUNREACH; no
        // packet leaves the machine), so Qt reports the error inside connectToHost(). The job
        // must still hear of it: nothing may finish before the caller has its reply. Anonymous,
        // since credentials never go over plain http to another host.
        const QUrl url(QStringLiteral("http://255.255.255.255:9/"));
        ConnectionSettings settings = settingsFor(url);
        settings.username.clear();
        settings.secret.clear();
        ApiTransport transport(settings);
        ApiRequest r;
        r.url = url.resolved(QUrl(QStringLiteral("/v2/")));
        r.withCredentials = false;
        std::unique_ptr<ApiJob> job(transport.send(r));
        job->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 5000);
        QCOMPARE(job->error().kind, ApiError::Kind::Network);
    }

    void aRetryGoesToANewConnection()
    {
        // Two kept connections, both closed by the server at once behind the client's back: the
        // one new attempt goes to a new connection, not to the other stale one.
        QList<QPointer<QTcpSocket>> kept;
        ScriptServer server([&kept](QTcpSocket *s, const SeenRequest &r, int) {
            if (r.connection <= 2) {
                s->write(ok("[]"));
                kept.append(s);
            } else {
                s->write(ok("[]"));
            }
        });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        std::vector<std::unique_ptr<ApiJob>> first;
        for (int i = 0; i < 2; ++i)
            first.push_back(start(transport, server.url(), QStringLiteral("/api/v2.0/projects?page=%1").arg(i)));
        QTRY_VERIFY(allFinished(first));
        QCOMPARE(server.connections, 2);
        // The server drops both; the client has not read the closes yet when the next request
        // goes out (same turn of its event loop).
        for (const auto &s : kept)
            if (s)
                s->abort();
        auto next = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(next->isFinished());
        QVERIFY2(next->ok(), qPrintable(next->error().summary()));
    }

    void abortWhileWaitingAndWhileSent()
    {
        // The server never answers: the first six jobs are on the wire, the rest wait.
        ScriptServer server([](QTcpSocket *, const SeenRequest &, int) {});
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        std::vector<std::unique_ptr<ApiJob>> jobs;
        for (int i = 0; i < 10; ++i)
            jobs.push_back(start(transport, server.url(), QStringLiteral("/api/v2.0/projects?page=%1").arg(i)));
        QTRY_COMPARE(server.requests.size(), PlainHttpPool::kConnectionsPerOrigin);
        for (const auto &j : jobs)
            j->abort();
        QTRY_VERIFY(allFinished(jobs));
        for (const auto &j : jobs)
            QCOMPARE(j->error().kind, ApiError::Kind::Cancelled);
        // The waiting ones were never sent, and the aborted connections are not reused.
        QTest::qWait(50);
        QCOMPARE(server.requests.size(), PlainHttpPool::kConnectionsPerOrigin);
        auto after = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_COMPARE(server.requests.size(), PlainHttpPool::kConnectionsPerOrigin + 1);
        QVERIFY(server.requests.last().connection > PlainHttpPool::kConnectionsPerOrigin);
        after->abort();
    }

    void aListPageOverItsCapIsRefused()
    {
        const QByteArray huge(64 * 1024, 'x');
        ScriptServer server([&](QTcpSocket *s, const SeenRequest &, int) { s->write(ok(huge)); });
        QVERIFY(server.listen());
        ConnectionSettings settings = settingsFor(server.url());
        settings.maxListPageBytes = 1024;
        ApiTransport transport(settings);
        ApiRequest r;
        r.url = server.url().resolved(QUrl(QStringLiteral("/api/v2.0/projects")));
        r.listPage = true;
        std::unique_ptr<ApiJob> job(transport.send(r));
        job->setAutoDelete(false);
        QTRY_VERIFY(job->isFinished());
        QCOMPARE(job->error().kind, ApiError::Kind::BadResponse);
        QVERIFY2(job->error().transportMessage.contains(QLatin1String("list page larger than")),
            qPrintable(job->error().transportMessage));
    }

    void qtsOwnStackOnRequest()
    {
        // BERTH_HTTP_ENGINE=qt: every request goes through QNetworkAccessManager, which asks for
        // compressed answers.
        qputenv("BERTH_HTTP_ENGINE", "qt");
        ScriptServer server([](QTcpSocket *s, const SeenRequest &, int) { s->write(ok("{}")); });
        QVERIFY(server.listen());
        ApiTransport transport(settingsFor(server.url()));
        QVERIFY(!transport.plainHttp());
        auto job = start(transport, server.url(), QStringLiteral("/api/v2.0/projects"));
        QTRY_VERIFY(job->isFinished());
        QVERIFY(job->ok());
        QVERIFY(server.requests.first().head.contains("Accept-Encoding"));
        qunsetenv("BERTH_HTTP_ENGINE");
    }
};

QTEST_GUILESS_MAIN(TestPlainHttp)
#include "tst_plainhttp.moc"
