// The accounts dialog, offscreen: the mistakes users make, robot JSON import, "Test connection"
// against harbor-sim for each kind of account, and saving without the secret touching settings.
// Opened from the real window's Registry → Accounts… menu: the account berth was started with is
// listed, an answer about an earlier form goes when the form changes, hints never move the
// buttons, and the radio says where the secret is.
#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "gui/AccountsDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    std::unique_ptr<AccountsDialog> dialog;

    QLineEdit *edit(const char *name) const { return dialog->findChild<QLineEdit *>(QLatin1String(name)); }

    void fill(const QString &url, const QString &user, const QString &secret)
    {
        edit("urlEdit")->setText(url);
        edit("userEdit")->setText(user);
        edit("secretEdit")->setText(secret);
    }

    bool start(const QStringList &simOptions = {})
    {
        h = std::make_unique<MainWindowHarness>();
        if (!h->start({}, {}, simOptions))
            return false;
        dialog = std::make_unique<AccountsDialog>(h->window()->sessions(), h->window());
        dialog->show();
        return true;
    }

    // Registry → Accounts… in the real window, with the mouse; the dialog it opens.
    AccountsDialog *openFromMenu()
    {
        QMenuBar *bar = h->window()->menuBar();
        auto *accounts = h->window()->findChild<QAction *>(QStringLiteral("actionAccounts"));
        QMenu *menu = nullptr;
        for (QAction *a : bar->actions())
            if (a->menu() && a->menu()->actions().contains(accounts))
                menu = a->menu();
        if (!menu)
            return nullptr;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return nullptr;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(accounts).center());
        AccountsDialog *d = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (d = h->window()->findChild<AccountsDialog *>()) != nullptr && d->isVisible(); }, 5000))
            return nullptr;
        return d;
    }

    template<class T>
    static T *in(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }

    static QStringList listed(AccountsDialog *d)
    {
        QStringList names;
        auto *list = in<QListWidget>(d, "profileList");
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = h->tempPath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        dialog.reset();
        h.reset();
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("shell ate $team-a") << "harbor.example.com"
                                           << "robot-a+cleaner"
                                           << "x"
                                           << "robot$";
        QTest::newRow("prefix missing") << "harbor.example.com"
                                        << "team-a+cleaner"
                                        << "x"
                                        << "robot$team-a+cleaner";
        QTest::newRow("token as secret") << "harbor.example.com"
                                         << "robot$team-a+cleaner"
                                         << "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"
                                         << "token";
        QTest::newRow("whitespace") << "harbor.example.com"
                                    << "robot$team-a+cleaner"
                                    << " secret\n"
                                    << "space";
        QTest::newRow("plain http to a remote host") << "http://harbor.example.com"
                                                     << "robot$team-a+cleaner"
                                                     << "x"
                                                     << "http";
        QTest::newRow("bad url") << "https://exa mple"
                                 << "robot$team-a+cleaner"
                                 << "x"
                                 << "URL";
    }

    void mistakesAreNamed()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QVERIFY(start());
        dialog->newProfile();
        fill(url, user, secret);
        QVERIFY2(dialog->hintsText().contains(expected, Qt::CaseInsensitive), qPrintable(dialog->hintsText()));
    }

    void wellFormedRobotHasNoHints()
    {
        QVERIFY(start());
        dialog->newProfile();
        fill(QStringLiteral("harbor.example.com"), QStringLiteral("robot$team-a+cleaner"), QStringLiteral("S3cret"));
        QVERIFY2(dialog->hintsText().isEmpty(), qPrintable(dialog->hintsText()));
    }

    void importRobotJsonWithExpiry_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << qint64(-86400) << "expired";
        QTest::newRow("expires in a week") << qint64(7 * 86400) << "expires";
        QTest::newRow("never") << qint64(0) << "";
    }

    void importRobotJsonWithExpiry()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(QString, expected);
        QVERIFY(start());
        dialog->newProfile();
        edit("urlEdit")->setText(h->sim.url().toString());
        const qint64 at = expiresIn == 0 ? -1 : QDateTime::currentSecsSinceEpoch() + expiresIn;
        const QString path = writeFile(QStringLiteral("robot.json"),
            QStringLiteral("{\"id\":9,\"name\":\"robot$team-a+cleaner\",\"secret\":\"CleanerSecret1\","
                           "\"creation_time\":\"2026-01-01T00:00:00Z\",\"expires_at\":%1}")
                .arg(at)
                .toUtf8());
        QString error;
        QVERIFY2(dialog->importRobotJson(path, &error), qPrintable(error));
        QCOMPARE(edit("userEdit")->text(), QStringLiteral("robot$team-a+cleaner"));
        QCOMPARE(edit("secretEdit")->text(), QStringLiteral("CleanerSecret1"));
        if (expected.isEmpty())
            QVERIFY2(dialog->hintsText().isEmpty(), qPrintable(dialog->hintsText()));
        else
            QVERIFY2(dialog->hintsText().contains(expected, Qt::CaseInsensitive), qPrintable(dialog->hintsText()));
        QVERIFY(!dialog->importRobotJson(writeFile(QStringLiteral("junk.json"), "<html>"), &error));
        QVERIFY(!error.isEmpty());
    }

    void testConnection_data()
    {
        QTest::addColumn<QStringList>("simOptions");
        QTest::addColumn<int>("kind"); // AccountKind
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("cause");
        const int robot = int(AccountKind::Robot);
        QTest::newRow("valid robot")
            << QStringList {} << robot << SimAccounts::kCleaner << SimAccounts::kCleanerSecret
            << "Authenticated as robot robot$team-a+cleaner; may list and delete tags in team-a."
            << "";
        QTest::newRow("wrong secret") << QStringList {} << robot << SimAccounts::kCleaner << "wrong"
                                      << "did not accept these credentials and treats you as anonymous"
                                      << "credentials_rejected";
        QTest::newRow("expired robot") << QStringList {} << robot << SimAccounts::kExpired
                                       << SimAccounts::kExpiredSecret << "did not accept these credentials"
                                       << "credentials_rejected";
        QTest::newRow("disabled robot") << QStringList {} << robot << SimAccounts::kDisabled
                                        << SimAccounts::kDisabledSecret << "did not accept these credentials"
                                        << "credentials_rejected";
        QTest::newRow("read-only robot") << QStringList {} << robot << SimAccounts::kReader
                                         << SimAccounts::kReaderSecret << "may list tags in team-a but not delete them"
                                         << "";
        // The registry side: a cleanup robot without pull is told that inspecting will not work.
        QTest::newRow("cleanup robot, no pull")
            << QStringList {} << robot << SimAccounts::kCleaner << SimAccounts::kCleanerSecret
            << "lacks repository:pull in team-a: listing and deleting work"
            << "";
        QTest::newRow("reader robot, pull") << QStringList {} << robot << SimAccounts::kReader
                                            << SimAccounts::kReaderSecret << "It may pull in team-a (repository:pull)"
                                            << "";
        QTest::newRow("OIDC user's password")
            << QStringList {"--auth-mode", "oidc_auth"} << int(AccountKind::User) << "oidc-alice"
            << "OidcPassword1"
            << "did not accept"
            << "oidc_password";
        QTest::newRow("anonymous") << QStringList {} << int(AccountKind::Anonymous) << ""
                                   << ""
                                   << "Anonymous access"
                                   << "";
    }

    void testConnection()
    {
        QFETCH(QStringList, simOptions);
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        QFETCH(QString, cause);
        QVERIFY(start(simOptions));
        dialog->newProfile();
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        combo->setCurrentIndex(combo->findData(kind));
        fill(h->sim.url().toString(), user, secret);
        QSignalSpy done(dialog.get(), &AccountsDialog::testFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(done.wait(30000));
        QVERIFY2(dialog->testResultText().contains(expected), qPrintable(dialog->testResultText()));
        QCOMPARE(dialog->lastCause(), cause);
    }

    void saveKeepsTheSecretOutOfSettings()
    {
        QVERIFY(start());
        dialog->newProfile();
        edit("nameEdit")->setText(QStringLiteral("demo"));
        fill(h->sim.url().toString(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret);
        QSignalSpy saved(dialog.get(), &AccountsDialog::saved);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("demo"));
        QVERIFY(p);
        // The in-memory stand-in for the keychain forgets at exit, so it never claims "saved".
        QCOMPARE(p->secretSaved, h->keychain()->isPersistent());
        QVERIFY(h->keychain()->contains(credentialKey(SimAccounts::kCleaner, p->url)));
        QVERIFY(edit("secretEdit")->text().isEmpty()); // cleared after use
        QFile settings(h->settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(SimAccounts::kCleanerSecret.toUtf8()));
        // The registry opens in the tree with the saved secret.
        QTRY_VERIFY(h->model()->rowCount() >= 1);
    }

    // A CA file typed relative to the working directory: checked before anything is sent, and
    // saved absolute, so the trust does not change with the directory Berth starts in. When the
    // saved file is gone, the registry says so instead of connecting.
    void caFileTypedRelative()
    {
        QVERIFY(start({QStringLiteral("--tls")}));
        QTemporaryDir work;
        QVERIFY(QFile::copy(h->sim.certificatePath(), work.filePath(QStringLiteral("corp-ca.pem"))));
        const QString absolute = QDir(work.path()).canonicalPath() + QStringLiteral("/corp-ca.pem");
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work.path()));
        const auto restore = qScopeGuard([&before] { QDir::setCurrent(before); });
        dialog->newProfile();
        edit("nameEdit")->setText(QStringLiteral("corp"));
        fill(h->sim.url().toString(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret);
        QSignalSpy done(dialog.get(), &AccountsDialog::testFinished);
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testButton"));

        edit("caEdit")->setText(QStringLiteral("missing.pem"));
        test->click();
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY2(dialog->testResultText().contains(QStringLiteral("CA file:")), qPrintable(dialog->testResultText()));
        QVERIFY2(dialog->testResultText().contains(QDir(work.path()).canonicalPath() + QStringLiteral("/missing.pem")),
            qPrintable(dialog->testResultText()));
        QVERIFY(h->sim.log().isEmpty()); // nothing was sent

        edit("caEdit")->setText(QStringLiteral("corp-ca.pem"));
        done.clear();
        test->click();
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY2(dialog->testResultText().contains(QStringLiteral("Authenticated as robot")),
            qPrintable(dialog->testResultText()));

        QSignalSpy saved(dialog.get(), &AccountsDialog::saved);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("corp"));
        QVERIFY(p);
        QCOMPARE(p->caFile, absolute);

        QVERIFY(h->waitIdle());
        QVERIFY(QFile::remove(absolute));
        QVERIFY(h->sim.clearLog());
        h->window()->sessions()->open(*p);
        const QModelIndex registry = h->model()->registryIndex(QStringLiteral("corp"));
        QTRY_COMPARE(h->model()->rowCount(registry), 1);
        const QString shown = h->model()->index(0, 0, registry).data(ErrorTextRole).toString();
        QVERIFY2(shown.contains(QStringLiteral("CA file")) && shown.contains(absolute), qPrintable(shown));
        QVERIFY(h->sim.log().isEmpty());
    }

    // The likely name once, not "… the name is probably X. Did you mean X?".
    void likelyNameSaidOnce_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("likely"); // as the label's HTML holds it
        QTest::newRow("shell ate $team") << "robot-a+cleaner"
                                         << "robot$&lt;project&gt;-a+cleaner";
        QTest::newRow("prefix missing") << "team-a+cleaner"
                                        << "robot$team-a+cleaner";
    }

    void likelyNameSaidOnce()
    {
        QFETCH(QString, user);
        QFETCH(QString, likely);
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start({}, {}));
        AccountsDialog *d = openFromMenu();
        QVERIFY(d);
        QTest::mouseClick(in<QPushButton>(d, "addButton"), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(d, "urlEdit"), h->sim.url().toString());
        QTest::keyClicks(in<QLineEdit>(d, "userEdit"), user);
        QCOMPARE(d->hintsText().count(likely), 1);
        QVERIFY2(!d->hintsText().contains(QStringLiteral("Did you mean")), qPrintable(d->hintsText()));
    }

    // berth URL --user NAME --password-stdin: the account is in the tree, so it is in the list,
    // and saving it keeps the secret the session holds without typing it again.
    void startedWithAccountIsListed()
    {
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        QVERIFY(!h->profiles()->find(QStringLiteral("sim"))); // not saved
        AccountsDialog *d = openFromMenu();
        QVERIFY(d);
        QCOMPARE(listed(d), QStringList {QStringLiteral("sim (this session only)")});
        QCOMPARE(in<QListWidget>(d, "profileList")->currentRow(), 0);
        QCOMPARE(in<QLineEdit>(d, "urlEdit")->text(), h->sim.url().toString());
        QCOMPARE(in<QLineEdit>(d, "userEdit")->text(), SimAccounts::kCleaner);
        QVERIFY(in<QRadioButton>(d, "sessionRadio")->isChecked());
        QVERIFY(in<QLineEdit>(d, "secretEdit")->placeholderText().contains(QStringLiteral("this session only")));

        // "Test connection" asks Harbor with the session's secret.
        QSignalSpy tested(d, &AccountsDialog::testFinished);
        QTest::mouseClick(in<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(
            d->testResultText().contains(QStringLiteral("Authenticated as robot")), qPrintable(d->testResultText()));

        // Saved in the keychain, without typing the secret.
        auto *keychainRadio = in<QRadioButton>(d, "keychainRadio");
        QTest::mouseClick(keychainRadio, Qt::LeftButton, {}, QPoint(8, keychainRadio->height() / 2)); // the circle
        QVERIFY(keychainRadio->isChecked());
        QSignalSpy saved(d, &AccountsDialog::saved);
        QTest::mouseClick(in<QPushButton>(d, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("sim"));
        QVERIFY(p);
        QCOMPARE(p->username, SimAccounts::kCleaner);
        QVERIFY(h->keychain()->contains(p->credentialKey()));
        QCOMPARE(listed(d), QStringList {QStringLiteral("sim")});
        QFile settings(h->settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(SimAccounts::kCleanerSecret.toUtf8()));
        // The tree lists with the saved secret.
        QVERIFY(h->waitIdle());
        QTRY_VERIFY(h->window()->sessions()->client(QStringLiteral("sim")));
        QVERIFY(h->open({QStringLiteral("team-a")}).isValid());
    }

    // An answer is about the form it was asked for: a change to the form takes it away, and an
    // answer arriving for an earlier form is not shown.
    void answerGoesWhenTheFormChanges()
    {
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start({}, {}, {QStringLiteral("--auth-fail-delay"), QStringLiteral("0.5")}));
        AccountsDialog *d = openFromMenu();
        QVERIFY(d);
        QTest::mouseClick(in<QPushButton>(d, "addButton"), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(d, "urlEdit"), h->sim.url().toString());
        QTest::keyClicks(in<QLineEdit>(d, "userEdit"), QStringLiteral("robot-a+cleaner"));
        QTest::keyClicks(in<QLineEdit>(d, "secretEdit"), SimAccounts::kCleanerSecret);
        QSignalSpy tested(d, &AccountsDialog::testFinished);
        QTest::mouseClick(in<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(d->testResultText().contains(QStringLiteral("did not accept")), qPrintable(d->testResultText()));
        QVERIFY(!d->lastCause().isEmpty());

        // The name corrected: the failure no longer stands next to it.
        auto *user = in<QLineEdit>(d, "userEdit");
        user->selectAll();
        QTest::keyClicks(user, SimAccounts::kCleaner);
        QVERIFY2(d->testResultText().isEmpty(), qPrintable(d->testResultText()));
        QVERIFY(d->lastCause().isEmpty());

        // Asked with a wrong secret (Harbor answers after its delay), then corrected at once: the
        // late answer is about the old secret and is not shown.
        auto *secret = in<QLineEdit>(d, "secretEdit");
        secret->selectAll();
        QTest::keyClicks(secret, QStringLiteral("wrong"));
        tested.clear();
        QTest::mouseClick(in<QPushButton>(d, "testButton"), Qt::LeftButton);
        secret->selectAll();
        QTest::keyClicks(secret, SimAccounts::kCleanerSecret);
        QVERIFY(tested.wait(30000));
        QVERIFY2(d->testResultText().isEmpty(), qPrintable(d->testResultText()));
        QVERIFY(in<QPushButton>(d, "testButton")->isEnabled());

        tested.clear();
        QTest::mouseClick(in<QPushButton>(d, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(
            d->testResultText().contains(QStringLiteral("Authenticated as robot")), qPrintable(d->testResultText()));
    }

    // Typing a name whose hint comes and goes: Test, Save and Close stay where they are.
    void hintsNeverMoveTheButtons()
    {
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start({}, {}));
        AccountsDialog *d = openFromMenu();
        QVERIFY(d);
        QTest::mouseClick(in<QPushButton>(d, "addButton"), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(d, "urlEdit"), QStringLiteral("https://harbor.example.com"));
        QVERIFY2(d->hintsText().isEmpty(), qPrintable(d->hintsText()));
        QPushButton *close = in<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Close);
        const QList<QWidget *> buttons {in<QPushButton>(d, "testButton"), in<QPushButton>(d, "saveButton"), close};
        const auto places = [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QList<QRect> r;
            for (QWidget *b : buttons)
                r << QRect(b->mapTo(d, QPoint(0, 0)), b->size());
            return r;
        };
        const QList<QRect> before = places();
        auto *user = in<QLineEdit>(d, "userEdit");
        bool hinted = false;
        for (const QChar c : QStringLiteral("team-a+cleaner")) {
            QTest::keyClicks(user, QString(c));
            hinted = hinted || !d->hintsText().isEmpty();
            QCOMPARE(places(), before);
        }
        QVERIFY(hinted);
        QVERIFY(in<QLabel>(d, "hintsLabel")->isVisible());
        while (!user->text().isEmpty()) {
            QTest::keyClick(user, Qt::Key_Backspace);
            QCOMPARE(places(), before);
        }
        QVERIFY(d->hintsText().isEmpty());
    }

    void keychainFailureOffersThisSessionOnly()
    {
        QVERIFY(start());
        dialog->newProfile();
        edit("nameEdit")->setText(QStringLiteral("demo"));
        fill(h->sim.url().toString(), SimAccounts::kCleaner, SimAccounts::kCleanerSecret);
        const QString key = credentialKey(SimAccounts::kCleaner, h->sim.url());
        h->keychain()->injectError(key, CredentialStatus::NoBackend, QStringLiteral("no Secret Service"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY(dialog->findChild<QMessageBox *>(QStringLiteral("keychainErrorBox")));
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("keychainErrorBox"));
        QVERIFY(!h->profiles()->find(QStringLiteral("demo"))); // nothing saved behind the user's back
        QSignalSpy saved(dialog.get(), &AccountsDialog::saved);
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("session")))
                b->click();
        QVERIFY(saved.count() == 1 || saved.wait(5000));
        const auto p = h->profiles()->find(QStringLiteral("demo"));
        QVERIFY(p);
        QVERIFY(!p->secretSaved);
        QVERIFY(!h->keychain()->contains(key));
    }

    // After "Keep for this session only" the radio says so, in this dialog and the next one the
    // Registry menu opens.
    void radioSaysWhereTheSecretIs()
    {
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start({}, {}));
        AccountsDialog *d = openFromMenu();
        QVERIFY(d);
        QTest::mouseClick(in<QPushButton>(d, "addButton"), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(d, "nameEdit"), QStringLiteral("demo"));
        QTest::keyClicks(in<QLineEdit>(d, "urlEdit"), h->sim.url().toString());
        QTest::keyClicks(in<QLineEdit>(d, "userEdit"), SimAccounts::kCleaner);
        QTest::keyClicks(in<QLineEdit>(d, "secretEdit"), SimAccounts::kCleanerSecret);
        QVERIFY(in<QRadioButton>(d, "keychainRadio")->isChecked());
        const QString key = credentialKey(SimAccounts::kCleaner, h->sim.url());
        h->keychain()->injectError(key, CredentialStatus::NoBackend, QStringLiteral("no Secret Service"));
        QTest::mouseClick(in<QPushButton>(d, "saveButton"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d->findChild<QMessageBox *>(QStringLiteral("keychainErrorBox"))) != nullptr);
        QSignalSpy saved(d, &AccountsDialog::saved);
        for (QAbstractButton *b : box->buttons())
            if (b->text().contains(QStringLiteral("session")))
                QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(5000));
        QVERIFY(in<QRadioButton>(d, "sessionRadio")->isChecked());
        QVERIFY(!in<QRadioButton>(d, "keychainRadio")->isChecked());
        QVERIFY(in<QLineEdit>(d, "secretEdit")->placeholderText().contains(QStringLiteral("this session only")));
        d->close();
        QTRY_VERIFY(!h->window()->findChild<AccountsDialog *>());

        AccountsDialog *again = openFromMenu();
        QVERIFY(again);
        again->selectProfile(QStringLiteral("demo"));
        QVERIFY(in<QRadioButton>(again, "sessionRadio")->isChecked());
        QVERIFY(!in<QRadioButton>(again, "keychainRadio")->isChecked());
        // Saved again as it is: the session keeps its secret, and the registry still lists.
        QSignalSpy savedAgain(again, &AccountsDialog::saved);
        QTest::mouseClick(in<QPushButton>(again, "saveButton"), Qt::LeftButton);
        QVERIFY(savedAgain.count() == 1 || savedAgain.wait(5000));
        QVERIFY(!h->keychain()->contains(key));
        QVERIFY(h->window()->sessions()->client(QStringLiteral("demo")));
        QVERIFY(h->open({QStringLiteral("team-a")}).isValid());
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
