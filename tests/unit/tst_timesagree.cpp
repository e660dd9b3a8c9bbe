// "Pushed" and "last pulled" mean the same in the tree (and the details pane, which shows the
// tree's node times), in the cleanup planner and in `berthctl ls`: the same Artifact and Tag data
// go through the planner's candidates, the tree's rows and ls's rows, and all three must show
// the times core/EffectiveTimes.h defines. Before they agreed, a tag pulled only by digest showed
// "never" in the tree and in ls while the planner kept it as recently pulled.
#include "cli/RowFormat.h"
#include "models/RegistryNode.h"
#include "models/TreeRows.h"
#include "operations/CleanupEvaluator.h"

#include <QTest>

using namespace berth;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

// Days before kNow; a negative number means "none" (unknown push, never pulled).
QDateTime daysAgo(int days)
{
    return days < 0 ? QDateTime() : kNow.addDays(-days);
}

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

struct Shown
{
    qint64 pushMs = 0;
    qint64 pullMs = 0;
};

// One artifact with at most one tag (no tag: an untagged artifact).
Artifact artifactWith(bool tagged, int tagPush, int tagPull, int artifactPush, int artifactPull)
{
    Artifact a;
    a.repositoryName = QStringLiteral("team/app");
    a.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
    a.type = QStringLiteral("IMAGE");
    a.size = 1000;
    a.pushTime = daysAgo(artifactPush);
    a.pullTime = daysAgo(artifactPull);
    if (tagged) {
        Tag t;
        t.name = QStringLiteral("v1");
        t.pushTime = daysAgo(tagPush);
        t.pullTime = daysAgo(tagPull);
        a.tags << t;
    }
    return a;
}

Shown planner(const Artifact &a)
{
    CleanupRules rules;
    rules.pulledBeforeSecs = 86400; // the rule that reads the pull time
    const auto scope = CleanupScope::parse(QStringLiteral("team/app"));
    const Plan plan = CleanupEvaluator::evaluate(rules, *scope, {{a.repositoryName, {a}}}, kNow);
    if (plan.items.size() != 1)
        return {-1, -1};
    return {ms(plan.items.first().pushTime), ms(plan.items.first().pullTime)};
}

Shown tree(const Artifact &a)
{
    RegistryNode repository(NodeKind::Repository, nullptr, QStringLiteral("app"));
    NodeRows rows;
    ArtifactRecords records;
    TreeRows().artifacts(&repository, {a}, rows, records);
    if (rows.size() != 1)
        return {-1, -1};
    return {rows.front()->effectivePushMs(), rows.front()->effectivePullMs()};
}

Shown listed(const Artifact &a)
{
    const QList<TagRow> rows = RowFormat::rowsFor(QStringLiteral("team"), a, false, false);
    if (rows.size() != 1)
        return {-1, -1};
    return {ms(rows.first().pushTime), ms(rows.first().pullTime)};
}

} // namespace

class TestTimesAgree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treePlannerAndLsAgree_data()
    {
        QTest::addColumn<bool>("tagged");
        QTest::addColumn<int>("tagPush");
        QTest::addColumn<int>("tagPull");
        QTest::addColumn<int>("artifactPush");
        QTest::addColumn<int>("artifactPull");
        QTest::addColumn<int>("pushed"); // what all three must show
        QTest::addColumn<int>("pulled");
        QTest::newRow("pulled by tag") << true << 30 << 5 << 30 << 5 << 30 << 5;
        QTest::newRow("pulled by digest after the tag") << true << 30 << 20 << 30 << 3 << 30 << 3;
        QTest::newRow("tag pulled after the artifact") << true << 30 << 2 << 30 << 9 << 30 << 2;
        QTest::newRow("only pulled by digest") << true << 30 << -1 << 30 << 4 << 30 << 4;
        QTest::newRow("only the tag's pull known") << true << 30 << 6 << 30 << -1 << 30 << 6;
        QTest::newRow("never pulled") << true << 30 << -1 << 30 << -1 << 30 << -1;
        QTest::newRow("tag pushed again") << true << 1 << -1 << 30 << -1 << 1 << -1;
        QTest::newRow("tag without a push time") << true << -1 << -1 << 30 << 8 << 30 << 8;
        QTest::newRow("untagged, pulled") << false << -1 << -1 << 40 << 12 << 40 << 12;
        QTest::newRow("untagged, never pulled") << false << -1 << -1 << 40 << -1 << 40 << -1;
    }

    void treePlannerAndLsAgree()
    {
        QFETCH(bool, tagged);
        QFETCH(int, tagPush);
        QFETCH(int, tagPull);
        QFETCH(int, artifactPush);
        QFETCH(int, artifactPull);
        QFETCH(int, pushed);
        QFETCH(int, pulled);
        const Artifact a = artifactWith(tagged, tagPush, tagPull, artifactPush, artifactPull);
        const Shown p = planner(a);
        const Shown t = tree(a);
        const Shown l = listed(a);
        QCOMPARE(t.pullMs, p.pullMs);
        QCOMPARE(l.pullMs, p.pullMs);
        QCOMPARE(t.pushMs, p.pushMs);
        QCOMPARE(l.pushMs, p.pushMs);
        QCOMPARE(p.pullMs, ms(daysAgo(pulled)));
        QCOMPARE(p.pushMs, ms(daysAgo(pushed)));
    }
};

QTEST_MAIN(TestTimesAgree)
#include "tst_timesagree.moc"
