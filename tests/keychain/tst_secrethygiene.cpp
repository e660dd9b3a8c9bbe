// A whole scripted session with a known secret and every logging category switched on:
// login to the keychain, list, delete, dry-run, explain, and the GUI's self-test. Then the
// secret must appear nowhere: not in any file under HOME (settings, journal, logs), not in
// anything printed on stdout or stderr, in plain text or inside a Basic header.
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    QByteArray m_captured;
    const QByteArray m_secret = SimAccounts::kCleanerSecret.toUtf8();
    const QByteArray m_user = SimAccounts::kCleaner.toUtf8();

    int run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForStarted(10000))
            return -1;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        m_captured += p.readAllStandardOutput();
        m_captured += p.readAllStandardError();
        return p.exitCode();
    }

    QStringList forbidden() const
    {
        // The secret itself, and every way it could hide in a Basic header.
        const QByteArray pair = m_user + ':' + m_secret;
        return {QString::fromLatin1(m_secret), QString::fromLatin1(pair.toBase64()),
            QString::fromLatin1(pair.toBase64(QByteArray::OmitTrailingEquals))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BERTH_TEST_KEYRING"), "run through scripts/with-keyring");
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void scriptedSessionLeavesNoSecret()
    {
        const QString ctl = qEnvironmentVariable("BERTHCTL");
        const QString gui = qEnvironmentVariable("BERTH");
        const QString url = sim.url().toString();
        QCOMPARE(run(ctl,
                     {QStringLiteral("login"), QStringLiteral("--url"), url, QStringLiteral("--user"),
                         QString::fromLatin1(m_user), QStringLiteral("--password-stdin"), QStringLiteral("-v")},
                     m_secret + '\n'),
            0);
        QCOMPARE(run(ctl, {QStringLiteral("whoami"), QStringLiteral("-v")}), 0);
        QCOMPARE(
            run(ctl, {QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("-v")}),
            0);
        QCOMPARE(run(ctl,
                     {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("team-a/frontend:pr-2"),
                         QStringLiteral("-v")}),
            0);
        QCOMPARE(run(ctl,
                     {QStringLiteral("rm"), QStringLiteral("team-a/frontend:pr-1"), QStringLiteral("--json"),
                         QStringLiteral("-v")}),
            0);
        QCOMPARE(
            run(ctl, {QStringLiteral("rm"), QStringLiteral("team-a/backend/api:release-1.0"), QStringLiteral("-v")}),
            6);
        // The user's own command holds the secret; the explanation must not repeat it.
        QCOMPARE(run(ctl,
                     {QStringLiteral("explain"), QStringLiteral("--"),
                         QStringLiteral("curl -X DELETE -u \"%1:%2\" %3api/v2.0/projects/team-a/repositories/frontend/"
                                        "artifacts/main/tags/main")
                             .arg(QString::fromLatin1(m_user), QString::fromLatin1(m_secret), url)}),
            3);
        QCOMPARE(run(gui,
                     {QStringLiteral("--url"), url, QStringLiteral("--user"), QString::fromLatin1(m_user),
                         QStringLiteral("--password-stdin"), QStringLiteral("--list-and-exit")},
                     m_secret + '\n'),
            0);
        QVERIFY(m_captured.contains("library")); // the session really ran
        QVERIFY(m_captured.contains("berth.api")); // with logging on

        for (const QString &needle : forbidden())
            QVERIFY2(
                !m_captured.contains(needle.toLatin1()), qPrintable(QStringLiteral("output contains %1").arg(needle)));

        int files = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            ++files;
            for (const QString &needle : forbidden())
                QVERIFY2(
                    !data.contains(needle.toLatin1()), qPrintable(QStringLiteral("%1 contains the secret").arg(path)));
        }
        QVERIFY(files >= 2); // at least the settings and the journal were written and read
        QVERIFY(QFile::exists(QDir::homePath() + QStringLiteral("/.local/share/berth/journal.jsonl")));
    }

    // berthctl logout takes the secret out of the keychain, not only the profile out of the settings.
    void logoutRemovesTheSecretFromTheKeychain()
    {
        const QString ctl = qEnvironmentVariable("BERTHCTL");
        const QString reader = SimAccounts::kReader;
        const auto keychainHolds = [&reader] {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                    QStringLiteral("io.github.berth.Berth")});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAll()).contains(QLatin1String("attribute.user = ") + reader);
        };
        QCOMPARE(
            run(ctl,
                {QStringLiteral("login"), QStringLiteral("--profile"), QStringLiteral("ops"), QStringLiteral("--url"),
                    sim.url().toString(), QStringLiteral("--user"), reader, QStringLiteral("--password-stdin")},
                SimAccounts::stdinLine(SimAccounts::kReaderSecret)),
            0);
        QVERIFY(keychainHolds());
        QCOMPARE(run(ctl, {QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("ops")}), 0);

        QCOMPARE(run(ctl, {QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("ops")}), 0);
        QVERIFY(!keychainHolds());
        QCOMPARE(run(ctl, {QStringLiteral("whoami"), QStringLiteral("--profile"), QStringLiteral("ops")}), 8);
        QCOMPARE(run(ctl, {QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("ops")}), 8);
        // The profile of the first session is still there, with its secret.
        QCOMPARE(run(ctl, {QStringLiteral("whoami")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"
