// Harbor's own storage figures: the project summary as Harbor sends it (and as it must not be
// believed), and the words that set Harbor's quota and artifact size beside Berth's figures.
#include "core/ProjectSummary.h"
#include "diagnosis/HarborFigures.h"

#include <QTest>

using namespace berth;

namespace {

QString bytes(qint64 n)
{
    return QString::number(n) + QStringLiteral(" B");
}

} // namespace

class TestHarborFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("reported");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("hard");
        QTest::newRow("quota with a limit")
            << QByteArray(R"({"repo_count":3,"quota":{"hard":{"storage":10737418240},"used":{"storage":61000000}}})")
            << true << true << qint64(61000000) << qint64(10737418240);
        QTest::newRow("no limit is -1") << QByteArray(R"({"quota":{"hard":{"storage":-1},"used":{"storage":0}}})")
                                        << true << true << qint64(0) << qint64(-1);
        QTest::newRow("no quota: no quota:read, or quotas off")
            << QByteArray(R"({"repo_count":1,"guest_count":2})") << true << false << qint64(0) << qint64(-1);
        QTest::newRow("quota null") << QByteArray(R"({"quota":null})") << true << false << qint64(0) << qint64(-1);
        QTest::newRow("quota without storage") << QByteArray(R"({"quota":{"hard":{"count":5},"used":{"count":1}}})")
                                               << true << false << qint64(0) << qint64(-1);
        QTest::newRow("beyond 2^53, exactly") << QByteArray(R"({"quota":{"used":{"storage":9007199254740993}}})")
                                              << true << true << qint64(9007199254740993) << qint64(-1);
        QTest::newRow("used as a string")
            << QByteArray(R"({"quota":{"used":{"storage":"61000000"}}})") << false << false << qint64(0) << qint64(-1);
        QTest::newRow("negative used") << QByteArray(R"({"quota":{"used":{"storage":-5}}})") << false << false
                                       << qint64(0) << qint64(-1);
        QTest::newRow("a fraction") << QByteArray(R"({"quota":{"used":{"storage":1.5}}})") << false << false
                                    << qint64(0) << qint64(-1);
        QTest::newRow("beyond int64") << QByteArray(R"({"quota":{"used":{"storage":1e30}}})") << false << false
                                      << qint64(0) << qint64(-1);
        QTest::newRow("limit below -1") << QByteArray(R"({"quota":{"hard":{"storage":-2},"used":{"storage":1}}})")
                                        << false << false << qint64(0) << qint64(-1);
        QTest::newRow("quota not an object")
            << QByteArray(R"({"quota":[1]})") << false << false << qint64(0) << qint64(-1);
        QTest::newRow("an HTML page") << QByteArray("<html>502</html>") << false << false << qint64(0) << qint64(-1);
        QTest::newRow("an array") << QByteArray("[]") << false << false << qint64(0) << qint64(-1);
    }
    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(bool, reported);
        QFETCH(qint64, used);
        QFETCH(qint64, hard);
        const Parsed<ProjectSummary> p = HarborJson::parseProjectSummary(body);
        QCOMPARE(p.ok(), ok);
        QCOMPARE(p.value.quotaReported, reported);
        QCOMPARE(p.value.quotaUsed, used);
        QCOMPARE(p.value.quotaHard, hard);
    }

    // The project line: agreement, Harbor counting more (uploads no manifest references), less.
    void quotaComparison_data()
    {
        QTest::addColumn<qint64>("harbor");
        QTest::addColumn<qint64>("berth");
        QTest::addColumn<int>("missing");
        QTest::addColumn<QStringList>("says");
        QTest::newRow("the same") << qint64(1000) << qint64(1000) << 0
                                  << QStringList {QStringLiteral("counts 1000 B, no limit: the same bytes")};
        QTest::newRow("Harbor more: unfinished pushes")
            << qint64(1500) << qint64(1000) << 0
            << QStringList {QStringLiteral("500 B more than the blobs its manifests reference (1000 B)"),
                   QStringLiteral("uploaded or mounted")};
        QTest::newRow("Harbor less: foreign layers, blobs not pushed through it") << qint64(
            800) << qint64(1000) << 0 << QStringList {QStringLiteral("200 B less"), QStringLiteral("foreign layers")};
        QTest::newRow("unreadable manifests are named")
            << qint64(1500) << qint64(1000) << 2 << QStringList {QStringLiteral("2 manifests could not be read")};
    }
    void quotaComparison()
    {
        QFETCH(qint64, harbor);
        QFETCH(qint64, berth);
        QFETCH(int, missing);
        QFETCH(QStringList, says);
        ProjectSummary q;
        q.quotaReported = true;
        q.quotaUsed = harbor;
        StorageFigures f;
        f.stored = berth;
        f.missing = missing;
        const QString text = HarborFigures::quotaComparison(QStringLiteral("team-a"), q, f, &bytes);
        QVERIFY2(text.startsWith(QLatin1String("Harbor's quota for team-a counts")), qPrintable(text));
        for (const QString &s : says)
            QVERIFY2(text.contains(s), qPrintable(text));
        QCOMPARE(text.contains(QLatin1String("could not be read")), missing > 0);
    }

    void quotaText()
    {
        ProjectSummary q;
        q.quotaUsed = 10;
        QCOMPARE(HarborFigures::quotaText(q, &bytes), QStringLiteral("10 B, no limit"));
        q.quotaHard = 100;
        QCOMPARE(HarborFigures::quotaText(q, &bytes), QStringLiteral("10 B of 100 B"));
    }

    // The quotas added up against the same blobs once: repeats are the cross-project sharing.
    void quotaSum()
    {
        QString text = HarborFigures::quotaSum(3000, 3000, 2000, 2, 2, &bytes);
        QVERIFY2(text.contains(QLatin1String("add up to 3000 B")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("take 2000 B on disk; 1000 B")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("differ by")), qPrintable(text));
        text = HarborFigures::quotaSum(3500, 3000, 3000, 1, 2, &bytes);
        QVERIFY2(text.contains(QLatin1String("of the 1 projects that report one")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("share no blob")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("differ by 500 B")), qPrintable(text));
        text = HarborFigures::quotaSum(0, 0, 0, 0, 3, &bytes);
        QVERIFY2(text.contains(QLatin1String("no project quota")), qPrintable(text));
    }

    void sizeComparison_data()
    {
        QTest::addColumn<qint64>("harbor");
        QTest::addColumn<qint64>("berth");
        QTest::addColumn<bool>("index");
        QTest::addColumn<QString>("says"); // empty: no note
        QTest::newRow("agree") << qint64(100) << qint64(100) << false << QString();
        QTest::newRow("Harbor did not report") << qint64(-1) << qint64(100) << false << QString();
        QTest::newRow("a layer listed twice")
            << qint64(150) << qint64(100) << false << QStringLiteral("a layer listed twice counts twice");
        QTest::newRow("platforms sharing a layer")
            << qint64(150) << qint64(100) << true << QStringLiteral("two platforms share counts twice");
        QTest::newRow("an index pushed before its children")
            << qint64(50) << qint64(100) << true << QStringLiteral("platforms it knew");
        QTest::newRow("a record that does not match")
            << qint64(50) << qint64(100) << false << QStringLiteral("does not match the manifest");
    }
    void sizeComparison()
    {
        QFETCH(qint64, harbor);
        QFETCH(qint64, berth);
        QFETCH(bool, index);
        QFETCH(QString, says);
        const QString text = HarborFigures::sizeComparison(harbor, berth, index, &bytes);
        if (says.isEmpty())
            QVERIFY2(text.isEmpty(), qPrintable(text));
        else
            QVERIFY2(text.contains(says), qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestHarborFigures)
#include "tst_harborfigures.moc"
