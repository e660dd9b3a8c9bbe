// Runs only inside scripts/with-keyring (ctest does that). Talks to a real gnome-keyring.
#include "credentials/CredentialKey.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "JobWait.h"

#include <cstdio>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QtTest>

using namespace berth;

namespace {

const char childWriteArgument[] = "--child-write";
const QString testKey = QStringLiteral("robot$team-a+cleaner@https://harbor.example.com/");

// secret-tool's output (stdout and stderr together) and exit code.
QString secretTool(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

QDBusMessage secretServiceCall(const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"), method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 30000);
}

// Child mode: one write through whatever bus the environment offers; prints the result.
int runChildWrite(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainCredentialStore store;
    CredentialJob *job
        = store.writeSecret(QStringLiteral("child@https://harbor.example.com/"), QStringLiteral("child-secret"));
    QObject::connect(job, &CredentialJob::finished, &app, [](const CredentialResult &result) {
        std::printf("%s\n%s\n%s\n", qUtf8Printable(credentialStatusName(result.status)), qUtf8Printable(result.message),
            qUtf8Printable(result.detail));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    return app.exec();
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("BERTH_TEST_KEYRING") != QLatin1String("1"))
            QFAIL("Run this test through scripts/with-keyring (ctest does); it must not touch your real keyring.");
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QCOMPARE(m_store.backendName(), QStringLiteral("Secret Service"));
    }

    void cleanup()
    {
        waitFor(m_store.removeSecret(testKey));
        waitFor(m_store.removeSecret(QStringLiteral("other@https://harbor.example.com/")));
    }

    void errorMapping_data()
    {
        // QKeychain::Error codes: 0 NoError, 1 EntryNotFound, 2 CouldNotDeleteEntry,
        // 3 AccessDeniedByUser, 4 AccessDenied, 5 NoBackendAvailable, 6 NotImplemented, 7 OtherError.
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("ok") << 0 << "" << int(CredentialStatus::Ok) << "";
        QTest::newRow("not found") << 1 << "Entry not found" << int(CredentialStatus::NotFound) << "";
        QTest::newRow("locked collection")
            << 4 << "Cannot create an item in a locked collection" << int(CredentialStatus::AccessDenied) << "locked";
        QTest::newRow("user refused") << 3 << "" << int(CredentialStatus::AccessDenied) << "";
        QTest::newRow("kwallet missing") << 5 << "" << int(CredentialStatus::NoBackend)
                                         << "no Secret Service is running";
        QTest::newRow("no session bus") << 7 << "Cannot autolaunch D-Bus without X11 $DISPLAY"
                                        << int(CredentialStatus::NoBackend) << "no Secret Service is running";
        QTest::newRow("bus socket missing") << 7 << "Could not connect: No such file or directory"
                                            << int(CredentialStatus::NoBackend) << "no Secret Service is running";
        QTest::newRow("no default collection")
            << 7 << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
            << int(CredentialStatus::AccessDenied) << "the keyring is locked or has no default collection";
        QTest::newRow("unknown") << 7 << "Unknown error" << int(CredentialStatus::Other) << "";
        QTest::newRow("not implemented") << 6 << "" << int(CredentialStatus::Other) << "";
    }

    void errorMapping()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(int, status);
        QFETCH(QString, inMessage);
        const CredentialResult result
            = KeychainCredentialStore::resultFor(code, detail, KeychainCredentialStore::Operation::Write);
        QCOMPARE(int(result.status), status);
        if (!result.ok()) {
            QVERIFY(!result.message.isEmpty());
            QCOMPARE(result.detail, detail);
        }
        QVERIFY2(result.message.contains(inMessage, Qt::CaseInsensitive), qPrintable(result.message));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("robot secret") << "AbCdEf0123456789AbCdEf0123456789";
        QTest::newRow("unicode") << QStringLiteral("pässwörd-秘密-🔑");
        QTest::newRow("spaces and newline inside") << "a b\nc";
        QTest::newRow("2000 chars") << QString(2000, QLatin1Char('x'));
    }

    void roundTrip()
    {
        QFETCH(QString, secret);
        QCOMPARE(waitFor(m_store.readSecret(testKey)).status, CredentialStatus::NotFound);

        CredentialResult result = waitFor(m_store.writeSecret(testKey, secret));
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1String(" / ") + result.detail));
        result = waitFor(m_store.readSecret(testKey));
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.secret, secret);

        QVERIFY(waitFor(m_store.writeSecret(testKey, QStringLiteral("updated"))).ok());
        QCOMPARE(waitFor(m_store.readSecret(testKey)).secret, QStringLiteral("updated"));

        QVERIFY(waitFor(m_store.removeSecret(testKey)).ok());
        result = waitFor(m_store.readSecret(testKey));
        QCOMPARE(result.status, CredentialStatus::NotFound);
        QVERIFY(result.secret.isEmpty());
    }

    void keysAreSeparate()
    {
        const QString other = QStringLiteral("other@https://harbor.example.com/");
        QVERIFY(waitFor(m_store.writeSecret(testKey, QStringLiteral("one"))).ok());
        QVERIFY(waitFor(m_store.writeSecret(other, QStringLiteral("two"))).ok());
        QCOMPARE(waitFor(m_store.readSecret(testKey)).secret, QStringLiteral("one"));
        QCOMPARE(waitFor(m_store.readSecret(other)).secret, QStringLiteral("two"));
        QVERIFY(waitFor(m_store.removeSecret(other)).ok());
        QCOMPARE(waitFor(m_store.readSecret(testKey)).secret, QStringLiteral("one"));
    }

    void finishedIsAsynchronous()
    {
        int emitted = 0;
        CredentialJob *job = m_store.readSecret(testKey);
        connect(job, &CredentialJob::finished, this, [&emitted] { ++emitted; });
        QCOMPARE(emitted, 0);
        QTRY_COMPARE_WITH_TIMEOUT(emitted, 1, 60000);
        // Empty key: answered at once, still asynchronously.
        int empty = 0;
        CredentialJob *emptyJob = m_store.readSecret(QString());
        connect(emptyJob, &CredentialJob::finished, this, [&empty](const CredentialResult &r) {
            QCOMPARE(r.status, CredentialStatus::Other);
            ++empty;
        });
        QCOMPARE(empty, 0);
        QTRY_COMPARE(empty, 1);
    }

    void secretToolFindsTheEntry()
    {
        // The attributes QtKeychain 0.13.2 gives libsecret items (schema org.qt.keychain), checked
        // empirically: user=<key>, server=<service>, type=plaintext. Support and users look for
        // entries this way.
        QVERIFY(waitFor(m_store.writeSecret(testKey, QStringLiteral("visible-to-secret-tool"))).ok());

        int exitCode = -1;
        const QString search = secretTool(
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), credentialService()},
            &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(search.contains(QLatin1String("attribute.user = ") + testKey), qPrintable(search));
        QVERIFY2(search.contains(QLatin1String("attribute.server = ") + credentialService()), qPrintable(search));
        QVERIFY2(search.contains(QLatin1String("attribute.type = plaintext")), qPrintable(search));
        QVERIFY2(search.contains(QLatin1String("schema = org.qt.keychain")), qPrintable(search));

        const QString lookup = secretTool(
            {QStringLiteral("lookup"), QStringLiteral("server"), credentialService(), QStringLiteral("user"), testKey},
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(lookup.trimmed(), QStringLiteral("visible-to-secret-tool"));
    }

    void noSessionBus_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty = unset
        QTest::newRow("unset") << QString();
        QTest::newRow("bogus address") << QStringLiteral("unix:path=/nonexistent/berth-test-bus");
    }

    void noSessionBus()
    {
        // QtKeychain picks and caches its back end per process, so the broken environment is
        // tried in a child: this binary in child mode.
        QFETCH(QString, busAddress);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (busAddress.isEmpty())
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        else
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);

        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childWriteArgument)});
        QVERIFY(child.waitForFinished(90000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.at(0), QStringLiteral("NoBackend"));
        QVERIFY2(lines.at(1).contains(QLatin1String("no Secret Service is running")), qPrintable(lines.at(1)));
        QVERIFY(!lines.at(2).isEmpty()); // the back end's own words, for "Details"
    }

    // Must stay the last test: it locks the collection for the rest of this process's session.
    void lockedCollection()
    {
        const QString existing = QStringLiteral("robot$locked+test@https://harbor.example.com/");
        QVERIFY(waitFor(m_store.writeSecret(existing, QStringLiteral("before-lock"))).ok());

        // Lock the default collection over D-Bus, as a screen lock or "Lock keyring" would.
        const QDBusMessage alias = secretServiceCall(QStringLiteral("ReadAlias"), {QStringLiteral("default")});
        QCOMPARE(alias.type(), QDBusMessage::ReplyMessage);
        const QDBusObjectPath collection = alias.arguments().value(0).value<QDBusObjectPath>();
        QVERIFY2(collection.path().startsWith(QLatin1String("/org/freedesktop/secrets/collection/")),
            qPrintable(collection.path()));
        const QDBusMessage lock
            = secretServiceCall(QStringLiteral("Lock"), {QVariant::fromValue(QList<QDBusObjectPath> {collection})});
        QVERIFY2(lock.type() == QDBusMessage::ReplyMessage, qPrintable(lock.errorMessage()));

        QDBusMessage getLocked = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
            collection.path(), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        getLocked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusMessage locked = QDBusConnection::sessionBus().call(getLocked);
        QCOMPARE(locked.arguments().value(0).value<QDBusVariant>().variant().toBool(), true);

        // Writes tell the truth.
        const CredentialResult write = waitFor(m_store.writeSecret(testKey, QStringLiteral("while-locked")));
        QCOMPARE(write.status, CredentialStatus::AccessDenied);
        QVERIFY2(write.message.contains(QLatin1String("locked")), qPrintable(write.message));

        // Reads don't: QtKeychain 0.13.2 reports an existing entry as missing.
        const CredentialResult read = waitFor(m_store.readSecret(existing));
        QCOMPARE(read.status, CredentialStatus::NotFound);

        // ... which ProfileSecrets words as a possibly locked keyring for a saved secret.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("berth.conf")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ProfileSecrets secrets(&m_store, &profiles);
        Profile p;
        p.name = QStringLiteral("locked");
        p.url = QUrl(QStringLiteral("https://harbor.example.com/"));
        p.username = QStringLiteral("robot$locked+test");
        p.secretSaved = true;
        QCOMPARE(p.credentialKey(), existing);
        const ProfileResult profileRead = waitFor(secrets.readSecret(p));
        QCOMPARE(profileRead.status, CredentialStatus::NotFound);
        QVERIFY2(profileRead.message.contains(QLatin1String("keyring may be locked")), qPrintable(profileRead.message));

        // Deletes don't either: "success", yet the item is still there. Hence remove() names the
        // item so the user can delete it by hand.
        QString error;
        QVERIFY(profiles.save(p, &error));
        const ProfileResult removed = waitFor(secrets.remove(p));
        QVERIFY(removed.ok());
        QVERIFY2(removed.message.contains(existing), qPrintable(removed.message));
        QVERIFY(removed.message.contains(QLatin1String("Secret Service item")));
        QVERIFY(removed.message.contains(credentialService()));
        const QString search
            = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), existing});
        QVERIFY2(search.contains(QLatin1String("attribute.user = ") + existing), qPrintable(search));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], childWriteArgument) == 0)
        return runChildWrite(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentialstore.moc"
