// tools/oci-fixtures against a real distribution registry (Debian's docker-registry, the one
// Harbor ships): every fixture pushes, reads back byte for byte with the digests the builder
// recorded, is the same wherever and however often it is pushed, and agrees with skopeo (which
// both reads them and pushes one from an OCI layout). Other tests build on these fixtures, so
// this is where a broken fixture shows first.
#include "RegistryServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One comma-joined Accept, as distribution 2.8 needs (it refuses OCI content to a client that
// does not list the OCI types, even by digest: registry/handlers/manifests.go).
const QByteArray kAccept = "application/vnd.oci.image.index.v1+json,application/vnd.oci.image.manifest.v1+json,"
                           "application/vnd.docker.distribution.manifest.list.v2+json,"
                           "application/vnd.docker.distribution.manifest.v2+json";

// The names other tests use: renaming one breaks them.
const QStringList kFixtures {QStringLiteral("oci-image"), QStringLiteral("docker-image"), QStringLiteral("oci-index"),
    QStringLiteral("docker-list"), QStringLiteral("helm-chart"), QStringLiteral("sbom"), QStringLiteral("signature"),
    QStringLiteral("scratch"), QStringLiteral("zstd-image")};

QString sha256(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray raw(const QJsonObject &record)
{
    return QByteArray::fromBase64(record.value(QStringLiteral("raw")).toString().toLatin1());
}

// The digest of the first layer a manifest record lists.
QString firstLayerDigest(const QJsonObject &manifest)
{
    return manifest.value(QStringLiteral("layers"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("digest"))
        .toString();
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray digest; // Docker-Content-Digest
    qint64 length = -1;
};

} // namespace

class TestRegistryFixtures : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;
    QJsonObject pushed; // oci-fixtures --out
    QTemporaryDir work;
    QNetworkAccessManager nam;

    QJsonObject fixture(const QString &name) const
    {
        return pushed.value(QStringLiteral("fixtures")).toObject().value(name).toObject();
    }

    Reply request(const QByteArray &method, const QString &path, const QByteArray &accept = {})
    {
        QNetworkRequest req(registry.url().resolved(QUrl(path)));
        if (!accept.isEmpty())
            req.setRawHeader("Accept", accept);
        req.setTransferTimeout(20000);
        // head(), not a custom "HEAD": Qt would wait for a body of Content-Length bytes.
        QNetworkReply *reply = method == "HEAD" ? nam.head(req) : nam.sendCustomRequest(req, method);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (method != "HEAD")
            r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.digest = reply->rawHeader("Docker-Content-Digest");
        r.length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        reply->deleteLater();
        return r;
    }

    // A manifest (by tag or digest) and everything it names, against its record.
    void checkManifest(const QString &repository, const QString &reference, const QJsonObject &rec)
    {
        const QString digest = rec.value(QStringLiteral("digest")).toString();
        const Reply m = request("GET", QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference), kAccept);
        QCOMPARE(m.status, 200);
        QCOMPARE(m.body, raw(rec)); // the registry stores the bytes sent
        QCOMPARE(sha256(m.body), digest);
        QCOMPARE(QString::fromLatin1(m.digest), digest);
        QCOMPARE(QString::fromLatin1(m.contentType), rec.value(QStringLiteral("mediaType")).toString());
        QCOMPARE(m.body.size(), rec.value(QStringLiteral("size")).toInteger());
        const QJsonObject body = QJsonDocument::fromJson(m.body).object();
        QCOMPARE(body.value(QStringLiteral("mediaType")).toString(), rec.value(QStringLiteral("mediaType")).toString());

        const Reply head = request("HEAD", QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest), kAccept);
        QCOMPARE(head.status, 200);
        QCOMPARE(QString::fromLatin1(head.digest), digest);
        QCOMPARE(head.length, m.body.size());

        if (rec.contains(QStringLiteral("config"))) {
            const QJsonObject config = rec.value(QStringLiteral("config")).toObject();
            const QString configDigest = config.value(QStringLiteral("digest")).toString();
            QCOMPARE(body.value(QStringLiteral("config")).toObject().value(QStringLiteral("digest")).toString(),
                configDigest);
            const Reply c = request("GET", QStringLiteral("/v2/%1/blobs/%2").arg(repository, configDigest));
            QCOMPARE(c.status, 200);
            QCOMPARE(c.body, raw(config));
            QCOMPARE(sha256(c.body), configDigest);
            QCOMPARE(c.body.size(), config.value(QStringLiteral("size")).toInteger());
        }
        const QJsonArray layers = rec.value(QStringLiteral("layers")).toArray();
        QCOMPARE(body.value(QStringLiteral("layers")).toArray().size(), layers.size());
        for (int i = 0; i < layers.size(); ++i) {
            const QJsonObject layer = layers.at(i).toObject();
            const QString layerDigest = layer.value(QStringLiteral("digest")).toString();
            QCOMPARE(body.value(QStringLiteral("layers"))
                         .toArray()
                         .at(i)
                         .toObject()
                         .value(QStringLiteral("digest"))
                         .toString(),
                layerDigest);
            const Reply b = request("GET", QStringLiteral("/v2/%1/blobs/%2").arg(repository, layerDigest));
            QCOMPARE(b.status, 200);
            QCOMPARE(sha256(b.body), layerDigest);
            QCOMPARE(b.body.size(), layer.value(QStringLiteral("size")).toInteger());
            const QString type = layer.value(QStringLiteral("mediaType")).toString();
            if (type.endsWith(QLatin1String("gzip"))) {
                // gzip magic, then a zero MTIME (RFC 1952 2.3) and no FNAME flag: reproducible.
                QVERIFY(b.body.startsWith("\x1f\x8b\x08"));
                QCOMPARE(b.body.at(3) & 0x08, 0);
                QCOMPARE(b.body.mid(4, 4), QByteArray(4, '\0'));
            } else if (type.endsWith(QLatin1String("zstd"))) {
                QVERIFY(b.body.startsWith("\x28\xb5\x2f\xfd")); // RFC 8878 3.1.1 frame magic
            }
        }
        for (const QJsonValue &v : rec.value(QStringLiteral("manifests")).toArray()) {
            const QJsonObject entry = v.toObject();
            const QJsonObject child = entry.value(QStringLiteral("manifest")).toObject();
            QCOMPARE(
                child.value(QStringLiteral("digest")).toString(), entry.value(QStringLiteral("digest")).toString());
            checkManifest(repository, entry.value(QStringLiteral("digest")).toString(), child);
            if (QTest::currentTestFailed())
                return;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(work.isValid());
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        const RegistryServer::Result r = registry.pushFixtures(QStringLiteral("fixtures"), {}, &pushed);
        QVERIFY2(r.ok(), qPrintable(r.errorString + QLatin1Char('\n') + QString::fromLocal8Bit(r.output)));
        qInfo("%s", r.output.trimmed().split('\n').constLast().constData()); // the push's time and request count
    }

    void cleanupTestCase()
    {
        registry.stop();
        QVERIFY(!registry.isRunning());
    }

    void listNamesEveryFixture()
    {
        const RegistryServer::Result r = RegistryServer::run(
            QStringLiteral("python3"), {RegistryServer::fixturesTool(), QStringLiteral("--list")});
        QVERIFY2(r.ok(), r.output.constData());
        const QStringList listed = QString::fromUtf8(r.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(listed, kFixtures);
        QCOMPARE(pushed.value(QStringLiteral("fixtures")).toObject().keys().size(), kFixtures.size());
    }

    void readsBack_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : kFixtures)
            QTest::newRow(qPrintable(name)) << name;
    }

    void readsBack()
    {
        QFETCH(QString, name);
        const QJsonObject rec = fixture(name);
        QVERIFY2(!rec.isEmpty(), "not in the --out record");
        const QString repository = rec.value(QStringLiteral("repository")).toString();
        const QString tag = rec.value(QStringLiteral("tag")).toString();
        QVERIFY(repository.startsWith(QLatin1String("fixtures/")));
        checkManifest(repository, tag.isEmpty() ? rec.value(QStringLiteral("digest")).toString() : tag, rec);
    }

    void whatEachFixtureIs()
    {
        const QString oci = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
        QCOMPARE(fixture(QStringLiteral("oci-image")).value(QStringLiteral("mediaType")).toString(), oci);
        QCOMPARE(fixture(QStringLiteral("docker-image")).value(QStringLiteral("mediaType")).toString(),
            QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"));
        QCOMPARE(fixture(QStringLiteral("docker-list")).value(QStringLiteral("mediaType")).toString(),
            QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json"));
        QCOMPARE(fixture(QStringLiteral("scratch")).value(QStringLiteral("layers")).toArray().size(), 0);
        QCOMPARE(fixture(QStringLiteral("helm-chart"))
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("mediaType"))
                     .toString(),
            QStringLiteral("application/vnd.cncf.helm.config.v1+json"));
        const QJsonArray zstd = fixture(QStringLiteral("zstd-image")).value(QStringLiteral("layers")).toArray();
        QCOMPARE(zstd.size(), 1);
        QCOMPARE(zstd.at(0).toObject().value(QStringLiteral("mediaType")).toString(),
            QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd"));

        // Real images share base layers: same bytes, same digest, under either media type.
        const QString base = firstLayerDigest(fixture(QStringLiteral("oci-image")));
        QCOMPARE(firstLayerDigest(fixture(QStringLiteral("docker-image"))), base);
        const QJsonArray platforms = fixture(QStringLiteral("oci-index")).value(QStringLiteral("manifests")).toArray();
        QCOMPARE(firstLayerDigest(platforms.at(0).toObject().value(QStringLiteral("manifest")).toObject()), base);

        // The index: two platforms, then buildx's unknown/unknown attestations pointing at them.
        QCOMPARE(platforms.size(), 4);
        QSet<QString> attested;
        for (int i = 0; i < platforms.size(); ++i) {
            const QJsonObject e = platforms.at(i).toObject();
            const QJsonObject p = e.value(QStringLiteral("platform")).toObject();
            if (i < 2) {
                QCOMPARE(p.value(QStringLiteral("os")).toString(), QStringLiteral("linux"));
                continue;
            }
            QCOMPARE(p.value(QStringLiteral("os")).toString(), QStringLiteral("unknown"));
            QCOMPARE(p.value(QStringLiteral("architecture")).toString(), QStringLiteral("unknown"));
            attested << e.value(QStringLiteral("annotations"))
                            .toObject()
                            .value(QStringLiteral("vnd.docker.reference.digest"))
                            .toString();
        }
        QCOMPARE(attested,
            (QSet<QString> {platforms.at(0).toObject().value(QStringLiteral("digest")).toString(),
                platforms.at(1).toObject().value(QStringLiteral("digest")).toString()}));
        QCOMPARE(platforms.at(1)
                     .toObject()
                     .value(QStringLiteral("platform"))
                     .toObject()
                     .value(QStringLiteral("variant"))
                     .toString(),
            QStringLiteral("v8"));
    }

    void referrersByTagSchema()
    {
        // distribution 2.8 has no referrers API; the pusher keeps the sha256-<hex> tag's index.
        const QJsonObject image = fixture(QStringLiteral("oci-image"));
        const QString subject = image.value(QStringLiteral("digest")).toString();
        QMap<QString, QString> expected; // digest -> artifactType
        for (const QString &name : {QStringLiteral("sbom"), QStringLiteral("signature")}) {
            const QJsonObject rec = fixture(name);
            QCOMPARE(rec.value(QStringLiteral("repository")).toString(),
                image.value(QStringLiteral("repository")).toString());
            QCOMPARE(
                rec.value(QStringLiteral("subject")).toObject().value(QStringLiteral("digest")).toString(), subject);
            QVERIFY(rec.value(QStringLiteral("tag")).isNull());
            expected.insert(
                rec.value(QStringLiteral("digest")).toString(), rec.value(QStringLiteral("artifactType")).toString());
        }
        QStringList types = expected.values();
        types.sort();
        QCOMPARE(types,
            (QStringList {QStringLiteral("application/spdx+json"),
                QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json")}));
        const QString tag = QString(subject).replace(QLatin1Char(':'), QLatin1Char('-'));
        const QString repository = image.value(QStringLiteral("repository")).toString();
        const QJsonObject rec = pushed.value(QStringLiteral("referrersTags"))
                                    .toObject()
                                    .value(repository + QLatin1Char(':') + tag)
                                    .toObject();
        const Reply r = request("GET", QStringLiteral("/v2/%1/manifests/%2").arg(repository, tag), kAccept);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, raw(rec));
        QMap<QString, QString> listed;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("manifests")).toArray())
            listed.insert(v.toObject().value(QStringLiteral("digest")).toString(),
                v.toObject().value(QStringLiteral("artifactType")).toString());
        QCOMPARE(listed, expected);
    }

    void sameDigestsOnEveryPush()
    {
        // Deterministic: another prefix, another run, the same bytes (content never names the prefix).
        QJsonObject again;
        const RegistryServer::Result r = registry.pushFixtures(QStringLiteral("again/nested"), {}, &again,
            {QStringLiteral("--upload"), QStringLiteral("chunked"), QStringLiteral("--chunk-size"),
                QStringLiteral("4096")});
        QVERIFY2(r.ok(), r.output.constData());
        for (const QString &name : kFixtures) {
            const QJsonObject a = fixture(name);
            const QJsonObject b = again.value(QStringLiteral("fixtures")).toObject().value(name).toObject();
            QCOMPARE(b.value(QStringLiteral("digest")).toString(), a.value(QStringLiteral("digest")).toString());
            QCOMPARE(b.value(QStringLiteral("raw")).toString(), a.value(QStringLiteral("raw")).toString());
            QVERIFY(b.value(QStringLiteral("repository")).toString().startsWith(QLatin1String("again/nested/")));
        }
        checkManifest(QStringLiteral("again/nested/oci-index"), QStringLiteral("v1"),
            again.value(QStringLiteral("fixtures")).toObject().value(QStringLiteral("oci-index")).toObject());
    }

    void basicAuth()
    {
        RegistryServer secured;
        const QByteArray password = "fixture-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(secured.start({QStringLiteral("pusher"), password}), qPrintable(secured.errorString()));
        const QStringList user {QStringLiteral("--username"), QStringLiteral("pusher")};
        const RegistryServer::Result denied
            = secured.pushFixtures(QStringLiteral("p"), {QStringLiteral("scratch")}, nullptr, user, "wrong");
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.output.contains("401"), denied.output.constData());
        QJsonObject rec;
        const RegistryServer::Result r
            = secured.pushFixtures(QStringLiteral("p"), {QStringLiteral("oci-image")}, &rec, user, password);
        QVERIFY2(r.ok(), r.output.constData());
        QVERIFY(!r.output.contains(password));
        QCOMPARE(rec.value(QStringLiteral("fixtures"))
                     .toObject()
                     .value(QStringLiteral("oci-image"))
                     .toObject()
                     .value(QStringLiteral("digest")),
            fixture(QStringLiteral("oci-image")).value(QStringLiteral("digest")));
        QVERIFY(!secured.log().contains(password));
    }

    void bearerTokenDance()
    {
        // 401 with `Bearer realm=...,service=...`: a token from the realm (Basic there), then the retry.
        RegistryServer secured;
        const QByteArray password = "token-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        RegistryServer::Options options {QStringLiteral("pusher"), password, true};
        QVERIFY2(secured.start(options), qPrintable(secured.errorString()));
        const QStringList user {QStringLiteral("--username"), QStringLiteral("pusher")};

        const RegistryServer::Result anonymous = secured.pushFixtures(QStringLiteral("p"), {QStringLiteral("scratch")});
        QCOMPARE(anonymous.exitCode, 1); // an anonymous token grants nothing here
        QVERIFY2(anonymous.output.contains("insufficient_scope"), anonymous.output.constData());
        const RegistryServer::Result denied
            = secured.pushFixtures(QStringLiteral("p"), {QStringLiteral("scratch")}, nullptr, user, "wrong");
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.output.contains("token request"), denied.output.constData());

        QJsonObject rec;
        const RegistryServer::Result r = secured.pushFixtures(
            QStringLiteral("p"), {QStringLiteral("oci-image"), QStringLiteral("signature")}, &rec, user, password);
        QVERIFY2(r.ok(), r.output.constData());
        for (const QString &name : {QStringLiteral("oci-image"), QStringLiteral("signature")})
            QCOMPARE(
                rec.value(QStringLiteral("fixtures")).toObject().value(name).toObject().value(QStringLiteral("digest")),
                fixture(name).value(QStringLiteral("digest")));
        QVERIFY(!r.output.contains(password));
        QVERIFY(!secured.log().contains(password));
        QVERIFY(!secured.log().contains(password.toBase64().left(12)));
    }

    void skopeoAgrees_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : kFixtures)
            if (!fixture(name).value(QStringLiteral("tag")).toString().isEmpty())
                QTest::newRow(qPrintable(name)) << name;
    }

    void skopeoAgrees()
    {
        QFETCH(QString, name);
        const QJsonObject rec = fixture(name);
        const RegistryServer::Result r = RegistryServer::run(QStringLiteral("skopeo"),
            {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                QStringLiteral("docker://%1/%2")
                    .arg(registry.hostPort(), rec.value(QStringLiteral("reference")).toString())});
        QVERIFY2(r.ok(), r.output.constData());
        QCOMPARE(r.output, raw(rec));
    }

    void skopeoPushesALayout()
    {
        const QString layout = work.filePath(QStringLiteral("layout"));
        RegistryServer::Result r = RegistryServer::run(QStringLiteral("python3"),
            {RegistryServer::fixturesTool(), QStringLiteral("--layout"), layout, QStringLiteral("oci-image")});
        QVERIFY2(r.ok(), r.output.constData());
        r = RegistryServer::run(QStringLiteral("skopeo"),
            {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"), QStringLiteral("oci:%1:v1").arg(layout),
                QStringLiteral("docker://%1/skopeo/oci-image:v1").arg(registry.hostPort())});
        QVERIFY2(r.ok(), r.output.constData());
        // skopeo copies without changing a byte: the same digest as the fixture pushed over the API.
        checkManifest(QStringLiteral("skopeo/oci-image"), QStringLiteral("v1"), fixture(QStringLiteral("oci-image")));
        r = RegistryServer::run(QStringLiteral("skopeo"),
            {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                QStringLiteral("docker://%1/skopeo/oci-image:v1").arg(registry.hostPort())});
        QVERIFY2(r.ok(), r.output.constData());
        QCOMPARE(sha256(r.output), fixture(QStringLiteral("oci-image")).value(QStringLiteral("digest")).toString());
    }

    void garbageCollectDryRun()
    {
        const qint64 before = registry.storageBytes();
        QVERIFY(before > 0);
        const RegistryServer::Result r = registry.garbageCollect(true, false);
        QVERIFY2(r.ok(), r.output.constData());
        QVERIFY2(r.output.contains("blobs marked"), r.output.constData());
        // Everything pushed is tagged or referenced: nothing is eligible, and a dry run frees nothing.
        QVERIFY2(r.output.contains(" 0 blobs and 0 manifests eligible for deletion"), r.output.constData());
        QCOMPARE(registry.storageBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestRegistryFixtures)
#include "tst_registryfixtures.moc"
