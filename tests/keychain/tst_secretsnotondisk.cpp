// Runs only inside scripts/with-keyring (ctest does that): HOME is a throw-away directory.
// Saves accounts with known secrets through the real keychain and the real settings location,
// then reads every file under HOME and checks that no secret appears in any of them, the
// gnome-keyring file included (it is encrypted, so the plain text must not be in it either).
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "JobWait.h"

#include <QtTest>

using namespace berth;

namespace {

QList<QByteArray> encodingsOf(const QString &secret)
{
    QList<QByteArray> forms;
    const QByteArray utf8 = secret.toUtf8();
    forms << utf8 << utf8.toBase64() << utf8.toHex()
          << QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2); // UTF-16LE
    QByteArray utf16be;
    for (const QChar c : secret)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    forms << utf16be;
    return forms;
}

} // namespace

class TestSecretsNotOnDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("BERTH_TEST_KEYRING") != QLatin1String("1"))
            QFAIL("Run this test through scripts/with-keyring (ctest does); it scans all of HOME.");
    }

    void secretsOnlyInTheKeyring()
    {
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()) || home.contains(QLatin1String("berth-keyring")), qPrintable(home));

        const QString secret1 = QStringLiteral("NotOnDisk-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString secret2 = QStringLiteral("MovedSecret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        KeychainCredentialStore keychain;
        ProfileStore profiles; // the shared Berth settings, in test mode under HOME
        QVERIFY2(QFileInfo(profiles.fileName()).absoluteFilePath().startsWith(home), qPrintable(profiles.fileName()));
        ProfileSecrets secrets(&keychain, &profiles);

        Profile p;
        p.name = QStringLiteral("prod");
        p.url = QUrl(QStringLiteral("https://harbor.example.com/"));
        p.kind = AccountKind::Robot;
        p.username = QStringLiteral("robot$team-a+cleaner");
        ProfileResult result = waitFor(secrets.saveWithSecret(p, secret1));
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1String(" / ") + result.detail));
        QVERIFY(profiles.find(QStringLiteral("prod"))->secretSaved);

        // A second account, then moved to another user name (read, write, remove in the keyring).
        Profile q = p;
        q.name = QStringLiteral("staging");
        q.url = QUrl(QStringLiteral("https://staging.example.com:8443/"));
        result = waitFor(secrets.saveWithSecret(q, secret2));
        QVERIFY2(result.ok(), qPrintable(result.message));
        Profile moved = *profiles.find(QStringLiteral("staging"));
        moved.username = QStringLiteral("robot$team-a+reader");
        result = waitFor(secrets.update(*profiles.find(QStringLiteral("staging")), moved));
        QVERIFY2(result.ok(), qPrintable(result.message));

        // Both secrets are really stored.
        result = waitFor(secrets.readSecret(*profiles.find(QStringLiteral("prod"))));
        QCOMPARE(result.secret, secret1);
        result = waitFor(secrets.readSecret(*profiles.find(QStringLiteral("staging"))));
        QCOMPARE(result.secret, secret2);

        QTest::qWait(500); // let gnome-keyring finish writing its file

        QStringList scanned;
        bool sawKeyring = false;
        bool sawSettings = false;
        const QString settingsFile = QFileInfo(profiles.fileName()).canonicalFilePath();
        QDirIterator it(
            home, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (info.isSymLink() || !info.isFile())
                continue; // sockets, pipes
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.read(64 * 1024 * 1024);
            scanned << path;
            for (const QString &secret : {secret1, secret2}) {
                for (const QByteArray &form : encodingsOf(secret))
                    QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("a secret is in %1").arg(path)));
            }
            if (path.endsWith(QLatin1String("/keyrings/login.keyring")) && !bytes.isEmpty())
                sawKeyring = true;
            if (info.canonicalFilePath() == settingsFile && bytes.contains("robot$team-a+reader"))
                sawSettings = true;
        }
        // The scan was not vacuous: it read the keyring file and the account list.
        QVERIFY2(sawKeyring, qPrintable(scanned.join(QLatin1Char('\n'))));
        QVERIFY2(sawSettings, qPrintable(scanned.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretsNotOnDisk)
#include "tst_secretsnotondisk.moc"
