#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "JobWait.h"

#include <memory>
#include <QtTest>

using namespace berth;

namespace {

const QString secretValue = QStringLiteral("Sup3rSecretRobotValue42");

Profile robotProfile(const QString &name = QStringLiteral("prod"),
    const QString &url = QStringLiteral("https://harbor.example.com/"),
    const QString &user = QStringLiteral("robot$team-a+cleaner"))
{
    Profile p;
    p.name = name;
    p.url = QUrl(url);
    p.kind = AccountKind::Robot;
    p.username = user;
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("berth.conf")); }
    QByteArray settingsBytes()
    {
        m_settings->sync();
        QFile file(settingsPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void roundTrip()
    {
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(!m_store->defaultProfile());

        Profile p
            = robotProfile(QStringLiteral("prod"), QStringLiteral("HTTPS://Harbor.Example.com:443/harbor/projects"));
        p.caFile = QStringLiteral("/etc/ssl/corp-ca.pem");
        p.pinnedSha256 = QStringLiteral("AB:CD:") + QString(60, QLatin1Char('e'));
        p.secretSaved = true;
        p.robotExpiresAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
        QString error;
        QVERIFY2(m_store->save(p, &error), qPrintable(error));

        // A second store on the same file (as berthctl would be) sees the same.
        QSettings other(settingsPath(), QSettings::IniFormat);
        ProfileStore reader(&other);
        const std::optional<Profile> found = reader.find(QStringLiteral("prod"));
        QVERIFY(found);
        QCOMPARE(found->url, QUrl(QStringLiteral("https://harbor.example.com/")));
        QCOMPARE(found->kind, AccountKind::Robot);
        QCOMPARE(found->username, QStringLiteral("robot$team-a+cleaner"));
        QCOMPARE(found->caFile, p.caFile);
        QCOMPARE(found->pinnedSha256, QStringLiteral("abcd") + QString(60, QLatin1Char('e')));
        QCOMPARE(found->secretSaved, true);
        QCOMPARE(found->allowPlainHttp, false);
        QCOMPARE(found->robotExpiresAt, p.robotExpiresAt);
        QCOMPARE(found->credentialKey(), QStringLiteral("robot$team-a+cleaner@https://harbor.example.com/"));
        QVERIFY(!found->isLoopback());
        QVERIFY(!found->plainHttpAllowed());

        QCOMPARE(reader.defaultProfile()->name, QStringLiteral("prod"));
        QVERIFY(reader.findByUrlAndUser(
            QUrl(QStringLiteral("harbor.example.com")), QStringLiteral("robot$team-a+cleaner")));
        QVERIFY(!reader.findByUrlAndUser(QUrl(QStringLiteral("https://harbor.example.com/")), QStringLiteral("alice")));
    }

    // A CA file typed relative to the current directory is stored absolute, so what the profile
    // trusts does not change with the directory berth or berthctl later runs in.
    void relativeCaFileIsStoredAbsolute_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // relative to the working directory of the save
        QTest::newRow("file name") << QStringLiteral("corp-ca.pem") << QStringLiteral("corp-ca.pem");
        QTest::newRow("dot and subfolder")
            << QStringLiteral("./certs/../certs/corp-ca.pem") << QStringLiteral("certs/corp-ca.pem");
        QTest::newRow("surrounding spaces") << QStringLiteral("  corp-ca.pem ") << QStringLiteral("corp-ca.pem");
    }

    void relativeCaFileIsStoredAbsolute()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QTemporaryDir work;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(work.path()));
        Profile p = robotProfile();
        p.caFile = typed;
        QString error;
        const bool saved = m_store->save(p, &error);
        QDir::setCurrent(before);
        QVERIFY2(saved, qPrintable(error));
        // getcwd() names the directory without symbolic links, so the stored path does too.
        QCOMPARE(m_store->find(QStringLiteral("prod"))->caFile, QDir(work.path()).canonicalPath() + u'/' + stored);
    }

    void severalProfiles()
    {
        QString error;
        QVERIFY(m_store->save(robotProfile(QStringLiteral("a")), &error));
        Profile local
            = robotProfile(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("admin"));
        local.kind = AccountKind::User;
        QVERIFY2(m_store->save(local, &error), qPrintable(error));
        Profile anonymous;
        anonymous.name = QStringLiteral("public");
        anonymous.url = QUrl(QStringLiteral("https://demo.goharbor.io"));
        anonymous.kind = AccountKind::Anonymous;
        QVERIFY2(m_store->save(anonymous, &error), qPrintable(error));

        QCOMPARE(m_store->profiles().size(), 3);
        QVERIFY(!m_store->defaultProfile()); // more than one: no default
        QVERIFY(m_store->find(QStringLiteral("local"))->isLoopback());
        QVERIFY(m_store->find(QStringLiteral("local"))->plainHttpAllowed());
        QVERIFY(m_store->find(QStringLiteral("public"))->credentialKey().isEmpty());

        // Save again under the same name: replaced, not duplicated.
        Profile changed = robotProfile(QStringLiteral("a"));
        changed.allowPlainHttp = true;
        QVERIFY(m_store->save(changed, &error));
        QCOMPARE(m_store->profiles().size(), 3);
        QVERIFY(m_store->find(QStringLiteral("a"))->allowPlainHttp);

        QVERIFY(m_store->remove(QStringLiteral("local")));
        QVERIFY(!m_store->remove(QStringLiteral("local")));
        QCOMPARE(m_store->profiles().size(), 2);
        QVERIFY(!m_store->find(QStringLiteral("local")));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pin");
        QTest::newRow("empty name") << ""
                                    << "harbor.example.com" << int(AccountKind::Robot) << "robot$a+b"
                                    << "";
        QTest::newRow("untrimmed name") << " prod"
                                        << "harbor.example.com" << int(AccountKind::Robot) << "robot$a+b"
                                        << "";
        QTest::newRow("bad url") << "prod"
                                 << "ftp://x" << int(AccountKind::Robot) << "robot$a+b"
                                 << "";
        QTest::newRow("robot without name") << "prod"
                                            << "harbor.example.com" << int(AccountKind::Robot) << ""
                                            << "";
        QTest::newRow("untrimmed user") << "prod"
                                        << "harbor.example.com" << int(AccountKind::User) << "alice\n"
                                        << "";
        QTest::newRow("anonymous with user") << "prod"
                                             << "harbor.example.com" << int(AccountKind::Anonymous) << "alice"
                                             << "";
        QTest::newRow("short pin") << "prod"
                                   << "harbor.example.com" << int(AccountKind::Robot) << "robot$a+b"
                                   << "abcd";
        QTest::newRow("non-hex pin") << "prod"
                                     << "harbor.example.com" << int(AccountKind::Robot) << "robot$a+b"
                                     << QString(64, QLatin1Char('z'));
    }

    void rejected()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(QString, pin);
        Profile p;
        p.name = name;
        p.url = QUrl::fromUserInput(url); // any QUrl; the store normalises or refuses
        if (url.startsWith(QLatin1String("ftp")))
            p.url = QUrl(url);
        p.kind = AccountKind(kind);
        p.username = user;
        p.pinnedSha256 = pin;
        QString error;
        QVERIFY(!m_store->save(p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_store->profiles().isEmpty());
    }

    void duplicateAccountRefused()
    {
        QString error;
        QVERIFY(m_store->save(robotProfile(QStringLiteral("one")), &error));
        QVERIFY(!m_store->save(robotProfile(QStringLiteral("two"), QStringLiteral("harbor.example.com")), &error));
        QVERIFY(error.contains(QLatin1String("one")));
        // A rename of the same account is fine.
        QVERIFY2(
            m_store->replace(QStringLiteral("one"), robotProfile(QStringLiteral("two")), &error), qPrintable(error));
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profiles().first().name, QStringLiteral("two"));
        // Renaming onto an existing name is not.
        QVERIFY(m_store->save(robotProfile(QStringLiteral("three"), QStringLiteral("other.example.com")), &error));
        QVERIFY(!m_store->replace(
            QStringLiteral("three"), robotProfile(QStringLiteral("two"), QStringLiteral("other.example.com")), &error));
    }

    void names()
    {
        QCOMPARE(ProfileStore::defaultNameFor(QUrl(QStringLiteral("https://harbor.example.com/"))),
            QStringLiteral("harbor.example.com"));
        QCOMPARE(ProfileStore::defaultNameFor(QUrl(QStringLiteral("https://harbor.example.com:8443/x"))),
            QStringLiteral("harbor.example.com:8443"));
        QString error;
        QVERIFY(m_store->save(robotProfile(QStringLiteral("harbor.example.com")), &error));
        QCOMPARE(m_store->uniqueNameFor(QUrl(QStringLiteral("https://harbor.example.com/"))),
            QStringLiteral("harbor.example.com (2)"));
    }

    void defaultSettingsLocationIsTestMode()
    {
        ProfileStore shared; // the real organisation/application names
        QVERIFY2(shared.fileName().contains(QLatin1String("qttest")), qPrintable(shared.fileName()));
        QVERIFY(shared.fileName().contains(QLatin1String("Berth")));
    }

    // ProfileSecrets with the in-memory store ------------------------------------------------

    void saveWithSecretNeverWritesTheSecretToSettings()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        const ProfileResult saved = waitFor(secrets.saveWithSecret(robotProfile(), secretValue));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(saved.profileChanged);
        QCOMPARE(credentials.keys(), QStringList {QStringLiteral("robot$team-a+cleaner@https://harbor.example.com/")});
        // The in-memory store forgets on exit, so the profile must not claim a saved secret.
        QCOMPARE(m_store->find(QStringLiteral("prod"))->secretSaved, false);

        const QByteArray bytes = settingsBytes();
        QVERIFY(bytes.contains("robot$team-a+cleaner"));
        QVERIFY(!bytes.contains(secretValue.toUtf8()));
        const QStringList keys = m_settings->allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys) {
            const QString leaf = key.section(QLatin1Char('/'), -1).toLower();
            QVERIFY2(
                leaf != QLatin1String("secret") && leaf != QLatin1String("password") && leaf != QLatin1String("token"),
                qPrintable(key));
            QVERIFY2(!m_settings->value(key).toString().contains(secretValue), qPrintable(key));
        }

        const ProfileResult read = waitFor(secrets.readSecret(*m_store->find(QStringLiteral("prod"))));
        QVERIFY(read.ok());
        QCOMPARE(read.secret, secretValue);
    }

    void failedWriteSavesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("NoBackend") << int(CredentialStatus::NoBackend);
        QTest::newRow("AccessDenied") << int(CredentialStatus::AccessDenied);
        QTest::newRow("Other") << int(CredentialStatus::Other);
    }

    void failedWriteSavesNothing()
    {
        QFETCH(int, status);
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        const Profile p = robotProfile();
        credentials.injectError(p.credentialKey(), CredentialStatus(status), QStringLiteral("detail"));
        const ProfileResult result = waitFor(secrets.saveWithSecret(p, secretValue));
        QCOMPARE(int(result.status), status);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(result.detail, QStringLiteral("detail"));
        QVERIFY(!result.profileChanged);
        QVERIFY(m_store->profiles().isEmpty());
    }

    void invalidProfileTouchesNoStore()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        Profile p = robotProfile();
        p.url = QUrl(QStringLiteral("ftp://nope"));
        const ProfileResult result = waitFor(secrets.saveWithSecret(p, secretValue));
        QVERIFY(!result.ok());
        QVERIFY(credentials.keys().isEmpty());
    }

    void notFoundForSavedSecretIsExplained()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        Profile p = robotProfile();
        p.secretSaved = true; // as if the keychain had it
        QString error;
        QVERIFY(m_store->save(p, &error));

        const ProfileResult result = waitFor(secrets.readSecret(p));
        QCOMPARE(result.status, CredentialStatus::NotFound);
        QVERIFY2(result.message.contains(QLatin1String("keyring may be locked")), qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("removed outside Berth")));
        QVERIFY(!result.message.contains(QLatin1String("no credentials"), Qt::CaseInsensitive));

        p.secretSaved = false;
        const ProfileResult never = waitFor(secrets.readSecret(p));
        QCOMPARE(never.status, CredentialStatus::NotFound);
        QVERIFY(!never.message.contains(QLatin1String("locked")));
    }

    void anonymousNeedsNoSecret()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        Profile p;
        p.name = QStringLiteral("public");
        p.url = QUrl(QStringLiteral("https://demo.goharbor.io"));
        p.kind = AccountKind::Anonymous;
        const ProfileResult saved = waitFor(secrets.saveWithSecret(p, QString()));
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(credentials.keys().isEmpty());
        const ProfileResult read = waitFor(secrets.readSecret(p));
        QVERIFY(read.ok());
        QVERIFY(read.secret.isEmpty());
    }

    void updateMovesTheSecret_data()
    {
        QTest::addColumn<QString>("newName");
        QTest::addColumn<QString>("newUrl");
        QTest::addColumn<QString>("newUser");
        QTest::addColumn<bool>("keyChanges");
        QTest::newRow("rename only") << "production"
                                     << "https://harbor.example.com/"
                                     << "robot$team-a+cleaner" << false;
        QTest::newRow("new user") << "prod"
                                  << "https://harbor.example.com/"
                                  << "robot$team-a+reader" << true;
        QTest::newRow("new url") << "prod"
                                 << "https://harbor2.example.com:8443/"
                                 << "robot$team-a+cleaner" << true;
        QTest::newRow("everything") << "other"
                                    << "https://harbor2.example.com/"
                                    << "robot$b+c" << true;
    }

    void updateMovesTheSecret()
    {
        QFETCH(QString, newName);
        QFETCH(QString, newUrl);
        QFETCH(QString, newUser);
        QFETCH(bool, keyChanges);

        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        const Profile original = robotProfile();
        QVERIFY(waitFor(secrets.saveWithSecret(original, secretValue)).ok());
        const Profile current = *m_store->find(original.name);

        const Profile changed = robotProfile(newName, newUrl, newUser);
        const ProfileResult result = waitFor(secrets.update(current, changed));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(m_store->profiles().size(), 1);
        const std::optional<Profile> now = m_store->find(newName);
        QVERIFY(now);
        QCOMPARE(now->username, newUser);

        const ProfileResult read = waitFor(secrets.readSecret(*now));
        QVERIFY(read.ok());
        QCOMPARE(read.secret, secretValue);
        QCOMPARE(credentials.keys(), QStringList {now->credentialKey()});
        if (keyChanges)
            QVERIFY(!credentials.contains(current.credentialKey()));
    }

    void updateWithFailedWriteChangesNothing()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        QVERIFY(waitFor(secrets.saveWithSecret(robotProfile(), secretValue)).ok());
        const Profile current = *m_store->find(QStringLiteral("prod"));
        const Profile changed = robotProfile(QStringLiteral("prod"), QStringLiteral("https://new.example.com/"));
        credentials.injectError(changed.credentialKey(), CredentialStatus::AccessDenied);
        const ProfileResult result = waitFor(secrets.update(current, changed));
        QCOMPARE(result.status, CredentialStatus::AccessDenied);
        QCOMPARE(m_store->find(QStringLiteral("prod"))->url, current.url);
        QVERIFY(credentials.contains(current.credentialKey()));
    }

    void removeNamesWhereTheSecretLived()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        QVERIFY(waitFor(secrets.saveWithSecret(robotProfile(), secretValue)).ok());
        const Profile p = *m_store->find(QStringLiteral("prod"));

        const ProfileResult removed = waitFor(secrets.remove(p));
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QVERIFY(removed.profileChanged);
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(credentials.keys().isEmpty());
        QVERIFY2(removed.message.contains(QLatin1String("robot$team-a+cleaner@https://harbor.example.com/")),
            qPrintable(removed.message));
        QVERIFY(removed.message.contains(credentialService()));
        QVERIFY(removed.secretLocation.contains(credentials.backendName()));
        QVERIFY(!removed.message.contains(secretValue));
    }

    void removeWhenTheKeychainFails()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        QVERIFY(waitFor(secrets.saveWithSecret(robotProfile(), secretValue)).ok());
        const Profile p = *m_store->find(QStringLiteral("prod"));
        credentials.injectError(p.credentialKey(), CredentialStatus::NoBackend, QStringLiteral("no bus"));

        const ProfileResult removed = waitFor(secrets.remove(p));
        QCOMPARE(removed.status, CredentialStatus::NoBackend);
        QVERIFY(removed.profileChanged); // the user asked for the account to go
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(removed.message.contains(QLatin1String("by hand")));
        QVERIFY(removed.message.contains(p.credentialKey()));
    }

    void startupReadRetriesOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("NoBackend") << int(CredentialStatus::NoBackend) << true;
        QTest::newRow("Other") << int(CredentialStatus::Other) << true;
        QTest::newRow("AccessDenied") << int(CredentialStatus::AccessDenied) << false;
    }

    void startupReadRetriesOnce()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        QCOMPARE(secrets.retryDelay(), 2000);
        secrets.setRetryDelay(50);
        QVERIFY(waitFor(secrets.saveWithSecret(robotProfile(), secretValue)).ok());
        const Profile p = *m_store->find(QStringLiteral("prod"));

        credentials.injectError(p.credentialKey(), CredentialStatus(status));
        QElapsedTimer timer;
        timer.start();
        const ProfileResult result = waitFor(secrets.readSecret(p, ProfileSecrets::Retry::OnceAtStartup));
        if (retried) {
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.secret, secretValue);
            QVERIFY(timer.elapsed() >= 45);
        } else {
            QCOMPARE(int(result.status), status);
        }
    }

    void retryHappensOnlyOnce()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        secrets.setRetryDelay(50);
        const Profile p = robotProfile();
        credentials.injectError(p.credentialKey(), CredentialStatus::NoBackend);
        ProfileJob *job = secrets.readSecret(p, ProfileSecrets::Retry::OnceAtStartup);
        // Fail the retry as well.
        QTimer::singleShot(
            10, this, [&credentials, &p] { credentials.injectError(p.credentialKey(), CredentialStatus::NoBackend); });
        const ProfileResult result = waitFor(job);
        QCOMPARE(result.status, CredentialStatus::NoBackend);

        // Without the retry flag, no second attempt.
        credentials.injectError(p.credentialKey(), CredentialStatus::NoBackend);
        const ProfileResult once = waitFor(secrets.readSecret(p));
        QCOMPARE(once.status, CredentialStatus::NoBackend);
    }

    void profileJobIsAsync()
    {
        InMemoryCredentialStore credentials;
        ProfileSecrets secrets(&credentials, m_store.get());
        Profile p;
        p.name = QStringLiteral("anon");
        p.url = QUrl(QStringLiteral("https://demo.goharbor.io"));
        p.kind = AccountKind::Anonymous;
        int emitted = 0;
        ProfileJob *job = secrets.readSecret(p); // answer known at once
        connect(job, &ProfileJob::finished, this, [&emitted] { ++emitted; });
        QCOMPARE(emitted, 0);
        QTRY_COMPARE(emitted, 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
