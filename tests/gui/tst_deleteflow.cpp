// The delete flow through the real window, offscreen: select, Del or Shift+Del, confirm, and
// then the tree, the server, the journal and the diagnosis dialog all agree.
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "gui/PermissionCache.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "operations/ActionJournal.h"
#include "SimAccounts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {
using SimAccounts::kCleaner;
using SimAccounts::kCleanerSecret;
} // namespace

class TestDeleteFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    DeleteController *deleter() const { return h->window()->deleteController(); }

    QPushButton *okButton(QDialog *d) const
    {
        auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    // Presses a key on the tree and confirms the dialog that opens; waits for the batch.
    bool deleteWithKey(QKeySequence key, const QString &typed = {})
    {
        QSignalSpy finished(deleter(), &DeleteController::finished);
        const QKeyCombination combo = key[0];
        QTest::keyClick(h->tree(), combo.key(), combo.keyboardModifiers());
        if (!QTest::qWaitFor([this] { return deleter()->confirmDialog() != nullptr; }, 5000))
            return false;
        QDialog *confirm = deleter()->confirmDialog();
        if (!typed.isEmpty())
            confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(typed);
        if (!okButton(confirm)->isEnabled())
            return false;
        okButton(confirm)->click();
        return finished.wait(60000);
    }

    QList<JournalEntry> journal() const { return ActionJournal().read(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(ActionJournal().path());
        h = std::make_unique<MainWindowHarness>();
    }

    void cleanup() { h.reset(); }

    void removeTagWithDel()
    {
        QVERIFY(h->start(kCleaner, kCleanerSecret));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        const QModelIndex pr1 = h->child(frontend, QStringLiteral("pr-1"));
        QVERIFY(pr1.isValid());
        h->select({pr1});
        QVERIFY(deleteWithKey(QKeySequence::Delete));
        // The server confirmed it, so the row went; the other tags stayed.
        QVERIFY(!h->child(frontend, QStringLiteral("pr-1")).isValid());
        QVERIFY(h->child(frontend, QStringLiteral("main")).isValid());
        QVERIFY(!h->sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));
        QVERIFY(deleter()->summaryDialog());
        QVERIFY(deleter()->summaryDialog()->text().contains(QStringLiteral("1 deleted")));
        // The request went by the digest the user saw.
        bool byDigest = false;
        for (const QJsonValue &v : h->sim.log())
            byDigest |= v.toObject().value(QStringLiteral("method")).toString() == QLatin1String("DELETE")
                && v.toObject().value(QStringLiteral("path")).toString().contains(QStringLiteral("/artifacts/sha256:"));
        QVERIFY(byDigest);
        const QList<JournalEntry> lines = journal();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().state, QStringLiteral("deleted"));
        QCOMPARE(lines.first().tag, QStringLiteral("pr-1"));
        QCOMPARE(lines.first().username, kCleaner);
        QVERIFY(lines.first().digest.startsWith(QStringLiteral("sha256:")));
    }

    void confirmationListsSiblingsAndImmutables()
    {
        QVERIFY(h->start(kCleaner, kCleanerSecret));
        const QPersistentModelIndex api
            = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        h->select({h->child(api, QStringLiteral("v1.0.0"))});
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter()->confirmDialog());
        const QString plan
            = deleter()->confirmDialog()->findChild<QPlainTextEdit *>(QStringLiteral("planText"))->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("team-a/backend/api:v1.0.0")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("= team-a/backend/api:release-1.0")), qPrintable(plan)); // stays
        deleter()->confirmDialog()->reject();

        // Harbor refuses the artifact of release-1.0 (412): it is kept, with v1.0.0, and said so.
        h->select({h->child(api, QStringLiteral("release-1.0")), h->child(api, QStringLiteral("ci-101"))});
        QTest::keyClick(h->tree(), Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_VERIFY(deleter()->confirmDialog());
        QDialog *confirm = deleter()->confirmDialog();
        const QString artifactPlan = confirm->findChild<QPlainTextEdit *>(QStringLiteral("planText"))->toPlainText();
        QVERIFY(artifactPlan.contains(QStringLiteral("tag team-a/backend/api:ci-101"))); // goes along
        QVERIFY(!artifactPlan.contains(QStringLiteral("tag team-a/backend/api:v1.0.0"))); // kept
        QVERIFY(artifactPlan.contains(QStringLiteral("(release-1.0)"))); // kept, and why
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("warningLabel"))->isVisibleTo(confirm));
        QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("gcLabel"))
                    ->text()
                    .contains(QStringLiteral("garbage collection")));
        confirm->reject();
    }

    // A tag the tree took for removable (its immutability rule came after the listing): Harbor
    // refuses it with 412, and the window explains. A tag the tree knows is immutable is never
    // sent (tst_immutabletags).
    void immutableTagFailsAndExplains()
    {
        QVERIFY(h->start(kCleaner, kCleanerSecret));
        const QPersistentModelIndex api
            = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(h->sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 412},
            {QStringLiteral("method"), QStringLiteral("DELETE")},
            {QStringLiteral("match"), QStringLiteral("/tags/v1.1.0")},
            {QStringLiteral("code"), QStringLiteral("PRECONDITION")},
            {QStringLiteral("message"), QStringLiteral("the tag v1.1.0 configured as immutable, cannot be deleted")}}));
        h->select({h->child(api, QStringLiteral("v1.1.0"))});
        QVERIFY(deleteWithKey(QKeySequence::Delete));
        // The row stays, marked with its error.
        const QModelIndex row = h->child(api, QStringLiteral("v1.1.0"));
        QVERIFY(row.isValid());
        QVERIFY(!row.data(ErrorTextRole).toString().isEmpty());
        QVERIFY(h->sim.tagsOf(QStringLiteral("team-a/backend/api")).contains(QStringLiteral("v1.1.0")));
        // The same request would get the same 412: no retry is offered.
        QVERIFY(!deleter()->summaryDialog()->findChild<QPushButton *>(QStringLiteral("retryFailedButton")));
        auto *why = deleter()->summaryDialog()->findChild<QPushButton *>(QStringLiteral("whyButton"));
        QVERIFY(why);
        why->click();
        QTRY_VERIFY(deleter()->diagnosisDialog());
        QCOMPARE(deleter()->diagnosisDialog()->cause(), QStringLiteral("immutable_tag"));
        QVERIFY(!deleter()->diagnosisDialog()->diagnosis().fix.isEmpty());
        QCOMPARE(journal().first().state, QStringLiteral("failed"));
        QCOMPARE(journal().first().cause, QStringLiteral("immutable_tag"));
    }

    // The classic: credentials Harbor rejects, browsing a public project "works", the delete
    // gets 401, and the dialog explains why. Del sends nothing here, since the window knows Harbor
    // takes the session as anonymous (tst_deletekeys); the delete reaches Harbor as one does whose
    // credentials are revoked after the tree loaded.
    void rejectedCredentialsDelete401Dialog()
    {
        QVERIFY(h->start(kCleaner, QStringLiteral("not-the-secret")));
        h->tree()->expand(h->proxy()->index(0, 0));
        QTRY_VERIFY(h->model()->index(0, 0).data(CredentialStateRole).toString() == QLatin1String("rejected"));
        h->model()->continueAnonymously(h->model()->index(0, 0));
        const QPersistentModelIndex nginx = h->open({QStringLiteral("library"), QStringLiteral("nginx")});
        QVERIFY(nginx.isValid());
        const QModelIndexList tags {h->proxy()->mapToSource(h->child(nginx, QStringLiteral("1.25"))),
            h->proxy()->mapToSource(h->child(nginx, QStringLiteral("1.25.3")))};
        QSignalSpy opened(deleter(), &DeleteController::diagnosisOpened);
        QSignalSpy finished(deleter(), &DeleteController::finished);
        deleter()->run(DeletePlan::build(h->model(), tags, DeletePlan::Mode::Tags));
        QVERIFY(finished.wait(60000));
        // Two 401s, one dialog.
        QTRY_COMPARE(opened.count(), 1);
        DiagnosisDialog *d = deleter()->diagnosisDialog();
        QTRY_VERIFY(d->probesDone());
        QCOMPARE(d->cause(), QStringLiteral("credentials_rejected"));
        QVERIFY(d->diagnosis().explanation.contains(QStringLiteral("anonymous")));
        QVERIFY(d->detailsText().contains(QStringLiteral("/users/current -> 401")));
        // The curl command hides the secret until revealed, and forgets it on close.
        auto *curl = d->findChild<QLineEdit *>(QStringLiteral("curlEdit"));
        QVERIFY(curl->text().contains(QStringLiteral("'robot$team-a+cleaner:<secret>'")));
        d->findChild<QCheckBox *>(QStringLiteral("revealCheck"))->setChecked(true);
        QVERIFY(curl->text().contains(QStringLiteral("not-the-secret")));
        d->reject();
        QVERIFY(!curl->text().contains(QStringLiteral("not-the-secret")));
        QCOMPARE(h->sim.tagsOf(QStringLiteral("library/nginx")).count(QStringLiteral("1.25")), 1);
    }

    void permissionMissingGreysOutTheMenu()
    {
        QVERIFY(h->start(SimAccounts::kReader, SimAccounts::kReaderSecret));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        const QModelIndex pr1 = h->child(frontend, QStringLiteral("pr-1"));
        h->select({pr1});
        // Selecting the row fetches the project's permissions once.
        QSignalSpy updated(h->window()->permissions(), &PermissionCache::updated);
        QVERIFY(updated.count() > 0 || updated.wait(10000));
        const QRect r = h->tree()->visualRect(pr1);
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center(), h->tree()->viewport()->mapToGlobal(r.center()));
        QApplication::sendEvent(h->tree()->viewport(), &event);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *remove = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().startsWith(QStringLiteral("Remove tag")))
                remove = a;
        QVERIFY(remove);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("robot$team-a+reader lacks tag:delete in team-a")),
            qPrintable(remove->toolTip()));
        menu->close();
        // Del is that same action: it sends nothing (tst_deletekeys).
    }

    // Permissions not known (users/current/permissions failed): nothing is greyed, Harbor
    // decides, and its 403 is explained with the same cause the greying would have named.
    void unknownPermissionsLeaveItToHarbor()
    {
        QVERIFY(h->start(SimAccounts::kReader, SimAccounts::kReaderSecret));
        QVERIFY(h->sim.addFault({{QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 500},
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("match"), QStringLiteral("/permissions")}}));
        const QPersistentModelIndex frontend = h->open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        h->select({h->child(frontend, QStringLiteral("pr-1"))});
        QVERIFY(deleteWithKey(QKeySequence::Delete));
        QTRY_VERIFY(deleter()->summaryDialog());
        deleter()->summaryDialog()->findChild<QPushButton *>(QStringLiteral("whyButton"))->click();
        QTRY_VERIFY(deleter()->diagnosisDialog());
        QCOMPARE(deleter()->diagnosisDialog()->cause(), QStringLiteral("permission_missing"));
    }

    void deleteUntaggedArtifactWithShiftDel()
    {
        QVERIFY(h->start(kCleaner, kCleanerSecret));
        const QPersistentModelIndex api
            = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QModelIndex digestRow;
        for (int r = 0; r < h->proxy()->rowCount(api); ++r)
            if (NodeKind(h->proxy()->index(r, 0, api).data(KindRole).toInt()) == NodeKind::Digest)
                digestRow = h->proxy()->index(r, 0, api);
        QVERIFY(digestRow.isValid());
        const QString digest = digestRow.data(DigestRole).toString();
        h->select({digestRow});
        QVERIFY(deleteWithKey(QKeySequence(Qt::SHIFT | Qt::Key_Delete)));
        QVERIFY(!h->sim.digestsOf(QStringLiteral("team-a/backend/api")).contains(digest));
        QVERIFY(!h->child(api, digest).isValid());
        QCOMPARE(journal().first().action, QStringLiteral("delete_artifact"));
    }

    void manyItemsNeedTypedCount()
    {
        QVERIFY(h->start(SimAccounts::kBench, SimAccounts::kBenchSecret,
            {QStringLiteral("--generate"), QStringLiteral("projects=1,repos=1,tags=30")}));
        const QPersistentModelIndex repo = h->open({QStringLiteral("proj-000"), QStringLiteral("repo-000")});
        QVERIFY(repo.isValid());
        QList<QModelIndex> rows;
        for (int r = 0; r < h->proxy()->rowCount(repo); ++r)
            rows << h->proxy()->index(r, 0, repo);
        QCOMPARE(rows.size(), 30);
        h->select(rows);
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter()->confirmDialog());
        QDialog *confirm = deleter()->confirmDialog();
        QVERIFY(!okButton(confirm)->isEnabled());
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("29"));
        QVERIFY(!okButton(confirm)->isEnabled());
        QSignalSpy finished(deleter(), &DeleteController::finished);
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("30"));
        QVERIFY(okButton(confirm)->isEnabled());
        okButton(confirm)->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), 30);
        QVERIFY(h->sim.tagsOf(QStringLiteral("proj-000/repo-000")).isEmpty());
        QCOMPARE(journal().size(), 30);
    }

    void repositoryNeedsItsName()
    {
        QVERIFY(h->start(kCleaner, kCleanerSecret));
        const QPersistentModelIndex teamA = h->open({QStringLiteral("team-a")});
        const QModelIndex frontend = h->child(teamA, QStringLiteral("frontend"));
        h->select({frontend});
        h->window()->findChild<QAction *>(QStringLiteral("actionDeleteRepository"))->trigger();
        QTRY_VERIFY(deleter()->confirmDialog());
        QDialog *confirm = deleter()->confirmDialog();
        QVERIFY(!okButton(confirm)->isEnabled());
        QSignalSpy finished(deleter(), &DeleteController::finished);
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("team-a/frontend"));
        okButton(confirm)->click();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!h->child(teamA, QStringLiteral("frontend")).isValid());
        QVERIFY(h->sim.digestsOf(QStringLiteral("team-a/frontend")).isEmpty());
    }
};

QTEST_MAIN(TestDeleteFlow)
#include "tst_deleteflow.moc"
