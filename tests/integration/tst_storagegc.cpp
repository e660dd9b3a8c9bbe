// The proof of StorageGraph against a real garbage collector: Debian's docker-registry
// (distribution 2.8.2). For each plan: push fixtures that share base layers across repositories
// and projects, scan (StorageScan), compute freedAfterGc, delete the plan's manifests, stop the
// registry (distribution's docs ask for it), run `docker-registry garbage-collect` on its storage,
// and compare the bytes of the blob data files before and after: EXACTLY equal, no tolerance.
// `stored` must equal the bytes on disk before anything is deleted.
// Plain registry: deletes over RegistryClient::deleteManifest. Harbor: harbor-sim
// --registry-backend in front of a docker-registry, deletes over HarborClient::deleteArtifact, which
// deletes the accessories and the children no other index uses, as Harbor does.
#include "api/ApiTransport.h"
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "core/StorageGraph.h"
#include "InspectFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "SimServer.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace berth;

namespace {

using Revisions = QList<StorageGraph::Revision>;

// Runs a scan to its end. False when it did not finish or ended with an error.
bool runScan(StorageScan &scan, const QString &scope, QString *error)
{
    bool done = false;
    ApiError result;
    QEventLoop loop;
    QObject::connect(&scan, &StorageScan::finished, &loop, [&](const ApiError &e) {
        result = e;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    scan.start(scope);
    if (!done)
        loop.exec();
    if (!done)
        *error = QStringLiteral("the scan did not finish");
    else if (result)
        *error = result.summary();
    return done && !result;
}

// Waits for one callback-style request. Returns its error.
ApiError wait(const std::function<void(DoneCallback)> &start)
{
    bool done = false;
    ApiError out;
    QEventLoop loop;
    start([&](const ApiError &e) {
        out = e;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (!done)
        out.kind = ApiError::Kind::Timeout;
    return out;
}

QString describe(const Revisions &revisions)
{
    QStringList out;
    for (const auto &r : revisions)
        out << r.first + QLatin1Char('@') + r.second.left(19);
    return out.join(QStringLiteral(", "));
}

QString digestOf(RegistryClient &client, const QString &repository, const QString &tag)
{
    QString digest;
    wait([&](DoneCallback done) {
        client.headManifest(
            repository, tag, &client, [&digest, done](const RegistryClient::ManifestHead &h, const ApiError &e) {
                digest = h.digest;
                done(e);
            });
    });
    return digest;
}

RegistryServer::Result skopeoCopy(const QStringList &args)
{
    return RegistryServer::run(QStringLiteral("skopeo"),
        QStringList {
            QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"), QStringLiteral("--dest-tls-verify=false")}
            + args);
}

// Everything the plans below choose from.
Revisions revisionsWhere(const StorageGraph &g, const std::function<bool(const StorageGraph::Revision &)> &pick)
{
    Revisions out;
    for (const QString &repository : g.repositories()) {
        for (const StorageGraph::Revision &r : g.revisions(repository)) {
            if (pick(r))
                out.append(r);
        }
    }
    return out;
}

// The revisions distribution links in its storage (repositories/<name>/_manifests/revisions/<alg>/<hex>/link):
// what GC marks from. Only to say which one a scan could not see when `stored` differs.
Revisions revisionsOnDisk(const QString &storage)
{
    Revisions out;
    const QString root = storage + QStringLiteral("/docker/registry/v2/repositories/");
    QDirIterator it(root, {QStringLiteral("link")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next().mid(root.size());
        const int at = path.indexOf(QStringLiteral("/_manifests/revisions/"));
        if (at < 0)
            continue;
        const QStringList rest = path.mid(at + 22).split(QLatin1Char('/'));
        out.append({path.left(at), rest.value(0) + QLatin1Char(':') + rest.value(1)});
    }
    return out;
}

// tools/oci-fixtures pushed through harbor-sim as admin (the password through the environment).
RegistryServer::Result pushThroughSim(const QUrl &sim, const QString &prefix, const QStringList &only)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAdminPassword);
    QString url = sim.toString();
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QStringList args {RegistryServer::fixturesTool(), QStringLiteral("--registry"), url, QStringLiteral("--repo"),
        prefix, QStringLiteral("--username"), SimAccounts::kAdmin};
    if (!only.isEmpty())
        args << QStringLiteral("--only") << only;
    return RegistryServer::run(QStringLiteral("python3"), args, 180000, {}, env);
}

QString layoutTag(const QString &layout)
{
    QFile index(layout + QStringLiteral("/index.json"));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(index.readAll())
        .object()
        .value(QStringLiteral("manifests"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("annotations"))
        .toObject()
        .value(QStringLiteral("org.opencontainers.image.ref.name"))
        .toString();
}

// Four images into REPO:1..4 from OCI layouts with skopeo: helm-chart, zstd-image,
// scratch, and oci-image converted to Docker's format (a new manifest over shared blobs).
bool pushApp(
    const QString &work, const QString &hostPort, const QString &repository, const QStringList &auth, QByteArray *error)
{
    const QStringList images {QStringLiteral("helm-chart"), QStringLiteral("zstd-image"), QStringLiteral("scratch"),
        QStringLiteral("oci-image")};
    for (int i = 0; i < images.size(); ++i) {
        const QString layout = work + QStringLiteral("/layout-%1").arg(i);
        QDir(layout).removeRecursively();
        RegistryServer::Result r = RegistryServer::run(QStringLiteral("python3"),
            {RegistryServer::fixturesTool(), QStringLiteral("--layout"), layout, images.at(i)});
        if (!r.ok()) {
            *error = r.output;
            return false;
        }
        QStringList args = auth;
        if (i == 3)
            args << QStringLiteral("--format") << QStringLiteral("v2s2");
        args << QStringLiteral("oci:%1:%2").arg(layout, layoutTag(layout))
             << QStringLiteral("docker://%1/%2:%3").arg(hostPort, repository).arg(i + 1);
        r = skopeoCopy(args);
        if (!r.ok()) {
            *error = r.output;
            return false;
        }
    }
    return true;
}

} // namespace

class TstStorageGc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (RegistryServer::binaryPath().isEmpty())
            QSKIP("docker-registry is not installed");
        QVERIFY(m_work.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false\nberth.*.info=false"));
    }

    void plainRegistry_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::newRow("untagged only") << QStringLiteral("untagged");
        QTest::newRow("keep last") << QStringLiteral("keep-last");
        QTest::newRow("a whole repository") << QStringLiteral("repository");
        QTest::newRow("a project (prefix)") << QStringLiteral("project");
        QTest::newRow("layers all shared with kept images") << QStringLiteral("shared");
        QTest::newRow("everything") << QStringLiteral("everything");
    }

    void plainRegistry()
    {
        QFETCH(QString, plan);
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        // p1: the fixtures but three; p2: four of them again (base layers shared across
        // "projects"); p1/app: four images as skopeo pushes them from OCI layouts (skopeo 1.9 finds
        // no tag in a layout whose manifest is Docker's), two of them unique to it. One referrer per
        // subject: the referrers tag schema rewrites its index for each referrer pushed, and every
        // earlier index stays an untagged revision that no API lists (a registry Berth cannot see
        // whole; default GC keeps them).
        RegistryServer::Result r = registry.pushFixtures(QStringLiteral("p1"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index"),
                QStringLiteral("docker-list"), QStringLiteral("sbom"), QStringLiteral("scratch")});
        QVERIFY2(r.ok(), r.output.constData());
        r = registry.pushFixtures(QStringLiteral("p2"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index"),
                QStringLiteral("signature")});
        QVERIFY2(r.ok(), r.output.constData());
        QByteArray pushError;
        QVERIFY2(pushApp(m_work.filePath(QStringLiteral("app-") + plan), registry.hostPort(), QStringLiteral("p1/app"),
                     {}, &pushError),
            pushError.constData());

        ApiTransport transport(settingsFor(registry.url()));
        RegistryClient client(&transport);
        ContentCache cache(m_work.filePath(QStringLiteral("cache-") + plan));
        StorageScan scan(&client, &cache);
        QString error;
        QVERIFY2(runScan(scan, {}, &error), qPrintable(error));
        const StorageGraph &g = scan.graph();
        QVERIFY2(scan.warnings().isEmpty(), qPrintable(scan.warnings().join(QLatin1Char('\n'))));
        QVERIFY(g.complete());
        QCOMPARE(g.problemCount(), 0);

        const qint64 before = registry.storageBytes();
        if (g.figures().stored != before) {
            Revisions unseen;
            for (const StorageGraph::Revision &rev : revisionsOnDisk(registry.storageDir())) {
                if (!g.contains(rev.first, rev.second))
                    unseen.append(rev);
            }
            qWarning("revisions the scan did not see: %s", qPrintable(describe(unseen)));
        }
        QCOMPARE(g.figures().stored, before);

        Revisions deleted;
        if (plan == QLatin1String("untagged")) {
            deleted = revisionsWhere(g, [&g](const auto &rev) { return g.tagCount(rev.first, rev.second) == 0; });
        } else if (plan == QLatin1String("keep-last")) {
            const QString newest = digestOf(client, QStringLiteral("p1/app"), QStringLiteral("4"));
            QVERIFY(!newest.isEmpty());
            deleted = revisionsWhere(
                g, [&newest](const auto &rev) { return rev.first == QLatin1String("p1/app") && rev.second != newest; });
        } else if (plan == QLatin1String("repository")) {
            deleted = revisionsWhere(g, [](const auto &rev) { return rev.first == QLatin1String("p1/docker-list"); });
        } else if (plan == QLatin1String("project")) {
            deleted = revisionsWhere(
                g, [](const auto &rev) { return StorageGraph::inScope(QStringLiteral("p2"), rev.first); });
        } else if (plan == QLatin1String("shared")) {
            deleted = {{QStringLiteral("p1/app"), digestOf(client, QStringLiteral("p1/app"), QStringLiteral("4"))}};
        } else {
            deleted = revisionsWhere(g, [](const auto &) { return true; });
        }
        QVERIFY(!deleted.isEmpty());
        const StorageGraph::Freed freed = g.freedAfterGc(deleted);
        QCOMPARE(freed.unknown, 0);
        QVERIFY(freed.exact);
        qInfo("plan %s: %d manifests, computed freed %lld, shared kept %lld", qPrintable(plan), freed.manifests,
            freed.freed, freed.sharedKept);

        for (const StorageGraph::Revision &rev : deleted) {
            const ApiError e
                = wait([&](DoneCallback done) { client.deleteManifest(rev.first, rev.second, &client, done); });
            QVERIFY2(!e, qPrintable(rev.first + QLatin1Char('@') + rev.second + QStringLiteral(": ") + e.summary()));
        }
        registry.stop();
        const RegistryServer::Result gc = registry.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        const qint64 after = registry.storageBytes();
        if (before - after != freed.freed)
            qWarning("deleted: %s\ngarbage-collect said:\n%s", qPrintable(describe(deleted)), gc.output.constData());
        QCOMPARE(before - after, freed.freed);
        if (plan == QLatin1String("shared")) {
            // Only the manifest goes: its config and layers are those of p1/oci-image.
            QCOMPARE(freed.blobs, 1);
            QVERIFY(freed.sharedKept > 0);
        }
        if (plan == QLatin1String("everything"))
            QCOMPARE(after, 0);
    }

    void harbor_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::newRow("untagged only") << QStringLiteral("untagged");
        QTest::newRow("keep last") << QStringLiteral("keep-last");
        QTest::newRow("a whole repository") << QStringLiteral("repository");
        QTest::newRow("a project") << QStringLiteral("project");
        QTest::newRow("layers all shared with kept images") << QStringLiteral("shared");
        QTest::newRow("an image with its accessories") << QStringLiteral("accessories");
        QTest::newRow("an index with its children") << QStringLiteral("index");
    }

    // harbor-sim --registry-backend in front of docker-registry; deletes through Harbor's REST API.
    void harbor()
    {
        QFETCH(QString, plan);
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        SimServer sim;
        QVERIFY2(sim.start({QStringLiteral("--registry-backend"), registry.url().toString()}),
            qPrintable(sim.errorString()));
        // team-a/fx: every fixture but helm-chart and signature; team-b/fx: two again (base layers shared across
        // projects) and a signature of its own; team-a/app: four images pushed by skopeo into one
        // repository (helm-chart only there).
        QStringList all;
        for (const char *name :
            {"oci-image", "docker-image", "oci-index", "docker-list", "sbom", "scratch", "zstd-image"})
            all << QString::fromLatin1(name);
        RegistryServer::Result r = pushThroughSim(sim.url(), QStringLiteral("team-a/fx"), all);
        QVERIFY2(r.ok(), r.output.constData());
        r = pushThroughSim(sim.url(), QStringLiteral("team-b/fx"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("signature")});
        QVERIFY2(r.ok(), r.output.constData());
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(sim.port());
        const QString authFile = m_work.filePath(QStringLiteral("auth-") + plan + QStringLiteral(".json"));
        {
            QFile f(authFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray basic = (SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword).toUtf8();
            f.write(QJsonDocument(
                QJsonObject {{QStringLiteral("auths"),
                    QJsonObject {
                        {hostPort, QJsonObject {{QStringLiteral("auth"), QString::fromLatin1(basic.toBase64())}}}}}})
                        .toJson());
        }
        QByteArray pushError;
        QVERIFY2(pushApp(m_work.filePath(QStringLiteral("happ-") + plan), hostPort, QStringLiteral("team-a/app"),
                     {QStringLiteral("--authfile"), authFile}, &pushError),
            pushError.constData());

        HarborClient harbor(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        bool verified = false;
        harbor.verifyCredentials(&harbor, [&](const CredentialVerdict &) { verified = true; });
        QTRY_VERIFY_WITH_TIMEOUT(verified, 10000);
        QVERIFY(harbor.credentialVerdict().sysadmin);
        RegistryClient client(&harbor);
        ContentCache cache(m_work.filePath(QStringLiteral("hcache-") + plan));
        StorageScan scan(&harbor, &client, &cache);
        QString error;
        QVERIFY2(runScan(scan, {}, &error), qPrintable(error));
        const StorageGraph &g = scan.graph();
        QVERIFY2(scan.warnings().isEmpty(), qPrintable(scan.warnings().join(QLatin1Char('\n'))));
        QVERIFY(g.complete());
        QCOMPARE(g.problemCount(), 0);
        const qint64 before = registry.storageBytes();
        QCOMPARE(g.figures().stored, before);

        const auto digestIn
            = [&](const QString &repository, const QString &tag) { return digestOf(client, repository, tag); };
        Revisions artifacts; // what the plan deletes as Harbor artifacts
        QStringList repositories; // ... or as whole repositories
        if (plan == QLatin1String("untagged")) {
            // A REST tag delete leaves the index untagged; a cleanup of untagged artifacts takes it
            // (and Harbor its children).
            const QString digest = digestIn(QStringLiteral("team-a/fx/oci-index"), QStringLiteral("v1"));
            QVERIFY(!wait([&](DoneCallback done) {
                harbor.deleteTag(QStringLiteral("team-a"), QStringLiteral("fx/oci-index"), digest, QStringLiteral("v1"),
                    &harbor, done);
            }));
            artifacts = {{QStringLiteral("team-a/fx/oci-index"), digest}};
        } else if (plan == QLatin1String("keep-last")) {
            for (const QString &tag : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
                artifacts.append({QStringLiteral("team-a/app"), digestIn(QStringLiteral("team-a/app"), tag)});
        } else if (plan == QLatin1String("repository")) {
            repositories = {QStringLiteral("team-a/fx/oci-index")};
        } else if (plan == QLatin1String("project")) {
            repositories = {QStringLiteral("team-b/fx/oci-image"), QStringLiteral("team-b/fx/docker-image")};
        } else if (plan == QLatin1String("shared")) {
            artifacts = {{QStringLiteral("team-a/app"), digestIn(QStringLiteral("team-a/app"), QStringLiteral("4"))}};
        } else if (plan == QLatin1String("accessories")) {
            artifacts = {{QStringLiteral("team-a/fx/oci-image"),
                digestIn(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1"))}};
        } else {
            artifacts = {{QStringLiteral("team-a/fx/docker-list"),
                digestIn(QStringLiteral("team-a/fx/docker-list"), QStringLiteral("v1"))}};
        }
        Revisions deleted = g.withHarborDependents(artifacts);
        for (const QString &repository : repositories)
            deleted += g.revisions(repository);
        QVERIFY(!deleted.isEmpty());
        const StorageGraph::Freed freed = g.freedAfterGc(deleted);
        QCOMPARE(freed.unknown, 0);
        QVERIFY(freed.exact);
        qInfo("harbor plan %s: %d manifests, computed freed %lld, shared kept %lld", qPrintable(plan), freed.manifests,
            freed.freed, freed.sharedKept);

        for (const StorageGraph::Revision &a : artifacts) {
            const ApiError e = wait([&](DoneCallback done) {
                harbor.deleteArtifact(a.first.section(QLatin1Char('/'), 0, 0), a.first.section(QLatin1Char('/'), 1),
                    a.second, &harbor, done);
            });
            QVERIFY2(!e, qPrintable(a.first + QLatin1Char('@') + a.second + QStringLiteral(": ") + e.summary()));
        }
        for (const QString &repository : repositories) {
            const ApiError e = wait([&](DoneCallback done) {
                harbor.deleteRepository(
                    repository.section(QLatin1Char('/'), 0, 0), repository.section(QLatin1Char('/'), 1), &harbor, done);
            });
            QVERIFY2(!e, qPrintable(repository + QStringLiteral(": ") + e.summary()));
        }
        registry.stop();
        const RegistryServer::Result gc = registry.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        const qint64 after = registry.storageBytes();
        if (before - after != freed.freed)
            qWarning("deleted: %s\ngarbage-collect said:\n%s", qPrintable(describe(deleted)), gc.output.constData());
        QCOMPARE(before - after, freed.freed);
        sim.stop();
    }

private:
    QTemporaryDir m_work;
};

QTEST_MAIN(TstStorageGc)
#include "tst_storagegc.moc"
