// The Storage tab and the Clean up dialog's storage line in the real window, on a real
// docker-registry with tools/oci-fixtures: the tab lists the parts of a node by unique bytes with
// the stored figure the disk holds, switching nodes inside the registry does not analyse again,
// a selection shows what deleting it frees (StorageGraph's figure, and a real garbage
// collection's measured difference), and on Harbor (harbor-sim in front of the registry) the
// Clean up dialog offers an analysis, then shows what its plan frees, live as the rules change.
// With BERTH_SCREENSHOT_DIR (and BERTH_SCREENSHOT_LANG) it keeps pictures of the tab.
#include "api/ApiTransport.h"
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "credentials/Profile.h"
#include "gui/CleanupDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "gui/StorageController.h"
#include "gui/StoragePane.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "Translations.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

QByteArray request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
    const QByteArray &contentType = {}, int *status = nullptr, const QByteArray &basic = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json");
    if (!basic.isEmpty())
        r.setRawHeader("Authorization", "Basic " + basic.toBase64());
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

// A scan of our own, beside the window's, to compare with.
bool scan(StorageScan &s)
{
    bool done = false;
    bool ok = false;
    QObject::connect(&s, &StorageScan::finished, [&](const ApiError &e) {
        done = true;
        ok = !e;
    });
    s.start();
    return QTest::qWaitFor([&] { return done; }, 120000) && ok;
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// The tree's words for a size (NodeText, StoredSizes).
QString treeSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

QStringList column(QStandardItemModel *m, int column)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, column).data().toString();
    return out;
}

} // namespace

class TestStoragePane : public QObject
{
    Q_OBJECT

private:
    QString m_shots;
    QString m_suffix;
    QTemporaryDir m_temp;

    bool english() const { return m_suffix.isEmpty(); } // the words are checked in English only
    StorageController *storage(MainWindowHarness &h) const { return h.window()->storage(); }

    void shoot(MainWindowHarness &h, const QString &name)
    {
        QTest::qWait(150);
        const QImage image = h.window()->grab().toImage();
        QVERIFY(image.width() > 200);
        QVERIFY(image.save(QDir(m_shots).filePath(name + m_suffix + QStringLiteral(".png"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (RegistryServer::binaryPath().isEmpty())
            QSKIP("docker-registry is not installed");
        QStandardPaths::setTestModeEnabled(true);
        m_shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", m_temp.path());
        QDir().mkpath(m_shots);
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        if (!lang.isEmpty()) {
            QVERIFY(installTranslations(QCoreApplication::instance(), lang));
            m_suffix = QLatin1Char('-') + lang;
        }
    }

    void plainRegistry()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        // Base layers shared across p1 and p2; no referrers (the referrers tag schema leaves
        // revisions no API lists, and then the registry is not seen whole).
        RegistryServer::Result r = registry.pushFixtures(QStringLiteral("p1"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index"),
                QStringLiteral("scratch"), QStringLiteral("zstd-image")});
        QVERIFY2(r.ok(), r.output.constData());
        r = registry.pushFixtures(QStringLiteral("p2"), {QStringLiteral("oci-image"), QStringLiteral("docker-image")});
        QVERIFY2(r.ok(), r.output.constData());

        MainWindowHarness h;
        QVERIFY(h.start({}, {}));
        h.window()->resize(1280, 760);
        Profile p;
        p.name = QStringLiteral("plain");
        p.url = registry.url();
        p.server = ServerKind::Registry;
        p.kind = AccountKind::Anonymous;
        h.window()->sessions()->open(p);
        QVERIFY(QTest::qWaitFor([&] { return h.proxy()->rowCount() == 1; }, 5000));

        // Hidden, the tab asks nothing; shown for the registry row, it analyses the registry.
        const QPersistentModelIndex root = h.proxy()->index(0, 0);
        h.select({root});
        QCOMPARE(storage(h)->scansStarted(), 0);
        storage(h)->showStorage();
        QVERIFY(QTest::qWaitFor([&] { return storage(h)->graph(p.name) != nullptr; }, 120000));
        QCOMPARE(storage(h)->scansStarted(), 1);
        const StorageGraph &g = *storage(h)->graph(p.name);
        StoragePane *pane = storage(h)->pane();

        // The stored figure is the blob bytes on disk: the account sees the registry whole.
        const qint64 onDisk = registry.storageBytes();
        QVERIFY(onDisk > 0);
        QCOMPARE(g.figures().stored, onDisk);
        QVERIFY2(pane->summaryLabel()->text().contains(size(onDisk)), qPrintable(pane->summaryLabel()->text()));
        QVERIFY(g.complete());
        if (english())
            QVERIFY2(pane->exactnessLabel()->text().startsWith(QStringLiteral("Exact")),
                qPrintable(pane->exactnessLabel()->text()));

        // Parts: p1 and p2, by unique bytes, each row's figures those of an independent scan.
        ApiTransport transport(settingsFor(registry.url()));
        RegistryClient client(&transport);
        ContentCache cache(m_temp.filePath(QStringLiteral("cache")));
        StorageScan own(&client, &cache);
        QVERIFY(scan(own));
        QStandardItemModel *parts = pane->partsModel();
        QCOMPARE(parts->rowCount(), 2);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < parts->rowCount(); ++row) {
            const QString name = parts->index(row, 0).data().toString();
            const StorageFigures f = own.graph().figures(name + QLatin1Char('/'));
            QCOMPARE(parts->index(row, 2).data(StoragePane::BytesRole).toLongLong(), f.stored);
            QCOMPARE(parts->index(row, 3).data(StoragePane::BytesRole).toLongLong(), f.unique);
            QCOMPARE(parts->index(row, 4).data(StoragePane::BytesRole).toLongLong(), f.shared);
            QVERIFY(f.unique <= previous);
            previous = f.unique;
        }
        QStringList names = column(parts, 0);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("p1"), QStringLiteral("p2")}));
        // p1 holds images of its own, p2 none: p1 first.
        QCOMPARE(parts->index(0, 0).data().toString(), QStringLiteral("p1"));
        QVERIFY(pane->largestModel()->rowCount() > 0);
        shoot(h, QStringLiteral("storage-registry"));

        // Another node of the same registry: its figures, no second analysis.
        const QPersistentModelIndex zstd = h.open({QStringLiteral("p1"), QStringLiteral("zstd-image")});
        QVERIFY(zstd.isValid());
        // The tree's Size column on a repository row: what it stores, from the analysis.
        const QModelIndex zstdSize = QModelIndex(zstd).siblingAtColumn(int(Column::Size));
        QCOMPARE(zstdSize.data().toString(), treeSize(own.graph().figures(QStringLiteral("p1/zstd-image")).stored));
        QCOMPARE(zstdSize.data(SortRole).toLongLong(), own.graph().figures(QStringLiteral("p1/zstd-image")).stored);
        if (english())
            QVERIFY2(zstdSize.data(Qt::ToolTipRole).toString().contains(QStringLiteral("storage analysis")),
                qPrintable(zstdSize.data(Qt::ToolTipRole).toString()));
        // The folder p1 stands for what a project is on Harbor.
        const QModelIndex p1Size
            = h.child(h.proxy()->index(0, 0), QStringLiteral("p1")).siblingAtColumn(int(Column::Size));
        QCOMPARE(p1Size.data().toString(), treeSize(own.graph().figures(QStringLiteral("p1")).stored));
        h.select({h.child(h.proxy()->index(0, 0), QStringLiteral("p1"))});
        QVERIFY(pane->titleLabel()->text().contains(QStringLiteral("p1/")));
        QVERIFY(column(parts, 0).contains(QStringLiteral("zstd-image")));
        QCOMPARE(storage(h)->scansStarted(), 1);

        // A selection: what deleting it frees, as StorageGraph says, and as the real GC measures.
        QVERIFY(h.proxy()->rowCount(zstd) > 0);
        const QModelIndex tag = h.proxy()->index(0, 0, zstd);
        h.select({tag});
        QVERIFY(storage(h)->hasSelectionFigures());
        const QString digest = h.model()->node(h.proxy()->mapToSource(tag))->digest();
        const StorageGraph::Freed expected = own.graph().freedAfterGc({{QStringLiteral("p1/zstd-image"), digest}});
        const StorageGraph::Freed shown = storage(h)->selectionFreed();
        QVERIFY(expected.freed > 0);
        QCOMPARE(shown.freed, expected.freed);
        QCOMPARE(shown.sharedKept, expected.sharedKept);
        QVERIFY(shown.exact);
        QVERIFY2(
            pane->selectionLabel()->text().contains(size(expected.freed)), qPrintable(pane->selectionLabel()->text()));
        QVERIFY(pane->selectionLabel()->isVisibleTo(pane));
        shoot(h, QStringLiteral("storage-selection"));

        int status = 0;
        request("DELETE", registry.url().resolved(QUrl(QStringLiteral("/v2/p1/zstd-image/manifests/") + digest)), {},
            {}, &status);
        QCOMPARE(status, 202);

        // The tree learns of the delete (F5): the figures say they are from before it.
        QVERIFY(!storage(h)->isOutdated(p.name));
        h.window()->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QVERIFY(QTest::qWaitFor([&] { return storage(h)->isOutdated(p.name); }, 30000));
        h.select({h.child(h.proxy()->index(0, 0), QStringLiteral("p1"))});
        if (english())
            QVERIFY2(pane->summaryLabel()->text().contains(QStringLiteral("figures are from before")),
                qPrintable(pane->summaryLabel()->text()));
        shoot(h, QStringLiteral("storage-outdated"));

        registry.stop();
        const RegistryServer::Result gc = registry.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        QCOMPARE(onDisk - registry.storageBytes(), shown.freed);
    }

    // Harbor: harbor-sim in front of a docker-registry. An artifact left untagged by a moved tag
    // is what an "untagged only" plan removes: its manifest goes, its layers stay with the image
    // that took the tag.
    void cleanupDialogOnHarbor()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("--registry-backend"), registry.url().toString()}));
        h.window()->resize(1280, 760);
        QString url = h.sim.url().toString();
        if (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAdminPassword);
        // team-b holds docker-image only: oci-image's manifest is then in team-a alone.
        for (const QString &prefix : {QStringLiteral("team-a/fx"), QStringLiteral("team-b/fx")}) {
            QStringList only {QStringLiteral("docker-image")};
            if (prefix.startsWith(QLatin1String("team-a")))
                only << QStringLiteral("oci-image");
            const RegistryServer::Result r = RegistryServer::run(QStringLiteral("python3"),
                QStringList {RegistryServer::fixturesTool(), QStringLiteral("--registry"), url,
                    QStringLiteral("--repo"), prefix, QStringLiteral("--username"), SimAccounts::kAdmin,
                    QStringLiteral("--only")}
                    + only,
                180000, {}, env);
            QVERIFY2(r.ok(), r.output.constData());
        }
        // Move team-a/fx/oci-image's tag to a copy of its manifest with one more annotation.
        const QByteArray admin = (SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword).toUtf8();
        const QString repo = QStringLiteral("team-a/fx/oci-image");
        const QUrl base(url);
        const QByteArray tags
            = request("GET", base.resolved(QUrl(QStringLiteral("/v2/%1/tags/list").arg(repo))), {}, {}, nullptr, admin);
        const QString tag
            = QJsonDocument::fromJson(tags).object().value(QStringLiteral("tags")).toArray().at(0).toString();
        QVERIFY(!tag.isEmpty());
        int status = 0;
        const QByteArray original = request(
            "GET", base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, tag))), {}, {}, &status, admin);
        QCOMPARE(status, 200);
        QJsonObject moved = QJsonDocument::fromJson(original).object();
        QVERIFY(!moved.isEmpty());
        moved.insert(
            QStringLiteral("annotations"), QJsonObject {{QStringLiteral("berth.test"), QStringLiteral("moved")}});
        request("PUT", base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, tag))),
            QJsonDocument(moved).toJson(QJsonDocument::Compact), "application/vnd.oci.image.manifest.v1+json", &status,
            admin);
        QCOMPARE(status, 201);
        const QString untagged = QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());

        h.window()->model()->refreshAll();
        const QPersistentModelIndex project = h.open({QStringLiteral("team-a")});
        QVERIFY(project.isValid());
        h.select({project});

        // Nothing analysed yet: the dialog says so and offers the analysis; it does not wait.
        h.child<QAction>("actionCleanup")->trigger();
        auto *dialog = h.window()->findChild<CleanupDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->hasData(); }, 30000));
        CleanupRules rules;
        rules.untaggedOnly = true;
        dialog->setRules(rules);
        QVERIFY(QTest::qWaitFor([&] { return dialog->plan().totals.remove == 1; }, 5000));
        const QString before = dialog->storageText();
        if (english())
            QVERIFY2(before.contains(QStringLiteral("not analysed")), qPrintable(before));
        QVERIFY(dialog->analyseStorageButton()->isVisibleTo(dialog));
        dialog->analyseStorageButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return storage(h)->graph(QStringLiteral("sim")) != nullptr; }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return dialog->storageText() != before; }, 5000));
        QVERIFY(!dialog->analyseStorageButton()->isVisibleTo(dialog));

        // The figure is StorageGraph's for what Harbor deletes with the plan's artifact.
        HarborClient harbor(settingsFor(h.sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        bool verified = false;
        harbor.verifyCredentials(&harbor, [&](const CredentialVerdict &) { verified = true; });
        QVERIFY(QTest::qWaitFor([&] { return verified; }, 10000));
        RegistryClient v2(&harbor);
        ContentCache cache(m_temp.filePath(QStringLiteral("hcache")));
        StorageScan own(&harbor, &v2, &cache);
        QVERIFY(scan(own));
        const StorageGraph &g = own.graph();
        QVERIFY(g.contains(repo, untagged));
        // The project row's Size: every blob its repositories reference, once.
        const QModelIndex projectSize = QModelIndex(project).siblingAtColumn(int(Column::Size));
        QCOMPARE(projectSize.data().toString(), treeSize(g.figures(QStringLiteral("team-a")).stored));
        QVERIFY(g.figures(QStringLiteral("team-a")).stored > 0);
        const StorageGraph::Freed expected = g.freedAfterGc(g.withHarborDependents({{repo, untagged}}));
        QVERIFY(expected.freed > 0);
        QVERIFY(expected.sharedKept > 0); // the layers stay with the image that took the tag
        QCOMPARE(expected.freed, qint64(original.size())); // only its manifest goes
        bool analysed = false;
        const StorageController::PlanFigures figures
            = storage(h)->planFigures(QStringLiteral("sim"), dialog->plan(), &analysed);
        QVERIFY(analysed);
        QCOMPARE(figures.freed.freed, expected.freed);
        QCOMPARE(figures.freed.sharedKept, expected.sharedKept);
        QVERIFY(figures.freed.exact);
        const QString text = dialog->storageText();
        QVERIFY2(text.contains(size(expected.freed)) && text.contains(size(expected.sharedKept)), qPrintable(text));
        if (english())
            QCOMPARE(text,
                QStringLiteral("Frees %1 after garbage collection; %2 stays, shared with images you keep.")
                    .arg(size(expected.freed), size(expected.sharedKept)));

        // Live: other rules, another line.
        rules.untaggedOnly = false;
        rules.match.text = QStringLiteral("no-such-tag");
        dialog->setRules(rules);
        QVERIFY(QTest::qWaitFor([&] { return dialog->storageText() != text; }, 5000));
        QVERIFY2(dialog->storageText().contains(size(0)), qPrintable(dialog->storageText()));

        // Run the untagged plan; the summary says space returns with GC, and the real GC frees
        // exactly what the line said.
        rules = CleanupRules {};
        rules.untaggedOnly = true;
        dialog->setRules(rules);
        QVERIFY(QTest::qWaitFor([&] { return dialog->storageText() == text; }, 5000));
        const qint64 onDisk = registry.storageBytes();
        QSignalSpy executed(dialog, &CleanupDialog::executed);
        dialog->run(true);
        QVERIFY(executed.wait(30000));
        QCOMPARE(executed.at(0).at(0).toInt(), 1);
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("cleanupSummaryBox"));
        QVERIFY(box);
        if (english())
            QVERIFY2(box && box->text().contains(QStringLiteral("only when garbage collection runs")),
                qPrintable(box ? box->text() : QString()));
        dialog->close();
        registry.stop();
        const RegistryServer::Result gc = registry.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        QCOMPARE(onDisk - registry.storageBytes(), expected.freed);
        QVERIFY(registry.start());

        // The tab for the project, with Harbor's quota for it beside Berth's figure (the analysis and
        // Harbor's summary both from before the delete): after real pushes they agree.
        storage(h)->showStorage();
        StoragePane *pane = storage(h)->pane();
        QVERIFY(QTest::qWaitFor([&] { return pane->partsModel()->rowCount() > 0; }, 5000));
        const qint64 teamA = g.figures(QStringLiteral("team-a")).stored;
        const QString quotaLine
            = QStringLiteral("Harbor's quota for team-a counts %1, no limit: the same bytes").arg(size(teamA));
        if (english())
            QVERIFY2(QTest::qWaitFor([&] { return pane->summaryLabel()->text().contains(quotaLine); }, 10000),
                qPrintable(pane->summaryLabel()->text()));
        // Harbor's size beside each of the largest images: equal for these plain images.
        const int reportedColumn = pane->largestModel()->columnCount() - 1;
        QVERIFY(!pane->largestView()->isColumnHidden(reportedColumn));
        for (int r = 0; r < pane->largestModel()->rowCount(); ++r) {
            const QModelIndex reported = pane->largestModel()->index(r, reportedColumn);
            QVERIFY(reported.data(StoragePane::BytesRole).toLongLong() > 0);
            QCOMPARE(reported.data(StoragePane::BytesRole).toLongLong(),
                pane->largestModel()->index(r, 2).data(StoragePane::BytesRole).toLongLong());
            QVERIFY(reported.data(Qt::ToolTipRole).toString().isEmpty());
        }
        shoot(h, QStringLiteral("storage-harbor-project"));

        // The registry: each project with Harbor's quota, and the quotas added up against the
        // same blobs once (team-a and team-b share docker-image's).
        h.select({h.proxy()->index(0, 0)});
        const int quotaColumn = pane->partsModel()->columnCount() - 1;
        QVERIFY(QTest::qWaitFor(
            [&] { return pane->partsModel()->rowCount() == 2 && !pane->partsView()->isColumnHidden(quotaColumn); },
            10000));
        qint64 quotaSum = 0;
        for (int r = 0; r < pane->partsModel()->rowCount(); ++r) {
            const qint64 quota = pane->partsModel()->index(r, quotaColumn).data(StoragePane::BytesRole).toLongLong();
            QCOMPARE(quota, pane->partsModel()->index(r, 2).data(StoragePane::BytesRole).toLongLong());
            quotaSum += quota;
        }
        QVERIFY(quotaSum > g.figures().stored);
        if (english())
            QVERIFY2(pane->summaryLabel()->text().contains(
                         QStringLiteral("Harbor's project quotas add up to %1.").arg(size(quotaSum))),
                qPrintable(pane->summaryLabel()->text()));
        shoot(h, QStringLiteral("storage-harbor-registry"));
    }
};

QTEST_MAIN(TestStoragePane)
#include "tst_storagepane.moc"
