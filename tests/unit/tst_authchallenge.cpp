// The registry's login dance: WWW-Authenticate challenges (as Qt hands them over, repeated headers
// merged with ", "), the rule for where credentials may go to fetch a token, scopes, and the
// token server's answer.

#include "core/AuthChallenge.h"
#include "core/DisplayText.h"
#include "core/RegistryToken.h"

#include <QtTest>

using namespace berth;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestAuthChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challenges_data();
    void challenges();
    void malformed_data();
    void malformed();
    void scopes();
    void realm_data();
    void realm();
    void repositoryScopeText();
    void token_data();
    void token();
    void tokenRefused_data();
    void tokenRefused();
};

// Each challenge as [scheme, key=value, key=value...] with the keys in QMap order.
static QList<QStringList> flatten(const QList<AuthChallenge> &list)
{
    QList<QStringList> out;
    for (const AuthChallenge &c : list) {
        QStringList row {c.scheme};
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
            row << it.key() + QLatin1Char('=') + it.value();
        out << row;
    }
    return out;
}

void TestAuthChallenge::challenges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::newRow("distribution, GET /v2/")
        << QByteArray(R"(Bearer realm="https://auth.example.com/token",service="registry.example.com")")
        << QList<QStringList> {{"bearer", "realm=https://auth.example.com/token", "service=registry.example.com"}};
    QTest::newRow("scope with commas and several scopes")
        << QByteArray(R"(Bearer realm="https://h/service/token",service="harbor-registry",)"
                      R"(scope="repository:lib/app:pull,push repository:lib/base:pull")")
        << QList<QStringList> {{"bearer", "realm=https://h/service/token",
               "scope=repository:lib/app:pull,push repository:lib/base:pull", "service=harbor-registry"}};
    QTest::newRow("insufficient_scope") << QByteArray(
        R"(Bearer realm="https://h/t",service="s",scope="repository:a/b:delete",error="insufficient_scope")")
                                        << QList<QStringList> {{"bearer", "error=insufficient_scope",
                                               "realm=https://h/t", "scope=repository:a/b:delete", "service=s"}};
    QTest::newRow("Basic realm=\"harbor\"")
        << QByteArray(R"(Basic realm="harbor")") << QList<QStringList> {{"basic", "realm=harbor"}};
    QTest::newRow("two challenges merged by Qt")
        << QByteArray(R"(Basic realm="harbor", Bearer realm="https://h/service/token",service="harbor-registry")")
        << QList<QStringList> {
               {"basic", "realm=harbor"}, {"bearer", "realm=https://h/service/token", "service=harbor-registry"}};
    QTest::newRow("scheme and names in odd case, spaces around =")
        << QByteArray(R"(BEARER Realm = "https://h/t" , SERVICE= "s")")
        << QList<QStringList> {{"bearer", "realm=https://h/t", "service=s"}};
    QTest::newRow("quoted-pair escapes") << QByteArray(R"(Basic realm="a \"quoted\" \\ realm\,x")")
                                         << QList<QStringList> {{"basic", R"(realm=a "quoted" \ realm,x)"}};
    QTest::newRow("unquoted token values")
        << QByteArray("Bearer realm=token-server, service=reg.example.com")
        << QList<QStringList> {{"bearer", "realm=token-server", "service=reg.example.com"}};
    QTest::newRow("scheme without parameters, then another")
        << QByteArray(R"(Negotiate, Basic realm="r")") << QList<QStringList> {{"negotiate"}, {"basic", "realm=r"}};
    QTest::newRow("token68") << QByteArray("Negotiate YIIabc+/def==, Basic realm=x")
                             << QList<QStringList> {{"negotiate", "=YIIabc+/def=="}, {"basic", "realm=x"}};
    QTest::newRow("empty list elements") << QByteArray(R"(, Basic realm="r",, ,Bearer realm="t",)")
                                         << QList<QStringList> {{"basic", "realm=r"}, {"bearer", "realm=t"}};
    QTest::newRow("empty quoted value") << QByteArray(R"(Basic realm="")") << QList<QStringList> {{"basic", "realm="}};
    QTest::newRow("UTF-8 in a quoted value") << QByteArray("Basic realm=\"h\xc3\xa4"
                                                           "fen\"")
                                             << QList<QStringList> {{"basic", QStringLiteral("realm=h\u00e4fen")}};
    QTest::newRow("tab as whitespace") << QByteArray("Basic\trealm=\"r\"") << QList<QStringList> {{"basic", "realm=r"}};
}

void TestAuthChallenge::challenges()
{
    QFETCH(QByteArray, header);
    QFETCH(QList<QStringList>, expected);
    const auto r = parseAuthChallenges(header);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(flatten(r.value), expected);
}

void TestAuthChallenge::malformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QByteArray("   ") << QStringLiteral("empty");
    QTest::newRow("only commas") << QByteArray(" , ,") << QStringLiteral("no authentication scheme");
    QTest::newRow("unterminated quote") << QByteArray(R"(Bearer realm="https://h/t,service=s)")
                                        << QStringLiteral("not closed");
    QTest::newRow("backslash at the end") << QByteArray(R"(Basic realm="abc\)") << QStringLiteral("not closed");
    QTest::newRow("missing scheme") << QByteArray(R"(realm="https://h/t",service="s")")
                                    << QStringLiteral("starts with a parameter");
    QTest::newRow("garbage") << QByteArray("@@@ ###") << QStringLiteral("scheme");
    QTest::newRow("garbage after a challenge")
        << QByteArray(R"(Basic realm="r", {})") << QStringLiteral("parameter name");
    QTest::newRow("unquoted URL") << QByteArray("Bearer realm=https://h/t") << QStringLiteral("follows the value");
    QTest::newRow("junk after quoted value")
        << QByteArray(R"(Basic realm="r"x)") << QStringLiteral("follows the value");
    QTest::newRow("parameter without value") << QByteArray(R"(Bearer realm=,service="s")")
                                             << QStringLiteral("cannot be read"); // "realm=" alone is also a token68
    QTest::newRow("duplicate realm") << QByteArray(R"(Bearer realm="https://a/t",realm="https://evil/t")")
                                     << QStringLiteral("appears twice");
    QTest::newRow("control character in quoted value")
        << QByteArray("Basic realm=\"a\x1b[2Jb\"") << QStringLiteral("control character");
    QTest::newRow("escaped control character")
        << QByteArray("Basic realm=\"a\\\x07\"") << QStringLiteral("control character");
    // Found by fuzz_authchallenge: obs-text that is UTF-8 for a C1 control passed the byte check.
    QTest::newRow("UTF-8 C1 control in quoted value") << QByteArray("Basic realm=\"a\xc2\x9b"
                                                                    "31mb\"")
                                                      << QStringLiteral("control character");
    QTest::newRow("UTF-8 bidi override in quoted value") << QByteArray("Basic realm=\"a\xe2\x80\xae"
                                                                       "b\"")
                                                         << QStringLiteral("control character");
    QTest::newRow("newline (header splitting)")
        << QByteArray("Basic realm=\"a\r\nSet-Cookie: x\"") << QStringLiteral("control character");
    QTest::newRow("no comma between challenges")
        << QByteArray(R"(Basic realm="r" Bearer realm="t")") << QStringLiteral("follows the value");
    QTest::newRow("scheme then garbage") << QByteArray("Basic/x") << QStringLiteral("follows the scheme");
}

void TestAuthChallenge::malformed()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, mentions);
    const auto r = parseAuthChallenges(header);
    QVERIFY(!r.ok());
    QVERIFY(r.value.isEmpty());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY2(!DisplayText::hasControl(r.error), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(QLatin1String("The server's WWW-Authenticate header")), qPrintable(r.error));
}

void TestAuthChallenge::scopes()
{
    const auto r = parseAuthChallenges(
        R"(Bearer realm="https://h/t",service="reg",scope="repository:p/a:pull,push  registry:catalog:*",error="invalid_token")");
    QVERIFY2(r.ok(), qPrintable(r.error));
    const AuthChallenge &c = r.value.at(0);
    QCOMPARE(c.realm(), QStringLiteral("https://h/t"));
    QCOMPARE(c.service(), QStringLiteral("reg"));
    QCOMPARE(c.scopes(), (QStringList {"repository:p/a:pull,push", "registry:catalog:*"}));
    QCOMPARE(c.error(), QStringLiteral("invalid_token"));
    const auto none = parseAuthChallenges(R"(Bearer realm="https://h/t")");
    QVERIFY(none.value.at(0).scopes().isEmpty());
    QVERIFY(none.value.at(0).service().isEmpty());
}

void TestAuthChallenge::realm_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("refusal"); // empty: allowed; else a word the reason must contain

    const QString ok;
    QTest::newRow("same origin") << "https://harbor.example.com/"
                                 << "https://harbor.example.com/service/token" << ok;
    QTest::newRow("same origin, explicit default port") << "https://harbor.example.com/"
                                                        << "https://HARBOR.example.com:443/service/token" << ok;
    QTest::newRow("same origin over http (the user named it)") << "http://reg.lan:5000/"
                                                               << "http://reg.lan:5000/auth" << ok;
    QTest::newRow("other host over https") << "https://registry.example.com/"
                                           << "https://auth.example.com/token" << ok;
    QTest::newRow("Docker Hub") << "https://registry-1.docker.io/"
                                << "https://auth.docker.io/token" << ok;
    QTest::newRow("other host over http") << "https://registry.example.com/"
                                          << "http://auth.example.com/token"
                                          << "plain http";
    QTest::newRow("same host, http instead of https") << "https://registry.example.com/"
                                                      << "http://registry.example.com/token"
                                                      << "plain http";
    QTest::newRow("same host, other http port") << "http://reg.lan:5000/"
                                                << "http://reg.lan:5001/auth"
                                                << "plain http";
    QTest::newRow("loopback to loopback over http") << "http://127.0.0.1:5000/"
                                                    << "http://127.0.0.1:5001/token" << ok;
    QTest::newRow("localhost to ::1 over http") << "http://localhost:5000/"
                                                << "http://[::1]:8080/token" << ok;
    QTest::newRow("remote registry, loopback realm") << "https://registry.example.com/"
                                                     << "https://127.0.0.1:8443/token"
                                                     << "this machine";
    QTest::newRow("remote registry, localhost realm over http") << "http://reg.lan/"
                                                                << "http://localhost/token"
                                                                << "this machine";
    QTest::newRow("loopback registry, remote https realm") << "http://127.0.0.1:5000/"
                                                           << "https://auth.example.com/t" << ok;
    QTest::newRow("loopback registry, remote http realm") << "http://127.0.0.1:5000/"
                                                          << "http://auth.example.com/t"
                                                          << "plain http";
    // A relative realm resolves against the registry (RFC 3986 section 5): the registry's own origin.
    QTest::newRow("relative realm") << "https://harbor.example.com/"
                                    << "/service/token" << ok;
    QTest::newRow("scheme-relative realm, other host") << "https://harbor.example.com/"
                                                       << "//auth.example.com/token" << ok;
    QTest::newRow("scheme-relative realm, other host, http registry") << "http://reg.lan/"
                                                                      << "//auth.lan/token"
                                                                      << "plain http";
    QTest::newRow("ftp realm") << "https://h.example.com/"
                               << "ftp://h.example.com/token"
                               << "not an http";
    QTest::newRow("file realm") << "https://h.example.com/"
                                << "file:///etc/passwd"
                                << "not an http";
    QTest::newRow("user info in realm") << "https://h.example.com/"
                                        << "https://user:pw@auth.example.com/t"
                                        << "user name";
    QTest::newRow("empty realm") << "https://h.example.com/"
                                 << ""
                                 << "no valid address";
    QTest::newRow("https without host") << "https://h.example.com/"
                                        << "https:///token"
                                        << "no host";
}

void TestAuthChallenge::realm()
{
    QFETCH(QString, registry);
    QFETCH(QString, realm);
    QFETCH(QString, refusal);
    const QString reason = realmRefusal(QUrl(registry), QUrl(realm));
    if (refusal.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    } else {
        QVERIFY2(reason.contains(refusal), qPrintable(reason));
        QVERIFY(!DisplayText::hasControl(reason));
    }
}

void TestAuthChallenge::repositoryScopeText()
{
    QCOMPARE(repositoryScope(QStringLiteral("library/app"), {QStringLiteral("pull")}),
        QStringLiteral("repository:library/app:pull"));
    QCOMPARE(repositoryScope(QStringLiteral("p/team/app"), {QStringLiteral("pull"), QStringLiteral("push")}),
        QStringLiteral("repository:p/team/app:pull,push"));
}

void TestAuthChallenge::token_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QDateTime>("issuedAt");

    const QDateTime none;
    QTest::newRow("token, expires_in absent -> 60")
        << QByteArray(R"({"token":"abc.def.ghi"})") << QByteArray("abc.def.ghi") << qint64(60) << none;
    QTest::newRow("access_token only") << QByteArray(R"({"access_token":"xyz","expires_in":300})") << QByteArray("xyz")
                                       << qint64(300) << none;
    QTest::newRow("both: token wins") << QByteArray(R"({"token":"t1","access_token":"t2","expires_in":1800})")
                                      << QByteArray("t1") << qint64(1800) << none;
    QTest::newRow("empty token, access_token used")
        << QByteArray(R"({"token":"","access_token":"t2"})") << QByteArray("t2") << qint64(60) << none;
    QTest::newRow("negative expires_in -> 60")
        << QByteArray(R"({"token":"t","expires_in":-5})") << QByteArray("t") << qint64(60) << none;
    QTest::newRow("zero expires_in -> 60")
        << QByteArray(R"({"token":"t","expires_in":0})") << QByteArray("t") << qint64(60) << none;
    QTest::newRow("absurd expires_in -> one day")
        << QByteArray(R"({"token":"t","expires_in":1e300})") << QByteArray("t") << qint64(86400) << none;
    QTest::newRow("expires_in as string -> 60")
        << QByteArray(R"({"token":"t","expires_in":"300"})") << QByteArray("t") << qint64(60) << none;
    QTest::newRow("fractional expires_in")
        << QByteArray(R"({"token":"t","expires_in":90.9})") << QByteArray("t") << qint64(90) << none;
    QTest::newRow("short lifetime kept") << QByteArray(R"({"token":"t","expires_in":30})") << QByteArray("t")
                                         << qint64(30) << none;
    QTest::newRow("issued_at (RFC 3339, nanoseconds as Go writes them)")
        << QByteArray(R"({"token":"t","expires_in":300,"issued_at":"2024-05-01T10:20:30.123456789Z"})")
        << QByteArray("t") << qint64(300) << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), Qt::UTC);
    QTest::newRow("issued_at with offset")
        << QByteArray(R"({"token":"t","issued_at":"2024-05-01T12:20:30+02:00"})") << QByteArray("t") << qint64(60)
        << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC);
    QTest::newRow("issued_at garbage") << QByteArray(R"({"token":"t","issued_at":"yesterday"})") << QByteArray("t")
                                       << qint64(60) << none;
}

void TestAuthChallenge::token()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    QFETCH(qint64, expiresIn);
    QFETCH(QDateTime, issuedAt);
    const auto r = parseRegistryToken(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.token, token);
    QCOMPARE(r.value.expiresInSeconds, expiresIn);
    QCOMPARE(r.value.issuedAt.isValid(), issuedAt.isValid());
    if (issuedAt.isValid())
        QCOMPARE(r.value.issuedAt.toUTC(), issuedAt);
}

void TestAuthChallenge::tokenRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("<html>login</html>") << QStringLiteral("JSON object");
    QTest::newRow("array") << QByteArray(R"([{"token":"t"}])") << QStringLiteral("JSON object");
    QTest::newRow("no token") << QByteArray(R"({"expires_in":60})") << QStringLiteral("without a token");
    QTest::newRow("token not a string") << QByteArray(R"({"token":5})") << QStringLiteral("without a token");
    QTest::newRow("header splitting") << QByteArray(R"({"token":"abc\r\nX-Evil: 1"})")
                                      << QStringLiteral("control characters");
    QTest::newRow("space in token") << QByteArray(R"({"token":"abc def"})") << QStringLiteral("spaces");
    QTest::newRow("non-ASCII token") << QByteArray("{\"token\":\"abc\xc3\xa4\"}") << QStringLiteral("spaces");
}

void TestAuthChallenge::tokenRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto r = parseRegistryToken(body);
    QVERIFY(!r.ok());
    QVERIFY(r.value.token.isEmpty());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1String("abc"))); // never quotes what may be a secret
}

QTEST_APPLESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
