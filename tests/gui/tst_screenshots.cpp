// Renders each window and dialog of a scripted session against harbor-sim and checks the
// pictures are real. With BERTH_SCREENSHOT_DIR set (scripts/screenshots), the PNGs are kept
// for the README; with BERTH_SCREENSHOT_LANG (e.g. zh_CN), in that language, named *-zh_CN.png.
#include "api/HarborClient.h"
#include "ApiErrorFixtures.h"
#include "gui/AccountsDialog.h"
#include "gui/AddTagDialog.h"
#include "gui/CleanupDialog.h"
#include "gui/CopyController.h"
#include "gui/CopyToDialog.h"
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/ExplainDialog.h"
#include "gui/HistoryDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "Translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace berth;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString m_suffix;
    QTemporaryDir m_temp;

    bool shoot(QWidget *w, const QString &name)
    {
        QTest::qWait(150); // let layouts and icons settle before the picture
        const QImage image = w->grab().toImage();
        // A real picture: sized, and not a single flat colour.
        if (image.width() < 200 || image.height() < 100)
            return false;
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        if (colours.size() < 8)
            return false;
        return image.save(QDir(m_dir).filePath(name + m_suffix + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR", m_temp.path());
        QDir().mkpath(m_dir);
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        if (!lang.isEmpty()) {
            QVERIFY(installTranslations(QCoreApplication::instance(), lang));
            m_suffix = QLatin1Char('-') + lang;
        }
    }

    void session()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        h.window()->resize(1280, 760);
        const QPersistentModelIndex api
            = h.open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        h.open({QStringLiteral("library"), QStringLiteral("nginx")});
        h.select({h.child(api, QStringLiteral("v1.2.0"))});
        QVERIFY(shoot(h.window(), QStringLiteral("tree")));

        // An immutable tag: the lock in the tree, the reason in the details pane.
        h.select({h.child(api, QStringLiteral("release-1.0"))});
        QVERIFY(shoot(h.window(), QStringLiteral("tree-immutable")));

        // Clean up, from the Registry menu, scoped to the selected repository.
        h.select({api});
        QAction *cleanup = h.window()->findChild<QAction *>(QStringLiteral("actionCleanup"));
        QVERIFY(cleanup && cleanup->isEnabled());
        cleanup->trigger();
        QTRY_VERIFY(h.window()->findChild<CleanupDialog *>());
        auto *cleanupDialog = h.window()->findChild<CleanupDialog *>();
        cleanupDialog->resize(1100, 700);
        QTest::qWait(1500); // the preview is computed from fresh server data
        QVERIFY(shoot(cleanupDialog, QStringLiteral("cleanup")));
        cleanupDialog->close();

        // The delete confirmation for two tags.
        h.select({h.child(api, QStringLiteral("ci-101")), h.child(api, QStringLiteral("ci-102"))});
        // The action, not the key: under Xvfb there is no window manager to make the window
        // active, and shortcuts need an active window.
        h.window()->findChild<QAction *>(QStringLiteral("actionRemoveTags"))->trigger();
        QTRY_VERIFY(h.window()->deleteController()->confirmDialog());
        QVERIFY(shoot(h.window()->deleteController()->confirmDialog(), QStringLiteral("delete-confirmation")));
        h.window()->deleteController()->confirmDialog()->reject();

        // The 401 dialog: a delete with credentials Harbor rejects.
        const ApiError e = rejectedTagDelete(h.sim.url().toString());
        ConnectionSettings wrongSettings;
        wrongSettings.baseUrl = h.sim.url();
        wrongSettings.username = SimAccounts::kCleaner;
        wrongSettings.secret = QStringLiteral("expired!");
        wrongSettings.timeoutMs = 5000;
        wrongSettings.maxTries = 1;
        wrongSettings.maxPages = 100;
        wrongSettings.maxBodyBytes = 1 << 20;
        HarborClient wrong(wrongSettings);
        DiagnosisDialog::Target t {QStringLiteral("library"), QStringLiteral("nginx"), QStringLiteral("1.25"),
            QStringLiteral("1.25"), QStringLiteral("tag:delete")};
        DiagnosisDialog d(e, {}, &wrong, t, h.window());
        d.resize(820, 680);
        d.show();
        QTRY_VERIFY(d.probesDone());
        QCOMPARE(d.cause(), QStringLiteral("credentials_rejected"));
        QVERIFY(shoot(&d, QStringLiteral("diagnosis-401")));
        d.close();

        // Accounts, with a mistake the dialog names.
        AccountsDialog accounts(h.window()->sessions(), h.window());
        accounts.show();
        accounts.newProfile();
        accounts.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(h.sim.url().toString());
        accounts.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("robot-a+cleaner"));
        accounts.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(SimAccounts::kCleanerSecret);
        QSignalSpy tested(&accounts, &AccountsDialog::testFinished);
        accounts.testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY(shoot(&accounts, QStringLiteral("accounts")));
        accounts.close();

        // Explain a failed request: the classic double-quoted robot name.
        ExplainDialog explain(h.window());
        explain.resize(860, 640);
        explain.show();
        explain.setCommand(
            QStringLiteral("curl -X DELETE -u \"robot$team-a+cleaner:CleanerSecret1\" %1api/v2.0/projects/"
                           "team-a/repositories/frontend/artifacts/pr-1/tags/pr-1")
                .arg(h.sim.url().toString()));
        QSignalSpy explained(&explain, &ExplainDialog::explained);
        explain.explain();
        QVERIFY(explained.wait(20000));
        QCOMPARE(explain.cause(), QStringLiteral("shell_expanded_name"));
        QVERIFY(shoot(&explain, QStringLiteral("explain")));
    }

    // Add tag, Copy to, and the History dialog with its undo column after a window delete.
    void copyAndUndo()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kAlice, SimAccounts::kAlicePassword, {QStringLiteral("--synthetic-content")}));
        h.window()->resize(1280, 760);
        const QPersistentModelIndex repo = h.open({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(repo.isValid());
        const QModelIndex tag = h.child(repo, QStringLiteral("pr-1"));
        QVERIFY(tag.isValid());
        h.select({tag});
        CopyController *copier = h.window()->copyController();
        QTRY_VERIFY2(copier->addTagAction()->isEnabled(), qPrintable(copier->addTagAction()->statusTip()));
        copier->addTagAction()->trigger();
        QTRY_VERIFY(copier->addTagDialog() && copier->addTagDialog()->isVisible());
        QTest::keyClicks(copier->addTagDialog()->findChild<QLineEdit *>(QStringLiteral("tagEdit")),
            QStringLiteral("release-candidate"));
        QVERIFY(shoot(copier->addTagDialog(), QStringLiteral("add-tag")));
        copier->addTagDialog()->reject();

        QTRY_VERIFY(copier->copyToAction()->isEnabled());
        copier->copyToAction()->trigger();
        QTRY_VERIFY(copier->copyDialog() && copier->copyDialog()->isVisible());
        QLineEdit *target = copier->copyDialog()->findChild<QLineEdit *>(QStringLiteral("repositoryEdit"));
        QVERIFY(target);
        target->setText(QStringLiteral("team-a/frontend-release"));
        copier->copyDialog()->setTags(CopyToDialog::Tags::New, QStringLiteral("prod, stable"));
        QVERIFY(shoot(copier->copyDialog(), QStringLiteral("copy-to")));
        copier->copyDialog()->reject();

        // A delete from the window, then its batch in History, undoable until a date.
        h.select({h.child(repo, QStringLiteral("pr-1"))});
        QSignalSpy finished(h.window()->deleteController(), &DeleteController::finished);
        h.window()->findChild<QAction *>(QStringLiteral("actionRemoveTags"))->trigger();
        QTRY_VERIFY(h.window()->deleteController()->confirmDialog());
        auto *box = h.window()->deleteController()->confirmDialog()->findChild<QDialogButtonBox *>(
            QStringLiteral("buttonBox"));
        QVERIFY(box && box->button(QDialogButtonBox::Ok));
        box->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(30000));
        if (h.window()->deleteController()->summaryDialog())
            h.window()->deleteController()->summaryDialog()->close();
        h.window()->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
        HistoryDialog *history = nullptr;
        QTRY_VERIFY((history = h.window()->findChild<HistoryDialog *>()) && history->isVisible());
        history->resize(1250, 420);
        QVERIFY(shoot(history, QStringLiteral("history-undo")));
        history->close();
    }

    // The Contents tab on an image that a real registry (docker-registry behind harbor-sim)
    // serves, with its signature and SBOM.
    void inspector()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kReader, SimAccounts::kReaderSecret,
            {QStringLiteral("--registry-backend"), registry.url().toString()}));
        h.window()->resize(1280, 760);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAlicePassword);
        const RegistryServer::Result pushed = RegistryServer::run(RegistryServer::fixturesTool(),
            {QStringLiteral("--registry"), h.sim.url().toString().chopped(1), QStringLiteral("--repo"),
                QStringLiteral("team-a/fx"), QStringLiteral("--username"), SimAccounts::kAlice,
                QStringLiteral("--only"), QStringLiteral("oci-image"), QStringLiteral("signature"),
                QStringLiteral("sbom")},
            180000, {}, env);
        QVERIFY2(pushed.ok(), pushed.output.constData());
        const QPersistentModelIndex repo
            = h.open({QStringLiteral("team-a"), QStringLiteral("fx"), QStringLiteral("oci-image")});
        QVERIFY(repo.isValid());
        h.select({h.child(repo, QStringLiteral("v1"))});
        h.window()->findChild<QAction *>(QStringLiteral("actionInspect"))->trigger();
        auto *tabs = h.window()->findChild<QTabWidget *>(QStringLiteral("sideTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("inspectorPane"));
        auto *contents = tabs->currentWidget()->findChild<QTreeWidget *>(QStringLiteral("inspectorTree"));
        QTRY_VERIFY_WITH_TIMEOUT(contents->topLevelItemCount() > 3, 30000);
        QVERIFY(shoot(h.window(), QStringLiteral("inspector")));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
