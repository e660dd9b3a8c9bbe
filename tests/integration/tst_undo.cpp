// undo on a real docker-registry (distribution 2.8) holding tools/oci-fixtures: a manifest delete
// (an image and an index, one batch) undone from the journal, pulled back whole with skopeo with the
// same digests and tags; a tag taken meanwhile by another digest refused without --force and moved
// back with it (also in a large batch checked by one tags/list); a signed image's signature and SBOM,
// which distribution leaves in place, resolving again once the image is back; and undo after the
// registry's real garbage-collect refused with nothing changed, still offered by --last, the history
// saying why.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SignedImageFixtures.h"
#include "SkopeoPull.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

namespace {

// Every manifest write the registry logged ("PUT /v2/<...>/manifests/").
int manifestPuts(const QByteArray &log)
{
    return int(log.count("\"PUT /v2/")) - int(log.count("\"PUT /v2/_"));
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private:
    RegistryServer a; // anonymous, deletion on
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;
    int m_layouts = 0;

    QString digestOf(const QString &name) const
    {
        return fixtures.value(QStringLiteral("fixtures"))
            .toObject()
            .value(name)
            .toObject()
            .value(QStringLiteral("digest"))
            .toString();
    }

    Run on(const RegistryServer &server, QStringList args)
    {
        args << QStringLiteral("--url") << server.url().toString();
        return ctl.run(args);
    }

    static QString head(const RegistryServer &server, const QString &repo, const QString &reference)
    {
        return headDigest(server.url(), repo, reference);
    }

    // skopeo pulls `reference` (every platform) into an OCI layout: the digest its index.json records.
    QString pulledDigest(const RegistryServer &server, const QString &reference)
    {
        return skopeoPulledDigest(QStringLiteral("docker://%1/%2").arg(server.hostPort(), reference),
            work.filePath(QString::number(++m_layouts)), {}, true);
    }

    QString rmJournalId(const RegistryServer &server, const QStringList &refs)
    {
        const Run r = on(server, QStringList {QStringLiteral("rm"), QStringLiteral("--json")} + refs);
        if (r.exitCode != 0)
            return {};
        return r.json().array().at(0).toObject().value(QStringLiteral("journal_id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        const RegistryServer::Result r = a.pushFixtures(QStringLiteral("fix"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index")}, &fixtures);
        QVERIFY2(r.ok(), r.output.constData());
    }

    void cleanupTestCase() { a.stop(); }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void undoBringsBackManifestsAndTags()
    {
        const QString image = digestOf(QStringLiteral("oci-image"));
        const QString index = digestOf(QStringLiteral("oci-index"));
        // A second tag on the image: a digest delete takes both, undo brings both.
        QCOMPARE(
            on(a, {QStringLiteral("tag"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("stable")}).exitCode, 0);
        const QString id
            = rmJournalId(a, {QStringLiteral("fix/oci-image@") + image, QStringLiteral("fix/oci-index@") + index});
        QVERIFY(!id.isEmpty());
        QVERIFY(head(a, QStringLiteral("fix/oci-image"), image).isEmpty());
        QVERIFY(head(a, QStringLiteral("fix/oci-index"), QStringLiteral("v1")).isEmpty());

        const Run history = ctl.run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonObject newest = history.json().array().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("journal_id")).toString(), id);
        QCOMPARE(newest.value(QStringLiteral("undo")).toString(), QStringLiteral("undoable"));

        // --last, and no --url: the journal names the registry (anonymous, as the deletes were).
        const Run u = ctl.run({QStringLiteral("undo"), QStringLiteral("--last"), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.json().object().value(QStringLiteral("journal_id")).toString(), id);
        QCOMPARE(head(a, QStringLiteral("fix/oci-image"), QStringLiteral("v1")), image);
        QCOMPARE(head(a, QStringLiteral("fix/oci-image"), QStringLiteral("stable")), image);
        QCOMPARE(head(a, QStringLiteral("fix/oci-index"), QStringLiteral("v1")), index);
        QCOMPARE(pulledDigest(a, QStringLiteral("fix/oci-image:stable")), image);
        QCOMPARE(pulledDigest(a, QStringLiteral("fix/oci-index:v1")), index);

        const Run after = ctl.run({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(
            after.json().array().at(0).toObject().value(QStringLiteral("undo")).toString(), QStringLiteral("undone"));
        // Nothing left to undo.
        QCOMPARE(ctl.run({QStringLiteral("undo"), QStringLiteral("--last")}).exitCode, 5);
    }

    void tagTakenMeanwhileNeedsForce()
    {
        const QString docker = digestOf(QStringLiteral("docker-image"));
        const QString other = digestOf(QStringLiteral("oci-image"));
        const QString id = rmJournalId(a, {QStringLiteral("fix/docker-image@") + docker});
        QVERIFY(!id.isEmpty());
        // Somebody pushes another image under the same tag.
        QCOMPARE(
            on(a, {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("fix/docker-image:v1")})
                .exitCode,
            0);
        const QByteArray mark = a.log();
        const Run refused = on(a, {QStringLiteral("undo"), id});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("tag_exists"), refused.err.constData());
        QCOMPARE(manifestPuts(a.log().mid(mark.size())), 0);
        QCOMPARE(head(a, QStringLiteral("fix/docker-image"), QStringLiteral("v1")), other);
        QVERIFY(head(a, QStringLiteral("fix/docker-image"), docker).isEmpty());

        const Run forced = on(a, {QStringLiteral("undo"), id, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(head(a, QStringLiteral("fix/docker-image"), QStringLiteral("v1")), docker);
        QCOMPARE(pulledDigest(a, QStringLiteral("fix/docker-image:v1")), docker);
    }

    // A large batch (one digest delete that took 12 tags): one tags/list tells which tags exist, so
    // only a tag somebody took meanwhile gets a HEAD (its digest), not every tag; that tag is still
    // refused as tag_exists with nothing written, and --force puts all 12 back.
    void largeBatchCheckedByTagsList()
    {
        const QString docker = digestOf(QStringLiteral("docker-image"));
        const QString other = digestOf(QStringLiteral("oci-image"));
        QStringList tags;
        for (int i = 0; i < 12; ++i)
            tags << QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(on(a, {QStringLiteral("cp"), QStringLiteral("fix/docker-image:v1"), QStringLiteral("fix/many:b00")})
                     .exitCode,
            0);
        for (const QString &t : tags.mid(1))
            QCOMPARE(on(a, {QStringLiteral("tag"), QStringLiteral("fix/many:b00"), t}).exitCode, 0);
        const QString id = rmJournalId(a, {QStringLiteral("fix/many@") + docker});
        QVERIFY(!id.isEmpty());
        QVERIFY(head(a, QStringLiteral("fix/many"), QStringLiteral("b00")).isEmpty());
        QCOMPARE(
            on(a, {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("fix/many:b05")}).exitCode,
            0);

        const QByteArray mark = a.log();
        const Run refused = on(a, {QStringLiteral("undo"), id});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("tag_exists") && refused.err.contains("b05"), refused.err.constData());
        const QByteArray log = a.log().mid(mark.size());
        QCOMPARE(int(log.count("\"HEAD /v2/fix/many/manifests/b")), 1);
        QCOMPARE(int(log.count("\"GET /v2/fix/many/tags/list")), 1);
        QCOMPARE(int(log.count("\"HEAD /v2/fix/many/manifests/b05 ")), 1);
        QCOMPARE(manifestPuts(log), 0);
        QCOMPARE(head(a, QStringLiteral("fix/many"), QStringLiteral("b05")), other);

        QCOMPARE(on(a, {QStringLiteral("undo"), id, QStringLiteral("--force")}).exitCode, 0);
        for (const QString &t : std::as_const(tags))
            QCOMPARE(head(a, QStringLiteral("fix/many"), t), docker);
    }

    void credentialsGoOnlyToTheirRegistry()
    {
        RegistryServer other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        const QString digest = digestOf(QStringLiteral("oci-image"));
        const QString id = rmJournalId(a, {QStringLiteral("fix/oci-image@") + digest});
        QVERIFY(!id.isEmpty());
        const Run r = on(other, {QStringLiteral("undo"), id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!other.log().contains("/v2/fix/"));
        other.stop();
        QCOMPARE(on(a, {QStringLiteral("undo"), id}).exitCode, 0);
        QCOMPARE(head(a, QStringLiteral("fix/oci-image"), QStringLiteral("v1")), digest);
    }

    // distribution deletes only the manifest asked for (a digest delete untags it): the signature
    // under its cosign tag and the SBOM naming the image stay, so the journal keeps no accessories
    // and undo has only the image to put back, after which they refer to something again.
    void signedImageReferrersStayOnAPlainRegistry()
    {
        const QString repo = QStringLiteral("fix/signed");
        const Signed s("plain");
        QVERIFY(pushSigned(a.url(), repo, s));
        const QString id = rmJournalId(a, {repo + QLatin1Char('@') + s.app.digest()});
        QVERIFY(!id.isEmpty());
        QVERIFY(head(a, repo, s.app.digest()).isEmpty());
        QCOMPARE(head(a, repo, sigTag(s.app.digest())), s.sig.digest());
        QCOMPARE(head(a, repo, s.sbom.digest()), s.sbom.digest());
        const Run u = on(a, {QStringLiteral("undo"), id, QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        const QJsonObject item = u.json().object().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("manifests_put")).toArray(), QJsonArray {s.app.digest()});
        QCOMPARE(pulledDigest(a, repo + QStringLiteral(":v1")), s.app.digest());
        QCOMPARE(head(a, repo, sigTag(s.app.digest())), s.sig.digest());
        QCOMPARE(head(a, repo, sigTag(s.sbom.digest())), s.sbomSig.digest());
        QCOMPARE(head(a, repo, s.sbom.digest()), s.sbom.digest());
    }

    // Last: it collects garbage in this registry.
    void undoAfterGarbageCollectionIsRefused()
    {
        RegistryServer g;
        QVERIFY2(g.start(), qPrintable(g.errorString()));
        QJsonObject record;
        const RegistryServer::Result pushed
            = g.pushFixtures(QStringLiteral("gc"), {QStringLiteral("oci-image")}, &record);
        QVERIFY2(pushed.ok(), pushed.output.constData());
        const QString digest = record.value(QStringLiteral("fixtures"))
                                   .toObject()
                                   .value(QStringLiteral("oci-image"))
                                   .toObject()
                                   .value(QStringLiteral("digest"))
                                   .toString();
        const QString id = rmJournalId(g, {QStringLiteral("gc/oci-image@") + digest});
        QVERIFY(!id.isEmpty());
        g.stop();
        const RegistryServer::Result gc = g.garbageCollect(false, false);
        QVERIFY2(gc.ok(), gc.output.constData());
        QVERIFY2(g.start(), qPrintable(g.errorString()));

        const QByteArray mark = g.log();
        const Run r = on(g, {QStringLiteral("undo"), id, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("undo_blobs_collected"), r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("cause")).toString(), QStringLiteral("undo_blobs_collected"));
        QVERIFY(!r.json().object().value(QStringLiteral("lost_blobs")).toArray().isEmpty());
        const QByteArray after = g.log().mid(mark.size());
        QCOMPARE(manifestPuts(after), 0);
        QVERIFY(!after.contains("\"POST /v2/"));
        QVERIFY(head(g, QStringLiteral("gc/oci-image"), digest).isEmpty());
        // Still undoable on paper (nothing was restored), and still refused.
        QCOMPARE(on(g, {QStringLiteral("undo"), id}).exitCode, 6);
        // --last still offers this batch, the newest not undone, not an older one; the history
        // says why the attempts were refused.
        const Run last = ctl.run({QStringLiteral("undo"), QStringLiteral("--last"), QStringLiteral("--json")});
        QCOMPARE(last.exitCode, 6);
        QCOMPARE(last.json().object().value(QStringLiteral("journal_id")).toString(), id);
        const QJsonObject newest
            = ctl.run({QStringLiteral("history"), QStringLiteral("--json")}).json().array().at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("journal_id")).toString(), id);
        QCOMPARE(newest.value(QStringLiteral("undo")).toString(), QStringLiteral("undoable"));
        const QJsonObject attempt = newest.value(QStringLiteral("last_undo")).toObject();
        QCOMPARE(attempt.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
        QCOMPARE(attempt.value(QStringLiteral("cause")).toString(), QStringLiteral("undo_blobs_collected"));
        QVERIFY2(attempt.value(QStringLiteral("why")).toString().contains(QStringLiteral("gc/oci-image@sha256:")),
            qPrintable(attempt.value(QStringLiteral("why")).toString()));
        const Run text = ctl.run({QStringLiteral("history")});
        QVERIFY2(text.out.contains(" refused: "), text.out.constData());
        g.stop();
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
