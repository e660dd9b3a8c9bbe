// Reading a user's curl command as a shell and curl would, without running anything.
#include "diagnosis/CurlCommand.h"

#include <QTest>

using namespace berth;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("userTyped");
        QTest::addColumn<QString>("userSent");
        QTest::addColumn<QString>("secretSent");
        QTest::addColumn<QStringList>("cookies");
        QTest::addColumn<int>("shellNotes");
        QTest::addColumn<QString>("host");
        QTest::newRow("double-quoted robot name loses $team")
            << "curl -X DELETE -u \"robot$team+ci:S3cret\" "
               "https://h.example/api/v2.0/projects/team/repositories/app/artifacts/v1/tags/v1"
            << QByteArray("DELETE") << "basic"
            << "robot$team+ci"
            << "robot+ci"
            << "S3cret" << QStringList {} << 1 << "h.example";
        QTest::newRow("single-quoted robot name survives")
            << "curl -X DELETE -u 'robot$team+ci:S3cret' https://h.example/api/v2.0/projects/team"
            << QByteArray("DELETE") << "basic"
            << "robot$team+ci"
            << "robot$team+ci"
            << "S3cret" << QStringList {} << 0 << "h.example";
        QTest::newRow("escaped dollar in double quotes")
            << "curl -XDELETE --user \"robot\\$team+ci:x\" h.example/api/v2.0/projects/team" << QByteArray("DELETE")
            << "basic"
            << "robot$team+ci"
            << "robot$team+ci"
            << "x" << QStringList {} << 0 << "h.example";
        QTest::newRow("bearer header") << "curl -sS -H 'Authorization: Bearer eyJhbGciOi.x.y' -X DELETE "
                                          "'https://h.example/api/v2.0/projects/p/repositories/r/artifacts/a/tags/t'"
                                       << QByteArray("DELETE") << "bearer"
                                       << ""
                                       << ""
                                       << "" << QStringList {} << 0 << "h.example";
        QTest::newRow("browser copy with cookies")
            << "curl 'https://h.example/api/v2.0/projects/p/repositories/r/artifacts/a/tags/t' -X 'DELETE' -H 'Cookie: "
               "sid=abc; _gorilla_csrf=def' -H 'accept: application/json'"
            << QByteArray("DELETE") << "none"
            << ""
            << ""
            << "" << QStringList {"sid", "_gorilla_csrf"} << 0 << "h.example";
        QTest::newRow("-b cookie")
            << "curl -b 'sid=abc' -u 'robot$p+x:y' -X DELETE https://h.example/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {"sid"} << 0 << "h.example";
        QTest::newRow("line continuations and --request=")
            << "curl \\\n  --request=DELETE \\\n  --user='robot$p+x:y' \\\n  http://127.0.0.1:8080/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {} << 0 << "127.0.0.1";
        QTest::newRow("plain GET") << "curl https://h.example/api/v2.0/projects" << QByteArray("GET") << "none"
                                   << ""
                                   << ""
                                   << "" << QStringList {} << 0 << "h.example";
        QTest::newRow("basic header decoded")
            << "curl -H 'Authorization: Basic cm9ib3QkcCt4Onk=' -X DELETE https://h.example/api/v2.0/projects/p"
            << QByteArray("DELETE") << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "y" << QStringList {} << 0 << "h.example";
        QTest::newRow("unquoted $VAR secret")
            << "curl -u robot\\$p+x:$SECRET -X DELETE https://h.example/api/v2.0/projects/p" << QByteArray("DELETE")
            << "basic"
            << "robot$p+x"
            << "robot$p+x"
            << "" << QStringList {} << 1 << "h.example";
    }

    void parse()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, method);
        QFETCH(QString, scheme);
        QFETCH(QString, userTyped);
        QFETCH(QString, userSent);
        QFETCH(QString, secretSent);
        QFETCH(QStringList, cookies);
        QFETCH(int, shellNotes);
        QFETCH(QString, host);
        const CurlRequest r = CurlCommand::parse(command);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.method, method);
        QCOMPARE(r.authScheme, scheme);
        QCOMPARE(r.userTyped, userTyped);
        QCOMPARE(r.userSent, userSent);
        QCOMPARE(r.secretSent, secretSent);
        QCOMPARE(r.cookieNames, cookies);
        QCOMPARE(int(r.shellNotes.size()), shellNotes);
        QCOMPARE(r.url.host(), host);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("unclosed single quote") << "curl -u 'robot$x:y https://h";
        QTest::newRow("unclosed double quote") << "curl -u \"robot$x:y https://h";
        QTest::newRow("no url") << "curl -X DELETE -u 'a:b'";
        QTest::newRow("empty") << "";
        QTest::newRow("huge") << QString(70000, QLatin1Char('a'));
    }

    void errors()
    {
        QFETCH(QString, command);
        QVERIFY(!CurlCommand::parse(command).isValid());
    }

    void correctedQuotesAndOmitsCookies()
    {
        const CurlRequest r
            = CurlCommand::parse(QStringLiteral("curl -X DELETE -b 'sid=1' -u \"robot$team+ci:s\" https://h/x"));
        const QString fixed = CurlCommand::corrected(r, QStringLiteral("https://h/x"), r.userTyped);
        QCOMPARE(fixed, QStringLiteral("curl -X DELETE -u 'robot$team+ci:<secret>' 'https://h/x'"));
    }
};

QTEST_APPLESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
