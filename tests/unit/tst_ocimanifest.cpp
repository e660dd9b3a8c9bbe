// Registry manifests as served on /v2/: OCI and Docker image manifests, OCI indexes and Docker
// lists, artifacts, and everything that must be refused before anything is fetched from them.

#include "core/DisplayText.h"
#include "core/OciManifest.h"
#include "core/OciMediaTypes.h"

#include <QtTest>

using namespace berth;
using Kind = OciManifest::Kind;

namespace {

// A digest made of one repeated hex digit: easy to tell apart in a failure message.
QString dg(char hex)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(hex));
}

QByteArray descriptor(const char *mediaType, char hex, const QByteArray &size, const QByteArray &extra = {})
{
    return QByteArray("{\"mediaType\":\"") + mediaType + "\",\"digest\":\"" + dg(hex).toLatin1() + "\",\"size\":" + size
        + extra + "}";
}

QByteArray imageManifest(
    const char *type, const char *configType, const QByteArray &layers, const QByteArray &extra = {})
{
    return QByteArray("{\"schemaVersion\":2,\"mediaType\":\"") + type
        + "\",\"config\":" + descriptor(configType, 'c', "1469") + ",\"layers\":[" + layers + "]" + extra + "}";
}

QByteArray ociImage(const QByteArray &layers, const QByteArray &extra = {})
{
    return imageManifest(OciMediaType::OciManifest, OciMediaType::OciConfig, layers, extra);
}

QByteArray indexBody(const char *type, const QByteArray &manifests, const QByteArray &extra = {})
{
    return QByteArray("{\"schemaVersion\":2,\"mediaType\":\"") + type + "\",\"manifests\":[" + manifests + "]" + extra
        + "}";
}

const char kGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
const char kZstd[] = "application/vnd.oci.image.layer.v1.tar+zstd";

} // namespace

class TestOciManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ociImage();
    void dockerImage();
    void ociIndex();
    void dockerListWithAttestations();
    void artifactWithEmptyConfig();
    void subject();
    void scratchImage_data();
    void scratchImage();
    void kindFromTypes_data();
    void kindFromTypes();
    void sizes_data();
    void sizes();
    void refused_data();
    void refused();
    void sizeLimit();
    void ownDigestMayAppearElsewhere();
    void platformFromString_data();
    void platformFromString();
    void mediaTypes();
};

void TestOciManifest::ociImage()
{
    const QByteArray body = ::ociImage(descriptor(kGzip, '1', "3000000000") + "," + descriptor(kZstd, '2', "42"),
        ",\"annotations\":{\"org.opencontainers.image.source\":\"https://example.com/src\",\"not.a.string\":5}");
    const auto r = parseOciManifest(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const OciManifest &m = r.value;
    QCOMPARE(m.kind, Kind::Image);
    QCOMPARE(m.mediaType, QString::fromLatin1(OciMediaType::OciManifest));
    QCOMPARE(m.schemaVersion, 2);
    QCOMPARE(m.config.mediaType, QString::fromLatin1(OciMediaType::OciConfig));
    QCOMPARE(m.config.digest, dg('c'));
    QCOMPARE(m.config.size, qint64(1469));
    QCOMPARE(m.layers.size(), 2);
    QCOMPARE(m.layers.at(0).mediaType, QString::fromLatin1(kGzip));
    QCOMPARE(m.layers.at(0).size, qint64(3000000000)); // toInt() would give 0
    QCOMPARE(m.layers.at(1).mediaType, QString::fromLatin1(kZstd));
    QVERIFY(OciMediaType::isLayer(m.layers.at(1).mediaType));
    QCOMPARE(m.layersSize(), qint64(3000000042));
    QCOMPARE(m.annotations.value(QStringLiteral("org.opencontainers.image.source")),
        QStringLiteral("https://example.com/src"));
    QVERIFY(!m.annotations.contains(QStringLiteral("not.a.string")));
    QVERIFY(m.manifests.isEmpty());
    QVERIFY(!m.subject);
    QCOMPARE(m.displayedArtifactType(), QString::fromLatin1(OciMediaType::OciConfig));
}

void TestOciManifest::dockerImage()
{
    const QByteArray body = imageManifest(OciMediaType::DockerManifest, OciMediaType::DockerConfig,
        descriptor("application/vnd.docker.image.rootfs.diff.tar.gzip", '1', "100") + ","
            + descriptor("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip", '2', "200",
                ",\"urls\":[\"https://example.com/layer\",7]"));
    const auto r = parseOciManifest(body, QStringLiteral("application/json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.kind, Kind::Image);
    QCOMPARE(r.value.mediaType, QString::fromLatin1(OciMediaType::DockerManifest)); // the body's type wins
    QCOMPARE(r.value.layers.size(), 2);
    QCOMPARE(r.value.layers.at(1).urls, QStringList {QStringLiteral("https://example.com/layer")});
    QVERIFY(OciMediaType::isLayer(r.value.layers.at(1).mediaType));
    QCOMPARE(r.value.layersSize(), qint64(300));
    QCOMPARE(r.value.displayedArtifactType(), QString::fromLatin1(OciMediaType::DockerConfig));
}

void TestOciManifest::ociIndex()
{
    const QByteArray body = indexBody(OciMediaType::OciIndex,
        descriptor(OciMediaType::OciManifest, 'a', "500", ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}")
            + ","
            + descriptor(OciMediaType::OciManifest, 'b', "501",
                ",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"},"
                "\"annotations\":{\"k\":\"v\"}")
            + ","
            + descriptor(OciMediaType::OciManifest, 'd', "502",
                ",\"platform\":{\"os\":\"windows\",\"architecture\":\"amd64\",\"os.version\":\"10.0.17763.1879\","
                "\"os.features\":[\"win32k\"]}")
            + "," + descriptor(OciMediaType::OciIndex, 'e', "300"),
        ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"1.0\"}");
    const auto r = parseOciManifest(body, {}, dg('f'));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const OciManifest &m = r.value;
    QCOMPARE(m.kind, Kind::Index);
    QCOMPARE(m.manifests.size(), 4);
    QCOMPARE(m.manifests.at(0).platform->toString(), QStringLiteral("linux/amd64"));
    QCOMPARE(m.manifests.at(1).platform->toString(), QStringLiteral("linux/arm64/v8"));
    QCOMPARE(m.manifests.at(1).annotations.value(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(m.manifests.at(2).platform->osVersion, QStringLiteral("10.0.17763.1879"));
    QCOMPARE(m.manifests.at(2).platform->osFeatures, QStringList {QStringLiteral("win32k")});
    QVERIFY(!m.manifests.at(3).platform); // a nested index has no platform
    QVERIFY(m.layers.isEmpty());
    QCOMPARE(m.displayedArtifactType(), QString()); // an index without artifactType has none
    QCOMPARE(m.annotations.size(), 1);
}

void TestOciManifest::dockerListWithAttestations()
{
    // What docker buildx pushes with provenance on (buildkit's exporter/containerimage/attestations.go).
    const QByteArray attestation = ",\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"},"
                                   "\"annotations\":{\"vnd.docker.reference.type\":\"attestation-manifest\","
                                   "\"vnd.docker.reference.digest\":\""
        + dg('a').toLatin1() + "\"}";
    const QByteArray body = indexBody(OciMediaType::DockerList,
        descriptor(
            OciMediaType::DockerManifest, 'a', "700", ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}")
            + "," + descriptor(OciMediaType::OciManifest, 'b', "566", attestation));
    const auto r = parseOciManifest(body, QString::fromLatin1(OciMediaType::DockerList));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.kind, Kind::Index);
    QCOMPARE(r.value.manifests.size(), 2);
    QVERIFY(!r.value.manifests.at(0).platform->isUnknown());
    QVERIFY(r.value.manifests.at(1).platform->isUnknown());
    QCOMPARE(r.value.manifests.at(1).platform->toString(), QStringLiteral("unknown/unknown"));
    QCOMPARE(r.value.manifests.at(1).annotations.value(QStringLiteral("vnd.docker.reference.digest")), dg('a'));
}

void TestOciManifest::artifactWithEmptyConfig()
{
    // image-spec manifest.md "Guidelines for Artifact Usage": empty config with data "e30=" ({}).
    const QByteArray body = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                            "\"artifactType\":\"application/vnd.example.sbom+json\","
                            "\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":"
                            "\"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\","
                            "\"size\":2,\"data\":\"e30=\"},"
                            "\"layers\":["
        + descriptor("application/spdx+json", '1', "1234") + "]}";
    const auto r = parseOciManifest(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.kind, Kind::Image);
    QCOMPARE(r.value.artifactType, QStringLiteral("application/vnd.example.sbom+json"));
    QCOMPARE(r.value.displayedArtifactType(), QStringLiteral("application/vnd.example.sbom+json"));
    QCOMPARE(r.value.config.mediaType, QString::fromLatin1(OciMediaType::OciEmpty));
    QVERIFY(!OciMediaType::isLayer(r.value.layers.at(0).mediaType));
}

void TestOciManifest::subject()
{
    const QByteArray body
        = ::ociImage(descriptor(kGzip, '1', "10"), ",\"subject\":" + descriptor(OciMediaType::OciManifest, '9', "321"));
    const auto r = parseOciManifest(body, {}, dg('8'));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.value.subject);
    QCOMPARE(r.value.subject->digest, dg('9'));
    QCOMPARE(r.value.subject->size, qint64(321));
    QCOMPARE(r.value.subject->mediaType, QString::fromLatin1(OciMediaType::OciManifest));
}

void TestOciManifest::scratchImage_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray config = descriptor(OciMediaType::OciConfig, 'c', "2");
    QTest::newRow("empty layers") << ::ociImage({});
    QTest::newRow("no layers key") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"") + OciMediaType::OciManifest
            + "\",\"config\":" + config + "}";
    QTest::newRow("layers null") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"") + OciMediaType::OciManifest
            + "\",\"config\":" + config + ",\"layers\":null}";
}

void TestOciManifest::scratchImage()
{
    QFETCH(QByteArray, body);
    const auto r = parseOciManifest(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.kind, Kind::Image);
    QVERIFY(r.value.layers.isEmpty());
    QCOMPARE(r.value.layersSize(), qint64(0));
}

void TestOciManifest::kindFromTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mediaType");

    const QByteArray layers = descriptor(kGzip, '1', "1");
    const QByteArray config = descriptor(OciMediaType::OciConfig, 'c', "2");
    const QByteArray untypedImage = "{\"schemaVersion\":2,\"config\":" + config + ",\"layers\":[" + layers + "]}";
    const QByteArray untypedIndex = "{\"schemaVersion\":2,\"manifests\":[]}";
    const QString oci = QString::fromLatin1(OciMediaType::OciManifest);
    const QString ociIndex = QString::fromLatin1(OciMediaType::OciIndex);

    QTest::newRow("untyped body, OCI Content-Type") << untypedImage << oci << int(Kind::Image) << oci;
    QTest::newRow("Content-Type with parameter and case")
        << untypedImage << QStringLiteral("Application/VND.oci.image.manifest.v1+json; charset=utf-8")
        << int(Kind::Image) << oci;
    QTest::newRow("untyped body, no Content-Type: image by shape")
        << untypedImage << QString() << int(Kind::Image) << QString();
    QTest::newRow("untyped body, no Content-Type: index by shape")
        << untypedIndex << QString() << int(Kind::Index) << QString();
    QTest::newRow("untyped body, application/json") << untypedImage << QStringLiteral("application/json")
                                                    << int(Kind::Unknown) << QStringLiteral("application/json");
    QTest::newRow("body type wins over Content-Type")
        << indexBody(OciMediaType::OciIndex, {}) << QString::fromLatin1(OciMediaType::DockerManifest)
        << int(Kind::Index) << ociIndex;
    // Harbor 2.8-2.10 answer an empty referrers list with "{}".
    QTest::newRow("Harbor's {} referrers") << QByteArray("{}") << ociIndex << int(Kind::Index) << ociIndex;
    QTest::newRow("unknown type is shown raw, not refused")
        << QByteArray("{\"mediaType\":\"application/vnd.example.thing+json\",\"whatever\":[1,2]}") << QString()
        << int(Kind::Unknown) << QStringLiteral("application/vnd.example.thing+json");
    QTest::newRow("schema1") << QByteArray("{\"schemaVersion\":1,\"name\":\"a/b\",\"tag\":\"1\",\"fsLayers\":[]}")
                             << QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws")
                             << int(Kind::Unknown)
                             << QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");
    QTest::newRow("untyped, schemaVersion 1")
        << QByteArray("{\"schemaVersion\":1,\"config\":{}}") << QString() << int(Kind::Unknown) << QString();
    QTest::newRow("garbage Content-Type is ignored")
        << QByteArray("{}") << QStringLiteral("not a type\x1b[31m") << int(Kind::Unknown) << QString();
}

void TestOciManifest::kindFromTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, kind);
    QFETCH(QString, mediaType);
    const auto r = parseOciManifest(body, contentType);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(int(r.value.kind), kind);
    QCOMPARE(r.value.mediaType, mediaType);
}

void TestOciManifest::sizes_data()
{
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("3 GB (toInt gives 0)") << QByteArray("3000000000") << qint64(3000000000);
    QTest::newRow("2^44 exactly") << QByteArray("17592186044416") << (qint64(1) << 44);
    QTest::newRow("written as a float") << QByteArray("1.0e3") << qint64(1000);
    QTest::newRow("negative zero") << QByteArray("-0") << qint64(0);
}

void TestOciManifest::sizes()
{
    QFETCH(QByteArray, size);
    QFETCH(qint64, expected);
    const auto r = parseOciManifest(::ociImage(descriptor(kGzip, '1', size)));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.layers.at(0).size, expected);
}

void TestOciManifest::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("ownDigest");
    QTest::addColumn<QString>("mentions"); // what the message must name, so a user can find it

    const QByteArray good = descriptor(kGzip, '1', "1");
    const QString none;
    QTest::newRow("HTML page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << none
                               << QStringLiteral("not JSON");
    QTest::newRow("truncated") << ::ociImage(good).chopped(5) << none << QStringLiteral("not JSON");
    QTest::newRow("empty body") << QByteArray() << none << QStringLiteral("not JSON");
    QTest::newRow("JSON array") << QByteArray("[{\"schemaVersion\":2}]") << none << QStringLiteral("not an object");
    // Qt's parser refuses a top-level scalar outright: either way it is no manifest.
    QTest::newRow("JSON string") << QByteArray("\"manifest\"") << none << QStringLiteral("The manifest is");
    QTest::newRow("negative layer size") << ::ociImage(good + "," + descriptor(kGzip, '2', "-5")) << none
                                         << QStringLiteral("layers[1].size is negative");
    QTest::newRow("negative config size")
        << imageManifest(OciMediaType::OciManifest, OciMediaType::OciConfig, good).replace("1469", "-1469") << none
        << QStringLiteral("config.size is negative");
    QTest::newRow("absurd size 2^44+1") << ::ociImage(descriptor(kGzip, '1', "17592186044417")) << none
                                        << QStringLiteral("layers[0].size is 17592186044417 bytes");
    QTest::newRow("absurd size 1e300") << ::ociImage(descriptor(kGzip, '1', "1e300")) << none
                                       << QStringLiteral("layers[0].size is");
    QTest::newRow("fractional size") << ::ociImage(descriptor(kGzip, '1', "1.5")) << none
                                     << QStringLiteral("layers[0].size is not a whole number");
    QTest::newRow("size as string") << ::ociImage(descriptor(kGzip, '1', "\"12\"")) << none
                                    << QStringLiteral("layers[0].size is not a number");
    QTest::newRow("size missing") << ::ociImage("{\"mediaType\":\"a/b\",\"digest\":\"" + dg('1').toLatin1() + "\"}")
                                  << none << QStringLiteral("layers[0].size is missing");
    QTest::newRow("digest missing") << ::ociImage("{\"mediaType\":\"a/b\",\"size\":1}") << none
                                    << QStringLiteral("layers[0].digest is missing");
    QTest::newRow("digest uppercase hex")
        << ::ociImage(QByteArray(good).replace(dg('1').toLatin1(), dg('A').toLatin1())) << none
        << QStringLiteral("layers[0].digest is not a sha256 or sha512 digest");
    QTest::newRow("digest too short") << ::ociImage(QByteArray(good).replace(dg('1').toLatin1(), "sha256:abc")) << none
                                      << QStringLiteral("layers[0].digest");
    QTest::newRow("digest with escape sequence")
        << ::ociImage(QByteArray(good).replace(dg('1').toLatin1(), "sha256:\\u001b[2Jabc")) << none
        << QStringLiteral("\\x1b[2J");
    QTest::newRow("digest a number") << ::ociImage(QByteArray(good).replace('"' + dg('1').toLatin1() + '"', "5"))
                                     << none << QStringLiteral("layers[0].digest is not a string");
    QTest::newRow("layer media type missing") << ::ociImage("{\"digest\":\"" + dg('1').toLatin1() + "\",\"size\":1}")
                                              << none << QStringLiteral("layers[0].mediaType is missing");
    QTest::newRow("layer media type with space") << ::ociImage(descriptor("text/plain; x", '1', "1")) << none
                                                 << QStringLiteral("layers[0].mediaType is not a media type");
    QTest::newRow("artifactType not a media type")
        << ::ociImage(good, ",\"artifactType\":\"sbom\"") << none << QStringLiteral("artifactType is not a media type");
    QTest::newRow("layers not a list")
        << QByteArray(::ociImage(good)).replace("\"layers\":[", "\"layers\":{\"a\":[").replace("]}", "]}}") << none
        << QStringLiteral("layers is not a list");
    QTest::newRow("layer not an object") << ::ociImage(good + ",\"x\"") << none
                                         << QStringLiteral("layers[1] is not a JSON object");
    QTest::newRow("config missing") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"") + OciMediaType::OciManifest
            + "\",\"layers\":[]}" << none
                                    << QStringLiteral("no config");
    QTest::newRow("config not an object") << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"")
            + OciMediaType::OciManifest + "\",\"config\":[],\"layers\":[]}"
                                          << none << QStringLiteral("config is not a JSON object");
    QTest::newRow("subject digest invalid")
        << ::ociImage(good, ",\"subject\":" + descriptor(OciMediaType::OciManifest, 'X', "1")) << none
        << QStringLiteral("subject.digest");
    QTest::newRow("manifests entry digest invalid") << indexBody(OciMediaType::OciIndex,
        descriptor(OciMediaType::OciManifest, 'a', "1") + "," + descriptor(OciMediaType::OciManifest, 'G', "1"))
                                                    << none << QStringLiteral("manifests[1].digest");
    QTest::newRow("manifests not a list")
        << QByteArray("{\"mediaType\":\"") + OciMediaType::OciIndex + "\",\"manifests\":\"all\"}" << none
        << QStringLiteral("manifests is not a list");
    QTest::newRow("index lists its own digest") << indexBody(OciMediaType::OciIndex,
        descriptor(OciMediaType::OciManifest, 'a', "1") + "," + descriptor(OciMediaType::OciManifest, 'f', "1"))
                                                << dg('f') << QStringLiteral("manifests[1] is the index itself");
    QTest::newRow("subject is the manifest itself")
        << ::ociImage(good, ",\"subject\":" + descriptor(OciMediaType::OciManifest, 'f', "1")) << dg('f')
        << QStringLiteral("subject is the manifest itself");
    QTest::newRow("embedded data does not match")
        << ::ociImage(good).replace("\"size\":1469}", "\"size\":1469,\"data\":\"e30=\"}") << none
        << QStringLiteral("config.data does not match");
    QTest::newRow("embedded data not base64")
        << ::ociImage(good).replace("\"size\":1469}", "\"size\":1469,\"data\":\"!!\"}") << none
        << QStringLiteral("config.data is not base64");
}

void TestOciManifest::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, ownDigest);
    QFETCH(QString, mentions);
    const auto r = parseOciManifest(body, {}, ownDigest);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    // A failed parse hands back nothing that could be used by mistake.
    QCOMPARE(int(r.value.kind), int(Kind::Unknown));
    QVERIFY(r.value.layers.isEmpty() && r.value.manifests.isEmpty() && r.value.config.digest.isEmpty());
    QVERIFY2(!DisplayText::hasControl(r.error), qPrintable(r.error));
}

void TestOciManifest::sizeLimit()
{
    // Padding is JSON whitespace: the largest body still read, then one byte more.
    QByteArray body = "{}";
    body += QByteArray(kMaxManifestBytes - body.size(), ' ');
    QVERIFY(parseOciManifest(body).ok());
    body += ' ';
    const auto r = parseOciManifest(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QString::number(kMaxManifestBytes + 1)), qPrintable(r.error));
}

void TestOciManifest::ownDigestMayAppearElsewhere()
{
    // An index may name its own digest in an annotation (buildx's attestation references name a
    // sibling); only a manifests[] entry equal to it is a loop.
    const QByteArray body = indexBody(OciMediaType::OciIndex, descriptor(OciMediaType::OciManifest, 'a', "1"),
        ",\"annotations\":{\"ref\":\"" + dg('f').toLatin1() + "\"}");
    QVERIFY(parseOciManifest(body, {}, dg('f')).ok());
}

void TestOciManifest::platformFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("roundTrip");

    QTest::newRow("os/arch") << QStringLiteral("linux/amd64") << true << QStringLiteral("linux/amd64");
    QTest::newRow("os/arch/variant") << QStringLiteral("linux/arm64/v8") << true << QStringLiteral("linux/arm64/v8");
    QTest::newRow("surrounding space") << QStringLiteral(" linux/arm/v7 ") << true << QStringLiteral("linux/arm/v7");
    QTest::newRow("unknown/unknown") << QStringLiteral("unknown/unknown") << true << QStringLiteral("unknown/unknown");
    QTest::newRow("os only") << QStringLiteral("linux") << false << QString();
    QTest::newRow("four parts") << QStringLiteral("linux/arm64/v8/x") << false << QString();
    QTest::newRow("empty arch") << QStringLiteral("linux//v8") << false << QString();
    QTest::newRow("trailing slash") << QStringLiteral("linux/amd64/") << false << QString();
    QTest::newRow("inner space") << QStringLiteral("linux/amd 64") << false << QString();
    QTest::newRow("control character") << QStringLiteral("linux/amd64\x1b") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestOciManifest::platformFromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, roundTrip);
    const auto p = OciPlatform::fromString(text);
    QCOMPARE(p.has_value(), valid);
    if (valid) {
        QCOMPARE(p->toString(), roundTrip);
        QVERIFY(!p->isEmpty());
        QCOMPARE(p->isUnknown(), roundTrip == QLatin1String("unknown/unknown"));
    }
}

void TestOciManifest::mediaTypes()
{
    const QByteArray accept = OciMediaType::manifestAcceptHeader();
    QCOMPARE(accept,
        QByteArray("application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
                   "application/vnd.docker.distribution.manifest.list.v2+json, "
                   "application/vnd.docker.distribution.manifest.v2+json"));
    QVERIFY(OciMediaType::isIndex(QStringLiteral("application/vnd.oci.image.index.v1+json")));
    QVERIFY(OciMediaType::isIndex(QStringLiteral("Application/vnd.docker.distribution.manifest.list.v2+json; x=y")));
    QVERIFY(!OciMediaType::isIndex(QString::fromLatin1(OciMediaType::OciManifest)));
    QVERIFY(OciMediaType::isImageManifest(QString::fromLatin1(OciMediaType::DockerManifest)));
    QVERIFY(!OciMediaType::isImageManifest(QStringLiteral("application/vnd.docker.distribution.manifest.v1+json")));
    QVERIFY(OciMediaType::isImageConfig(QString::fromLatin1(OciMediaType::DockerConfig)));
    QVERIFY(!OciMediaType::isImageConfig(QString::fromLatin1(OciMediaType::OciEmpty)));
    QVERIFY(OciMediaType::isLayer(QString::fromLatin1(OciMediaType::OciLayerZstd)));
    QVERIFY(OciMediaType::isLayer(QStringLiteral("application/vnd.oci.image.layer.nondistributable.v1.tar+gzip")));
    QVERIFY(!OciMediaType::isLayer(QStringLiteral("application/vnd.in-toto+json")));
}

QTEST_APPLESS_MAIN(TestOciManifest)
#include "tst_ocimanifest.moc"
