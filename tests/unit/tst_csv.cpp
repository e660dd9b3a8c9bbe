// Csv: every field quoted (RFC 4180) and formula prefixes neutralised (OWASP "CSV Injection"),
// because plan and journal exports carry names and messages from a server into spreadsheets.
#include "core/Csv.h"

#include <QTest>

using namespace berth;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");

        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("plain name") << QStringLiteral("team-a/backend/api") << QStringLiteral("\"team-a/backend/api\"");
        QTest::newRow("digest") << QStringLiteral("sha256:0123abcd") << QStringLiteral("\"sha256:0123abcd\"");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+cmd|' /C calc'!A0")
                                   << QStringLiteral("\"'+1+cmd|' /C calc'!A0\"");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("prefix only at the start") << QStringLiteral("a=b-c+d@e") << QStringLiteral("\"a=b-c+d@e\"");
        QTest::newRow("leading quote is a quote") << QStringLiteral("\"=1") << QStringLiteral("\"\"\"=1\"");
        QTest::newRow("unicode") << QStringLiteral("镜像/ü") << QStringLiteral("\"镜像/ü\"");
    }

    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(Csv::field(value), field);
    }

    void record()
    {
        QCOMPARE(Csv::record({QStringLiteral("a"), QString(), QStringLiteral("=x"), QStringLiteral("1,2")}),
            QStringLiteral("\"a\",\"\",\"'=x\",\"1,2\"\r\n"));
        QCOMPARE(Csv::record({}), QStringLiteral("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
