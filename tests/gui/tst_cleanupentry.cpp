// The ways into "Clean up…" in the real window, against harbor-sim: the Registry menu, its
// shortcut, and the context menu of a registry, a project, a folder and a repository, each
// opening the dialog scoped to that node. The dialog's scope field can change the scope, and its
// Run button follows the same permission gate as the delete actions.
#include "credentials/Profile.h"
#include "gui/CleanupDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "TextChecks.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace { } // namespace

class TestCleanupEntry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    // The Clean up dialog the window opened, once it is shown.
    CleanupDialog *openedDialog() const
    {
        CleanupDialog *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (CleanupDialog *d : h->window()->findChildren<CleanupDialog *>())
                    if (d->isVisible())
                        found = d;
                return found != nullptr;
            },
            5000);
        return shown ? found : nullptr;
    }

    // The scope as the dialog shows it in its field and as it plans with it.
    static QString scopeOf(CleanupDialog *d)
    {
        const QString field = d->findChild<QLineEdit *>(QStringLiteral("scopeEdit"))->text();
        return field == d->scope().toString() ? field
                                              : QStringLiteral("field %1, plan %2").arg(field, d->scope().toString());
    }

    bool closeDialog(CleanupDialog *d) const
    {
        QPointer<CleanupDialog> gone(d);
        d->reject(); // deleted on close
        return QTest::qWaitFor([&] { return gone.isNull(); }, 5000);
    }

    // Clicks the top-level menu of this action in the menu bar, then the action, as a user does.
    bool chooseFromMenuBar(QAction *action) const
    {
        QMenuBar *bar = h->window()->menuBar();
        for (QAction *top : bar->actions()) {
            QMenu *menu = top->menu();
            if (!menu || !menu->actions().contains(action))
                continue;
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
            if (!QTest::qWaitFor([&] { return QApplication::activePopupWidget() == menu; }, 5000))
                return false;
            if (!action->isEnabled())
                return false;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
        return false;
    }

    // Opens the context menu on a row without clicking it first, and chooses "Clean up…".
    bool cleanUpFromContextMenu(const QModelIndex &row) const
    {
        h->tree()->scrollTo(row);
        const QPoint pos = h->tree()->visualRect(row).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, h->tree()->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(h->tree()->viewport(), &event);
        if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }, 5000))
            return false;
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *a : menu->actions()) {
            if (withoutMnemonic(a->text()) == QStringLiteral("Clean up…") && a->isEnabled()) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
                return true;
            }
        }
        menu->close();
        return false;
    }

    QAction *cleanupAction() const { return h->window()->findChild<QAction *>(QStringLiteral("actionCleanup")); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { h = std::make_unique<MainWindowHarness>(); }
    void cleanup()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        h.reset();
    }

    // Registry → Clean up… plans for what is selected: a tag's repository, or with nothing
    // selected the whole registry.
    void fromTheRegistryMenu_data()
    {
        QTest::addColumn<QStringList>("select"); // below the registry; empty: nothing selected
        QTest::addColumn<QString>("scope");
        QTest::addRow("nothing selected") << QStringList {} << QStringLiteral("*");
        QTest::addRow("a tag") << QStringList {"team-a", "backend", "api", "ci-101"}
                               << QStringLiteral("team-a/backend/api");
        QTest::addRow("a project") << QStringList {"library"} << QStringLiteral("library");
    }

    void fromTheRegistryMenu()
    {
        QFETCH(QStringList, select);
        QFETCH(QString, scope);
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        if (!select.isEmpty()) {
            const QPersistentModelIndex parent = h->open(select.mid(0, select.size() - 1));
            QVERIFY(parent.isValid());
            const QModelIndex row = h->child(parent, select.last());
            QVERIFY(row.isValid());
            h->select({row});
        } else {
            QVERIFY(h->open({}).isValid()); // the registry open, nothing selected
        }
        QVERIFY(cleanupAction());
        QCOMPARE(withoutMnemonic(cleanupAction()->text()), QStringLiteral("Clean up…"));
        QVERIFY(chooseFromMenuBar(cleanupAction()));
        CleanupDialog *d = openedDialog();
        QVERIFY(d);
        QCOMPARE(scopeOf(d), scope);
        // Really planned for that scope: every item it fetched is inside it.
        QTRY_VERIFY(d->hasData());
        QVERIFY(!d->plan().items.isEmpty());
        for (const PlanItem &item : d->plan().items)
            QVERIFY2(d->scope().contains(item.repository), qPrintable(item.repository));
        QVERIFY(closeDialog(d));
    }

    // The shortcut does what the menu item does, from wherever the focus is in the window.
    void withTheShortcut_data()
    {
        QTest::addColumn<QStringList>("select");
        QTest::addColumn<QString>("scope");
        QTest::addRow("a repository") << QStringList {"team-a", "frontend"} << QStringLiteral("team-a/frontend");
        QTest::addRow("a folder") << QStringList {"team-a", "backend"} << QStringLiteral("team-a/backend/");
    }

    void withTheShortcut()
    {
        QFETCH(QStringList, select);
        QFETCH(QString, scope);
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        const QPersistentModelIndex parent = h->open(select.mid(0, select.size() - 1));
        QVERIFY(parent.isValid());
        h->select({h->child(parent, select.last())});
        const QKeySequence key = cleanupAction()->shortcut();
        QCOMPARE(key, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
        // No other action of the window answers to it.
        for (QAction *a : h->window()->findChildren<QAction *>())
            QVERIFY2(a == cleanupAction() || !a->shortcuts().contains(key), qPrintable(a->objectName()));
        h->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h->window()));
        h->tree()->setFocus();
        QTest::keySequence(h->tree(), key);
        CleanupDialog *d = openedDialog();
        QVERIFY(d);
        QCOMPARE(scopeOf(d), scope);
        QVERIFY(closeDialog(d));
        // From the filter field too: the window's shortcut, not the tree's.
        h->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h->window()));
        auto *filter = h->window()->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        filter->setFocus();
        QTest::keySequence(filter, key);
        d = openedDialog();
        QVERIFY(d);
        QCOMPARE(scopeOf(d), scope);
        QVERIFY(closeDialog(d));
    }

    // Each context menu that offers it: the dialog is scoped to the row under the pointer, even
    // when another row was selected before.
    void fromEachContextMenu_data()
    {
        QTest::addColumn<QStringList>("path"); // below the registry; empty: the registry row
        QTest::addColumn<QString>("scope");
        QTest::addRow("registry") << QStringList {} << QStringLiteral("*");
        QTest::addRow("project") << QStringList {"team-a"} << QStringLiteral("team-a");
        QTest::addRow("folder") << QStringList {"team-a", "backend"} << QStringLiteral("team-a/backend/");
        QTest::addRow("nested folder") << QStringList {"team-a", "tools", "ci"} << QStringLiteral("team-a/tools/ci/");
        QTest::addRow("repository") << QStringList {"team-a", "frontend"} << QStringLiteral("team-a/frontend");
        QTest::addRow("repository in a folder")
            << QStringList {"team-a", "tools", "ci", "runner"} << QStringLiteral("team-a/tools/ci/runner");
    }

    void fromEachContextMenu()
    {
        QFETCH(QStringList, path);
        QFETCH(QString, scope);
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        QPersistentModelIndex row = h->open({});
        QVERIFY(row.isValid());
        if (!path.isEmpty()) {
            const QPersistentModelIndex parent = h->open(path.mid(0, path.size() - 1));
            QVERIFY(parent.isValid());
            row = h->child(parent, path.last());
        }
        QVERIFY(row.isValid());
        // Something else is selected: the menu is about the row under the pointer.
        const QPersistentModelIndex library = h->child(h->proxy()->index(0, 0), QStringLiteral("library"));
        h->select({library});
        QVERIFY(cleanUpFromContextMenu(row));
        CleanupDialog *d = openedDialog();
        QVERIFY(d);
        QCOMPARE(scopeOf(d), scope);
        QTRY_VERIFY(d->hasData());
        for (const PlanItem &item : d->plan().items)
            QVERIFY2(d->scope().contains(item.repository), qPrintable(item.repository));
        QVERIFY(closeDialog(d));
    }

    // Tags and artifacts have no Clean up… of their own (the menu's item plans their repository).
    void notOnTagRows()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        QVERIFY(!cleanUpFromContextMenu(h->child(frontend, QStringLiteral("pr-1"))));
    }

    // The scope field changes what the plan covers: Enter applies it, a wrong one is named.
    void scopeFieldChangesTheScope()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        QVERIFY(h->open({QStringLiteral("team-a")}).isValid());
        h->select({h->child(h->proxy()->index(0, 0), QStringLiteral("team-a"))});
        cleanupAction()->trigger();
        CleanupDialog *d = openedDialog();
        QVERIFY(d);
        QCOMPARE(scopeOf(d), QStringLiteral("team-a"));
        QTRY_VERIFY(d->hasData());
        auto *field = d->findChild<QLineEdit *>(QStringLiteral("scopeEdit"));
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("team-a:latest"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(d->scope().toString(), QStringLiteral("team-a")); // unchanged...
        auto *scopeLabel = d->findChild<QLabel *>(QStringLiteral("scopeLabel"));
        QVERIFY2(scopeLabel->text().contains(QStringLiteral("not a scope")), qPrintable(scopeLabel->text()));
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("team-a/frontend"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(d->scope().toString(), QStringLiteral("team-a/frontend"));
        QVERIFY(d->windowTitle().endsWith(QStringLiteral("team-a/frontend")));
        QTRY_VERIFY(d->hasData());
        QStringList repositories;
        for (const PlanItem &item : d->plan().items)
            if (!repositories.contains(item.repository))
                repositories << item.repository;
        QCOMPARE(repositories, QStringList {QStringLiteral("team-a/frontend")});
        QVERIFY(closeDialog(d));
    }

    // Run is greyed, with the reason beside it, for an account that may not delete; nothing is
    // sent even when run() is called.
    void runFollowsThePermissions_data()
    {
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<QStringList>("repository");
        QTest::addColumn<QString>("reason");
        QTest::addRow("read-only robot") << false << QStringList {"team-a", "frontend"}
                                         << QStringLiteral("robot$team-a+reader lacks tag:delete in team-a");
        QTest::addRow("anonymous") << true << QStringList {"library", "nginx"}
                                   << QStringLiteral("Anonymous users may never delete");
    }

    void runFollowsThePermissions()
    {
        QFETCH(bool, anonymous);
        QFETCH(QStringList, repository);
        QFETCH(QString, reason);
        if (anonymous) {
            QVERIFY(h->start({}, {}));
            Profile p;
            p.name = QStringLiteral("sim");
            p.url = h->sim.url();
            p.kind = AccountKind::Anonymous;
            h->window()->sessions()->open(p);
        } else {
            QVERIFY(h->start(SimAccounts::kReader, SimAccounts::kReaderSecret));
        }
        const QPersistentModelIndex parent = h->open({repository.first()});
        QVERIFY(parent.isValid());
        QVERIFY(cleanUpFromContextMenu(h->child(parent, repository.last())));
        CleanupDialog *d = openedDialog();
        QVERIFY(d);
        QTRY_VERIFY(d->hasData());
        CleanupRules rules;
        rules.match = TagPattern {QStringLiteral("*"), true};
        d->setRules(rules);
        QVERIFY(d->plan().totals.remove > 0);
        auto *run = d->findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *why = d->findChild<QLabel *>(QStringLiteral("runDeniedLabel"));
        QTRY_VERIFY(!run->isEnabled()); // once the permissions are in
        QVERIFY2(why->isVisible() && why->text().contains(reason), qPrintable(why->text()));
        QVERIFY(run->toolTip().contains(reason));
        d->run(true);
        QCOMPARE(h->sim.requestCount(QStringLiteral("DELETE")), 0);
        QVERIFY(closeDialog(d));
    }
};

QTEST_MAIN(TestCleanupEntry)
#include "tst_cleanupentry.moc"
