// Undo in the real window against harbor-sim (--synthetic-content, so /v2/ serves the manifests
// undo keeps): a tag removed with Del comes back with Ctrl+Z, on the server and in the tree, and
// the History dialog then shows its batch as undone; a tag that names another digest meanwhile
// asks before it moves, and No sends nothing.
#include "api/HarborClient.h"
#include "gui/CleanupDialog.h"
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/HistoryDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "gui/UndoController.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "operations/ActionJournal.h"
#include "SimAccounts.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

// The History dialog's column with this header, or -1.
int historyColumn(const QTableWidget *table, const QString &header)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->horizontalHeaderItem(c)->text() == header)
            return c;
    return -1;
}

// The rows whose cell in `column` reads `text`, top (newest) first.
QList<int> rowsWith(const QTableWidget *table, int column, const QString &text)
{
    QList<int> rows;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column)->text() == text)
            rows << r;
    return rows;
}
const QStringList kRepository {QStringLiteral("team-a"), QStringLiteral("frontend")};
const QString kFull = QStringLiteral("team-a/frontend");
} // namespace

class TestUndoGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    QAction *undoAction() const { return h->window()->findChild<QAction *>(QStringLiteral("actionUndo")); }

    // Removes `tag` with Del and the confirmation's OK, as a user does.
    bool removeTag(const QPersistentModelIndex &repo, const QString &tag)
    {
        const QModelIndex row = h->child(repo, tag);
        if (!row.isValid())
            return false;
        h->window()->activateWindow();
        if (!QTest::qWaitForWindowActive(h->window()))
            return false;
        h->tree()->scrollTo(row);
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(row).center());
        h->tree()->setFocus();
        DeleteController *deleter = h->window()->deleteController();
        QSignalSpy finished(deleter, &DeleteController::finished);
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QDialog *confirm = deleter->confirmDialog();
        auto *box = confirm ? confirm->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")) : nullptr;
        if (!box || !box->button(QDialogButtonBox::Ok))
            return false;
        box->button(QDialogButtonBox::Ok)->click();
        if (!finished.wait(30000))
            return false;
        // Closed as a user closes it: once it is shown and active. Closed in the turn it opened,
        // the offscreen platform may activate it afterwards, and Ctrl+Z would go there.
        if (QMessageBox *summary = deleter->summaryDialog()) {
            if (!QTest::qWaitForWindowActive(summary))
                return false;
            summary->close();
        }
        return !h->sim.tagsOf(kFull).contains(tag);
    }

    bool pressUndo()
    {
        h->window()->activateWindow();
        if (!QTest::qWaitForWindowActive(h->window()))
            return false;
        QTest::keyClick(h->tree(), Qt::Key_Z, Qt::ControlModifier);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFile::remove(ActionJournal().path()); // the test mode's journal is shared by every test
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(SimAccounts::kAlice, SimAccounts::kAlicePassword, {QStringLiteral("--synthetic-content")}));
    }
    void cleanup()
    {
        h.reset();
        QFile::remove(ActionJournal().path());
    }

    void ctrlZRestoresTheTag()
    {
        QAction *undo = undoAction();
        QVERIFY2(undo, "no Undo action in the window");
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QTRY_VERIFY(!undo->isEnabled()); // nothing deleted yet: greyed, with the reason
        QVERIFY(!undo->toolTip().isEmpty());

        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QStringLiteral("Undo delete of 1")), qPrintable(undo->text()));

        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(0).toBool(), true);
        QVERIFY(h->sim.tagsOf(kFull).contains(QStringLiteral("pr-1")));
        QTRY_VERIFY_WITH_TIMEOUT(h->child(repo, QStringLiteral("pr-1")).isValid(), 30000); // the tree shows it again
        QTRY_VERIFY(!undo->isEnabled()); // undone: nothing left to undo

        // The History dialog: the batch is undone, and its Undo buttons are off.
        h->window()->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h->window()->findChild<HistoryDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("table"));
        const int undoCol = historyColumn(table, HistoryDialog::tr("Undo"));
        const int actionCol = historyColumn(table, HistoryDialog::tr("Action"));
        QVERIFY(undoCol >= 0 && actionCol >= 0);
        const QList<int> removals = rowsWith(table, actionCol, HistoryDialog::tr("Remove tag"));
        QVERIFY(!removals.isEmpty());
        const int removal = removals.last();
        QCOMPARE(table->item(removal, undoCol)->text(), HistoryDialog::tr("Undone"));
        table->selectRow(removal);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("undoBatchButton"))->isEnabled());
        dialog->close();
    }

    // The History dialog's Undo acts on the selected entry's batch.
    void historyUndoButton()
    {
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        h->window()->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h->window()->findChild<HistoryDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("table"));
        const int undoCol = historyColumn(table, HistoryDialog::tr("Undo"));
        const int actionCol = historyColumn(table, HistoryDialog::tr("Action"));
        QVERIFY(undoCol >= 0 && actionCol >= 0);
        const QList<int> removals = rowsWith(table, actionCol, HistoryDialog::tr("Remove tag"));
        QVERIFY(!removals.isEmpty());
        const int row = removals.first();
        QVERIFY2(table->item(row, undoCol)->text().startsWith(QStringLiteral("Undoable until")),
            qPrintable(table->item(row, undoCol)->text()));
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("undoBatchButton"));
        QVERIFY(!button->isEnabled()); // nothing selected
        table->selectRow(row);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        button->click();
        QVERIFY(done.wait(30000));
        QVERIFY(h->sim.tagsOf(kFull).contains(QStringLiteral("pr-1")));
        // Reloaded: the undo's own line comes first now (newest first).
        QTRY_VERIFY(table->findItems(HistoryDialog::tr("Undone"), Qt::MatchExactly).size() == 1);
    }

    // The tag now names another artifact: the question names both digests; No changes nothing.
    void conflictAnsweredNo()
    {
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        // Someone puts pr-1 on pr-2's artifact meanwhile.
        HarborClient *client = h->model()->clientFor(h->proxy()->mapToSource(repo));
        QVERIFY(client);
        bool added = false;
        client->addTag(QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-2"),
            QStringLiteral("pr-1"), this, [&added](const ApiError &e) { added = !e.isError(); });
        QTRY_VERIFY(added);
        const QString before = h->sim.tagsOf(kFull).join(u',');
        const int posts = h->sim.requestCount(QStringLiteral("POST"));
        const int puts = h->sim.requestCount(QStringLiteral("PUT"));

        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(0).toBool(), false);
        QMessageBox *box = h->window()->undoController()->conflictBox();
        QVERIFY2(box, "no question about the tag");
        QVERIFY2(box->text().contains(QStringLiteral("pr-1")) && box->text().contains(QStringLiteral("Move it back")),
            qPrintable(box->text()));
        box->button(QMessageBox::No)->click();
        QVERIFY(!h->window()->undoController()->isRunning()); // Yes would have started the rerun here
        QTRY_VERIFY(!h->window()->undoController()->conflictBox());
        QCOMPARE(h->sim.tagsOf(kFull).join(u','), before);
        QCOMPARE(h->sim.requestCount(QStringLiteral("POST")), posts);
        QCOMPARE(h->sim.requestCount(QStringLiteral("PUT")), puts);

        // The History dialog: the removal is still undoable, and says why the last try did not go.
        h->window()->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h->window()->findChild<HistoryDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("table"));
        const int undoCol = historyColumn(table, HistoryDialog::tr("Undo"));
        const int actionCol = historyColumn(table, HistoryDialog::tr("Action"));
        QVERIFY(undoCol >= 0 && actionCol >= 0);
        const QList<int> removals = rowsWith(table, actionCol, HistoryDialog::tr("Remove tag"));
        QVERIFY(!removals.isEmpty());
        const int removal = removals.last();
        const QString tip = table->item(removal, undoCol)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("was refused")) && tip.contains(QStringLiteral("pr-1")), qPrintable(tip));
        dialog->close();
    }

    // A clean-up plan run from its dialog is one batch: Ctrl+Z brings every tag it removed back.
    void cleanupPlanUndone()
    {
        const QString api = QStringLiteral("team-a/backend/api");
        const QPersistentModelIndex repo
            = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(repo.isValid());
        const QStringList before = h->sim.tagsOf(api);
        HarborClient *client = h->window()->sessions()->client(QStringLiteral("sim"));
        QVERIFY(client);
        auto *dialog
            = new CleanupDialog(client, QStringLiteral("sim"), *CleanupScope::parse(api), h->model(), h->window());
        dialog->show();
        QTRY_VERIFY(dialog->hasData());
        CleanupRules rules;
        rules.match = TagPattern {QStringLiteral("ci-*"), true};
        rules.keepLast = 1;
        dialog->setRules(rules);
        QCOMPARE(dialog->plan().totals.remove, 2);
        QSignalSpy executed(dialog, &CleanupDialog::executed);
        dialog->run(true);
        QVERIFY(executed.wait(30000));
        QVERIFY(!h->sim.tagsOf(api).contains(QStringLiteral("ci-101")));
        dialog->reject();
        while (QWidget *modal = QApplication::activeModalWidget()) // the run's summary
            modal->close();

        QTRY_VERIFY(undoAction()->isEnabled()); // the window followed the journal
        QVERIFY2(undoAction()->text().startsWith(QStringLiteral("Undo delete of 2")), qPrintable(undoAction()->text()));
        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(0).toBool(), true);
        QCOMPARE(h->sim.tagsOf(api), before);
    }

    // Harbor refuses the tag's creation (403): refused with the cause's words, nothing added.
    void permissionMissingIsExplained()
    {
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        QTRY_VERIFY(undoAction()->isEnabled());
        QVERIFY(h->sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 403},
            {QStringLiteral("code"), QStringLiteral("FORBIDDEN")}, {QStringLiteral("method"), QStringLiteral("POST")},
            {QStringLiteral("match"), QStringLiteral("/tags")}}));
        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(0).toBool(), false);
        QMessageBox *box = h->window()->undoController()->errorBox();
        QVERIFY2(box, "no explanation shown");
        const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
        QVERIFY2(shown.contains(QStringLiteral("tag:create")), qPrintable(shown));
        QVERIFY(!h->sim.tagsOf(kFull).contains(QStringLiteral("pr-1")));
        box->close();
    }

    // A cleanup robot may delete but not pull: undo's first check (a HEAD on /v2/) gets 401, and the
    // window says the account lacks pull, not that Harbor rejected its credentials.
    void robotWithoutPullIsToldSo()
    {
        h.reset();
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret, {QStringLiteral("--synthetic-content")}));
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        QTRY_VERIFY(undoAction()->isEnabled());
        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().at(0).toBool(), false);
        QMessageBox *box = h->window()->undoController()->errorBox();
        QVERIFY2(box, "no explanation shown");
        const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
        QVERIFY2(shown.contains(QStringLiteral("repository:pull")), qPrintable(shown));
        QVERIFY(!h->sim.tagsOf(kFull).contains(QStringLiteral("pr-1")));
        box->close();
    }

    // Yes moves it back with force.
    void conflictAnsweredYes()
    {
        const QPersistentModelIndex repo = h->open(kRepository);
        QVERIFY(repo.isValid());
        QVERIFY(removeTag(repo, QStringLiteral("pr-1")));
        HarborClient *client = h->model()->clientFor(h->proxy()->mapToSource(repo));
        bool added = false;
        client->addTag(QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-2"),
            QStringLiteral("pr-1"), this, [&added](const ApiError &e) { added = !e.isError(); });
        QTRY_VERIFY(added);
        QSignalSpy done(h->window()->undoController(), &UndoController::finished);
        QVERIFY(pressUndo());
        QVERIFY(done.wait(30000));
        QMessageBox *box = h->window()->undoController()->conflictBox();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QVERIFY(h->sim.tagsOf(kFull).contains(QStringLiteral("pr-1")));
    }
};

QTEST_MAIN(TestUndoGui)
#include "tst_undogui.moc"
