// berthctl inspect --json from fixed manifest and config bytes: the exact keys and values for an
// image, an index with and without a chosen platform, and an artifact; and which index entry a
// --platform chooses.
#include "content/ImageInspection.h"
#include "content/InspectJson.h"
#include "core/ContentDigest.h"
#include "core/OciConfig.h"
#include "core/OciManifest.h"

#include <QJsonDocument>
#include <QTest>

using namespace berth;

namespace {

const QString kLayer1 = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
const QString kLayer2 = QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222");
const QString kSig = QStringLiteral("sha256:3333333333333333333333333333333333333333333333333333333333333333");
const QString kArm = QStringLiteral("sha256:4444444444444444444444444444444444444444444444444444444444444444");
const QString kAtt = QStringLiteral("sha256:5555555555555555555555555555555555555555555555555555555555555555");
const QString kChart = QStringLiteral("sha256:6666666666666666666666666666666666666666666666666666666666666666");

const QByteArray kConfig = R"({"created":"2024-05-01T10:00:00Z","author":"Berth tests","architecture":"amd64",
"os":"linux","config":{"User":"app","ExposedPorts":{"8080/tcp":{},"443/tcp":{}},"Env":["PATH=/usr/bin","MODE=prod"],
"Entrypoint":["/bin/app","--serve"],"Cmd":["--port","8080"],"WorkingDir":"/srv","Labels":{"org.opencontainers.image.title":"app","team":"a"},
"Volumes":{"/data":{}}},"rootfs":{"type":"layers","diff_ids":[]},"history":[{"created_by":"ADD app /bin/app"}]})";

QByteArray imageManifest()
{
    return QStringLiteral(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
"config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%1","size":%2},
"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"%3","size":1000},
{"mediaType":"application/vnd.oci.image.layer.v1.tar+zstd","digest":"%4","size":234}]})")
        .arg(sha256Digest(kConfig))
        .arg(kConfig.size())
        .arg(kLayer1, kLayer2)
        .toUtf8();
}

QByteArray indexManifest(const QString &amd64)
{
    return QStringLiteral(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%1","size":500,"platform":{"os":"linux","architecture":"amd64"}},
{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%2","size":501,"platform":{"os":"linux","architecture":"arm64","variant":"v8"}},
{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%3","size":502,"platform":{"os":"unknown","architecture":"unknown"},
 "annotations":{"vnd.docker.reference.type":"attestation-manifest"}}]})")
        .arg(amd64, kArm, kAtt)
        .toUtf8();
}

InspectedManifest inspected(const QByteArray &bytes, const QByteArray &config = {})
{
    InspectedManifest m;
    m.bytes = bytes;
    m.digest = sha256Digest(bytes);
    const Parsed<OciManifest> parsed = parseOciManifest(bytes, {}, m.digest);
    if (!parsed.ok())
        qFatal("fixture does not parse: %s", qPrintable(parsed.error));
    m.manifest = parsed.value;
    m.mediaType = m.manifest.mediaType;
    if (!config.isEmpty()) {
        m.configBytes = config;
        m.config = parseOciImageConfig(config).value;
        m.platform = OciPlatform {m.config->os, m.config->architecture, m.config->variant, {}, {}};
    }
    return m;
}

QJsonObject object(const QString &json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (!d.isObject())
        qFatal("expected JSON does not parse: %s", qPrintable(e.errorString()));
    return d.object();
}

QString configJsonText()
{
    return QStringLiteral(R"({"digest":"%1","mediaType":"application/vnd.oci.image.config.v1+json","size":%2,
"created":"2024-05-01T10:00:00Z","author":"Berth tests","os":"linux","architecture":"amd64","variant":null,
"entrypoint":["/bin/app","--serve"],"cmd":["--port","8080"],"env":["PATH=/usr/bin","MODE=prod"],"workingDir":"/srv",
"user":"app","labels":{"org.opencontainers.image.title":"app","team":"a"},"exposedPorts":["443/tcp","8080/tcp"]})")
        .arg(sha256Digest(kConfig))
        .arg(kConfig.size());
}

// Shows both sides when they differ: QCOMPARE on QJsonObject prints nothing useful.
void compareJson(const QJsonObject &actual, const QJsonObject &expected)
{
    if (actual != expected)
        qWarning("actual:\n%s\nexpected:\n%s", QJsonDocument(actual).toJson().constData(),
            QJsonDocument(expected).toJson().constData());
    QVERIFY(actual == expected);
}

} // namespace

class TestInspectJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void image()
    {
        ImageInspectionResult r;
        r.reference = QStringLiteral("team-a/app:v1");
        r.repository = QStringLiteral("team-a/app");
        r.top = inspected(imageManifest(), kConfig);
        OciDescriptor sig;
        sig.digest = kSig;
        sig.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
        sig.artifactType = QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
        sig.size = 300;
        r.top.referrers = {sig};
        const qint64 total = imageManifest().size() + kConfig.size() + 1000 + 234;
        const QJsonObject expected = object(QStringLiteral(R"({"reference":"team-a/app:v1","digest":"%1",
"mediaType":"application/vnd.oci.image.manifest.v1+json","size":%2,
"referrers":[{"digest":"%3","mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.dev.cosign.artifact.sig.v1+json"}],
"platform":{"os":"linux","architecture":"amd64","variant":null},
"config":%4,
"layers":[{"digest":"%5","mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":1000},
{"digest":"%6","mediaType":"application/vnd.oci.image.layer.v1.tar+zstd","size":234}],
"totalSize":%7})")
                                                .arg(sha256Digest(imageManifest()))
                                                .arg(imageManifest().size())
                                                .arg(kSig, configJsonText(), kLayer1, kLayer2)
                                                .arg(total));
        compareJson(InspectJson::toJson(r), expected);
    }

    void indexWithoutPlatform()
    {
        ImageInspectionResult r;
        r.reference = QStringLiteral("team-a/app:multi");
        const QString amd64 = sha256Digest(imageManifest());
        r.top = inspected(indexManifest(amd64));
        const QJsonObject expected = object(QStringLiteral(R"({"reference":"team-a/app:multi","digest":"%1",
"mediaType":"application/vnd.oci.image.index.v1+json","size":%2,"referrers":[],
"manifests":[
{"digest":"%3","mediaType":"application/vnd.oci.image.manifest.v1+json","size":500,"platform":{"os":"linux","architecture":"amd64","variant":null}},
{"digest":"%4","mediaType":"application/vnd.oci.image.manifest.v1+json","size":501,"platform":{"os":"linux","architecture":"arm64","variant":"v8"}},
{"digest":"%5","mediaType":"application/vnd.oci.image.manifest.v1+json","size":502,"platform":{"os":"unknown","architecture":"unknown","variant":null}}]})")
                                                .arg(sha256Digest(indexManifest(amd64)))
                                                .arg(indexManifest(amd64).size())
                                                .arg(amd64, kArm, kAtt));
        compareJson(InspectJson::toJson(r), expected);
    }

    void indexWithChosenImage()
    {
        ImageInspectionResult r;
        r.reference = QStringLiteral("team-a/app:multi");
        const QString amd64 = sha256Digest(imageManifest());
        r.top = inspected(indexManifest(amd64));
        InspectedManifest child = inspected(imageManifest(), kConfig);
        child.platform = r.top.manifest.manifests.first().platform; // the entry's, as ImageInspection sets it
        r.image = child;
        const QJsonObject o = InspectJson::toJson(r);
        QVERIFY(o.contains(QStringLiteral("manifests")));
        QVERIFY(!o.contains(QStringLiteral("config")));
        QVERIFY(!o.contains(QStringLiteral("platform")));
        const QJsonObject image = o.value(QStringLiteral("image")).toObject();
        QStringList keys = image.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList {"config", "digest", "layers", "mediaType", "platform", "referrers", "size", "totalSize"}));
        QCOMPARE(image.value(QStringLiteral("digest")).toString(), amd64);
        compareJson(image.value(QStringLiteral("config")).toObject(), object(configJsonText()));
        QCOMPARE(
            image.value(QStringLiteral("totalSize")).toInteger(), imageManifest().size() + kConfig.size() + 1000 + 234);
    }

    void artifact()
    {
        const QByteArray chart
            = QStringLiteral(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
"artifactType":"application/vnd.cncf.helm.chart.v1",
"config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"%1","size":120},
"layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"%2","size":4000}]})")
                  .arg(kChart, kLayer1)
                  .toUtf8();
        ImageInspectionResult r;
        r.reference = QStringLiteral("team-a/chart:1.0.0");
        r.top = inspected(chart);
        const QJsonObject expected = object(QStringLiteral(R"({"reference":"team-a/chart:1.0.0","digest":"%1",
"mediaType":"application/vnd.oci.image.manifest.v1+json","size":%2,"artifactType":"application/vnd.cncf.helm.chart.v1",
"referrers":[],"platform":null,
"config":{"digest":"%3","mediaType":"application/vnd.cncf.helm.config.v1+json","size":120},
"layers":[{"digest":"%4","mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","size":4000}],
"totalSize":%5})")
                                                .arg(sha256Digest(chart))
                                                .arg(chart.size())
                                                .arg(kChart, kLayer1)
                                                .arg(chart.size() + 120 + 4000));
        compareJson(InspectJson::toJson(r), expected);
    }

    void chooseEntry_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("entry"); // -1: none
        QTest::newRow("amd64") << "linux/amd64" << 0;
        QTest::newRow("arm64 without variant") << "linux/arm64" << 1;
        QTest::newRow("arm64/v8") << "linux/arm64/v8" << 1;
        QTest::newRow("arm64/v9") << "linux/arm64/v9" << -1;
        QTest::newRow("amd64/v2: variant asked, none there") << "linux/amd64/v2" << -1;
        QTest::newRow("s390x") << "linux/s390x" << -1;
        QTest::newRow("attestation only when asked") << "unknown/unknown" << 2;
    }

    void chooseEntry()
    {
        QFETCH(QString, platform);
        QFETCH(int, entry);
        const OciManifest index = inspected(indexManifest(sha256Digest(imageManifest()))).manifest;
        const OciDescriptor *chosen = ImageInspection::chooseEntry(index, *OciPlatform::fromString(platform));
        QCOMPARE(chosen ? int(chosen - index.manifests.constData()) : -1, entry);
    }

    void noVariantEntryPreferred()
    {
        // "linux/arm" matches both; the entry without a variant wins, wherever it is.
        const QByteArray bytes
            = QStringLiteral(R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%1","size":1,"platform":{"os":"linux","architecture":"arm","variant":"v7"}},
{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%2","size":1,"platform":{"os":"linux","architecture":"arm"}}]})")
                  .arg(kLayer1, kLayer2)
                  .toUtf8();
        const OciManifest index = inspected(bytes).manifest;
        const OciDescriptor *chosen
            = ImageInspection::chooseEntry(index, *OciPlatform::fromString(QStringLiteral("linux/arm")));
        QVERIFY(chosen);
        QCOMPARE(chosen->digest, kLayer2);
        chosen = ImageInspection::chooseEntry(index, *OciPlatform::fromString(QStringLiteral("linux/arm/v7")));
        QVERIFY(chosen);
        QCOMPARE(chosen->digest, kLayer1);
    }
};

QTEST_GUILESS_MAIN(TestInspectJson)
#include "tst_inspectjson.moc"
