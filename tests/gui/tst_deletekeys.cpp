// Del, Shift+Del and the Edit menu in the real window, against harbor-sim: keys, menus and the
// delete flow share one enabled state. A key on a delete the account may not do (a read-only
// robot, an anonymous session, one continued anonymously after Harbor rejected the credentials)
// opens no confirmation, sends nothing and says why; with nothing selected the Edit menu's delete
// items are greyed with what to select.
#include "api/HarborClient.h"
#include "credentials/Profile.h"
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "gui/PermissionCache.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

enum class Account { Reader, Anonymous, ContinuedAnonymously };

} // namespace

class TestDeleteKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    DeleteController *deleter() const { return h->window()->deleteController(); }
    QAction *action(const char *name) const { return h->window()->findChild<QAction *>(QLatin1String(name)); }

    static QPushButton *okButton(QDialog *d)
    {
        auto *box = d ? d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")) : nullptr;
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    bool startAs(Account account)
    {
        switch (account) {
        case Account::Reader:
            return h->start(SimAccounts::kReader, SimAccounts::kReaderSecret);
        case Account::Anonymous: {
            if (!h->start({}, {}))
                return false;
            Profile p;
            p.name = QStringLiteral("sim");
            p.url = h->sim.url();
            p.kind = AccountKind::Anonymous;
            h->window()->sessions()->open(p);
            return true;
        }
        case Account::ContinuedAnonymously: {
            if (!h->start(SimAccounts::kCleaner, QStringLiteral("NotTheCleanerSecret")))
                return false;
            h->tree()->expand(h->proxy()->index(0, 0));
            auto *button = h->window()->findChild<QPushButton *>(QStringLiteral("bannerAnonymousButton"));
            if (!QTest::qWaitFor([&] { return button->isVisible(); }, 10000))
                return false;
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
        }
        return false;
    }

    // Clicks a row as a user does, with the window active and the tree focused.
    bool clickRow(const QModelIndex &row)
    {
        h->window()->activateWindow();
        if (!QTest::qWaitForWindowActive(h->window()))
            return false;
        h->tree()->scrollTo(row);
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(row).center());
        h->tree()->setFocus();
        return h->tree()->currentIndex() == row;
    }

    // Opens a menu of the menu bar with the mouse and returns it once it shows.
    QMenu *openMenu(const char *name)
    {
        auto *menu = h->window()->findChild<QMenu *>(QLatin1String(name));
        QMenuBar *bar = h->window()->menuBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        return QTest::qWaitFor([&] { return QApplication::activePopupWidget() == menu; }, 5000) ? menu : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { h = std::make_unique<MainWindowHarness>(); }
    void cleanup()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        h.reset();
    }

    void greyedKeySendsNothing_data()
    {
        QTest::addColumn<int>("account");
        QTest::addColumn<QStringList>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("shift"); // Shift+Del (delete the artifact) rather than Del
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QStringList>("reason"); // words the reason holds
        const QStringList frontend {"team-a", "frontend"};
        const QStringList nginx {"library", "nginx"};
        const QStringList reader {"robot$team-a+reader", "tag:delete", "team-a"};
        const QStringList readerArtifact {"robot$team-a+reader", "artifact:delete", "team-a"};
        const QStringList anonymous {"nonymous", "never delete"};
        QTest::addRow("read-only robot, Del")
            << int(Account::Reader) << frontend << "pr-1" << false << "actionRemoveTags" << reader;
        QTest::addRow("read-only robot, Shift+Del")
            << int(Account::Reader) << frontend << "pr-1" << true << "actionDeleteArtifacts" << readerArtifact;
        QTest::addRow("anonymous, Del") << int(Account::Anonymous) << nginx << "1.25" << false << "actionRemoveTags"
                                        << anonymous;
        QTest::addRow("anonymous, Shift+Del")
            << int(Account::Anonymous) << nginx << "1.25" << true << "actionDeleteArtifacts" << anonymous;
        QTest::addRow("continued anonymously, Del")
            << int(Account::ContinuedAnonymously) << nginx << "1.25" << false << "actionRemoveTags" << anonymous;
        QTest::addRow("continued anonymously, Shift+Del")
            << int(Account::ContinuedAnonymously) << nginx << "1.25" << true << "actionDeleteArtifacts" << anonymous;
    }

    void greyedKeySendsNothing()
    {
        QFETCH(int, account);
        QFETCH(QStringList, repository);
        QFETCH(QString, tag);
        QFETCH(bool, shift);
        QFETCH(QString, actionName);
        QFETCH(QStringList, reason);
        QVERIFY(startAs(Account(account)));
        const QPersistentModelIndex repo = h->open(repository);
        QVERIFY(repo.isValid());
        const QPersistentModelIndex row = h->child(repo, tag);
        QVERIFY(row.isValid());
        QVERIFY(clickRow(row));
        // What the window knows about this account in this project, once it knows it.
        const QModelIndex src = h->proxy()->mapToSource(row);
        HarborClient *client = h->model()->clientFor(src);
        QVERIFY(client);
        const qint64 projectId = h->model()->node(src)->project()->data->projectId;
        QTRY_VERIFY(h->window()->permissions()->permissions(client, projectId).has_value());

        const QString before = h->sim.tagsOf(repository.join(QLatin1Char('/'))).join(u',');
        QTest::keyClick(h->tree(), Qt::Key_Delete, shift ? Qt::ShiftModifier : Qt::NoModifier);
        QPointer<QDialog> confirm = deleter()->confirmDialog();
        const bool removeOffered = confirm && okButton(confirm) && okButton(confirm)->isEnabled();
        if (removeOffered) { // what a user would do next
            QSignalSpy finished(deleter(), &DeleteController::finished);
            okButton(confirm)->click();
            finished.wait(30000);
        }
        QCOMPARE(h->sim.requestCount(QStringLiteral("DELETE")), 0);
        QVERIFY2(!removeOffered, "a confirmation opened with Remove enabled");
        QCOMPARE(h->sim.tagsOf(repository.join(QLatin1Char('/'))).join(u','), before);
        // The key said why, where the user looks.
        const QString shown = h->window()->statusBar()->currentMessage();
        for (const QString &word : reason)
            QVERIFY2(shown.contains(word), qPrintable(shown));
        // The action the key belongs to is greyed with the same reason: one state for both.
        QAction *a = action(qPrintable(actionName));
        QVERIFY(!a->isEnabled());
        for (const QString &word : reason)
            QVERIFY2(a->toolTip().contains(word), qPrintable(a->toolTip()));
    }

    // The Edit menu's delete items follow the selection: greyed with what to select when nothing
    // is, and naming what they would take when something is.
    void editMenuFollowsTheSelection()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        QAction *removeTags = action("actionRemoveTags");
        QAction *deleteArtifacts = action("actionDeleteArtifacts");
        QAction *deleteRepository = action("actionDeleteRepository");

        QMenu *edit = openMenu("menuEdit");
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(removeTags));
        QVERIFY(!removeTags->isEnabled());
        QVERIFY(!deleteArtifacts->isEnabled());
        QVERIFY(!deleteRepository->isEnabled());
        QCOMPARE(removeTags->toolTip(), QStringLiteral("Select one or more tags to remove."));
        QCOMPARE(deleteRepository->toolTip(), QStringLiteral("Select a repository."));
        edit->close();

        QVERIFY(clickRow(h->child(frontend, QStringLiteral("pr-1"))));
        edit = openMenu("menuEdit");
        QVERIFY(edit);
        QVERIFY(removeTags->isEnabled());
        QCOMPARE(removeTags->text(), QStringLiteral("Remove tag 'pr-1'…"));
        QVERIFY(deleteArtifacts->isEnabled());
        QVERIFY(deleteArtifacts->text().startsWith(QStringLiteral("Delete artifact sha256:")));
        QVERIFY(!deleteRepository->isEnabled());
        edit->close();

        QVERIFY(clickRow(frontend));
        edit = openMenu("menuEdit");
        QVERIFY(edit);
        QVERIFY(!removeTags->isEnabled());
        QVERIFY(!deleteArtifacts->isEnabled());
        QVERIFY(deleteRepository->isEnabled());
        QCOMPARE(deleteRepository->text(), QStringLiteral("Delete repository team-a/frontend…"));
        edit->close();

        // Del with nothing it could take: no dialog, and the same words.
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QVERIFY(!deleter()->confirmDialog());
        QCOMPARE(h->window()->statusBar()->currentMessage(), QStringLiteral("Select one or more tags to remove."));
    }
};

QTEST_MAIN(TestDeleteKeys)
#include "tst_deletekeys.moc"
