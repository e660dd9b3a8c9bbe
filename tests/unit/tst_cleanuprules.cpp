// CleanupRules: the pure semantics of cleanup plans. Each rule alone and in combination, ties in
// push time, "never pulled", immutable tags, untagged artifacts, globs and regexes, scopes,
// durations (also bad ones), the plan's JSON/CSV forms and the changed-since-plan recheck.
#include "operations/CleanupEvaluator.h"
#include "operations/CleanupPlanJson.h"

#include <ctime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace berth;

Q_DECLARE_METATYPE(berth::CleanupRules)
Q_DECLARE_METATYPE(berth::CleanupScope::Kind)

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

QDateTime daysAgo(double days)
{
    return kNow.addMSecs(qint64(-days * 86400 * 1000));
}

QString digestOf(const QString &key)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// An image artifact whose tags share its push and pull times; pulledDays < 0 = never pulled.
Artifact art(const QString &key, const QStringList &tags, double pushedDays, double pulledDays = -1)
{
    Artifact a;
    a.digest = digestOf(key);
    a.type = QStringLiteral("IMAGE");
    a.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    a.manifestMediaType = a.mediaType;
    a.size = 1000;
    a.pushTime = daysAgo(pushedDays);
    if (pulledDays >= 0)
        a.pullTime = daysAgo(pulledDays);
    for (const QString &name : tags) {
        Tag t;
        t.name = name;
        t.pushTime = a.pushTime;
        t.pullTime = a.pullTime;
        a.tags << t;
    }
    return a;
}

// team/app:
//   v1.0           pushed 100d, never pulled
//   v1.1, stable   pushed 60d, pulled 1d       (one artifact, two tags: a push-time tie)
//   ci-101         pushed 40d, pulled 35d
//   ci-102         pushed 10d, never pulled    (an OCI index)
//   ci-103         pushed 10d, never pulled    (a CHART; ties with ci-102)
//   <untagged>     pushed 200d, never pulled
//   release-1      pushed 300d, immutable
RepositoryArtifacts fixture()
{
    RepositoryArtifacts r;
    r.repository = QStringLiteral("team/app");
    r.artifacts << art(QStringLiteral("a1"), {QStringLiteral("v1.0")}, 100)
                << art(QStringLiteral("a2"), {QStringLiteral("v1.1"), QStringLiteral("stable")}, 60, 1)
                << art(QStringLiteral("a3"), {QStringLiteral("ci-101")}, 40, 35);
    Artifact index = art(QStringLiteral("a4"), {QStringLiteral("ci-102")}, 10);
    index.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    index.manifestMediaType = index.mediaType;
    r.artifacts << index;
    Artifact chart = art(QStringLiteral("a5"), {QStringLiteral("ci-103")}, 10);
    chart.type = QStringLiteral("CHART");
    r.artifacts << chart;
    r.artifacts << art(QStringLiteral("a6"), {}, 200);
    Artifact immutable = art(QStringLiteral("a7"), {QStringLiteral("release-1")}, 300);
    immutable.tags[0].immutable = true;
    r.artifacts << immutable;
    return r;
}

// "v1.0" for a tag, "@a6" for the digest item of a fixture artifact.
QString shortRef(const PlanItem &it)
{
    if (it.isTag())
        return it.tag;
    for (int i = 1; i <= 9; ++i)
        if (it.digest == digestOf(QStringLiteral("a%1").arg(i)))
            return QStringLiteral("@a%1").arg(i);
    return QLatin1Char('@') + it.digest;
}

QStringList removed(const Plan &plan)
{
    QStringList out;
    for (const PlanItem &it : plan.items)
        if (it.action == PlanItem::Action::Remove)
            out << shortRef(it);
    out.sort();
    return out;
}

const PlanItem *find(const Plan &plan, const QString &ref)
{
    for (const PlanItem &it : plan.items)
        if (shortRef(it) == ref)
            return &it;
    return nullptr;
}

CleanupRules rules(std::function<void(CleanupRules &)> f)
{
    CleanupRules r;
    f(r);
    return r;
}

qint64 days(int n)
{
    return qint64(n) * 86400;
}

} // namespace

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

QTEST_GUILESS_MAIN(TestCleanupRules)
#include "tst_cleanuprules.moc"
