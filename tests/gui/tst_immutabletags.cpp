// Immutable tags through the real window, offscreen, against harbor-sim (team-a makes release-*
// immutable): the tree marks them, every way to delete one is greyed with the reason and sends
// nothing, a selection that mixes them confirms only what can go, and the summary of a refusal
// says only true things and offers no retry that would get the same 412.
#include "api/HarborClient.h"
#include "gui/CleanupDialog.h"
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/ModelIcons.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace berth;

namespace {
const QString kApi = QStringLiteral("team-a/backend/api");
const QString kImmutableTip = QStringLiteral("Immutable: Harbor refuses to delete this tag (412)");
} // namespace

class TestImmutableTags : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    QPersistentModelIndex api;

    DeleteController *deleter() const { return h->window()->deleteController(); }
    QAction *action(const char *name) const { return h->window()->findChild<QAction *>(QLatin1String(name)); }
    QString statusMessage() const { return h->window()->statusBar()->currentMessage(); }

    QString planText() const
    {
        return deleter()->confirmDialog()->findChild<QPlainTextEdit *>(QStringLiteral("planText"))->toPlainText();
    }

    QPushButton *okButton() const
    {
        auto *box = deleter()->confirmDialog()->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return box->button(QDialogButtonBox::Ok);
    }

    // The context menu of a row, as a right-click opens it.
    QMenu *contextMenu(const QModelIndex &row)
    {
        const QRect r = h->tree()->visualRect(row);
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center(), h->tree()->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(h->tree()->viewport(), &event);
        if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 5000))
            return nullptr;
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }

    static QAction *find(const QMenu *menu, const QString &prefix)
    {
        for (QAction *a : menu->actions()) {
            if (a->text().startsWith(prefix))
                return a;
            if (a->menu())
                if (QAction *inner = find(a->menu(), prefix))
                    return inner;
        }
        return nullptr;
    }

    // Presses a key on the tree; true when a confirmation opened.
    bool press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(h->tree(), key, mods);
        return deleter()->confirmDialog() != nullptr;
    }

    // Confirms the open dialog and waits for the summary.
    bool confirmAndWait()
    {
        QSignalSpy finished(deleter(), &DeleteController::finished);
        if (!okButton() || !okButton()->isEnabled())
            return false;
        okButton()->click();
        return finished.wait(30000) && deleter()->summaryDialog();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        api = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
    }

    void cleanup()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        h.reset();
    }

    // The tree says which tags are immutable where the name is, with the lock and a tooltip.
    void treeMarksImmutableTags()
    {
        const QModelIndex release = h->child(api, QStringLiteral("release-1.0"));
        const QModelIndex sibling = h->child(api, QStringLiteral("v1.0.0")); // same artifact, not immutable
        QVERIFY(release.isValid() && sibling.isValid());
        QCOMPARE(qvariant_cast<QIcon>(release.data(Qt::DecorationRole)).cacheKey(), ModelIcons::lock().cacheKey());
        QVERIFY(qvariant_cast<QIcon>(sibling.data(Qt::DecorationRole)).cacheKey() != ModelIcons::lock().cacheKey());

        // The view shows the model's tooltip on the Name column when the pointer rests there.
        h->tree()->scrollTo(release);
        const QPoint at = h->tree()->visualRect(release).center();
        QHelpEvent help(QEvent::ToolTip, at, h->tree()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(h->tree()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), kImmutableTip);
        QToolTip::hideText();
        QVERIFY(!sibling.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Immutable")));
    }

    // Del, the Edit menu and the context menu: greyed with the reason, nothing opens, nothing is sent.
    void removingAnImmutableTagIsOff()
    {
        const QModelIndex release = h->child(api, QStringLiteral("release-1.0"));
        h->select({release});
        QVERIFY(h->sim.clearLog());

        QVERIFY(!action("actionRemoveTags")->isEnabled());
        QVERIFY2(action("actionRemoveTags")->toolTip().contains(QStringLiteral("is immutable")),
            qPrintable(action("actionRemoveTags")->toolTip()));

        QVERIFY(!press(Qt::Key_Delete));
        QVERIFY2(statusMessage().contains(QStringLiteral("team-a/backend/api:release-1.0 is immutable")),
            qPrintable(statusMessage()));
        QVERIFY(!QApplication::activeModalWidget());

        QMenu *menu = contextMenu(release);
        QVERIFY(menu);
        QAction *remove = find(menu, QStringLiteral("Remove tag"));
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(QStringLiteral("412")));
        menu->close();

        QCOMPARE(h->sim.requestCount(QStringLiteral("DELETE")), 0);
        QVERIFY(h->sim.tagsOf(kApi).contains(QStringLiteral("release-1.0")));
    }

    // Harbor refuses to delete an artifact that carries an immutable tag, from either of its rows.
    void deletingItsArtifactIsOff_data()
    {
        QTest::addColumn<QString>("row");
        QTest::newRow("the immutable tag") << QStringLiteral("release-1.0");
        QTest::newRow("its sibling") << QStringLiteral("v1.0.0");
    }

    void deletingItsArtifactIsOff()
    {
        QFETCH(QString, row);
        const QModelIndex index = h->child(api, row);
        h->select({index});
        QVERIFY(h->sim.clearLog());
        QAction *del = action("actionDeleteArtifacts");
        QVERIFY(!del->isEnabled());
        QVERIFY2(del->toolTip().contains(QStringLiteral("release-1.0")), qPrintable(del->toolTip()));
        QVERIFY(del->toolTip().contains(QStringLiteral("412")));

        QVERIFY(!press(Qt::Key_Delete, Qt::ShiftModifier));
        QVERIFY2(statusMessage().contains(QStringLiteral("Harbor refuses to delete the artifact")),
            qPrintable(statusMessage()));

        QMenu *menu = contextMenu(index);
        QVERIFY(menu);
        QAction *inMenu = find(menu, QStringLiteral("Delete artifact"));
        QVERIFY(inMenu);
        QVERIFY(!inMenu->isEnabled());
        menu->close();
        QCOMPARE(h->sim.requestCount(QStringLiteral("DELETE")), 0);
    }

    // A repository whose loaded tags include an immutable one: Harbor refuses it whole (412).
    void deletingItsRepositoryIsOff()
    {
        h->select({api});
        QAction *del = action("actionDeleteRepository");
        QVERIFY(!del->isEnabled());
        QVERIFY2(del->toolTip().contains(QStringLiteral("release-1.0")), qPrintable(del->toolTip()));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        h->select({frontend});
        QVERIFY2(del->isEnabled(), qPrintable(del->toolTip()));
    }

    // One removable tag and one immutable tag: only the removable one is said to go, and goes.
    void mixedSelectionConfirmsWhatCanGo()
    {
        h->select({h->child(api, QStringLiteral("v1.2.0")), h->child(api, QStringLiteral("release-1.0"))});
        QVERIFY(action("actionRemoveTags")->isEnabled());
        QVERIFY(press(Qt::Key_Delete));
        const QString plan = planText();
        const QString going = plan.section(QStringLiteral("\n\n"), 0, 0);
        QVERIFY2(going.contains(QStringLiteral("- team-a/backend/api:v1.2.0")), qPrintable(plan));
        QVERIFY2(!going.contains(QStringLiteral("release-1.0")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("Kept, immutable")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("= team-a/backend/api:release-1.0")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("will refuse")), qPrintable(plan));
        auto *warning = deleter()->confirmDialog()->findChild<QLabel *>(QStringLiteral("warningLabel"));
        QVERIFY(warning->isVisibleTo(deleter()->confirmDialog()));
        QVERIFY2(warning->text().contains(QStringLiteral("stay")), qPrintable(warning->text()));

        QVERIFY(h->sim.clearLog());
        QVERIFY(confirmAndWait());
        QCOMPARE(h->sim.requestCount(QStringLiteral("DELETE")), 1);
        QVERIFY(!h->sim.tagsOf(kApi).contains(QStringLiteral("v1.2.0")));
        QVERIFY(h->sim.tagsOf(kApi).contains(QStringLiteral("release-1.0")));
        QMessageBox *summary = deleter()->summaryDialog();
        QVERIFY2(summary->text().contains(QStringLiteral("1 deleted, 0 failed")), qPrintable(summary->text()));
        QVERIFY(!summary->findChild<QPushButton *>(QStringLiteral("retryFailedButton")));
    }

    // The same for artifacts: the one with the immutable tag is listed as kept, and nothing of it
    // (its tags) is said to go along.
    void mixedArtifactsConfirmWhatCanGo()
    {
        h->select({h->child(api, QStringLiteral("ci-101")), h->child(api, QStringLiteral("release-1.0"))});
        QVERIFY(action("actionDeleteArtifacts")->isEnabled());
        QVERIFY(press(Qt::Key_Delete, Qt::ShiftModifier));
        const QString plan = planText();
        const QString going = plan.left(plan.indexOf(QStringLiteral("Kept")));
        QVERIFY2(plan.contains(QStringLiteral("Kept, they carry immutable tags")), qPrintable(plan));
        QVERIFY2(!going.contains(QStringLiteral("v1.0.0")) && !going.contains(QStringLiteral("release-1.0")),
            qPrintable(plan));
        QVERIFY2(going.contains(QStringLiteral("tag team-a/backend/api:ci-101")), qPrintable(plan));
        QVERIFY2(
            plan.mid(plan.indexOf(QStringLiteral("Kept"))).contains(QStringLiteral("(release-1.0)")), qPrintable(plan));
        deleter()->confirmDialog()->reject();
    }

    // A 412 is Harbor's rule about the item: another try gets the same answer, so none is
    // offered; and with nothing deleted, there is no storage to talk about. The tree believed
    // the tags removable (a rule added after listing): harbor-sim answers as Harbor does then.
    void summaryOfARefusal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryOffered");
        QTest::newRow("412 immutable") << 412 << false;
        QTest::newRow("503 (may pass next time)") << 503 << true;
    }

    void summaryOfARefusal()
    {
        QFETCH(int, status);
        QFETCH(bool, retryOffered);
        QJsonObject fault {{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), status},
            {QStringLiteral("method"), QStringLiteral("DELETE")},
            {QStringLiteral("match"), QStringLiteral("/tags/ci-")}};
        if (status == 412) {
            fault.insert(QStringLiteral("code"), QStringLiteral("PRECONDITION"));
            fault.insert(
                QStringLiteral("message"), QStringLiteral("the tag configured as immutable, cannot be deleted"));
        }
        QVERIFY(h->sim.addFault(fault));
        h->select({h->child(api, QStringLiteral("ci-101")), h->child(api, QStringLiteral("ci-102"))});
        QVERIFY(press(Qt::Key_Delete));
        QVERIFY(confirmAndWait());
        QMessageBox *summary = deleter()->summaryDialog();
        QVERIFY2(summary->text().contains(QStringLiteral("0 deleted, 2 failed")), qPrintable(summary->text()));
        QCOMPARE(summary->findChild<QPushButton *>(QStringLiteral("retryFailedButton")) != nullptr, retryOffered);
        QVERIFY2(!summary->informativeText().contains(QStringLiteral("garbage collection")),
            qPrintable(summary->informativeText()));
        QVERIFY(summary->findChild<QPushButton *>(QStringLiteral("whyButton")));
    }

    // The clean-up's summary too: when Harbor refused every removal, there is no storage to free.
    void cleanupSummaryOfARefusal_data()
    {
        QTest::addColumn<bool>("refused");
        QTest::newRow("all refused (412)") << true;
        QTest::newRow("removed") << false;
    }

    void cleanupSummaryOfARefusal()
    {
        QFETCH(bool, refused);
        if (refused)
            QVERIFY(h->sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                {QStringLiteral("status"), 412}, {QStringLiteral("method"), QStringLiteral("DELETE")},
                {QStringLiteral("code"), QStringLiteral("PRECONDITION")},
                {QStringLiteral("message"), QStringLiteral("the tag configured as immutable, cannot be deleted")}}));
        HarborClient *client = h->window()->sessions()->client(QStringLiteral("sim"));
        QVERIFY(client);
        CleanupDialog dialog(client, QStringLiteral("sim"), *CleanupScope::parse(kApi), h->model(), h->window());
        dialog.show();
        QTRY_VERIFY(dialog.hasData());
        CleanupRules rules;
        rules.match = TagPattern {QStringLiteral("ci-10[12]"), false};
        dialog.setRules(rules);
        QCOMPARE(dialog.plan().totals.remove, 2);
        QSignalSpy executed(&dialog, &CleanupDialog::executed);
        dialog.run(true);
        QVERIFY(executed.wait(30000));
        QCOMPARE(executed.first().at(0).toInt(), refused ? 0 : 2);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(QStringLiteral("cleanupSummaryBox"))));
        QCOMPARE(box->text().contains(QStringLiteral("garbage collection")), !refused);
        box->close();
        dialog.reject();
    }

    // When something was deleted, the storage sentence is true and is said.
    void summaryAfterADelete()
    {
        h->select({h->child(api, QStringLiteral("ci-103"))});
        QVERIFY(press(Qt::Key_Delete));
        QVERIFY(confirmAndWait());
        QVERIFY(deleter()->summaryDialog()->informativeText().contains(QStringLiteral("garbage collection")));
    }
};

QTEST_MAIN(TestImmutableTags)
#include "tst_immutabletags.moc"
