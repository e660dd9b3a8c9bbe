// The accounts dialog, offscreen: the mistakes users make, robot JSON import, "Test connection"
// against harbor-sim for each kind of account, and saving without the secret touching settings.
#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "gui/AccountsDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryTreeModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
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
            << QStringList {} << robot << "robot$team-a+cleaner"
            << "CleanerSecret1"
            << "Authenticated as robot robot$team-a+cleaner; may list and delete tags in team-a."
            << "";
        QTest::newRow("wrong secret") << QStringList {} << robot << "robot$team-a+cleaner"
                                      << "wrong"
                                      << "did not accept these credentials and treats you as anonymous"
                                      << "credentials_rejected";
        QTest::newRow("expired robot") << QStringList {} << robot << "robot$team-a+expired"
                                       << "ExpiredSecret1"
                                       << "did not accept these credentials"
                                       << "credentials_rejected";
        QTest::newRow("disabled robot") << QStringList {} << robot << "robot$team-a+disabled"
                                        << "DisabledSecret1"
                                        << "did not accept these credentials"
                                        << "credentials_rejected";
        QTest::newRow("read-only robot") << QStringList {} << robot << "robot$team-a+reader"
                                         << "ReaderSecret1"
                                         << "may list tags in team-a but not delete them"
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
        fill(h->sim.url().toString(), QStringLiteral("robot$team-a+cleaner"), QStringLiteral("CleanerSecret1"));
        QSignalSpy saved(dialog.get(), &AccountsDialog::saved);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("demo"));
        QVERIFY(p);
        // The in-memory stand-in for the keychain forgets at exit, so it never claims "saved".
        QCOMPARE(p->secretSaved, h->keychain()->isPersistent());
        QVERIFY(h->keychain()->contains(credentialKey(QStringLiteral("robot$team-a+cleaner"), p->url)));
        QVERIFY(edit("secretEdit")->text().isEmpty()); // cleared after use
        QFile settings(h->settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("CleanerSecret1"));
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
        fill(h->sim.url().toString(), QStringLiteral("robot$team-a+cleaner"), QStringLiteral("CleanerSecret1"));
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

    void keychainFailureOffersThisSessionOnly()
    {
        QVERIFY(start());
        dialog->newProfile();
        edit("nameEdit")->setText(QStringLiteral("demo"));
        fill(h->sim.url().toString(), QStringLiteral("robot$team-a+cleaner"), QStringLiteral("CleanerSecret1"));
        const QString key = credentialKey(QStringLiteral("robot$team-a+cleaner"), h->sim.url());
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
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
