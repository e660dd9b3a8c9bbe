// What a plan's "remove" means on a plain OCI registry (operations/RegistryPlanRule.h), and the
// plan file's plain-registry form; pure, no server.
#include "operations/CleanupPlan.h"
#include "operations/RegistryCleanupPlanner.h"
#include "operations/RegistryPlanRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace berth;

namespace {
const QString kA = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
const QString kB = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));

// "repo tag digest action" -> an item decided by the rules.
PlanItem item(const QString &repository, const QString &tag, const QString &digest, bool remove)
{
    PlanItem it;
    it.repository = repository;
    it.tag = tag;
    it.digest = digest;
    it.action = remove ? PlanItem::Action::Remove : PlanItem::Action::Keep;
    it.ruleId = remove ? QStringLiteral("remove") : QStringLiteral("keep_last");
    it.rule = remove ? QStringLiteral("remove: not among the 2 newest tags (#3)") : QStringLiteral("kept: #1");
    it.size = 100;
    return it;
}

} // namespace

class TestRegistryPlanRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The rules' decisions in, the registry's out: "remove" survives only where every tag on the
    // manifest (the same repository and digest) goes.
    void rule_data()
    {
        QTest::addColumn<QList<PlanItem>>("items");
        QTest::addColumn<QStringList>("removedAfter"); // "repo:tag", in plan order
        QTest::addColumn<int>("changed");

        QTest::newRow("every tag of the manifest goes") << QList<PlanItem> {item("app", "v1", kA, true),
            item("app", "v1.0", kA, true), item("app", "v2", kB, false)}
                                                        << QStringList {"app:v1", "app:v1.0"} << 0;
        QTest::newRow("a kept tag keeps the manifest's other tags") << QList<PlanItem> {item("app", "v1", kA, true),
            item("app", "stable", kA, false), item("app", "v0", kB, true)}
                                                                    << QStringList {"app:v0"} << 1;
        QTest::newRow("two kept tags, two removed ones") << QList<PlanItem> {item("app", "a", kA, true),
            item("app", "b", kA, false), item("app", "c", kA, true), item("app", "d", kA, false)}
                                                         << QStringList {} << 2;
        QTest::newRow("the same digest in another repository is another manifest")
            << QList<PlanItem> {item("app", "v1", kA, true), item("other/app", "keep", kA, false)}
            << QStringList {"app:v1"} << 0;
        QTest::newRow("nothing removed") << QList<PlanItem> {item("app", "v1", kA, false)} << QStringList {} << 0;
    }

    void rule()
    {
        QFETCH(QList<PlanItem>, items);
        QFETCH(QStringList, removedAfter);
        QFETCH(int, changed);
        QList<PlanItem> after = items;
        QCOMPARE(RegistryPlanRule::apply(after), changed);
        QStringList removed;
        for (int i = 0; i < after.size(); ++i) {
            const PlanItem &it = after.at(i);
            if (it.action == PlanItem::Action::Remove) {
                removed << it.ref();
                QCOMPARE(it.ruleId, items.at(i).ruleId); // untouched
                continue;
            }
            // Never a kept tag turned into a removal; a changed one says which tags keep it.
            if (items.at(i).action == PlanItem::Action::Keep) {
                QCOMPARE(it.ruleId, items.at(i).ruleId);
            } else {
                QCOMPARE(it.ruleId, QStringLiteral("shared_manifest"));
                for (const PlanItem &other : std::as_const(items))
                    if (other.digest == it.digest && other.repository == it.repository
                        && other.action == PlanItem::Action::Keep)
                        QVERIFY2(it.rule.contains(other.tag), qPrintable(it.rule));
                QVERIFY2(it.rule.contains(items.at(i).rule), qPrintable(it.rule)); // what the rules said
            }
        }
        QCOMPARE(removed, removedAfter);
    }

    // On a plain registry the tags of a manifest that all go are one manifest delete: counted as
    // deleted, never left untagged (Harbor's untagged leftover).
    void recountByKind()
    {
        Plan plan;
        plan.items = {item("app", "v1", kA, true), item("app", "v1.0", kA, true), item("app", "v2", kB, false)};
        plan.recount();
        QCOMPARE(plan.totals.artifactsDeleted, 0);
        QCOMPARE(plan.leftovers.size(), 1);
        plan.server = ServerKind::Registry;
        plan.recount();
        QCOMPARE(plan.totals.tagsRemoved, 2);
        QCOMPARE(plan.totals.artifactsDeleted, 1);
        QCOMPARE(plan.totals.bytesDeleted, 100);
        QCOMPARE(plan.leftovers.size(), 0);
    }

    // A plain registry's plan file: whole names without a project ("alpine"), `project` null,
    // `created`, `server` and `notes`; the same names in a Harbor plan are refused as before.
    void planFile()
    {
        Plan plan;
        plan.computedAt = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC);
        plan.asOf = plan.computedAt;
        plan.server = ServerKind::Registry;
        plan.scope = *CleanupScope::parse(QStringLiteral("alpine"));
        plan.rules.keepLast = 1;
        plan.items = {item("alpine", "3.19", kA, false), item("alpine", "3.18", kB, true)};
        plan.items[0].created = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
        plan.notes = {QStringLiteral("a note")};
        plan.recount();
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("server")).toString(), QStringLiteral("registry"));
        const QJsonObject row = json.value(QStringLiteral("items")).toArray().first().toObject();
        QVERIFY(row.value(QStringLiteral("project")).isNull());
        QVERIFY(row.value(QStringLiteral("push_time")).isNull());
        QCOMPARE(row.value(QStringLiteral("created")).toString(), QStringLiteral("2024-03-01T00:00:00.000Z"));

        const QByteArray bytes = QJsonDocument(json).toJson();
        QString why;
        const auto back = Plan::fromJson(bytes, &why);
        QVERIFY2(back, qPrintable(why));
        QVERIFY(back->isPlainRegistry());
        QCOMPARE(back->items.size(), 2);
        QCOMPARE(back->items.at(0).created, plan.items.at(0).created);
        QCOMPARE(back->notes, plan.notes);
        QCOMPARE(back->totals.artifactsDeleted, 1);

        QJsonObject harbor = json;
        harbor.remove(QStringLiteral("server"));
        QVERIFY(!Plan::fromJson(QJsonDocument(harbor).toJson(), &why));
        QVERIFY2(why.contains(QStringLiteral("PROJECT/REPO")), qPrintable(why));
        // A Harbor plan keeps `project`.
        Plan h = plan;
        h.server = ServerKind::Harbor;
        h.items[0].repository = QStringLiteral("team/app");
        QCOMPARE(h.toJson()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("project"))
                     .toString(),
            QStringLiteral("team"));

        QJsonObject badName = json;
        QJsonArray items = badName.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.first().toObject();
        first.insert(QStringLiteral("repository"), QStringLiteral("../x"));
        items.replace(0, first);
        badName.insert(QStringLiteral("items"), items);
        badName.insert(QStringLiteral("scope"), QStringLiteral("*"));
        QVERIFY(!Plan::fromJson(QJsonDocument(badName).toJson(), &why));
    }

    void scopeOfOneName()
    {
        const CleanupScope s = *CleanupScope::parse(QStringLiteral("alpine"));
        QVERIFY(s.contains(QStringLiteral("alpine")));
        QVERIFY(s.contains(QStringLiteral("alpine/edge")));
        QVERIFY(!s.contains(QStringLiteral("alpines")));
    }

    void created_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2024, 3, 1), QTime(12, 30, 5), Qt::UTC);
        QTest::newRow("Z") << "2024-03-01T12:30:05Z" << t;
        QTest::newRow("nanoseconds (Go)") << "2024-03-01T12:30:05.123456789Z" << t.addMSecs(123);
        QTest::newRow("offset") << "2024-03-01T14:30:05+02:00" << t;
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("not a time") << "yesterday" << QDateTime();
    }

    void created()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(RegistryCleanupPlanner::parseCreated(text), expected);
    }

    void referrersTag()
    {
        QVERIFY(RegistryCleanupPlanner::isReferrersTag(QStringLiteral("sha256-") + QString(64, QLatin1Char('0'))));
        QVERIFY(!RegistryCleanupPlanner::isReferrersTag(QStringLiteral("sha256-abc")));
        QVERIFY(!RegistryCleanupPlanner::isReferrersTag(QStringLiteral("v1")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryPlanRule)
#include "tst_registryplanrule.moc"
