// berthctl on plain OCI registries: the real binary against real docker-registry instances
// (distribution 2.8): anonymous with deletion on, htpasswd Basic with deletion off, and token auth
// with tools/oci-fixtures/token-server as the realm. Exit codes, cause ids, --json keys, and what
// is left on the server after each rm.
#include "BerthctlProcess.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

namespace {
const QString kUser = QStringLiteral("alice");
const QByteArray kPassword = "correct horse 7";

// The keys of Harbor's tag rows (RowFormat::tagJson): a plain registry's rows have the same.
const QStringList kTagKeys {QStringLiteral("digest"), QStringLiteral("immutable"),
    QStringLiteral("manifest_media_type"), QStringLiteral("media_type"), QStringLiteral("project"),
    QStringLiteral("pull_time"), QStringLiteral("push_time"), QStringLiteral("repository"), QStringLiteral("size"),
    QStringLiteral("tag")};
} // namespace

class TestBerthctlRegistry : public QObject
{
    Q_OBJECT

private:
    RegistryServer open; // anonymous, deletion on
    RegistryServer basic; // htpasswd, deletion off
    RegistryServer token; // token auth
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};
    Content content;
    QString ociDigest = sha256Digest(content.oci);
    QString dockerDigest = sha256Digest(content.docker);

    Run on(const RegistryServer &server, QStringList args, const QByteArray &password = {})
    {
        args << QStringLiteral("--url") << server.url().toString();
        if (password.isEmpty())
            return ctl.run(args);
        args << QStringLiteral("--user") << kUser << QStringLiteral("--password-stdin");
        return ctl.run(args, password + '\n');
    }

    static bool pushImage(const QUrl &base, const QString &repo, const Content &c, const QStringList &ociTags,
        const QStringList &dockerTags, const QByteArray &auth = {})
    {
        bool ok = pushBlob(base, repo, c.config, auth) && pushBlob(base, repo, c.layer, auth);
        for (const QString &t : ociTags)
            ok = ok && pushManifest(base, repo, t, c.oci, OciMediaType::OciManifest, auth);
        for (const QString &t : dockerTags)
            ok = ok && pushManifest(base, repo, t, c.docker, OciMediaType::DockerManifest, auth);
        return ok;
    }

    int manifestStatus(const RegistryServer &server, const QString &repo, const QString &reference)
    {
        // GET, not HEAD: the helper's custom request would wait for a body a HEAD never has.
        return http("GET", server.url().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, reference))), {},
            {{"Accept", OciMediaType::OciManifest}})
            .status;
    }

    // Sorted: distribution lists tags in its storage's order, not by name.
    static QStringList tagsOf(const Run &r)
    {
        QStringList tags;
        for (const QJsonValue &v : r.json().array())
            tags << v.toObject().value(QStringLiteral("tag")).toString();
        tags.sort();
        return tags;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(open.start(), qPrintable(open.errorString()));
        QVERIFY(pushImage(open.url(), QStringLiteral("team/app"), content,
            {QStringLiteral("v1"), QStringLiteral("latest"), QStringLiteral("stable")}, {QStringLiteral("docker")}));
        QVERIFY(pushImage(open.url(), QStringLiteral("team/sub/tool"), content, {QStringLiteral("v2")}, {}));
        QVERIFY(pushImage(open.url(), QStringLiteral("solo"), content, {QStringLiteral("v1")}, {}));

        RegistryServer::Options b;
        b.username = kUser;
        b.password = kPassword;
        b.deleteEnabled = false;
        QVERIFY2(basic.start(b), qPrintable(basic.errorString()));
        QVERIFY(pushImage(basic.url(), QStringLiteral("secured/app"), content, {QStringLiteral("v1")}, {},
            basicHeader(kUser, QString::fromUtf8(kPassword))));

        RegistryServer::Options t;
        t.username = kUser;
        t.password = kPassword;
        t.tokenAuth = true;
        QVERIFY2(token.start(t), qPrintable(token.errorString()));
        const RegistryServer::Result pushed = token.pushFixtures(QStringLiteral("tok"), {QStringLiteral("scratch")},
            nullptr, {QStringLiteral("--username"), kUser}, kPassword);
        QVERIFY2(pushed.ok(), pushed.output.constData());
    }

    void cleanupTestCase()
    {
        open.stop();
        basic.stop();
        token.stop();
    }

    void init() { ctl.clearTranscript(); }
    void cleanup() { ctl.printTranscriptIfFailed(); }

    // ls: repositories from the catalog, with Harbor's repository keys (null where a registry has
    // no such fact); the kind is detected, or given with --server.
    void lsRepositories_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("detected") << QStringList {};
        QTest::newRow("--server registry") << QStringList {QStringLiteral("--server"), QStringLiteral("registry")};
    }

    void lsRepositories()
    {
        QFETCH(QStringList, extra);
        const Run r = on(open, QStringList {QStringLiteral("ls"), QStringLiteral("--json")} + extra);
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            names << o.value(QStringLiteral("name")).toString();
            QVERIFY(o.value(QStringLiteral("project")).isNull());
            QVERIFY(o.value(QStringLiteral("update_time")).isNull());
        }
        QCOMPARE(
            names, (QStringList {QStringLiteral("solo"), QStringLiteral("team/app"), QStringLiteral("team/sub/tool")}));
    }

    // ls REPO: the tags, Harbor's row keys, and no digest unless --digests (one HEAD per tag).
    void lsTags_data()
    {
        QTest::addColumn<bool>("digests");
        QTest::newRow("names only") << false;
        QTest::newRow("--digests") << true;
    }

    void lsTags()
    {
        QFETCH(bool, digests);
        QStringList args {QStringLiteral("ls"), QStringLiteral("team/app"), QStringLiteral("--json")};
        if (digests)
            args << QStringLiteral("--digests");
        const Run r = on(open, args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(tagsOf(r),
            (QStringList {
                QStringLiteral("docker"), QStringLiteral("latest"), QStringLiteral("stable"), QStringLiteral("v1")}));
        for (const QJsonValue &v : r.json().array()) {
            const QJsonObject o = v.toObject();
            QStringList keys = o.keys();
            keys.sort();
            QCOMPARE(keys, kTagKeys);
            QCOMPARE(o.value(QStringLiteral("repository")).toString(), QStringLiteral("team/app"));
            QVERIFY(o.value(QStringLiteral("project")).isNull());
            QVERIFY(o.value(QStringLiteral("push_time")).isNull());
            QVERIFY(o.value(QStringLiteral("pull_time")).isNull());
            if (!digests) {
                QVERIFY(o.value(QStringLiteral("digest")).isNull());
                continue;
            }
            const bool docker = o.value(QStringLiteral("tag")).toString() == QLatin1String("docker");
            QCOMPARE(o.value(QStringLiteral("digest")).toString(), docker ? dockerDigest : ociDigest);
            QCOMPARE(o.value(QStringLiteral("size")).toInteger(), docker ? content.docker.size() : content.oci.size());
        }
    }

    // ls --all: every tag of every repository, in catalog order; a folder lists its repositories.
    void lsAllAndFolders()
    {
        const Run all = on(open, {QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QStringList refs;
        for (const QJsonValue &v : all.json().array())
            refs << v.toObject().value(QStringLiteral("repository")).toString() + QLatin1Char(':')
                    + v.toObject().value(QStringLiteral("tag")).toString();
        // Repositories in catalog order, each one's rows together; tags in the registry's order.
        QCOMPARE(refs.first(), QStringLiteral("solo:v1"));
        QCOMPARE(refs.last(), QStringLiteral("team/sub/tool:v2"));
        refs.sort();
        QCOMPARE(refs,
            (QStringList {QStringLiteral("solo:v1"), QStringLiteral("team/app:docker"),
                QStringLiteral("team/app:latest"), QStringLiteral("team/app:stable"), QStringLiteral("team/app:v1"),
                QStringLiteral("team/sub/tool:v2")}));

        const Run folder = on(open, {QStringLiteral("ls"), QStringLiteral("team/sub"), QStringLiteral("--json")});
        QCOMPARE(folder.exitCode, 0);
        QCOMPARE(folder.json().array().size(), 1);
        QCOMPARE(folder.json().array().at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("team/sub/tool"));

        const Run none = on(open, {QStringLiteral("ls"), QStringLiteral("nothing/here")});
        QCOMPARE(none.exitCode, 5);
    }

    // No project: REPO:TAG, also with a single component, which Harbor's grammar refuses: the
    // server is asked what it is before the REF is judged.
    void inspectWithoutProject_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::newRow("nested") << QStringLiteral("team/app:v1");
        QTest::newRow("one component") << QStringLiteral("solo:v1");
    }

    void inspectWithoutProject()
    {
        QFETCH(QString, ref);
        const Run r = on(open, {QStringLiteral("inspect"), ref, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(ociDigest.toLatin1()), r.out.constData());
        const Run dry = on(open, {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("--json"), ref});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(
            dry.json().array().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QCOMPARE(manifestStatus(open, ref.section(QLatin1Char(':'), 0, 0), ociDigest), 200);
    }

    // A tag alone: distribution refuses (400 DIGEST_INVALID). Exit 6, the digest command printed,
    // the other tags named, and nothing deleted: never a digest delete in its place.
    void removeTagIsRefusedAndNothingGoes()
    {
        const Run r = on(open, {QStringLiteral("rm"), QStringLiteral("team/app:v1")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("tag_delete_unsupported"), r.err.constData());
        QVERIFY2(r.err.contains(QStringLiteral("berthctl rm team/app@%1").arg(ociDigest).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("latest, stable"), r.err.constData());
        QCOMPARE(manifestStatus(open, QStringLiteral("team/app"), ociDigest), 200);
        const Run tags = on(open, {QStringLiteral("ls"), QStringLiteral("team/app"), QStringLiteral("--json")});
        QCOMPARE(tagsOf(tags).size(), 4);
    }

    // A tag that is not there: distribution's 400 would read as "cannot remove a tag alone", but
    // the answer is that there is no such tag (exit 5, worded for a registry, not for Harbor).
    void removeMissingTagIsNotFound()
    {
        const Run r = on(open, {QStringLiteral("rm"), QStringLiteral("team/app:no-such-tag")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains("not_found") && r.out.contains("already_deleted"), r.out.constData());
        QVERIFY2(!r.err.contains("tag_delete_unsupported"), r.err.constData());
        const Run ls = on(open, {QStringLiteral("ls"), QStringLiteral("no/such/repository")});
        QCOMPARE(ls.exitCode, 5);
        QVERIFY2(ls.err.contains("The registry answered 404") && !ls.err.contains("Harbor"), ls.err.constData());
    }

    // By digest: a dry run names the tags and changes nothing; the delete takes them all.
    void removeByDigest()
    {
        QVERIFY(pushImage(open.url(), QStringLiteral("gone/app"), content,
            {QStringLiteral("v1"), QStringLiteral("also")}, {QStringLiteral("keep")}));
        const QString ref = QStringLiteral("gone/app@") + ociDigest;

        const Run dry = on(open, {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("--json"), ref});
        QCOMPARE(dry.exitCode, 0);
        QJsonObject row = dry.json().array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QCOMPARE(row.value(QStringLiteral("tags")).toArray().toVariantList(),
            (QVariantList {QStringLiteral("also"), QStringLiteral("v1")}));
        QCOMPARE(manifestStatus(open, QStringLiteral("gone/app"), ociDigest), 200);

        const Run r = on(open, {QStringLiteral("rm"), QStringLiteral("--json"), ref});
        QCOMPARE(r.exitCode, 0);
        row = r.json().array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(row.value(QStringLiteral("tags")).toArray().toVariantList(),
            (QVariantList {QStringLiteral("also"), QStringLiteral("v1")}));
        QCOMPARE(manifestStatus(open, QStringLiteral("gone/app"), ociDigest), 404);
        const Run left = on(open, {QStringLiteral("ls"), QStringLiteral("gone/app"), QStringLiteral("--json")});
        QCOMPARE(tagsOf(left), QStringList {QStringLiteral("keep")});
    }

    void harborOnlyRulesAreRefused()
    {
        const Run r = on(open,
            {QStringLiteral("plan"), QStringLiteral("--older-than"), QStringLiteral("30d"), QStringLiteral("team")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no push or pull times"), r.err.constData());
    }

    // whoami: the user, and what the registry grants where it says (delete by the zero-digest probe).
    void whoami_data()
    {
        QTest::addColumn<bool>("secured");
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("deleteGranted");
        QTest::newRow("anonymous, deletion on") << false << "" << true;
        QTest::newRow("Basic user, deletion off") << true << kUser << false;
    }

    void whoami()
    {
        QFETCH(bool, secured);
        QFETCH(QString, username);
        QFETCH(bool, deleteGranted);
        const Run r = secured ? on(basic, {QStringLiteral("whoami"), QStringLiteral("--json")}, kPassword)
                              : on(open, {QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("server")).toString(), QStringLiteral("registry"));
        QCOMPARE(o.value(QStringLiteral("username")).toString(), username);
        QCOMPARE(o.value(QStringLiteral("catalog")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("pull")).toBool(false), true);
        QVERIFY(o.value(QStringLiteral("delete")).isBool());
        QCOMPARE(o.value(QStringLiteral("delete")).toBool(), deleteGranted);
        QVERIFY(o.value(QStringLiteral("push")).isNull());
    }

    // htpasswd: never silently anonymous; wrong credentials are credentials_rejected (exit 3).
    void basicCredentials_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("cause");
        QTest::newRow("none") << QByteArray() << 3 << "no_credentials";
        QTest::newRow("wrong") << QByteArray("wrong") << 3 << "credentials_rejected";
        QTest::newRow("right") << kPassword << 0 << "";
    }

    void basicCredentials()
    {
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, cause);
        const Run r
            = on(basic, {QStringLiteral("ls"), QStringLiteral("secured/app"), QStringLiteral("--json")}, password);
        QCOMPARE(r.exitCode, exitCode);
        if (!cause.isEmpty())
            QVERIFY2(r.err.startsWith(cause.toUtf8() + ": "), r.err.constData());
        else
            QCOMPARE(tagsOf(r), QStringList {QStringLiteral("v1")});
    }

    // Deletion off: every delete is 405, explained as the registry's setting (exit 4), for a
    // digest and for a tag (the digest command would be refused too, so none is offered).
    void deletionDisabled_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::newRow("digest") << QStringLiteral("secured/app@") + sha256Digest(Content().oci);
        QTest::newRow("tag") << QStringLiteral("secured/app:v1");
    }

    void deletionDisabled()
    {
        QFETCH(QString, ref);
        const Run r = on(basic, {QStringLiteral("rm"), ref}, kPassword);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("registry_delete_disabled"), r.err.constData());
        QVERIFY2(!r.err.contains("berthctl rm "), r.err.constData());
        QCOMPARE(http("GET", basic.url().resolved(QUrl(QStringLiteral("/v2/secured/app/manifests/v1"))), {},
                     {{"Authorization", basicHeader(kUser, QString::fromUtf8(kPassword))},
                         {"Accept", OciMediaType::OciManifest}})
                     .status,
            200);
    }

    // Token auth as the token server behaves: the right password gets every scope; a wrong one
    // gets 401 from the token service (credentials_rejected, exit 3); no credentials get a token
    // that grants nothing, which the registry refuses as insufficient_scope (token_denied, 4).
    void tokenAuth_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("cause");
        const QStringList lsTags {QStringLiteral("ls"), QStringLiteral("tok/scratch"), QStringLiteral("--json")};
        QTest::newRow("ls, right password") << lsTags << kPassword << 0 << "";
        QTest::newRow("ls, wrong password") << lsTags << QByteArray("wrong") << 3 << "credentials_rejected";
        QTest::newRow("ls, anonymous") << lsTags << QByteArray() << 4 << "token_denied";
        QTest::newRow("catalog, anonymous")
            << QStringList {QStringLiteral("ls")} << QByteArray() << 4 << "catalog_denied";
        QTest::newRow("login, wrong password")
            << QStringList {QStringLiteral("login")} << QByteArray("wrong") << 3 << "credentials_rejected";
    }

    void tokenAuth()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        QFETCH(QString, cause);
        const Run r = on(token, args, password);
        QCOMPARE(r.exitCode, exitCode);
        if (!cause.isEmpty())
            QVERIFY2(r.err.startsWith(cause.toUtf8() + ": "), r.err.constData());
        else
            QCOMPARE(tagsOf(r), QStringList {QStringLiteral("v1")});
    }
};

QTEST_GUILESS_MAIN(TestBerthctlRegistry)
#include "tst_berthctlregistry.moc"
