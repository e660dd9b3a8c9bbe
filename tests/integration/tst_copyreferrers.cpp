// cp takes what refers to an artifact along, against real docker-registry instances (distribution
// 2.8, no referrers API): a cosign-style signature under its sha256-<hex>.sig tag, an SBOM that
// names the image as its subject (listed in the fallback tag index, as a client must on 2.8), the
// SBOM's own signature, an index child's signature, a chain of referrers (depth bounded, loops
// end). Across registries and within one; pulled back with skopeo byte-identical; a target's
// fallback index merged, not replaced; a cosign tag on another digest at the target kept;
// --no-referrers; a referrer whose bytes at the source do not hash to its digest never pushed.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SkopeoPull.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

namespace {

constexpr char kSimpleSigning[] = "application/vnd.dev.cosign.simplesigning.v1+json";
constexpr char kSpdx[] = "application/spdx+json";

struct Blobbed
{
    QByteArray manifest;
    QList<QByteArray> blobs;
    QString digest() const { return sha256Digest(manifest); }
};

// An image of its own: `seed` makes its layer, so its digest, differ.
Blobbed image(const QByteArray &seed)
{
    Blobbed b;
    const QByteArray config = compact(
        {{QStringLiteral("architecture"), QStringLiteral("amd64")}, {QStringLiteral("os"), QStringLiteral("linux")},
            {QStringLiteral("rootfs"), QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")}}}});
    const QByteArray layer = "layer of " + seed + '\n';
    b.blobs = {config, layer};
    b.manifest = compact(
        {{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciManifest)},
            {QStringLiteral("config"), descriptor(QLatin1String(OciMediaType::OciConfig), config)},
            {QStringLiteral("layers"), QJsonArray {descriptor(QLatin1String(OciMediaType::OciLayerGzip), layer)}}});
    return b;
}

// What `cosign sign` pushes under sha256-<hex>.sig: an image manifest whose one layer is the
// simple-signing payload naming the signed digest, with the signature as an annotation.
Blobbed cosignSignature(const QString &signedDigest)
{
    Blobbed b;
    const QByteArray payload = compact({{QStringLiteral("critical"),
        QJsonObject {{QStringLiteral("identity"), QJsonObject {{QStringLiteral("docker-reference"), "test/app"}}},
            {QStringLiteral("image"), QJsonObject {{QStringLiteral("docker-manifest-digest"), signedDigest}}},
            {QStringLiteral("type"), QStringLiteral("cosign container image signature")}}}});
    const QByteArray config = compact({{QStringLiteral("architecture"), QString()}, {QStringLiteral("os"), QString()},
        {QStringLiteral("rootfs"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
                {QStringLiteral("diff_ids"), QJsonArray {sha256Digest(payload)}}}}});
    QJsonObject layer = descriptor(QLatin1String(kSimpleSigning), payload);
    layer.insert(QStringLiteral("annotations"),
        QJsonObject {{QStringLiteral("dev.cosignproject.cosign/signature"), QStringLiteral("MEUCIQDtest")}});
    b.blobs = {config, payload};
    b.manifest = compact(
        {{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciManifest)},
            {QStringLiteral("config"), descriptor(QLatin1String(OciMediaType::OciConfig), config)},
            {QStringLiteral("layers"), QJsonArray {layer}}});
    return b;
}

// An OCI 1.1 artifact (as oras attach pushes one) whose subject is `subject`.
Blobbed artifact(const Blobbed &subject, const QString &artifactType, const QByteArray &content)
{
    Blobbed b;
    const QByteArray empty = "{}";
    b.blobs = {empty, content};
    b.manifest = compact(
        {{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciManifest)},
            {QStringLiteral("artifactType"), artifactType},
            {QStringLiteral("config"), descriptor(QLatin1String(OciMediaType::OciEmpty), empty)},
            {QStringLiteral("layers"), QJsonArray {descriptor(artifactType, content)}},
            {QStringLiteral("subject"), descriptor(QLatin1String(OciMediaType::OciManifest), subject.manifest)}});
    return b;
}

// The referrers tag index listing `referrers` (spec "Referrers Tag Schema").
QByteArray fallbackIndex(const QList<Blobbed> &referrers, const QString &artifactType)
{
    QJsonArray entries;
    for (const Blobbed &r : referrers) {
        QJsonObject d = descriptor(QLatin1String(OciMediaType::OciManifest), r.manifest);
        d.insert(QStringLiteral("artifactType"), artifactType);
        entries.append(d);
    }
    return compact({{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciIndex)}, {QStringLiteral("manifests"), entries}});
}

bool push(const QUrl &base, const QString &repo, const Blobbed &b, const QString &reference)
{
    for (const QByteArray &blob : b.blobs)
        if (!pushBlob(base, repo, blob))
            return false;
    return pushManifest(
        base, repo, reference.isEmpty() ? b.digest() : reference, b.manifest, OciMediaType::OciManifest);
}

QString sigTag(const QString &digest)
{
    return RegistryClient::fallbackTag(digest) + QStringLiteral(".sig");
}

} // namespace

class TestCopyReferrers : public QObject
{
    Q_OBJECT

private:
    RegistryServer a; // the source
    RegistryServer b; // another registry
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    Blobbed app = image("app");
    Blobbed appSig = cosignSignature(app.digest());
    Blobbed sbom = artifact(app, QLatin1String(kSpdx), R"({"spdxVersion":"SPDX-2.3","name":"app"})");
    Blobbed sbomSig = cosignSignature(sbom.digest());
    int m_layouts = 0;

    Run on(const RegistryServer &server, QStringList args)
    {
        args << QStringLiteral("--url") << server.url().toString() << QStringLiteral("--json");
        return ctl.run(args);
    }

    // The subject's referrers tag index at `server`, entries as they are stored.
    static QJsonArray fallbackEntries(const RegistryServer &server, const QString &repo, const QString &subject)
    {
        ApiTransport t(settingsFor(server.url()));
        RegistryClient client(&t);
        const auto m = run<RegistryClient::FetchedManifest>(
            [&](auto done) { return client.manifest(repo, RegistryClient::fallbackTag(subject), nullptr, done); });
        return m.error.isError()
            ? QJsonArray()
            : QJsonDocument::fromJson(m.value.bytes).object().value(QStringLiteral("manifests")).toArray();
    }
    static QStringList digestsIn(const QJsonArray &entries)
    {
        QStringList out;
        for (const QJsonValue &v : entries)
            out << v.toObject().value(QStringLiteral("digest")).toString();
        return out;
    }

    QString pulledDigest(const RegistryServer &server, const QString &reference)
    {
        return skopeoPulledDigest(QStringLiteral("docker://%1/%2").arg(server.hostPort(), reference),
            work.filePath(QString::number(++m_layouts)));
    }

    // Everything the signed image has arrived in `repo` of `server`, and is listed where 2.8 lists it.
    void checkArrived(const RegistryServer &server, const QString &repo)
    {
        QCOMPARE(headDigest(server.url(), repo, QStringLiteral("v1")), app.digest());
        QCOMPARE(headDigest(server.url(), repo, sigTag(app.digest())), appSig.digest());
        QCOMPARE(headDigest(server.url(), repo, sbom.digest()), sbom.digest());
        QCOMPARE(headDigest(server.url(), repo, sigTag(sbom.digest())), sbomSig.digest());
        const QJsonArray listed = fallbackEntries(server, repo, app.digest());
        QCOMPARE(digestsIn(listed), QStringList {sbom.digest()});
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("artifactType")).toString(), QLatin1String(kSpdx));
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("size")).toInt(), sbom.manifest.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        const QUrl u = a.url();
        const QString repo = QStringLiteral("src/app");
        QVERIFY(push(u, repo, app, QStringLiteral("v1")));
        QVERIFY(push(u, repo, appSig, sigTag(app.digest())));
        QVERIFY(push(u, repo, sbom, {}));
        QVERIFY(pushManifest(u, repo, RegistryClient::fallbackTag(app.digest()),
            fallbackIndex({sbom}, QLatin1String(kSpdx)), OciMediaType::OciIndex));
        QVERIFY(push(u, repo, sbomSig, sigTag(sbom.digest())));
    }

    void cleanupTestCase()
    {
        a.stop();
        b.stop();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void acrossRegistriesSignedAndPulledBackIdentical()
    {
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("src/app:v1"), QStringLiteral("far/app"), QStringLiteral("--to-url"),
                b.url().toString()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = r.json().object();
        QCOMPARE(out.value(QStringLiteral("referrers_copied")).toInt(), 3);
        QCOMPARE(out.value(QStringLiteral("manifests")).toArray(), QJsonArray {app.digest()}); // the tree only
        QCOMPARE(out.value(QStringLiteral("warnings")).toArray().size(), 0);
        QVERIFY(out.value(QStringLiteral("accessory_tags")).toArray().contains(sigTag(app.digest())));
        checkArrived(b, QStringLiteral("far/app"));
        QCOMPARE(pulledDigest(b, QStringLiteral("far/app:v1")), app.digest());
        QCOMPARE(pulledDigest(b, QStringLiteral("far/app:") + sigTag(app.digest())), appSig.digest());

        // Again: everything is there, nothing listed twice.
        const Run again = on(a,
            {QStringLiteral("cp"), QStringLiteral("src/app:v1"), QStringLiteral("far/app"), QStringLiteral("--to-url"),
                b.url().toString()});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(
            again.json().object().value(QStringLiteral("blobs")).toObject().value(QStringLiteral("uploaded")).toInt(),
            0);
        checkArrived(b, QStringLiteral("far/app"));
    }

    void withinRegistryToAnotherRepository()
    {
        const Run r = on(a, {QStringLiteral("cp"), QStringLiteral("src/app:v1"), QStringLiteral("mirror/app")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("referrers_copied")).toInt(), 3);
        QCOMPARE(
            r.json().object().value(QStringLiteral("blobs")).toObject().value(QStringLiteral("uploaded")).toInt(), 0);
        checkArrived(a, QStringLiteral("mirror/app"));
        QCOMPARE(pulledDigest(a, QStringLiteral("mirror/app:") + sigTag(app.digest())), appSig.digest());
    }

    // The target lists another referrer of the same image already: it stays, first and unchanged.
    // And a .sig tag there on another digest is kept, with a warning.
    void targetIndexMergedAndForeignSignatureKept()
    {
        const QString repo = QStringLiteral("merge/app");
        const Blobbed other = artifact(app, QStringLiteral("application/vnd.example.vex"), R"({"vex":true})");
        QVERIFY(push(b.url(), repo, other, {}));
        QVERIFY(pushManifest(b.url(), repo, RegistryClient::fallbackTag(app.digest()),
            fallbackIndex({other}, QStringLiteral("application/vnd.example.vex")), OciMediaType::OciIndex));
        const QJsonObject before = fallbackEntries(b, repo, app.digest()).at(0).toObject();
        const Blobbed theirs = cosignSignature(app.digest() + QStringLiteral(" (theirs)"));
        QVERIFY(push(b.url(), repo, theirs, sigTag(app.digest())));

        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("src/app:v1"), repo, QStringLiteral("--to-url"), b.url().toString()});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray listed = fallbackEntries(b, repo, app.digest());
        QCOMPARE(digestsIn(listed), (QStringList {other.digest(), sbom.digest()}));
        QCOMPARE(listed.at(0).toObject(), before);
        QCOMPARE(headDigest(b.url(), repo, sigTag(app.digest())), theirs.digest());
        QVERIFY(headDigest(b.url(), repo, appSig.digest()).isEmpty());
        const QJsonObject out = r.json().object();
        QCOMPARE(out.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY2(r.err.contains("warning") && r.err.contains(sigTag(app.digest()).toUtf8()), r.err.constData());
        QCOMPARE(out.value(QStringLiteral("referrers_copied")).toInt(), 2); // the SBOM and its signature
        QCOMPARE(headDigest(b.url(), repo, sigTag(sbom.digest())), sbomSig.digest());
    }

    void noReferrersCopiesNone()
    {
        const QString repo = QStringLiteral("bare/app");
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("src/app:v1"), repo, QStringLiteral("--to-url"), b.url().toString(),
                QStringLiteral("--no-referrers")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("referrers_copied")).toInt(), 0);
        QCOMPARE(headDigest(b.url(), repo, QStringLiteral("v1")), app.digest());
        QVERIFY(headDigest(b.url(), repo, sigTag(app.digest())).isEmpty());
        QVERIFY(headDigest(b.url(), repo, sbom.digest()).isEmpty());
        QVERIFY(headDigest(b.url(), repo, RegistryClient::fallbackTag(app.digest())).isEmpty());
        QVERIFY(!b.log().contains("/v2/bare/app/referrers/")); // not even asked
    }

    // An index's platform image is signed (as cosign signs each child it walks): the child's
    // signature goes with the index.
    void indexChildSignatureGoesToo()
    {
        const QString repo = QStringLiteral("multi/app");
        const Blobbed child = image("child");
        const Blobbed childSig = cosignSignature(child.digest());
        QJsonObject entry = descriptor(QLatin1String(OciMediaType::OciManifest), child.manifest);
        entry.insert(QStringLiteral("platform"),
            QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")},
                {QStringLiteral("architecture"), QStringLiteral("amd64")}});
        const QByteArray index = compact(
            {{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciIndex)},
                {QStringLiteral("manifests"), QJsonArray {entry}}});
        QVERIFY(push(a.url(), repo, child, {}));
        QVERIFY(pushManifest(a.url(), repo, QStringLiteral("v1"), index, OciMediaType::OciIndex));
        QVERIFY(push(a.url(), repo, childSig, sigTag(child.digest())));

        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("multi/app:v1"), QStringLiteral("far/multi"),
                QStringLiteral("--to-url"), b.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("referrers")).toArray(), QJsonArray {childSig.digest()});
        QCOMPARE(headDigest(b.url(), QStringLiteral("far/multi"), QStringLiteral("v1")), sha256Digest(index));
        QCOMPARE(headDigest(b.url(), QStringLiteral("far/multi"), sigTag(child.digest())), childSig.digest());
    }

    // A chain of referrers five deep (each the subject of the next) goes four levels down, and a
    // listing that names the artifact itself among its referrers' referrers ends: each once.
    void depthBoundedAndLoopsEnd()
    {
        const QString repo = QStringLiteral("deep/app");
        const Blobbed root = image("deep");
        QVERIFY(push(a.url(), repo, root, QStringLiteral("v1")));
        QList<Blobbed> chain;
        for (int level = 1; level <= 5; ++level) {
            const Blobbed subject = chain.isEmpty() ? root : chain.last();
            chain << artifact(subject, QStringLiteral("application/vnd.example.level"),
                QByteArray("level ") + QByteArray::number(level));
            QVERIFY(push(a.url(), repo, chain.last(), {}));
            QVERIFY(pushManifest(a.url(), repo, RegistryClient::fallbackTag(subject.digest()),
                fallbackIndex({chain.last()}, QStringLiteral("application/vnd.example.level")),
                OciMediaType::OciIndex));
        }
        // The first level's list names the root and the first level too (a hand-edited tag).
        QVERIFY(pushManifest(a.url(), repo, RegistryClient::fallbackTag(chain.at(0).digest()),
            fallbackIndex({chain.at(1), root, chain.at(0)}, QStringLiteral("application/vnd.example.level")),
            OciMediaType::OciIndex));

        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("deep/app:v1"), QStringLiteral("far/deep"),
                QStringLiteral("--to-url"), b.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QStringList expected;
        for (int i = 0; i < 4; ++i)
            expected << chain.at(i).digest();
        QCOMPARE(r.json().object().value(QStringLiteral("referrers")).toVariant().toStringList(), expected);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(headDigest(b.url(), QStringLiteral("far/deep"), chain.at(i).digest()), chain.at(i).digest());
        QVERIFY(headDigest(b.url(), QStringLiteral("far/deep"), chain.at(4).digest()).isEmpty());
    }

    // The source serves a referrer whose bytes are not its digest's (its stored file altered):
    // fetched by digest, it is refused before anything of it is pushed.
    void corruptReferrerNeverPushed()
    {
        const QString repo = QStringLiteral("bad/app");
        const Blobbed img = image("bad");
        const Blobbed att = artifact(img, QLatin1String(kSpdx), R"({"spdxVersion":"SPDX-2.3","name":"bad"})");
        QVERIFY(push(a.url(), repo, img, QStringLiteral("v1")));
        QVERIFY(push(a.url(), repo, att, {}));
        QVERIFY(pushManifest(a.url(), repo, RegistryClient::fallbackTag(img.digest()),
            fallbackIndex({att}, QLatin1String(kSpdx)), OciMediaType::OciIndex));
        const QString hex = att.digest().mid(int(qstrlen("sha256:")));
        QFile data(
            a.storageDir() + QStringLiteral("/docker/registry/v2/blobs/sha256/%1/%2/data").arg(hex.left(2), hex));
        QVERIFY2(data.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(data.fileName()));
        const QByteArray altered = att.manifest + '\n'; // still JSON, another digest
        QVERIFY(data.write(altered) == altered.size());
        data.close();

        const QByteArray mark = b.log();
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("bad/app:v1"), QStringLiteral("far/bad"), QStringLiteral("--to-url"),
                b.url().toString()});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("digest_mismatch"), r.err.constData());
        QVERIFY2(r.err.contains("its tags were copied; what refers to it was not"), r.err.constData());
        QCOMPARE(headDigest(b.url(), QStringLiteral("far/bad"), QStringLiteral("v1")), img.digest());
        QVERIFY(headDigest(b.url(), QStringLiteral("far/bad"), att.digest()).isEmpty());
        const QByteArray after = b.log().mid(mark.size());
        QVERIFY(!after.contains("\"PUT /v2/far/bad/manifests/" + att.digest().toUtf8()));
        QVERIFY(!after.contains("\"PUT /v2/far/bad/manifests/" + RegistryClient::fallbackTag(img.digest()).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCopyReferrers)
#include "tst_copyreferrers.moc"
