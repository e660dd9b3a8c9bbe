// undo on harbor-sim in front of a real docker-registry (--registry-backend): a whole cleanup
// plan's batch (--last), a tag removal (Harbor's tags API), an artifact delete (the manifest PUT
// back by digest through /v2/, then its tags), each pulled or looked up again; and a delete-only
// robot refused with permission_missing, naming tag:create, with nothing added; a large batch checked
// by one listing of its repository, a conflicting tag still found. A signed image: Harbor deletes
// its accessories with it (a cosign signature under its sha256-<hex>.sig tag, an SBOM naming it as
// subject, the SBOM's own signature); undo brings each back with its digest and tag, recorded as an
// accessory again, and after garbage collection names the accessories' lost blobs too.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "InspectFixtures.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SignedImageFixtures.h"
#include "SimAccounts.h"
#include "SimServer.h"
#include "SkopeoPull.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

class TestUndoHarbor : public QObject
{
    Q_OBJECT

private:
    RegistryServer backend;
    SimServer sim;
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;

    QString digestOf(const QString &name) const
    {
        return fixtures.value(name).toObject().value(QStringLiteral("digest")).toString();
    }

    Run as(const QString &user, const QString &secret, QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << user
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(secret));
    }
    Run admin(const QStringList &args) { return as(SimAccounts::kAdmin, SimAccounts::kAdminPassword, args); }
    Run adminOn(const SimServer &server, QStringList args)
    {
        args << QStringLiteral("--url") << server.url().toString() << QStringLiteral("--user") << SimAccounts::kAdmin
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(SimAccounts::kAdminPassword));
    }
    // "tag digest" of every tag in the server's one repository, sorted.
    QStringList tagDigests(const SimServer &server)
    {
        QStringList out;
        for (const QJsonValue &v :
            adminOn(server, {QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("--json")}).json().array())
            if (!v.toObject().value(QStringLiteral("tag")).toString().isEmpty())
                out << v.toObject().value(QStringLiteral("tag")).toString() + QLatin1Char(' ')
                        + v.toObject().value(QStringLiteral("digest")).toString();
        out.sort();
        return out;
    }
    static int count(const QJsonArray &log, const QString &method, const QString &pathPart)
    {
        int n = 0;
        for (const QJsonValue &v : log)
            n += v.toObject().value(QStringLiteral("method")).toString() == method
                && v.toObject().value(QStringLiteral("path")).toString().contains(pathPart);
        return n;
    }

    QString head(const QString &repository, const QString &reference)
    {
        ApiTransport transport(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        RegistryClient client(&transport);
        const auto h = run<RegistryClient::ManifestHead>(
            [&](auto done) { return client.headManifest(repository, reference, nullptr, done); });
        return h.error.isError() ? QString() : h.value.digest;
    }

    static QString journalIdOf(const Run &rm)
    {
        return rm.json().array().at(0).toObject().value(QStringLiteral("journal_id")).toString();
    }

    bool pushSigned(const QString &repo, const Signed &s)
    {
        return RegistryTest::pushSigned(
            sim.url(), repo, s, basicHeader(SimAccounts::kAdmin, SimAccounts::kAdminPassword));
    }

    // digest -> the subject harbor-sim records it as an accessory of ("" when none), in `repo`.
    QMap<QString, QString> accessoriesIn(const QString &repo)
    {
        QMap<QString, QString> out;
        for (const QJsonValue &p : sim.state().value(QStringLiteral("projects")).toArray())
            for (const QJsonValue &r : p.toObject().value(QStringLiteral("repositories")).toArray())
                if (r.toObject().value(QStringLiteral("name")).toString() == repo)
                    for (const QJsonValue &a : r.toObject().value(QStringLiteral("artifacts")).toArray())
                        out.insert(a.toObject().value(QStringLiteral("digest")).toString(),
                            a.toObject().value(QStringLiteral("accessory_of")).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QByteArray error;
        QVERIFY2(startRegistryWithFixtures(backend, sim, work.filePath(QStringLiteral("fx.json")), &fixtures, &error),
            error.constData());
    }

    void cleanupTestCase()
    {
        sim.stop();
        backend.stop();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void planBatchUndoneWithLast()
    {
        const QString image = digestOf(QStringLiteral("oci-image"));
        const QString docker = digestOf(QStringLiteral("docker-image"));
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")), image);
        const Run plan = admin(
            {QStringLiteral("plan"), QStringLiteral("--match"), QStringLiteral("v1"), QStringLiteral("team-a/fx/"),
                QStringLiteral("--execute"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QString id = plan.json().object().value(QStringLiteral("journal_id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")).isEmpty());
        QVERIFY(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")).isEmpty());

        const Run u = admin({QStringLiteral("undo"), QStringLiteral("--last"), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.json().object().value(QStringLiteral("journal_id")).toString(), id);
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")), image);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")), docker);
    }

    void tagRemovalUndone()
    {
        const QString image = digestOf(QStringLiteral("oci-image"));
        QCOMPARE(
            admin({QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("rc")}).exitCode, 0);
        const Run rm
            = admin({QStringLiteral("rm"), QStringLiteral("team-a/fx/oci-image:rc"), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("rc")).isEmpty());
        const QByteArray before = backend.log();
        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("rc")), image);
        // The artifact was still there: its tag came back through Harbor's tags API, no manifest PUT.
        QVERIFY(!backend.log().mid(before.size()).contains("\"PUT /v2/"));
    }

    void artifactDeleteUndone()
    {
        const QString docker = digestOf(QStringLiteral("docker-image"));
        const Run rm = admin(
            {QStringLiteral("rm"), QStringLiteral("team-a/fx/docker-image@") + docker, QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(head(QStringLiteral("team-a/fx/docker-image"), docker).isEmpty());
        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), docker), docker);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")), docker);
        QCOMPARE(skopeoPulledDigest(QStringLiteral("docker://%1/team-a/fx/docker-image:v1").arg(sim.url().authority()),
                     work.filePath(QStringLiteral("pulled")),
                     SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword),
            docker);
    }

    // A large batch (40 tags on 20 artifacts of one repository): the checks list the repository
    // once (Harbor's artifact list with tags) instead of a HEAD per tag and per manifest, and that
    // listing still finds a tag that now names another digest: tag_exists, nothing written; --force
    // then puts every tag back where it was. A listing refused, or announcing more pages than the
    // HEADs cost, is given up for a HEAD each, with the same outcome.
    void largeBatchCheckedByOneListing_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("heads");
        QTest::newRow("listed") << QJsonObject() << 0;
        QTest::newRow("listing refused") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("status")},
            {QStringLiteral("status"), 403}, {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("match"), QStringLiteral("/repositories/repo-000/artifacts?")}}
                                         << 60;
        QTest::newRow("listing too long") << QJsonObject {{QStringLiteral("kind"), QStringLiteral("header")},
            {QStringLiteral("name"), QStringLiteral("X-Total-Count")},
            {QStringLiteral("value"), QStringLiteral("100000")}, {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("match"), QStringLiteral("/repositories/repo-000/artifacts?")}}
                                          << 60;
    }

    void largeBatchCheckedByOneListing()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, heads);
        SimServer gen;
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=1,tags=40"),
                     QStringLiteral("--synthetic-content")}),
            qPrintable(gen.errorString()));
        const QString repo = QStringLiteral("proj-000/repo-000");
        const QStringList before = tagDigests(gen);
        QCOMPARE(before.size(), 40);
        QFile list(work.filePath(QStringLiteral("batch.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (const QString &line : before)
            list.write((repo + QLatin1Char(':') + line.section(QLatin1Char(' '), 0, 0) + QLatin1Char('\n')).toUtf8());
        list.close();
        const Run rm = adminOn(
            gen, {QStringLiteral("rm"), QStringLiteral("--from-file"), list.fileName(), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(tagDigests(gen).isEmpty());
        // Somebody puts the first tag on another artifact meanwhile.
        const QString tag = before.constFirst().section(QLatin1Char(' '), 0, 0);
        const QString was = before.constFirst().section(QLatin1Char(' '), 1);
        QString other;
        for (const QString &line : before)
            if (line.section(QLatin1Char(' '), 1) != was)
                other = line.section(QLatin1Char(' '), 1);
        QVERIFY(!other.isEmpty());
        QCOMPARE(gen.push(repo, tag, other).value(QStringLiteral("digest")).toString(), other);

        if (!fault.isEmpty())
            QVERIFY(gen.addFault(fault));
        QVERIFY(gen.clearLog());
        const Run refused = adminOn(gen, {QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("tag_exists") && refused.err.contains(other.toUtf8()), refused.err.constData());
        const QJsonArray log = gen.log();
        QCOMPARE(count(log, QStringLiteral("HEAD"), QStringLiteral("/manifests/")), heads);
        QVERIFY(count(log, QStringLiteral("GET"), QStringLiteral("/repositories/repo-000/artifacts?")) >= 1);
        QCOMPARE(count(log, QStringLiteral("POST"), QStringLiteral("/tags")), 0);
        QCOMPARE(count(log, QStringLiteral("DELETE"), QStringLiteral("/api/")), 0);

        QVERIFY(gen.clearLog());
        QCOMPARE(adminOn(gen, {QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(count(gen.log(), QStringLiteral("HEAD"), QStringLiteral("/manifests/")), heads);
        QVERIFY(gen.clearFaults());
        QCOMPARE(tagDigests(gen), before);
    }

    // Harbor deletes a signed image's accessories with it (controller.go deleteDeeply), tags and
    // all; undo puts back the image, then the signature by digest and under its cosign tag (which
    // makes Harbor record it as an accessory again), the SBOM (its subject does), and the SBOM's
    // signature: the same digests, pulled back with skopeo.
    void signedImageDeleteUndoneWithAccessories()
    {
        const QString repo = QStringLiteral("team-a/signed");
        const Signed s("signed");
        QVERIFY(pushSigned(repo, s));
        const QMap<QString, QString> before = accessoriesIn(repo);
        QCOMPARE(before.value(s.sig.digest()), s.app.digest());
        QCOMPARE(before.value(s.sbom.digest()), s.app.digest());
        QCOMPARE(before.value(s.sbomSig.digest()), s.sbom.digest());

        const Run rm
            = admin({QStringLiteral("rm"), repo + QLatin1Char('@') + s.app.digest(), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(accessoriesIn(repo).isEmpty());
        QVERIFY(head(repo, sigTag(s.app.digest())).isEmpty());
        QVERIFY(head(repo, s.sbom.digest()).isEmpty());
        // The journal names what went with it: subjects first, the signature with its cosign tag.
        const QJsonArray kept = ctl.run({QStringLiteral("history"), QStringLiteral("--json")})
                                    .json()
                                    .array()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("entries"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("accessories"))
                                    .toArray();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(2).toObject().value(QStringLiteral("subject")).toString(), s.sbom.digest());
        for (const QJsonValue &k : kept)
            if (k.toObject().value(QStringLiteral("digest")).toString() == s.sig.digest())
                QCOMPARE(k.toObject().value(QStringLiteral("tags")).toArray(), QJsonArray {sigTag(s.app.digest())});

        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(head(repo, QStringLiteral("v1")), s.app.digest());
        QCOMPARE(head(repo, sigTag(s.app.digest())), s.sig.digest());
        QCOMPARE(head(repo, s.sbom.digest()), s.sbom.digest());
        QCOMPARE(head(repo, sigTag(s.sbom.digest())), s.sbomSig.digest());
        QCOMPARE(accessoriesIn(repo), before);
        const QJsonObject item = u.json().object().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("accessory_tags_restored")).toArray().size(), 2);
        const QString creds = SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword;
        const QString base = QStringLiteral("docker://%1/%2:").arg(sim.url().authority(), repo);
        QCOMPARE(skopeoPulledDigest(base + QStringLiteral("v1"), work.filePath(QStringLiteral("signed-app")), creds),
            s.app.digest());
        QCOMPARE(skopeoPulledDigest(base + sigTag(s.app.digest()), work.filePath(QStringLiteral("signed-sig")), creds),
            s.sig.digest());
    }

    // Signed again after the delete: the cosign tag names a new signature. Undo does not overwrite
    // it (tag_exists, naming it), and writes nothing; --force puts the old signature back under it.
    void accessoryTagTakenMeanwhileNeedsForce()
    {
        const QString repo = QStringLiteral("team-a/resigned");
        const Signed s("resigned");
        QVERIFY(pushSigned(repo, s));
        const Run rm
            = admin({QStringLiteral("rm"), repo + QLatin1Char('@') + s.app.digest(), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        Blobbed again = cosignSignature(s.app.digest());
        again.blobs.last() += ' '; // another payload: another signature manifest
        again.manifest = ociManifest(again.blobs.first(), QLatin1String(OciMediaType::OciConfig),
            descriptor(QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json"), again.blobs.last()),
            again.blobs.last())
                             .manifest;
        const QByteArray auth = basicHeader(SimAccounts::kAdmin, SimAccounts::kAdminPassword);
        for (const QByteArray &blob : again.blobs)
            QVERIFY(pushBlob(sim.url(), repo, blob, auth));
        QVERIFY(pushManifest(sim.url(), repo, sigTag(s.app.digest()), again.manifest, OciMediaType::OciManifest, auth));
        QVERIFY(again.digest() != s.sig.digest());

        const Run refused = admin({QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("tag_exists") && refused.err.contains(again.digest().toUtf8()),
            refused.err.constData());
        QVERIFY(head(repo, s.app.digest()).isEmpty());
        QCOMPARE(head(repo, sigTag(s.app.digest())), again.digest());

        QCOMPARE(admin({QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(head(repo, QStringLiteral("v1")), s.app.digest());
        QCOMPARE(head(repo, sigTag(s.app.digest())), s.sig.digest());
        QCOMPARE(accessoriesIn(repo).value(s.sig.digest()), s.app.digest());
    }

    // Undo needs what the delete did not: the cleaner robot (delete only, no pull) is refused at the
    // checks, the reader robot (pull, no tag:create) at its first write, naming tag:create. The tag
    // stays gone either way.
    void accountsWithoutWritePermissionRefused()
    {
        QCOMPARE(
            admin({QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("tmp")}).exitCode,
            0);
        const Run rm = as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret,
            {QStringLiteral("rm"), QStringLiteral("team-a/fx/oci-image:tmp"), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        const Run cleaner
            = as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret, {QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(cleaner.exitCode, 4);
        const Run reader
            = as(SimAccounts::kReader, SimAccounts::kReaderSecret, {QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(reader.exitCode, 4);
        QVERIFY2(
            reader.err.contains("permission_missing") && reader.err.contains("tag:create"), reader.err.constData());
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("tmp")).isEmpty());
    }

    // Last: it collects garbage in the backend. The accessories' blobs are checked like the
    // image's: the refusal names them, and nothing is put back.
    void signedImageAfterGarbageCollectionNamesAccessoryBlobs()
    {
        const QString repo = QStringLiteral("team-a/collected");
        const Signed s("collected");
        QVERIFY(pushSigned(repo, s));
        const Run rm
            = admin({QStringLiteral("rm"), repo + QLatin1Char('@') + s.app.digest(), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        backend.stop();
        const RegistryServer::Result gc = backend.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        QVERIFY2(backend.start(), qPrintable(backend.errorString()));

        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 6);
        QVERIFY2(u.err.contains("undo_blobs_collected"), u.err.constData());
        const QJsonArray lost = u.json().object().value(QStringLiteral("lost_blobs")).toArray();
        for (const Blobbed *accessory : {&s.sig, &s.sbom, &s.sbomSig})
            QVERIFY2(lost.contains(repo + QLatin1Char('@') + sha256Digest(accessory->blobs.last())),
                qPrintable(QJsonDocument(lost).toJson()));
        QVERIFY(head(repo, s.app.digest()).isEmpty());
        QVERIFY(accessoriesIn(repo).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoHarbor)
#include "tst_undoharbor.moc"
