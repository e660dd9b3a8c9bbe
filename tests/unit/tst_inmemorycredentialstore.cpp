#include "credentials/CredentialKey.h"
#include "credentials/InMemoryCredentialStore.h"
#include "JobWait.h"

#include <QtTest>

using namespace berth;

class TestInMemoryCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyNaming()
    {
        QCOMPARE(credentialService(), QStringLiteral("io.github.berth.Berth"));
        QCOMPARE(
            credentialKey(QStringLiteral("robot$team-a+cleaner"), QUrl(QStringLiteral("https://harbor.example.com/"))),
            QStringLiteral("robot$team-a+cleaner@https://harbor.example.com/"));
        // Any spelling of the same registry gives the same key.
        QCOMPARE(
            credentialKey(QStringLiteral("alice"), QUrl(QStringLiteral("HTTPS://Harbor.Example.com:443/harbor/x"))),
            QStringLiteral("alice@https://harbor.example.com/"));
        QCOMPARE(credentialKey(QStringLiteral("alice"), QUrl(QStringLiteral("http://127.0.0.1:8080"))),
            QStringLiteral("alice@http://127.0.0.1:8080/"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("ascii") << "AbCdEf0123456789";
        QTest::newRow("unicode") << QStringLiteral("pässwörd-秘密-🔑");
        QTest::newRow("long") << QString(4096, QLatin1Char('s'));
        QTest::newRow("spaces inside") << "a b c";
    }

    void roundTrip()
    {
        QFETCH(QString, secret);
        InMemoryCredentialStore store;
        const QString key = QStringLiteral("robot$p+n@https://harbor.example.com/");

        QCOMPARE(waitFor(store.readSecret(key)).status, CredentialStatus::NotFound);
        QVERIFY(waitFor(store.writeSecret(key, secret)).ok());
        CredentialResult read = waitFor(store.readSecret(key));
        QVERIFY(read.ok());
        QCOMPARE(read.secret, secret);

        QVERIFY(waitFor(store.writeSecret(key, QStringLiteral("updated"))).ok());
        read = waitFor(store.readSecret(key));
        QCOMPARE(read.secret, QStringLiteral("updated"));

        const CredentialResult removed = waitFor(store.removeSecret(key));
        QVERIFY(removed.ok());
        QVERIFY(removed.secret.isEmpty());
        read = waitFor(store.readSecret(key));
        QCOMPARE(read.status, CredentialStatus::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!read.message.isEmpty());

        // Like QtKeychain on the Secret Service, removing what isn't there succeeds.
        QVERIFY(waitFor(store.removeSecret(key)).ok());
    }

    void keysAreIndependent()
    {
        InMemoryCredentialStore store;
        QVERIFY(waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("1"))).ok());
        QVERIFY(waitFor(store.writeSecret(QStringLiteral("b"), QStringLiteral("2"))).ok());
        QCOMPARE(waitFor(store.readSecret(QStringLiteral("a"))).secret, QStringLiteral("1"));
        QCOMPARE(waitFor(store.readSecret(QStringLiteral("b"))).secret, QStringLiteral("2"));
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.backendName().isEmpty());
    }

    void injectedErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("operation"); // 0 read, 1 write, 2 remove
        for (const auto status : {CredentialStatus::NotFound, CredentialStatus::NoBackend,
                 CredentialStatus::AccessDenied, CredentialStatus::Other}) {
            for (int op = 0; op < 3; ++op) {
                const QByteArray name = credentialStatusName(status).toUtf8()
                    + (op == 0        ? " read"
                            : op == 1 ? " write"
                                      : " remove");
                QTest::newRow(name.constData()) << int(status) << op;
            }
        }
    }

    void injectedErrors()
    {
        QFETCH(int, status);
        QFETCH(int, operation);
        InMemoryCredentialStore store;
        const QString key = QStringLiteral("k");
        QVERIFY(waitFor(store.writeSecret(key, QStringLiteral("original"))).ok());

        store.injectError(key, CredentialStatus(status), QStringLiteral("injected detail"));
        CredentialJob *job = operation == 0 ? store.readSecret(key)
            : operation == 1                ? store.writeSecret(key, QStringLiteral("new"))
                                            : store.removeSecret(key);
        const CredentialResult failed = waitFor(job);
        QCOMPARE(int(failed.status), status);
        QVERIFY(!failed.ok());
        QVERIFY(!failed.message.isEmpty());
        QCOMPARE(failed.detail, QStringLiteral("injected detail"));
        QVERIFY(failed.secret.isEmpty());

        // The failure changed nothing, and it was one-shot.
        const CredentialResult after = waitFor(store.readSecret(key));
        QVERIFY(after.ok());
        QCOMPARE(after.secret, QStringLiteral("original"));
    }

    void injectionIsPerKeyAndClearable()
    {
        InMemoryCredentialStore store;
        store.injectError(QStringLiteral("a"), CredentialStatus::AccessDenied);
        QVERIFY(waitFor(store.writeSecret(QStringLiteral("b"), QStringLiteral("x"))).ok());
        store.injectError(QStringLiteral("a"), CredentialStatus::Ok); // clears
        QVERIFY(waitFor(store.writeSecret(QStringLiteral("a"), QStringLiteral("x"))).ok());
    }

    void finishedIsNeverSynchronous()
    {
        InMemoryCredentialStore store;
        int emitted = 0;
        CredentialJob *job = store.writeSecret(QStringLiteral("k"), QStringLiteral("v"));
        connect(job, &CredentialJob::finished, this, [&emitted] { ++emitted; });
        QCOMPARE(emitted, 0);
        QVERIFY(!job->isFinished());

        // Also with an injected error, which is known immediately.
        store.injectError(QStringLiteral("k"), CredentialStatus::NoBackend);
        int failed = 0;
        CredentialJob *failing = store.readSecret(QStringLiteral("k"));
        connect(failing, &CredentialJob::finished, this, [&failed] { ++failed; });
        QCOMPARE(failed, 0);

        QTRY_COMPARE(emitted, 1);
        QTRY_COMPARE(failed, 1);
    }

    void finishedOnceThenDeleted()
    {
        InMemoryCredentialStore store;
        QPointer<CredentialJob> job = store.readSecret(QStringLiteral("missing"));
        QSignalSpy spy(job.data(), &CredentialJob::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(job.isNull()); // deleteLater()
        QCOMPARE(spy.count(), 1);
    }

    void resultAvailableInSlot()
    {
        InMemoryCredentialStore store;
        store.writeSecret(QStringLiteral("k"), QStringLiteral("v"));
        CredentialJob *job = store.readSecret(QStringLiteral("k"));
        QString fromResult;
        connect(job, &CredentialJob::finished, this,
            [job, &fromResult](const CredentialResult &) { fromResult = job->result().secret; });
        QTRY_COMPARE(fromResult, QStringLiteral("v"));
    }

    void storeDestroyedWithPendingJobs()
    {
        auto *store = new InMemoryCredentialStore;
        QPointer<CredentialJob> job = store->readSecret(QStringLiteral("k"));
        bool emitted = false;
        connect(job, &CredentialJob::finished, this, [&emitted] { emitted = true; });
        delete store; // jobs are children: gone with it, and never emit
        QVERIFY(job.isNull());
        QTest::qWait(20);
        QVERIFY(!emitted);
    }
};

QTEST_GUILESS_MAIN(TestInMemoryCredentialStore)
#include "tst_inmemorycredentialstore.moc"
