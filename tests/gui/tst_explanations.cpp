// The diagnosis dialog's words in the real window, against harbor-sim: each sentence is true of
// the request it explains. After a rejection at start-up nothing was listed, so the dialog the
// banner's "Explain" opens must not say that listing worked; a delete Harbor refuses with 403
// names the account's permissions in words ("." is the project itself), and does not claim the
// account lacks a permission the probe shows it holding.
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

class TestExplanations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    // Selects the row with the mouse and opens it with the Right arrow, as a user does.
    bool expandByKeyboard(const QModelIndex &index)
    {
        h->tree()->scrollTo(index);
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(index).center());
        if (h->tree()->currentIndex() != index)
            return false;
        QTest::keyClick(h->tree(), Qt::Key_Right);
        return QTest::qWaitFor([&] { return h->tree()->isExpanded(index); }, 5000) && h->waitIdle();
    }

    QPersistentModelIndex openByKeyboard(const QStringList &path)
    {
        QPersistentModelIndex cur = h->proxy()->index(0, 0);
        if (!expandByKeyboard(cur))
            return {};
        for (const QString &name : path) {
            cur = h->child(cur, name);
            if (!cur.isValid() || !expandByKeyboard(cur))
                return {};
        }
        return cur;
    }

    static QString shown(const DiagnosisDialog *d, const char *label)
    {
        const auto *l = d->findChild<QLabel *>(QLatin1String(label));
        return l ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { h = std::make_unique<MainWindowHarness>(); }

    void cleanup() { h.reset(); }

    // The failing request is the start-up GET /users/current: nothing was listed.
    void rejectedAtStartUpSaysNothingOfListing()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, QStringLiteral("NotTheCleanerSecret")));
        const QPersistentModelIndex registry = h->proxy()->index(0, 0);
        QVERIFY(expandByKeyboard(registry));
        QTRY_VERIFY(h->child<QFrame>("bannerFrame")->isVisible());
        QTest::mouseClick(h->child<QPushButton>("bannerExplainButton"), Qt::LeftButton);
        DiagnosisDialog *d = nullptr;
        QTRY_VERIFY((d = h->window()->findChild<DiagnosisDialog *>()) != nullptr);
        QTRY_VERIFY(d->probesDone());
        QCOMPARE(d->cause(), QStringLiteral("credentials_rejected"));
        const QString explanation = shown(d, "explanationLabel");
        QVERIFY2(explanation.contains(QStringLiteral("That is why this request got 401 Unauthorized.")),
            qPrintable(explanation));
        QVERIFY2(!explanation.contains(QStringLiteral("listing")), qPrintable(explanation));
        // Indeed nothing was listed: no project listing reached the server.
        for (const QJsonValue &v : h->sim.log())
            QVERIFY(!v.toObject()
                         .value(QStringLiteral("path"))
                         .toString()
                         .startsWith(QStringLiteral("/api/v2.0/projects")));
        d->reject();
    }

    // Harbor refuses a delete with 403 (here a fault, as when a permission is revoked and
    // granted again); the dialog's probe reads the account's permissions.
    void forbiddenDeleteNamesPermissionsInWords()
    {
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        QVERIFY(h->sim.addFault(QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")},
            {QStringLiteral("status"), 403}, {QStringLiteral("method"), QStringLiteral("DELETE")},
            {QStringLiteral("match"), QStringLiteral("/tags/pr-1")}}));
        const QPersistentModelIndex frontend = openByKeyboard({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(frontend.isValid());
        const QModelIndex pr1 = h->child(frontend, QStringLiteral("pr-1"));
        QVERIFY(pr1.isValid());
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(pr1).center());
        QCOMPARE(h->tree()->currentIndex(), pr1);

        DeleteController *deleter = h->window()->deleteController();
        QSignalSpy finished(deleter, &DeleteController::finished);
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter->confirmDialog());
        QPushButton *remove = deleter->confirmDialog()
                                  ->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                                  ->button(QDialogButtonBox::Ok);
        QVERIFY(remove && remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QTRY_VERIFY(deleter->summaryDialog());
        auto *why = deleter->summaryDialog()->findChild<QPushButton *>(QStringLiteral("whyButton"));
        QVERIFY(why);
        QTest::mouseClick(why, Qt::LeftButton);
        QTRY_VERIFY(deleter->diagnosisDialog());
        DiagnosisDialog *d = deleter->diagnosisDialog();
        QTRY_VERIFY(d->probesDone());
        QCOMPARE(d->cause(), QStringLiteral("permission_missing"));

        const QString causes = shown(d, "causesLabel");
        QVERIFY2(causes.contains(QStringLiteral("project: read")), qPrintable(causes));
        QVERIFY2(causes.contains(QStringLiteral("tag: delete")), qPrintable(causes));
        QVERIFY2(causes.contains(QStringLiteral("repository: read")), qPrintable(causes));
        const QString all = shown(d, "titleLabel") + shown(d, "explanationLabel") + causes + shown(d, "fixLabel");
        QVERIFY2(
            !all.contains(QStringLiteral(".:read")) && !all.contains(QStringLiteral("tag:delete")), qPrintable(all));
        // The probe shows tag: delete held: the dialog does not say the robot lacks it.
        QVERIFY2(!all.contains(QStringLiteral("lacks")), qPrintable(all));
        QCOMPARE(shown(d, "titleLabel"),
            QStringLiteral("Harbor refused this request, though robot$team-a+cleaner now holds tag: delete in team-a"));
        d->reject();
    }
};

QTEST_MAIN(TestExplanations)
#include "tst_explanations.moc"
