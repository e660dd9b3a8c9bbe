// berth ended by a signal (a session that ends, `kill`) closes as the user would: the tree
// snapshot a closing window writes is on disk, and the process exits normally. Runs the real
// berth binary, offscreen, on harbor-sim, with a profile saved beforehand.
#include "credentials/ProfileStore.h"
#include "credentials/SnapshotFile.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <csignal>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

class TestQuitOnSignal : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

    bool artifactsListed(const QString &repositoryPath)
    {
        for (const QJsonValue &v : sim.log()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            if (path.contains(repositoryPath + QStringLiteral("/artifacts")))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("BERTH").isEmpty(), "BERTH names the berth binary");
        QVERIFY2(sim.start({QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}), qPrintable(sim.errorString()));
    }

    void signalWritesTheSnapshotAndExitsNormally_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void signalWritesTheSnapshotAndExitsNormally()
    {
        QFETCH(int, signal);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("config"));
        const QString cache = home.filePath(QStringLiteral("cache"));

        // The profile berth finds by URL and user; the secret comes through stdin.
        {
            QSettings settings(config + QStringLiteral("/Berth/berth.conf"), QSettings::IniFormat);
            ProfileStore store(&settings);
            Profile p;
            p.name = QStringLiteral("sim");
            p.url = sim.url();
            p.kind = AccountKind::Robot;
            p.username = SimAccounts::kCleaner;
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            settings.sync();
        }
        QVERIFY(sim.clearLog());

        QProcess berth;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        berth.setProcessEnvironment(env);
        berth.start(qEnvironmentVariable("BERTH"),
            {QStringLiteral("--url"), sim.url().toString(), QStringLiteral("--user"), SimAccounts::kCleaner,
                QStringLiteral("--password-stdin"), QStringLiteral("--select"), QStringLiteral("team-a/frontend")});
        QVERIFY(berth.waitForStarted());
        berth.write(SimAccounts::kCleanerSecret.toUtf8() + '\n');
        berth.closeWriteChannel();

        // Loaded as far as the selected repository's tags.
        QTRY_VERIFY_WITH_TIMEOUT(artifactsListed(QStringLiteral("repositories/frontend")), 30000);
        QTest::qWait(500); // the page's rows reach the tree
        QCOMPARE(berth.state(), QProcess::Running);

        qputenv("XDG_CACHE_HOME", cache.toUtf8()); // where berth's snapshot goes, as it sees it
        const QString snapshot = snapshotfile::pathFor(QStringLiteral("sim"));
        qunsetenv("XDG_CACHE_HOME");
        QVERIFY(QFileInfo(snapshot).absoluteFilePath().startsWith(cache));
        QVERIFY(!QFileInfo::exists(snapshot));

        QVERIFY(::kill(static_cast<pid_t>(berth.processId()), signal) == 0);
        QVERIFY(berth.waitForFinished(30000));
        QVERIFY2(berth.exitStatus() == QProcess::NormalExit, berth.readAllStandardError().constData());
        QCOMPARE(berth.exitCode(), 0);
        QVERIFY2(QFileInfo(snapshot).size() > 0, qPrintable(snapshot));
    }
};

QTEST_GUILESS_MAIN(TestQuitOnSignal)
#include "tst_quitonsignal.moc"
