// berthctl plan on a plain OCI registry: the real binary against a real docker-registry
// (distribution 2.8, deletion on). Images are pushed with distinct config `created` dates, so
// --keep-last has an order to follow that differs from the tag names' and the push order; what
// --execute and rm --plan delete is checked on the server afterwards.
#include "BerthctlProcess.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

namespace {

// An image with no layers whose config says when it was made: its digest differs per date.
QByteArray imageConfig(const QString &created)
{
    return compact({{QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")}, {QStringLiteral("created"), created},
        {QStringLiteral("rootfs"),
            QJsonObject {
                {QStringLiteral("type"), QStringLiteral("layers")}, {QStringLiteral("diff_ids"), QJsonArray {}}}}});
}

QByteArray imageManifest(const QByteArray &config)
{
    return compact({{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciManifest)},
        {QStringLiteral("config"), descriptor(QString::fromLatin1(OciMediaType::OciConfig), config)},
        {QStringLiteral("layers"), QJsonArray {}}});
}

// Pushes an image made at `created` under every tag given; returns its manifest digest.
QString pushDated(const QUrl &base, const QString &repo, const QString &created, const QStringList &tags)
{
    const QByteArray config = imageConfig(created);
    const QByteArray manifest = imageManifest(config);
    bool ok = pushBlob(base, repo, config);
    for (const QString &t : tags)
        ok = ok && pushManifest(base, repo, t, manifest, OciMediaType::OciManifest);
    return ok ? sha256Digest(manifest) : QString();
}

// An artifact (empty config: no creation date), as signatures and SBOMs are pushed with a tag.
QString pushArtifact(const QUrl &base, const QString &repo, const QString &tag)
{
    const QByteArray empty = "{}";
    const QByteArray manifest = compact({{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciManifest)},
        {QStringLiteral("artifactType"), QStringLiteral("application/vnd.example.note")},
        {QStringLiteral("config"), descriptor(QString::fromLatin1(OciMediaType::OciEmpty), empty)},
        {QStringLiteral("layers"), QJsonArray {descriptor(QString::fromLatin1(OciMediaType::OciEmpty), empty)}}});
    const bool ok = pushBlob(base, repo, empty) && pushManifest(base, repo, tag, manifest, OciMediaType::OciManifest);
    return ok ? sha256Digest(manifest) : QString();
}

// An index whose first entry is an attestation (unknown/unknown), then the image for linux/amd64.
QString pushIndex(const QUrl &base, const QString &repo, const QByteArray &imageBytes,
    const QByteArray &attestationBytes, const QString &tag)
{
    QJsonObject attestation = descriptor(QString::fromLatin1(OciMediaType::OciManifest), attestationBytes);
    attestation.insert(QStringLiteral("platform"),
        QJsonObject {{QStringLiteral("os"), QStringLiteral("unknown")},
            {QStringLiteral("architecture"), QStringLiteral("unknown")}});
    QJsonObject image = descriptor(QString::fromLatin1(OciMediaType::OciManifest), imageBytes);
    image.insert(QStringLiteral("platform"),
        QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")},
            {QStringLiteral("architecture"), QStringLiteral("amd64")}});
    const QByteArray index = compact({{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciIndex)},
        {QStringLiteral("manifests"), QJsonArray {attestation, image}}});
    return pushManifest(base, repo, tag, index, OciMediaType::OciIndex) ? sha256Digest(index) : QString();
}

} // namespace

class TestPlanRegistry : public QObject
{
    Q_OBJECT

private:
    RegistryServer server;
    RegistryServer readOnly; // storage.delete.enabled: false
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};
    QMap<QString, QString> digests; // "repo:tag" -> digest

    Run plan(QStringList args)
    {
        args.prepend(QStringLiteral("plan"));
        args << QStringLiteral("--url") << server.url().toString();
        return ctl.run(args);
    }

    int manifestStatus(const QString &repo, const QString &reference)
    {
        return http("GET", server.url().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, reference))), {},
            {{"Accept", QByteArray(OciMediaType::OciManifest) + ", " + OciMediaType::OciIndex}})
            .status;
    }

    // Pushes the repository the keep-last tests share:
    //   alpha  2024-04-01            beta  2024-03-01 (nanoseconds, as Go writes them)
    //   delta + stable  2024-02-01   gamma 2024-01-01
    //   note   an artifact, no date
    // Names, push order and dates all disagree, so only `created` gives alpha, beta, ... .
    bool pushShop(const QString &repo)
    {
        const QUrl base = server.url();
        const auto keep = [&](const QString &tag, const QString &digest) {
            digests.insert(repo + QLatin1Char(':') + tag, digest);
            return !digest.isEmpty();
        };
        const QString gamma = pushDated(base, repo, QStringLiteral("2024-01-01T00:00:00Z"), {QStringLiteral("gamma")});
        const QString note = pushArtifact(base, repo, QStringLiteral("note"));
        const QString delta = pushDated(
            base, repo, QStringLiteral("2024-02-01T00:00:00Z"), {QStringLiteral("delta"), QStringLiteral("stable")});
        const QString alpha = pushDated(base, repo, QStringLiteral("2024-04-01T00:00:00Z"), {QStringLiteral("alpha")});
        const QString beta
            = pushDated(base, repo, QStringLiteral("2024-03-01T00:00:00.123456789Z"), {QStringLiteral("beta")});
        return keep(QStringLiteral("gamma"), gamma) && keep(QStringLiteral("note"), note)
            && keep(QStringLiteral("delta"), delta) && keep(QStringLiteral("stable"), delta)
            && keep(QStringLiteral("alpha"), alpha) && keep(QStringLiteral("beta"), beta);
    }

    static QMap<QString, QJsonObject> byTag(const QJsonObject &plan)
    {
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &v : plan.value(QStringLiteral("items")).toArray())
            rows.insert(v.toObject().value(QStringLiteral("tag")).toString(), v.toObject());
        return rows;
    }

    // The plan every keep-last test expects of pushShop's repository with --keep-last 2 --keep stable.
    void checkShopPlan(const QJsonObject &p, const QString &repo)
    {
        const QMap<QString, QJsonObject> rows = byTag(p);
        QCOMPARE(rows.keys(),
            QStringList({QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta"),
                QStringLiteral("gamma"), QStringLiteral("note"), QStringLiteral("stable")}));
        const auto action = [&](const char *tag) {
            return rows.value(QLatin1String(tag)).value(QStringLiteral("action")).toString();
        };
        const auto ruleId = [&](const char *tag) {
            return rows.value(QLatin1String(tag)).value(QStringLiteral("rule_id")).toString();
        };
        const auto rank
            = [&](const char *tag) { return rows.value(QLatin1String(tag)).value(QStringLiteral("rank")).toInt(); };
        // Ranked by `created`: alpha, beta, then the Feb manifest (stable before delta: equal dates,
        // name descending), gamma, and the undated artifact last.
        QCOMPARE(rank("alpha"), 1);
        QCOMPARE(rank("beta"), 2);
        QCOMPARE(rank("stable"), 3);
        QCOMPARE(rank("delta"), 4);
        QCOMPARE(rank("gamma"), 5);
        QCOMPARE(rank("note"), 6);
        QCOMPARE(ruleId("alpha"), QStringLiteral("keep_last"));
        QCOMPARE(ruleId("beta"), QStringLiteral("keep_last"));
        QCOMPARE(ruleId("stable"), QStringLiteral("keep_regex"));
        // delta: the rules alone would remove it, but its manifest carries the kept "stable".
        QCOMPARE(action("delta"), QStringLiteral("keep"));
        QCOMPARE(ruleId("delta"), QStringLiteral("shared_manifest"));
        QVERIFY2(rows.value(QStringLiteral("delta"))
                     .value(QStringLiteral("rule"))
                     .toString()
                     .contains(QStringLiteral("stable")),
            qPrintable(rows.value(QStringLiteral("delta")).value(QStringLiteral("rule")).toString()));
        QCOMPARE(action("gamma"), QStringLiteral("remove"));
        QCOMPARE(action("note"), QStringLiteral("remove"));
        QCOMPARE(action("alpha"), QStringLiteral("keep"));
        QCOMPARE(action("beta"), QStringLiteral("keep"));
        // Harbor's keys, with what a registry does not know as null; `created` as the image says.
        for (const QJsonObject &row : rows) {
            QVERIFY(row.value(QStringLiteral("project")).isNull());
            QVERIFY(row.value(QStringLiteral("push_time")).isNull());
            QVERIFY(row.value(QStringLiteral("pull_time")).isNull());
            QCOMPARE(row.value(QStringLiteral("repository")).toString(), repo);
            QCOMPARE(row.value(QStringLiteral("digest")).toString(),
                digests.value(repo + QLatin1Char(':') + row.value(QStringLiteral("tag")).toString()));
            for (const char *k : {"tag", "action", "rule", "rule_id", "immutable", "size", "rank", "sibling_tags"})
                QVERIFY2(row.contains(QLatin1String(k)), k);
        }
        QCOMPARE(rows.value(QStringLiteral("beta")).value(QStringLiteral("created")).toString(),
            QStringLiteral("2024-03-01T00:00:00.123Z"));
        QVERIFY(rows.value(QStringLiteral("note")).value(QStringLiteral("created")).isNull());
        QCOMPARE(p.value(QStringLiteral("server")).toString(), QStringLiteral("registry"));
        const QJsonObject totals = p.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("tags_removed")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("artifacts_deleted")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("artifacts_left_untagged")).toInt(), 0);
        const QString notes = QJsonDocument(p.value(QStringLiteral("notes")).toArray()).toJson();
        QVERIFY2(notes.contains(QStringLiteral("untagged manifests")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("no creation date")), qPrintable(notes));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(pushShop(QStringLiteral("shop/api")));
        QVERIFY(pushShop(QStringLiteral("shop/web")));
        QVERIFY(pushShop(QStringLiteral("solo")));

        // shop/multi: an index whose first image is the newest; two dated images beside it.
        const QString repo = QStringLiteral("multi");
        const QByteArray newest = imageManifest(imageConfig(QStringLiteral("2024-06-01T00:00:00Z")));
        QVERIFY(pushBlob(server.url(), repo, imageConfig(QStringLiteral("2024-06-01T00:00:00Z"))));
        QVERIFY(pushManifest(server.url(), repo, sha256Digest(newest), newest, OciMediaType::OciManifest));
        const QByteArray attestationConfig = imageConfig(QStringLiteral("2020-01-01T00:00:00Z"));
        const QByteArray attestation = imageManifest(attestationConfig);
        QVERIFY(pushBlob(server.url(), repo, attestationConfig));
        QVERIFY(pushManifest(server.url(), repo, sha256Digest(attestation), attestation, OciMediaType::OciManifest));
        QVERIFY(!pushIndex(server.url(), repo, newest, attestation, QStringLiteral("idx")).isEmpty());
        QVERIFY(
            !pushDated(server.url(), repo, QStringLiteral("2024-03-01T00:00:00Z"), {QStringLiteral("mid")}).isEmpty());
        QVERIFY(
            !pushDated(server.url(), repo, QStringLiteral("2024-01-01T00:00:00Z"), {QStringLiteral("old")}).isEmpty());
    }

    void cleanupTestCase()
    {
        server.stop();
        readOnly.stop();
    }

    void init() { ctl.clearTranscript(); }
    void cleanup() { ctl.printTranscriptIfFailed(); }

    // --keep-last ranks by the image config's `created`; a tag whose manifest also carries a kept
    // tag is kept with the reason; the manifest GETs are announced, and a second plan (the cache)
    // sends none.
    void keepLastByCreated()
    {
        const QStringList args {QStringLiteral("--json"), QStringLiteral("--keep-last"), QStringLiteral("2"),
            QStringLiteral("--keep"), QStringLiteral("stable"), QStringLiteral("shop/api")};
        const Run first = plan(args);
        QCOMPARE(first.exitCode, 0);
        checkShopPlan(first.json().object(), QStringLiteral("shop/api"));
        QVERIFY2(first.err.contains("reading 5 manifests"), first.err.constData());
        QVERIFY2(first.err.contains("pull rate limit"), first.err.constData());
        const Run second = plan(args);
        QCOMPARE(second.exitCode, 0);
        checkShopPlan(second.json().object(), QStringLiteral("shop/api"));
        QVERIFY2(!second.err.contains("reading"), second.err.constData());
        // Nothing was deleted by planning.
        QCOMPARE(manifestStatus(QStringLiteral("shop/api"), QStringLiteral("gamma")), 200);
    }

    // A repository without a slash is its own scope; the CSV has Harbor's columns.
    void singleNameRepositoryAndCsv()
    {
        const Run r = plan({QStringLiteral("--csv"), QStringLiteral("--keep-last"), QStringLiteral("2"),
            QStringLiteral("--keep"), QStringLiteral("stable"), QStringLiteral("solo")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.first().trimmed(),
            QByteArray("repository,tag,digest,action,rule,rule_id,immutable,size,push_time,pull_time"));
        QVERIFY2(r.out.contains("\"solo\",\"gamma\""), r.out.constData());
        QVERIFY2(r.out.contains("\"shared_manifest\""), r.out.constData());
        QCOMPARE(r.out.count("\",\"remove\",\"remove: "), 2); // action, then the rule
    }

    // Scopes as on Harbor, without projects: everything (the catalog), a folder, one repository.
    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("repositories");
        QTest::newRow("--all") << QStringLiteral("--all")
                               << QStringList {QStringLiteral("multi"), QStringLiteral("shop/api"),
                                      QStringLiteral("shop/web"), QStringLiteral("solo")};
        QTest::newRow("folder/") << QStringLiteral("shop/")
                                 << QStringList {QStringLiteral("shop/api"), QStringLiteral("shop/web")};
        QTest::newRow("folder without the slash")
            << QStringLiteral("shop") << QStringList {QStringLiteral("shop/api"), QStringLiteral("shop/web")};
        QTest::newRow("repository") << QStringLiteral("shop/web") << QStringList {QStringLiteral("shop/web")};
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, repositories);
        const Run r = plan({QStringLiteral("--json"), QStringLiteral("--keep-last"), QStringLiteral("100"), scope});
        QCOMPARE(r.exitCode, 0);
        QSet<QString> seen;
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("items")).toArray())
            seen.insert(v.toObject().value(QStringLiteral("repository")).toString());
        QStringList names = seen.values();
        names.sort();
        QCOMPARE(names, repositories);
        QCOMPARE(
            r.json().object().value(QStringLiteral("totals")).toObject().value(QStringLiteral("remove")).toInt(), 0);
    }

    // An index ranks by its first platform image's `created` (the attestation entry is skipped).
    void indexRanksByItsFirstImage()
    {
        const Run r = plan(
            {QStringLiteral("--json"), QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("multi")});
        QCOMPARE(r.exitCode, 0);
        const QMap<QString, QJsonObject> rows = byTag(r.json().object());
        QCOMPARE(rows.keys(), QStringList({QStringLiteral("idx"), QStringLiteral("mid"), QStringLiteral("old")}));
        QCOMPARE(rows.value(QStringLiteral("idx")).value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(rows.value(QStringLiteral("idx")).value(QStringLiteral("action")).toString(), QStringLiteral("keep"));
        QCOMPARE(rows.value(QStringLiteral("idx")).value(QStringLiteral("created")).toString(),
            QStringLiteral("2024-06-01T00:00:00.000Z"));
        QCOMPARE(
            rows.value(QStringLiteral("mid")).value(QStringLiteral("action")).toString(), QStringLiteral("remove"));
        QCOMPARE(
            rows.value(QStringLiteral("old")).value(QStringLiteral("action")).toString(), QStringLiteral("remove"));
    }

    // Rules on push or pull times, and --untagged, cannot be served: exit 2, nothing sent.
    void refusedRules_data()
    {
        QTest::addColumn<QStringList>("rule");
        QTest::addColumn<QByteArray>("words");
        QTest::newRow("older-than") << QStringList {QStringLiteral("--older-than"), QStringLiteral("30d")}
                                    << QByteArray("no push or pull times");
        QTest::newRow("pulled-before") << QStringList {QStringLiteral("--pulled-before"), QStringLiteral("30d")}
                                       << QByteArray("no push or pull times");
        QTest::newRow("keep-pulled-within") << QStringList {QStringLiteral("--keep-last"), QStringLiteral("1"),
            QStringLiteral("--keep-pulled-within"), QStringLiteral("7d")}
                                            << QByteArray("no push or pull times");
        QTest::newRow("untagged") << QStringList {QStringLiteral("--untagged")}
                                  << QByteArray("does not list untagged manifests");
    }

    void refusedRules()
    {
        QFETCH(QStringList, rule);
        QFETCH(QByteArray, words);
        const Run r = plan(rule << QStringLiteral("shop/api"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(words), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // rm --plan FILE: a saved plan is carried out by whole-manifest deletes; a manifest that
    // gained a tag since the plan is not deleted (changed_since_plan, exit 6).
    void removeSavedPlan()
    {
        const QString repo = QStringLiteral("shop/web");
        const Run planned = plan({QStringLiteral("--json"), QStringLiteral("--keep-last"), QStringLiteral("2"),
            QStringLiteral("--keep"), QStringLiteral("stable"), repo});
        QCOMPARE(planned.exitCode, 0);
        checkShopPlan(planned.json().object(), repo);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plan.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(planned.out);
        file.close();

        // Since the plan: a new tag on gamma's manifest. Deleting it would take "keepme" too.
        const QString gamma = digests.value(repo + QStringLiteral(":gamma"));
        const QByteArray gammaManifest = imageManifest(imageConfig(QStringLiteral("2024-01-01T00:00:00Z")));
        QCOMPARE(sha256Digest(gammaManifest), gamma);
        QVERIFY(pushManifest(server.url(), repo, QStringLiteral("keepme"), gammaManifest, OciMediaType::OciManifest));

        const Run r = ctl.run({QStringLiteral("rm"), QStringLiteral("--plan"), file.fileName(),
            QStringLiteral("--json"), QStringLiteral("--url"), server.url().toString()});
        QCOMPARE(r.exitCode, 6);
        const QMap<QString, QJsonObject> rows = byTag(r.json().object());
        QCOMPARE(
            rows.value(QStringLiteral("note")).value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
        QCOMPARE(rows.value(QStringLiteral("gamma")).value(QStringLiteral("state")).toString(),
            QStringLiteral("changed_since_plan"));
        QVERIFY2(rows.value(QStringLiteral("gamma"))
                     .value(QStringLiteral("cause"))
                     .toString()
                     .contains(QStringLiteral("keepme")),
            r.out.constData());
        // On the server: the artifact is gone, gamma's manifest and every other tag are there.
        QCOMPARE(manifestStatus(repo, digests.value(repo + QStringLiteral(":note"))), 404);
        for (const char *tag : {"alpha", "beta", "delta", "stable", "gamma", "keepme"})
            QCOMPARE(manifestStatus(repo, QLatin1String(tag)), 200);
    }

    // A registry with deletion turned off: every planned manifest ends failed with the registry's
    // cause (exit 4, as rm), accounted for in the report, and nothing is gone.
    void executeWhereDeletionIsOff()
    {
        RegistryServer::Options o;
        o.deleteEnabled = false;
        QVERIFY2(readOnly.start(o), qPrintable(readOnly.errorString()));
        const QString repo = QStringLiteral("ro/app");
        QVERIFY(!pushDated(readOnly.url(), repo, QStringLiteral("2024-02-01T00:00:00Z"), {QStringLiteral("new")})
                     .isEmpty());
        QVERIFY(!pushDated(readOnly.url(), repo, QStringLiteral("2024-01-01T00:00:00Z"), {QStringLiteral("old")})
                     .isEmpty());
        const Run r = ctl.run({QStringLiteral("plan"), QStringLiteral("--keep-last"), QStringLiteral("1"),
            QStringLiteral("--execute"), QStringLiteral("--yes"), QStringLiteral("--json"), repo,
            QStringLiteral("--url"), readOnly.url().toString()});
        QCOMPARE(r.exitCode, 4);
        const QMap<QString, QJsonObject> rows = byTag(r.json().object());
        QCOMPARE(rows.value(QStringLiteral("old")).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(rows.value(QStringLiteral("old")).value(QStringLiteral("cause")).toString(),
            QStringLiteral("registry_delete_disabled"));
        QCOMPARE(rows.value(QStringLiteral("old")).value(QStringLiteral("http_status")).toInt(), 405);
        QVERIFY2(r.err.contains("registry_delete_disabled"), r.err.constData());
        const HttpAnswer still = http("GET", readOnly.url().resolved(QUrl(QStringLiteral("/v2/ro/app/manifests/old"))),
            {}, {{"Accept", QByteArray(OciMediaType::OciManifest)}});
        QCOMPARE(still.status, 200);
    }

    // A Harbor plan is not carried out on a plain registry (and the other way round).
    void harborPlanRefused()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plan.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"berth-cleanup-plan/1","computed_at":"2024-05-01T00:00:00Z","scope":"team",
            "rules":{"keep_last":1},"items":[{"repository":"team/app","tag":"v1","action":"remove",
            "digest":"sha256:0000000000000000000000000000000000000000000000000000000000000001"}]})");
        file.close();
        const Run r = ctl.run({QStringLiteral("rm"), QStringLiteral("--plan"), file.fileName(), QStringLiteral("--url"),
            server.url().toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("made on Harbor"), r.err.constData());
    }

    // plan --execute deletes exactly the planned manifests, and nothing else.
    void executeDeletesExactlyThePlannedManifests()
    {
        const QString repo = QStringLiteral("shop/api");
        const Run r = plan(
            {QStringLiteral("--json"), QStringLiteral("--keep-last"), QStringLiteral("2"), QStringLiteral("--keep"),
                QStringLiteral("stable"), QStringLiteral("--execute"), QStringLiteral("--yes"), repo});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject p = r.json().object();
        QCOMPARE(p.value(QStringLiteral("execution")).toObject().value(QStringLiteral("counts")).toObject(),
            QJsonObject({{QStringLiteral("deleted"), 2}}));
        const QMap<QString, QJsonObject> rows = byTag(p);
        QCOMPARE(
            rows.value(QStringLiteral("gamma")).value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
        QCOMPARE(
            rows.value(QStringLiteral("note")).value(QStringLiteral("state")).toString(), QStringLiteral("deleted"));
        QVERIFY(!rows.value(QStringLiteral("delta")).contains(QStringLiteral("state")));
        for (const char *gone : {"gamma", "note"}) {
            QCOMPARE(manifestStatus(repo, QLatin1String(gone)), 404);
            QCOMPARE(manifestStatus(repo, digests.value(repo + QLatin1Char(':') + QLatin1String(gone))), 404);
        }
        for (const char *kept : {"alpha", "beta", "delta", "stable"})
            QCOMPARE(manifestStatus(repo, QLatin1String(kept)), 200);
        // The other repositories with the same images are untouched.
        QCOMPARE(manifestStatus(QStringLiteral("solo"), QStringLiteral("gamma")), 200);
    }
};

QTEST_GUILESS_MAIN(TestPlanRegistry)
#include "tst_planregistry.moc"
