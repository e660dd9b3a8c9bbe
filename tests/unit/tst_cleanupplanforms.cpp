// A cleanup plan's forms and its second look: the JSON shape and round trip (and that its text is
// Qt's), plans that must be refused, CSV cells made safe for spreadsheets, the changed-since-plan
// recheck, and the time to evaluate 100,000 tags (printed, never asserted).
#include "CleanupFixture.h"
#include "operations/CleanupEvaluator.h"
#include "operations/CleanupPlanJson.h"

#include <ctime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace berth;
using namespace berth::cleanupfixture;

Q_DECLARE_METATYPE(berth::CleanupRules)

class TestCleanupPlanForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShapeAndRoundTrip()
    {
        CleanupRules rule;
        rule.match = {"ci-*", true};
        rule.olderThanSecs = days(30);
        rule.keepLast = 1;
        rule.keepPulledWithinSecs = days(7);
        Plan plan
            = CleanupEvaluator::evaluate(rule, *CleanupScope::parse(QStringLiteral("team/app")), {fixture()}, kNow);
        plan.registry = QStringLiteral("https://harbor.example.com");
        const QJsonObject o = plan.toJson();
        for (const char *key : {"computed_at", "scope", "rules", "items", "totals"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("scope").toString(), QStringLiteral("team/app"));
        QVERIFY(QDateTime::fromString(o.value("computed_at").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(o.value("rules").toObject().value("older_than").toString(), QStringLiteral("30d"));
        QCOMPARE(
            o.value("rules").toObject().value("match").toObject().value("glob").toString(), QStringLiteral("ci-*"));
        const QJsonObject totals = o.value("totals").toObject();
        for (const char *key : {"remove", "keep", "bytes"})
            QVERIFY2(totals.value(QLatin1String(key)).isDouble(), key);
        bool sawNullTag = false;
        for (const QJsonValue &v : o.value("items").toArray()) {
            const QJsonObject it = v.toObject();
            QCOMPARE(it.value("repository").toString(), QStringLiteral("team/app"));
            QVERIFY(it.value("tag").isString() || it.value("tag").isNull());
            sawNullTag |= it.value("tag").isNull();
            QVERIFY(it.value("digest").toString().startsWith(QLatin1String("sha256:")));
            QVERIFY(it.value("action").toString() == QLatin1String("remove")
                || it.value("action").toString() == QLatin1String("keep"));
            QVERIFY(!it.value("rule").toString().isEmpty());
        }
        QVERIFY(sawNullTag);

        QString error;
        const auto back = Plan::fromJson(QJsonDocument(o).toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->scope.toString(), plan.scope.toString());
        QCOMPARE(back->registry, plan.registry);
        QCOMPARE(back->rules.toJson(), plan.rules.toJson());
        QCOMPARE(back->items.size(), plan.items.size());
        for (int i = 0; i < plan.items.size(); ++i) {
            QCOMPARE(back->items[i].ref(), plan.items[i].ref());
            QCOMPARE(back->items[i].action, plan.items[i].action);
            QCOMPARE(back->items[i].rank, plan.items[i].rank);
            QCOMPARE(back->items[i].pushTime, plan.items[i].pushTime);
        }
        QCOMPARE(back->totals.remove, plan.totals.remove);
        QCOMPARE(back->totals.bytes, plan.totals.bytes);
        QCOMPARE(back->toJson().value("items"), o.value("items"));
    }

    // planJsonText writes what QJsonDocument(plan.toJson() + extra).toJson(Indented) writes, byte for
    // byte: both servers, tag and artifact rows, empty and full lists, strings Qt escapes, unknown
    // times, the estimate's keys (null included) and an empty plan.
    void jsonTextIsQtsText_data()
    {
        QTest::addColumn<bool>("plain");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<bool>("estimate");
        QTest::newRow("harbor") << false << false << true;
        QTest::newRow("harbor, estimate unknown") << false << false << false;
        QTest::newRow("plain registry") << true << false << true;
        QTest::newRow("empty plan") << false << true << false;
    }
    void jsonTextIsQtsText()
    {
        QFETCH(bool, plain);
        QFETCH(bool, empty);
        QFETCH(bool, estimate);
        CleanupRules rule;
        rule.match = {"ci-*", true};
        rule.keepLast = 1;
        Plan plan
            = CleanupEvaluator::evaluate(rule, *CleanupScope::parse(QStringLiteral("team/app")), {fixture()}, kNow);
        plan.registry = QStringLiteral("https://harbor.example.com");
        plan.notes = {QStringLiteral("a note with \"quotes\", a tab\t and \u00e9\u4e2d\U0001F600")};
        if (plain)
            plan.server = ServerKind::Registry;
        if (empty) {
            plan.items.clear();
            plan.recount();
        } else {
            QVERIFY(plan.items.size() >= 2);
            PlanItem odd = plan.items.first();
            odd.tag = QStringLiteral("t\x01\x7f\\/\u00fc");
            odd.rule = QString(QChar(0xd800)) + QStringLiteral(" lone surrogate, \b\f\n\r");
            odd.pushTime = {};
            odd.pullTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 67), Qt::UTC);
            odd.created = QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
            odd.rank = 0;
            odd.size = std::numeric_limits<qint64>::max();
            odd.immutable = true;
            odd.blast.siblingTags = {QStringLiteral("a"), QStringLiteral("b\"c")};
            plan.items.append(odd);
            PlanItem artifact = plan.items.first();
            artifact.tag.clear();
            artifact.blast = {};
            artifact.blast.children = {
                {QStringLiteral("sha256:c1"), QStringLiteral("linux/amd64")}, {QStringLiteral("sha256:c2"), QString()}};
            artifact.blast.accessories = {{QStringLiteral("sha256:s1"), QStringLiteral("signature.cosign")}};
            artifact.action = PlanItem::Action::Remove;
            plan.items.append(artifact);
            PlanItem bare = artifact;
            bare.blast = {};
            bare.size = -1;
            plan.items.append(bare);
            plan.recount();
            QVERIFY(!plan.isPlainRegistry() || plan.totals.artifactsDeleted > 0);
            if (!plain)
                QVERIFY(!plan.leftovers.isEmpty() || plan.totals.remove > 0);
        }
        QJsonObject extra;
        if (estimate) {
            extra.insert(QStringLiteral("freed_after_gc"), qint64(123456789012));
            extra.insert(QStringLiteral("shared_kept"), 0);
            extra.insert(QStringLiteral("freed_exact"), true);
        } else {
            extra.insert(QStringLiteral("freed_after_gc"), QJsonValue(QJsonValue::Null));
            extra.insert(QStringLiteral("shared_kept"), QJsonValue(QJsonValue::Null));
            extra.insert(QStringLiteral("freed_exact"), false);
        }
        QJsonObject expected = plan.toJson();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            expected.insert(it.key(), it.value());
        const QByteArray want = QJsonDocument(expected).toJson(QJsonDocument::Indented);
        const QByteArray got = planJsonText(plan, extra);
        if (got != want) {
            qsizetype at = 0;
            while (at < got.size() && at < want.size() && got[at] == want[at])
                ++at;
            QFAIL(qPrintable(QStringLiteral("differs at byte %1: got \"%2\", want \"%3\"")
                                 .arg(at)
                                 .arg(QString::fromUtf8(got.mid(qMax<qsizetype>(0, at - 80), 160)),
                                     QString::fromUtf8(want.mid(qMax<qsizetype>(0, at - 80), 160)))));
        }
        QCOMPARE(planJsonText(plan), QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    }

    void badPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray good
            = R"({"computed_at":"2026-11-01T00:00:00Z","scope":"team/app","rules":{"untagged_only":true},
            "items":[{"repository":"team/app","tag":null,"digest":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","action":"remove","rule":"x"}]})";
        QTest::newRow("good") << good << "";
        QTest::newRow("not json") << QByteArray("{nope") << "not JSON";
        QTest::newRow("an array") << QByteArray("[]") << "one JSON object";
        QTest::newRow("unknown format") << QByteArray(good).replace(
            "{\"computed_at\"", "{\"format\":\"x/2\",\"computed_at\"")
                                        << "unknown plan format";
        QTest::newRow("no time") << QByteArray(good).replace("2026-11-01T00:00:00Z", "yesterday") << "computed_at";
        QTest::newRow("bad scope") << QByteArray(good).replace("\"scope\":\"team/app\"", "\"scope\":\"a:b\"")
                                   << "scope";
        QTest::newRow("bad rules") << QByteArray(good).replace("{\"untagged_only\":true}", "{\"older_than\":\"30\"}")
                                   << "rules.older_than";
        QTest::newRow("bad regex") << QByteArray(good).replace(
            "{\"untagged_only\":true}", "{\"match\":{\"regex\":\"(\"}}")
                                   << "rules:";
        QTest::newRow("no items") << QByteArray(good).replace("\"items\"", "\"things\"") << "items";
        QTest::newRow("bad action") << QByteArray(good).replace("\"remove\"", "\"delete\"") << "action";
        QTest::newRow("bad digest") << QByteArray(good).replace("sha256:0123", "md5:zz") << "digest";
        QTest::newRow("outside scope") << QByteArray(good).replace(
            "\"repository\":\"team/app\"", "\"repository\":\"team/other\"")
                                       << "outside the plan's scope";
        QTest::newRow("empty tag") << QByteArray(good).replace("\"tag\":null", "\"tag\":\"\"") << "tag";
        // Names outside the registries' grammar never reach a request, whatever the file says.
        QTest::newRow("tag ..") << QByteArray(good).replace("\"tag\":null", "\"tag\":\"..\"") << "tag";
        QTest::newRow("repository ..") << QByteArray(good)
                                              .replace("\"repository\":\"team/app\"", "\"repository\":\"team/..\"")
                                              .replace("\"scope\":\"team/app\"", "\"scope\":\"team\"")
                                       << "repository";
        QTest::newRow("short digest") << QByteArray(good).replace("0123456789abcdef\",", "\",") << "digest";
        QTest::newRow("twice") << QByteArray(good).replace("\"rule\":\"x\"}]",
            "\"rule\":\"x\"},{\"repository\":\"team/"
            "app\",\"tag\":null,\"digest\":\"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\","
            "\"action\":\"keep\"}]")
                               << "twice";
    }

    void badPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        const auto plan = Plan::fromJson(json, &why);
        if (error.isEmpty()) {
            QVERIFY2(plan, qPrintable(why));
            QCOMPARE(plan->totals.remove, 1);
            QCOMPARE(plan->totals.artifactsDeleted, 1);
            return;
        }
        QVERIFY(!plan);
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void csv()
    {
        CleanupRules rule;
        rule.keepLast = 2;
        Plan plan = CleanupEvaluator::evaluate(rule, {}, {fixture()}, kNow);
        const QList<QByteArray> lines = plan.toCsv().split('\n');
        QVERIFY(lines.first().startsWith("repository,tag,digest,action,rule"));
        QCOMPARE(lines.size(), plan.items.size() + 2); // header, rows, the empty tail
        for (const QByteArray &line : lines.mid(1, plan.items.size()))
            QVERIFY(line.startsWith("\"team/app\","));
        // Fields with commas or quotes are quoted (RFC 4180).
        plan.items[0].rule = QStringLiteral("a, \"b\"");
        QVERIFY(plan.toCsv().contains(",\"a, \"\"b\"\"\","));
    }

    // Each cell of a plan row, hostile or not, reads back as one field (RFC 4180), and one that
    // a spreadsheet would run as a formula starts with an apostrophe instead (OWASP).
    void csvCells_data()
    {
        QTest::addColumn<QString>("column"); // which PlanItem field gets the value
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell"); // the field as a spreadsheet reads it back
        QTest::addColumn<QByteArray>("written"); // and as the file holds it

        QTest::newRow("plain repository") << "repository"
                                          << "team/app"
                                          << "team/app" << QByteArray("\"team/app\"");
        QTest::newRow("digest is quoted") << "digest"
                                          << "sha256:abc"
                                          << "sha256:abc" << QByteArray("\"sha256:abc\"");
        QTest::newRow("digest with a comma") << "digest"
                                             << "sha256:a,b"
                                             << "sha256:a,b" << QByteArray("\"sha256:a,b\"");
        QTest::newRow("digest as a formula")
            << "digest"
            << "=HYPERLINK(\"http://x\")"
            << "'=HYPERLINK(\"http://x\")" << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("tag starting with +") << "tag"
                                             << "+1"
                                             << "'+1" << QByteArray("\"'+1\"");
        QTest::newRow("tag starting with -") << "tag"
                                             << "-2"
                                             << "'-2" << QByteArray("\"'-2\"");
        QTest::newRow("repository starting with @") << "repository"
                                                    << "@x/y"
                                                    << "'@x/y" << QByteArray("\"'@x/y\"");
        QTest::newRow("rule starting with a tab") << "rule"
                                                  << "\t=1"
                                                  << "'\t=1" << QByteArray("\"'\t=1\"");
        QTest::newRow("rule starting with CR") << "rule"
                                               << "\r=1"
                                               << "'\r=1" << QByteArray("\"'\r=1\"");
        QTest::newRow("rule with a line break") << "rule"
                                                << "a\r\nb"
                                                << "a\r\nb" << QByteArray("\"a\r\nb\"");
        QTest::newRow("empty tag") << "tag"
                                   << ""
                                   << "" << QByteArray(",\"\",");
    }

    void csvCells()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QFETCH(QByteArray, written);
        CleanupRules rule;
        rule.keepLast = 2;
        Plan plan = CleanupEvaluator::evaluate(rule, {}, {fixture()}, kNow);
        QVERIFY(!plan.items.isEmpty());
        plan.items.resize(1);
        PlanItem &it = plan.items[0];
        const QStringList columns {"repository", "tag", "digest", "action", "rule"};
        QVERIFY(columns.contains(column));
        if (column == QLatin1String("repository"))
            it.repository = value;
        else if (column == QLatin1String("tag"))
            it.tag = value;
        else if (column == QLatin1String("digest"))
            it.digest = value;
        else
            it.rule = value;
        const QByteArray csv = plan.toCsv();
        QVERIFY2(csv.contains(written), csv.constData());
        // Read it back as a spreadsheet would: one header, one record of ten fields.
        QList<QStringList> records;
        QStringList fields;
        QString field;
        bool quoted = false;
        const QString text = QString::fromUtf8(csv);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                    field += c, ++i;
                else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    field += c;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field, field.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                fields << field, field.clear();
                records << fields, fields.clear();
                ++i;
            } else {
                field += c;
            }
        }
        QVERIFY(!quoted);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).size(), records.at(0).size());
        QCOMPARE(records.at(1).at(columns.indexOf(column)), cell);
        // Every data field is quoted, whatever it holds.
        QVERIFY2(csv.split('\n').at(1).startsWith('"'), csv.constData());
    }

    void recheck_data()
    {
        QTest::addColumn<CleanupRules>("rules");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("reason"); // empty: still holds

        enum { None, Repushed, Immutable, PulledNow, Tagged, TagGone, PushedAgain };
        const CleanupRules old = rules([](CleanupRules &r) { r.olderThanSecs = days(30); });
        QTest::newRow("unchanged") << old << "v1.0" << int(None) << "";
        QTest::newRow("re-pushed to another digest") << old << "v1.0" << int(Repushed) << "now points to";
        QTest::newRow("became immutable") << old << "v1.0" << int(Immutable) << "immutable now";
        QTest::newRow("tag gone from the artifact") << old << "v1.0" << int(TagGone) << "no longer on";
        QTest::newRow("pulled since, keep pulled within") << rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keepPulledWithinSecs = days(7);
        }) << "v1.0" << int(PulledNow) << "rule no longer holds";
        QTest::newRow("pulled since, pulled-before filter")
            << rules([](CleanupRules &r) { r.pulledBeforeSecs = days(30); }) << "v1.0" << int(PulledNow)
            << "rule no longer holds";
        QTest::newRow("pulled since, no pull rule") << old << "v1.0" << int(PulledNow) << "";
        QTest::newRow("untagged artifact got a tag")
            << rules([](CleanupRules &r) { r.untaggedOnly = true; }) << "@a6" << int(Tagged) << "has tags now";
        QTest::newRow("untagged artifact unchanged")
            << rules([](CleanupRules &r) { r.untaggedOnly = true; }) << "@a6" << int(None) << "";
        QTest::newRow("same digest pushed again, keep-last")
            << rules([](CleanupRules &r) { r.keepLast = 1; }) << "v1.0" << int(PushedAgain) << "pushed again";
    }

    void recheck()
    {
        QFETCH(CleanupRules, rules);
        QFETCH(QString, ref);
        QFETCH(int, change);
        QFETCH(QString, reason);
        const RepositoryArtifacts repo = fixture();
        const Plan plan = CleanupEvaluator::evaluate(rules, {}, {repo}, kNow);
        const PlanItem *item = find(plan, ref);
        QVERIFY(item);
        QCOMPARE(item->action, PlanItem::Action::Remove);
        Artifact current;
        for (const Artifact &a : repo.artifacts)
            if (a.digest == item->digest)
                current = a;
        switch (change) {
        case 1:
            current = art(QStringLiteral("new"), {item->tag}, 0);
            break;
        case 2:
            current.tags[0].immutable = true;
            break;
        case 3:
            current.pullTime = current.tags[0].pullTime = daysAgo(0.5);
            break;
        case 4:
            current.tags << Tag {0, 0, QStringLiteral("new"), kNow, {}, false};
            break;
        case 5:
            current.tags[0].name = QStringLiteral("renamed");
            break;
        case 6:
            current.tags[0].pushTime = daysAgo(0.1);
            break;
        default:
            break;
        }
        const auto why = CleanupEvaluator::recheck(rules, *item, current, kNow);
        if (reason.isEmpty()) {
            QVERIFY2(!why, qPrintable(why.value_or(QString())));
        } else {
            QVERIFY(why);
            QVERIFY2(why->contains(reason), qPrintable(*why));
        }
    }

    // Prints the time to evaluate 100,000 tags already in memory; never asserts on it.
    void figure100kTags()
    {
        QList<RepositoryArtifacts> repos;
        for (int r = 0; r < 1000; ++r) {
            RepositoryArtifacts repo;
            repo.repository = QStringLiteral("proj-%1/repo-%2")
                                  .arg(r / 100, 3, 10, QLatin1Char('0'))
                                  .arg(r % 100, 3, 10, QLatin1Char('0'));
            for (int k = 0; k < 50; ++k) {
                Artifact a = art(repo.repository + QString::number(k),
                    {QStringLiteral("t%1").arg(2 * k, 5, 10, QLatin1Char('0')),
                        QStringLiteral("t%1").arg(2 * k + 1, 5, 10, QLatin1Char('0'))},
                    k * 1.5, k % 3 ? -1 : k);
                repo.artifacts << a;
            }
            repos << repo;
        }
        CleanupRules rule;
        rule.match = {"t0.*", false};
        rule.olderThanSecs = days(10);
        rule.pulledBeforeSecs = days(5);
        rule.keepLast = 10;
        rule.keep = {"t00001", false};
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const Plan plan = CleanupEvaluator::evaluate(rule, {}, repos, kNow);
        const qint64 evalMs = timer.elapsed();
        const qint64 evalCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        timer.restart();
        const QByteArray json = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
        const qint64 jsonMs = timer.elapsed();
        QCOMPARE(plan.items.size(), 100000);
        qInfo("figure: evaluating 100,000 tags in 1,000 repositories took %lld ms wall, %lld ms CPU "
              "(plan JSON: %lld ms, %lld bytes)",
            evalMs, evalCpuMs, jsonMs, qint64(json.size()));
    }
};

QTEST_GUILESS_MAIN(TestCleanupPlanForms)
#include "tst_cleanupplanforms.moc"
