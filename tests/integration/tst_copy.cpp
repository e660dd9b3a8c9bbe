// tag and cp against real docker-registry instances (distribution 2.8) holding tools/oci-fixtures:
// within one registry (blobs mounted), across registries (blobs streamed through Berth), an index
// with its children, the copy pulled back with skopeo byte-identical, tag_exists refusing with
// nothing written, and a copy resumed after it was cancelled sending no blob twice.
#include "api/ApiTransport.h"
#include "api/BlobCopy.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "operations/ArtifactCopy.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SkopeoPull.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

namespace {

int countIn(const QByteArray &log, const QByteArray &needle)
{
    return int(log.count(needle));
}

// Every write the registry logged for one repository ("PUT /v2/<repo>/...", POST, PATCH).
int writesTo(const QByteArray &log, const QString &repository)
{
    int n = 0;
    for (const char *method : {"PUT", "POST", "PATCH"})
        n += countIn(log, QByteArray("\"") + method + " /v2/" + repository.toUtf8() + "/");
    return n;
}

} // namespace

class TestCopy : public QObject
{
    Q_OBJECT

private:
    RegistryServer a; // the source, anonymous, deletion on
    RegistryServer b; // another registry
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;

    QJsonObject fixture(const QString &name) const
    {
        return fixtures.value(QStringLiteral("fixtures")).toObject().value(name).toObject();
    }
    QString digestOf(const QString &name) const { return fixture(name).value(QStringLiteral("digest")).toString(); }

    Run on(const RegistryServer &server, QStringList args)
    {
        args << QStringLiteral("--url") << server.url().toString();
        return ctl.run(args);
    }

    // The digest a tag or digest names in `server`, or an empty string (and the status) when it is not there.
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
    int m_layouts = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QVERIFY2(a.start(), qPrintable(a.errorString()));
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        const RegistryServer::Result r = a.pushFixtures(QStringLiteral("fix"),
            {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index")}, &fixtures);
        QVERIFY2(r.ok(), r.output.constData());
        QVERIFY(!digestOf(QStringLiteral("oci-index")).isEmpty());
    }

    void cleanupTestCase()
    {
        a.stop();
        b.stop();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void tagAddsTagsOnTheSameDigest()
    {
        const Run r = on(a,
            {QStringLiteral("tag"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("v2"), QStringLiteral("stable"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString digest = digestOf(QStringLiteral("oci-image"));
        QCOMPARE(r.json().object().value(QStringLiteral("digest")).toString(), digest);
        QCOMPARE(r.json().object().value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(head(a, QStringLiteral("fix/oci-image"), QStringLiteral("v2")), digest);
        QCOMPARE(head(a, QStringLiteral("fix/oci-image"), QStringLiteral("stable")), digest);
        // Already on this digest: nothing to refuse, nothing moved.
        QCOMPARE(on(a, {QStringLiteral("tag"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("v2")}).exitCode, 0);
    }

    void copyWithinRegistryMountsBlobs()
    {
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("dst/image"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = r.json().object();
        const QString digest = digestOf(QStringLiteral("oci-image"));
        QCOMPARE(out.value(QStringLiteral("digest")).toString(), digest);
        QCOMPARE(out.value(QStringLiteral("tags")).toArray(), QJsonArray {QStringLiteral("v1")});
        const QJsonObject blobs = out.value(QStringLiteral("blobs")).toObject();
        const int count = 1 + fixture(QStringLiteral("oci-image")).value(QStringLiteral("layers")).toArray().size();
        QCOMPARE(blobs.value(QStringLiteral("mounted")).toInt(), count);
        QCOMPARE(blobs.value(QStringLiteral("uploaded")).toInt(), 0);
        QCOMPARE(head(a, QStringLiteral("dst/image"), QStringLiteral("v1")), digest);
        QCOMPARE(pulledDigest(a, QStringLiteral("dst/image:v1")), digest);
    }

    void copyIndexWithChildrenAndNewTags()
    {
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("fix/oci-index:v1"), QStringLiteral("dst/index"),
                QStringLiteral("--tags"), QStringLiteral("a,b"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString digest = digestOf(QStringLiteral("oci-index"));
        const QJsonArray children = fixture(QStringLiteral("oci-index")).value(QStringLiteral("manifests")).toArray();
        QVERIFY(children.size() >= 2);
        // Every child first, then the index: the last manifest put is the index.
        const QJsonArray put = r.json().object().value(QStringLiteral("manifests")).toArray();
        QCOMPARE(put.size(), children.size() + 1);
        QCOMPARE(put.last().toString(), digest);
        for (const QJsonValue &c : children) {
            const QString child = c.toObject().value(QStringLiteral("digest")).toString();
            QCOMPARE(head(a, QStringLiteral("dst/index"), child), child);
        }
        QCOMPARE(head(a, QStringLiteral("dst/index"), QStringLiteral("a")), digest);
        QCOMPARE(head(a, QStringLiteral("dst/index"), QStringLiteral("b")), digest);
        QVERIFY(head(a, QStringLiteral("dst/index"), QStringLiteral("v1")).isEmpty()); // not chosen
        QCOMPARE(pulledDigest(a, QStringLiteral("dst/index:a")), digest);
    }

    void tagExistsRefusesWithNothingWritten()
    {
        // dst/image:v1 is oci-image (copyWithinRegistryMountsBlobs); docker-image is another digest.
        const QByteArray before = a.log();
        const Run r = on(a, {QStringLiteral("cp"), QStringLiteral("fix/docker-image:v1"), QStringLiteral("dst/image")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("tag_exists"), r.err.constData());
        const QByteArray after = a.log().mid(before.size());
        QCOMPARE(writesTo(after, QStringLiteral("dst/image")), 0);
        QCOMPARE(head(a, QStringLiteral("dst/image"), QStringLiteral("v1")), digestOf(QStringLiteral("oci-image")));
        QVERIFY(head(a, QStringLiteral("dst/image"), digestOf(QStringLiteral("docker-image"))).isEmpty());

        // tag: the same refusal, the same nothing.
        const Run t = on(a,
            {QStringLiteral("tag"), QStringLiteral("fix/docker-image:v1"), QStringLiteral("fresh"),
                QStringLiteral("v1"), QStringLiteral("--json")});
        QCOMPARE(t.exitCode, 0); // v1 there is docker-image itself
        QCOMPARE(on(a, {QStringLiteral("cp"), QStringLiteral("fix/docker-image:v1"), QStringLiteral("dst/image:d1")})
                     .exitCode,
            0);
        const QByteArray mark = a.log();
        const Run refused = on(
            a, {QStringLiteral("tag"), QStringLiteral("dst/image:d1"), QStringLiteral("new"), QStringLiteral("v1")});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("tag_exists"), refused.err.constData());
        QCOMPARE(writesTo(a.log().mid(mark.size()), QStringLiteral("dst/image")), 0);
        QVERIFY(head(a, QStringLiteral("dst/image"), QStringLiteral("new")).isEmpty()); // not even the free one
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--tags with REPO:TAG") << QStringList {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"),
            QStringLiteral("dst/x:v9"), QStringLiteral("--tags"), QStringLiteral("same")};
        QTest::newRow("DEST by digest") << QStringList {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"),
            QStringLiteral("dst/x@sha256:") + QString(64, QLatin1Char('a'))};
        QTest::newRow("one argument") << QStringList {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1")};
        QTest::newRow("--to-user without --to-url")
            << QStringList {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("dst/x"),
                   QStringLiteral("--to-user"), QStringLiteral("bob")};
        QTest::newRow("tag without NEWTAG") << QStringList {QStringLiteral("tag"), QStringLiteral("fix/oci-image:v1")};
        QTest::newRow("bad NEWTAG") << QStringList {
            QStringLiteral("tag"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("-bad")};
        QTest::newRow("--tags to another command")
            << QStringList {QStringLiteral("ls"), QStringLiteral("--tags"), QStringLiteral("same")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(on(a, args).exitCode, 2);
    }

    void copyAcrossRegistriesStreamsAndPullsBackIdentical()
    {
        const Run r = on(a,
            {QStringLiteral("cp"), QStringLiteral("fix/oci-index:v1"), QStringLiteral("far/index"),
                QStringLiteral("--to-url"), b.url().toString(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject blobs = r.json().object().value(QStringLiteral("blobs")).toObject();
        QVERIFY(blobs.value(QStringLiteral("uploaded")).toInt() > 0);
        QCOMPARE(blobs.value(QStringLiteral("mounted")).toInt(), 0);
        const QString digest = digestOf(QStringLiteral("oci-index"));
        QCOMPARE(head(b, QStringLiteral("far/index"), QStringLiteral("v1")), digest);
        QCOMPARE(pulledDigest(b, QStringLiteral("far/index:v1")), digest);

        const Run image = on(a,
            {QStringLiteral("cp"), QStringLiteral("fix/oci-image:v1"), QStringLiteral("far/image"),
                QStringLiteral("--to-url"), b.url().toString()});
        QCOMPARE(image.exitCode, 0);
        QCOMPARE(pulledDigest(b, QStringLiteral("far/image:v1")), digestOf(QStringLiteral("oci-image")));
    }

    // Cancelled after its first blob arrived, the copy run again sends only what is missing:
    // every blob is uploaded exactly once over both runs.
    void resumedCopySendsNoBlobTwice()
    {
        ApiTransport ta(settingsFor(a.url()));
        ApiTransport tb(settingsFor(b.url()));
        RegistryClient source(&ta);
        RegistryClient target(&tb);
        ArtifactCopy::Request req;
        req.source = &source;
        req.sourceRepository = QStringLiteral("fix/docker-image");
        req.sourceReference = QStringLiteral("v1");
        req.target = &target;
        req.targetRepository = QStringLiteral("resume/app");
        req.tags = {QStringLiteral("v1")};
        req.parallelBlobs = 1; // stopped after its first blob: one at a time, so that one is known
        const QJsonObject rec = fixture(QStringLiteral("docker-image"));
        const int blobCount = 1 + rec.value(QStringLiteral("layers")).toArray().size();
        QVERIFY(blobCount >= 2);

        int firstUploaded = 0;
        {
            ArtifactCopy first(req);
            QSignalSpy done(&first, &ArtifactCopy::finished);
            connect(&first, &ArtifactCopy::progress, &first, [&first] {
                if (first.blobsUploaded() >= 1)
                    first.cancel();
            });
            first.start();
            QVERIFY(done.wait(30000));
            QVERIFY(!first.ok());
            QCOMPARE(first.error().kind, ApiError::Kind::Cancelled);
            firstUploaded = first.blobsUploaded();
            QVERIFY(firstUploaded >= 1 && firstUploaded < blobCount);
        }
        QVERIFY(head(b, QStringLiteral("resume/app"), QStringLiteral("v1")).isEmpty()); // no manifest yet

        ArtifactCopy second(req);
        QSignalSpy done(&second, &ArtifactCopy::finished);
        second.start();
        QVERIFY(done.wait(30000));
        QVERIFY2(second.ok(), qPrintable(second.error().summary()));
        QCOMPARE(second.blobsPresent(), firstUploaded);
        QCOMPARE(second.blobsUploaded(), blobCount - firstUploaded);
        QCOMPARE(head(b, QStringLiteral("resume/app"), QStringLiteral("v1")), digestOf(QStringLiteral("docker-image")));
        // The registry saw one upload session per blob over both runs, not one more.
        QCOMPARE(countIn(b.log(), "\"POST /v2/resume/app/blobs/uploads/"), blobCount);
    }

    // A blob many times the pipe's buffer crosses intact: the upload pulls from the source as it
    // sends, the source's reply waits while its buffer is full.
    void largeBlobStreamsAcross()
    {
        QByteArray big(24 * 1024 * 1024 + 123, Qt::Uninitialized);
        quint32 x = 2463534242u; // xorshift: bytes no compression or dedup can shortcut
        for (char &c : big) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        QVERIFY(big.size() > 8 * BlobCopy::kBufferBytes);
        QVERIFY(pushBlob(a.url(), QStringLiteral("big/src"), big));
        const QString digest = sha256Digest(big);
        ApiTransport ta(settingsFor(a.url()));
        ApiTransport tb(settingsFor(b.url()));
        RegistryClient source(&ta);
        RegistryClient target(&tb);
        BlobCopy copy(&source, QStringLiteral("big/src"), &target, QStringLiteral("big/dst"), digest, big.size());
        qint64 lastProgress = 0;
        connect(&copy, &BlobCopy::progress, &copy, [&lastProgress](qint64 sent) { lastProgress = sent; });
        QSignalSpy done(&copy, &BlobCopy::finished);
        copy.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(copy.outcome() == BlobCopy::Outcome::Uploaded, qPrintable(copy.error().summary()));
        QCOMPARE(lastProgress, qint64(big.size()));
        QVERIFY(copy.overlapped()); // sent while it still arrived: never held whole
        const auto back = run<QByteArray>(
            [&](auto cb) { return target.blob(QStringLiteral("big/dst"), digest, big.size(), nullptr, cb); }, 60000);
        QVERIFY2(!back.error.isError(), qPrintable(back.error.summary()));
        QCOMPARE(back.value.size(), big.size());
        // One PATCH carried it all: streamed with its Content-Length, not chunked by Berth.
        QCOMPARE(countIn(b.log(), "\"PATCH /v2/big/dst/blobs/uploads/"), 1);
    }

    // A blob whose bytes at the source do not hash to its digest is never committed.
    void corruptSourceIsNeverCommitted()
    {
        // The fake source answers any blob GET with bytes that are not the digest's.
        FakeRegistry fake;
        QVERIFY(fake.listen());
        const QByteArray wrong(4096, 'x');
        fake.setHandler([&](const FakeRequest &) {
            FakeResponse resp;
            resp.headers
                = {{"Content-Type", "application/octet-stream"}, {"Content-Length", QByteArray::number(wrong.size())}};
            resp.body = wrong;
            return resp;
        });
        ApiTransport ts(settingsFor(fake.url()));
        ApiTransport tb(settingsFor(b.url()));
        RegistryClient source(&ts);
        RegistryClient target(&tb);
        const QString digest = sha256Digest(QByteArray(4096, 'y'));
        BlobCopy copy(&source, QStringLiteral("any/repo"), &target, QStringLiteral("corrupt/app"), digest, 4096);
        QSignalSpy done(&copy, &BlobCopy::finished);
        copy.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(copy.outcome(), BlobCopy::Outcome::Failed);
        QCOMPARE(copy.error().kind, ApiError::Kind::DigestMismatch);
        QCOMPARE(countIn(b.log(), "\"PUT /v2/corrupt/app/blobs/uploads/"), 0);
        ApiTransport check(settingsFor(b.url()));
        RegistryClient c(&check);
        const auto present
            = run<bool>([&](auto cb) { return c.headBlob(QStringLiteral("corrupt/app"), digest, nullptr, cb); });
        QVERIFY(!present.error.isError());
        QVERIFY(!present.value);
    }

    // The target registry dies in the middle of a layer (its connections reset); started again on
    // the same storage, the same copy skips the blobs that had arrived and sends the rest. Last:
    // it restarts `b`.
    void copyResumedAfterTheTargetDied()
    {
        // An image of its own: config, a small layer, then a layer many buffers long.
        const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}";
        const QByteArray small(1000, 's');
        QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
        quint32 x = 88172645u;
        for (char &c : big) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        for (const QByteArray &blob : {config, small, QByteArray(big)})
            QVERIFY(pushBlob(a.url(), QStringLiteral("reset/src"), blob));
        const auto descriptor = [](const QByteArray &bytes, const char *type) {
            return QJsonObject {{QStringLiteral("mediaType"), QLatin1String(type)},
                {QStringLiteral("digest"), sha256Digest(bytes)}, {QStringLiteral("size"), bytes.size()}};
        };
        const QByteArray manifest = QJsonDocument(
            QJsonObject {{QStringLiteral("schemaVersion"), 2},
                {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciManifest)},
                {QStringLiteral("config"), descriptor(config, "application/vnd.oci.image.config.v1+json")},
                {QStringLiteral("layers"),
                    QJsonArray {descriptor(small, "application/vnd.oci.image.layer.v1.tar"),
                        descriptor(big, "application/vnd.oci.image.layer.v1.tar")}}})
                                        .toJson(QJsonDocument::Compact);
        QVERIFY(pushManifest(
            a.url(), QStringLiteral("reset/src"), QStringLiteral("v1"), manifest, OciMediaType::OciManifest));

        ApiTransport ta(settingsFor(a.url()));
        RegistryClient source(&ta);
        ArtifactCopy::Request req;
        req.source = &source;
        req.sourceRepository = QStringLiteral("reset/src");
        req.sourceReference = QStringLiteral("v1");
        req.targetRepository = QStringLiteral("reset/dst");
        req.tags = {QStringLiteral("v1")};
        req.parallelBlobs = 1; // the two small blobs arrive before the large one, which the reset cuts
        {
            ApiTransport tb(settingsFor(b.url()));
            RegistryClient target(&tb);
            req.target = &target;
            ArtifactCopy first(req);
            QSignalSpy done(&first, &ArtifactCopy::finished);
            const qint64 into = config.size() + small.size() + 2 * BlobCopy::kBufferBytes;
            bool killed = false;
            connect(&first, &ArtifactCopy::progress, &first, [&](qint64 sent, qint64) {
                if (!killed && sent > into) {
                    killed = true;
                    b.stop(); // its sockets close under the upload
                }
            });
            first.start();
            QVERIFY(done.wait(60000));
            QVERIFY(killed);
            QVERIFY(!first.ok());
            QVERIFY2(first.error().kind == ApiError::Kind::Network,
                qPrintable(ApiError::kindName(first.error().kind) + QLatin1Char(' ') + first.error().summary()));
            QCOMPARE(first.blobsUploaded(), 2);
        }
        QVERIFY2(b.start(), qPrintable(b.errorString()));
        ApiTransport tb(settingsFor(b.url()));
        RegistryClient target(&tb);
        req.target = &target;
        ArtifactCopy second(req);
        QSignalSpy done(&second, &ArtifactCopy::finished);
        second.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(second.ok(), qPrintable(second.error().summary()));
        QCOMPARE(second.blobsPresent(), 2);
        QCOMPARE(second.blobsUploaded(), 1);
        QCOMPARE(head(b, QStringLiteral("reset/dst"), QStringLiteral("v1")), sha256Digest(manifest));
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
