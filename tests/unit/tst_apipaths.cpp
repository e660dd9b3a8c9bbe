// ApiPaths: the exact bytes that go on the wire. Harbor wants repository names encoded twice
// (a/b -> a%2Fb -> a%252Fb), project names, tags and references once.

#include "api/ApiPaths.h"
#include "api/RequestPolicy.h"

#include <QtTest>

using namespace berth;

namespace {

QUrl base(const char *encoded)
{
    return QUrl::fromEncoded(QByteArray(encoded), QUrl::StrictMode);
}

QUrlQuery query(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(QString::fromUtf8(k), QString::fromUtf8(v));
    return q;
}

} // namespace

class TestApiPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeSegment_data();
    void encodeSegment();
    void encodeRepository_data();
    void encodeRepository();
    void urls_data();
    void urls();
    void permissionsQuery();
    void qurlEncodingFacts_data();
    void qurlEncodingFacts();
    void dotSegmentsAreRefused_data();
    void dotSegmentsAreRefused();
    void ordinaryNamesPass_data();
    void ordinaryNamesPass();
};

void TestApiPaths::encodeSegment_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("library") << QByteArray("library");
    QTest::newRow("digits") << QStringLiteral("1234") << QByteArray("1234");
    QTest::newRow("unreserved kept") << QStringLiteral("a-b_c.d~e") << QByteArray("a-b_c.d~e");
    QTest::newRow("digest keeps colon") << QStringLiteral("sha256:abc") << QByteArray("sha256:abc");
    QTest::newRow("slash") << QStringLiteral("a/b") << QByteArray("a%2Fb");
    QTest::newRow("space") << QStringLiteral("my team") << QByteArray("my%20team");
    QTest::newRow("percent") << QStringLiteral("50%") << QByteArray("50%25");
    QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("a%2Bb");
    QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("a%23b");
    QTest::newRow("question mark") << QStringLiteral("a?b") << QByteArray("a%3Fb");
    QTest::newRow("unicode as UTF-8") << QStringLiteral("caf\u00e9") << QByteArray("caf%C3%A9");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestApiPaths::encodeSegment()
{
    QFETCH(QString, segment);
    QFETCH(QByteArray, expected);

    QCOMPARE(ApiPaths::encodeSegment(segment), expected);
}

void TestApiPaths::encodeRepository_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("nginx") << QByteArray("nginx");
    QTest::newRow("a/b") << QStringLiteral("a/b") << QByteArray("a%252Fb");
    QTest::newRow("backend/api") << QStringLiteral("backend/api") << QByteArray("backend%252Fapi");
    QTest::newRow("three levels") << QStringLiteral("x/y/z") << QByteArray("x%252Fy%252Fz");
    QTest::newRow("space") << QStringLiteral("my app") << QByteArray("my%2520app");
    QTest::newRow("percent") << QStringLiteral("a%b") << QByteArray("a%2525b");
    QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("a%252Bb");
    QTest::newRow("hash") << QStringLiteral("a#b") << QByteArray("a%2523b");
    QTest::newRow("question mark") << QStringLiteral("a?b") << QByteArray("a%253Fb");
    QTest::newRow("unicode") << QStringLiteral("\u00e9/\u65e5") << QByteArray("%25C3%25A9%252F%25E6%2597%25A5");
    QTest::newRow("dots and dashes") << QStringLiteral("tools/nginx-1.27_x") << QByteArray("tools%252Fnginx-1.27_x");
}

void TestApiPaths::encodeRepository()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);

    QCOMPARE(ApiPaths::encodeRepository(path), expected);
    // Decoding twice gives the name back: that is what Harbor (proxy, router, handler) does.
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray::fromPercentEncoding(expected))), path);
}

void TestApiPaths::urls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    const QUrl h = base("https://harbor.example.com");
    const QUrl hs = base("https://harbor.example.com/");
    const QUrl hp = base("https://harbor.example.com:8443/");
    const QUrl local = base("http://127.0.0.1:8080");

    // Fixed endpoints, and the base URL forms.
    QTest::newRow("apiVersion") << ApiPaths::apiVersion(h) << QByteArray("https://harbor.example.com/api/version");
    QTest::newRow("ping, trailing slash")
        << ApiPaths::ping(hs) << QByteArray("https://harbor.example.com/api/v2.0/ping");
    QTest::newRow("systemInfo, port") << ApiPaths::systemInfo(hp)
                                      << QByteArray("https://harbor.example.com:8443/api/v2.0/systeminfo");
    QTest::newRow("currentUser, http loopback")
        << ApiPaths::currentUser(local) << QByteArray("http://127.0.0.1:8080/api/v2.0/users/current");
    QTest::newRow("base with path, query, fragment dropped")
        << ApiPaths::ping(base("https://harbor.example.com/harbor/projects?x=1#top"))
        << QByteArray("https://harbor.example.com/api/v2.0/ping");
    QTest::newRow("base with user info dropped") << ApiPaths::ping(base("https://robot%24x:secret@harbor.example.com/"))
                                                 << QByteArray("https://harbor.example.com/api/v2.0/ping");
    QTest::newRow("IPv6 base") << ApiPaths::ping(base("https://[::1]:8443/"))
                               << QByteArray("https://[::1]:8443/api/v2.0/ping");
    QTest::newRow("upper-case host normalised")
        << ApiPaths::ping(base("https://HARBOR.Example.com")) << QByteArray("https://harbor.example.com/api/v2.0/ping");

    // Projects.
    QTest::newRow("projects with paging")
        << ApiPaths::projects(h, query({{"page", "2"}, {"page_size", "100"}, {"sort", "name"}}))
        << QByteArray("https://harbor.example.com/api/v2.0/projects?page=2&page_size=100&sort=name");
    QTest::newRow("projects without query")
        << ApiPaths::projects(hs) << QByteArray("https://harbor.example.com/api/v2.0/projects");
    QTest::newRow("project by name") << ApiPaths::project(h, QStringLiteral("library"))
                                     << QByteArray("https://harbor.example.com/api/v2.0/projects/library");
    QTest::newRow("project with an all-digit name") << ApiPaths::project(h, QStringLiteral("1234"))
                                                    << QByteArray("https://harbor.example.com/api/v2.0/projects/1234");
    QTest::newRow("project name with space") << ApiPaths::project(h, QStringLiteral("my team"))
                                             << QByteArray("https://harbor.example.com/api/v2.0/projects/my%20team");
    QTest::newRow("repositories") << ApiPaths::repositories(hp, QStringLiteral("team"), query({{"page", "1"}}))
                                  << QByteArray(
                                         "https://harbor.example.com:8443/api/v2.0/projects/team/repositories?page=1");

    // Repositories: the path form, twice encoded.
    QTest::newRow("repository a/b") << ApiPaths::repository(h, QStringLiteral("p"),
        QStringLiteral("a/b")) << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/a%252Fb");
    QTest::newRow("repository backend/api")
        << ApiPaths::repository(h, QStringLiteral("team"), QStringLiteral("backend/api"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/team/repositories/backend%252Fapi");
    QTest::newRow("repository with space")
        << ApiPaths::repository(h, QStringLiteral("p"), QStringLiteral("my app"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/my%2520app");
    QTest::newRow("repository with percent") << ApiPaths::repository(h, QStringLiteral("p"),
        QStringLiteral("100%")) << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/100%2525");
    QTest::newRow("repository with plus") << ApiPaths::repository(h, QStringLiteral("p"),
        QStringLiteral("a+b")) << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/a%252Bb");
    QTest::newRow("repository with hash") << ApiPaths::repository(h, QStringLiteral("p"),
        QStringLiteral("a#b")) << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/a%2523b");
    QTest::newRow("repository with question mark") << ApiPaths::repository(h, QStringLiteral("p"),
        QStringLiteral("a?b")) << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/a%253Fb");
    QTest::newRow("repository with unicode")
        << ApiPaths::repository(h, QStringLiteral("\u00e9quipe"), QStringLiteral("caf\u00e9/x"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/%C3%A9quipe/repositories/caf%25C3%25A9%252Fx");

    // Artifacts and tags.
    QTest::newRow("artifacts with query")
        << ApiPaths::artifacts(h, QStringLiteral("library"), QStringLiteral("tools/nginx"),
               query({{"with_tag", "true"}, {"page", "1"}, {"page_size", "100"}}))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts"
                      "?with_tag=true&page=1&page_size=100");
    QTest::newRow("artifact by digest keeps sha256:")
        << ApiPaths::artifact(
               h, QStringLiteral("library"), QStringLiteral("tools/nginx"), QStringLiteral("sha256:aaaa"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts/"
                      "sha256:aaaa");
    QTest::newRow("artifact by tag with dots")
        << ApiPaths::artifact(h, QStringLiteral("team"), QStringLiteral("backend/api"), QStringLiteral("1.27.3"),
               query({{"with_scan_overview", "true"}}))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/team/repositories/backend%252Fapi/artifacts/1.27.3"
                      "?with_scan_overview=true");
    QTest::newRow("tags of an artifact")
        << ApiPaths::tags(hp, QStringLiteral("team"), QStringLiteral("backend/api"), QStringLiteral("sha256:bbbb"))
        << QByteArray("https://harbor.example.com:8443/api/v2.0/projects/team/repositories/backend%252Fapi/artifacts/"
                      "sha256:bbbb/tags");
    QTest::newRow("one tag")
        << ApiPaths::tag(h, QStringLiteral("library"), QStringLiteral("nginx"), QStringLiteral("sha256:cccc"),
               QStringLiteral("v1.2.3-rc.1"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/library/repositories/nginx/artifacts/sha256:cccc/"
                      "tags/v1.2.3-rc.1");
    QTest::newRow("tag with odd characters encoded once")
        << ApiPaths::tag(h, QStringLiteral("p"), QStringLiteral("a/b"), QStringLiteral("v1"), QStringLiteral("x#y?z%"))
        << QByteArray("https://harbor.example.com/api/v2.0/projects/p/repositories/a%252Fb/artifacts/v1/tags/"
                      "x%23y%3Fz%25");

    // The web UI.
    QTest::newRow("web UI repository") << ApiPaths::webUiRepository(hs, 3, QStringLiteral("tools/nginx"))
                                       << QByteArray("https://harbor.example.com/harbor/projects/3/repositories/"
                                                     "tools%252Fnginx");
}

void TestApiPaths::urls()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expected);

    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.toEncoded(), expected);
    // What QNetworkRequest sends is the FullyEncoded form: the same bytes.
    QCOMPARE(url.toString(QUrl::FullyEncoded).toUtf8(), expected);
}

void TestApiPaths::permissionsQuery()
{
    const QUrl url = ApiPaths::currentUserPermissions(base("https://harbor.example.com/"), 2);
    QVERIFY(url.isValid());
    // '/' is legal in a query (RFC 3986 §3.4), so "scope=/project/2" needs no escaping, and Go's
    // url.ParseQuery reads it back as "/project/2".
    QCOMPARE(url.toEncoded(),
        QByteArray("https://harbor.example.com/api/v2.0/users/current/permissions?scope=/project/2&relative=true"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("/project/2"));
    QCOMPARE(q.queryItemValue(QStringLiteral("relative"), QUrl::FullyDecoded), QStringLiteral("true"));
    QCOMPARE(q.queryItems().size(), 2);

    QCOMPARE(ApiPaths::currentUserPermissions(base("https://h"), 1234567890123).query(QUrl::FullyEncoded),
        QStringLiteral("scope=/project/1234567890123&relative=true"));
}

// The Qt 6.4 facts ApiPaths is built on (style.md Appendix A): setPath() defaults to
// DecodedMode, which encodes '%' itself.
void TestApiPaths::qurlEncodingFacts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("once-encoded, DecodedMode: right")
        << QStringLiteral("/r/team%2Fapp") << int(QUrl::DecodedMode) << QByteArray("https://h/r/team%252Fapp");
    QTest::newRow("twice-encoded, DecodedMode: wrong")
        << QStringLiteral("/r/team%252Fapp") << int(QUrl::DecodedMode) << QByteArray("https://h/r/team%25252Fapp");
    QTest::newRow("twice-encoded, TolerantMode: right")
        << QStringLiteral("/r/team%252Fapp") << int(QUrl::TolerantMode) << QByteArray("https://h/r/team%252Fapp");
}

void TestApiPaths::qurlEncodingFacts()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(QByteArray, expected);

    QUrl u = base("https://h");
    u.setPath(path, static_cast<QUrl::ParsingMode>(mode));
    QCOMPARE(u.toEncoded(), expected);
}

// Every hostile name in every place a name goes: the URL either reads as another path or
// decodes to "." or "..", and pathRefusal() stops it before anything is sent.
void TestApiPaths::dotSegmentsAreRefused_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {".", "..", "%2e", "%2e%2e", "%2E.", ".%2E", "%252e%252e", "%25252e%25252e", "a/..", "../a",
             "a/./b", "a/../../b", "..%2fx", "x%2f..", "x%252f..", "x/%2e%2e",
             // Qt reads an invalid escape ("%/.") as a byte: the ".." shows only before that decode.
             "%/..", "x%/../y"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestApiPaths::dotSegmentsAreRefused()
{
    QFETCH(QString, name);
    const QUrl b = base("https://harbor.example.com");
    const QString ok = QStringLiteral("ok");
    const QList<QPair<const char *, QUrl>> urls {
        {"project", ApiPaths::project(b, name)},
        {"repositories", ApiPaths::repositories(b, name)},
        {"repository: project", ApiPaths::repository(b, name, ok)},
        {"repository: path", ApiPaths::repository(b, ok, name)},
        {"artifacts", ApiPaths::artifacts(b, ok, name)},
        {"artifact: reference", ApiPaths::artifact(b, ok, ok, name)},
        {"tags: reference", ApiPaths::tags(b, ok, ok, name)},
        {"tag: tag", ApiPaths::tag(b, ok, ok, ok, name)},
        {"tag: reference", ApiPaths::tag(b, ok, ok, name, ok)},
        {"tag: repository", ApiPaths::tag(b, ok, name, ok, ok)},
    };
    for (const auto &[where, url] : urls)
        QVERIFY2(!RequestPolicy::pathRefusal(url).isEmpty(),
            qPrintable(QStringLiteral("%1: %2 was not refused").arg(QLatin1String(where), url.toString())));
}

void TestApiPaths::ordinaryNamesPass_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"v1", "v..1", "_x", "a.b", "...x", "backend/api", "sha256:abc", "we ird/na%me+x#y?z"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestApiPaths::ordinaryNamesPass()
{
    QFETCH(QString, name);
    const QUrl b = base("https://harbor.example.com");
    const QString ok = QStringLiteral("ok");
    for (const QUrl &url :
        {ApiPaths::repository(b, ok, name), ApiPaths::tag(b, ok, ok, ok, name), ApiPaths::artifact(b, ok, ok, name)})
        QVERIFY2(RequestPolicy::pathRefusal(url).isEmpty(), qPrintable(RequestPolicy::pathRefusal(url)));
}

QTEST_APPLESS_MAIN(TestApiPaths)
#include "tst_apipaths.moc"
