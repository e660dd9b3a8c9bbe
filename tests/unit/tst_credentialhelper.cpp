// The docker credential helper protocol against fake helpers: small shell scripts in a temporary
// folder put first on PATH. Found, not found, garbage, a hang, a crash, a bad name, none installed.
#include "credentials/CredentialHelper.h"

#include <QtTest>

using namespace berth;

class TestCredentialHelper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_bin;
    QByteArray m_oldPath;

    void writeHelper(const QString &name, const QByteArray &body)
    {
        QFile f(m_bin.filePath(QStringLiteral("docker-credential-") + name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\n" + body);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    CredentialHelperResult run(CredentialHelperJob *job)
    {
        QSignalSpy spy(job, &CredentialHelperJob::finished);
        if (!spy.wait(15000))
            return {};
        return spy.first().first().value<CredentialHelperResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CredentialHelperResult>();
        QVERIFY(m_bin.isValid());
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_bin.path()) + ':' + m_oldPath);
        // Records argv and stdin, answers per server.
        writeHelper(QStringLiteral("fake"),
            "echo \"$@\" > \"$(dirname \"$0\")/argv\"\n"
            "read -r url || true\n"
            "printf '%s' \"$url\" > \"$(dirname \"$0\")/stdin\"\n"
            "if [ \"$1\" = list ]; then echo '{\"https://index.docker.io/v1/\":\"alice\",\"r.example\":\"bob\"}'; "
            "exit 0; fi\n"
            "case \"$url\" in\n"
            "  r.example) echo '{\"ServerURL\":\"r.example\",\"Username\":\"bob\",\"Secret\":\"helper-s3cret\"}';;\n"
            "  token.example) echo '{\"ServerURL\":\"token.example\",\"Username\":\"<token>\",\"Secret\":\"rt\"}';;\n"
            "  *) echo 'credentials not found in native keychain'; exit 1;;\n"
            "esac\n");
        writeHelper(QStringLiteral("garbage"), "echo 'this is not {json'\n");
        writeHelper(QStringLiteral("failing"), "echo 'error getting credentials - err: exit status 2'; exit 2\n");
        writeHelper(QStringLiteral("hang"), "exec sleep 30\n");
        writeHelper(QStringLiteral("flood"), "yes xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
    }
    void cleanupTestCase() { qputenv("PATH", m_oldPath); }

    void get_data()
    {
        QTest::addColumn<QString>("helper");
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("messagePart");
        using S = CredentialHelperResult::Status;
        QTest::newRow("found") << "fake"
                               << "r.example" << int(S::Found) << "bob"
                               << "helper-s3cret"
                               << "";
        QTest::newRow("not found") << "fake"
                                   << "other.example" << int(S::NotFound) << ""
                                   << ""
                                   << "no login";
        QTest::newRow("identity token") << "fake"
                                        << "token.example" << int(S::Failed) << ""
                                        << ""
                                        << "refresh token";
        QTest::newRow("garbage") << "garbage"
                                 << "r.example" << int(S::Failed) << ""
                                 << ""
                                 << "other than its JSON";
        QTest::newRow("failing") << "failing"
                                 << "r.example" << int(S::Failed) << ""
                                 << ""
                                 << "exit 2";
        QTest::newRow("flood") << "flood"
                               << "r.example" << int(S::Failed) << ""
                               << ""
                               << "64 KiB";
        QTest::newRow("not installed") << "absent-helper"
                                       << "r.example" << int(S::NotInstalled) << ""
                                       << ""
                                       << "not installed";
        QTest::newRow("path in name") << "../../bin/sh"
                                      << "r.example" << int(S::BadName) << ""
                                      << ""
                                      << "not a credential helper name";
        QTest::newRow("shell in name") << "fake;touch x"
                                       << "r.example" << int(S::BadName) << ""
                                       << ""
                                       << "not a credential helper name";
        QTest::newRow("empty name") << ""
                                    << "r.example" << int(S::BadName) << ""
                                    << ""
                                    << "not a credential helper name";
    }
    void get()
    {
        QFETCH(QString, helper);
        QFETCH(QString, server);
        QFETCH(int, status);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, messagePart);
        const CredentialHelperResult r = run(CredentialHelperJob::get(helper, server, this, 10000));
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.username, user);
        QCOMPARE(r.secret, secret);
        if (messagePart.isEmpty())
            QVERIFY(r.message.isEmpty());
        else
            QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("s3cret")));
    }

    void serverUrlGoesOnStdinNotArgv()
    {
        const CredentialHelperResult r
            = run(CredentialHelperJob::get(QStringLiteral("fake"), QStringLiteral("r.example"), this));
        QVERIFY(r.ok());
        QFile argv(m_bin.filePath(QStringLiteral("argv")));
        QVERIFY(argv.open(QIODevice::ReadOnly));
        QCOMPARE(argv.readAll().trimmed(), QByteArray("get"));
        QFile in(m_bin.filePath(QStringLiteral("stdin")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("r.example"));
    }

    void timeout()
    {
        const CredentialHelperResult r
            = run(CredentialHelperJob::get(QStringLiteral("hang"), QStringLiteral("r.example"), this, 300));
        QCOMPARE(int(r.status), int(CredentialHelperResult::Status::Timeout));
        QVERIFY2(r.message.contains(QLatin1String("did not answer")), qPrintable(r.message));
    }

    void list()
    {
        const CredentialHelperResult r = run(CredentialHelperJob::list(QStringLiteral("fake"), this));
        QVERIFY(r.ok());
        QCOMPARE(r.servers.value(QStringLiteral("https://index.docker.io/v1/")), QStringLiteral("alice"));
        QCOMPARE(r.servers.value(QStringLiteral("r.example")), QStringLiteral("bob"));
        QVERIFY(r.secret.isEmpty());
    }

    void finishedComesLaterEvenWhenRefusedAtOnce()
    {
        CredentialHelperJob *job = CredentialHelperJob::get(QStringLiteral("bad/name"), QStringLiteral("x"), this);
        QSignalSpy spy(job, &CredentialHelperJob::finished);
        QCOMPARE(spy.count(), 0); // not from inside get(): the caller connects first
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCredentialHelper)
#include "tst_credentialhelper.moc"
