// StorageScan when the registry misbehaves between the listing and the manifest reads, on
// harbor-sim --synthetic-content (the demo data, every manifest served on /v2/) with its fault
// injection on the manifest GETs:
// - a manifest deleted after the listing (404 on its GET): the scan goes on, the revision is
//   recorded as missing (a problem, never silent), and the figures are those of the registry
//   without it: stored drops by exactly what deleting that revision frees;
// - an index child that answers 404: the index stays, the child is counted as missing;
// - a 500 on a manifest: counted as missing and the graph is no longer "complete" (exact);
// - cancel() while a manifest GET hangs: finished(Cancelled) exactly once, nothing after it;
//   destroying a scan mid-flight emits nothing.
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "core/StorageGraph.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "SimServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace berth;

namespace {

// The artifacts of one repository in /_sim/state.
QJsonArray artifactsOf(const QJsonObject &state, const QString &repository)
{
    for (const QJsonValue &p : state.value(QStringLiteral("projects")).toArray()) {
        for (const QJsonValue &r : p.toObject().value(QStringLiteral("repositories")).toArray()) {
            if (r.toObject().value(QStringLiteral("name")).toString() == repository)
                return r.toObject().value(QStringLiteral("artifacts")).toArray();
        }
    }
    return {};
}

QString digestWithTag(const QJsonObject &state, const QString &repository, const QString &tag)
{
    for (const QJsonValue &a : artifactsOf(state, repository)) {
        if (a.toObject().value(QStringLiteral("tags")).toArray().contains(tag))
            return a.toObject().value(QStringLiteral("digest")).toString();
    }
    return {};
}

} // namespace

class TestStorageScan : public QObject
{
    Q_OBJECT

private:
    SimServer m_sim;
    QTemporaryDir m_work;
    std::unique_ptr<HarborClient> m_harbor;
    std::unique_ptr<RegistryClient> m_registry;
    int m_caches = 0;

    std::unique_ptr<ContentCache> freshCache()
    {
        return std::make_unique<ContentCache>(m_work.filePath(QStringLiteral("cache-%1").arg(++m_caches)));
    }

    // Runs a scan to its end; false when it did not finish or ended with an error.
    bool runScan(StorageScan &scan)
    {
        bool done = false;
        ApiError result;
        QEventLoop loop;
        connect(&scan, &StorageScan::finished, &loop, [&](const ApiError &e) {
            result = e;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        scan.start();
        if (!done)
            loop.exec();
        return done && !result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QVERIFY2(m_sim.start(
                     {QStringLiteral("--synthetic-content"), QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}),
            qPrintable(m_sim.errorString()));
        m_harbor = std::make_unique<HarborClient>(
            settingsFor(m_sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        bool verified = false;
        m_harbor->verifyCredentials(m_harbor.get(), [&](const CredentialVerdict &) { verified = true; });
        QTRY_VERIFY_WITH_TIMEOUT(verified, 10000);
        QVERIFY(m_harbor->credentialVerdict().sysadmin);
        m_registry = std::make_unique<RegistryClient>(m_harbor.get());
    }

    void init() { QVERIFY(m_sim.clearFaults()); }

    void readFault_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag"); // the artifact (or, with child, its index)
        QTest::addColumn<bool>("child"); // fault the index's first child instead
        QTest::addColumn<int>("status");
        QTest::newRow("root deleted after the listing (404)")
            << QStringLiteral("library/alpine") << QStringLiteral("3.20") << false << 404;
        QTest::newRow("index child 404") << QStringLiteral("library/nginx") << QStringLiteral("latest") << true << 404;
        QTest::newRow("root answers 500") << QStringLiteral("library/alpine") << QStringLiteral("3.19") << false << 500;
    }
    void readFault()
    {
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(bool, child);
        QFETCH(int, status);

        auto cache0 = freshCache();
        StorageScan whole(m_harbor.get(), m_registry.get(), cache0.get());
        QVERIFY(runScan(whole));
        const StorageGraph &g0 = whole.graph();
        QVERIFY(g0.complete());
        QCOMPARE(g0.problemCount(), 0);
        const StorageFigures f0 = g0.figures();
        QCOMPARE(f0.missing, 0);

        const QJsonObject state = m_sim.state();
        QString digest = digestWithTag(state, repository, tag);
        QVERIFY(!digest.isEmpty());
        if (child) {
            for (const QJsonValue &a : artifactsOf(state, repository)) {
                if (a.toObject().value(QStringLiteral("digest")).toString() == digest) {
                    digest = a.toObject().value(QStringLiteral("children")).toArray().first().toString();
                    break;
                }
            }
            QVERIFY(digest.startsWith(QLatin1String("sha256:")));
        }
        QVERIFY(g0.contains(repository, digest));
        QJsonObject fault {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), status},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("match"), QStringLiteral("/manifests/") + digest}};
        if (status == 404)
            fault.insert(QStringLiteral("code"), QStringLiteral("MANIFEST_UNKNOWN"));
        QVERIFY(m_sim.addFault(fault));

        auto cache1 = freshCache();
        StorageScan scan(m_harbor.get(), m_registry.get(), cache1.get());
        QVERIFY(runScan(scan));
        const StorageGraph &g = scan.graph();
        QVERIFY(!g.contains(repository, digest));
        QCOMPARE(g.manifestCount(), g0.manifestCount() - 1);
        // Reported, once, naming the revision.
        QCOMPARE(g.problemCount(), 1);
        const StorageProblem p = g.problems().first();
        QCOMPARE(p.kind, StorageProblem::Kind::Missing);
        QCOMPARE(p.repository, repository);
        QCOMPARE(p.digest, digest);
        QVERIFY2(p.text().contains(digest), qPrintable(p.text()));
        const StorageFigures f = g.figures();
        if (child) {
            // The index still references it: one blob the scope needs and cannot count.
            QCOMPARE(f.missing, 1);
            QVERIFY(f.stored < f0.stored);
        } else {
            // Nothing references it: the registry as it is now, exactly.
            QCOMPARE(f.missing, 0);
            QCOMPARE(f.stored, f0.stored - g0.freedAfterGc({{repository, digest}}).freed);
        }
        // A 404 is the registry's truth; anything else hides what the blob is: no longer exact.
        QCOMPARE(g.complete(), status == 404);
    }

    // A second scan reads what each manifest references from the cache's manifest-refs file, not
    // from the cache entries (which are gone here): nothing is fetched and the figures agree. A
    // damaged record costs only its own manifest's GET, never a wrong figure.
    void warmScanReadsTheRefsIndex()
    {
        auto cache = freshCache();
        StorageScan cold(m_harbor.get(), m_registry.get(), cache.get());
        QVERIFY(runScan(cold));
        const int manifests = cold.graph().manifestCount();
        QVERIFY(manifests > 5);
        QCOMPARE(cold.manifestsFetched(), manifests);
        const StorageFigures f0 = cold.graph().figures();

        QDir(cache->directory() + QStringLiteral("/sha256")).removeRecursively();
        StorageScan warm(m_harbor.get(), m_registry.get(), cache.get());
        QVERIFY(runScan(warm));
        QCOMPARE(warm.manifestsFetched(), 0);
        QCOMPARE(warm.manifestsFromCache(), manifests);
        QCOMPARE(warm.graph().manifestCount(), manifests);
        QCOMPARE(warm.graph().figures().stored, f0.stored);
        QCOMPARE(warm.graph().figures().blobs, f0.blobs);

        // Flip one byte in the last record's payload: its sum no longer holds.
        QFile index(cache->directory() + QStringLiteral("/manifest-refs.bin"));
        QVERIFY(index.open(QIODevice::ReadWrite));
        const qint64 size = index.size();
        QVERIFY(index.seek(size - 3));
        char c = 0;
        QVERIFY(index.getChar(&c));
        QVERIFY(index.seek(size - 3));
        QVERIFY(index.putChar(char(c ^ 0x5a)));
        index.close();
        QDir(cache->directory() + QStringLiteral("/sha256")).removeRecursively();
        StorageScan damaged(m_harbor.get(), m_registry.get(), cache.get());
        QVERIFY(runScan(damaged));
        QCOMPARE(damaged.manifestsFetched(), 1);
        QCOMPARE(damaged.graph().figures().stored, f0.stored);
    }

    // Over plain http with 6 or more, manifest reads wait in Qt's queue beyond parallel(): the graph
    // is the one a scan of one request at a time builds, and a cancel with reads queued (one of them
    // hung) ends the scan once, at once.
    void queuedAheadScan_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::newRow("6") << 6;
        QTest::newRow("12") << 12;
    }
    void queuedAheadScan()
    {
        QFETCH(int, parallel);
        auto serialCache = freshCache();
        StorageScan serial(m_harbor.get(), m_registry.get(), serialCache.get());
        serial.setParallel(1);
        QVERIFY(runScan(serial));
        auto cache = freshCache();
        StorageScan scan(m_harbor.get(), m_registry.get(), cache.get());
        scan.setParallel(parallel);
        QVERIFY(runScan(scan));
        QCOMPARE(scan.graph().manifestCount(), serial.graph().manifestCount());
        QCOMPARE(scan.manifestsFetched(), serial.manifestsFetched());
        QCOMPARE(scan.graph().figures().stored, serial.graph().figures().stored);
        QCOMPARE(scan.graph().figures().blobs, serial.graph().figures().blobs);
        QCOMPARE(scan.graph().problemCount(), 0);
        QVERIFY(scan.graph().complete());

        const QString digest = digestWithTag(m_sim.state(), QStringLiteral("library/alpine"), QStringLiteral("3.20"));
        QVERIFY(m_sim.addFault(
            {{QStringLiteral("kind"), QStringLiteral("hang")}, {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("match"), QStringLiteral("/manifests/") + digest}}));
        auto hungCache = freshCache();
        StorageScan hung(m_harbor.get(), m_registry.get(), hungCache.get());
        hung.setParallel(parallel);
        QSignalSpy finished(&hung, &StorageScan::finished);
        hung.start();
        QTRY_VERIFY_WITH_TIMEOUT(hung.graph().manifestCount() > 0, 20000);
        hung.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
    }

    void cancelWhileAGetHangs()
    {
        const QString digest = digestWithTag(m_sim.state(), QStringLiteral("library/alpine"), QStringLiteral("3.20"));
        QVERIFY(!digest.isEmpty());
        QVERIFY(m_sim.addFault(
            {{QStringLiteral("kind"), QStringLiteral("hang")}, {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("match"), QStringLiteral("/manifests/") + digest}}));
        auto cache = freshCache();
        StorageScan scan(m_harbor.get(), m_registry.get(), cache.get());
        QSignalSpy finished(&scan, &StorageScan::finished);
        QSignalSpy progress(&scan, &StorageScan::progress);
        scan.start();
        // Everything else is read; the hung GET keeps the scan from finishing.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty()
                && progress.last().at(0).toInt() == progress.last().at(1).toInt() - 1
                && scan.graph().manifestCount() > 0,
            20000);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!scan.isFinished());
        scan.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(scan.isFinished());
        QVERIFY(!scan.graph().complete());
        scan.cancel();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
    }

    void destroyWhileAGetHangs()
    {
        const QString digest = digestWithTag(m_sim.state(), QStringLiteral("library/alpine"), QStringLiteral("3.20"));
        QVERIFY(m_sim.addFault(
            {{QStringLiteral("kind"), QStringLiteral("hang")}, {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("match"), QStringLiteral("/manifests/") + digest}}));
        auto cache = freshCache();
        auto scan = std::make_unique<StorageScan>(m_harbor.get(), m_registry.get(), cache.get());
        int signals = 0;
        connect(scan.get(), &StorageScan::finished, this, [&] { ++signals; });
        scan->start();
        QTRY_VERIFY_WITH_TIMEOUT(scan->graph().manifestCount() > 0, 20000);
        QTest::qWait(200);
        scan.reset();
        QTest::qWait(200);
        QCOMPARE(signals, 0);
    }

    void cleanupTestCase()
    {
        m_registry.reset();
        m_harbor.reset();
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(TestStorageScan)
#include "tst_storagescan.moc"
