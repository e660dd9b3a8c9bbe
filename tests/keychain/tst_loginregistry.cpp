// `berthctl login` to a plain OCI registry (docker-registry with htpasswd): the kind is detected
// and saved with the profile (`server`: "registry"), the credentials are checked with GET /v2/
// before anything is saved, and later runs with the saved profile use the registry's commands
// without asking again. login keeps the secret in the keychain, hence scripts/with-keyring.
#include "RegistryServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestLoginRegistry : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;
    QByteArray m_stderr;
    const QByteArray m_password = "s3cret pass";

    int run(const QStringList &args, QByteArray *out = nullptr, const QByteArray &input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("BERTHCTL"), args);
        if (!p.waitForStarted(10000))
            return -1;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        m_stderr += "berthctl " + args.join(QLatin1Char(' ')).toUtf8() + ":\n" + p.readAllStandardError();
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QJsonArray profiles()
    {
        QByteArray out;
        if (run({QStringLiteral("profiles"), QStringLiteral("--json")}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BERTH_TEST_KEYRING"), "run through scripts/with-keyring");
        RegistryServer::Options o;
        o.username = QStringLiteral("alice");
        o.password = m_password;
        o.deleteEnabled = false;
        QVERIFY2(registry.start(o), qPrintable(registry.errorString()));
        const RegistryServer::Result pushed = registry.pushFixtures(QStringLiteral("team"), {QStringLiteral("scratch")},
            nullptr, {QStringLiteral("--username"), QStringLiteral("alice")}, m_password);
        QVERIFY2(pushed.ok(), pushed.output.constData());
    }

    void cleanupTestCase() { registry.stop(); }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << m_stderr;
        m_stderr.clear();
    }

    void wrongPasswordSavesNothing()
    {
        const int code = run({QStringLiteral("login"), QStringLiteral("--url"), registry.url().toString(),
                                 QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
            nullptr, "wrong\n");
        QCOMPARE(code, 3);
        QVERIFY2(m_stderr.contains("credentials_rejected: "), m_stderr.constData());
        QVERIFY(profiles().isEmpty());
    }

    void loginSavesTheKindAndLaterRunsUseIt()
    {
        QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--url"), registry.url().toString(),
                         QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
                         QStringLiteral("--profile"), QStringLiteral("plain")},
                     nullptr, m_password + '\n'),
            0);
        const QJsonArray saved = profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).toObject().value(QStringLiteral("server")).toString(), QStringLiteral("registry"));
        QCOMPARE(saved.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("plain"));

        QByteArray out;
        QCOMPARE(run({QStringLiteral("ls"), QStringLiteral("team/scratch"), QStringLiteral("--json")}, &out), 0);
        const QJsonArray rows = QJsonDocument::fromJson(out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("v1"));
        // Deletion is off on this registry: the saved profile's delete is explained as such.
        QCOMPARE(run({QStringLiteral("rm"), QStringLiteral("team/scratch:v1")}), 4);
        QVERIFY2(m_stderr.contains("registry_delete_disabled"), m_stderr.constData());
    }
};

QTEST_GUILESS_MAIN(TestLoginRegistry)
#include "tst_loginregistry.moc"
