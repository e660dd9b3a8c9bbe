// Hostile server text through berthctl, against harbor-sim: a tag whose name holds CR/LF and
// escape sequences, and error messages and headers that try to retitle or clear the terminal.
// Nothing of it may reach stdout or stderr as a raw control character, and no row may be forged.
#include "BerthctlProcess.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Retitles the terminal (OSC 0), clears it (CSI 2J), starts a line of its own that looks like an
// `ls` row, and reverses what follows (U+202E).
const QString kHostile
    = QStringLiteral("\x1b]0;owned\x07\x1b[2J\r\nteam-a/frontend:forged\t") + QChar(0x202e) + QStringLiteral("x");
const QByteArray kVisible = "\\x1b]0;owned\\x07\\x1b[2J\\r\\nteam-a/frontend:forged\\t\\u202ex";

// The bytes a terminal would act on: C0 controls other than LF and TAB, DEL, C1 controls and the
// bidi overrides, as UTF-8.
QByteArray rawControlIn(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return QByteArray("U+") + QByteArray::number(u, 16);
    }
    return {};
}

bool hasForgedRow(const QByteArray &bytes)
{
    for (const QByteArray &line : bytes.split('\n'))
        if (line.startsWith("team-a/frontend:forged"))
            return true;
    return false;
}

} // namespace

class TestServerText : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    BerthctlRun cleaner(QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << SimAccounts::kCleaner
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(SimAccounts::kCleanerSecret));
    }

    static void checkClean(const BerthctlRun &r)
    {
        QVERIFY2(rawControlIn(r.out).isEmpty(), rawControlIn(r.out) + " on stdout: " + r.out);
        QVERIFY2(rawControlIn(r.err).isEmpty(), rawControlIn(r.err) + " on stderr: " + r.err);
        QVERIFY2(!hasForgedRow(r.out), r.out.constData());
        QVERIFY2(!hasForgedRow(r.err), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    // A tag named with CR/LF and escape sequences: the listing is refused as a whole (no registry
    // allows such a name), the error names the field and shows the name escaped.
    void tagNameWithControlCharacters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ls REPO") << QStringList {"ls", "team-a/frontend"};
        QTest::newRow("ls REPO --json") << QStringList {"ls", "team-a/frontend", "--json"};
        QTest::newRow("ls --all") << QStringList {"ls", "--all"};
        QTest::newRow("plan") << QStringList {"plan", "--match", ".*", "team-a/frontend"};
        QTest::newRow("plan --csv") << QStringList {"plan", "--match", ".*", "--csv", "team-a/frontend"};
    }

    void tagNameWithControlCharacters()
    {
        QFETCH(QStringList, args);
        QVERIFY(!sim.push(QStringLiteral("team-a/frontend"), kHostile).isEmpty());
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(kHostile));
        const BerthctlRun r = cleaner(args);
        QCOMPARE(r.exitCode, 1);
        checkClean(r);
        QVERIFY2(r.err.contains("bad_response"), r.err.constData());
        QVERIFY2(r.err.contains("control character"), r.err.constData());
        QVERIFY2(r.err.contains(kVisible), r.err.constData());
        QVERIFY2(!r.out.contains("pr-1"), r.out.constData()); // nothing of the refused page is shown
    }

    // Harbor's error message, as the server chose it, in the explanation on stderr.
    void errorMessageWithEscapes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("ls, 400") << QStringList {"ls", "team-a/frontend"} << 400 << "GET" << 1;
        QTest::newRow("ls --json, 403") << QStringList {"ls", "team-a/frontend", "--json"} << 403 << "GET" << 4;
        QTest::newRow("rm, 412 on the DELETE") << QStringList {"rm", "team-a/frontend:pr-1"} << 412 << "DELETE" << 6;
        QTest::newRow("rm --json, 500 on the DELETE")
            << QStringList {"rm", "team-a/frontend:pr-1", "--json"} << 500 << "DELETE" << 1;
    }

    void errorMessageWithEscapes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, method);
        QFETCH(int, exitCode);
        QVERIFY(sim.addFault(QJsonObject {{"kind", "status"}, {"status", status}, {"method", method},
            {"match", "/repositories/frontend/artifacts"}, {"code", kHostile}, {"message", kHostile}}));
        const BerthctlRun r = cleaner(args);
        QCOMPARE(r.exitCode, exitCode);
        checkClean(r);
        QVERIFY2(r.err.contains(kVisible), r.err.constData());
        if (args.contains(QLatin1String("--json")))
            QVERIFY2(!r.json().isNull(), r.out.constData()); // still JSON, escaped its own way
    }

    // A header the server chose, quoted as the request id on stderr.
    void requestIdWithEscapes()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "header"}, {"name", "X-Request-Id"},
            {"value", QStringLiteral("\x1b]0;owned\x07\x1b[2J")}, {"match", "/artifacts/nope"}}));
        const BerthctlRun r = cleaner({QStringLiteral("rm"), QStringLiteral("team-a/frontend:nope")});
        QCOMPARE(r.exitCode, 5);
        checkClean(r);
        QVERIFY2(r.err.contains("\\x1b]0;owned\\x07\\x1b[2J"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
