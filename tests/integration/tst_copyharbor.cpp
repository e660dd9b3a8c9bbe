// berthctl cp and tag on harbor-sim in front of a real docker-registry (--registry-backend): across
// projects over /v2/ (mount, manifest by digest, the chosen tags), an index with its children, the
// copy pulled back with skopeo, tag_exists and permission_missing refusals with nothing written,
// and a copy from Harbor to another registry whose secret is the second line of stdin.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "InspectFixtures.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"
#include "SkopeoPull.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

class TestCopyHarbor : public QObject
{
    Q_OBJECT

private:
    RegistryServer backend;
    SimServer sim;
    RegistryServer other; // another registry, htpasswd Basic
    const QByteArray otherPassword = "other-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;

    QString digestOf(const QString &name) const
    {
        return fixtures.value(name).toObject().value(QStringLiteral("digest")).toString();
    }

    Run as(const QString &user, const QString &secret, QStringList args, const QByteArray &moreStdin = {})
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << user
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(secret) + moreStdin);
    }

    // The digest `reference` names in `repository` through harbor-sim (as admin), or empty.
    QString head(const QString &repository, const QString &reference, const QUrl &url = {}, const QString &user = {},
        const QString &secret = {})
    {
        ApiTransport transport(url.isValid()
                ? settingsFor(url, user, secret)
                : settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        RegistryClient client(&transport);
        const auto h = run<RegistryClient::ManifestHead>(
            [&](auto done) { return client.headManifest(repository, reference, nullptr, done); });
        return h.error.isError() ? QString() : h.value.digest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QByteArray error;
        QVERIFY2(startRegistryWithFixtures(backend, sim, work.filePath(QStringLiteral("fx.json")), &fixtures, &error),
            error.constData());
        RegistryServer::Options o;
        o.username = QStringLiteral("bob");
        o.password = otherPassword;
        QVERIFY2(other.start(o), qPrintable(other.errorString()));
    }

    void cleanupTestCase()
    {
        sim.stop();
        backend.stop();
        other.stop();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void copyAcrossProjects()
    {
        const Run r = as(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("team-b/copied"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString digest = digestOf(QStringLiteral("oci-image"));
        QCOMPARE(r.json().object().value(QStringLiteral("digest")).toString(), digest);
        // Within one Harbor the blobs are mounted, never sent through Berth.
        const QJsonObject blobs = r.json().object().value(QStringLiteral("blobs")).toObject();
        QCOMPARE(blobs.value(QStringLiteral("uploaded")).toInt(), 0);
        QVERIFY(blobs.value(QStringLiteral("mounted")).toInt() > 0);
        QCOMPARE(head(QStringLiteral("team-b/copied"), QStringLiteral("v1")), digest);
        // Its SBOM and signature (referrers with subject) went too, by digest; Harbor answers the
        // referrers API, so no referrers tag was written beside it.
        QCOMPARE(r.json().object().value(QStringLiteral("referrers_copied")).toInt(), 2);
        for (const QString &referrer : {QStringLiteral("sbom"), QStringLiteral("signature")}) {
            QVERIFY(!digestOf(referrer).isEmpty());
            QCOMPARE(head(QStringLiteral("team-b/copied"), digestOf(referrer)), digestOf(referrer));
        }
        QVERIFY(head(QStringLiteral("team-b/copied"), RegistryClient::fallbackTag(digest)).isEmpty());
    }

    void copyIndexAcrossProjects()
    {
        const Run r = as(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/oci-index:v1"), QStringLiteral("team-b/index:prod")});
        QCOMPARE(r.exitCode, 0);
        const QString digest = digestOf(QStringLiteral("oci-index"));
        QCOMPARE(head(QStringLiteral("team-b/index"), QStringLiteral("prod")), digest);
        for (const QJsonValue &c :
            fixtures.value(QStringLiteral("oci-index")).toObject().value(QStringLiteral("manifests")).toArray()) {
            const QString child = c.toObject().value(QStringLiteral("digest")).toString();
            QCOMPARE(head(QStringLiteral("team-b/index"), child), child);
        }
    }

    // Harbor's tags API (tag:create), not a manifest PUT: the registry behind sees no manifest write.
    void tagThroughHarborApi()
    {
        const QByteArray before = backend.log();
        const Run r = as(SimAccounts::kAlice, SimAccounts::kAlicePassword,
            {QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("candidate")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("candidate")),
            digestOf(QStringLiteral("oci-image")));
        QVERIFY(!backend.log().mid(before.size()).contains("\"PUT /v2/"));
    }

    // The reader robot may read but not create tags: refused, naming tag:create, nothing added.
    void tagNotPermitted()
    {
        const Run r = as(SimAccounts::kReader, SimAccounts::kReaderSecret,
            {QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("by-reader")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("permission_missing") && r.err.contains("tag: create"), r.err.constData());
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("by-reader")).isEmpty());
    }

    void tagExistsRefused()
    {
        const QByteArray before = backend.log();
        const Run r = as(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/docker-image:v1"), QStringLiteral("team-b/copied")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("tag_exists"), r.err.constData());
        const QByteArray after = backend.log().mid(before.size());
        QVERIFY2(!after.contains("\"PUT /v2/team-b/copied/") && !after.contains("\"POST /v2/team-b/copied/"),
            after.constData());
        QCOMPARE(head(QStringLiteral("team-b/copied"), QStringLiteral("v1")), digestOf(QStringLiteral("oci-image")));
    }

    // alice is a guest of team-b: pull, no push. Refused as a permission, named.
    void pushNotPermitted()
    {
        const Run r = as(SimAccounts::kAlice, SimAccounts::kAlicePassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("team-b/alice")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("permission_missing"), r.err.constData());
        QVERIFY2(r.err.contains("push"), r.err.constData()); // the permission, named
        QVERIFY(head(QStringLiteral("team-b/alice"), QStringLiteral("v1")).isEmpty());
    }

    // Harbor to another registry: the source's secret on the first line of stdin, the target's on
    // the second; streamed, then pulled back byte-identical with skopeo.
    void toAnotherRegistryWithSecondStdinLine()
    {
        const Run r = as(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("mirror/image"),
                QStringLiteral("--to-url"), other.url().toString(), QStringLiteral("--to-user"), QStringLiteral("bob"),
                QStringLiteral("--json")},
            otherPassword + '\n');
        QCOMPARE(r.exitCode, 0);
        const QString digest = digestOf(QStringLiteral("oci-image"));
        QVERIFY(
            r.json().object().value(QStringLiteral("blobs")).toObject().value(QStringLiteral("uploaded")).toInt() > 0);
        QCOMPARE(head(QStringLiteral("mirror/image"), QStringLiteral("v1"), other.url(), QStringLiteral("bob"),
                     QString::fromUtf8(otherPassword)),
            digest);
        QCOMPARE(
            skopeoPulledDigest(QStringLiteral("docker://%1/mirror/image:v1").arg(other.hostPort()),
                work.filePath(QStringLiteral("pulled")), QStringLiteral("bob:") + QString::fromUtf8(otherPassword)),
            digest);

        // Without the second line the target has no secret: refused before anything is sent.
        const Run missing = as(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
            {QStringLiteral("cp"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("mirror/none"),
                QStringLiteral("--to-url"), other.url().toString(), QStringLiteral("--to-user"),
                QStringLiteral("bob")});
        QCOMPARE(missing.exitCode, 8);
    }
};

QTEST_GUILESS_MAIN(TestCopyHarbor)
#include "tst_copyharbor.moc"
