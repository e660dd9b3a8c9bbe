// `berthctl login --ca-file corp-ca.pem`, typed relative to the working directory, saves the
// absolute path: later runs from another directory trust the same file, and not whatever file
// of that name is in the directory they run in. login keeps the secret in the keychain, hence
// scripts/with-keyring.
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLoginCaFile : public QObject
{
    Q_OBJECT

private:
    SimServer tls;
    SimServer other; // https with another certificate: the decoy's
    QByteArray m_stderr;

    int run(const QString &workingDirectory, const QStringList &args, QByteArray *out = nullptr,
        const QByteArray &input = {})
    {
        QProcess p;
        p.setWorkingDirectory(workingDirectory);
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BERTH_TEST_KEYRING"), "run through scripts/with-keyring");
        QVERIFY2(tls.start({QStringLiteral("--tls")}), qPrintable(tls.errorString()));
        QVERIFY2(other.start({QStringLiteral("--tls")}), qPrintable(other.errorString()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning().noquote() << m_stderr;
        m_stderr.clear();
    }

    void relativeCaFileIsSavedAbsolute()
    {
        QTemporaryDir loginDir;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(tls.certificatePath(), loginDir.filePath(QStringLiteral("corp-ca.pem"))));
        // A decoy of the same name where later commands run: it must not be what they trust.
        QVERIFY(QFile::copy(other.certificatePath(), elsewhere.filePath(QStringLiteral("corp-ca.pem"))));

        QCOMPARE(
            run(loginDir.path(),
                {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("corp"), QStringLiteral("--url"),
                    tls.url().toString(), QStringLiteral("--user"), SimAccounts::kCleaner,
                    QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), QStringLiteral("corp-ca.pem")},
                nullptr, SimAccounts::stdinLine(SimAccounts::kCleanerSecret)),
            0);

        QByteArray out;
        QCOMPARE(run(elsewhere.path(), {QStringLiteral("profiles"), QStringLiteral("--json")}, &out), 0);
        QJsonObject corp;
        for (const QJsonValue &v : QJsonDocument::fromJson(out).array())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("corp"))
                corp = v.toObject();
        // getcwd() names the directory without symbolic links, so the saved path does too.
        QCOMPARE(corp.value(QStringLiteral("ca_file")).toString(),
            QDir(loginDir.path()).canonicalPath() + QStringLiteral("/corp-ca.pem"));

        // From another directory, with the decoy beside it: the saved file is the one trusted.
        QCOMPARE(
            run(elsewhere.path(), {QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("corp")}), 0);
        QVERIFY(!tls.log().isEmpty());
        QVERIFY(other.log().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLoginCaFile)
#include "tst_logincafile.moc"
