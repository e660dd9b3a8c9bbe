// Harbor's own storage figures: the project summary as Harbor sends it (and as it must not be
// believed), and the words that set Harbor's quota and artifact size beside Berth's figures.
#include "core/ProjectSummary.h"
#include "diagnosis/HarborFigures.h"

#include <limits>
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

    // Per project against the graph, and the sum against the same blobs once: a and b share a
    // 1000-byte layer; b's quota also counts a 500-byte upload no manifest references; c reports none.
    void compareProjects()
    {
        StorageGraph g;
        const auto ref = [](const char *digest, qint64 size) {
            return StorageRef {QString::fromLatin1(digest), size, StorageRef::Kind::Layer};
        };
        const QString d1 = QStringLiteral("sha256:") + QString(64, QLatin1Char('1'));
        const QString d2 = QStringLiteral("sha256:") + QString(64, QLatin1Char('2'));
        const QString d3 = QStringLiteral("sha256:") + QString(64, QLatin1Char('3'));
        const QByteArray base = "sha256:" + QByteArray(64, 'b');
        g.addManifest(QStringLiteral("a/x"), d1, 100, {QStringLiteral("v1")}, {ref(base.constData(), 1000)});
        g.addManifest(QStringLiteral("b/y"), d2, 200, {QStringLiteral("v1")}, {ref(base.constData(), 1000)});
        g.addManifest(QStringLiteral("c/z"), d3, 300, {QStringLiteral("v1")}, {});
        QHash<QString, ProjectSummary> quotas;
        ProjectSummary a;
        a.quotaReported = true;
        a.quotaUsed = 1100;
        ProjectSummary b = a;
        b.quotaUsed = 1700;
        quotas.insert(QStringLiteral("a"), a);
        quotas.insert(QStringLiteral("b"), b);
        const HarborFigures::ProjectQuotas out = HarborFigures::compareProjects(
            g, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, quotas, &bytes);
        QCOMPARE(out.reported, 2);
        QCOMPARE(out.harborSum, qint64(2800));
        QVERIFY(!out.notes.contains(QStringLiteral("a")));
        QVERIFY2(out.notes.value(QStringLiteral("b")).contains(QLatin1String("500 B more")),
            qPrintable(out.notes.value(QStringLiteral("b"))));
        QVERIFY(!out.notes.contains(QStringLiteral("c")));
        // Berth per project: 1100 + 1200; once: 100 + 200 + 1000.
        QVERIFY2(out.sumText.contains(QLatin1String("of the 2 projects that report one add up to 2800 B")),
            qPrintable(out.sumText));
        QVERIFY2(out.sumText.contains(QLatin1String("take 1300 B on disk; 1000 B")), qPrintable(out.sumText));
        QVERIFY2(out.sumText.contains(QLatin1String("differ by 500 B")), qPrintable(out.sumText));

        // Sums saturate rather than wrap.
        a.quotaUsed = std::numeric_limits<qint64>::max() - 10;
        quotas.insert(QStringLiteral("a"), a);
        QCOMPARE(
            HarborFigures::compareProjects(g, {QStringLiteral("a"), QStringLiteral("b")}, quotas, &bytes).harborSum,
            std::numeric_limits<qint64>::max());
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
        QTest::newRow("an index whose record does not match")
            << qint64(50) << qint64(100) << true << QStringLiteral("does not match the manifests");
        QTest::newRow("a record that does not match")
            << qint64(50) << qint64(100) << false << QStringLiteral("does not match the manifests");
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
