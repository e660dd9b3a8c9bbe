// How long a secret lives in memory, and where it may go: a client that has talked to a server
// overwrites its Basic header and secret when it is destroyed (its network manager, whose
// requests hold copies of the header, goes first), and both programs start with core dumps
// switched off, before they read a secret.
#include "api/HarborClient.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace berth;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

// "Max core file size  <soft>  <hard>  bytes" from /proc/PID/limits, e.g. {"0", "0"}.
QStringList coreLimitOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line(
        QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? QStringList {m.captured(1), m.captured(2)} : QStringList {};
}

} // namespace

class TestSecretLifetime : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(sim.start(), qPrintable(sim.errorString())); }

    void clientOverwritesItsSecretWhenDestroyed_data()
    {
        QTest::addColumn<bool>("inFlight");
        QTest::newRow("after its requests finished") << false;
        QTest::newRow("with a request still in flight") << true;
    }

    void clientOverwritesItsSecretWhenDestroyed()
    {
        QFETCH(bool, inFlight);
        QVERIFY(sim.clearFaults());
        QVERIFY(sim.clearLog());
        ConnectionSettings s;
        s.baseUrl = sim.url();
        s.username = SimAccounts::kCleaner;
        s.secret = QString::fromUtf8(QByteArray("CleanerSecret") + QByteArray::number(1)); // on the heap
        s.timeoutMs = 20000;
        auto *client = new HarborClient(s, nullptr);
        s = {}; // the client's copy is the only one now
        ApiRequest req;
        req.url = sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo")));
        for (int i = 0; i < 2; ++i) { // the second reuses the kept-alive connection
            ApiJob *job = client->send(req);
            job->setAutoDelete(false);
            QSignalSpy finished(job, &ApiJob::finished);
            QVERIFY(job->isFinished() || finished.wait(30000));
            QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        }
        if (inFlight) { // the server logs it on arrival and never answers
            QVERIFY(sim.addFault(QJsonObject {{"kind", "hang"}, {"times", 1}}));
            client->send(req);
        }
        QTRY_COMPARE(sim.log().size(), inFlight ? 3 : 2);
        QCOMPARE(sim.log().last().toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));

        QLoggingCategory::setFilterRules(QStringLiteral("berth.api.debug=true"));
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        delete client;
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(g_messages.contains(
                     QStringLiteral("on clean-up, overwrote the Authorization header: yes, the secret: yes")),
            qPrintable(g_messages.join(QLatin1Char('\n'))));
    }

    // Each program is caught while it waits for the secret on stdin, and its core size limit
    // read from /proc. The child starts with the limit raised, so 0 is the program's own doing.
    // (Whether it is dumpable cannot be seen from outside when the test runs as root; the unit
    // test tst_secretmemory checks that half of hardenProcess().)
    void programsStartWithoutCoreDumps_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("berthctl login --password-stdin") << QStringLiteral("BERTHCTL");
        QTest::newRow("berth --password-stdin") << QStringLiteral("BERTH");
    }

    void programsStartWithoutCoreDumps()
    {
        QFETCH(QString, program);
        const QString path = qEnvironmentVariable(program.toLatin1().constData());
        if (path.isEmpty())
            QSKIP("not built (no GUI in this build)");
        rlimit raised {};
        QVERIFY(getrlimit(RLIMIT_CORE, &raised) == 0);
        if (raised.rlim_max == 0)
            QSKIP("the hard core limit is 0 here, so a program's own 0 cannot be told apart");
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([raised] {
            rlimit soft = raised;
            soft.rlim_cur = soft.rlim_max;
            setrlimit(RLIMIT_CORE, &soft);
        });
        QStringList args {QStringLiteral("--url"), sim.url().toString(), QStringLiteral("--user"),
            SimAccounts::kCleaner, QStringLiteral("--password-stdin")};
        if (program == QLatin1String("BERTHCTL"))
            args.prepend(QStringLiteral("login"));
        p.start(path, args);
        QVERIFY(p.waitForStarted(10000));
        // stdin stays open: the program waits for the secret.
        QStringList limit;
        const bool settled = QTest::qWaitFor(
            [&] {
                limit = coreLimitOf(p.processId());
                return limit == QStringList {QStringLiteral("0"), QStringLiteral("0")}
                || p.state() == QProcess::NotRunning;
            },
            20000);
        Q_UNUSED(settled); // the comparisons below say what was seen
        const bool stillWaiting = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished(5000);
        QVERIFY2(stillWaiting, p.readAllStandardError().constData());
        QCOMPARE(limit, (QStringList {QStringLiteral("0"), QStringLiteral("0")}));
    }
};

QTEST_GUILESS_MAIN(TestSecretLifetime)
#include "tst_secretlifetime.moc"
