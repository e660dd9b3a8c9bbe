// Listing a plain registry (RegistryClient::catalog and tags, RegistryListJob) and telling Harbor
// from a registry (detectServer), against real docker-registry instances (Debian's distribution
// 2.8: anonymous, htpasswd Basic, token auth with tools/oci-fixtures/token-server), harbor-sim,
// and a fake server (RegistryClientFixtures.h) for what a well-behaved registry never sends.
#include "api/ApiJob.h"
#include "api/ApiTransport.h"
#include "api/RegistryAuth.h"
#include "api/RegistryClient.h"
#include "api/RegistryListJob.h"
#include "api/ServerProbe.h"
#include "RegistryClientFixtures.h"
#include "RegistryListRun.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace berth;
using namespace RegistryTest;

namespace {

const QString kUser = QStringLiteral("lister");

ServerIdentity detect(ApiTransport *transport, ApiError *error)
{
    ServerIdentity out;
    bool called = false;
    QEventLoop loop;
    detectServer(transport, &loop, [&](const ServerIdentity &id, const ApiError &e) {
        out = id;
        *error = e;
        called = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!called)
        loop.exec();
    return out;
}

FakeResponse json(const QByteArray &body, const QByteArray &link = {})
{
    FakeResponse r {200, {{"Content-Type", "application/json"}}, body};
    if (!link.isEmpty())
        r.headers.append({"Link", link});
    return r;
}

} // namespace

class TstRegistryLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // docker-registry
    void catalogFollowsLinkPaging_data();
    void catalogFollowsLinkPaging();
    void catalogNeverAsksMoreThanDistributionAllows();
    void tagsList();
    void basicAuthCatalog();
    void tokenAuthCatalog();
    void detectsRegistryAndHarbor();

    // a fake server: what a registry should never send
    void hostileNamesNeverBecomeRows();
    void listsThatWouldBeCutEndInAnError_data();
    void listsThatWouldBeCutEndInAnError();
    void abortEndsOnceAsCancelled();

private:
    QStringList m_expectedCatalog;
    RegistryServer m_open;
    RegistryServer m_basic;
    RegistryServer m_token;
    const QByteArray m_password = "lists-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    Content m_content;
};

void TstRegistryLists::initTestCase()
{
    QVERIFY2(m_open.start(), qPrintable(m_open.errorString()));
    QJsonObject record;
    const RegistryServer::Result pushed = m_open.pushFixtures(QStringLiteral("lists"), {}, &record);
    QVERIFY2(pushed.ok(), pushed.output.constData());
    const QJsonObject fixtures = record.value(QStringLiteral("fixtures")).toObject();
    for (const QJsonValue &f : fixtures) {
        const QString repo = f.toObject().value(QStringLiteral("repository")).toString();
        if (!m_expectedCatalog.contains(repo))
            m_expectedCatalog << repo;
    }
    // Names at both ends of the sort order, and a deep one.
    QVERIFY(m_content.pushAll(m_open.url(), QStringLiteral("aa/first")));
    QVERIFY(m_content.pushAll(m_open.url(), QStringLiteral("zz/last/deep")));
    m_expectedCatalog << QStringLiteral("aa/first") << QStringLiteral("zz/last/deep");
    m_expectedCatalog.sort(); // distribution lists in lexical order
    QVERIFY(m_expectedCatalog.size() >= 9);

    RegistryServer::Options basic;
    basic.username = kUser;
    basic.password = m_password;
    basic.deleteEnabled = false;
    QVERIFY2(m_basic.start(basic), qPrintable(m_basic.errorString()));
    QVERIFY(m_content.pushAll(m_basic.url(), QStringLiteral("secured/app"), basicHeader(kUser, m_password)));

    RegistryServer::Options token;
    token.username = kUser;
    token.password = m_password;
    token.tokenAuth = true;
    QVERIFY2(m_token.start(token), qPrintable(m_token.errorString()));
    const RegistryServer::Result tokenPush = m_token.pushFixtures(
        QStringLiteral("tok"), {QStringLiteral("scratch")}, nullptr, {QStringLiteral("--username"), kUser}, m_password);
    QVERIFY2(tokenPush.ok(), tokenPush.output.constData());
}

void TstRegistryLists::cleanupTestCase()
{
    m_open.stop();
    m_basic.stop();
    m_token.stop();
}

void TstRegistryLists::catalogFollowsLinkPaging_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1 a page") << 1;
    QTest::newRow("2 a page") << 2;
    QTest::newRow("4 a page") << 4;
    QTest::newRow("1000 a page (one answer)") << 1000;
}

void TstRegistryLists::catalogFollowsLinkPaging()
{
    QFETCH(int, pageSize);
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    const ListRun r = runList(client.catalog(pageSize));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.finishedSignals, 1);
    QVERIFY(r.deleted);
    QCOMPARE(r.names, m_expectedCatalog); // every name once, in the registry's order
    QCOMPARE(r.rejected, 0);
    for (const QStringList &page : r.pageNames)
        QVERIFY(page.size() <= pageSize);
    // One request a page, as many pages as the names need, give or take distribution's last empty
    // page when the count divides evenly.
    const int needed = (int(m_expectedCatalog.size()) + pageSize - 1) / pageSize;
    QCOMPARE(r.pageNames.size(), needed);
    QVERIFY2(r.pages == needed || (r.pages == needed + 1 && m_expectedCatalog.size() % pageSize == 0),
        qPrintable(QStringLiteral("%1 pages").arg(r.pages)));
    QCOMPARE(r.requests, r.pages);
    QCOMPARE(client.requestsSent(), r.requests);
}

void TstRegistryLists::catalogNeverAsksMoreThanDistributionAllows()
{
    ApiTransport transport(settingsFor(m_open.url()));
    // The registry itself: n above 1000 is refused (distribution 2.8 registry/handlers/catalog.go).
    ApiRequest raw;
    raw.url = m_open.url().resolved(QUrl(QStringLiteral("/v2/_catalog?n=1001")));
    ApiJob *job = transport.send(raw);
    QSignalSpy spy(job, &ApiJob::finished);
    QVERIFY(spy.wait(20000));
    QCOMPARE(job->status(), 400);
    QCOMPARE(job->error().harborCode, QStringLiteral("PAGINATION_NUMBER_INVALID"));

    // Asked for more, the client asks for 1000 and gets the whole list.
    RegistryClient client(&transport);
    const ListRun r = runList(client.catalog(5000));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.names, m_expectedCatalog);
    QVERIFY(!m_open.log().contains("_catalog?n=5000"));
    QVERIFY(m_open.log().contains("_catalog?n=1000"));
}

void TstRegistryLists::tagsList()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    ListRun r = runList(client.tags(QStringLiteral("aa/first")));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QStringList tags = r.names;
    tags.sort();
    QCOMPARE(tags,
        QStringList({QStringLiteral("docker"), QStringLiteral("index"), QStringLiteral("oci"),
            RegistryClient::fallbackTag(sha256Digest(m_content.oci))}));
    QCOMPARE(r.requests, 1); // distribution 2.8 sends every tag in one answer without n

    // A repository that does not exist: the registry's 404 NAME_UNKNOWN, as it is.
    r = runList(client.tags(QStringLiteral("no/such/repo")));
    QCOMPARE(r.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error.harborCode, QStringLiteral("NAME_UNKNOWN"));

    // A name outside the grammar is refused unsent.
    const int before = client.requestsSent();
    r = runList(client.tags(QStringLiteral("../x")));
    QCOMPARE(r.error.kind, ApiError::Kind::UnsafeRequest);
    QCOMPARE(client.requestsSent(), before);

    // Every tag gone (its manifest deleted): distribution answers "tags": null, an empty list.
    QVERIFY(pushBlob(m_open.url(), QStringLiteral("gone/app"), m_content.config));
    QVERIFY(pushBlob(m_open.url(), QStringLiteral("gone/app"), m_content.layer));
    QVERIFY(pushManifest(m_open.url(), QStringLiteral("gone/app"), QStringLiteral("only"), m_content.docker,
        OciMediaType::DockerManifest));
    const auto del = run<bool>([&](auto done) {
        return client.deleteManifest(QStringLiteral("gone/app"), sha256Digest(m_content.docker), nullptr,
            [done](const ApiError &e) { done(true, e); });
    });
    QVERIFY2(!del.error.isError(), qPrintable(del.error.summary()));
    r = runList(client.tags(QStringLiteral("gone/app")));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.names, QStringList());
    QCOMPARE(r.finishedSignals, 1);
}

void TstRegistryLists::basicAuthCatalog()
{
    {
        ApiTransport transport(settingsFor(m_basic.url()));
        RegistryClient client(&transport);
        const ListRun r = runList(client.catalog());
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.registryScope, QStringLiteral("registry:catalog:*"));
        QVERIFY(r.error.wwwAuthenticate.startsWith(QLatin1String("Basic")));
        QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::None); // nothing was sent
    }
    {
        ApiTransport transport(settingsFor(m_basic.url(), kUser, QStringLiteral("wrong")));
        RegistryClient client(&transport);
        const ListRun r = runList(client.catalog());
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::NotPermitted);
        QCOMPARE(r.error.username, kUser);
    }
    ApiTransport transport(settingsFor(m_basic.url(), kUser, QString::fromUtf8(m_password)));
    RegistryClient client(&transport);
    const ListRun r = runList(client.catalog(1));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.names, QStringList {QStringLiteral("secured/app")});
}

void TstRegistryLists::tokenAuthCatalog()
{
    // tools/oci-fixtures/token-server grants the right credentials every action asked for,
    // registry:catalog:* included; anonymous callers get a token that grants nothing.
    {
        ApiTransport transport(settingsFor(m_token.url(), kUser, QString::fromUtf8(m_password)));
        RegistryClient client(&transport);
        const ListRun r = runList(client.catalog());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
        QCOMPARE(r.names, QStringList {QStringLiteral("tok/scratch")});
        QCOMPARE(client.auth()->fetches(), 1);
        const ListRun tags = runList(client.tags(QStringLiteral("tok/scratch")));
        QVERIFY2(!tags.error.isError(), qPrintable(tags.error.summary()));
        QCOMPARE(tags.names, QStringList {QStringLiteral("v1")});
    }
    {
        ApiTransport transport(settingsFor(m_token.url()));
        RegistryClient client(&transport);
        const ListRun r = runList(client.catalog());
        QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::InsufficientScope);
        QCOMPARE(r.error.registryScope, QStringLiteral("registry:catalog:*"));
        QCOMPARE(r.error.realm, m_token.tokenRealm());
        QCOMPARE(r.names, QStringList());
    }
    {
        ApiTransport transport(settingsFor(m_token.url(), kUser, QStringLiteral("wrong")));
        RegistryClient client(&transport);
        const ListRun r = runList(client.catalog());
        QCOMPARE(r.error.registryDenial, ApiError::RegistryDenial::TokenRefused);
        QCOMPARE(r.error.httpStatus, 401);
    }
}

void TstRegistryLists::detectsRegistryAndHarbor()
{
    ApiError error;
    {
        ApiTransport transport(settingsFor(m_open.url()));
        const ServerIdentity id = detect(&transport, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(id.kind, ServerKind::Registry);
        QCOMPARE(id.version, QStringLiteral("registry/2.0"));
    }
    {
        // 401 with a Basic challenge on /v2/ is still a registry; no credentials needed to know.
        ApiTransport transport(settingsFor(m_basic.url(), kUser, QStringLiteral("wrong")));
        const ServerIdentity id = detect(&transport, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(id.kind, ServerKind::Registry);
    }
    SimServer sim;
    QVERIFY2(sim.start({QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}), qPrintable(sim.errorString()));
    {
        ApiTransport transport(settingsFor(sim.url()));
        const ServerIdentity id = detect(&transport, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(id.kind, ServerKind::Harbor);
        QCOMPARE(id.version, QString()); // hidden from anonymous callers
    }
    {
        ApiTransport transport(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        const ServerIdentity id = detect(&transport, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(id.kind, ServerKind::Harbor);
        QCOMPARE(id.version, QStringLiteral("v2.11.0-harbor-sim"));
    }
    {
        // Wrong credentials do not hide what the server is.
        ApiTransport transport(settingsFor(sim.url(), SimAccounts::kAdmin, QStringLiteral("wrong")));
        const ServerIdentity id = detect(&transport, &error);
        QVERIFY2(!error.isError(), qPrintable(error.summary()));
        QCOMPARE(id.kind, ServerKind::Harbor);
    }
    sim.stop();
    {
        FakeRegistry fake; // a web server that is neither
        QVERIFY(fake.listen());
        fake.setHandler([](const FakeRequest &) {
            return FakeResponse {404, {{"Content-Type", "text/html"}}, "<h1>no"};
        });
        ApiTransport transport(settingsFor(fake.url()));
        detect(&transport, &error);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(error.detail.contains(QLatin1String("/v2/")), qPrintable(error.detail));
        QCOMPARE(fake.requests.size(), 2);
    }
    {
        // Nothing listening: the network error as it is, not "neither".
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort()));
        closed.close();
        ApiTransport transport(settingsFor(url));
        detect(&transport, &error);
        QCOMPARE(error.kind, ApiError::Kind::Network);
    }
}

void TstRegistryLists::hostileNamesNeverBecomeRows()
{
    FakeRegistry fake;
    QVERIFY(fake.listen());
    fake.setHandler([](const FakeRequest &req) {
        if (req.target.startsWith("/v2/_catalog?n=1000"))
            return json(R"({"repositories":["../x","good/one","UPPER","a/../b","%2e%2e"]})",
                R"(</v2/_catalog?last=good%2Fone&n=1000>; rel="next")");
        if (req.target.startsWith("/v2/_catalog?last="))
            return json(R"({"repositories":["good/two",""]})");
        if (req.target == "/v2/good/one/tags/list")
            return json(R"({"name":"good/one","tags":["v1","../../x","-bad","v2"]})");
        return FakeResponse {404, {}, "{}"};
    });
    ApiTransport transport(settingsFor(fake.url()));
    RegistryClient client(&transport);
    ListRun r = runList(client.catalog());
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    // Skipped and counted: the list goes on, the bad names are reported, never rows.
    QCOMPARE(r.names, QStringList({QStringLiteral("good/one"), QStringLiteral("good/two")}));
    QCOMPARE(r.rejected, 5);
    QCOMPARE(r.rejectedSample.value(0), QStringLiteral("../x"));
    QCOMPARE(r.requests, 2);

    r = runList(client.tags(QStringLiteral("good/one")));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.summary()));
    QCOMPARE(r.names, QStringList({QStringLiteral("v1"), QStringLiteral("v2")}));
    QCOMPARE(r.rejected, 2);
}

void TstRegistryLists::listsThatWouldBeCutEndInAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("link"); // on every page
    QTest::addColumn<QString>("detail"); // a word the error's detail holds
    QTest::addColumn<int>("namesDelivered");

    const QByteArray page = R"({"repositories":["a/b"]})";
    QTest::newRow("cross-origin next") << page
                                       << QByteArray(R"(<http://localhost:1/v2/_catalog?last=a&n=1000>; rel="next")")
                                       << QStringLiteral("another server") << 0;
    QTest::newRow("next to another path")
        << page << QByteArray(R"(</v2/x/manifests/latest>; rel="next")") << QStringLiteral("another path") << 0;
    QTest::newRow("unreadable Link") << page << QByteArray(R"(</v2/_catalog?last=a; rel="next")")
                                     << QStringLiteral("Link") << 0;
    QTest::newRow("next repeats the same page")
        << page << QByteArray(R"(</v2/_catalog?n=1000>; rel="next")") << QStringLiteral("repeats") << 0;
    QTest::newRow("next repeats last") << page << QByteArray(R"(</v2/_catalog?last=a%2Fb&n=1000>; rel="next")")
                                       << QStringLiteral("repeats") << 1;
    QTest::newRow("not JSON") << QByteArray("<html>") << QByteArray() << QStringLiteral("not JSON") << 0;
    QTest::newRow("no repositories array")
        << QByteArray(R"({"repos":[]})") << QByteArray() << QStringLiteral("repositories") << 0;
    QTest::newRow("an entry that is not a name")
        << QByteArray(R"({"repositories":["a",1]})") << QByteArray() << QStringLiteral("not a name") << 0;
    // A server that always has one more page: the page cap (3 in this test).
    QTest::newRow("never ends") << page << QByteArray("<?last=COUNTER&n=1000>; rel=next") << QStringLiteral("3 pages")
                                << 2;
    // More names than maxListItems (5 in this test).
    QTest::newRow("too many names") << QByteArray(R"({"repositories":["a","b","c","d","e","f"]})") << QByteArray()
                                    << QStringLiteral("5 items") << 0;
}

void TstRegistryLists::listsThatWouldBeCutEndInAnError()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, link);
    QFETCH(QString, detail);
    QFETCH(int, namesDelivered);

    FakeRegistry fake;
    QVERIFY(fake.listen());
    int counter = 0;
    fake.setHandler([&](const FakeRequest &) {
        QByteArray l = link;
        l.replace("COUNTER", QByteArray::number(++counter));
        return json(body, l);
    });
    ConnectionSettings s = settingsFor(fake.url());
    s.maxPages = 3;
    s.maxListItems = 5;
    ApiTransport transport(s);
    RegistryClient client(&transport);
    const ListRun r = runList(client.catalog());
    QCOMPARE(r.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(r.error.detail.contains(detail), qPrintable(r.error.detail));
    QCOMPARE(r.names.size(), namesDelivered);
    QCOMPARE(r.finishedSignals, 1);
    QVERIFY(fake.requests.size() <= 3);
}

void TstRegistryLists::abortEndsOnceAsCancelled()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    // Aborted from the first page's slot: no second request, one finished(), Cancelled.
    const ListRun r = runList(client.catalog(2), [](RegistryListJob *job, int) { job->abort(); });
    QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(r.finishedSignals, 1);
    QCOMPARE(r.pageNames.size(), 1);
    QCOMPARE(r.requests, 1);
    QVERIFY(r.deleted);

    // Aborted before any answer.
    RegistryListJob *job = client.catalog(2);
    job->abort();
    job->abort(); // twice is harmless
    const ListRun early = runList(job);
    QCOMPARE(early.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(early.finishedSignals, 1);
    QCOMPARE(early.names, QStringList());
}

QTEST_GUILESS_MAIN(TstRegistryLists)
#include "tst_registrylists.moc"
