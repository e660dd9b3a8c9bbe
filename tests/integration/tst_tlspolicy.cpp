// Security rules of the request policy against harbor-sim on loopback: TLS verification
// with `--tls`, a CA file and a pinned certificate; no https -> http downgrade; no Authorization
// header across origins on redirect; no cookie, ever; no Basic credentials over plain http to a
// remote host unless the profile allows it.
#include "api/HarborClient.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryFile>
#include <QTest>

using namespace berth;

namespace {

const QString &kRobot = SimAccounts::kCleaner;
const QString &kSecret = SimAccounts::kCleanerSecret;

enum class Trust { None, CaFile, Pin };

ConnectionSettings settingsFor(const QUrl &url, bool withCredentials = true)
{
    ConnectionSettings s;
    s.baseUrl = url;
    if (withCredentials) {
        s.username = kRobot;
        s.secret = kSecret;
    }
    s.timeoutMs = 20000;
    s.maxTries = 1; // one attempt: every assertion below is about that one request
    return s;
}

struct Outcome
{
    bool ok = false;
    ApiError error;
    QByteArray body;
    QByteArray setCookie;
};

// One raw request through the client's job, waited for with a signal spy.
Outcome send(HarborClient &client, const QString &path, const QByteArray &method = "GET")
{
    Outcome out;
    ApiRequest req;
    req.method = method;
    req.url = client.baseUrl().resolved(QUrl(path));
    ApiJob *job = client.send(req);
    job->setAutoDelete(false); // the client still owns it and deletes it with itself
    QSignalSpy finished(job, &ApiJob::finished);
    if (!job->isFinished() && !QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000)) {
        out.error.kind = ApiError::Kind::Timeout;
        out.error.detail = QStringLiteral("the test gave up waiting");
        return out;
    }
    out.ok = job->ok();
    out.error = job->error();
    out.body = job->body();
    out.setCookie = job->responseHeader("Set-Cookie");
    return out;
}

QString kindName(const ApiError &e)
{
    return ApiError::kindName(e.kind);
}

QStringList hostsIn(const QJsonArray &log)
{
    QStringList hosts;
    for (const QJsonValue &v : log)
        hosts << v.toObject().value(QStringLiteral("host")).toString();
    return hosts;
}

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

private:
    SimServer tls; // https, self-signed certificate
    SimServer plain; // http: a second origin for redirects
    SimServer other; // https with a different certificate: a CA that does not match
    QString certSha256; // hex, computed here from the PEM file, independent of the client code
    QString pemFile;

    ConnectionSettings tlsSettings(Trust trust, bool withCredentials = true) const
    {
        ConnectionSettings s = settingsFor(tls.url(), withCredentials);
        if (trust == Trust::CaFile)
            s.caFile = pemFile;
        else if (trust == Trust::Pin)
            s.pinnedSha256 = certSha256;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(tls.start({QStringLiteral("--tls")}), qPrintable(tls.errorString()));
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        QVERIFY2(other.start({QStringLiteral("--tls")}), qPrintable(other.errorString()));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        pemFile = tls.certificatePath();
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemFile, QSsl::Pem);
        QCOMPARE(certs.size(), 1);
        certSha256
            = QString::fromLatin1(QCryptographicHash::hash(certs.first().toDer(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(certSha256.size(), 64);
        const QList<QSslCertificate> otherCerts = QSslCertificate::fromPath(other.certificatePath(), QSsl::Pem);
        QCOMPARE(otherCerts.size(), 1);
        QVERIFY(otherCerts.first() != certs.first());
    }

    void init()
    {
        for (SimServer *s : {&tls, &plain}) {
            QVERIFY(s->reset());
            QVERIFY(s->clearLog());
        }
    }

    void cleanup()
    {
        // plainHttpToRemoteHost points the client at a loopback proxy; undo it.
        qunsetenv("http_proxy");
    }

    // (a) An untrusted self-signed certificate ends the request as Tls, with the facts the
    // trust dialog shows. Nothing reaches the HTTP layer, so no credentials were sent.
    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<QString>("path");
        QTest::newRow("robot, systeminfo") << true << QStringLiteral("/api/v2.0/systeminfo");
        QTest::newRow("robot, DELETE tag") << true
                                           << QStringLiteral("/api/v2.0/projects/team-a/repositories/frontend/"
                                                             "artifacts/pr-2/tags/pr-2");
        QTest::newRow("anonymous, version") << false << QStringLiteral("/api/version");
    }

    void untrustedCertificateIsRefused()
    {
        QFETCH(bool, withCredentials);
        QFETCH(QString, path);
        HarborClient client(tlsSettings(Trust::None, withCredentials));
        const QByteArray method = path.contains(QLatin1String("/tags/")) ? "DELETE" : "GET";
        const Outcome r = send(client, path, method);
        QVERIFY(!r.ok);
        QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::Tls));
        QCOMPARE(r.error.httpStatus, 0);
        QVERIFY(!r.error.tlsErrors.isEmpty());
        QCOMPARE(r.error.peerCertificateSha256, certSha256);
        QVERIFY2(r.error.peerCertificateSubject.contains(QLatin1String("127.0.0.1")),
            qPrintable(r.error.peerCertificateSubject));
        QVERIFY2(r.error.peerCertificateIssuer.contains(QLatin1String("127.0.0.1")),
            qPrintable(r.error.peerCertificateIssuer)); // self-signed: issuer is the subject
        QVERIFY2(r.error.peerCertificateValidity.contains(QLatin1String(" to ")),
            qPrintable(r.error.peerCertificateValidity));
        QCOMPARE(r.error.attempts, 1); // a TLS failure is not retried
        QVERIFY(tls.log().isEmpty());
        QCOMPARE(tls.tagsOf(QStringLiteral("team-a/frontend")).count(QStringLiteral("pr-2")), 1);
    }

    // (b) The profile's CA file makes the certificate trusted; an unrelated CA does not.
    void caFile_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("the server's certificate") << QStringLiteral("server") << true;
        QTest::newRow("an unrelated certificate") << QStringLiteral("other") << false;
        QTest::newRow("a file with no PEM in it") << QStringLiteral("garbage") << false;
        QTest::newRow("a file that does not exist") << QStringLiteral("missing") << false;
    }

    void caFile()
    {
        QFETCH(QString, which);
        QFETCH(bool, trusted);
        QTemporaryFile garbage;
        ConnectionSettings s = tlsSettings(Trust::None);
        if (which == QLatin1String("server")) {
            s.caFile = pemFile;
        } else if (which == QLatin1String("other")) {
            s.caFile = other.certificatePath();
        } else if (which == QLatin1String("garbage")) {
            QVERIFY(garbage.open());
            garbage.write("this is not a certificate\n");
            garbage.close();
            s.caFile = garbage.fileName();
        } else {
            s.caFile = QStringLiteral("/nonexistent/berth-ca.pem");
        }
        HarborClient client(s);
        const Outcome r = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        if (trusted) {
            QVERIFY2(r.ok, qPrintable(r.error.summary()));
            const Parsed<SystemInfo> info = HarborJson::parseSystemInfo(r.body);
            QVERIFY(info.ok());
            QVERIFY(info.value.authenticatedView); // the credentials went over the verified channel
            QCOMPARE(tls.log().size(), 1);
        } else {
            QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::Tls));
            QCOMPARE(r.error.peerCertificateSha256, certSha256);
            QVERIFY(tls.log().isEmpty());
        }
    }

    // (c) A pinned SHA-256 trusts exactly that certificate, in either spelling; any other pin
    // fails as Tls and still reports the real fingerprint.
    void pinnedCertificate_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("exact pin, lower-case hex") << QStringLiteral("<pin>") << true;
        QTest::newRow("exact pin, upper-case with colons") << QStringLiteral("<PIN:>") << true;
        QTest::newRow("wrong pin (one digit changed)") << QStringLiteral("<wrong>") << false;
        QTest::newRow("the other server's pin") << QStringLiteral("<other>") << false;
        QTest::newRow("a prefix of the pin") << QStringLiteral("<prefix>") << false;
    }

    void pinnedCertificate()
    {
        QFETCH(QString, pin);
        QFETCH(bool, trusted);
        if (pin == QLatin1String("<pin>")) {
            pin = certSha256;
        } else if (pin == QLatin1String("<PIN:>")) {
            QStringList pairs;
            for (int i = 0; i < certSha256.size(); i += 2)
                pairs << certSha256.mid(i, 2).toUpper();
            pin = pairs.join(QLatin1Char(':'));
        } else if (pin == QLatin1String("<wrong>")) {
            pin = certSha256;
            pin[10] = pin[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        } else if (pin == QLatin1String("<other>")) {
            const QSslCertificate o = QSslCertificate::fromPath(other.certificatePath(), QSsl::Pem).value(0);
            pin = QString::fromLatin1(QCryptographicHash::hash(o.toDer(), QCryptographicHash::Sha256).toHex());
        } else {
            pin = certSha256.left(16);
        }
        ConnectionSettings s = tlsSettings(Trust::None);
        s.pinnedSha256 = pin;
        HarborClient client(s);
        const Outcome r = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        if (trusted) {
            QVERIFY2(r.ok, qPrintable(r.error.summary()));
            QVERIFY(HarborJson::parseSystemInfo(r.body).value.authenticatedView);
        } else {
            QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::Tls));
            QCOMPARE(r.error.peerCertificateSha256, certSha256);
            QVERIFY(tls.log().isEmpty());
        }
    }

    // (d) https -> http is refused even to a loopback server that would answer.
    void httpsToHttpDowngradeIsRefused_data()
    {
        QTest::addColumn<int>("trust");
        QTest::newRow("trusted by CA file") << int(Trust::CaFile);
        QTest::newRow("trusted by pin") << int(Trust::Pin);
    }

    void httpsToHttpDowngradeIsRefused()
    {
        QFETCH(int, trust);
        const QUrl target = plain.url().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo")));
        QVERIFY(tls.addFault(QJsonObject {
            {"kind", "redirect"}, {"match", "/api/v2.0/systeminfo"}, {"location", target.toString()}, {"times", 1}}));
        HarborClient client(tlsSettings(Trust(trust)));
        const Outcome r = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        QVERIFY(!r.ok);
        QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::RedirectRefused));
        QCOMPARE(r.error.redirectRefused, target);
        QVERIFY2(r.error.transportMessage.contains(QLatin1String("downgrade")), qPrintable(r.error.transportMessage));
        QVERIFY(r.error.redirectsFollowed.isEmpty());
        QCOMPARE(tls.log().size(), 1);
        QVERIFY(plain.log().isEmpty()); // the http server never saw a request
    }

    // (e) A redirect to another origin ends the request; the Authorization header never
    // reaches it. A same-origin redirect is followed, with the credentials (positive control).
    void authorizationNeverCrossesOrigins_data()
    {
        QTest::addColumn<QString>("from"); // "tls" or "plain"
        QTest::addColumn<QString>("to"); // "localhost" (same port), "plain", "tls", "same"
        QTest::addColumn<bool>("followed");
        QTest::newRow("https 127.0.0.1 -> https localhost, same port")
            << QStringLiteral("tls") << QStringLiteral("localhost") << false;
        QTest::newRow("https -> http on another port") << QStringLiteral("tls") << QStringLiteral("plain") << false;
        QTest::newRow("http 127.0.0.1 -> http localhost, same port")
            << QStringLiteral("plain") << QStringLiteral("localhost") << false;
        QTest::newRow("http -> https on another port (an upgrade, still another origin)")
            << QStringLiteral("plain") << QStringLiteral("tls") << false;
        QTest::newRow("https same origin (followed)") << QStringLiteral("tls") << QStringLiteral("same") << true;
        QTest::newRow("http same origin (followed)") << QStringLiteral("plain") << QStringLiteral("same") << true;
    }

    void authorizationNeverCrossesOrigins()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, followed);
        SimServer &source = from == QLatin1String("tls") ? tls : plain;
        const QString path = QStringLiteral("/api/v2.0/systeminfo");
        const QString redirectedPath = QStringLiteral("/api/v2.0/systeminfo?redirected=1");
        QJsonObject fault {{"kind", "redirect"}, {"match", path}, {"times", 1}};
        QUrl target;
        if (to == QLatin1String("localhost")) {
            target = source.localhostUrl().resolved(QUrl(redirectedPath));
        } else if (to == QLatin1String("plain")) {
            target = plain.url().resolved(QUrl(redirectedPath));
        } else if (to == QLatin1String("tls")) {
            target = tls.url().resolved(QUrl(redirectedPath));
        } else {
            target = source.url().resolved(QUrl(redirectedPath));
        }
        fault.insert(QStringLiteral("location"), target.toString());
        QVERIFY(source.addFault(fault));

        ConnectionSettings s = from == QLatin1String("tls") ? tlsSettings(Trust::CaFile) : settingsFor(plain.url());
        HarborClient client(s);
        const Outcome r = send(client, path);
        const QJsonArray tlsLog = tls.log();
        const QJsonArray plainLog = plain.log();
        const QJsonArray &sourceLog = from == QLatin1String("tls") ? tlsLog : plainLog;
        const QString origin = QStringLiteral("127.0.0.1:%1").arg(source.port());

        // Every request that carried credentials went to the profile's own origin.
        for (const QJsonArray *log : {&tlsLog, &plainLog}) {
            for (const QJsonValue &v : *log) {
                const QJsonObject entry = v.toObject();
                if (entry.value(QStringLiteral("auth")).toString() != QLatin1String("none")) {
                    QCOMPARE(entry.value(QStringLiteral("host")).toString(), origin);
                    QVERIFY(log == &sourceLog);
                }
            }
        }
        if (followed) {
            QVERIFY2(r.ok, qPrintable(r.error.summary()));
            QCOMPARE(r.error.redirectsFollowed.size(), 1);
            QVERIFY(HarborJson::parseSystemInfo(r.body).value.authenticatedView);
            QCOMPARE(sourceLog.size(), 2);
            QCOMPARE(hostsIn(sourceLog), QStringList({origin, origin}));
            QCOMPARE(sourceLog.at(1).toObject().value(QStringLiteral("path")).toString(), redirectedPath);
            QCOMPARE(sourceLog.at(1).toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        } else {
            QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::RedirectRefused));
            QCOMPARE(r.error.redirectRefused, target);
            QVERIFY(!r.error.transportMessage.isEmpty());
            // Only the original request arrived anywhere: the target origin saw nothing.
            QCOMPARE(tlsLog.size() + plainLog.size(), 1);
            QCOMPARE(hostsIn(sourceLog), QStringList({origin}));
            QCOMPARE(sourceLog.first().toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        }
    }

    // (f) Harbor sets a `sid` cookie on every /api/ response; the client never sends one back,
    // over http or https, across GETs, a redirect and a DELETE (which a replayed sid would turn
    // into a CSRF 403).
    void noCookieIsEverSent_data()
    {
        QTest::addColumn<bool>("overTls");
        QTest::newRow("https") << true;
        QTest::newRow("http loopback") << false;
    }

    void noCookieIsEverSent()
    {
        QFETCH(bool, overTls);
        SimServer &sim = overTls ? tls : plain;
        QVERIFY(sim.addFault(QJsonObject {{"kind", "redirect"}, {"match", "/api/v2.0/projects?"}, {"times", 1},
            {"location",
                sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/projects?page=1&page_size=5"))).toString()}}));
        HarborClient client(overTls ? tlsSettings(Trust::Pin) : settingsFor(plain.url()));
        const Outcome first = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        QVERIFY2(first.ok, qPrintable(first.error.summary()));
        QVERIFY2(first.setCookie.startsWith("sid="), first.setCookie.constData()); // the server offered one
        const Outcome projects = send(client, QStringLiteral("/api/v2.0/projects?page=1&page_size=10"));
        QVERIFY2(projects.ok, qPrintable(projects.error.summary()));
        QCOMPARE(projects.error.redirectsFollowed.size(), 1);
        const Outcome del = send(client,
            QStringLiteral("/api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-2/tags/pr-2"), "DELETE");
        QVERIFY2(del.ok, qPrintable(del.error.summary())); // no CSRF 403
        QVERIFY(!del.error.cookieSent);

        const QJsonArray log = sim.log();
        QCOMPARE(log.size(), 4);
        for (const QJsonValue &v : log) {
            const QJsonObject entry = v.toObject();
            QVERIFY2(entry.value(QStringLiteral("cookies")).toArray().isEmpty(),
                qPrintable(entry.value(QStringLiteral("path")).toString()));
        }
        QVERIFY(!sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-2")));
    }

    // (g) Basic credentials over plain http to a host that is not this machine are refused
    // before anything is sent, unless the profile allows it. The host name cannot resolve, and
    // the allowed case goes through a loopback HTTP proxy (the plain sim), so no DNS query or
    // packet leaves the machine; the proxy's log shows what would have been sent.
    void plainHttpToRemoteHost_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<bool>("allowPlainHttp");
        QTest::addColumn<bool>("refused");
        QTest::newRow("remote, credentials") << QStringLiteral("http://harbor.invalid/") << true << false << true;
        QTest::newRow("remote, credentials, port")
            << QStringLiteral("http://harbor.invalid:8080/") << true << false << true;
        QTest::newRow("remote IP literal, credentials")
            << QStringLiteral("http://192.0.2.10/") << true << false << true;
        QTest::newRow("remote, credentials, profile allows plain http")
            << QStringLiteral("http://harbor.invalid/") << true << true << false;
        QTest::newRow("remote, anonymous") << QStringLiteral("http://harbor.invalid/") << false << false << false;
    }

    void plainHttpToRemoteHost()
    {
        QFETCH(QString, url);
        QFETCH(bool, withCredentials);
        QFETCH(bool, allowPlainHttp);
        QFETCH(bool, refused);
        ConnectionSettings s = settingsFor(QUrl(url), withCredentials);
        s.allowPlainHttp = allowPlainHttp;
        // Berth's proxy rule (api/ProxyRule) reads the environment when the client is made.
        qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(plain.port()).toLatin1());
        HarborClient client(s);
        const Outcome r = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        cleanup(); // the control calls below go direct
        const QJsonArray log = plain.log();
        if (refused) {
            QCOMPARE(kindName(r.error), ApiError::kindName(ApiError::Kind::InsecureTransport));
            QVERIFY2(r.error.transportMessage.contains(QUrl(url).host()), qPrintable(r.error.transportMessage));
            QCOMPARE(r.error.username, kRobot); // the facts name the account, never the secret
            QVERIFY(!r.error.summary().contains(kSecret));
            QVERIFY(log.isEmpty()); // nothing was sent, not even to the proxy
        } else {
            QVERIFY2(r.error.kind != ApiError::Kind::InsecureTransport, qPrintable(r.error.summary()));
            QCOMPARE(log.size(), 1);
            const QJsonObject entry = log.first().toObject();
            QCOMPARE(entry.value(QStringLiteral("host")).toString(), QUrl(url).host());
            QCOMPARE(entry.value(QStringLiteral("auth")).toString(),
                withCredentials ? QStringLiteral("basic") : QStringLiteral("none"));
        }
    }

    // Loopback http is always allowed with credentials: the local test registry case.
    void plainHttpToLoopbackIsAllowed()
    {
        HarborClient client(settingsFor(plain.url()));
        const Outcome r = send(client, QStringLiteral("/api/v2.0/systeminfo"));
        QVERIFY2(r.ok, qPrintable(r.error.summary()));
        QVERIFY(HarborJson::parseSystemInfo(r.body).value.authenticatedView);
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
