#include "core/RegistryUrl.h"

#include <QtTest>

using namespace berth;

class TestRegistryUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = error expected
        QTest::addColumn<bool>("warning");

        // Accepted, and what they become.
        QTest::newRow("bare host") << "harbor.example.com"
                                   << "https://harbor.example.com/" << false;
        QTest::newRow("upper case, default port, api path, query")
            << "HTTPS://Harbor.Example.com:443/api/v2.0/projects?x"
            << "https://harbor.example.com/" << false;
        QTest::newRow("surrounding whitespace") << "  harbor.example.com\n"
                                                << "https://harbor.example.com/" << false;
        QTest::newRow("non-default port kept") << "harbor.example.com:8443"
                                               << "https://harbor.example.com:8443/" << false;
        QTest::newRow("http kept") << "http://harbor.example.com"
                                   << "http://harbor.example.com/" << false;
        QTest::newRow("http default port dropped") << "http://harbor.example.com:80/"
                                                   << "http://harbor.example.com/" << false;
        QTest::newRow("https port 80 kept") << "https://harbor.example.com:80"
                                            << "https://harbor.example.com:80/" << false;
        QTest::newRow("http port 443 kept") << "http://harbor.example.com:443"
                                            << "http://harbor.example.com:443/" << false;
        QTest::newRow("portal UI path") << "https://harbor.example.com/harbor/projects/3/repositories"
                                        << "https://harbor.example.com/" << false;
        QTest::newRow("any path") << "https://harbor.example.com/some/where/"
                                  << "https://harbor.example.com/" << false;
        QTest::newRow("fragment") << "https://harbor.example.com/#/projects"
                                  << "https://harbor.example.com/" << false;
        QTest::newRow("user info stripped with warning") << "https://admin:Harbor12345@harbor.example.com/"
                                                         << "https://harbor.example.com/" << true;
        QTest::newRow("robot user info stripped") << "https://robot$x+y@harbor.example.com"
                                                  << "https://harbor.example.com/" << true;
        QTest::newRow("localhost with port") << "localhost:5000"
                                             << "https://localhost:5000/" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/v2.0"
                                       << "http://127.0.0.1:8080/" << false;
        QTest::newRow("ipv6 literal") << "https://[::1]:8443/"
                                      << "https://[::1]:8443/" << false;
        QTest::newRow("trailing dot") << "harbor.example.com."
                                      << "https://harbor.example.com/" << false;
        QTest::newRow("single label") << "harbor"
                                      << "https://harbor/" << false;
        QTest::newRow("idn to punycode") << QStringLiteral("https://hárbor.example.com/")
                                         << "https://xn--hrbor-xqa.example.com/" << false;
        QTest::newRow("mixed-case scheme") << "HtTp://Harbor.Example.COM"
                                           << "http://harbor.example.com/" << false;

        // Rejected.
        QTest::newRow("empty") << "" << QString() << false;
        QTest::newRow("only spaces") << "   " << QString() << false;
        QTest::newRow("inner space") << "harbor example.com" << QString() << false;
        QTest::newRow("docker login command") << "docker login harbor.example.com" << QString() << false;
        QTest::newRow("ftp scheme") << "ftp://harbor.example.com" << QString() << false;
        QTest::newRow("oci scheme") << "oci://harbor.example.com/library" << QString() << false;
        QTest::newRow("no host") << "https://" << QString() << false;
        QTest::newRow("no host with path") << "https:///api/v2.0" << QString() << false;
        QTest::newRow("garbage") << "!!!" << QString() << false;
        QTest::newRow("underscore host") << "harbor_example.com" << QString() << false;
        QTest::newRow("bad port") << "harbor.example.com:99999" << QString() << false;
        QTest::newRow("port zero") << "harbor.example.com:0" << QString() << false;
        QTest::newRow("non-numeric port") << "harbor.example.com:abc" << QString() << false;
        QTest::newRow("label starting with dash") << "-harbor.example.com" << QString() << false;
        QTest::newRow("control character") << QStringLiteral("harbor\x01.example.com") << QString() << false;
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, warning);

        const RegistryUrl result = normalizeRegistryUrl(input);
        if (expected.isEmpty()) {
            QVERIFY2(!result.isValid(), qPrintable(result.url.toString()));
            QVERIFY(!result.error.isEmpty());
            QVERIFY2(result.error.endsWith(QLatin1Char('.')), qPrintable(result.error)); // a sentence
            QVERIFY(result.url.isEmpty());
            return;
        }
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.url.toString(QUrl::FullyEncoded), expected);
        QVERIFY(result.url.toString().endsWith(QLatin1Char('/')));
        QCOMPARE(!result.warning.isEmpty(), warning);
        QVERIFY(result.url.userInfo().isEmpty());
        QVERIFY(!result.url.hasQuery());
        QVERIFY(!result.url.hasFragment());

        // Idempotent: normalising the result changes nothing.
        const RegistryUrl again = normalizeRegistryUrl(result.url.toString(QUrl::FullyEncoded));
        QVERIFY(again.isValid());
        QCOMPARE(again.url, result.url);
        QVERIFY(again.warning.isEmpty());
    }

    void errorSentences()
    {
        QVERIFY(normalizeRegistryUrl(QString()).error.contains(QLatin1String("Enter the registry address")));
        QVERIFY(normalizeRegistryUrl(QStringLiteral("ftp://h")).error.contains(QLatin1String("ftp://")));
        QVERIFY(normalizeRegistryUrl(QStringLiteral("https://")).error.contains(QLatin1String("no host")));
        QVERIFY(normalizeRegistryUrl(QStringLiteral("a b")).error.contains(QLatin1String("spaces")));
        QVERIFY(normalizeRegistryUrl(QStringLiteral("h:99999")).error.contains(QLatin1String("port")));
    }

    // The one loopback rule (isLoopbackHost), used for plain http and for where `explain` may send
    // a pasted secret. Each answer is what the system resolver makes of the host: glibc's
    // getaddrinfo (hosts: files dns) reads IPv4 literals with inet_aton_exact, any case of
    // "localhost" from /etc/hosts, and sends every other name to DNS, whose answer someone else
    // controls. Qt's QUrl and QHostAddress read IPv4 literals the same way (qipaddress.cpp).
    // A wrong "true" would let credentials cross the network in clear, a wrong "false" costs a
    // question: in doubt, false.
    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        // /etc/hosts names localhost; host names are compared without regard to case.
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        // The absolute name is not the /etc/hosts entry: getaddrinfo("localhost.") asks DNS
        // (systemd-resolved answers it itself, a plain resolver does not), and Qt passes it on as is.
        QTest::newRow("localhost.") << "localhost." << false;
        // RFC 6761 lets resolvers keep *.localhost local, but glibc sends it to DNS.
        QTest::newRow("sub.localhost") << "sub.localhost" << false;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
        QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
        // inet_aton: the last part fills the remaining bytes, so these are 127.0.0.1 and 127.0.0.0,
        // and Linux routes all of 127.0.0.0/8 to the loopback interface.
        QTest::newRow("127.1") << "127.1" << true;
        QTest::newRow("127.0.0") << "127.0.0" << true;
        QTest::newRow("one number") << "2130706433" << true;
        // A leading 0 means octal and 0x hex: 0177 is 127, but 0127 is 87, a remote host.
        QTest::newRow("hex 0x7f.1") << "0x7f.1" << true;
        QTest::newRow("octal 0177.0.0.1") << "0177.0.0.1" << true;
        QTest::newRow("octal 0127.0.0.1 is 87.0.0.1") << "0127.0.0.1" << false;
        QTest::newRow("127.0.0.01") << "127.0.0.01" << true;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        // Not a literal (a part above 255, a trailing dot): a name for DNS.
        QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
        QTest::newRow("127.0.0.1.") << "127.0.0.1." << false;
        // "This host" only as a source (RFC 1122 3.2.1.3); Linux happens to connect it locally,
        // other systems refuse it.
        QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << true;
        // IPv4-mapped: a dual-stack socket connects to 127.0.0.1 itself.
        QTest::newRow("mapped 127") << "::ffff:127.0.0.1" << true;
        QTest::newRow("mapped 127, hex") << "[::ffff:7f00:1]" << true;
        QTest::newRow("mapped 10") << "::ffff:10.0.0.1" << false;
        // IPv4-compatible (deprecated, RFC 4291 2.5.5.1): an ordinary IPv6 address, not loopback.
        QTest::newRow("compatible ::127.0.0.1") << "::127.0.0.1" << false;
        QTest::newRow("::2") << "::2" << false;
        QTest::newRow("::") << "::" << false;
        QTest::newRow("[127.0.0.1]") << "[127.0.0.1]" << false; // brackets hold IPv6 only
        // Names that merely start or end like loopback are DNS names: their owners answer.
        QTest::newRow("127.example.com") << "127.example.com" << false;
        QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
        QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("harbor") << "harbor.example.com" << false;
    }

    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(isLoopbackHost(host), loopback);
    }

    void host_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::newRow("plain") << "harbor.example.com"
                               << "harbor.example.com";
        QTest::newRow("port") << "https://harbor.example.com:8443/x"
                              << "harbor.example.com:8443";
        QTest::newRow("default port") << "https://harbor.example.com:443"
                                      << "harbor.example.com";
        QTest::newRow("ipv6") << "https://[::1]:5000"
                              << "[::1]:5000";
        QTest::newRow("idn") << QStringLiteral("hárbor.example.com") << "xn--hrbor-xqa.example.com";
    }

    void host()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        const RegistryUrl url = normalizeRegistryUrl(input);
        QVERIFY2(url.isValid(), qPrintable(url.error));
        QCOMPARE(registryHost(url.url), host);
    }
};

QTEST_GUILESS_MAIN(TestRegistryUrl)
#include "tst_registryurl.moc"
