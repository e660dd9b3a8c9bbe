#include "core/CredentialHints.h"

#include <climits>
#include <QtTest>

using namespace berth;

namespace {

const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyb2JvdCJ9.c2lnbmF0dXJl");
const QUrl remote(QStringLiteral("https://harbor.example.com/"));
const QUrl plainRemote(QStringLiteral("http://harbor.example.com/"));
const QUrl plainLocal(QStringLiteral("http://127.0.0.1:8080/"));
constexpr int never = INT_MIN;

QStringList kindNames(const QList<CredentialHint> &hints)
{
    QStringList names;
    for (const CredentialHint &h : hints)
        names << hintKindName(h.kind);
    return names;
}

} // namespace

class TestCredentialHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hints_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("expiresInHours"); // `never` = no expiry known
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("suggestion"); // of the first hint; "-" = don't care

        const QString secret = QStringLiteral("S3cretValue1");
        const QString robot = QStringLiteral("robot$");

        // No hints.
        QTest::newRow("well-formed project robot")
            << "robot$team-a+cleaner" << secret << remote << never << robot << QStringList() << "-";
        QTest::newRow("user alice") << "alice" << secret << remote << never << robot << QStringList() << "-";
        QTest::newRow("system robot") << "robot$ci-global" << secret << remote << never << robot << QStringList()
                                      << "-";
        QTest::newRow("anonymous") << ""
                                   << "" << remote << never << robot << QStringList() << "-";
        QTest::newRow("dotted secret is not a jwt")
            << "robot$team-a+cleaner"
            << "abc.def.ghi" << remote << never << robot << QStringList() << "-";
        QTest::newRow("custom prefix well-formed")
            << "robot_team-a+cleaner" << secret << remote << never << "robot_" << QStringList() << "-";
        QTest::newRow("http to loopback")
            << "robot$team-a+cleaner" << secret << plainLocal << never << robot << QStringList() << "-";
        QTest::newRow("expires in 30 days")
            << "robot$team-a+cleaner" << secret << remote << 30 * 24 << robot << QStringList() << "-";

        // Names.
        // "$team" of "robot$team-a+cleaner" went; the "-a" it left says how the project's name ends.
        QTest::newRow("shell ate $team") << "robot-a+cleaner" << secret << remote << never << robot
                                         << QStringList {"ShellExpandedName"} << "robot$<project>-a+cleaner";
        QTest::newRow("shell ate $team of team.a") << "robot.a+cleaner" << secret << remote << never << robot
                                                   << QStringList {"ShellExpandedName"} << "robot$<project>.a+cleaner";
        QTest::newRow("shell ate $library") << "robot+cleaner" << secret << remote << never << robot
                                            << QStringList {"ShellExpandedName"} << "robot$<project>+cleaner";
        QTest::newRow("shell ate only the $") << "robotteam-a+cleaner" << secret << remote << never << robot
                                              << QStringList {"ShellExpandedName"} << "robot$team-a+cleaner";
        QTest::newRow("prefix missing") << "team-a+cleaner" << secret << remote << never << robot
                                        << QStringList {"RobotPrefixMissing"} << "robot$team-a+cleaner";
        QTest::newRow("prefix in wrong case") << "Robot$team-a+cleaner" << secret << remote << never << robot
                                              << QStringList {"RobotPrefixMissing"} << "robot$team-a+cleaner";
        QTest::newRow("custom prefix missing") << "team-a+cleaner" << secret << remote << never << "robot_"
                                               << QStringList {"RobotPrefixMissing"} << "robot_team-a+cleaner";
        QTest::newRow("default prefix on custom site")
            << "robot$team-a+cleaner" << secret << remote << never << "robot_" << QStringList {"RobotPrefixMissing"}
            << "robot_team-a+cleaner";

        // Whitespace, secrets, transport.
        QTest::newRow("name with newline")
            << " robot$team-a+cleaner\n"
            << secret << remote << never << robot << QStringList {"WhitespaceTrimmed"} << "robot$team-a+cleaner";
        QTest::newRow("secret with newline") << "robot$team-a+cleaner" << secret + QLatin1Char('\n') << remote << never
                                             << robot << QStringList {"WhitespaceTrimmed"} << "";
        QTest::newRow("empty secret") << "robot$team-a+cleaner"
                                      << "" << remote << never << robot << QStringList {"EmptySecret"} << "";
        QTest::newRow("whitespace-only secret")
            << "alice"
            << "  \t" << remote << never << robot << QStringList {"WhitespaceTrimmed", "EmptySecret"} << "-";
        QTest::newRow("jwt as secret") << "robot$team-a+cleaner" << jwt << remote << never << robot
                                       << QStringList {"TokenAsSecret"} << "";
        QTest::newRow("bearer header as secret")
            << "robot$team-a+cleaner"
            << "Bearer " + jwt << remote << never << robot << QStringList {"TokenAsSecret"} << "";
        QTest::newRow("http to remote") << "robot$team-a+cleaner" << secret << plainRemote << never << robot
                                        << QStringList {"PlainHttpRemote"} << "";

        // Expiry.
        QTest::newRow("expired yesterday")
            << "robot$team-a+cleaner" << secret << remote << -24 << robot << QStringList {"RobotExpired"} << "";
        QTest::newRow("expires right now")
            << "robot$team-a+cleaner" << secret << remote << 0 << robot << QStringList {"RobotExpired"} << "";
        QTest::newRow("expires in 3 days")
            << "robot$team-a+cleaner" << secret << remote << 72 << robot << QStringList {"RobotExpiresSoon"} << "";
        QTest::newRow("expires in exactly 14 days")
            << "robot$team-a+cleaner" << secret << remote << 14 * 24 << robot << QStringList {"RobotExpiresSoon"} << "";

        // Several at once, in a stable order.
        QTest::newRow("everything wrong") << " team-a+cleaner " << jwt << plainRemote << -1 << robot
                                          << QStringList {"RobotPrefixMissing", "WhitespaceTrimmed", "TokenAsSecret",
                                                 "PlainHttpRemote", "RobotExpired"}
                                          << "robot$team-a+cleaner";
    }

    void hints()
    {
        QFETCH(QString, username);
        QFETCH(QString, secret);
        QFETCH(QUrl, url);
        QFETCH(int, expiresInHours);
        QFETCH(QString, prefix);
        QFETCH(QStringList, kinds);
        QFETCH(QString, suggestion);

        const QDateTime now(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC);
        const QDateTime expires = expiresInHours == never ? QDateTime() : now.addSecs(qint64(expiresInHours) * 3600);
        const CredentialCheck check = checkCredentials(username, secret, url, expires, prefix, now);

        QCOMPARE(kindNames(check.hints), kinds);
        QCOMPARE(check.username, username.trimmed());
        QCOMPARE(check.secret, secret.trimmed());
        if (!kinds.isEmpty() && suggestion != QLatin1String("-"))
            QCOMPARE(check.hints.first().suggestion, suggestion);
        for (const CredentialHint &h : check.hints) {
            QVERIFY2(!h.message.isEmpty(), qPrintable(hintKindName(h.kind)));
            QVERIFY2(h.message.endsWith(QLatin1Char('.')), qPrintable(h.message));
            if (!check.secret.isEmpty()) {
                QVERIFY2(!h.message.contains(check.secret), "a hint repeats the secret");
                QVERIFY2(!h.suggestion.contains(check.secret), "a suggestion repeats the secret");
            }
            QCOMPARE(check.hasHint(h.kind), true);
        }
    }

    // What a shell left of the project part, and what the hint says of it: every sentence true
    // of the name typed.
    void shellCutTheProjectPart_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("left"); // projectPartLeftByShell
        QTest::addColumn<QString>("suggestion");
        QTest::addColumn<QString>("says"); // a phrase the message holds; empty: no hint at all
        QTest::newRow("robot$team-a+cleaner") << "robot-a+cleaner"
                                              << "-a"
                                              << "robot$<project>-a+cleaner"
                                              << "left only “-a” of the project name";
        QTest::newRow("robot$team.a+cleaner") << "robot.a+cleaner"
                                              << ".a"
                                              << "robot$<project>.a+cleaner"
                                              << "left only “.a” of the project name";
        QTest::newRow("robot$library+ci") << "robot+ci"
                                          << ""
                                          << "robot$<project>+ci"
                                          << "whose “$…” part was removed by a shell";
        QTest::newRow("only the $ went") << "robotteam-a+ci"
                                         << ""
                                         << "robot$team-a+ci"
                                         << "whose “$…” part was removed by a shell";
        QTest::newRow("well-formed") << "robot$team-a+ci"
                                     << ""
                                     << ""
                                     << "";
        QTest::newRow("a user") << "alice-a"
                                << ""
                                << ""
                                << "";
    }

    void shellCutTheProjectPart()
    {
        QFETCH(QString, username);
        QFETCH(QString, left);
        QFETCH(QString, suggestion);
        QFETCH(QString, says);
        QCOMPARE(projectPartLeftByShell(username), left);
        const CredentialCheck check = checkCredentials(username, QStringLiteral("x"), remote);
        if (says.isEmpty()) {
            QVERIFY(check.hints.isEmpty());
            return;
        }
        QCOMPARE(check.hints.size(), 1);
        const CredentialHint &h = check.hints.first();
        QCOMPARE(h.suggestion, suggestion);
        QVERIFY2(h.message.contains(says), qPrintable(h.message));
        // The likely name, once.
        QCOMPARE(h.message.count(suggestion), 1);
        // Only a name with "<project>" in it needs words for what <project> stands for.
        QCOMPARE(h.message.contains(QStringLiteral("start of the project name")), !left.isEmpty());
    }

    void defaultArguments()
    {
        // The defaults: prefix robot$, now = current time, no expiry.
        const CredentialCheck check = checkCredentials(QStringLiteral("team-a+cleaner"), QStringLiteral("x"), remote);
        QCOMPARE(kindNames(check.hints), QStringList {QStringLiteral("RobotPrefixMissing")});
        const CredentialCheck soon = checkCredentials(
            QStringLiteral("robot$a+b"), QStringLiteral("x"), remote, QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(soon.hasHint(HintKind::RobotExpiresSoon));
    }
};

QTEST_GUILESS_MAIN(TestCredentialHints)
#include "tst_credentialhints.moc"
