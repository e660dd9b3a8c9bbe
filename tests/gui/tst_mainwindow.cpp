// The real MainWindow on the offscreen platform against harbor-sim: expanding by mouse and
// keyboard, the filter in its three modes, sorting from the header, the details pane, copying
// pull commands, the context menu, retry on error rows, the rejected-credentials banner and the
// status bar counts.
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/Profile.h"
#include "credentials/ProfileStore.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "SimServer.h"
#include "TextChecks.h"

#include <algorithm>
#include <memory>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace berth;

namespace {

using SimAccounts::kCleaner;
using SimAccounts::kCleanerSecret;

NodeKind kindOf(const QModelIndex &i)
{
    return NodeKind(i.data(KindRole).toInt());
}

bool waitIdle(RegistryTreeModel *model, int timeoutMs = 30000)
{
    QSignalSpy spy(model, &RegistryTreeModel::loadingChanged);
    QElapsedTimer t;
    t.start();
    while (model->isLoading()) {
        const int left = timeoutMs - int(t.elapsed());
        if (left <= 0 || !spy.wait(left))
            return !model->isLoading();
    }
    return true;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<InMemoryCredentialStore> keychain;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Profile simProfile() const
    {
        Profile p;
        p.name = QStringLiteral("sim");
        p.url = sim.url();
        p.kind = AccountKind::Robot;
        p.username = kCleaner;
        return p;
    }

    QTreeView *tree() const { return window->treeView(); }
    RegistryTreeModel *model() const { return window->model(); }
    RegistryFilterProxy *proxy() const { return window->proxy(); }

    template<class T>
    T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    // Opens the sim registry with a secret and shows the window, active, with the tree focused.
    bool openSim(const QString &secret = kCleanerSecret)
    {
        window->sessions()->openWithSecret(simProfile(), secret);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        tree()->setFocus();
        return proxy()->rowCount() == 1;
    }

    QPersistentModelIndex registryRow() const { return proxy()->index(0, 0); }

    QModelIndex proxyChild(const QModelIndex &parent, const QString &name) const
    {
        for (int r = 0; r < proxy()->rowCount(parent); ++r) {
            const QModelIndex c = proxy()->index(r, 0, parent);
            const RegistryNode *n = model()->node(proxy()->mapToSource(c));
            const QString text = kindOf(c) == NodeKind::Digest ? c.data(DigestRole).toString() : n->name;
            if (text == name)
                return c;
        }
        return {};
    }

    QPoint centreOf(const QModelIndex &index) const
    {
        tree()->scrollTo(index);
        return tree()->visualRect(index).center();
    }

    void click(const QModelIndex &index, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, mods, centreOf(index));
    }

    // Selects a row with the mouse and expands it with the Right arrow; waits for its rows.
    bool expandByKeyboard(const QPersistentModelIndex &index)
    {
        click(index);
        if (tree()->currentIndex() != QModelIndex(index))
            return false;
        QTest::keyClick(tree(), Qt::Key_Right);
        return QTest::qWaitFor([&] { return tree()->isExpanded(index); }, 5000) && waitIdle(model());
    }

    // From the registry down a path of names, expanding each by keyboard.
    QPersistentModelIndex open(const QStringList &path)
    {
        QPersistentModelIndex cur = registryRow();
        if (!tree()->isExpanded(cur) && !expandByKeyboard(cur))
            return {};
        for (const QString &name : path) {
            cur = proxyChild(cur, name);
            if (!cur.isValid())
                return {};
            if (!tree()->isExpanded(cur) && !expandByKeyboard(cur))
                return {};
        }
        return cur;
    }

    QStringList visibleNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int r = 0; r < proxy()->rowCount(parent); ++r) {
            const QModelIndex c = proxy()->index(r, 0, parent);
            names << (kindOf(c) == NodeKind::Tag ? c.data(TagRole).toString() : c.data().toString());
        }
        return names;
    }

    QString countsText() const
    {
        for (QLabel *l : window->statusBar()->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("projects")))
                return l->text();
        return {};
    }

    QString expectedPull(const QString &ref) const
    {
        return QStringLiteral("docker pull 127.0.0.1:%1/%2").arg(sim.port()).arg(ref);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void init()
    {
        QVERIFY(sim.reset());
        QSettings().remove(QStringLiteral("MainWindow")); // no state from an earlier run
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        settings = std::make_unique<QSettings>(dir->filePath(QStringLiteral("berth.ini")), QSettings::IniFormat);
        profiles = std::make_unique<ProfileStore>(settings.get());
        keychain = std::make_unique<InMemoryCredentialStore>();
        window = std::make_unique<MainWindow>(profiles.get(), keychain.get());
        modelTester = std::make_unique<QAbstractItemModelTester>(
            window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        modelTester->setUseFetchMore(false);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            window->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester->setUseFetchMore(false);
        QGuiApplication::clipboard()->clear();
    }

    void cleanup()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        proxyTester.reset();
        modelTester.reset();
        window.reset();
        keychain.reset();
        profiles.reset();
        settings.reset();
        dir.reset();
    }

    // ---- expanding

    void expandByBranchClickAndKeyboard()
    {
        QVERIFY(openSim());
        const QPersistentModelIndex registry = registryRow();
        QVERIFY(registry.data().toString().startsWith(QStringLiteral("sim")));
        QVERIFY(!tree()->isExpanded(registry));
        QCOMPARE(proxy()->rowCount(registry), 0);
        // A click on the branch indicator, left of the row, expands it and loads the projects.
        const QRect r = tree()->visualRect(registry);
        QTest::mouseClick(
            tree()->viewport(), Qt::LeftButton, {}, QPoint(r.left() - tree()->indentation() / 2, r.center().y()));
        QTRY_VERIFY(tree()->isExpanded(registry));
        QVERIFY(waitIdle(model()));
        QCOMPARE(visibleNames(registry), (QStringList {"empty", "library", "team-a"}));

        // Keyboard from here: Right expands the current row, Left collapses it.
        const QPersistentModelIndex teamA = proxyChild(registry, QStringLiteral("team-a"));
        QVERIFY(expandByKeyboard(teamA));
        QStringList repos = visibleNames(teamA);
        repos.sort();
        QCOMPARE(repos, (QStringList {"backend", "frontend", "tools"}));
        const QPersistentModelIndex backend = proxyChild(teamA, QStringLiteral("backend"));
        QVERIFY(expandByKeyboard(backend));
        QCOMPARE(visibleNames(backend), QStringList {"api"});
        const QPersistentModelIndex api = proxyChild(backend, QStringLiteral("api"));
        QVERIFY(expandByKeyboard(api));
        QCOMPARE(proxy()->rowCount(api), 8); // 7 tags and one untagged digest
        QCOMPARE(model()->counts().tags, qint64(7));
        // Down moves into the tags; Left on the repository collapses it.
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(tree()->currentIndex().parent(), QModelIndex(api));
        tree()->setCurrentIndex(api);
        QTest::keyClick(tree(), Qt::Key_Left);
        QVERIFY(!tree()->isExpanded(api));
    }

    void doubleClickExpandsRepository()
    {
        QVERIFY(openSim());
        const QPersistentModelIndex teamA = open({QStringLiteral("team-a")});
        QVERIFY(teamA.isValid());
        const QPersistentModelIndex frontend = proxyChild(teamA, QStringLiteral("frontend"));
        QVERIFY(frontend.isValid());
        QVERIFY(!tree()->isExpanded(frontend));
        // A real double-click is a click followed by a double-click event; QTest's widget
        // mouseDClick sends only the latter.
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, centreOf(frontend));
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, centreOf(frontend));
        // The view may fetch on its next layout pass, so wait for the rows rather than for idle.
        QTRY_COMPARE(proxy()->rowCount(frontend), 3); // loaded...
        QVERIFY(tree()->isExpanded(frontend)); // ...and shown
    }

    // ---- filter

    void filterModes_data()
    {
        QTest::addColumn<int>("mode"); // index in the mode combo
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("apiRows");
        QTest::addColumn<QStringList>("frontendRows");
        QTest::addRow("substring") << 0 << QStringLiteral("ci-10") << QStringList {"ci-101", "ci-102", "ci-103"}
                                   << QStringList {};
        QTest::addRow("substring, upper case") << 0 << QStringLiteral("MAIN") << QStringList {} << QStringList {"main"};
        QTest::addRow("wildcard") << 1 << QStringLiteral("v1.?.0") << QStringList {"v1.0.0", "v1.1.0", "v1.2.0"}
                                  << QStringList {};
        QTest::addRow("wildcard star") << 1 << QStringLiteral("pr-*") << QStringList {} << QStringList {"pr-1", "pr-2"};
        // The filter reads full paths (team-a/frontend:pr-1): a tag's name starts after ':'.
        QTest::addRow("regular expression")
            << 2 << QStringLiteral(":(release|pr)-1") << QStringList {"release-1.0"} << QStringList {"pr-1"};
        QTest::addRow("regular expression spanning levels")
            << 2 << QStringLiteral("^team-a/front.*:pr-[12]$") << QStringList {} << QStringList {"pr-1", "pr-2"};
    }

    void filterModes()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QFETCH(QStringList, apiRows);
        QFETCH(QStringList, frontendRows);
        QVERIFY(openSim());
        // Source indexes: proxy rows come and go with the filter.
        const QPersistentModelIndex api
            = proxy()->mapToSource(open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}));
        QVERIFY(api.isValid());
        const QPersistentModelIndex frontend
            = proxy()->mapToSource(open({QStringLiteral("team-a"), QStringLiteral("frontend")}));
        QVERIFY(frontend.isValid());
        const QPersistentModelIndex teamA = model()->parent(frontend);
        tree()->collapseAll();

        auto *combo = child<QComboBox>("filterModeCombo");
        auto *edit = child<QLineEdit>("filterEdit");
        QVERIFY(combo && edit);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(mode);
        QTest::keySequence(window.get(), QKeySequence::Find); // Ctrl+F focuses the filter
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(proxy()->filterText(), text); // after the debounce
        QCOMPARE(int(proxy()->filterMode()), combo->itemData(mode).toInt());

        const auto shown = [&](const QPersistentModelIndex &source, const QStringList &expected) {
            const QModelIndex p = proxy()->mapFromSource(source);
            QStringList names;
            if (p.isValid()) {
                names = visibleNames(p);
                names.sort();
            }
            if (!expected.isEmpty() && !tree()->isExpanded(p))
                return QStringList {QStringLiteral("<not expanded>")}; // the filter expands to show matches
            return names;
        };
        QCOMPARE(shown(api, apiRows), apiRows);
        QCOMPARE(shown(frontend, frontendRows), frontendRows);
        QVERIFY(proxy()->mapFromSource(teamA).isValid()); // the parent of the matches stays
        QVERIFY(!child<QLabel>("filterErrorLabel")->isVisible());

        // Clearing the text shows everything again.
        edit->clear();
        QTRY_VERIFY(proxy()->filterText().isEmpty());
        QCOMPARE(proxy()->rowCount(proxy()->mapFromSource(teamA)), 3);
        QCOMPARE(proxy()->rowCount(proxy()->mapFromSource(api)), 8);
    }

    // The filter hides the current row: the details pane must not keep showing it.
    void filterHidingTheCurrentRowClearsDetails()
    {
        QVERIFY(openSim());
        const QPersistentModelIndex api
            = open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        const QModelIndex idx = proxyChild(api, QStringLiteral("ci-101"));
        QVERIFY(idx.isValid());
        click(idx);
        auto *title = child<QLabel>("titleLabel");
        QTRY_VERIFY(title->isVisible() && title->text().endsWith(QLatin1String(":ci-101")));

        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("release"));
        QTRY_COMPARE(proxy()->filterText(), QStringLiteral("release"));
        QVERIFY(!tree()->currentIndex().isValid());
        QVERIFY(!title->isVisible() || !title->text().endsWith(QLatin1String(":ci-101")));
    }

    void invalidRegularExpressionShowsError()
    {
        QVERIFY(openSim());
        QVERIFY(open({QStringLiteral("team-a"), QStringLiteral("frontend")}).isValid());
        auto *combo = child<QComboBox>("filterModeCombo");
        auto *edit = child<QLineEdit>("filterEdit");
        auto *error = child<QLabel>("filterErrorLabel");
        QVERIFY(combo && edit && error);
        QTest::keyClicks(edit, QStringLiteral("pr-"));
        QTRY_COMPARE(proxy()->filterText(), QStringLiteral("pr-"));
        combo->setCurrentIndex(2);
        QTest::keyClicks(edit, QStringLiteral("("));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Invalid regular expression")));
        // The last valid filter still applies.
        QCOMPARE(proxy()->filterText(), QStringLiteral("pr-"));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_VERIFY(!error->isVisible());
        QCOMPARE(proxy()->filterMode(), RegistryFilterProxy::Mode::RegularExpression);
    }

    // ---- sort

    void sortByHeaderClick_data()
    {
        QTest::addColumn<int>("column");
        QTest::addRow("size") << int(Column::Size);
        QTest::addRow("pushed") << int(Column::Pushed);
    }

    void sortByHeaderClick()
    {
        QFETCH(int, column);
        QVERIFY(openSim());
        const QPersistentModelIndex nginx = open({QStringLiteral("library"), QStringLiteral("nginx")});
        QVERIFY(nginx.isValid());
        QHeaderView *header = tree()->header();
        QVERIFY(tree()->isSortingEnabled());
        const auto clickHeader = [&] {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        // Sizes and push times of library/nginx, by artifact key, smallest and oldest first.
        const QStringList ascending {QStringLiteral("untagged"), QStringLiteral("v1.25"), QStringLiteral("v1.25"),
            QStringLiteral("index"), QStringLiteral("index")};
        const auto order = [&] {
            QStringList digests;
            for (int r = 0; r < proxy()->rowCount(nginx); ++r)
                digests << proxy()->index(r, 0, nginx).data(DigestRole).toString();
            return digests;
        };
        const auto expected = [&](Qt::SortOrder o) {
            QStringList digests;
            for (const QString &k : ascending)
                digests << simDigest(QStringLiteral("library/nginx"), k);
            if (o == Qt::DescendingOrder)
                std::reverse(digests.begin(), digests.end());
            return digests;
        };

        clickHeader();
        QCOMPARE(header->sortIndicatorSection(), column);
        const Qt::SortOrder first = header->sortIndicatorOrder();
        QCOMPARE(proxy()->sortColumn(), column);
        QCOMPARE(order(), expected(first));
        clickHeader();
        QVERIFY(header->sortIndicatorOrder() != first);
        QCOMPARE(order(), expected(header->sortIndicatorOrder()));
        // Sorting keeps the projects sorted too and the tree expanded.
        QVERIFY(tree()->isExpanded(nginx));
    }

    // ---- selection and details

    void detailsPane_data()
    {
        QTest::addColumn<QString>("row"); // tag name, or "@key" for a digest row
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("scanPrefix");
        QTest::addColumn<bool>("immutable");
        QTest::addRow("v1.2.0: scan and label")
            << QStringLiteral("v1.2.0") << QStringLiteral("v1.2.0") << QStringLiteral("v1.2.0")
            << QStringLiteral("prod") << QStringLiteral("High — 14 total, 9 fixable") << false;
        QTest::addRow("release-1.0: immutable, shared digest")
            << QStringLiteral("release-1.0") << QStringLiteral("v1.0.0") << QStringLiteral("v1.0.0, release-1.0")
            << QString() << QString() << true;
        QTest::addRow("untagged digest") << QStringLiteral("@untagged") << QStringLiteral("untagged")
                                         << QStringLiteral("none") << QString() << QString() << false;
    }

    void detailsPane()
    {
        QFETCH(QString, row);
        QFETCH(QString, key);
        QFETCH(QString, tags);
        QFETCH(QString, labels);
        QFETCH(QString, scanPrefix);
        QFETCH(bool, immutable);
        const QString repository = QStringLiteral("team-a/backend/api");
        const QString digest = simDigest(repository, key);
        QVERIFY(openSim());
        const QPersistentModelIndex api
            = open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        const bool byDigest = row.startsWith(QLatin1Char('@'));
        const QModelIndex idx = proxyChild(api, byDigest ? digest : row);
        QVERIFY(idx.isValid());
        click(idx);
        QCOMPARE(tree()->currentIndex(), idx);

        const auto text = [this](const char *name) {
            auto *l = child<QLabel>(name);
            return l && l->isVisible() ? l->text() : QString();
        };
        QCOMPARE(text("titleLabel"),
            byDigest ? repository + QLatin1Char('@') + digest.left(19) + QChar(0x2026)
                     : repository + QLatin1Char(':') + row);
        QCOMPARE(text("digestValue"), digest);
        QStringList shownTags = text("tagsValue").split(QStringLiteral(", "));
        shownTags.sort();
        QStringList expectedTags = tags.split(QStringLiteral(", "));
        expectedTags.sort();
        QCOMPARE(shownTags, expectedTags);
        QCOMPARE(text("labelsValue"), labels);
        QVERIFY2(text("scanValue").startsWith(scanPrefix), qPrintable(text("scanValue")));
        QCOMPARE(text("scanValue").isEmpty(), scanPrefix.isEmpty());
        QCOMPARE(!text("immutableValue").isEmpty(), immutable);
        QVERIFY(text("sizeValue").contains(QStringLiteral(" bytes)")));
        QCOMPARE(text("typeValue"), QStringLiteral("image"));
        QVERIFY(child<QGroupBox>("pullGroup")->isVisible());

        auto *dockerTag = child<QLineEdit>("dockerTagEdit");
        auto *podmanTag = child<QLineEdit>("podmanTagEdit");
        auto *dockerDigest = child<QLineEdit>("dockerDigestEdit");
        auto *podmanDigest = child<QLineEdit>("podmanDigestEdit");
        QCOMPARE(dockerTag->isVisible(), !byDigest);
        QCOMPARE(podmanTag->isVisible(), !byDigest);
        if (!byDigest) {
            QCOMPARE(dockerTag->text(), expectedPull(repository + QLatin1Char(':') + row));
            QCOMPARE(podmanTag->text(),
                QStringLiteral("podman pull --tls-verify=false 127.0.0.1:%1/%2:%3")
                    .arg(sim.port())
                    .arg(repository, row));
        }
        QCOMPARE(dockerDigest->text(), expectedPull(repository + QLatin1Char('@') + digest));
        QVERIFY(podmanDigest->text().endsWith(repository + QLatin1Char('@') + digest));
        // The copy button next to it puts exactly that on the clipboard.
        QTest::mouseClick(child<QToolButton>("dockerDigestCopy"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), dockerDigest->text());

        // Selecting the repository clears the artifact facts.
        click(api);
        QVERIFY(!child<QGroupBox>("pullGroup")->isVisible());
        QCOMPARE(text("titleLabel"), repository);
        QVERIFY(text("digestValue").isEmpty());
    }

    // ---- copy

    void ctrlCCopiesPullCommand_data()
    {
        QTest::addColumn<QStringList>("rows"); // clicked in order, the later ones with Ctrl
        QTest::addColumn<QStringList>("refs");
        QTest::addRow("one tag") << QStringList {"v1.2.0"} << QStringList {"team-a/backend/api:v1.2.0"};
        QTest::addRow("two tags") << QStringList {"v1.2.0", "ci-101"}
                                  << QStringList {"team-a/backend/api:v1.2.0", "team-a/backend/api:ci-101"};
        QTest::addRow("untagged digest") << QStringList {"@untagged"}
                                         << QStringList {QStringLiteral("team-a/backend/api@")
                                                + simDigest(
                                                    QStringLiteral("team-a/backend/api"), QStringLiteral("untagged"))};
    }

    void ctrlCCopiesPullCommand()
    {
        QFETCH(QStringList, rows);
        QFETCH(QStringList, refs);
        QVERIFY(openSim());
        const QPersistentModelIndex api
            = open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        for (int i = 0; i < rows.size(); ++i) {
            const QString name = rows[i].startsWith(QLatin1Char('@'))
                ? simDigest(QStringLiteral("team-a/backend/api"), rows[i].mid(1))
                : rows[i];
            const QModelIndex idx = proxyChild(api, name);
            QVERIFY2(idx.isValid(), qPrintable(name));
            click(idx, i == 0 ? Qt::NoModifier : Qt::ControlModifier);
        }
        QCOMPARE(tree()->selectionModel()->selectedRows().size(), rows.size());
        QVERIFY(tree()->hasFocus());
        QTest::keyClick(tree(), Qt::Key_C, Qt::ControlModifier);
        QStringList expected;
        for (const QString &r : refs)
            expected << expectedPull(r);
        QStringList got = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    // ---- context menu

    void contextMenu_data()
    {
        QTest::addColumn<QStringList>("path"); // below the registry; the last is the clicked row
        QTest::addColumn<QStringList>("has");
        QTest::addColumn<QStringList>("hasNot");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("clipboard");
        QTest::addRow("tag") << QStringList {"team-a", "backend", "api", "v1.2.0"}
                             << QStringList {"Copy pull command", "Copy digest", "Copy name", "Refresh"}
                             << QStringList {"Retry"} << QStringLiteral("Copy pull command")
                             << QStringLiteral("team-a/backend/api:v1.2.0");
        QTest::addRow("tag, copy name") << QStringList {"team-a", "backend", "api", "v1.2.0"}
                                        << QStringList {"Copy name"} << QStringList {} << QStringLiteral("Copy name")
                                        << QStringLiteral("team-a/backend/api:v1.2.0");
        QTest::addRow("repository") << QStringList {"team-a", "frontend"} << QStringList {"Copy name", "Refresh"}
                                    << QStringList {"Copy pull command", "Copy digest", "Retry"}
                                    << QStringLiteral("Copy name") << QStringLiteral("team-a/frontend");
        QTest::addRow("repository, refresh") << QStringList {"team-a", "frontend"} << QStringList {"Refresh"}
                                             << QStringList {} << QStringLiteral("Refresh") << QString();
    }

    void contextMenu()
    {
        QFETCH(QStringList, path);
        QFETCH(QStringList, has);
        QFETCH(QStringList, hasNot);
        QFETCH(QString, trigger);
        QFETCH(QString, clipboard);
        QVERIFY(openSim());
        const QPersistentModelIndex parent = open(path.mid(0, path.size() - 1));
        QVERIFY(parent.isValid());
        QPersistentModelIndex idx = proxyChild(parent, path.last());
        QVERIFY(idx.isValid());
        if (!tree()->isExpanded(idx) && proxy()->hasChildren(idx) && kindOf(idx) == NodeKind::Repository)
            QVERIFY(expandByKeyboard(idx)); // loaded, so Refresh has something to keep
        click(idx);
        const int rowsBefore = proxy()->rowCount(idx);

        const QPoint pos = centreOf(idx);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree()->viewport(), &event);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QPointer<QMenu> menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QStringList texts;
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            texts << withoutMnemonic(a->text());
            if (withoutMnemonic(a->text()) == trigger)
                chosen = a;
        }
        for (const QString &h : has)
            QVERIFY2(texts.contains(h), qPrintable(texts.join(u',')));
        for (const QString &h : hasNot)
            QVERIFY2(!texts.contains(h), qPrintable(texts.join(u',')));
        QVERIFY(chosen);
        QVERIFY(chosen->isEnabled());
        const QPersistentModelIndex keep = proxy()->index(0, 0, idx);
        QSignalSpy loading(model(), &RegistryTreeModel::loadingChanged);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(chosen).center());
        QTRY_VERIFY(!menu || !menu->isVisible());
        if (!clipboard.isEmpty()) {
            QCOMPARE(QGuiApplication::clipboard()->text(),
                trigger == QLatin1String("Copy pull command") ? expectedPull(clipboard) : clipboard);
        } else {
            // Refresh: reloads, keeping the loaded rows (and their indexes) and the expansion.
            QVERIFY(waitIdle(model()));
            QVERIFY(keep.isValid());
            QCOMPARE(proxy()->rowCount(idx), rowsBefore);
            QVERIFY(tree()->isExpanded(idx));
            QVERIFY(loading.count() >= 2); // it did load: started and ended
        }
    }

    // ---- retry

    void enterOnErrorRowRetries()
    {
        QVERIFY(openSim());
        const QPersistentModelIndex teamA = open({QStringLiteral("team-a")});
        QVERIFY(teamA.isValid());
        const QPersistentModelIndex frontend = proxyChild(teamA, QStringLiteral("frontend"));
        QVERIFY(sim.addFault({{"kind", "status"}, {"status", 500}, {"match", "/artifacts"}}));
        QVERIFY(expandByKeyboard(frontend));
        QCOMPARE(proxy()->rowCount(frontend), 1);
        const QModelIndex error = proxy()->index(0, 0, frontend);
        QCOMPARE(kindOf(error), NodeKind::Error);
        QVERIFY(error.data().toString().contains(QStringLiteral("retry")));

        QVERIFY(sim.clearFaults());
        click(error);
        QCOMPARE(tree()->currentIndex(), error);
        QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("Loading failed"));
        QTest::keyClick(tree(), Qt::Key_Return);
        QVERIFY(waitIdle(model()));
        QTRY_COMPARE(proxy()->rowCount(frontend), 3);
        QStringList names = visibleNames(frontend);
        names.sort();
        QCOMPARE(names, (QStringList {"main", "pr-1", "pr-2"}));
        QVERIFY(tree()->isExpanded(frontend));
    }

    // ---- rejected credentials

    void rejectedCredentialsBanner()
    {
        QVERIFY(openSim(QStringLiteral("WrongSecret")));
        auto *banner = child<QFrame>("bannerFrame");
        auto *anonymous = child<QPushButton>("bannerAnonymousButton");
        QVERIFY(banner && anonymous);
        QVERIFY(!banner->isVisible());
        const QPersistentModelIndex registry = registryRow();
        QVERIFY(expandByKeyboard(registry));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(child<QLabel>("bannerLabel")->text().contains(QStringLiteral("sim")));
        QVERIFY(anonymous->isVisible());
        QVERIFY(child<QPushButton>("bannerExplainButton")->isVisible());
        QVERIFY(registry.data().toString().contains(QStringLiteral("rejected")));
        for (int r = 0; r < proxy()->rowCount(registry); ++r)
            QVERIFY(kindOf(proxy()->index(r, 0, registry)) != NodeKind::Project);
        QVERIFY(countsText().startsWith(QStringLiteral("0 projects")));

        QTest::mouseClick(anonymous, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(waitIdle(model()));
        QTRY_COMPARE(visibleNames(registry), (QStringList {"empty", "library"}));
        QVERIFY(!registry.data().toString().contains(QStringLiteral("rejected")));
        QVERIFY(tree()->isExpanded(registry));
    }

    // ---- status bar

    void statusBarCounts()
    {
        QVERIFY(openSim());
        QCOMPARE(countsText(), QStringLiteral("0 projects · 0 repositories · 0 artifacts · 0 tags loaded"));
        QVERIFY(open({QStringLiteral("team-a")}).isValid());
        QTRY_COMPARE(countsText(), QStringLiteral("3 projects · 3 repositories · 0 artifacts · 0 tags loaded"));
        QVERIFY(open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        QTRY_COMPARE(countsText(), QStringLiteral("3 projects · 3 repositories · 7 artifacts · 7 tags loaded"));
        QVERIFY(open({QStringLiteral("library"), QStringLiteral("nginx")}).isValid());
        QTRY_COMPARE(countsText(), QStringLiteral("3 projects · 5 repositories · 10 artifacts · 11 tags loaded"));
        // A filter hides rows, not what is loaded.
        QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("ci-"));
        QTRY_COMPARE(proxy()->filterText(), QStringLiteral("ci-"));
        QCOMPARE(countsText(), QStringLiteral("3 projects · 5 repositories · 10 artifacts · 11 tags loaded"));
    }

    // ---- F5

    void f5KeepsExpansionAndSelection()
    {
        QVERIFY(openSim());
        const QPersistentModelIndex api
            = open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        const QPersistentModelIndex tag = proxyChild(api, QStringLiteral("v1.2.0"));
        click(tag);
        QVERIFY(!sim.push(QStringLiteral("team-a/backend/api"), QStringLiteral("v1.3.0")).isEmpty());
        QTest::keyClick(tree(), Qt::Key_F5);
        QVERIFY(model()->isLoading());
        QVERIFY(waitIdle(model()));
        QVERIFY(tag.isValid());
        QCOMPARE(tree()->currentIndex(), QModelIndex(tag));
        QVERIFY(tree()->selectionModel()->isSelected(tag));
        QVERIFY(tree()->isExpanded(api));
        QVERIFY(proxyChild(api, QStringLiteral("v1.3.0")).isValid());
        QCOMPARE(child<QLabel>("titleLabel")->text(), QStringLiteral("team-a/backend/api:v1.2.0"));
    }

    // ---- painting with the match highlight

    void grabWhileFiltering_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("text");
        QTest::addRow("substring") << 0 << QStringLiteral("ci");
        QTest::addRow("wildcard matching everything") << 1 << QStringLiteral("*");
        QTest::addRow("regex matching empty") << 2 << QStringLiteral("x*");
        QTest::addRow("regex with groups") << 2 << QStringLiteral("(v)(1)\\.");
    }

    void grabWhileFiltering()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QVERIFY(openSim());
        QVERIFY(open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        QVERIFY(open({QStringLiteral("library"), QStringLiteral("nginx")}).isValid());
        child<QCheckBox>("showNestedCheck")->setChecked(true);
        QVERIFY(proxy()->showNested());
        child<QComboBox>("filterModeCombo")->setCurrentIndex(mode);
        QTest::keyClicks(child<QLineEdit>("filterEdit"), text);
        QTRY_COMPARE(proxy()->filterText(), text);
        if (proxy()->rowCount() > 0)
            click(proxy()->index(0, 0)); // a selected row paints the highlight differently
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString file = out.filePath(QStringLiteral("window.png"));
        const QPixmap shot = window->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(file));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), shot.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
