// Cleanup plans against harbor-sim: plans are checked against the sim's state, execution against
// its final state, and the changed-since-plan protection against a re-push between planning and
// execution. Then berthctl plan / plan --execute / rm --plan end to end.
#include "api/HarborClient.h"
#include "BerthctlProcess.h"
#include "operations/CleanupPlanner.h"
#include "operations/PlanExecutor.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

const QDateTime kEpoch = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC); // the demo data's epoch
const QString kNow = QStringLiteral("2026-11-01T00:00:00Z");

// The candidates the sim holds for a scope: {"repo:tag" or "repo@digest" -> digest}. Index
// children and accessories are not candidates.
QMap<QString, QString> candidatesIn(const QJsonObject &state, const CleanupScope &scope)
{
    QMap<QString, QString> out;
    for (const QJsonValue &p : state.value(QStringLiteral("projects")).toArray()) {
        const QString project = p.toObject().value(QStringLiteral("name")).toString();
        for (const QJsonValue &r : p.toObject().value(QStringLiteral("repositories")).toArray()) {
            QString repo = r.toObject().value(QStringLiteral("name")).toString();
            if (!repo.startsWith(project + QLatin1Char('/')))
                repo = project + QLatin1Char('/') + repo;
            if (!scope.contains(repo))
                continue;
            const QJsonArray artifacts = r.toObject().value(QStringLiteral("artifacts")).toArray();
            QSet<QString> children;
            for (const QJsonValue &a : artifacts)
                for (const QJsonValue &c : a.toObject().value(QStringLiteral("children")).toArray())
                    children.insert(
                        c.isString() ? c.toString() : c.toObject().value(QStringLiteral("digest")).toString());
            for (const QJsonValue &a : artifacts) {
                const QJsonObject o = a.toObject();
                const QString digest = o.value(QStringLiteral("digest")).toString();
                const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
                const QJsonValue accessoryOf = o.value(QStringLiteral("accessory_of"));
                if (tags.isEmpty()
                    && (children.contains(digest)
                        || (!accessoryOf.isNull() && !accessoryOf.isUndefined() && !accessoryOf.toString().isEmpty())))
                    continue;
                if (tags.isEmpty())
                    out.insert(repo + QLatin1Char('@') + digest, digest);
                for (const QJsonValue &t : tags)
                    out.insert(repo + QLatin1Char(':') + t.toString(), digest);
            }
        }
    }
    return out;
}

QStringList removedRefs(const Plan &plan)
{
    QStringList out;
    for (int i : plan.removals())
        out << plan.items.at(i).ref();
    out.sort();
    return out;
}

} // namespace

class TestCleanupPlanner : public QObject
{
    Q_OBJECT

private:
    SimServer sim; // demo data
    SimServer gen; // --generate
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    ConnectionSettings as(const SimServer &s, const QString &user, const QString &secret) const
    {
        ConnectionSettings c;
        c.baseUrl = s.url();
        c.username = user;
        c.secret = secret;
        c.timeoutMs = 10000;
        return c;
    }
    ConnectionSettings cleaner() const { return as(sim, SimAccounts::kCleaner, SimAccounts::kCleanerSecret); }

    std::optional<Plan> makePlan(HarborClient &client, const QString &scope, const CleanupRules &rules)
    {
        CleanupPlanner planner(&client, *CleanupScope::parse(scope), rules);
        planner.setNow(kEpoch);
        planner.setConcurrency(3);
        QSignalSpy done(&planner, &CleanupPlanner::finished);
        planner.start();
        if (!done.wait(60000) || !planner.ok()) {
            qWarning() << "planning failed:" << planner.error().summary() << planner.errorMessage();
            return std::nullopt;
        }
        if (done.count() != 1)
            return std::nullopt;
        return planner.plan();
    }

    BerthctlRun cleanerCtl(QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << SimAccounts::kCleaner
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(SimAccounts::kCleanerSecret));
    }

    QString journalPath() const { return home.filePath(QStringLiteral("data/berth/journal.jsonl")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=2,repos=3,tags=20")}),
            qPrintable(gen.errorString()));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(sim.reset());
        QVERIFY(sim.clearFaults());
        QVERIFY(gen.reset());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    // --- plans against the sim's data ------------------------------------------------------

    void planListsEveryCandidate_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("removed");
        QTest::newRow("project") << "team-a" << QStringList {"team-a/backend/api:ci-101", "team-a/backend/api:ci-102"};
        QTest::newRow("repository") << "team-a/backend/api"
                                    << QStringList {"team-a/backend/api:ci-101", "team-a/backend/api:ci-102"};
        QTest::newRow("folder") << "team-a/tools/" << QStringList {};
        QTest::newRow("folder without the slash") << "team-a/tools" << QStringList {};
    }

    void planListsEveryCandidate()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, removed);
        HarborClient client(cleaner());
        CleanupRules rules;
        rules.match = {QStringLiteral("ci-.*"), false};
        rules.keepLast = 1; // among the ci tags: ci-103 stays
        const auto plan = makePlan(client, scope, rules);
        QVERIFY(plan);
        QCOMPARE(removedRefs(*plan), removed);

        // Every candidate the sim holds in that scope, exactly once, with its digest.
        const QMap<QString, QString> expected = candidatesIn(sim.state(), plan->scope);
        QVERIFY(!expected.isEmpty());
        QMap<QString, QString> listed;
        for (const PlanItem &it : plan->items)
            listed.insert(it.ref(), it.digest);
        QCOMPARE(listed, expected);
        QCOMPARE(plan->items.size(), expected.size());
        QCOMPARE(plan->totals.remove + plan->totals.keep, expected.size());
        QVERIFY(plan->computedAt.isValid());
        QCOMPARE(plan->asOf, kEpoch);
        for (const PlanItem &it : plan->items)
            if (it.tag.startsWith(QLatin1String("release-"))) {
                QVERIFY(it.immutable);
                QCOMPARE(it.ruleId, QStringLiteral("immutable"));
            }
    }

    void planDemoRules_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("removed");
        // Ages are relative to the demo epoch (--now), so these stay true.
        QTest::newRow("older than 42d") << "team-a/backend/api"
                                        << "older"
                                        << QStringList {"team-a/backend/api:ci-101", "team-a/backend/api:v1.0.0",
                                               "team-a/backend/api:v1.1.0", "team-a/backend/api@"};
        QTest::newRow("pulled before 30d, never pulled counts") << "library/alpine"
                                                                << "pulled" << QStringList {"library/alpine:3.20"};
        QTest::newRow("untagged") << "library/nginx"
                                  << "untagged" << QStringList {"library/nginx@"};
        QTest::newRow("keep-last 1 over the registry") << "*"
                                                       << "keeplast" << QStringList {};
    }

    void planDemoRules()
    {
        QFETCH(QString, scope);
        QFETCH(QString, rule);
        QFETCH(QStringList, removed);
        HarborClient client(as(sim, SimAccounts::kGlobal, SimAccounts::kGlobalSecret));
        CleanupRules rules;
        if (rule == QLatin1String("older"))
            rules.olderThanSecs = 42 * 86400;
        else if (rule == QLatin1String("pulled"))
            rules.pulledBeforeSecs = 30 * 86400;
        else if (rule == QLatin1String("untagged"))
            rules.untaggedOnly = true;
        else
            rules.keepLast = 1;
        const auto plan = makePlan(client, scope, rules);
        QVERIFY(plan);
        if (rule == QLatin1String("keeplast")) {
            // One tag per repository stays (the newest), plus immutable ones; the rest goes.
            QMap<QString, int> kept;
            for (const PlanItem &it : plan->items)
                if (it.ruleId == QLatin1String("keep_last"))
                    ++kept[it.repository];
            for (auto it = kept.cbegin(); it != kept.cend(); ++it)
                QCOMPARE(it.value(), 1);
            QVERIFY(kept.contains(QStringLiteral("team-b/service")));
            QCOMPARE(candidatesIn(sim.state(), plan->scope).size(), plan->items.size());
            return;
        }
        QStringList got = removedRefs(*plan);
        for (QString &r : got) // digests differ per data set: compare digest items by repository
            if (r.contains(QLatin1Char('@')))
                r = r.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@');
        got.sort();
        QCOMPARE(got, removed);
    }

    void planOnGeneratedData()
    {
        HarborClient client(as(gen, SimAccounts::kBench, SimAccounts::kBenchSecret));
        CleanupRules rules;
        rules.keepLast = 5;
        const auto plan = makePlan(client, QStringLiteral("*"), rules);
        QVERIFY(plan);
        QCOMPARE(plan->repositories, 6);
        QCOMPARE(plan->items.size(), 120);
        QCOMPARE(plan->totals.remove, 90);
        QCOMPARE(plan->totals.tagsRemoved, 90);
        QCOMPARE(plan->leftovers.size(), 42); // artifacts 3..9 of each repository lose both tags
        QCOMPARE(candidatesIn(gen.state(), plan->scope).size(), 120);
        for (const PlanItem &it : plan->items) {
            const int n = it.tag.mid(1).toInt();
            QCOMPARE(it.action == PlanItem::Action::Keep, n < 5);
            QCOMPARE(it.rank, n + 1); // push times strictly decrease with the index
        }
    }

    void planFailsOnAListingError()
    {
        QVERIFY(sim.addFault(QJsonObject {{"kind", "status"}, {"status", 403}, {"match", "frontend/artifacts"}}));
        HarborClient client(cleaner());
        CleanupRules rules;
        rules.untaggedOnly = true;
        CleanupPlanner planner(&client, *CleanupScope::parse(QStringLiteral("team-a")), rules);
        QSignalSpy done(&planner, &CleanupPlanner::finished);
        planner.start();
        QVERIFY(done.wait(60000));
        QVERIFY(!planner.ok());
        QCOMPARE(planner.error().kind, ApiError::Kind::Forbidden);
        QTest::qWait(200);
        QCOMPARE(done.count(), 1);
    }

    // --- execution ---------------------------------------------------------------------------

    void executeMatchesFinalState()
    {
        HarborClient client(cleaner());
        CleanupRules rules;
        rules.match = {QStringLiteral("ci-.*"), false};
        rules.keepLast = 1;
        const auto plan = makePlan(client, QStringLiteral("team-a/backend/api"), rules);
        QVERIFY(plan);
        const QStringList before = sim.tagsOf(QStringLiteral("team-a/backend/api"));
        QTemporaryDir dir;
        auto journal = std::make_shared<ActionJournal>(dir.filePath(QStringLiteral("j.jsonl")));
        PlanExecutor exec(&client, *plan, 4);
        exec.setNow(kEpoch);
        exec.setJournal(journal, {QStringLiteral("test"), {}, sim.url(), SimAccounts::kCleaner, {}});
        QSignalSpy finished(&exec, &PlanExecutor::finished);
        QSignalSpy items(&exec, &PlanExecutor::itemFinished);
        exec.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(items.count(), 2);
        QCOMPARE(exec.count(DeleteState::Deleted), 2);
        QStringList after = before;
        after.removeAll(QStringLiteral("ci-101"));
        after.removeAll(QStringLiteral("ci-102"));
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/backend/api")), after);
        // Tags were removed by digest; the artifacts stay, untagged, as the plan said.
        for (const UntaggedLeftover &l : plan->leftovers)
            QVERIFY(sim.digestsOf(QStringLiteral("team-a/backend/api")).contains(l.digest));
        QCOMPARE(plan->leftovers.size(), 2);
        const QList<JournalEntry> lines = journal->read();
        QCOMPARE(lines.size(), 2);
        for (const JournalEntry &e : lines) {
            QCOMPARE(e.state, QStringLiteral("deleted"));
            QCOMPARE(e.action, QStringLiteral("remove_tag"));
            QVERIFY(e.digest.startsWith(QLatin1String("sha256:")));
        }
    }

    void executeGeneratedKeepsNewest()
    {
        HarborClient client(as(gen, SimAccounts::kBench, SimAccounts::kBenchSecret));
        CleanupRules rules;
        rules.keepLast = 5;
        const auto plan = makePlan(client, QStringLiteral("proj-001"), rules);
        QVERIFY(plan);
        PlanExecutor exec(&client, *plan, 4);
        QSignalSpy finished(&exec, &PlanExecutor::finished);
        exec.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(exec.count(DeleteState::Deleted), 45);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(gen.tagsOf(QStringLiteral("proj-001/repo-%1").arg(r, 3, 10, QLatin1Char('0'))),
                (QStringList {"t00000", "t00001", "t00002", "t00003", "t00004"}));
        QCOMPARE(gen.tagsOf(QStringLiteral("proj-000/repo-000")).size(), 20); // outside the scope
    }

    void untaggedArtifactIsDeletedChildrenStay()
    {
        HarborClient client(as(sim, SimAccounts::kGlobal, SimAccounts::kGlobalSecret));
        CleanupRules rules;
        rules.untaggedOnly = true;
        const auto plan = makePlan(client, QStringLiteral("library/nginx"), rules);
        QVERIFY(plan);
        QCOMPARE(plan->totals.artifactsDeleted, 1);
        const QString digest = plan->items.at(plan->removals().first()).digest;
        const QStringList before = sim.digestsOf(QStringLiteral("library/nginx"));
        PlanExecutor exec(&client, *plan, 2);
        exec.setNow(kEpoch);
        QSignalSpy finished(&exec, &PlanExecutor::finished);
        exec.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(exec.count(DeleteState::Deleted), 1);
        QStringList after = before;
        after.removeAll(digest);
        QCOMPARE(sim.digestsOf(QStringLiteral("library/nginx")), after); // the index's children remain
        QCOMPARE(sim.tagsOf(QStringLiteral("library/nginx")).size(), 4);
    }

    void changedSincePlanIsNotDeleted()
    {
        HarborClient client(cleaner());
        CleanupRules rules;
        rules.match = {QStringLiteral("ci-.*"), false};
        rules.keepLast = 1;
        const auto plan = makePlan(client, QStringLiteral("team-a/backend/api"), rules);
        QVERIFY(plan);
        QCOMPARE(removedRefs(*plan), (QStringList {"team-a/backend/api:ci-101", "team-a/backend/api:ci-102"}));
        QString oldDigest;
        for (const PlanItem &it : plan->items)
            if (it.tag == QLatin1String("ci-101"))
                oldDigest = it.digest;

        // Between planning and execution, ci-101 is pushed again to a new digest.
        const QString newDigest = sim.push(QStringLiteral("team-a/backend/api"), QStringLiteral("ci-101"))
                                      .value(QStringLiteral("digest"))
                                      .toString();
        QVERIFY(!newDigest.isEmpty());
        QVERIFY(newDigest != oldDigest);
        QVERIFY(sim.clearLog());

        QTemporaryDir dir;
        auto journal = std::make_shared<ActionJournal>(dir.filePath(QStringLiteral("j.jsonl")));
        PlanExecutor exec(&client, *plan, 4);
        exec.setNow(kEpoch);
        exec.setJournal(journal, {QStringLiteral("test"), {}, sim.url(), {}, {}});
        QSignalSpy finished(&exec, &PlanExecutor::finished);
        exec.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QMap<QString, QString> states;
        for (int i = 0; i < exec.items().size(); ++i)
            states.insert(exec.items().at(i).tag, deleteStateName(exec.outcomes().at(i).state));
        QCOMPARE(states.value(QStringLiteral("ci-101")), QStringLiteral("changed_since_plan"));
        QCOMPARE(states.value(QStringLiteral("ci-102")), QStringLiteral("deleted"));

        // Nothing wrong was deleted: ci-101 is still there, on its new digest.
        const QStringList tags = sim.tagsOf(QStringLiteral("team-a/backend/api"));
        QVERIFY(tags.contains(QStringLiteral("ci-101")));
        QVERIFY(!tags.contains(QStringLiteral("ci-102")));
        QVERIFY(sim.digestsOf(QStringLiteral("team-a/backend/api")).contains(newDigest));
        int deletes = 0;
        for (const QJsonValue &v : sim.log()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("DELETE")) {
                ++deletes;
                QVERIFY(!o.value(QStringLiteral("path")).toString().contains(QLatin1String("ci-101")));
            }
        }
        QCOMPARE(deletes, 1);
        // One journal line per item, with its state.
        QStringList journaled;
        for (const JournalEntry &e : journal->read())
            journaled << e.tag + QLatin1Char('=') + e.state;
        journaled.sort();
        QCOMPARE(journaled, (QStringList {"ci-101=changed_since_plan", "ci-102=deleted"}));
    }

    // "Keep the newest 1": if the newest tag is deleted by someone else after planning, the next
    // newest must stay, even though the plan says remove.
    void newerTagDeletedSincePlanKeepsTheNextNewest()
    {
        HarborClient client(cleaner());
        CleanupRules rules;
        rules.match = {QStringLiteral("ci-.*"), false};
        rules.keepLast = 1;
        const auto plan = makePlan(client, QStringLiteral("team-a/backend/api"), rules);
        QVERIFY(plan);
        QCOMPARE(removedRefs(*plan), (QStringList {"team-a/backend/api:ci-101", "team-a/backend/api:ci-102"}));

        bool gone = false;
        ApiError deleteError;
        client.deleteTag(QStringLiteral("team-a"), QStringLiteral("backend/api"), QStringLiteral("ci-103"),
            QStringLiteral("ci-103"), this, [&](const ApiError &e) {
                deleteError = e;
                gone = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(gone, 10000);
        QVERIFY2(!deleteError, qPrintable(deleteError.summary()));
        QVERIFY(sim.clearLog());

        PlanExecutor exec(&client, *plan, 4);
        exec.setNow(kEpoch);
        QSignalSpy finished(&exec, &PlanExecutor::finished);
        exec.start();
        QVERIFY(finished.wait(60000));
        QMap<QString, QString> states;
        QString reason;
        for (int i = 0; i < exec.items().size(); ++i) {
            states.insert(exec.items().at(i).tag, deleteStateName(exec.outcomes().at(i).state));
            if (exec.items().at(i).tag == QLatin1String("ci-102"))
                reason = exec.outcomes().at(i).detail;
        }
        QCOMPARE(states.value(QStringLiteral("ci-102")), QStringLiteral("changed_since_plan"));
        QVERIFY2(reason.contains(QLatin1String("changed since the plan")), qPrintable(reason));
        QCOMPARE(states.value(QStringLiteral("ci-101")), QStringLiteral("deleted"));
        const QStringList tags = sim.tagsOf(QStringLiteral("team-a/backend/api"));
        QVERIFY(tags.contains(QStringLiteral("ci-102")));
        QVERIFY(!tags.contains(QStringLiteral("ci-101")));
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 1);
    }

    // --- berthctl ----------------------------------------------------------------------------

    void cliPlanJsonShape()
    {
        const BerthctlRun r = cleanerCtl(
            {"plan", "--json", "--match", "ci-.*", "--keep-last", "1", "--now", kNow, "team-a/backend/api"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const char *key : {"computed_at", "scope", "rules", "items", "totals"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value("scope").toString(), QStringLiteral("team-a/backend/api"));
        QVERIFY(QDateTime::fromString(o.value("computed_at").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(o.value("rules").toObject().value("keep_last").toInt(), 1);
        QStringList removed;
        for (const QJsonValue &v : o.value("items").toArray()) {
            const QJsonObject it = v.toObject();
            QCOMPARE(it.value("repository").toString(), QStringLiteral("team-a/backend/api"));
            QVERIFY(it.value("tag").isString() || it.value("tag").isNull());
            QVERIFY(it.value("digest").toString().startsWith(QLatin1String("sha256:")));
            QVERIFY(!it.value("rule").toString().isEmpty());
            if (it.value("action").toString() == QLatin1String("remove"))
                removed << it.value("tag").toString();
            else
                QCOMPARE(it.value("action").toString(), QStringLiteral("keep"));
        }
        removed.sort();
        QCOMPARE(removed, (QStringList {"ci-101", "ci-102"}));
        QCOMPARE(o.value("totals").toObject().value("remove").toInt(), 2);
        QCOMPARE(o.value("totals").toObject().value("keep").toInt(), 6);
        QVERIFY(o.value("totals").toObject().value("bytes").isDouble());
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/backend/api")).size(), 7); // a plan changes nothing
    }

    void cliPlanCsvAndText()
    {
        BerthctlRun r = cleanerCtl({"plan", "--csv", "--untagged", "team-a"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("repository,tag,digest,action,rule"));
        r = cleanerCtl({"plan", "--untagged", "team-a/backend/api"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("remove\tteam-a/backend/api@sha256:"));
        QVERIFY(r.err.contains("1 to remove"));
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("nothing to do") << QStringList {"plan", "--match", "nothing-.*", "team-a"} << 0;
        QTest::newRow("no rule") << QStringList {"plan", "team-a"} << 2;
        QTest::newRow("no scope") << QStringList {"plan", "--untagged"} << 2;
        QTest::newRow("bad duration") << QStringList {"plan", "--older-than", "30", "team-a"} << 2;
        QTest::newRow("bad regex") << QStringList {"plan", "--match", "ci-(", "team-a"} << 2;
        QTest::newRow("bad scope") << QStringList {"plan", "--untagged", "team-a/api:v1"} << 2;
        QTest::newRow("json and csv") << QStringList {"plan", "--untagged", "--json", "--csv", "team-a"} << 2;
        QTest::newRow("bad --now") << QStringList {"plan", "--untagged", "--now", "yesterday", "team-a"} << 2;
        QTest::newRow("execute without a terminal or --yes")
            << QStringList {"plan", "--untagged", "--execute", "team-a"} << 2;
        QTest::newRow("other project is forbidden") << QStringList {"plan", "--untagged", "team-b"} << 4;
        QTest::newRow("no such repository or folder") << QStringList {"plan", "--untagged", "team-a/nope"} << 5;
        QTest::newRow("rm --plan with a REF") << QStringList {"rm", "--plan", "x.json", "team-a/frontend:pr-1"} << 2;
        QTest::newRow("rm --plan, no file") << QStringList {"rm", "--plan", "/nonexistent/plan.json"} << 2;
    }

    void cliExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QVERIFY(sim.clearLog());
        const BerthctlRun r = cleanerCtl(args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 0);
    }

    void cliExecuteWithYes()
    {
        const BerthctlRun r = cleanerCtl(
            {"plan", "--json", "--match", "pr-.*", "--keep-last", "1", "--execute", "--yes", "team-a/frontend"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value("execution").toObject().value("counts").toObject().value("deleted").toInt(), 1);
        for (const QJsonValue &v : o.value("items").toArray())
            if (v.toObject().value("action").toString() == QLatin1String("remove"))
                QCOMPARE(v.toObject().value("state").toString(), QStringLiteral("deleted"));
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/frontend")), (QStringList {"main", "pr-2"}));
    }

    // Without --yes, plan --execute lists what goes and asks on the terminal; only "yes" deletes.
    void cliExecuteAsksOnTheTerminal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("tagsAfter");
        QTest::newRow("yes") << QByteArray("yes") << 0 << QStringList {"main", "pr-2"};
        QTest::newRow("no") << QByteArray("no") << 1 << QStringList {"main", "pr-1", "pr-2"};
        QTest::newRow("just Enter") << QByteArray() << 1 << QStringList {"main", "pr-1", "pr-2"};
    }

    void cliExecuteAsksOnTheTerminal()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(QStringList, tagsAfter);
        const BerthctlRun r = ctl.runOnTerminal(
            {"plan", "--match", "pr-.*", "--keep-last", "1", "--execute", "team-a/frontend", "--url",
                sim.url().toString(), "--user", "robot$team-a+cleaner", "--password-stdin"},
            SimAccounts::stdinLine(SimAccounts::kCleanerSecret) + answer + '\n');
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains("team-a/frontend:pr-1"), r.out.constData()); // the list shown first
        QVERIFY2(r.out.contains("Type 'yes' to go on"), r.out.constData());
        if (exitCode != 0)
            QVERIFY2(r.out.contains("Nothing was deleted."), r.out.constData());
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/frontend")), tagsAfter);
    }

    void cliRmPlanWithChangedItem()
    {
        const BerthctlRun planned = cleanerCtl(
            {"plan", "--json", "--match", "ci-.*", "--keep-last", "1", "--now", kNow, "team-a/backend/api"});
        QCOMPARE(planned.exitCode, 0);
        const QString file = home.filePath(QStringLiteral("plan.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(planned.out);
        }
        QVERIFY(!sim.push(QStringLiteral("team-a/backend/api"), QStringLiteral("ci-101")).isEmpty());
        QFile::remove(journalPath());

        const BerthctlRun r = cleanerCtl({"rm", "--plan", file, "--json", "--now", kNow});
        QCOMPARE(r.exitCode, 6); // an item changed since the plan
        QMap<QString, QString> states;
        for (const QJsonValue &v : r.json().object().value("items").toArray())
            if (v.toObject().value("action").toString() == QLatin1String("remove"))
                states.insert(v.toObject().value("tag").toString(), v.toObject().value("state").toString());
        QCOMPARE(states.value(QStringLiteral("ci-101")), QStringLiteral("changed_since_plan"));
        QCOMPARE(states.value(QStringLiteral("ci-102")), QStringLiteral("deleted"));
        QVERIFY(r.err.contains("changed_since_plan"));
        const QStringList tags = sim.tagsOf(QStringLiteral("team-a/backend/api"));
        QVERIFY(tags.contains(QStringLiteral("ci-101")));
        QVERIFY(!tags.contains(QStringLiteral("ci-102")));

        QFile j(journalPath());
        QVERIFY2(j.open(QIODevice::ReadOnly), qPrintable(journalPath()));
        const QByteArray journal = j.readAll();
        QVERIFY(journal.contains("\"state\":\"changed_since_plan\""));
        QVERIFY(journal.contains("\"state\":\"deleted\""));

        // The same plan again: ci-102 is gone now, ci-101 still changed; nothing is deleted.
        QVERIFY(sim.clearLog());
        const BerthctlRun again = cleanerCtl({"rm", "--plan", file, "--json", "--now", kNow});
        QCOMPARE(again.exitCode, 6);
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 0);
    }

    void cliRmPlanRejectsBadOrForeignPlans()
    {
        const QString bad = home.filePath(QStringLiteral("bad.json"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"computed_at\":\"2026-11-01T00:00:00Z\",\"scope\":\"team-a\",\"rules\":{},\"items\":[{}]}");
        }
        BerthctlRun r = cleanerCtl({"rm", "--plan", bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("items[0]"));

        const BerthctlRun planned = cleanerCtl({"plan", "--json", "--untagged", "team-a"});
        QCOMPARE(planned.exitCode, 0);
        QJsonObject o = planned.json().object();
        o.insert(QStringLiteral("registry"), QStringLiteral("https://harbor.example.com"));
        const QString foreign = home.filePath(QStringLiteral("foreign.json"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(o).toJson());
        }
        QVERIFY(sim.clearLog());
        r = cleanerCtl({"rm", "--plan", foreign});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("harbor.example.com"));
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCleanupPlanner)
#include "tst_cleanupplanner.moc"
