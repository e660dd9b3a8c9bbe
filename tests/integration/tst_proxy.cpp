// The proxy from the environment (api/ProxyRule) through a real proxy: Debian's tinyproxy on
// loopback (ProxyServer), whose log shows every request it received, so a request that bypasses
// it fails the test. harbor-sim over http and over https (CONNECT), a real docker-registry, no_proxy,
// a proxy that refuses its credentials (407), and what berthctl says about it.
#include "api/ApiJob.h"
#include "api/ApiTransport.h"
#include "BerthctlProcess.h"
#include "diagnosis/ErrorPresenter.h"
#include "ProxyServer.h"
#include "RegistryServer.h"
#include "SimServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

const char *const kVariables[]
    = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"};

void clearProxyEnvironment()
{
    for (const char *v : kVariables)
        qunsetenv(v);
}

struct Outcome
{
    bool ok = false;
    int status = 0;
    ApiError error;
};

// One GET through a fresh transport (which reads the environment when it is made).
Outcome get(const QUrl &base, const QString &path, const QString &caFile = {})
{
    ConnectionSettings s;
    s.baseUrl = base;
    s.caFile = caFile;
    s.timeoutMs = 20000;
    s.maxTries = 1;
    ApiTransport transport(s);
    ApiRequest req;
    req.url = base.resolved(QUrl(path));
    req.withCredentials = false;
    ApiJob *job = transport.send(req);
    job->setAutoDelete(false);
    QSignalSpy finished(job, &ApiJob::finished);
    Outcome out;
    if (!job->isFinished() && !QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        out.error.kind = ApiError::Kind::Timeout;
        return out;
    }
    out.ok = job->ok();
    out.status = job->status();
    out.error = job->error();
    return out;
}

QString lines(const QStringList &l)
{
    return l.join(QLatin1Char('\n'));
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    SimServer plain;
    SimServer tls;
    ProxyServer proxy; // open
    ProxyServer guarded; // BasicAuth pxuser / the password below
    QTemporaryDir home;
    const QString kProxyPassword = QStringLiteral("Px-s3cret-9");

private Q_SLOTS:
    void initTestCase()
    {
        clearProxyEnvironment();
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        QVERIFY2(tls.start({QStringLiteral("--tls")}), qPrintable(tls.errorString()));
        ProxyServer::Options open;
        open.connectPorts = {tls.port()};
        QVERIFY2(proxy.start(open), qPrintable(proxy.errorString()));
        ProxyServer::Options auth;
        auth.user = QStringLiteral("pxuser");
        auth.password = kProxyPassword;
        auth.connectPorts = {tls.port()};
        QVERIFY2(guarded.start(auth), qPrintable(guarded.errorString()));
        QVERIFY(home.isValid());
    }

    void init()
    {
        clearProxyEnvironment();
        proxy.clearRequests();
        guarded.clearRequests();
    }

    void cleanup() { clearProxyEnvironment(); }

    void cleanupTestCase()
    {
        clearProxyEnvironment();
        proxy.stop();
        guarded.stop();
    }

    // http_proxy: the request goes to the proxy as an absolute URL. Qt's own system proxy
    // would skip a loopback target (QGlobalNetworkProxy::proxyForQuery) and leave the log empty.
    void httpThroughProxy()
    {
        qputenv("http_proxy", proxy.url());
        const Outcome r = get(plain.url(), QStringLiteral("api/v2.0/systeminfo"));
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        const QString expected = QStringLiteral("GET %1api/v2.0/systeminfo HTTP/1.1").arg(plain.url().toString());
        QVERIFY2(proxy.requests().contains(expected), qPrintable(lines(proxy.requests())));
    }

    // https_proxy: CONNECT to the TLS port, the certificate still checked against the CA file.
    void httpsThroughConnect()
    {
        qputenv("https_proxy", proxy.url());
        qputenv("http_proxy", guarded.url()); // never used for https
        const Outcome r = get(tls.url(), QStringLiteral("api/v2.0/systeminfo"), tls.certificatePath());
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        QCOMPARE(proxy.requests(), QStringList {QStringLiteral("CONNECT 127.0.0.1:%1 HTTP/1.1").arg(tls.port())});
        QVERIFY2(guarded.requests().isEmpty(), qPrintable(lines(guarded.requests())));
    }

    // HTTPS_PROXY in upper case counts (curl); HTTP_PROXY never does (CGI sets it from a header).
    void upperCase()
    {
        qputenv("HTTPS_PROXY", proxy.url());
        qputenv("HTTP_PROXY", proxy.url());
        QVERIFY2(get(tls.url(), QStringLiteral("api/v2.0/systeminfo"), tls.certificatePath()).ok, "https");
        QVERIFY2(get(plain.url(), QStringLiteral("api/v2.0/systeminfo")).ok, "http");
        QCOMPARE(proxy.requests(), QStringList {QStringLiteral("CONNECT 127.0.0.1:%1 HTTP/1.1").arg(tls.port())});
    }

    // no_proxy in its forms: the request goes direct and the proxy sees nothing.
    void noProxyBypasses_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QString>("value"); // %1 = the server's port
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("IP") << QByteArray("no_proxy") << "127.0.0.1%1" << true;
        QTest::newRow("IP:port") << QByteArray("no_proxy") << "example.org, 127.0.0.1:%1" << true;
        QTest::newRow("IP:other port") << QByteArray("no_proxy") << "127.0.0.1:1%1" << false;
        QTest::newRow("CIDR") << QByteArray("NO_PROXY") << "127.0.0.0/8%1" << true;
        QTest::newRow("*") << QByteArray("no_proxy") << "*%1" << true;
        QTest::newRow("another host") << QByteArray("no_proxy") << "registry.example.com,.corp%1" << false;
    }

    void noProxyBypasses()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QString, value);
        QFETCH(bool, bypassed);
        qputenv("http_proxy", proxy.url());
        qputenv("https_proxy", proxy.url());
        // %1: the port where the entry names one, nothing elsewhere.
        qputenv(variable.constData(),
            value.arg(value.contains(QLatin1String(":%1")) ? QString::number(plain.port()) : QString()).toUtf8());
        const Outcome r = get(plain.url(), QStringLiteral("api/v2.0/systeminfo"));
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        QCOMPARE(proxy.requests().isEmpty(), bypassed);
    }

    // tinyproxy with BasicAuth answers 407 to a request without credentials, to the request
    // itself (http) or to CONNECT (https): the proxy's own explanation, naming it by host:port.
    // The right credentials in the variable pass. (tinyproxy 1.11.1 answers WRONG credentials
    // with 401 instead, see refusedCredentials() for those.)
    void proxyAuthentication_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("withCredentials");
        QTest::newRow("http, none") << false << false;
        QTest::newRow("https, none") << true << false;
        QTest::newRow("http, right") << false << true;
        QTest::newRow("https, right") << true << true;
    }

    void proxyAuthentication()
    {
        QFETCH(bool, https);
        QFETCH(bool, withCredentials);
        qputenv(https ? "https_proxy" : "http_proxy",
            withCredentials ? guarded.url(QStringLiteral("pxuser"), kProxyPassword) : guarded.url());
        const Outcome r = https ? get(tls.url(), QStringLiteral("api/v2.0/systeminfo"), tls.certificatePath())
                                : get(plain.url(), QStringLiteral("api/v2.0/systeminfo"));
        QVERIFY2(!guarded.requests().isEmpty(), "the proxy saw the request");
        if (withCredentials) {
            QVERIFY2(r.ok, qPrintable(r.error.summary()));
            return;
        }
        QVERIFY(!r.ok);
        QCOMPARE(r.error.proxy, guarded.hostPort());
        const Diagnosis d = ErrorPresenter::present(r.error);
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy_error"));
        QVERIFY2(d.title.contains(guarded.hostPort()), qPrintable(d.title));
        QVERIFY2(d.title.contains(QLatin1String("refused the proxy credentials")), qPrintable(d.title));
    }

    // A proxy that refuses every credential (407 to each request, as squid does to a wrong
    // password): Qt answers the first 407 with the credentials from the variable, the proxy
    // refuses them again, and the explanation names the proxy and never its password.
    void refusedCredentials_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http") << false;
        QTest::newRow("https (CONNECT)") << true;
    }

    void refusedCredentials()
    {
        QFETCH(bool, https);
        QTcpServer refusing;
        QVERIFY(refusing.listen(QHostAddress::LocalHost, 0));
        QByteArrayList received;
        connect(&refusing, &QTcpServer::newConnection, this, [&refusing, &received] {
            while (QTcpSocket *s = refusing.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &received] {
                    received << s->readAll();
                    s->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                             "realm=\"test\"\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n");
                });
            }
        });
        const QString host = QStringLiteral("127.0.0.1:%1").arg(refusing.serverPort());
        qputenv(https ? "https_proxy" : "http_proxy", QByteArray("http://pxuser:Wrong-s3cret-1@") + host.toLatin1());
        const Outcome r = https ? get(tls.url(), QStringLiteral("api/v2.0/systeminfo"), tls.certificatePath())
                                : get(plain.url(), QStringLiteral("api/v2.0/systeminfo"));
        QVERIFY(!r.ok);
        QVERIFY2(received.join().contains("Proxy-Authorization: Basic "), received.join().constData());
        QCOMPARE(r.error.proxy, host);
        const Diagnosis d = ErrorPresenter::present(r.error);
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy_error"));
        QVERIFY2(d.title.contains(host), qPrintable(d.title));
        const QString all = ErrorPresenter::terminalText(r.error) + r.error.summary();
        QVERIFY2(!all.contains(QLatin1String("s3cret")) && !all.contains(QLatin1String("pxuser:")), qPrintable(all));
    }

    // berthctl: the same explanation, and -v says which proxy (host:port only).
    void berthctlThroughProxy()
    {
        BerthctlProcess ctl(home.path());
        qputenv("http_proxy", guarded.url());
        const QStringList args {QStringLiteral("ls"), QStringLiteral("--url"), plain.url().toString()};
        BerthctlRun r = ctl.run(args);
        QVERIFY2(r.exitCode > 0, r.err.constData());
        QVERIFY2(r.err.contains("proxy_error"), r.err.constData());
        QVERIFY2(r.err.contains("refused the proxy credentials"), r.err.constData());
        QVERIFY2(r.err.contains(guarded.hostPort().toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), r.err.constData());

        qputenv("http_proxy", guarded.url(QStringLiteral("pxuser"), kProxyPassword));
        r = ctl.run(QStringList {QStringLiteral("-v")} + args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            r.err.contains("through proxy " + guarded.hostPort().toUtf8() + " from http_proxy"), r.err.constData());
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), r.err.constData());
        QVERIFY2(!guarded.requests().isEmpty(), "berthctl went through the proxy");
    }

    // A real registry (docker-registry) through the proxy: GET /v2/.
    void registryThroughProxy()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        qputenv("http_proxy", proxy.url());
        const Outcome r = get(registry.url(), QStringLiteral("/v2/"));
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        QVERIFY2(proxy.requests().contains(QStringLiteral("GET %1/v2/ HTTP/1.1").arg(registry.url().toString())),
            qPrintable(lines(proxy.requests())));
        registry.stop();
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
