// The Contents tab in the real window, as a user reaches it: a real docker-registry behind
// harbor-sim (--registry-backend), the fixtures pushed through harbor-sim by tools/oci-fixtures,
// a row chosen with the keyboard and Ctrl+I. What the tab shows is compared with what the
// fixture tool recorded of the bytes it pushed. Nothing is asked of the registry while the tab
// is hidden; an index's platform opens with Enter; the copy buttons give the bytes exactly; a
// robot without pull reads ErrorPresenter's pull_not_permitted words.
//
// With BERTH_SCREENSHOT_DIR set, the image and the index are saved as PNGs to look at; with
// BERTH_SCREENSHOT_LANG (e.g. zh_CN), in that language.
#include "content/ContentCache.h"
#include "diagnosis/ErrorPresenter.h"
#include "gui/InspectorController.h"
#include "gui/InspectorPane.h"
#include "gui/MainWindow.h"
#include "InspectFixtures.h"
#include "InspectorRows.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace berth;

namespace {

// A project robot of team-a that may list everything and read nothing: no repository read or
// pull, as cleanup robots are often set up. Added to the demo seed for this test only.
const QString kLister = QStringLiteral("robot$team-a+lister");
const QString kListerSecret = QStringLiteral("ListerSecret1");

QString paneTr(const char *text)
{
    return InspectorPane::tr(text);
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;
    QTemporaryDir work;
    std::unique_ptr<MainWindowHarness> h;
    QJsonObject fixtures;
    QString m_shots;

    void shoot(const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QTest::qWait(150); // icons and fonts, for the picture only
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        QVERIFY(h->window()->grab().save(QDir(m_shots).filePath(
            name + (lang.isEmpty() ? QString() : QLatin1Char('-') + lang) + QStringLiteral(".png"))));
    }

    InspectorPane *pane() const { return h->window()->findChild<InspectorPane *>(QStringLiteral("inspectorPane")); }
    QTabWidget *tabs() const { return h->window()->findChild<QTabWidget *>(QStringLiteral("sideTabs")); }
    QTreeWidget *contents() const { return pane()->tree(); }
    QJsonObject fixture(const char *name) const { return fixtures.value(QLatin1String(name)).toObject(); }

    // The window on a fresh harbor-sim in front of the shared registry, the named fixtures pushed
    // through it by alice (as docker push would: harbor-sim records them as Harbor does).
    bool startAs(const QString &user, const QString &secret, const QStringList &names, QStringList simOptions = {})
    {
        h = std::make_unique<MainWindowHarness>();
        simOptions << QStringLiteral("--registry-backend") << registry.url().toString();
        if (!h->start(user, secret, simOptions))
            return false;
        h->window()->resize(1280, 780);
        QByteArray error;
        if (!pushFixturesThroughSim(
                h->sim.url(), work.filePath(QStringLiteral("pushed.json")), &fixtures, &error, names)) {
            qWarning("%s", error.constData());
            return false;
        }
        return h->sim.clearLog();
    }

    // Down the repository's rows with the arrow key, as a user would, until `tag` is current.
    bool selectTagWithKeyboard(const QStringList &repositoryPath, const QString &tag)
    {
        const QPersistentModelIndex repo = h->open(repositoryPath);
        if (!repo.isValid() || !h->child(repo, tag).isValid())
            return false;
        h->select({repo});
        h->tree()->setFocus();
        for (int i = 0; i < h->proxy()->rowCount(repo) + 1; ++i) {
            QTest::keyClick(h->tree(), Qt::Key_Down);
            const QModelIndex current = h->tree()->currentIndex();
            if (current.parent() == repo && current.siblingAtColumn(0) == h->child(repo, tag))
                return true;
        }
        return false;
    }

    // Ctrl+I, with the tree focused in the active window.
    bool pressInspect()
    {
        h->window()->activateWindow();
        if (!QTest::qWaitForWindowActive(h->window()))
            return false;
        h->tree()->setFocus();
        QTest::keySequence(h->tree(), QKeySequence(Qt::CTRL | Qt::Key_I));
        return tabs()->currentWidget() == pane();
    }

    // The row's context menu, and its Inspect item clicked.
    bool inspectFromContextMenu()
    {
        const QModelIndex row = h->tree()->currentIndex();
        const QPoint pos = h->tree()->visualRect(row).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, h->tree()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(h->tree()->viewport(), &event);
        if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }, 5000))
            return false;
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        auto *inspect = h->window()->findChild<QAction *>(QStringLiteral("actionInspect"));
        if (!menu->actions().contains(inspect))
            return false;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(inspect).center());
        return tabs()->currentWidget() == pane();
    }

    QStringList v2Requests()
    {
        QStringList out;
        for (const QJsonValue &v : h->sim.log()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            if (path.startsWith(QLatin1String("/v2/")))
                out << v.toObject().value(QStringLiteral("method")).toString() + QLatin1Char(' ') + path;
        }
        return out;
    }

    // The sections of an image as the registry serves it, against the fixture's record.
    void compareImage(const QJsonObject &rec)
    {
        QTreeWidgetItem *manifest = section(contents(), paneTr("Manifest"));
        QVERIFY(manifest);
        QCOMPARE(field(manifest, paneTr("Digest"))->text(1), rec.value(QStringLiteral("digest")).toString());
        QCOMPARE(field(manifest, paneTr("Media type"))->text(1), rec.value(QStringLiteral("mediaType")).toString());
        QTreeWidgetItem *layers = section(contents(), paneTr("Layers"));
        QVERIFY(layers);
        QStringList digests;
        qint64 total = 0;
        for (const QJsonValue &v : rec.value(QStringLiteral("layers")).toArray()) {
            digests << v.toObject().value(QStringLiteral("digest")).toString();
            total += v.toObject().value(QStringLiteral("size")).toInteger();
        }
        QVERIFY(!digests.isEmpty());
        QCOMPARE(digestsIn(layers), digests);
        QVERIFY2(layers->text(1).contains(QLocale::system().formattedDataSize(total)), qPrintable(layers->text(1)));
        const QJsonObject config = rec.value(QStringLiteral("config")).toObject();
        QTreeWidgetItem *configuration = section(contents(), paneTr("Configuration"));
        QVERIFY(configuration);
        QCOMPARE(field(configuration, paneTr("Digest"))->text(1), config.value(QStringLiteral("digest")).toString());
        const QJsonObject raw = QJsonDocument::fromJson(rawOf(config)).object();
        const QJsonArray entrypoint
            = raw.value(QStringLiteral("config")).toObject().value(QStringLiteral("Entrypoint")).toArray();
        QVERIFY(!entrypoint.isEmpty());
        QCOMPARE(field(configuration, paneTr("Entrypoint"))->text(1),
            QString::fromUtf8(QJsonDocument(entrypoint).toJson(QJsonDocument::Compact)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        m_shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        if (!lang.isEmpty())
            QVERIFY(installTranslations(QCoreApplication::instance(), lang));
    }

    // Each test reads the registry, not what an earlier one left in the content cache.
    void init() { QDir(ContentCache::defaultDirectory()).removeRecursively(); }
    void cleanup() { h.reset(); }

    // Ctrl+I on a tag chosen with the arrow keys: the manifest, config, layers and referrers the
    // registry serves; the copy buttons give their bytes exactly. Nothing before the tab shows.
    void imageFromTheKeyboard()
    {
        QVERIFY(startAs(SimAccounts::kReader, SimAccounts::kReaderSecret,
            {QStringLiteral("oci-image"), QStringLiteral("signature"), QStringLiteral("sbom")}));
        auto *controller = h->window()->findChild<InspectorController *>();
        QVERIFY(controller);
        QVERIFY(selectTagWithKeyboard(
            {QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("oci-image")}, QStringLiteral("v1")));
        // The Details tab shows: nothing is asked of the registry for the Contents one.
        QVERIFY(tabs()->currentWidget() != pane());
        QCoreApplication::processEvents();
        QCOMPARE(controller->inspectionsStarted(), 0);
        QCOMPARE(v2Requests(), QStringList());

        auto *splitter = h->window()->findChild<QSplitter *>(QStringLiteral("splitter"));
        const QList<int> sizes = splitter->sizes();
        const QSize windowSize = h->window()->size();
        QVERIFY(pressInspect());
        QTRY_VERIFY_WITH_TIMEOUT(section(contents(), paneTr("Layers")), 30000);
        QCOMPARE(controller->inspectionsStarted(), 1);
        // Long digests and commands are cut in place: the splitter and the window keep their sizes.
        QCoreApplication::processEvents();
        QCOMPARE(splitter->sizes(), sizes);
        QCOMPARE(h->window()->size(), windowSize);
        QVERIFY(!v2Requests().isEmpty());
        const QJsonObject rec = fixture("oci-image");
        compareImage(rec);
        if (QTest::currentTestFailed())
            return;
        QTreeWidgetItem *referrers = section(contents(), paneTr("Referrers"));
        QVERIFY(referrers);
        QStringList found;
        for (int g = 0; g < referrers->childCount(); ++g)
            found << digestsIn(referrers->child(g));
        for (const char *name : {"signature", "sbom"})
            QVERIFY2(found.contains(fixture(name).value(QStringLiteral("digest")).toString()), name);
        QVERIFY(field(referrers, paneTr("Cosign signature")));
        QVERIFY(field(referrers, paneTr("SPDX SBOM")));
        shoot(QStringLiteral("inspector-image"));

        QClipboard *clipboard = QGuiApplication::clipboard();
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("inspectorCopyManifest")), Qt::LeftButton);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/json")), rawOf(rec));
        QCOMPARE(clipboard->text().toUtf8(), rawOf(rec));
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("inspectorCopyConfig")), Qt::LeftButton);
        QCOMPARE(clipboard->text().toUtf8(), rawOf(rec.value(QStringLiteral("config")).toObject()));
        QTest::mouseClick(pane()->findChild<QPushButton *>(QStringLiteral("inspectorCopyDigest")), Qt::LeftButton);
        QCOMPARE(clipboard->text(), rec.value(QStringLiteral("digest")).toString());

        // Back to Details and to Contents: shown already, not asked again.
        tabs()->setCurrentIndex(0);
        tabs()->setCurrentWidget(pane());
        QCOMPARE(controller->inspectionsStarted(), 1);
    }

    // From the row's context menu, an index lists its platforms, buildx's attestations marked;
    // Enter on one shows that image, and Back shows the index again.
    void indexPlatformsOpenWithEnter()
    {
        QVERIFY(startAs(SimAccounts::kReader, SimAccounts::kReaderSecret, {QStringLiteral("oci-index")}));
        QVERIFY(selectTagWithKeyboard(
            {QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("oci-index")}, QStringLiteral("v1")));
        QVERIFY(inspectFromContextMenu());
        QTRY_VERIFY_WITH_TIMEOUT(section(contents(), paneTr("Platforms")), 30000);
        const QJsonObject rec = fixture("oci-index");
        QCOMPARE(field(section(contents(), paneTr("Manifest")), paneTr("Digest"))->text(1),
            rec.value(QStringLiteral("digest")).toString());
        QTreeWidgetItem *platforms = section(contents(), paneTr("Platforms"));
        const QJsonArray entries = rec.value(QStringLiteral("manifests")).toArray();
        QCOMPARE(platforms->childCount(), entries.size());
        QJsonObject arm;
        QTreeWidgetItem *armRow = nullptr;
        int attestations = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const QJsonObject p = e.value(QStringLiteral("platform")).toObject();
            QTreeWidgetItem *r = platforms->child(i);
            QCOMPARE(r->data(0, InspectorPane::DigestRole).toString(), e.value(QStringLiteral("digest")).toString());
            if (p.value(QStringLiteral("os")) == QLatin1String("unknown")) {
                ++attestations;
                QVERIFY2(r->text(0).startsWith(paneTr("Attestation of %1").section(QLatin1Char(' '), 0, 0)),
                    qPrintable(r->text(0)));
            } else if (p.value(QStringLiteral("architecture")) == QLatin1String("arm64")) {
                arm = e;
                armRow = r;
                QCOMPARE(r->text(0), QStringLiteral("linux/arm64/v8"));
            }
        }
        QCOMPARE(attestations, 2);
        QVERIFY(armRow);
        shoot(QStringLiteral("inspector-index"));

        contents()->setFocus();
        contents()->setCurrentItem(armRow);
        QTest::keyClick(contents(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(section(contents(), paneTr("Layers")), 30000);
        compareImage(arm.value(QStringLiteral("manifest")).toObject());
        if (QTest::currentTestFailed())
            return;
        auto *back = pane()->findChild<QPushButton *>(QStringLiteral("inspectorBack"));
        QVERIFY(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(section(contents(), paneTr("Platforms")), 30000);
        QVERIFY(!back->isVisible());
    }

    // The answer for a row the user has left arrives after the new row's, and changes nothing.
    void lateAnswersForAnotherRowAreDropped()
    {
        QVERIFY(startAs(SimAccounts::kReader, SimAccounts::kReaderSecret,
            {QStringLiteral("docker-image"), QStringLiteral("oci-image")}));
        auto *controller = h->window()->findChild<InspectorController *>();
        QVERIFY(
            h->sim.addFault({{QStringLiteral("kind"), QStringLiteral("latency")}, {QStringLiteral("delay_ms"), 1500},
                {QStringLiteral("match"), QStringLiteral("fx/docker-image/manifests/")}}));
        QVERIFY(selectTagWithKeyboard(
            {QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("docker-image")}, QStringLiteral("v1")));
        QVERIFY(pressInspect());
        QCOMPARE(controller->inspectionsStarted(), 1);
        QVERIFY(selectTagWithKeyboard(
            {QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("oci-image")}, QStringLiteral("v1")));
        QCOMPARE(controller->inspectionsStarted(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(controller->inspectionsFinished() == 2, 30000);
        const QString oci = fixture("oci-image").value(QStringLiteral("digest")).toString();
        QCOMPARE(pane()->shownDigest(), oci);
        QCOMPARE(field(section(contents(), paneTr("Manifest")), paneTr("Digest"))->text(1), oci);
        QVERIFY(v2Requests().contains(QStringLiteral("GET /v2/team-a/fx/docker-image/manifests/")
            + fixture("docker-image").value(QStringLiteral("digest")).toString()));
    }

    // A robot that lists but may not pull: Harbor's /v2/ says 401, and the tab says why in
    // ErrorPresenter's words (pull_not_permitted), not "unauthorized".
    void robotWithoutPull()
    {
        QFile demo(qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tools/harbor-sim/data/demo.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray robots = seed.value(QStringLiteral("robots")).toArray();
        QJsonArray access;
        for (const char *resource : {"repository", "artifact", "tag"})
            access.append(QJsonObject {{QStringLiteral("resource"), QLatin1String(resource)},
                {QStringLiteral("action"), QStringLiteral("list")}});
        robots.append(QJsonObject {{QStringLiteral("id"), 900}, {QStringLiteral("name"), kLister.mid(6)},
            {QStringLiteral("secret"), kListerSecret}, {QStringLiteral("level"), QStringLiteral("project")},
            {QStringLiteral("disable"), false}, {QStringLiteral("expires_at"), -1},
            {QStringLiteral("permissions"),
                QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("project")},
                    {QStringLiteral("namespace"), QStringLiteral("team-a")}, {QStringLiteral("access"), access}}}}});
        seed.insert(QStringLiteral("robots"), robots);
        QFile seedFile(work.filePath(QStringLiteral("seed.json")));
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();

        QVERIFY(startAs(
            kLister, kListerSecret, {QStringLiteral("oci-image")}, {QStringLiteral("--seed"), seedFile.fileName()}));
        QVERIFY(selectTagWithKeyboard(
            {QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("oci-image")}, QStringLiteral("v1")));
        QVERIFY(pressInspect());
        auto *error = pane()->findChild<QFrame *>(QStringLiteral("inspectorError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
        QCOMPARE(pane()->findChild<QLabel *>(QStringLiteral("inspectorErrorCause"))->text(),
            paneTr("Cause: %1").arg(QStringLiteral("pull_not_permitted")));
        QCOMPARE(pane()->findChild<QLabel *>(QStringLiteral("inspectorErrorTitle"))->text(),
            ErrorPresenter::tr("%1 may not pull from this repository").arg(kLister));
        const QString explanation = pane()->findChild<QLabel *>(QStringLiteral("inspectorErrorExplanation"))->text();
        QVERIFY2(explanation.contains(QStringLiteral("repository:pull")), qPrintable(explanation));
        QVERIFY(!contents()->isVisible());
        QVERIFY(!pane()->findChild<QPushButton *>(QStringLiteral("inspectorCopyManifest"))->isEnabled());
        shoot(QStringLiteral("inspector-pull-not-permitted"));
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
