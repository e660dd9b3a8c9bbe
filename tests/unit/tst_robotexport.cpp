#include "core/RobotExport.h"

#include <QtTest>

using namespace berth;

class TestRobotExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("name"); // empty = error expected
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("expiresAt"); // unix seconds; 0 = invalid (never/unknown)

        QTest::newRow("harbor export") << QByteArray(
            "{\"creation_time\":\"2025-01-01T00:00:00.000Z\",\"expires_at\":1767225600, "
            "\"id\":7,\"name\":\"robot$team-a+cleaner\",\"secret\":\"AbCdEf0123456789AbCdEf0123456789\"}")
                                       << "robot$team-a+cleaner"
                                       << "AbCdEf0123456789AbCdEf0123456789" << qint64(1767225600);
        QTest::newRow("never expires") << QByteArray("{\"name\":\"robot$ci\",\"secret\":\"s\",\"expires_at\":-1}")
                                       << "robot$ci"
                                       << "s" << qint64(0);
        QTest::newRow("no expires_at") << QByteArray("{\"name\":\"robot$ci\",\"secret\":\"s\"}") << "robot$ci"
                                       << "s" << qint64(0);
        QTest::newRow("expires_at as string")
            << QByteArray("{\"name\":\"a\",\"secret\":\"s\",\"expires_at\":\"1700000000\"}") << "a"
            << "s" << qint64(1700000000);
        QTest::newRow("nested") << QByteArray("{\"robot\":{\"meta\":{\"id\":1},\"account\":{\"name\":\"robot$p+n\", "
                                              "\"secret\":\"nested-secret\",\"expires_at\":1800000000}}}")
                                << "robot$p+n"
                                << "nested-secret" << qint64(1800000000);
        QTest::newRow("array") << QByteArray("[{\"id\":1},{\"name\":\"robot$p+first\",\"secret\":\"one\"}, "
                                             "{\"name\":\"robot$p+second\",\"secret\":\"two\"}]")
                               << "robot$p+first"
                               << "one" << qint64(0);
        QTest::newRow("object without secret skipped")
            << QByteArray("{\"name\":\"project\",\"items\":[{\"name\":\"robot$p+n\",\"secret\":\"x\"}]}") << "robot$p+n"
            << "x" << qint64(0);
        QTest::newRow("trimmed") << QByteArray("{\"name\":\" robot$p+n \",\"secret\":\"x\\n\"}") << "robot$p+n"
                                 << "x" << qint64(0);
        QTest::newRow("utf-8 bom free, whitespace") << QByteArray("\n\n  {\"name\":\"a\",\"secret\":\"b\"}  \n") << "a"
                                                    << "b" << qint64(0);

        QTest::newRow("missing secret") << QByteArray("{\"name\":\"robot$p+n\",\"expires_at\":-1}") << QString()
                                        << QString() << qint64(0);
        QTest::newRow("empty secret") << QByteArray("{\"name\":\"robot$p+n\",\"secret\":\"\"}") << QString()
                                      << QString() << qint64(0);
        QTest::newRow("secret not a string")
            << QByteArray("{\"name\":\"robot$p+n\",\"secret\":42}") << QString() << QString() << qint64(0);
        QTest::newRow("empty input") << QByteArray() << QString() << QString() << qint64(0);
        QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage {{{", 16) << QString() << QString() << qint64(0);
        QTest::newRow("truncated") << QByteArray("{\"name\":\"robot$p+n\",\"secret\":\"ab") << QString() << QString()
                                   << qint64(0);
        QTest::newRow("scalar") << QByteArray("42") << QString() << QString() << qint64(0);
        QTest::newRow("a plain secret pasted") << QByteArray("AbCdEf0123456789") << QString() << QString() << qint64(0);
    }

    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, name);
        QFETCH(QString, secret);
        QFETCH(qint64, expiresAt);

        const RobotExport result = parseRobotExport(json);
        if (name.isEmpty()) {
            QVERIFY(!result.isValid());
            QVERIFY(!result.error.isEmpty());
            QVERIFY(result.secret.isEmpty());
            return;
        }
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.name, name);
        QCOMPARE(result.secret, secret);
        if (expiresAt == 0) {
            QVERIFY(!result.expiresAt.isValid());
        } else {
            QCOMPARE(result.expiresAt.toSecsSinceEpoch(), expiresAt);
            QCOMPARE(result.expiresAt.timeSpec(), Qt::UTC);
        }
    }

    void deepNesting_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<bool>("arrays");
        QTest::newRow("10k objects") << 10000 << false;
        QTest::newRow("10k arrays") << 10000 << true;
        QTest::newRow("100k arrays") << 100000 << true;
    }

    void deepNesting()
    {
        QFETCH(int, levels);
        QFETCH(bool, arrays);
        QByteArray json;
        json.reserve(levels * 8 + 64);
        for (int i = 0; i < levels; ++i)
            json += arrays ? QByteArray("[") : QByteArray("{\"a\":");
        json += "{\"name\":\"robot$deep\",\"secret\":\"deep\"}";
        for (int i = 0; i < levels; ++i)
            json += arrays ? "]" : "}";
        const RobotExport result = parseRobotExport(json); // must return, not crash
        QVERIFY(!result.isValid());
        QVERIFY(!result.error.isEmpty());
    }

    void moderateNestingStillFound()
    {
        QByteArray json;
        for (int i = 0; i < 10; ++i)
            json += "{\"a\":";
        json += "{\"name\":\"robot$ok\",\"secret\":\"ok\"}";
        for (int i = 0; i < 10; ++i)
            json += "}";
        const RobotExport result = parseRobotExport(json);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.name, QStringLiteral("robot$ok"));
    }

    void oversizedInput()
    {
        // 2 MiB of otherwise valid JSON: refused by size, before parsing.
        QByteArray json = "{\"name\":\"robot$big\",\"secret\":\"big\",\"padding\":\"";
        json += QByteArray(2 * 1024 * 1024, 'x');
        json += "\"}";
        const RobotExport result = parseRobotExport(json);
        QVERIFY(!result.isValid());
        QVERIFY(result.error.contains(QLatin1String("1 MiB")));

        // Just under the cap is fine.
        QByteArray small = "{\"name\":\"robot$big\",\"secret\":\"big\",\"padding\":\"";
        small += QByteArray(robotExportMaxBytes() - small.size() - 2, 'x');
        small += "\"}";
        QCOMPARE(small.size(), robotExportMaxBytes());
        QVERIFY(parseRobotExport(small).isValid());
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator rng(12345);
        const QByteArray alphabet = "{}[]\":,0123456789-.eE truefalsnul\\abcxyz";
        for (int round = 0; round < 2000; ++round) {
            QByteArray json;
            const int length = int(rng.bounded(200));
            for (int i = 0; i < length; ++i)
                json += alphabet.at(int(rng.bounded(alphabet.size())));
            const RobotExport result = parseRobotExport(json);
            QVERIFY(result.isValid() || !result.error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestRobotExport)
#include "tst_robotexport.moc"
