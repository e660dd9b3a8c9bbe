// HarborClient against harbor-sim on loopback: endpoints, encoding on the wire, pagination,
// error mapping, retries, timeouts, credentials verdicts, redirects and cookies.
#include "api/HarborClient.h"
#include "diagnosis/ErrorPresenter.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace berth;

namespace {

// Collects a whole list through the typed paging API.
template<class T>
struct ListResult
{
    QList<T> items;
    QList<qint64> firstIndexes;
    ApiError error;
    bool done = false;
    int requests = 0;
    QString warning;
};

ListResult<Project> listProjects(HarborClient &c)
{
    ListResult<Project> r;
    PagedListJob *job = c.listProjects(
        {}, &c, [&r](const QList<Project> &items, qint64 first) { r.items += items, r.firstIndexes << first; },
        [&r](const ApiError &e) { r.error = e, r.done = true; });
    QObject::connect(
        job, &PagedListJob::finished, &c, [&r, job] { r.requests = job->requests(), r.warning = job->warning(); });
    if (!QTest::qWaitFor([&r] { return r.done; }, 30000))
        r.error.detail = QStringLiteral("the test gave up waiting"), r.error.kind = ApiError::Kind::Timeout;
    return r;
}

ListResult<Repository> listRepos(HarborClient &c, const QString &project)
{
    ListResult<Repository> r;
    PagedListJob *job = c.listRepositories(
        project, {}, &c,
        [&r](const QList<Repository> &items, qint64 first) { r.items += items, r.firstIndexes << first; },
        [&r](const ApiError &e) { r.error = e, r.done = true; });
    QObject::connect(
        job, &PagedListJob::finished, &c, [&r, job] { r.requests = job->requests(), r.warning = job->warning(); });
    if (!QTest::qWaitFor([&r] { return r.done; }, 30000))
        r.error.detail = QStringLiteral("the test gave up waiting"), r.error.kind = ApiError::Kind::Timeout;
    return r;
}

ListResult<Artifact> listArtifacts(HarborClient &c, const QString &project, const QString &repo, ArtifactQuery q = {})
{
    ListResult<Artifact> r;
    c.listArtifacts(
        project, repo, q, &c,
        [&r](const QList<Artifact> &items, qint64 first) { r.items += items, r.firstIndexes << first; },
        [&r](const ApiError &e) { r.error = e, r.done = true; });
    if (!QTest::qWaitFor([&r] { return r.done; }, 30000))
        r.error.detail = QStringLiteral("the test gave up waiting"), r.error.kind = ApiError::Kind::Timeout;
    return r;
}

ApiError deleteTag(HarborClient &c, const QString &project, const QString &repo, const QString &ref, const QString &tag)
{
    ApiError err;
    bool done = false;
    c.deleteTag(project, repo, ref, tag, &c, [&](const ApiError &e) { err = e, done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        err.kind = ApiError::Kind::Timeout, err.detail = QStringLiteral("the test gave up waiting");
    return err;
}

CredentialVerdict verify(HarborClient &c)
{
    CredentialVerdict v;
    bool done = false;
    c.verifyCredentials(&c, [&](const CredentialVerdict &r) { v = r, done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        v.state = CredentialVerdict::State::Unknown;
    return v;
}

QStringList names(const QList<Project> &ps)
{
    QStringList n;
    for (const Project &p : ps)
        n << p.name;
    return n;
}

} // namespace

class TestHarborClient : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(sim.start(), qPrintable(sim.errorString())); }

    void init()
    {
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    void versionAndSystemInfo()
    {
        HarborClient anon(settingsFor(sim.url()));
        QString version;
        SystemInfo info;
        bool done1 = false, done2 = false;
        anon.apiVersion(this, [&](const QString &v, const ApiError &e) {
            QVERIFY(!e);
            version = v, done1 = true;
        });
        anon.systemInfo(this, [&](const SystemInfo &s, const ApiError &e) {
            QVERIFY(!e);
            info = s, done2 = true;
        });
        QTRY_VERIFY(done1 && done2);
        QCOMPARE(version, QStringLiteral("v2.0"));
        QVERIFY(!info.authenticatedView);
        QVERIFY(info.harborVersion.isEmpty());

        HarborClient robot(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        done2 = false;
        robot.systemInfo(this, [&](const SystemInfo &s, const ApiError &e) {
            QVERIFY(!e);
            info = s, done2 = true;
        });
        QTRY_VERIFY(done2);
        QVERIFY(info.authenticatedView);
        QVERIFY(!info.harborVersion.isEmpty());
    }

    void credentialVerdicts_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("state");
        QTest::newRow("robot accepted (412 on users/current)")
            << SimAccounts::kCleaner << SimAccounts::kCleanerSecret << int(CredentialVerdict::State::AcceptedRobot);
        QTest::newRow("wrong secret rejected (401)")
            << SimAccounts::kCleaner << "nope" << int(CredentialVerdict::State::Rejected);
        QTest::newRow("expired robot rejected")
            << SimAccounts::kExpired << SimAccounts::kExpiredSecret << int(CredentialVerdict::State::Rejected);
        QTest::newRow("disabled robot rejected")
            << SimAccounts::kDisabled << SimAccounts::kDisabledSecret << int(CredentialVerdict::State::Rejected);
        QTest::newRow("shell ate $team-a")
            << "robot+cleaner" << SimAccounts::kCleanerSecret << int(CredentialVerdict::State::Rejected);
        QTest::newRow("user accepted (200)")
            << SimAccounts::kAlice << SimAccounts::kAlicePassword << int(CredentialVerdict::State::AcceptedUser);
        QTest::newRow("anonymous") << ""
                                   << "" << int(CredentialVerdict::State::Anonymous);
    }

    void credentialVerdicts()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(int, state);
        HarborClient c(settingsFor(sim.url(), user, secret));
        const CredentialVerdict v = verify(c);
        QCOMPARE(int(v.state), state);
        // Cached: a second call sends nothing.
        const int before = sim.log().size();
        verify(c);
        QCOMPARE(sim.log().size(), before);
    }

    void projectsByIdentity_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("anonymous sees public only") << ""
                                                    << "" << QStringList {"empty", "library"};
        QTest::newRow("failed credentials silently see public only")
            << SimAccounts::kCleaner << "wrong" << QStringList {"empty", "library"};
        QTest::newRow("project robot sees its project and public")
            << SimAccounts::kCleaner << SimAccounts::kCleanerSecret << QStringList {"empty", "library", "team-a"};
        QTest::newRow("admin sees all") << SimAccounts::kAdmin << SimAccounts::kAdminPassword
                                        << QStringList {"1234", "empty", "library", "team-a", "team-b"};
    }

    void projectsByIdentity()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QStringList, expected);
        HarborClient c(settingsFor(sim.url(), user, secret));
        auto r = listProjects(c);
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QStringList got = names(r.items);
        got.sort();
        QCOMPARE(got, expected);
        for (const Project &p : r.items)
            if (p.name == QLatin1String("library"))
                QVERIFY(p.isPublic);
    }

    void nestedRepositoriesAndDoubleEncodingOnTheWire()
    {
        HarborClient c(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        auto repos = listRepos(c, QStringLiteral("team-a"));
        QVERIFY2(!repos.error, qPrintable(repos.error.summary()));
        QStringList n;
        for (const Repository &r : repos.items)
            n << r.name;
        QVERIFY(n.contains(QStringLiteral("team-a/backend/api")));
        QVERIFY(n.contains(QStringLiteral("team-a/tools/ci/runner")));

        sim.clearLog();
        auto arts = listArtifacts(c, QStringLiteral("team-a"), QStringLiteral("backend/api"));
        QVERIFY2(!arts.error, qPrintable(arts.error.summary()));
        QVERIFY(!arts.items.isEmpty());
        const QJsonArray log = sim.log();
        QVERIFY(!log.isEmpty());
        const QString path = log.first().toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(path.startsWith(QStringLiteral("/api/v2.0/projects/team-a/repositories/backend%252Fapi/artifacts?")),
            qPrintable(path));
        QStringList tags;
        for (const Artifact &a : arts.items)
            for (const Tag &t : a.tags)
                tags << t.name;
        QVERIFY(tags.contains(QStringLiteral("release-1.0")));
        bool immutableSeen = false;
        for (const Artifact &a : arts.items)
            for (const Tag &t : a.tags)
                if (t.name == QLatin1String("release-1.0"))
                    immutableSeen = t.immutable;
        QVERIFY(immutableSeen);
    }

    void digitOnlyProjectName()
    {
        HarborClient c(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        Project p;
        ApiError err;
        bool done = false;
        c.project(
            QStringLiteral("1234"), this, [&](const Project &v, const ApiError &e) { p = v, err = e, done = true; });
        QTRY_VERIFY(done);
        QVERIFY2(!err, qPrintable(err.summary()));
        QCOMPARE(p.name, QStringLiteral("1234"));
        QCOMPARE(sim.log().last().toObject().value(QStringLiteral("status")).toInt(), 200);
    }

    void indexChildrenAndAccessories()
    {
        HarborClient c(settingsFor(sim.url()));
        ArtifactQuery q;
        q.withAccessory = true;
        auto arts = listArtifacts(c, QStringLiteral("library"), QStringLiteral("nginx"), q);
        QVERIFY2(!arts.error, qPrintable(arts.error.summary()));
        const Artifact *index = nullptr;
        for (const Artifact &a : arts.items)
            if (a.isIndex())
                index = &a;
        QVERIFY(index);
        QCOMPARE(index->references.size(), 2);
        QVERIFY(!index->references.first().platform.architecture.isEmpty());
        QVERIFY(!index->accessories.isEmpty());
        // The default list hides the platform children.
        for (const Artifact &a : arts.items)
            for (const ChildReference &ref : index->references)
                QVERIFY(a.digest != ref.childDigest);
    }

    void pagination_data()
    {
        QTest::addColumn<int>("repos");
        QTest::addRow("1") << 1;
        QTest::addRow("100") << 100;
        QTest::addRow("101") << 101;
        QTest::addRow("250") << 250;
    }

    void pagination()
    {
        QFETCH(int, repos);
        SimServer gen;
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=%1,tags=2").arg(repos)}),
            qPrintable(gen.errorString()));
        HarborClient c(settingsFor(gen.url(), SimAccounts::kBench, SimAccounts::kBenchSecret));
        auto r = listRepos(c, QStringLiteral("proj-000"));
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QCOMPARE(r.items.size(), repos);
        QCOMPARE(r.requests, (repos + 99) / 100);
        // Stable order: pages arrive in page order even when fetched in parallel.
        for (int i = 0; i < r.firstIndexes.size(); ++i)
            QCOMPARE(r.firstIndexes.at(i), qint64(i) * 100);
        QSet<QString> unique;
        for (const Repository &repo : r.items)
            unique.insert(repo.name);
        QCOMPARE(unique.size(), repos);
        for (const QJsonValue &v : gen.log())
            QVERIFY(v.toObject().value(QStringLiteral("path")).toString().contains(QStringLiteral("page_size=100")));
    }

    void emptyList()
    {
        HarborClient c(settingsFor(sim.url()));
        auto r = listRepos(c, QStringLiteral("empty"));
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QCOMPARE(r.items.size(), 0);
        QCOMPARE(r.requests, 1);
    }

    void errorClasses_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("401 anonymous delete in a public project")
            << ""
            << ""
            << "library/nginx"
            << "1.25"
            << "1.25" << int(ApiError::Kind::Unauthorized) << 401 << "UNAUTHORIZED";
        QTest::newRow("401 wrong secret falls back to anonymous")
            << SimAccounts::kCleaner << "bad"
            << "team-a/frontend"
            << "pr-1"
            << "pr-1" << int(ApiError::Kind::Unauthorized) << 401 << "UNAUTHORIZED";
        QTest::newRow("403 reader lacks tag:delete")
            << SimAccounts::kReader << SimAccounts::kReaderSecret << "team-a/frontend"
            << "pr-1"
            << "pr-1" << int(ApiError::Kind::Forbidden) << 403 << "FORBIDDEN";
        QTest::newRow("403 project robot on another project")
            << SimAccounts::kCleaner << SimAccounts::kCleanerSecret << "team-b/service"
            << "1.0"
            << "1.0" << int(ApiError::Kind::Forbidden) << 403 << "FORBIDDEN";
        QTest::newRow("404 tag not on that artifact")
            << SimAccounts::kCleaner << SimAccounts::kCleanerSecret << "team-a/frontend"
            << "main"
            << "nope" << int(ApiError::Kind::NotFound) << 404 << "NOT_FOUND";
        QTest::newRow("412 immutable tag")
            << SimAccounts::kCleaner << SimAccounts::kCleanerSecret << "team-a/backend/api"
            << "release-1.0"
            << "release-1.0" << int(ApiError::Kind::PreconditionFailed) << 412 << "PRECONDITION";
    }

    void errorClasses()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, repo);
        QFETCH(QString, ref);
        QFETCH(QString, tag);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        HarborClient c(settingsFor(sim.url(), user, secret));
        const QString project = repo.section(QLatin1Char('/'), 0, 0);
        const ApiError e = deleteTag(c, project, repo.section(QLatin1Char('/'), 1), ref, tag);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.harborCode, code);
        QCOMPARE(e.method, QByteArray("DELETE"));
        QCOMPARE(e.authScheme, user.isEmpty() ? QStringLiteral("none") : QStringLiteral("basic"));
        QCOMPARE(e.username, user);
        QVERIFY(!e.responseRequestId.isEmpty());
        QCOMPARE(e.responseRequestId, e.requestId); // harbor-sim echoes our X-Request-Id
        QVERIFY(e.wwwAuthenticate.isEmpty()); // Harbor's API never challenges
        QCOMPARE(e.attempts, 1); // a DELETE is never retried blindly
    }

    void deleteTagSucceeds()
    {
        HarborClient c(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));
        const ApiError e = deleteTag(
            c, QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-1"), QStringLiteral("pr-1"));
        QVERIFY2(!e, qPrintable(e.summary()));
        QVERIFY(!sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("main")));
        const QJsonObject entry = sim.log().last().toObject();
        QCOMPARE(entry.value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(entry.value(QStringLiteral("user")).toString(), SimAccounts::kCleaner);
    }

    void retriesThenSucceeds_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503 twice") << QJsonObject {{"kind", "status"}, {"status", 503}, {"times", 2}} << 3;
        QTest::newRow("429 with Retry-After")
            << QJsonObject {{"kind", "status"}, {"status", 429}, {"retry_after", 1}, {"times", 1}} << 2;
        QTest::newRow("connection reset") << QJsonObject {{"kind", "reset"}, {"times", 1}} << 2;
        QTest::newRow("truncated body") << QJsonObject {{"kind", "truncated"}, {"times", 1}} << 2;
        QTest::newRow("proxy HTML 502") << QJsonObject {{"kind", "html"}, {"status", 502}, {"times", 2}} << 3;
    }

    void retriesThenSucceeds()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, attempts);
        fault.insert(QStringLiteral("match"), QStringLiteral("/api/v2.0/projects"));
        QVERIFY(sim.addFault(fault));
        HarborClient c(settingsFor(sim.url()));
        auto r = listProjects(c);
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QCOMPARE(names(r.items).size(), 2);
        QCOMPARE(sim.log().size(), attempts);
    }

    void failuresAfterRetries_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("500 always") << QJsonObject {{"kind", "status"}, {"status", 500}}
                                    << int(ApiError::Kind::ServerError) << 3;
        QTest::newRow("429 always") << QJsonObject {{"kind", "status"}, {"status", 429}, {"retry_after", 0}}
                                    << int(ApiError::Kind::RateLimited) << 3;
        QTest::newRow("malformed JSON is not retried")
            << QJsonObject {{"kind", "malformed_json"}} << int(ApiError::Kind::BadResponse) << 1;
        QTest::newRow("empty body") << QJsonObject {{"kind", "empty"}} << int(ApiError::Kind::BadResponse) << 1;
        QTest::newRow("422 validation") << QJsonObject {{"kind", "status"}, {"status", 422}}
                                        << int(ApiError::Kind::Validation) << 1;
    }

    void failuresAfterRetries()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, kind);
        QFETCH(int, requests);
        fault.insert(QStringLiteral("match"), QStringLiteral("/api/v2.0/projects"));
        QVERIFY(sim.addFault(fault));
        HarborClient c(settingsFor(sim.url()));
        auto r = listProjects(c);
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(r.items.isEmpty()); // never an empty list that looks like success
        QCOMPARE(sim.log().size(), requests);
    }

    void htmlErrorPageKeepsTheBody()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "html"}, {"status", 502}, {"match", "/api/v2.0/projects"}}));
        HarborClient c(settingsFor(sim.url()));
        auto r = listProjects(c);
        QCOMPARE(int(r.error.kind), int(ApiError::Kind::ServerError));
        QCOMPARE(r.error.httpStatus, 502);
        QVERIFY(r.error.contentType.startsWith(QStringLiteral("text/html")));
        QVERIFY(r.error.bodySnippet.toLower().contains("<html"));
    }

    void timeout()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "hang"}, {"match", "/api/v2.0/systeminfo"}}));
        ConnectionSettings s = settingsFor(sim.url());
        s.timeoutMs = 400;
        HarborClient c(s);
        ApiError err;
        bool done = false;
        c.systemInfo(this, [&](const SystemInfo &, const ApiError &e) { err = e, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(int(err.kind), int(ApiError::Kind::Timeout));
        QVERIFY(err.elapsedMs < 5000);
    }

    void lyingTotalCount_data()
    {
        QTest::addColumn<QString>("total");
        QTest::addColumn<int>("expected");
        QTest::newRow("too high") << "999999" << 250;
        QTest::newRow("too low") << "5" << 250;
        QTest::newRow("garbage") << "lots" << 250;
    }

    void lyingTotalCount()
    {
        QFETCH(QString, total);
        QFETCH(int, expected);
        SimServer gen;
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=250,tags=2")}),
            qPrintable(gen.errorString()));
        QVERIFY(gen.addFault(
            QJsonObject {{"kind", "header"}, {"name", "X-Total-Count"}, {"value", total}, {"match", "/repositories"}}));
        ConnectionSettings s = settingsFor(gen.url(), SimAccounts::kBench, SimAccounts::kBenchSecret);
        s.maxPages = 50;
        HarborClient c(s);
        auto r = listRepos(c, QStringLiteral("proj-000"));
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QCOMPARE(r.items.size(), expected);
        QVERIFY(!r.warning.isEmpty());
        QVERIFY(r.requests <= 3 + s.listConcurrency);
    }

    void pageCapStopsEndlessLists()
    {
        SimServer gen;
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=250,tags=2")}),
            qPrintable(gen.errorString()));
        ConnectionSettings s = settingsFor(gen.url(), SimAccounts::kBench, SimAccounts::kBenchSecret);
        s.maxPages = 2;
        HarborClient c(s);
        auto r = listRepos(c, QStringLiteral("proj-000"));
        QVERIFY(!r.warning.isEmpty());
        QCOMPARE(r.items.size(), 200);
    }

    void redirectToAnotherOriginIsRefused()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "redirect"}, {"match", "/api/v2.0/projects"}, {"times", 1}}));
        HarborClient c(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        auto r = listProjects(c);
        QCOMPARE(int(r.error.kind), int(ApiError::Kind::RedirectRefused));
        QCOMPARE(r.error.redirectRefused.host(), QStringLiteral("localhost"));
        // The credentials never reached the other origin: only the original request arrived.
        const QJsonArray log = sim.log();
        QCOMPARE(log.size(), 1);
        QVERIFY(
            log.first().toObject().value(QStringLiteral("host")).toString().startsWith(QStringLiteral("127.0.0.1")));
    }

    void sameOriginRedirectIsFollowed()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "redirect"}, {"match", "/api/v2.0/systeminfo"}, {"times", 1},
            {"location", sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo"))).toString()}}));
        HarborClient c(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        SystemInfo info;
        ApiError err;
        bool done = false;
        c.systemInfo(this, [&](const SystemInfo &s, const ApiError &e) { info = s, err = e, done = true; });
        QTRY_VERIFY(done);
        QVERIFY2(!err, qPrintable(err.summary()));
        QVERIFY(info.authenticatedView); // credentials survived the same-origin hop
    }

    void noCookieIsEverSent()
    {
        HarborClient c(settingsFor(sim.url(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        listProjects(c);
        listRepos(c, QStringLiteral("team-a"));
        const ApiError e = deleteTag(
            c, QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-2"), QStringLiteral("pr-2"));
        QVERIFY2(!e, qPrintable(e.summary())); // no CSRF 403: no sid cookie was replayed
        const QJsonArray log = sim.log();
        QVERIFY(log.size() >= 3);
        for (const QJsonValue &v : log)
            QVERIFY(v.toObject().value(QStringLiteral("cookies")).toArray().isEmpty());
    }

    // A body of 100 MB or more is cut off at the cap with a clear error, not read into memory.
    void hugeBodyIsRefused()
    {
        QVERIFY(sim.addFault(
            QJsonObject {{"kind", "huge"}, {"bytes", 120 * 1024 * 1024}, {"match", "/api/v2.0/projects"}}));
        ConnectionSettings s = settingsFor(sim.url());
        s.maxBodyBytes = 8 * 1024 * 1024;
        HarborClient c(s);
        auto r = listProjects(c);
        QCOMPARE(int(r.error.kind), int(ApiError::Kind::BadResponse));
        QVERIFY2(r.error.transportMessage.contains(QStringLiteral("larger than 8 MiB")), qPrintable(r.error.summary()));
        QVERIFY(r.items.isEmpty());
        QCOMPARE(causeId(ErrorPresenter::causeOf(r.error)), QStringLiteral("bad_response"));
    }

    // Lying and garbage pagination headers never loop and never drop what the pages hold.
    void garbageLinkHeaderIsIgnored()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "header"}, {"name", "Link"},
            {"value", "<<<>>>; rel=\"next\" , garbage"}, {"match", "/api/v2.0/projects"}}));
        HarborClient c(settingsFor(sim.url()));
        auto r = listProjects(c);
        QVERIFY2(!r.error, qPrintable(r.error.summary()));
        QCOMPARE(names(r.items).size(), 2);
        QCOMPARE(r.requests, 1);
    }

    // Odd names travel encoded, arrive intact, and fail cleanly when they do not exist.
    void oddNamesAreEncodedAndFailCleanly()
    {
        HarborClient c(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        const QString repo = QStringLiteral("we ird/na%me+x#y?z-\u00fc");
        auto r = listArtifacts(c, QStringLiteral("team-a"), repo);
        QCOMPARE(int(r.error.kind), int(ApiError::Kind::NotFound));
        QVERIFY(r.items.isEmpty());
        const QString path = sim.log().last().toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(path.contains(
                     QStringLiteral("/repositories/we%2520ird%252Fna%2525me%252Bx%2523y%253Fz-%25C3%25BC/artifacts?")),
            qPrintable(path));
    }

    // The last line of defence: whatever name reaches the client (typed, from a file, or sent
    // by a hostile server), a URL whose path would read as another path is never sent.
    void dotSegmentNamesNeverReachTheServer_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("tag");
        const QString p = QStringLiteral("team-a"), r = QStringLiteral("frontend"), t = QStringLiteral("pr-1");
        for (const char *bad : {"..", ".", "%2e%2e", "%252e%252e", "a/..", "../frontend"}) {
            const QString b = QString::fromLatin1(bad);
            QTest::addRow("tag %s", bad) << p << r << t << b;
            QTest::addRow("reference %s", bad) << p << r << b << t;
            QTest::addRow("repository %s", bad) << p << b << t << t;
            QTest::addRow("project %s", bad) << b << r << t << t;
        }
    }

    void dotSegmentNamesNeverReachTheServer()
    {
        QFETCH(QString, project);
        QFETCH(QString, repository);
        QFETCH(QString, reference);
        QFETCH(QString, tag);
        HarborClient c(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        QVERIFY(sim.clearLog());
        QList<ApiError> errors;
        const auto done = [&](const ApiError &e) { errors << e; };
        c.deleteTag(project, repository, reference, tag, this, done);
        int expected = 1;
        if (tag == QLatin1String("pr-1")) { // the hostile name is a path part every delete uses
            c.deleteArtifact(project, repository, reference, this, done);
            ++expected;
            if (reference == QLatin1String("pr-1")) {
                c.deleteRepository(project, repository, this, done);
                ++expected;
            }
        }
        QTRY_COMPARE(errors.size(), expected);
        for (const ApiError &e : std::as_const(errors))
            QCOMPARE(ApiError::kindName(e.kind), QStringLiteral("unsafe_request"));
        QCOMPARE(sim.log().size(), 0);
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/frontend")).size(), 3);
    }

    void plainHttpToRemoteHostRefused()
    {
        HarborClient c(settingsFor(
            QUrl(QStringLiteral("http://harbor.invalid/")), QStringLiteral("robot$x+y"), QStringLiteral("s")));
        ApiError err;
        bool done = false;
        c.systemInfo(this, [&](const SystemInfo &, const ApiError &e) { err = e, done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(int(err.kind), int(ApiError::Kind::InsecureTransport));
    }

    void rateCap()
    {
        ConnectionSettings s = settingsFor(sim.url());
        s.maxRequestsPerSecond = 20;
        HarborClient c(s);
        QElapsedTimer t;
        t.start();
        int done = 0;
        for (int i = 0; i < 5; ++i)
            c.apiVersion(this, [&](const QString &, const ApiError &) { ++done; });
        QTRY_COMPARE(done, 5);
        // Five requests at 20/s need at least four 50 ms gaps; a functional check of the cap,
        // with a generous margin below the exact figure.
        QVERIFY(t.elapsed() >= 150);
    }
};

QTEST_GUILESS_MAIN(TestHarborClient)
#include "tst_harborclient.moc"
