// RequestPolicy (headers, cookies, redirects, plain http), RateLimiter arithmetic,
// ApiError::kindForStatus and HarborClient::verdictFrom. No request is ever sent.

#include "api/ApiError.h"
#include "api/HarborClient.h"
#include "api/RateLimiter.h"
#include "api/RequestPolicy.h"

#include <cmath>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace berth;

Q_DECLARE_METATYPE(berth::ApiError::Kind)
Q_DECLARE_METATYPE(berth::CredentialVerdict::State)

namespace {

ConnectionSettings settingsFor(const QString &user, const QString &secret, bool allowPlainHttp = false)
{
    ConnectionSettings s;
    s.baseUrl = QUrl::fromEncoded("https://harbor.example.com/");
    s.username = user;
    s.secret = secret;
    s.allowPlainHttp = allowPlainHttp;
    return s;
}

QUrl url(const char *encoded)
{
    return QUrl::fromEncoded(QByteArray(encoded), QUrl::StrictMode);
}

} // namespace

class TestRequestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorization_data();
    void authorization();
    void requestBasics_data();
    void requestBasics();
    void redirectRefusal_data();
    void redirectRefusal();
    void unsafeRedirectRefusal_data();
    void unsafeRedirectRefusal();
    void transportRefusal_data();
    void transportRefusal();
    void newRequestIdIsUnique();
    void secretOnlyThroughWithSecret();
    void pinIsNormalised_data();
    void pinIsNormalised();
    void rateLimiter_data();
    void rateLimiter();
    void kindForStatus_data();
    void kindForStatus();
    void verdictFrom_data();
    void verdictFrom();
};

void TestRequestPolicy::authorization_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<QByteArray>("expected"); // empty = no Authorization header at all
    QTest::addColumn<QString>("scheme");

    // Expected values computed outside Qt: printf '%s' 'user:secret' | base64
    QTest::newRow("robot with $ and +") << QStringLiteral("robot$library+ci-cleaner")
                                        << QStringLiteral("Xy7+s3cr3t/=:tail") << true
                                        << QByteArray("Basic cm9ib3QkbGlicmFyeStjaS1jbGVhbmVyOlh5NytzM2NyM3QvPTp0YWls")
                                        << QStringLiteral("basic");
    QTest::newRow("user") << QStringLiteral("admin") << QStringLiteral("Harbor12345") << true
                          << QByteArray("Basic YWRtaW46SGFyYm9yMTIzNDU=") << QStringLiteral("basic");
    QTest::newRow("non-ASCII as UTF-8") << QStringLiteral("r\u00f4bot$\u00fc") << QStringLiteral("p\u00e4ssw\u00f6rd")
                                        << true << QByteArray("Basic csO0Ym90JMO8OnDDpHNzd8O2cmQ=")
                                        << QStringLiteral("basic");
    QTest::newRow("empty secret still sends the name")
        << QStringLiteral("admin") << QString() << true << QByteArray("Basic YWRtaW46") << QStringLiteral("basic");
    QTest::newRow("robot, withCredentials=false")
        << QStringLiteral("robot$library+ci-cleaner") << QStringLiteral("Xy7+s3cr3t/=:tail") << false << QByteArray()
        << QStringLiteral("none");
    QTest::newRow("anonymous") << QString() << QString() << true << QByteArray() << QStringLiteral("none");
    QTest::newRow("secret without a name is anonymous")
        << QString() << QStringLiteral("orphan") << true << QByteArray() << QStringLiteral("none");
}

void TestRequestPolicy::authorization()
{
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(bool, withCredentials);
    QFETCH(QByteArray, expected);
    QFETCH(QString, scheme);

    const RequestPolicy policy(settingsFor(username, secret));
    const QNetworkRequest req = policy.makeRequest(
        url("https://harbor.example.com/api/v2.0/users/current"), QByteArrayLiteral("req-1"), withCredentials);
    QCOMPARE(req.hasRawHeader("Authorization"), !expected.isEmpty());
    QCOMPARE(req.rawHeader("Authorization"), expected);
    QCOMPARE(policy.authScheme(withCredentials), scheme);
    // The secret never appears in clear in any header.
    if (!secret.isEmpty()) {
        for (const QByteArray &name : req.rawHeaderList())
            QVERIFY2(!req.rawHeader(name).contains(secret.toUtf8()), name.constData());
    }
}

void TestRequestPolicy::requestBasics_data()
{
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("userAgent"); // ConnectionSettings::userAgent; empty = default
    QTest::addColumn<bool>("withCredentials");

    QTest::newRow("https, defaults") << url("https://harbor.example.com/api/v2.0/projects")
                                     << QByteArrayLiteral("3f1c2a9e-0000-4000-8000-000000000001") << 30000 << QString()
                                     << true;
    QTest::newRow("http loopback, short timeout")
        << url("http://127.0.0.1:8080/api/v2.0/ping") << QByteArrayLiteral("abc") << 1500 << QString() << true;
    QTest::newRow("anonymous call") << url("https://harbor.example.com:8443/api/v2.0/systeminfo")
                                    << QByteArrayLiteral("id-2") << 45000 << QString() << false;
    QTest::newRow("custom user agent") << url("https://harbor.example.com/api/version") << QByteArrayLiteral("id-3")
                                       << 30000 << QStringLiteral("berthctl-ci/1.0") << true;
}

void TestRequestPolicy::requestBasics()
{
    QFETCH(QUrl, target);
    QFETCH(QByteArray, requestId);
    QFETCH(int, timeoutMs);
    QFETCH(QString, userAgent);
    QFETCH(bool, withCredentials);

    ConnectionSettings s = settingsFor(QStringLiteral("robot$p+x"), QStringLiteral("s"));
    s.timeoutMs = timeoutMs;
    s.userAgent = userAgent;
    const RequestPolicy policy(s);
    const QNetworkRequest req = policy.makeRequest(target, requestId, withCredentials);

    QCOMPARE(req.url(), target);
    QCOMPARE(req.rawHeader("X-Request-Id"), requestId);
    if (userAgent.isEmpty()) {
        QVERIFY2(req.rawHeader("User-Agent").startsWith("Berth/"), req.rawHeader("User-Agent").constData());
        QVERIFY(req.rawHeader("User-Agent").size() > int(qstrlen("Berth/")));
    } else {
        QCOMPARE(req.rawHeader("User-Agent"), userAgent.toUtf8());
    }
    QCOMPARE(req.rawHeader("Accept"), QByteArray("application/json"));
    QVERIFY(!req.hasRawHeader("Cookie"));

    // No cookies in, no cookies out: a replayed `sid` would turn DELETEs into CSRF 403s.
    QCOMPARE(req.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(), int(QNetworkRequest::Manual));
    QCOMPARE(req.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(), int(QNetworkRequest::Manual));
    QCOMPARE(req.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(), int(QNetworkRequest::AlwaysNetwork));
    QCOMPARE(req.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);

    // Every redirect goes through redirectRefusal().
    QCOMPARE(req.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
        int(QNetworkRequest::UserVerifiedRedirectPolicy));
    QCOMPARE(req.maximumRedirectsAllowed(), 5);
    QCOMPARE(req.transferTimeout(), timeoutMs);
}

void TestRequestPolicy::redirectRefusal_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("mentions");

    const QUrl from = url("https://harbor.example.com/api/v2.0/projects");
    QTest::newRow("same origin, other path")
        << from << url("https://harbor.example.com/api/v2.0/projects/") << false << QString();
    QTest::newRow("same origin, host case differs")
        << from << url("https://Harbor.Example.COM/api/v2.0/x") << false << QString();
    QTest::newRow("default port made explicit")
        << from << url("https://harbor.example.com:443/api/v2.0/projects") << false << QString();
    QTest::newRow("explicit port made default")
        << url("https://harbor.example.com:443/a") << url("https://harbor.example.com/b") << false << QString();
    QTest::newRow("http default port 80")
        << url("http://127.0.0.1/a") << url("http://127.0.0.1:80/b") << false << QString();
    QTest::newRow("same non-default port")
        << url("https://harbor.example.com:8443/a") << url("https://harbor.example.com:8443/b") << false << QString();
    QTest::newRow("other host") << from << url("https://evil.example.net/api/v2.0/projects") << true
                                << QStringLiteral("another origin");
    QTest::newRow("subdomain is another host")
        << from << url("https://cdn.harbor.example.com/x") << true << QStringLiteral("another origin");
    QTest::newRow("other port") << from << url("https://harbor.example.com:8443/api/v2.0/projects") << true
                                << QStringLiteral("another origin");
    QTest::newRow("port 80 on https is not the default")
        << from << url("https://harbor.example.com:80/x") << true << QStringLiteral("another origin");
    QTest::newRow("https to http downgrade")
        << from << url("http://harbor.example.com/api/v2.0/projects") << true << QStringLiteral("downgrade");
    QTest::newRow("https to http, port 443 kept")
        << from << url("http://harbor.example.com:443/x") << true << QStringLiteral("downgrade");
    QTest::newRow("http to https upgrade is another origin")
        << url("http://harbor.example.com/a") << url("https://harbor.example.com/a") << true
        << QStringLiteral("another origin");
    QTest::newRow("127.0.0.1 to localhost")
        << url("http://127.0.0.1:8080/a") << url("http://localhost:8080/a") << true << QStringLiteral("another origin");
    QTest::newRow("localhost to 127.0.0.1")
        << url("http://localhost:8080/a") << url("http://127.0.0.1:8080/a") << true << QStringLiteral("another origin");
    QTest::newRow("IPv6 loopback to IPv4 loopback")
        << url("http://[::1]:8080/a") << url("http://127.0.0.1:8080/a") << true << QStringLiteral("another origin");
}

void TestRequestPolicy::redirectRefusal()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, refused);
    QFETCH(QString, mentions);

    const QString reason = RequestPolicy::redirectRefusal(from, to);
    QCOMPARE(!reason.isEmpty(), refused);
    QVERIFY2(reason.contains(mentions, Qt::CaseInsensitive), qPrintable(reason));
    if (refused && mentions.contains(QLatin1String("origin")))
        QVERIFY2(reason.contains(to.host()), qPrintable(reason)); // names where it wanted to go
}

void TestRequestPolicy::unsafeRedirectRefusal_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QUrl>("to"); // empty: the answer had no usable Location
    QTest::addColumn<bool>("refused");

    const QUrl sameOrigin = url("https://harbor.example.com/api/v2.0/projects/p/repositories/r/artifacts/b/tags/b");
    QTest::newRow("GET, 307") << QByteArray("GET") << 307 << sameOrigin << false;
    QTest::newRow("HEAD, 301") << QByteArray("HEAD") << 301 << sameOrigin << false;
    for (const char *m : {"DELETE", "POST", "PUT", "PATCH"}) {
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%s, %d, same origin", m, status) << QByteArray(m) << status << sameOrigin << true;
    }
    QTest::newRow("DELETE, another origin") << QByteArray("DELETE") << 307 << url("https://evil.example.net/x") << true;
    QTest::newRow("DELETE, no Location") << QByteArray("DELETE") << 300 << QUrl() << true;
    QTest::newRow("lower-case delete is not GET") << QByteArray("delete") << 307 << sameOrigin << true;
}

void TestRequestPolicy::unsafeRedirectRefusal()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QUrl, to);
    QFETCH(bool, refused);

    const QString reason = RequestPolicy::unsafeRedirectRefusal(method, status, to);
    QCOMPARE(!reason.isEmpty(), refused);
    if (refused) {
        // Names the method, the answer and where it pointed, so the report says what happened.
        QVERIFY2(reason.contains(QString::fromLatin1(method)), qPrintable(reason));
        QVERIFY2(reason.contains(QString::number(status)), qPrintable(reason));
        if (!to.isEmpty())
            QVERIFY2(reason.contains(to.toString()), qPrintable(reason));
    }
}

void TestRequestPolicy::transportRefusal_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("allowPlainHttp");
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<bool>("refused");

    const QString robot = QStringLiteral("robot$p+ci");
    QTest::newRow("http 127.0.0.1") << robot << false << url("http://127.0.0.1:8080/api/v2.0/ping") << true << false;
    QTest::newRow("http 127.0.0.5") << robot << false << url("http://127.0.0.5/api/v2.0/ping") << true << false;
    QTest::newRow("http ::1") << robot << false << url("http://[::1]:8080/api/v2.0/ping") << true << false;
    QTest::newRow("http localhost") << robot << false << url("http://localhost:8080/api/v2.0/ping") << true << false;
    QTest::newRow("http LOCALHOST") << robot << false << url("http://LOCALHOST/x") << true << false;
    QTest::newRow("http remote refused") << robot << false << url("http://harbor.example.com/api/v2.0/ping") << true
                                         << true;
    QTest::newRow("http private address refused")
        << robot << false << url("http://10.0.0.5/api/v2.0/ping") << true << true;
    QTest::newRow("http localhost lookalike refused")
        << robot << false << url("http://localhost.evil.example/x") << true << true;
    QTest::newRow("http 127.0.0.1 lookalike refused")
        << robot << false << url("http://127.0.0.1.nip.io/x") << true << true;
    // The same rule as isLoopbackHost (tst_registryurl has the reasons): the absolute name
    // "localhost." goes to DNS; short and hex IPv4 forms are 127.0.0.1; 0127 is octal, 87.
    QTest::newRow("http localhost. refused") << robot << false << url("http://localhost./x") << true << true;
    QTest::newRow("http 127.1") << robot << false << url("http://127.1/x") << true << false;
    QTest::newRow("http 0x7f.1") << robot << false << url("http://0x7f.1/x") << true << false;
    QTest::newRow("http 0127.0.0.1 refused") << robot << false << url("http://0127.0.0.1/x") << true << true;
    QTest::newRow("http mapped 127") << robot << false << url("http://[::ffff:127.0.0.1]/x") << true << false;
    QTest::newRow("http 0.0.0.0 refused") << robot << false << url("http://0.0.0.0/x") << true << true;
    QTest::newRow("http remote, allowPlainHttp")
        << robot << true << url("http://harbor.example.com/api/v2.0/ping") << true << false;
    QTest::newRow("https remote") << robot << false << url("https://harbor.example.com/api/v2.0/ping") << true << false;
    QTest::newRow("http remote, anonymous")
        << QString() << false << url("http://harbor.example.com/api/v2.0/ping") << true << false;
    QTest::newRow("http remote, credentials not sent")
        << robot << false << url("http://harbor.example.com/api/v2.0/ping") << false << false;
}

void TestRequestPolicy::transportRefusal()
{
    QFETCH(QString, username);
    QFETCH(bool, allowPlainHttp);
    QFETCH(QUrl, target);
    QFETCH(bool, withCredentials);
    QFETCH(bool, refused);

    const QString secret = QStringLiteral("Sup3r-S3cret-Value");
    const RequestPolicy policy(settingsFor(username, secret, allowPlainHttp));
    const QString reason = policy.transportRefusal(target, withCredentials);
    QCOMPARE(!reason.isEmpty(), refused);
    if (refused) {
        QVERIFY2(reason.contains(target.host()), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("https")), qPrintable(reason)); // says what to do instead
        QVERIFY(!reason.contains(secret));
    }
}

// settings() never shows the secret; withSecret() lends it, the header still carries it.
void TestRequestPolicy::secretOnlyThroughWithSecret()
{
    const QString secret = QStringLiteral("Sup3r-S3cret-Value");
    const RequestPolicy policy(settingsFor(QStringLiteral("robot$p+ci"), secret));
    QVERIFY(policy.settings().secret.isEmpty());
    QCOMPARE(policy.withSecret([](const QString &s) { return QStringLiteral("<%1>").arg(s); }),
        QStringLiteral("<%1>").arg(secret));
    QCOMPARE(policy.makeRequest(url("https://harbor.example.com/api/v2.0/ping"), "id").rawHeader("Authorization"),
        "Basic " + QByteArray("robot$p+ci:" + secret.toUtf8()).toBase64());
    // Anonymous: nothing is sent, so nothing is kept either.
    const RequestPolicy anonymous(settingsFor(QString(), secret));
    QVERIFY(anonymous.withSecret([](const QString &s) { return s; }).isEmpty());
}

// A pin as people paste it (openssl's colons, a browser's spaces, upper case) is the same pin.
void TestRequestPolicy::pinIsNormalised_data()
{
    QTest::addColumn<QString>("pin");
    const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
    QTest::newRow("stored form") << hex;
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QTest::newRow("openssl -fingerprint") << colons;
    QTest::newRow("spaces, upper case") << QString(colons).replace(QLatin1Char(':'), QLatin1Char(' '));
    QTest::newRow("around") << QStringLiteral("  %1\n").arg(hex.toUpper());
}

void TestRequestPolicy::pinIsNormalised()
{
    QFETCH(QString, pin);
    ConnectionSettings s = settingsFor(QString(), QString());
    s.pinnedSha256 = pin;
    const RequestPolicy policy(s);
    QCOMPARE(policy.settings().pinnedSha256, QStringLiteral("0123456789abcdef").repeated(4));
}

void TestRequestPolicy::newRequestIdIsUnique()
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray id = RequestPolicy::newRequestId();
        QVERIFY2(uuid.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 2000);
}

void TestRequestPolicy::rateLimiter_data()
{
    QTest::addColumn<double>("perSecond");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<double>("intervalMs");

    QTest::newRow("10 per second") << 10.0 << true << 100.0;
    QTest::newRow("4 per second") << 4.0 << true << 250.0;
    QTest::newRow("3 per second (fractional interval)") << 3.0 << true << 1000.0 / 3.0;
    QTest::newRow("half per second") << 0.5 << true << 2000.0;
    QTest::newRow("disabled") << 0.0 << false << 0.0;
    QTest::newRow("negative is disabled") << -5.0 << false << 0.0;
}

void TestRequestPolicy::rateLimiter()
{
    QFETCH(double, perSecond);
    QFETCH(bool, enabled);
    QFETCH(double, intervalMs);

    // The limiter's clock starts after ours, so `spent` bounds the time that passed between
    // its first and last reserve(): delay k is k*interval minus that time, truncated.
    QElapsedTimer ours;
    ours.start();
    RateLimiter limiter(perSecond);
    QCOMPARE(limiter.enabled(), enabled);
    constexpr int kCalls = 6;
    qint64 delays[kCalls];
    for (qint64 &d : delays)
        d = limiter.reserve();
    const qint64 spent = ours.elapsed();

    if (!enabled) {
        for (qint64 d : delays)
            QCOMPARE(d, qint64(0));
        return;
    }
    QCOMPARE(delays[0], qint64(0));
    for (int k = 1; k < kCalls; ++k) {
        const qint64 ideal = static_cast<qint64>(std::floor(k * intervalMs));
        QVERIFY2(delays[k] <= ideal, qPrintable(QStringLiteral("delay %1 = %2 > %3").arg(k).arg(delays[k]).arg(ideal)));
        QVERIFY2(delays[k] >= ideal - spent - 1,
            qPrintable(QStringLiteral("delay %1 = %2 < %3 - %4").arg(k).arg(delays[k]).arg(ideal).arg(spent)));
        if (spent < intervalMs / 2) // a machine this slow would not tell us anything
            QVERIFY2(delays[k] > delays[k - 1], "each reservation waits longer than the one before");
    }
}

void TestRequestPolicy::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("200") << 200 << ApiError::Kind::None;
    QTest::newRow("201") << 201 << ApiError::Kind::None;
    QTest::newRow("204") << 204 << ApiError::Kind::None;
    QTest::newRow("299") << 299 << ApiError::Kind::None;
    QTest::newRow("400") << 400 << ApiError::Kind::Validation;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("405") << 405 << ApiError::Kind::MethodNotAllowed;
    QTest::newRow("409") << 409 << ApiError::Kind::Conflict;
    QTest::newRow("412") << 412 << ApiError::Kind::PreconditionFailed;
    QTest::newRow("422") << 422 << ApiError::Kind::Validation;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::ServerError;
    QTest::newRow("502") << 502 << ApiError::Kind::ServerError;
    QTest::newRow("503") << 503 << ApiError::Kind::ServerError;
    QTest::newRow("504") << 504 << ApiError::Kind::ServerError;
    QTest::newRow("599") << 599 << ApiError::Kind::ServerError;
    QTest::newRow("600") << 600 << ApiError::Kind::HttpOther;
    QTest::newRow("302") << 302 << ApiError::Kind::HttpOther;
    QTest::newRow("304") << 304 << ApiError::Kind::HttpOther;
    QTest::newRow("408") << 408 << ApiError::Kind::HttpOther;
    QTest::newRow("413") << 413 << ApiError::Kind::HttpOther;
    QTest::newRow("100") << 100 << ApiError::Kind::HttpOther;
    QTest::newRow("negative") << -1 << ApiError::Kind::HttpOther;
}

void TestRequestPolicy::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const ApiError::Kind actual = ApiError::kindForStatus(status);
    QCOMPARE(ApiError::kindName(actual), ApiError::kindName(kind));
    QVERIFY(actual == kind);
}

void TestRequestPolicy::verdictFrom_data()
{
    QTest::addColumn<bool>("hasCredentials");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorKind"); // ApiError::Kind of the probe's error
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sentName");
    QTest::addColumn<CredentialVerdict::State>("state");
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("sysadmin");
    QTest::addColumn<bool>("keepsError");

    const QByteArray admin = R"({"user_id": 1, "username": "admin", "sysadmin_flag": true})";
    const QByteArray dev = R"({"user_id": 7, "username": "Dev.User", "sysadmin_flag": false})";
    const QByteArray robot412
        = R"({"errors":[{"code":"PRECONDITION","message":"get current user not available for security context: robot"}]})";
    const QByteArray unauthorized = R"({"errors":[{"code":"UNAUTHORIZED","message":"unauthorized"}]})";
    const QString robotName = QStringLiteral("robot$library+ci-cleaner");
    const int none = int(ApiError::Kind::None);

    QTest::newRow("no credentials, 200") << false << 200 << none << admin << QString()
                                         << CredentialVerdict::State::Anonymous << QString() << false << false;
    QTest::newRow("no credentials, 401") << false << 401 << int(ApiError::Kind::Unauthorized) << unauthorized
                                         << QString() << CredentialVerdict::State::Anonymous << QString() << false
                                         << true;
    QTest::newRow("200 sysadmin") << true << 200 << none << admin << QStringLiteral("admin")
                                  << CredentialVerdict::State::AcceptedUser << QStringLiteral("admin") << true << false;
    QTest::newRow("200 user, server spelling wins")
        << true << 200 << none << dev << QStringLiteral("dev.user") << CredentialVerdict::State::AcceptedUser
        << QStringLiteral("Dev.User") << false << false;
    QTest::newRow("200 with an unusable body")
        << true << 200 << none << QByteArray("<html>oops</html>") << QStringLiteral("alice")
        << CredentialVerdict::State::AcceptedUser << QStringLiteral("alice") << false << false;
    QTest::newRow("412 robot") << true << 412 << int(ApiError::Kind::PreconditionFailed) << robot412 << robotName
                               << CredentialVerdict::State::AcceptedRobot << robotName << false << false;
    QTest::newRow("401 rejected") << true << 401 << int(ApiError::Kind::Unauthorized) << unauthorized << robotName
                                  << CredentialVerdict::State::Rejected << robotName << false << true;
    QTest::newRow("403 unknown") << true << 403 << int(ApiError::Kind::Forbidden) << QByteArray() << robotName
                                 << CredentialVerdict::State::Unknown << robotName << false << true;
    QTest::newRow("500 unknown") << true << 500 << int(ApiError::Kind::ServerError)
                                 << QByteArray(R"({"errors":[{"code":"UNKNOWN","message":"internal server error"}]})")
                                 << robotName << CredentialVerdict::State::Unknown << robotName << false << true;
    QTest::newRow("0 (no response) unknown")
        << true << 0 << int(ApiError::Kind::Network) << QByteArray() << QStringLiteral("admin")
        << CredentialVerdict::State::Unknown << QStringLiteral("admin") << false << true;
}

void TestRequestPolicy::verdictFrom()
{
    QFETCH(bool, hasCredentials);
    QFETCH(int, status);
    QFETCH(int, errorKind);
    QFETCH(QByteArray, body);
    QFETCH(QString, sentName);
    QFETCH(CredentialVerdict::State, state);
    QFETCH(QString, username);
    QFETCH(bool, sysadmin);
    QFETCH(bool, keepsError);

    ApiError error;
    error.kind = static_cast<ApiError::Kind>(errorKind);
    error.httpStatus = status;
    error.requestId = QStringLiteral("rid-42");

    const CredentialVerdict v = HarborClient::verdictFrom(hasCredentials, status, error, body, sentName);
    QCOMPARE(CredentialVerdict::stateName(v.state), CredentialVerdict::stateName(state));
    QVERIFY(v.state == state);
    QCOMPARE(v.username, username);
    QCOMPARE(v.sysadmin, sysadmin);
    QCOMPARE(v.accepted(),
        state == CredentialVerdict::State::AcceptedRobot || state == CredentialVerdict::State::AcceptedUser);
    QCOMPARE(v.error.isError(), keepsError);
    if (keepsError) {
        QCOMPARE(ApiError::kindName(v.error.kind), ApiError::kindName(error.kind));
        QCOMPARE(v.error.requestId, QStringLiteral("rid-42"));
    }
}

QTEST_GUILESS_MAIN(TestRequestPolicy)
#include "tst_requestpolicy.moc"
