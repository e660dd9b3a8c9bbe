// CleanupRules: the pure semantics of cleanup plans. Each rule alone and in combination, ties in
// push time, "never pulled", immutable tags, untagged artifacts, globs and regexes, scopes,
// durations (also bad ones). The plan's JSON and CSV forms and the recheck: tst_cleanupplanforms.
#include "CleanupFixture.h"
#include "operations/CleanupEvaluator.h"

#include <QtTest>

using namespace berth;
using namespace berth::cleanupfixture;

Q_DECLARE_METATYPE(berth::CleanupRules)
Q_DECLARE_METATYPE(berth::CleanupScope::Kind)

class TestCleanupRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<CleanupRules>("rules");
        QTest::addColumn<QStringList>("expected"); // removed, sorted

        // Each rule alone.
        QTest::newRow("keep-last 2: ties broken by name, untagged not protected") << rules(
            [](CleanupRules &r) { r.keepLast = 2; }) << QStringList {"@a6", "ci-101", "stable", "v1.0", "v1.1"};
        QTest::newRow("keep-last 1: of two tags pushed together, the name sorting last stays")
            << rules([](CleanupRules &r) { r.keepLast = 1; })
            << QStringList {"@a6", "ci-101", "ci-102", "stable", "v1.0", "v1.1"};
        QTest::newRow("keep-last 4: the tie inside one artifact")
            << rules([](CleanupRules &r) { r.keepLast = 4; }) << QStringList {"@a6", "stable", "v1.0"};
        QTest::newRow("keep-last larger than the repository")
            << rules([](CleanupRules &r) { r.keepLast = 50; }) << QStringList {"@a6"};
        QTest::newRow("match regex, whole name") << rules([](CleanupRules &r) {
            r.match = {"ci-.*", false};
        }) << QStringList {"ci-101", "ci-102", "ci-103"};
        QTest::newRow("match regex is anchored") << rules([](CleanupRules &r) {
            r.match = {"ci-", false};
        }) << QStringList {};
        QTest::newRow("match regex alternation") << rules([](CleanupRules &r) {
            r.match = {"v1\\.0|stable", false};
        }) << QStringList {"stable", "v1.0"};
        QTest::newRow("match glob") << rules([](CleanupRules &r) {
            r.match = {"ci-*", true};
        }) << QStringList {"ci-101", "ci-102", "ci-103"};
        QTest::newRow("match glob with ?") << rules([](CleanupRules &r) {
            r.match = {"v1.?", true};
        }) << QStringList {"v1.0", "v1.1"};
        QTest::newRow("glob dot is literal") << rules([](CleanupRules &r) {
            r.match = {"v1.*", true};
        }) << QStringList {"v1.0", "v1.1"};
        QTest::newRow("older than 30d (push time)") << rules([](CleanupRules &r) { r.olderThanSecs = days(30); })
                                                    << QStringList {"@a6", "ci-101", "stable", "v1.0", "v1.1"};
        QTest::newRow("older than exactly 10d is not older")
            << rules([](CleanupRules &r) { r.olderThanSecs = days(10); })
            << QStringList {"@a6", "ci-101", "stable", "v1.0", "v1.1"};
        QTest::newRow("pulled before 30d: never pulled counts as oldest")
            << rules([](CleanupRules &r) { r.pulledBeforeSecs = days(30); })
            << QStringList {"@a6", "ci-101", "ci-102", "ci-103", "v1.0"};
        QTest::newRow("pulled before 36d") << rules([](CleanupRules &r) { r.pulledBeforeSecs = days(36); })
                                           << QStringList {"@a6", "ci-102", "ci-103", "v1.0"};
        QTest::newRow("untagged only") << rules([](CleanupRules &r) { r.untaggedOnly = true; }) << QStringList {"@a6"};
        QTest::newRow("media type") << rules([](CleanupRules &r) {
            r.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
        }) << QStringList {"ci-102"};
        QTest::newRow("artifact type, case-insensitive")
            << rules([](CleanupRules &r) { r.artifactType = QStringLiteral("chart"); }) << QStringList {"ci-103"};
        QTest::newRow("keep regex alone: everything else goes") << rules([](CleanupRules &r) {
            r.keep = {"v.*|stable", false};
        }) << QStringList {"@a6", "ci-101", "ci-102", "ci-103"};
        QTest::newRow("keep pulled within alone") << rules([](CleanupRules &r) { r.keepPulledWithinSecs = days(7); })
                                                  << QStringList {"@a6", "ci-101", "ci-102", "ci-103", "v1.0"};

        // Combinations: filters AND, keep rules win.
        QTest::newRow("match + keep-last ranks among the matching tags") << rules([](CleanupRules &r) {
            r.match = {"ci-.*", false};
            r.keepLast = 1;
        }) << QStringList {"ci-101", "ci-102"};
        QTest::newRow("older-than + keep-last: the newest stay even when old") << rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keepLast = 3;
        }) << QStringList {"@a6", "stable", "v1.0", "v1.1"};
        QTest::newRow("older-than + keep-last 4 (tie inside one artifact)") << rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keepLast = 4;
        }) << QStringList {"@a6", "stable", "v1.0"};
        QTest::newRow("older-than + keep regex") << rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keep = {"v.*", false};
        }) << QStringList {"@a6", "ci-101", "stable"};
        QTest::newRow("older-than + keep pulled within") << rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keepPulledWithinSecs = days(7);
        }) << QStringList {"@a6", "ci-101", "v1.0"};
        QTest::newRow("match + older-than") << rules([](CleanupRules &r) {
            r.match = {"ci-*", true};
            r.olderThanSecs = days(30);
        }) << QStringList {"ci-101"};
        QTest::newRow("match + pulled-before") << rules([](CleanupRules &r) {
            r.match = {"ci-.*", false};
            r.pulledBeforeSecs = days(30);
        }) << QStringList {"ci-101", "ci-102", "ci-103"};
        QTest::newRow("untagged + older-than, too young") << rules([](CleanupRules &r) {
            r.untaggedOnly = true;
            r.olderThanSecs = days(300);
        }) << QStringList {};
        QTest::newRow("untagged + match selects nothing") << rules([](CleanupRules &r) {
            r.untaggedOnly = true;
            r.match = {".*", false};
        }) << QStringList {};
        QTest::newRow("untagged + keep-last: digest items are not ranked") << rules([](CleanupRules &r) {
            r.untaggedOnly = true;
            r.keepLast = 10;
        }) << QStringList {"@a6"};
        QTest::newRow("untagged + keep pulled within (never pulled)") << rules([](CleanupRules &r) {
            r.untaggedOnly = true;
            r.keepPulledWithinSecs = days(365);
        }) << QStringList {"@a6"};
        QTest::newRow("immutable wins over a matching filter") << rules([](CleanupRules &r) {
            r.match = {"release-.*", false};
        }) << QStringList {};
        QTest::newRow("everything combined") << rules([](CleanupRules &r) {
            r.match = {"ci-.*|v.*|stable", false};
            r.olderThanSecs = days(5);
            r.pulledBeforeSecs = days(30);
            r.keepLast = 1;
            r.keep = {"v1\\.0", false};
            r.keepPulledWithinSecs = days(2);
        }) << QStringList {"ci-101", "ci-102"};
    }

    void decisions()
    {
        QFETCH(CleanupRules, rules);
        QFETCH(QStringList, expected);
        QVERIFY2(rules.validate().isEmpty(), qPrintable(rules.validate()));
        const Plan plan = CleanupEvaluator::evaluate(rules, {}, {fixture()}, kNow);
        QCOMPARE(removed(plan), expected);
        // Every candidate is listed exactly once: 7 tags and one digest item.
        QCOMPARE(plan.items.size(), 8);
        QCOMPARE(plan.totals.remove + plan.totals.keep, 8);
        QCOMPARE(plan.totals.remove, expected.size());
        // Immutable tags are always kept, and said so.
        const PlanItem *release = find(plan, QStringLiteral("release-1"));
        QVERIFY(release);
        QCOMPARE(release->action, PlanItem::Action::Keep);
        QCOMPARE(release->ruleId, QStringLiteral("immutable"));
        QVERIFY(release->rule.contains(QLatin1String("immutable")));
        QCOMPARE(plan.totals.immutable, 1);
        for (const PlanItem &it : plan.items)
            QVERIFY2(!it.rule.isEmpty() && !it.ruleId.isEmpty(), qPrintable(shortRef(it)));
    }

    void ruleThatDecided_data()
    {
        QTest::addColumn<CleanupRules>("rules");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("wordsContain");

        const CleanupRules combo = rules([](CleanupRules &r) {
            r.olderThanSecs = days(30);
            r.keepLast = 3;
            r.keep = {"v1\\.1", false};
        });
        QTest::newRow("removed, with the reasons") << combo << "v1.0"
                                                   << "remove"
                                                   << "pushed 100d ago (more than 30d)";
        QTest::newRow("removed, rank given") << combo << "stable"
                                             << "remove"
                                             << "not among the 3 newest tags (#5)";
        QTest::newRow("filter not met") << combo << "ci-103"
                                        << "not_matched:older_than"
                                        << "pushed 10d ago";
        QTest::newRow("keep regex") << combo << "v1.1"
                                    << "keep_regex"
                                    << "regex 'v1\\.1'";
        QTest::newRow("keep last") << combo << "ci-101"
                                   << "keep_last"
                                   << "#3 of the 3 newest";
        QTest::newRow("untagged") << combo << "@a6"
                                  << "remove"
                                  << "untagged";
        QTest::newRow("immutable") << combo << "release-1"
                                   << "immutable"
                                   << "immutable";
        QTest::newRow("never pulled, in words")
            << rules([](CleanupRules &r) { r.pulledBeforeSecs = days(30); }) << "v1.0"
            << "remove"
            << "never pulled";
        QTest::newRow("pulled recently") << rules([](CleanupRules &r) { r.pulledBeforeSecs = days(30); }) << "v1.1"
                                         << "not_matched:pulled_before"
                                         << "pulled 1d ago";
        QTest::newRow("keep pulled within")
            << rules([](CleanupRules &r) { r.keepPulledWithinSecs = days(7); }) << "stable"
            << "keep_pulled"
            << "within the last 1w";
        QTest::newRow("untagged only, a tag") << rules([](CleanupRules &r) { r.untaggedOnly = true; }) << "v1.0"
                                              << "not_matched:untagged"
                                              << "untagged artifacts only";
        QTest::newRow("match, an untagged artifact") << rules([](CleanupRules &r) {
            r.match = {"x", false};
        }) << "@a6"
                                                     << "not_matched:match"
                                                     << "untagged";
        QTest::newRow("media type") << rules([](CleanupRules &r) { r.mediaType = QStringLiteral("x/y"); }) << "v1.0"
                                    << "not_matched:media_type"
                                    << "x/y";
        QTest::newRow("no filter") << rules([](CleanupRules &r) { r.keepLast = 100; }) << "@a6"
                                   << "remove"
                                   << "untagged";
    }

    void ruleThatDecided()
    {
        QFETCH(CleanupRules, rules);
        QFETCH(QString, ref);
        QFETCH(QString, ruleId);
        QFETCH(QString, wordsContain);
        const Plan plan = CleanupEvaluator::evaluate(rules, {}, {fixture()}, kNow);
        const PlanItem *it = find(plan, ref);
        QVERIFY(it);
        QCOMPARE(it->ruleId, ruleId);
        QVERIFY2(it->rule.contains(wordsContain), qPrintable(it->rule));
    }

    void tiesAreDeterministic()
    {
        // Five tags pushed in the same second, listed in a shuffled order: the ranking and the
        // plan order depend only on push time and name.
        RepositoryArtifacts r;
        r.repository = QStringLiteral("p/r");
        const QStringList names {"b", "a", "e", "c", "d"};
        for (const QString &n : names)
            r.artifacts << art(n, {n}, 3);
        r.artifacts << art(QStringLiteral("older"), {QStringLiteral("z")}, 4);
        CleanupRules rule;
        rule.keepLast = 2;
        for (int round = 0; round < 3; ++round) {
            std::rotate(r.artifacts.begin(), r.artifacts.begin() + 1, r.artifacts.end());
            const Plan plan = CleanupEvaluator::evaluate(rule, {}, {r}, kNow);
            QStringList order;
            for (const PlanItem &it : plan.items)
                order << it.tag + QLatin1Char('#') + QString::number(it.rank);
            QCOMPARE(order, (QStringList {"e#1", "d#2", "c#3", "b#4", "a#5", "z#6"}));
            QCOMPARE(removed(plan), (QStringList {"a", "b", "c", "z"}));
        }
    }

    void unknownPushTimeCountsAsOldest()
    {
        RepositoryArtifacts r;
        r.repository = QStringLiteral("p/r");
        Artifact a = art(QStringLiteral("x"), {QStringLiteral("x")}, 1);
        a.pushTime = {};
        a.tags[0].pushTime = {};
        r.artifacts << a << art(QStringLiteral("y"), {QStringLiteral("y")}, 500);
        CleanupRules rule;
        rule.keepLast = 1;
        Plan plan = CleanupEvaluator::evaluate(rule, {}, {r}, kNow);
        QCOMPARE(removed(plan), QStringList {"x"});
        rule = {};
        rule.olderThanSecs = days(1000);
        plan = CleanupEvaluator::evaluate(rule, {}, {r}, kNow);
        QCOMPARE(removed(plan), QStringList {"x"});
    }

    void lastPullIsTheLaterOfTagAndArtifact()
    {
        // Pulled by digest yesterday, its tag never: the tag is in use.
        RepositoryArtifacts r;
        r.repository = QStringLiteral("p/r");
        Artifact a = art(QStringLiteral("x"), {QStringLiteral("x")}, 100);
        a.pullTime = daysAgo(1);
        r.artifacts << a;
        CleanupRules rule;
        rule.pulledBeforeSecs = days(30);
        QCOMPARE(removed(CleanupEvaluator::evaluate(rule, {}, {r}, kNow)), QStringList {});
        r.artifacts[0].pullTime = {};
        r.artifacts[0].tags[0].pullTime = daysAgo(2);
        QCOMPARE(removed(CleanupEvaluator::evaluate(rule, {}, {r}, kNow)), QStringList {});
        r.artifacts[0].tags[0].pullTime = daysAgo(31);
        QCOMPARE(removed(CleanupEvaluator::evaluate(rule, {}, {r}, kNow)), QStringList {"x"});
    }

    void blastRadiusAndLeftovers()
    {
        RepositoryArtifacts r;
        r.repository = QStringLiteral("p/r");
        // Both tags go: the artifact stays, untagged, and is listed as a leftover.
        r.artifacts << art(QStringLiteral("both"), {QStringLiteral("ci-1"), QStringLiteral("ci-1b")}, 50);
        // One of two goes: the sibling stays, no leftover.
        r.artifacts << art(QStringLiteral("one"), {QStringLiteral("ci-2"), QStringLiteral("prod")}, 50);
        // An untagged index with two children and a signature.
        Artifact index = art(QStringLiteral("idx"), {}, 50);
        index.size = 5000;
        index.references << ChildReference {11, digestOf(QStringLiteral("amd64")),
            {QStringLiteral("amd64"), QStringLiteral("linux"), {}, {}}}
                         << ChildReference {12, digestOf(QStringLiteral("arm64")),
                                {QStringLiteral("arm64"), QStringLiteral("linux"), QStringLiteral("v8"), {}}};
        Accessory sig;
        sig.digest = digestOf(QStringLiteral("sig"));
        sig.type = QStringLiteral("signature.cosign");
        index.accessories << sig;
        r.artifacts << index;
        CleanupRules rule;
        rule.keep = {"prod", false};
        const Plan plan = CleanupEvaluator::evaluate(rule, {}, {r}, kNow);
        QCOMPARE(removed(plan), (QStringList {QLatin1Char('@') + index.digest, "ci-1", "ci-1b", "ci-2"}));

        const PlanItem *ci2 = find(plan, QStringLiteral("ci-2"));
        QCOMPARE(ci2->blast.siblingTags, QStringList {"prod"});
        const PlanItem *idx = find(plan, QLatin1Char('@') + index.digest);
        QCOMPARE(idx->blast.children.size(), 2);
        QCOMPARE(idx->blast.children.at(1).platform, QStringLiteral("linux/arm64/v8"));
        QCOMPARE(idx->blast.accessories.size(), 1);
        QCOMPARE(idx->blast.accessories.first().type, QStringLiteral("signature.cosign"));

        QCOMPARE(plan.leftovers.size(), 1);
        QCOMPARE(plan.leftovers.first().digest, digestOf(QStringLiteral("both")));
        QCOMPARE(plan.leftovers.first().tags, (QStringList {"ci-1b", "ci-1"}));
        QCOMPARE(plan.totals.tagsRemoved, 3);
        QCOMPARE(plan.totals.artifactsDeleted, 1);
        QCOMPARE(plan.totals.bytesDeleted, qint64(5000));
        QCOMPARE(plan.totals.bytes, qint64(6000)); // the index plus the artifact left untagged
        QVERIFY(plan.totals.sizesComplete);

        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value("untagged_leftovers").toArray().size(), 1);
        for (const QJsonValue &v : json.value("items").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value("tag").isNull())
                QCOMPARE(o.value("blast_radius").toObject().value("children").toArray().size(), 2);
        }
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<CleanupScope::Kind>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QStringList>("inside");
        QTest::addColumn<QStringList>("outside");

        QTest::newRow("registry *") << "*" << true << CleanupScope::Kind::Registry << "*"
                                    << QStringList {"a/b", "c/d/e"} << QStringList {};
        QTest::newRow("registry empty") << "" << true << CleanupScope::Kind::Registry << "*" << QStringList {"a/b"}
                                        << QStringList {};
        QTest::newRow("project") << "team" << true << CleanupScope::Kind::Project << "team"
                                 << QStringList {"team/app", "team/a/b"} << QStringList {"teams/app", "other/team"};
        QTest::newRow("repository") << "team/backend/api" << true << CleanupScope::Kind::Repository
                                    << "team/backend/api" << QStringList {"team/backend/api"}
                                    << QStringList {"team/backend/api2", "team/backend/api/x", "team/backend"};
        QTest::newRow("folder") << "team/backend/" << true << CleanupScope::Kind::Folder << "team/backend/"
                                << QStringList {"team/backend/api", "team/backend/x/y"}
                                << QStringList {"team/backend", "team/backendx/api", "team/front/api"};
        QTest::newRow("tag is not a scope")
            << "team/app:v1" << false << CleanupScope::Kind::Registry << "" << QStringList {} << QStringList {};
        QTest::newRow("digest is not a scope")
            << "team/app@sha256:00" << false << CleanupScope::Kind::Registry << "" << QStringList {} << QStringList {};
        QTest::newRow("empty segment") << "team//app" << false << CleanupScope::Kind::Registry << "" << QStringList {}
                                       << QStringList {};
        QTest::newRow("wildcard inside") << "team/*" << false << CleanupScope::Kind::Registry << "" << QStringList {}
                                         << QStringList {};
    }

    void scopes()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(CleanupScope::Kind, kind);
        QFETCH(QString, canonical);
        QFETCH(QStringList, inside);
        QFETCH(QStringList, outside);
        QString error;
        const auto scope = CleanupScope::parse(text, &error);
        QCOMPARE(bool(scope), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(scope->kind, kind);
        QCOMPARE(scope->toString(), canonical);
        QCOMPARE(CleanupScope::parse(scope->toString())->toString(), canonical);
        for (const QString &r : inside)
            QVERIFY2(scope->contains(r), qPrintable(r));
        for (const QString &r : outside)
            QVERIFY2(!scope->contains(r), qPrintable(r));
    }

    void evaluationHonoursTheScope()
    {
        RepositoryArtifacts a = fixture();
        RepositoryArtifacts b = fixture();
        b.repository = QStringLiteral("other/app");
        RepositoryArtifacts c = fixture();
        c.repository = QStringLiteral("team/tools/ci");
        CleanupRules rule;
        rule.untaggedOnly = true;
        const auto count = [&](const QString &scope) {
            const Plan plan = CleanupEvaluator::evaluate(rule, *CleanupScope::parse(scope), {b, c, a}, kNow);
            QStringList repos;
            for (const PlanItem &it : plan.items)
                if (!repos.contains(it.repository))
                    repos << it.repository;
            return repos;
        };
        QCOMPARE(count(QStringLiteral("*")), (QStringList {"other/app", "team/app", "team/tools/ci"}));
        QCOMPARE(count(QStringLiteral("team")), (QStringList {"team/app", "team/tools/ci"}));
        QCOMPARE(count(QStringLiteral("team/tools/")), QStringList {"team/tools/ci"});
        QCOMPARE(count(QStringLiteral("team/app")), QStringList {"team/app"});
        // keep-last counts per repository.
        rule = {};
        rule.keepLast = 2;
        const Plan plan = CleanupEvaluator::evaluate(rule, {}, {a, b}, kNow);
        QCOMPARE(plan.totals.remove, 10);
        QCOMPARE(plan.repositories, 2);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1 = invalid
        QTest::newRow("30d") << "30d" << qint64(30 * 86400);
        QTest::newRow("12h") << "12h" << qint64(12 * 3600);
        QTest::newRow("2w") << "2w" << qint64(14 * 86400);
        QTest::newRow("90m") << "90m" << qint64(5400);
        QTest::newRow("45s") << "45s" << qint64(45);
        QTest::newRow("combined") << "1w2d3h" << qint64(9 * 86400 + 3 * 3600);
        QTest::newRow("upper case, spaces") << " 30D " << qint64(30 * 86400);
        QTest::newRow("zero") << "0d" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("no unit") << "30" << qint64(-1);
        QTest::newRow("no number") << "d" << qint64(-1);
        QTest::newRow("unknown unit") << "30y" << qint64(-1);
        QTest::newRow("negative") << "-5d" << qint64(-1);
        QTest::newRow("fraction") << "1.5d" << qint64(-1);
        QTest::newRow("inner space") << "1w 2d" << qint64(-1);
        QTest::newRow("huge") << "99999999999d" << qint64(-1);
        QTest::newRow("over 100 years") << "40000d" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto d = Cleanup::parseDuration(text, &error);
        if (seconds < 0) {
            QVERIFY(!d);
            QVERIFY(error.contains(QLatin1String("not a duration")));
            return;
        }
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(*d, seconds);
        QCOMPARE(*Cleanup::parseDuration(Cleanup::formatDuration(*d)), seconds);
    }

    void formatDuration()
    {
        QCOMPARE(Cleanup::formatDuration(days(30)), QStringLiteral("30d"));
        QCOMPARE(Cleanup::formatDuration(days(14)), QStringLiteral("2w"));
        QCOMPARE(Cleanup::formatDuration(days(1) + 3600), QStringLiteral("1d1h"));
        QCOMPARE(Cleanup::formatDuration(90), QStringLiteral("1m30s"));
    }

    void invalidRules_data()
    {
        QTest::addColumn<CleanupRules>("rules");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad match regex") << rules([](CleanupRules &r) { r.match = {"ci-(", false}; }) << "match";
        QTest::newRow("bad keep regex") << rules([](CleanupRules &r) { r.keep = {"[", false}; }) << "keep";
        QTest::newRow("negative keep-last") << rules([](CleanupRules &r) { r.keepLast = -1; }) << "keep-last";
    }

    void invalidRules()
    {
        QFETCH(CleanupRules, rules);
        QFETCH(QString, error);
        QVERIFY(rules.validate().contains(error));
    }
};

QTEST_GUILESS_MAIN(TestCleanupRules)
#include "tst_cleanuprules.moc"
