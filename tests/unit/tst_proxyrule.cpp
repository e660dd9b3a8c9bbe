#include "api/ApiError.h"
#include "api/ProxyRule.h"
#include "diagnosis/ErrorPresenter.h"

#include <QNetworkReply>
#include <QtTest>

using namespace berth;

// The one proxy rule (api/ProxyRule): which variable, no_proxy, loopback, and that the proxy's
// credentials reach the QNetworkProxy and nothing printable.
class TestProxyRule : public QObject
{
    Q_OBJECT

private:
    static QString kindName(ProxyChoice::Kind k)
    {
        switch (k) {
        case ProxyChoice::Kind::Direct:
            return QStringLiteral("direct");
        case ProxyChoice::Kind::Http:
            return QStringLiteral("http");
        case ProxyChoice::Kind::Socks5:
            return QStringLiteral("socks5");
        case ProxyChoice::Kind::Socks5RemoteDns:
            return QStringLiteral("socks5h");
        }
        return {};
    }

    static QStringList variables()
    {
        return {
            "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"};
    }

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("http");
        QTest::addColumn<QByteArray>("https");
        QTest::addColumn<QByteArray>("all");
        QTest::addColumn<QByteArray>("noProxy");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("source");

        const QString reg = QStringLiteral("https://registry.example.com/v2/");
        const QString plain = QStringLiteral("http://registry.example.com/v2/");
        QTest::newRow("nothing set") << reg << QByteArray() << QByteArray() << QByteArray() << QByteArray() << "direct"
                                     << ""
                                     << "";
        QTest::newRow("https uses https_proxy")
            << reg << QByteArray("http://h:1") << QByteArray("http://s:2") << QByteArray() << QByteArray() << "http"
            << "s:2"
            << "https_proxy";
        QTest::newRow("http uses http_proxy")
            << plain << QByteArray("http://h:1") << QByteArray("http://s:2") << QByteArray() << QByteArray() << "http"
            << "h:1"
            << "http_proxy";
        // curl, unlike libproxy and Qt's generic code: no fallback from https to http_proxy.
        QTest::newRow("https never falls back to http_proxy")
            << reg << QByteArray("http://h:1") << QByteArray() << QByteArray() << QByteArray() << "direct"
            << ""
            << "";
        QTest::newRow("https falls back to all_proxy")
            << reg << QByteArray("http://h:1") << QByteArray() << QByteArray("http://a:3") << QByteArray() << "http"
            << "a:3"
            << "all_proxy";
        QTest::newRow("http falls back to all_proxy")
            << plain << QByteArray() << QByteArray("http://s:2") << QByteArray("a:3") << QByteArray() << "http"
            << "a:3"
            << "all_proxy";
        QTest::newRow("no scheme is http, no port is 1080")
            << reg << QByteArray() << QByteArray("proxy.corp") << QByteArray() << QByteArray() << "http"
            << "proxy.corp:1080"
            << "https_proxy";
        QTest::newRow("socks5") << reg << QByteArray() << QByteArray("socks5://s:1080") << QByteArray() << QByteArray()
                                << "socks5"
                                << "s:1080"
                                << "https_proxy";
        QTest::newRow("socks5h") << reg << QByteArray() << QByteArray("socks5h://s:9") << QByteArray() << QByteArray()
                                 << "socks5h"
                                 << "s:9"
                                 << "https_proxy";
        QTest::newRow("https:// proxy unsupported")
            << reg << QByteArray() << QByteArray("https://s:443") << QByteArray() << QByteArray() << "direct"
            << ""
            << "https_proxy";
        QTest::newRow("IPv6 proxy") << reg << QByteArray() << QByteArray("http://[fd00::1]:3128") << QByteArray()
                                    << QByteArray() << "http"
                                    << "[fd00::1]:3128"
                                    << "https_proxy";
        QTest::newRow("no_proxy lists the host") << reg << QByteArray() << QByteArray("s:2") << QByteArray()
                                                 << QByteArray("registry.example.com") << "direct"
                                                 << ""
                                                 << "";
        QTest::newRow("no_proxy lists another host")
            << reg << QByteArray() << QByteArray("s:2") << QByteArray() << QByteArray("other.example.com") << "http"
            << "s:2"
            << "https_proxy";
        QTest::newRow("no_proxy *") << reg << QByteArray() << QByteArray("s:2") << QByteArray() << QByteArray("*")
                                    << "direct"
                                    << ""
                                    << "";
        // Loopback: through a loopback proxy unless listed; never to a remote proxy.
        QTest::newRow("loopback target, loopback proxy")
            << "http://127.0.0.1:5000/v2/" << QByteArray("http://127.0.0.1:3128") << QByteArray() << QByteArray()
            << QByteArray() << "http"
            << "127.0.0.1:3128"
            << "http_proxy";
        QTest::newRow("localhost target, loopback proxy, no_proxy lists it")
            << "https://localhost:5000/v2/" << QByteArray() << QByteArray("http://127.0.0.1:3128") << QByteArray()
            << QByteArray("localhost") << "direct"
            << ""
            << "";
        QTest::newRow("loopback target, no_proxy lists 127.0.0.0/8")
            << "http://127.0.0.1:5000/" << QByteArray("http://127.0.0.1:3128") << QByteArray() << QByteArray()
            << QByteArray("127.0.0.0/8") << "direct"
            << ""
            << "";
        QTest::newRow("loopback target, remote proxy")
            << "http://127.0.0.1:5000/v2/" << QByteArray("http://proxy.corp:3128") << QByteArray() << QByteArray()
            << QByteArray() << "direct"
            << ""
            << "";
        QTest::newRow("[::1] target, remote proxy")
            << "https://[::1]:5000/" << QByteArray() << QByteArray("proxy.corp:3128") << QByteArray() << QByteArray()
            << "direct"
            << ""
            << "";
    }

    void choose()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, http);
        QFETCH(QByteArray, https);
        QFETCH(QByteArray, all);
        QFETCH(QByteArray, noProxy);
        QFETCH(QString, kind);
        QFETCH(QString, display);
        QFETCH(QString, source);
        ProxyEnvironment env;
        env.httpProxy = http;
        env.httpsProxy = https;
        env.allProxy = all;
        env.noProxy = noProxy;
        const ProxyChoice c = chooseProxy(QUrl(url), env);
        QCOMPARE(kindName(c.kind), kind);
        QCOMPARE(c.display(), display);
        QCOMPARE(c.source, source);
        if (c.isDirect() && !env.isEmpty())
            QVERIFY2(!c.reason.isEmpty(), "a direct decision with a proxy set says why");
    }

    void noProxy_data()
    {
        QTest::addColumn<QByteArray>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("matches");

        QTest::newRow("empty") << QByteArray() << "a.example.com" << 443 << false;
        QTest::newRow("exact") << QByteArray("a.example.com") << "a.example.com" << 443 << true;
        QTest::newRow("case") << QByteArray("A.Example.COM") << "a.example.com" << 443 << true;
        QTest::newRow("suffix") << QByteArray("example.com") << "a.example.com" << 443 << true;
        QTest::newRow("suffix needs a dot") << QByteArray("example.com") << "badexample.com" << 443 << false;
        QTest::newRow("leading dot, sub-domain") << QByteArray(".example.com") << "a.example.com" << 443 << true;
        QTest::newRow("leading dot, the domain itself") << QByteArray(".example.com") << "example.com" << 443 << true;
        QTest::newRow("*. prefix") << QByteArray("*.example.com") << "a.example.com" << 443 << true;
        QTest::newRow("trailing dot on host") << QByteArray("example.com") << "a.example.com." << 443 << true;
        QTest::newRow("list with spaces") << QByteArray("x.org, y.org ,example.com") << "example.com" << 443 << true;
        QTest::newRow("list, none") << QByteArray("x.org,y.org") << "example.com" << 443 << false;
        QTest::newRow("star alone") << QByteArray("*") << "anything" << 80 << true;
        QTest::newRow("star in a list") << QByteArray("x.org,*") << "anything" << 80 << true;
        QTest::newRow("host:port, same port") << QByteArray("reg.local:5000") << "reg.local" << 5000 << true;
        QTest::newRow("host:port, other port") << QByteArray("reg.local:5000") << "reg.local" << 443 << false;
        QTest::newRow("IPv4 literal") << QByteArray("10.1.2.3") << "10.1.2.3" << 443 << true;
        QTest::newRow("IPv4 literal is not a suffix") << QByteArray("2.3") << "10.1.2.3" << 443 << false;
        QTest::newRow("IPv4 CIDR") << QByteArray("10.0.0.0/8") << "10.1.2.3" << 443 << true;
        QTest::newRow("IPv4 CIDR, outside") << QByteArray("10.0.0.0/8") << "11.1.2.3" << 443 << false;
        QTest::newRow("IPv4:port") << QByteArray("127.0.0.1:5000") << "127.0.0.1" << 5000 << true;
        QTest::newRow("IPv4:port, other port") << QByteArray("127.0.0.1:5000") << "127.0.0.1" << 5001 << false;
        QTest::newRow("IPv6 bare") << QByteArray("::1") << "[::1]" << 443 << true;
        QTest::newRow("IPv6 other spelling") << QByteArray("0:0::1") << "::1" << 443 << true;
        QTest::newRow("IPv6 bracketed with port") << QByteArray("[::1]:5000") << "::1" << 5000 << true;
        QTest::newRow("IPv6 bracketed, other port") << QByteArray("[::1]:5000") << "::1" << 5001 << false;
        QTest::newRow("IPv6 CIDR") << QByteArray("fd00::/8") << "fd12::5" << 443 << true;
        QTest::newRow("IP entry never matches a name") << QByteArray("127.0.0.1") << "localhost" << 443 << false;
        QTest::newRow("name entry never matches an IP") << QByteArray("localhost") << "127.0.0.1" << 443 << false;
        QTest::newRow("garbage port") << QByteArray("reg.local:x") << "reg.local" << 443 << false;
    }

    void noProxy()
    {
        QFETCH(QByteArray, noProxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, matches);
        QCOMPARE(noProxyMatches(noProxy, host, port), matches);
    }

    // The process environment, as curl reads it.
    void fromProcess_data()
    {
        QTest::addColumn<QStringList>("set"); // NAME=value
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("display");

        QTest::newRow("HTTP_PROXY is never read (CGI)")
            << QStringList {"HTTP_PROXY=http://h:1"} << "http://r.example.com/"
            << "";
        QTest::newRow("http_proxy") << QStringList {"http_proxy=http://h:1"} << "http://r.example.com/"
                                    << "h:1";
        QTest::newRow("HTTPS_PROXY") << QStringList {"HTTPS_PROXY=http://s:2"} << "https://r.example.com/"
                                     << "s:2";
        QTest::newRow("https_proxy before HTTPS_PROXY")
            << QStringList {"HTTPS_PROXY=http://upper:2", "https_proxy=http://lower:2"} << "https://r.example.com/"
            << "lower:2";
        QTest::newRow("ALL_PROXY") << QStringList {"ALL_PROXY=http://a:3"} << "https://r.example.com/"
                                   << "a:3";
        QTest::newRow("NO_PROXY") << QStringList {"https_proxy=http://s:2", "NO_PROXY=r.example.com"}
                                  << "https://r.example.com/"
                                  << "";
        QTest::newRow("no_proxy before NO_PROXY")
            << QStringList {"https_proxy=http://s:2", "NO_PROXY=r.example.com", "no_proxy=other.org"}
            << "https://r.example.com/"
            << "s:2";
        QTest::newRow("empty https_proxy is unset")
            << QStringList {"https_proxy=", "HTTPS_PROXY=http://s:2"} << "https://r.example.com/"
            << "s:2";
    }

    void fromProcess()
    {
        QFETCH(QStringList, set);
        QFETCH(QString, url);
        QFETCH(QString, display);
        for (const QString &v : variables())
            qunsetenv(v.toLatin1().constData());
        for (const QString &kv : set) {
            const int eq = kv.indexOf(QLatin1Char('='));
            qputenv(kv.left(eq).toLatin1().constData(), kv.mid(eq + 1).toLatin1());
        }
        const ProxyChoice c = chooseProxy(QUrl(url), ProxyEnvironment::fromProcess());
        for (const QString &v : variables())
            qunsetenv(v.toLatin1().constData());
        QCOMPARE(c.display(), display);
    }

    // The userinfo of the proxy URL reaches the QNetworkProxy (Qt answers the 407 with it) and
    // nothing printable: the choice's texts and what the factory logs for berthctl -v.
    void credentialsStayInside_data()
    {
        QTest::addColumn<QByteArray>("proxyUrl");
        QTest::addColumn<QString>("url");
        QTest::newRow("http proxy") << QByteArray("http://pxuser:s3cr%40t@proxy.corp:3128") << "https://r.example.com/";
        QTest::newRow("no scheme") << QByteArray("pxuser:s3cr%40t@proxy.corp:3128") << "https://r.example.com/";
        QTest::newRow("unsupported scheme")
            << QByteArray("https://pxuser:s3cr%40t@proxy.corp:3128") << "https://r.example.com/";
        QTest::newRow("not a URL") << QByteArray("http://pxuser:s3cr%40t@") << "https://r.example.com/";
    }

    void credentialsStayInside()
    {
        QFETCH(QByteArray, proxyUrl);
        QFETCH(QString, url);
        ProxyEnvironment env;
        env.httpsProxy = proxyUrl;
        const ProxyChoice c = chooseProxy(QUrl(url), env);
        for (const QString &text : {c.display(), c.source, c.reason}) {
            QVERIFY2(!text.contains(QLatin1String("s3cr")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("pxuser")), qPrintable(text));
        }

        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) { logged << msg; });
        QLoggingCategory::setFilterRules(QStringLiteral("berth.*=true"));
        ProxyRuleFactory factory(env);
        const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
        qInstallMessageHandler(previous);
        QCOMPARE(logged.size(), 1);
        QVERIFY2(!logged.constFirst().contains(QLatin1String("s3cr")), qPrintable(logged.constFirst()));
        QVERIFY2(!logged.constFirst().contains(QLatin1String("pxuser")), qPrintable(logged.constFirst()));
        QCOMPARE(proxies.size(), 1);
        if (!c.isDirect()) {
            QVERIFY2(logged.constFirst().contains(QLatin1String("proxy.corp:3128")), qPrintable(logged.constFirst()));
            QCOMPARE(proxies.constFirst().type(), QNetworkProxy::HttpProxy);
            QCOMPARE(proxies.constFirst().hostName(), QStringLiteral("proxy.corp"));
            QCOMPARE(proxies.constFirst().port(), quint16(3128));
            QCOMPARE(proxies.constFirst().user(), QStringLiteral("pxuser"));
            QCOMPARE(proxies.constFirst().password(), QStringLiteral("s3cr@t"));
        } else {
            QCOMPARE(proxies.constFirst().type(), QNetworkProxy::NoProxy);
        }
    }

    // 407, to the request (http) or to CONNECT (https): the proxy explanation, naming the proxy.
    void proxyAuthRefusal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("kind");
        QTest::newRow("CONNECT refused (https)")
            << 0 << int(QNetworkReply::ProxyAuthenticationRequiredError) << int(ApiError::Kind::Network);
        QTest::newRow("407 to the request (http)")
            << 407 << int(QNetworkReply::ProxyAuthenticationRequiredError) << int(ApiError::Kind::HttpOther);
        QTest::newRow("407 status only") << 407 << 0 << int(ApiError::Kind::HttpOther);
    }

    void proxyAuthRefusal()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(int, kind);
        ApiError e;
        e.kind = ApiError::Kind(kind);
        e.method = "GET";
        e.url = QUrl(QStringLiteral("https://r.example.com/v2/"));
        e.httpStatus = status;
        e.networkError = networkError;
        e.proxy = QStringLiteral("proxy.corp:3128");
        e.contentType = QStringLiteral("text/html");
        const Diagnosis d = ErrorPresenter::present(e);
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy_error"));
        QVERIFY2(d.title.contains(QLatin1String("proxy.corp:3128")), qPrintable(d.title));
        QVERIFY2(d.title.contains(QLatin1String("refused")), qPrintable(d.title));
        QVERIFY2(d.explanation.contains(QLatin1String("407")), qPrintable(d.explanation));

        // Without a proxy of Berth's, a 407 is not this explanation.
        e.proxy.clear();
        QVERIFY(!ErrorPresenter::present(e).title.contains(QLatin1String("refused the proxy credentials")));
    }
};

QTEST_GUILESS_MAIN(TestProxyRule)
#include "tst_proxyrule.moc"
