// berthctl du, and the freed-after-GC keys of plan --json and rm --dry-run --json, proved with the
// real binary against a real docker-registry (distribution 2.8.2) and against harbor-sim in front
// of one: `stored` equals the blob bytes on disk, and what plan and rm say they free equals what
// the real `docker-registry garbage-collect` removes after the deletes, exactly (the approach of
// tst_storagegc, which proves the model on many plans; here the CLI's use of it).
#include "BerthctlProcess.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using Run = BerthctlRun;

namespace {

const QStringList kGroupKeys {QStringLiteral("blobs"), QStringLiteral("manifests"), QStringLiteral("name"),
    QStringLiteral("shared"), QStringLiteral("stored"), QStringLiteral("unique")};
// A Harbor project row whose quota the account may read adds Harbor's figures.
const QStringList kProjectKeys {QStringLiteral("blobs"), QStringLiteral("harbor_quota_hard"),
    QStringLiteral("harbor_quota_used"), QStringLiteral("manifests"), QStringLiteral("name"), QStringLiteral("shared"),
    QStringLiteral("stored"), QStringLiteral("unique")};

// tools/oci-fixtures pushed through harbor-sim as admin (the password through the environment).
RegistryServer::Result pushThroughSim(const QUrl &sim, const QString &prefix, const QStringList &only)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAdminPassword);
    QString url = sim.toString();
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return RegistryServer::run(QStringLiteral("python3"),
        QStringList {RegistryServer::fixturesTool(), QStringLiteral("--registry"), url, QStringLiteral("--repo"),
            prefix, QStringLiteral("--username"), SimAccounts::kAdmin, QStringLiteral("--only")}
            + only,
        180000, {}, env);
}

qint64 sumOf(const QJsonArray &rows, const QString &key)
{
    qint64 sum = 0;
    for (const QJsonValue &v : rows)
        sum += v.toObject().value(key).toInteger();
    return sum;
}

} // namespace

class TstBerthctlDu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    Run plain(const RegistryServer &server, QStringList args)
    {
        args << QStringLiteral("--url") << server.url().toString();
        return ctl.run(args, {}, 180000);
    }
    Run harbor(const SimServer &sim, QStringList args, const QString &user = SimAccounts::kAdmin,
        const QString &secret = SimAccounts::kAdminPassword)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--server")
             << QStringLiteral("harbor") << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(secret), 180000);
    }
    // The digest of REPO:v1 as berthctl ls shows it.
    static QString digestIn(const Run &ls)
    {
        for (const QJsonValue &v : ls.json().array())
            if (v.toObject().value(QStringLiteral("tag")).toString() == QLatin1String("v1"))
                return v.toObject().value(QStringLiteral("digest")).toString();
        return {};
    }
    // The artifacts a Harbor plan deletes (its removals that are not tag removals), as REPO@DIGEST.
    static QStringList artifactDeletesOf(const QJsonObject &plan)
    {
        QStringList refs;
        for (const QJsonValue &v : plan.value(QStringLiteral("items")).toArray()) {
            const QJsonObject it = v.toObject();
            if (it.value(QStringLiteral("action")).toString() == QLatin1String("remove")
                && it.value(QStringLiteral("tag")).isNull())
                refs << it.value(QStringLiteral("repository")).toString() + QLatin1Char('@')
                        + it.value(QStringLiteral("digest")).toString();
        }
        return refs;
    }
    // What rm --dry-run --json says deleting these frees, its rows added up; -1 when it failed.
    qint64 dryRunFreed(const SimServer &sim, const QStringList &refs)
    {
        const Run dry = harbor(
            sim, QStringList {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("--json")} + refs);
        return dry.exitCode == 0 ? sumOf(dry.json().array(), QStringLiteral("freed_after_gc")) : -1;
    }
    // Fixtures sharing base layers: p1 and p2 both hold oci-image and docker-image (same blobs).
    static bool pushPlain(RegistryServer &registry)
    {
        return registry
                   .pushFixtures(QStringLiteral("p1"),
                       {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index"),
                           QStringLiteral("scratch")})
                   .ok()
            && registry
                   .pushFixtures(QStringLiteral("p2"), {QStringLiteral("oci-image"), QStringLiteral("docker-image")})
                   .ok();
    }
    static qint64 measuredGc(RegistryServer &registry, QByteArray *output)
    {
        registry.stop();
        const RegistryServer::Result gc = registry.garbageCollect(false, false);
        *output = gc.output;
        return gc.ok() ? registry.storageBytes() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (RegistryServer::binaryPath().isEmpty())
            QSKIP("docker-registry is not installed");
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY(home.isValid());
    }

    void init() { ctl.clearTranscript(); }
    void cleanup() { ctl.printTranscriptIfFailed(); }

    // Anonymous, on a registry that allows it: the whole registry, then one folder.
    void duPlainRegistry()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        QVERIFY(pushPlain(registry));
        const Run all = plain(registry, {QStringLiteral("du"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const QJsonObject o = all.json().object();
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QString());
        QCOMPARE(o.value(QStringLiteral("exact")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("stored")).toInteger(), registry.storageBytes());
        QVERIFY(o.value(QStringLiteral("problems")).isArray());
        QVERIFY(!o.contains(QStringLiteral("missing")));
        const QJsonArray rows = o.value(QStringLiteral("repositories")).toArray();
        QCOMPARE(rows.size(), 6);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QStringList keys = row.keys();
            keys.sort();
            QCOMPARE(keys, kGroupKeys);
            QCOMPARE(row.value(QStringLiteral("unique")).toInteger() + row.value(QStringLiteral("shared")).toInteger(),
                row.value(QStringLiteral("stored")).toInteger());
            QVERIFY(row.value(QStringLiteral("unique")).toInteger() <= previous); // sorted by unique bytes
            previous = row.value(QStringLiteral("unique")).toInteger();
        }
        // p1/oci-image shares its layers with p2/oci-image and docker-image: not all of it is unique.
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("p1/oci-image"))
                QVERIFY(v.toObject().value(QStringLiteral("shared")).toInteger() > 0);

        const Run folder = plain(registry, {QStringLiteral("du"), QStringLiteral("p2/"), QStringLiteral("--json")});
        QCOMPARE(folder.exitCode, 0);
        const QJsonObject f = folder.json().object();
        QCOMPARE(f.value(QStringLiteral("scope")).toString(), QStringLiteral("p2/"));
        const QJsonArray p2 = f.value(QStringLiteral("repositories")).toArray();
        QCOMPARE(p2.size(), 2);
        for (const QJsonValue &v : p2)
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("p2/")));
        QVERIFY(f.value(QStringLiteral("stored")).toInteger() < o.value(QStringLiteral("stored")).toInteger());

        const Run text = plain(registry, {QStringLiteral("du")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("REPOSITORY"), text.out.constData());
        QVERIFY(text.out.contains("total"));
        QVERIFY2(text.err.contains("as far as the registry's API shows"), text.err.constData());
    }

    // plan --json says what it frees; executing it and running the real GC frees exactly that.
    void planPlainRegistry()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        QVERIFY(pushPlain(registry));
        const QStringList planArgs {
            QStringLiteral("plan"), QStringLiteral("p1"), QStringLiteral("--match"), QStringLiteral(".*")};
        const Run p = plain(registry, planArgs + QStringList {QStringLiteral("--json")});
        QCOMPARE(p.exitCode, 0);
        const QJsonObject o = p.json().object();
        QVERIFY(o.contains(QStringLiteral("items"))); // the plan object, its keys kept
        QCOMPARE(o.value(QStringLiteral("freed_exact")).toBool(), true);
        const qint64 freed = o.value(QStringLiteral("freed_after_gc")).toInteger(-1);
        QVERIFY(freed > 0);
        QVERIFY(o.value(QStringLiteral("shared_kept")).toInteger(-1) > 0); // p2 keeps the base layers
        const Run text = plain(registry, planArgs);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("after garbage collection ("), text.err.constData());

        const qint64 before = registry.storageBytes();
        const Run exec = plain(registry, planArgs + QStringList {QStringLiteral("--execute"), QStringLiteral("--yes")});
        QCOMPARE(exec.exitCode, 0);
        QVERIFY2(exec.err.contains("garbage collection runs"), exec.err.constData());
        QByteArray gc;
        const qint64 after = measuredGc(registry, &gc);
        QVERIFY2(after >= 0, gc.constData());
        QCOMPARE(before - after, freed);
    }

    // rm --dry-run rows: a blob freed by several rows counts on the first; the rows add up to what
    // the rm frees, measured after the real GC.
    void rmDryRunPlainRegistry()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        QVERIFY(pushPlain(registry));
        QStringList refs;
        for (const QString &repo :
            {QStringLiteral("p1/oci-image"), QStringLiteral("p2/oci-image"), QStringLiteral("p2/docker-image")}) {
            const QString digest = digestIn(
                plain(registry, {QStringLiteral("ls"), repo, QStringLiteral("--digests"), QStringLiteral("--json")}));
            QVERIFY(!digest.isEmpty());
            refs << repo + QLatin1Char('@') + digest;
        }
        const Run dry = plain(
            registry, QStringList {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("--json")} + refs);
        QCOMPARE(dry.exitCode, 0);
        const QJsonArray rows = dry.json().array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
            QCOMPARE(v.toObject().value(QStringLiteral("freed_exact")).toBool(), true);
        }
        const qint64 freed = sumOf(rows, QStringLiteral("freed_after_gc"));
        QVERIFY(freed > 0);

        const qint64 before = registry.storageBytes();
        const Run rm = plain(registry, QStringList {QStringLiteral("rm")} + refs);
        QCOMPARE(rm.exitCode, 0);
        QVERIFY2(rm.err.contains("registry garbage-collect"), rm.err.constData());
        QByteArray gc;
        const qint64 after = measuredGc(registry, &gc);
        QVERIFY2(after >= 0, gc.constData());
        QCOMPARE(before - after, freed);
    }

    // A Harbor plan that only removes tags deletes no manifest (the artifacts stay, untagged, and
    // the default GC keeps them): it frees nothing, exactly. Harbor's GC with "delete untagged
    // artifacts" would free the artifacts it leaves untagged: the plan says how much more, what rm
    // --dry-run says deleting those artifacts frees. A plan that removes nothing at all asks the
    // registry nothing more than --csv does.
    void planRemovingOnlyTags()
    {
        SimServer sim;
        // Generated data: every artifact tagged, so keep-last removes tags only.
        QVERIFY2(sim.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=2,tags=6"),
                     QStringLiteral("--synthetic-content")}),
            qPrintable(sim.errorString()));
        const QStringList plan {
            QStringLiteral("plan"), QStringLiteral("--all"), QStringLiteral("--keep-last"), QStringLiteral("1")};
        const Run json = harbor(sim, plan + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json().object();
        QVERIFY(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("tags_removed")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("artifacts_deleted")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("freed_after_gc")).toInteger(-1), 0);
        QCOMPARE(o.value(QStringLiteral("shared_kept")).toInteger(-1), 0);
        QCOMPARE(o.value(QStringLiteral("freed_exact")).toBool(), true);
        QStringList leftovers;
        for (const QJsonValue &v : o.value(QStringLiteral("untagged_leftovers")).toArray())
            leftovers << v.toObject().value(QStringLiteral("repository")).toString() + QLatin1Char('@')
                    + v.toObject().value(QStringLiteral("digest")).toString();
        QVERIFY(!leftovers.isEmpty());
        const qint64 more = dryRunFreed(sim, leftovers);
        QVERIFY(more > 0);
        QCOMPARE(o.value(QStringLiteral("freed_with_delete_untagged")).toInteger(-1), more);
        const Run text = harbor(sim, plan);
        QVERIFY2(text.err.contains("frees 0 B after garbage collection"), text.err.constData());
        QVERIFY2(text.err.contains("\"delete untagged artifacts\" frees"), text.err.constData());

        const QStringList nothing {
            QStringLiteral("plan"), QStringLiteral("--all"), QStringLiteral("--match"), QStringLiteral("no-such-tag")};
        QVERIFY(sim.clearLog());
        QCOMPARE(harbor(sim, nothing + QStringList {QStringLiteral("--csv")}).exitCode, 0);
        const int csvRequests = sim.requestCount(QStringLiteral("GET"));
        QVERIFY(csvRequests > 0);
        QVERIFY(sim.clearLog());
        const Run none = harbor(sim, nothing + QStringList {QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(sim.requestCount(QStringLiteral("GET")), csvRequests);
        QCOMPARE(none.json().object().value(QStringLiteral("freed_after_gc")).toInteger(-1), 0);
        QCOMPARE(none.json().object().value(QStringLiteral("freed_with_delete_untagged")).toInteger(-1), 0);
    }

    // A plan over the whole registry that deletes artifacts: the estimate reads the manifests but
    // reuses the planner's listing (no Harbor API request beyond --csv's), and frees what rm --dry-run
    // of the same artifacts (its own full scan) says they free together.
    void planOverEverythingReusesTheListing()
    {
        SimServer sim;
        QVERIFY2(sim.start({QStringLiteral("--synthetic-content")}), qPrintable(sim.errorString()));
        const auto apiGets = [&sim] {
            int n = 0;
            for (const QJsonValue &v : sim.log()) {
                const QJsonObject r = v.toObject();
                n += r.value(QStringLiteral("method")).toString() == QLatin1String("GET")
                    && r.value(QStringLiteral("path")).toString().startsWith(QLatin1String("/api/"));
            }
            return n;
        };
        const QStringList plan {
            QStringLiteral("plan"), QStringLiteral("--all"), QStringLiteral("--keep-last"), QStringLiteral("1")};
        QVERIFY(sim.clearLog());
        QCOMPARE(harbor(sim, plan + QStringList {QStringLiteral("--csv")}).exitCode, 0);
        const int csvApi = apiGets();
        QVERIFY(csvApi > 0);
        QVERIFY(sim.clearLog());
        const Run json = harbor(sim, plan + QStringList {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(apiGets(), csvApi);
        QVERIFY(sim.requestCount(QStringLiteral("GET")) > csvApi); // the manifests
        const QJsonObject o = json.json().object();
        QVERIFY(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("artifacts_deleted")).toInt() > 0);
        const QStringList refs = artifactDeletesOf(o);
        QVERIFY(!refs.isEmpty());
        QCOMPARE(o.value(QStringLiteral("freed_after_gc")).toInteger(-1), dryRunFreed(sim, refs));
        QCOMPARE(o.value(QStringLiteral("freed_exact")).toBool(), true);
    }

    // A plan over one project (or a folder) lists what it covers once: the estimate's scan reuses the
    // planner's listing there and lists only the rest of the registry; the figure is the one a
    // full scan (rm --dry-run's) gives.
    void planOverOneProjectListsItOnce_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("a project") << QStringLiteral("team-a");
        QTest::newRow("a folder") << QStringLiteral("team-a/backend/");
    }
    void planOverOneProjectListsItOnce()
    {
        QFETCH(QString, scope);
        SimServer sim;
        QVERIFY2(sim.start({QStringLiteral("--synthetic-content")}), qPrintable(sim.errorString()));
        const QStringList plan {QStringLiteral("plan"), scope, QStringLiteral("--untagged"), QStringLiteral("--json")};
        QVERIFY(sim.clearLog());
        const Run json = harbor(sim, plan);
        QCOMPARE(json.exitCode, 0);
        // Each page of an artifact listing, by count: the path and the page, whatever else the query
        // asks (the planner and the scan ask for other with_* fields); a repository listing's page
        // with its whole query (a folder's planner asks for the folder's repositories by name).
        QHash<QString, int> listings;
        bool restListed = false;
        for (const QJsonValue &v : sim.log()) {
            const QJsonObject r = v.toObject();
            const QString target = r.value(QStringLiteral("path")).toString(); // with the query
            const QString path = target.section(QLatin1Char('?'), 0, 0);
            if (r.value(QStringLiteral("method")).toString() != QLatin1String("GET"))
                continue;
            if (path.endsWith(QLatin1String("/artifacts")))
                ++listings[path + QLatin1String(" page ")
                    + QUrlQuery(target.section(QLatin1Char('?'), 1)).queryItemValue(QStringLiteral("page"))];
            else if (path.endsWith(QLatin1String("/repositories")))
                ++listings[target];
            restListed = restListed || path == QLatin1String("/api/v2.0/projects/team-b/repositories");
        }
        QVERIFY(listings.size() > 3);
        QVERIFY(restListed); // the rest of the registry is listed
        // (A folder's project is listed twice, differently: the planner asks for the folder's
        // repositories by name, the scan for all of them.)
        for (auto it = listings.cbegin(); it != listings.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 listed %2 times").arg(it.key()).arg(it.value())));
        const QJsonObject o = json.json().object();
        QVERIFY(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("artifacts_deleted")).toInt() > 0);
        const QStringList refs = artifactDeletesOf(o);
        QVERIFY(!refs.isEmpty());
        QCOMPARE(o.value(QStringLiteral("freed_after_gc")).toInteger(-1), dryRunFreed(sim, refs));
        QCOMPARE(o.value(QStringLiteral("freed_exact")).toBool(), true);
    }

    // Harbor (harbor-sim in front of docker-registry): the admin sees all (exact, stored on disk);
    // rm --dry-run rows with accessories and children add up to what the real GC frees; a project
    // robot sees one project and gets "at most".
    void harborSim()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        SimServer sim;
        QVERIFY2(sim.start({QStringLiteral("--registry-backend"), registry.url().toString()}),
            qPrintable(sim.errorString()));
        RegistryServer::Result r = pushThroughSim(sim.url(), QStringLiteral("team-a/fx"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("docker-list"),
                QStringLiteral("sbom")});
        QVERIFY2(r.ok(), r.output.constData());
        r = pushThroughSim(
            sim.url(), QStringLiteral("team-b/fx"), {QStringLiteral("oci-image"), QStringLiteral("signature")});
        QVERIFY2(r.ok(), r.output.constData());

        const Run du = harbor(sim, {QStringLiteral("du"), QStringLiteral("--json")});
        QCOMPARE(du.exitCode, 0);
        const QJsonObject o = du.json().object();
        QCOMPARE(o.value(QStringLiteral("exact")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("stored")).toInteger(), registry.storageBytes());
        const QJsonArray projects = o.value(QStringLiteral("projects")).toArray();
        QStringList names;
        qint64 quotaSum = 0;
        for (const QJsonValue &v : projects) {
            const QJsonObject row = v.toObject();
            QStringList keys = row.keys();
            keys.sort();
            QCOMPARE(keys, kProjectKeys);
            names << row.value(QStringLiteral("name")).toString();
            // Harbor counts each blob once per project, as Berth's project figure does: equal after
            // real pushes, when no push stopped halfway.
            QCOMPARE(row.value(QStringLiteral("harbor_quota_used")).toInteger(),
                row.value(QStringLiteral("stored")).toInteger());
            // The demo seed gives team-b a limit (storage_limit), team-a none.
            QCOMPARE(row.value(QStringLiteral("harbor_quota_hard")).toInteger(),
                row.value(QStringLiteral("name")).toString() == QLatin1String("team-b") ? 100000000 : -1);
            quotaSum += row.value(QStringLiteral("harbor_quota_used")).toInteger();
        }
        QVERIFY2(names.contains(QStringLiteral("team-a")) && names.contains(QStringLiteral("team-b")),
            qPrintable(names.join(QLatin1Char(','))));
        // team-a and team-b both hold oci-image: its blobs count in both quotas, once on disk.
        QCOMPARE(o.value(QStringLiteral("harbor_quota_sum")).toInteger(), quotaSum);
        QVERIFY(quotaSum > o.value(QStringLiteral("stored")).toInteger());
        const QString notes
            = o.value(QStringLiteral("harbor_notes")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("repeats")), qPrintable(notes));

        const Run inProject = harbor(sim, {QStringLiteral("du"), QStringLiteral("team-a"), QStringLiteral("--json")});
        QCOMPARE(inProject.exitCode, 0);
        for (const QJsonValue &v : inProject.json().object().value(QStringLiteral("repositories")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("name")).toString().startsWith(QLatin1String("team-a/")));

        const Run robot = harbor(
            sim, {QStringLiteral("du"), QStringLiteral("--json")}, SimAccounts::kReader, SimAccounts::kReaderSecret);
        QCOMPARE(robot.exitCode, 0);
        QCOMPARE(robot.json().object().value(QStringLiteral("exact")).toBool(true), false);
        // Without quota:read the robot gets no quota: its rows keep their keys, and a note says why.
        for (const QJsonValue &v : robot.json().object().value(QStringLiteral("projects")).toArray()) {
            QStringList keys = v.toObject().keys();
            keys.sort();
            QCOMPARE(keys, kGroupKeys);
        }
        QVERIFY(!robot.json().object().contains(QStringLiteral("harbor_quota_sum")));
        QVERIFY(robot.json()
                    .object()
                    .value(QStringLiteral("harbor_notes"))
                    .toVariant()
                    .toStringList()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("no project quota")));
        const Run robotText = harbor(sim, {QStringLiteral("du")}, SimAccounts::kReader, SimAccounts::kReaderSecret);
        QVERIFY2(robotText.err.contains("At most"), robotText.err.constData());

        QStringList refs;
        for (const QString &repo : {QStringLiteral("team-a/fx/oci-image"), QStringLiteral("team-b/fx/oci-image"),
                 QStringLiteral("team-a/fx/docker-list")}) {
            const QString digest = digestIn(harbor(sim, {QStringLiteral("ls"), repo, QStringLiteral("--json")}));
            QVERIFY2(!digest.isEmpty(), qPrintable(repo));
            refs << repo + QLatin1Char('@') + digest;
        }
        const Run dry = harbor(
            sim, QStringList {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("--json")} + refs);
        QCOMPARE(dry.exitCode, 0);
        const QJsonArray rows = dry.json().array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &v : rows)
            QCOMPARE(v.toObject().value(QStringLiteral("freed_exact")).toBool(), true);
        const qint64 freed = sumOf(rows, QStringLiteral("freed_after_gc"));
        QVERIFY(freed > 0);
        const Run dryText = harbor(sim, QStringList {QStringLiteral("rm"), QStringLiteral("--dry-run")} + refs);
        QVERIFY2(dryText.err.contains("after garbage collection ("), dryText.err.constData());

        const qint64 before = registry.storageBytes();
        const Run rm = harbor(sim, QStringList {QStringLiteral("rm")} + refs);
        QCOMPARE(rm.exitCode, 0);
        QVERIFY2(rm.err.contains("two hours"), rm.err.constData());
        QByteArray gc;
        const qint64 after = measuredGc(registry, &gc);
        QVERIFY2(after >= 0, gc.constData());
        QCOMPARE(before - after, freed);
        sim.stop();
    }

    // A push that stopped after its layers: Harbor counts the uploaded blob in the project's quota
    // though no manifest references it. du shows both figures and says why they differ; the
    // difference is exactly that blob.
    void harborQuotaCountsAnUnfinishedPush()
    {
        RegistryServer registry;
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        SimServer sim;
        QVERIFY2(sim.start({QStringLiteral("--registry-backend"), registry.url().toString()}),
            qPrintable(sim.errorString()));
        RegistryServer::Result r
            = pushThroughSim(sim.url(), QStringLiteral("team-b/fx"), {QStringLiteral("oci-image")});
        QVERIFY2(r.ok(), r.output.constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), SimAccounts::kAdminPassword);
        QString url = sim.url().toString();
        if (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        constexpr qint64 kOrphan = 70000;
        r = RegistryServer::run(QStringLiteral("python3"),
            {RegistryServer::fixturesTool(), QStringLiteral("--registry"), url, QStringLiteral("--repo"),
                QStringLiteral("team-b/fx/halfway"), QStringLiteral("--username"), SimAccounts::kAdmin,
                QStringLiteral("--orphan-blob"), QString::number(kOrphan)},
            60000, {}, env);
        QVERIFY2(r.ok(), r.output.constData());

        const Run du = harbor(sim, {QStringLiteral("du"), QStringLiteral("team-b"), QStringLiteral("--json")});
        QCOMPARE(du.exitCode, 0);
        const QJsonObject o = du.json().object();
        QCOMPARE(o.value(QStringLiteral("harbor_quota_project")).toString(), QStringLiteral("team-b"));
        const qint64 projectStored = o.value(QStringLiteral("harbor_quota_project_stored")).toInteger(-1);
        QVERIFY(projectStored > 0);
        QCOMPARE(o.value(QStringLiteral("harbor_quota_used")).toInteger(), projectStored + kOrphan);
        QCOMPARE(o.value(QStringLiteral("harbor_quota_hard")).toInteger(), 100000000); // demo seed's limit
        const QStringList notes = o.value(QStringLiteral("harbor_notes")).toVariant().toStringList();
        QVERIFY(!notes.isEmpty());
        QVERIFY2(notes.first().contains(QLatin1String("more than the blobs its manifests reference")),
            qPrintable(notes.first()));
        // The registry holds the orphan too (the real GC would remove it); Berth's stored does not.
        QCOMPARE(registry.storageBytes(), projectStored + kOrphan);

        const Run text = harbor(sim, {QStringLiteral("du"), QStringLiteral("team-b")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("harbor: Harbor's quota for team-b counts"), text.err.constData());
        const Run all = harbor(sim, {QStringLiteral("du")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.out.contains("HARBOR QUOTA"), all.out.constData());
        sim.stop();
    }
};

QTEST_MAIN(TstBerthctlDu)
#include "tst_berthctldu.moc"
