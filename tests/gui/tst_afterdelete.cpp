// After a delete the server confirmed, everything the window shows follows it: the details pane
// of a sibling tag on the same artifact and the status bar's counts. Through the real window,
// offscreen, against harbor-sim.
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {
const QString kFrontend = QStringLiteral("team-a/frontend");
} // namespace

class TestAfterDelete : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    DeleteController *deleter() const { return h->window()->deleteController(); }

    QString label(const char *name) const
    {
        auto *l = h->window()->findChild<QLabel *>(QLatin1String(name));
        return l && l->isVisibleTo(h->window()) ? l->text() : QString();
    }

    // "3 projects · 3 repositories · 4 artifacts · 3 tags loaded": the tags.
    int tagsInStatusBar() const
    {
        static const QRegularExpression tags(QStringLiteral("(\\d+) tags? loaded"));
        for (QLabel *l : h->window()->statusBar()->findChildren<QLabel *>()) {
            const auto m = tags.match(l->text());
            if (m.hasMatch())
                return m.captured(1).toInt();
        }
        return -1;
    }

    // Moves the current row with Ctrl+Up/Down, as the keyboard does, leaving the selection.
    bool moveCurrentTo(const QModelIndex &target)
    {
        for (int i = 0; i < 20 && h->tree()->currentIndex() != target; ++i) {
            const bool below
                = h->tree()->visualRect(target).top() > h->tree()->visualRect(h->tree()->currentIndex()).top();
            QTest::keyClick(h->tree(), below ? Qt::Key_Down : Qt::Key_Up, Qt::ControlModifier);
        }
        return h->tree()->currentIndex() == target;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { h = std::make_unique<MainWindowHarness>(); }
    void cleanup() { h.reset(); }

    // pr-1 and main on one artifact; the details pane shows main while pr-1 is removed.
    void siblingDetailsAndCountsFollowTheServer()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        const QString mainDigest
            = h->sim.push(kFrontend, QStringLiteral("main")).value(QStringLiteral("digest")).toString();
        QVERIFY(!mainDigest.isEmpty());
        QVERIFY(!h->sim.push(kFrontend, QStringLiteral("pr-1"), mainDigest).isEmpty());
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        const QPersistentModelIndex main = h->child(frontend, QStringLiteral("main"));
        const QPersistentModelIndex pr1 = h->child(frontend, QStringLiteral("pr-1"));
        QVERIFY(main.isValid() && pr1.isValid());
        QCOMPARE(pr1.data(DigestRole).toString(), mainDigest);

        // The user selects pr-1 and moves the current row (what the details pane shows) to main.
        h->select({pr1});
        QVERIFY(moveCurrentTo(main));
        QVERIFY(h->tree()->selectionModel()->isSelected(pr1));
        QVERIFY(!h->tree()->selectionModel()->isSelected(main));
        QCOMPARE(label("titleLabel"), QStringLiteral("team-a/frontend:main"));
        QVERIFY2(label("tagsValue").contains(QStringLiteral("pr-1")), qPrintable(label("tagsValue")));
        const int tagsBefore = tagsInStatusBar();
        QVERIFY(tagsBefore > 0);

        QSignalSpy finished(deleter(), &DeleteController::finished);
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter()->confirmDialog());
        deleter()->confirmDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY(!h->sim.tagsOf(kFrontend).contains(QStringLiteral("pr-1")));

        // What the window shows now is what the server confirmed.
        QVERIFY(main.isValid());
        QCOMPARE(label("titleLabel"), QStringLiteral("team-a/frontend:main"));
        QCOMPARE(label("tagsValue"), QStringLiteral("main"));
        QCOMPARE(tagsInStatusBar(), tagsBefore - 1);
    }
};

QTEST_MAIN(TestAfterDelete)
#include "tst_afterdelete.moc"
