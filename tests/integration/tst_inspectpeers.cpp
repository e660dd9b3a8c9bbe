// berthctl inspect next to skopeo (containers/image), a peer that reads the same registry with code
// of its own: a real docker-registry behind harbor-sim (--registry-backend), every fixture of
// tools/oci-fixtures pushed through it, and for each one berthctl's --json and --raw compared with
// what `skopeo inspect` (default, --raw, --config, --config --raw) says of the same reference.
// skopeo authenticates with a containers auth file in a temporary folder, never with argv.
#include "BerthctlProcess.h"
#include "InspectFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Run = BerthctlRun;

namespace {

struct Peer
{
    int exitCode = -1;
    QByteArray out; // stdout only: --raw is compared byte for byte
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString sha256Of(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isIndex(const QString &mediaType)
{
    return mediaType == QLatin1String("application/vnd.oci.image.index.v1+json")
        || mediaType == QLatin1String("application/vnd.docker.distribution.manifest.list.v2+json");
}

// The keys of expectedConfigFields() taken from berthctl's config object.
QJsonObject configFields(const QJsonObject &config)
{
    QJsonObject o;
    for (const char *key : {"created", "author", "os", "architecture", "variant", "entrypoint", "cmd", "env",
             "workingDir", "user", "labels", "exposedPorts"})
        o.insert(QLatin1String(key), config.value(QLatin1String(key)));
    return o;
}

QJsonArray descriptors(const QJsonArray &list, bool withPlatform)
{
    QJsonArray out;
    for (const QJsonValue &v : list) {
        const QJsonObject d = v.toObject();
        QJsonObject o {{QStringLiteral("digest"), d.value(QStringLiteral("digest"))},
            {QStringLiteral("mediaType"), d.value(QStringLiteral("mediaType"))},
            {QStringLiteral("size"), d.value(QStringLiteral("size"))}};
        if (withPlatform)
            o.insert(QStringLiteral("platform"), platformOf(d.value(QStringLiteral("platform")).toObject()));
        out.append(o);
    }
    return out;
}

QJsonArray digestsOf(const QJsonArray &list)
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(QStringLiteral("digest")));
    return out;
}

} // namespace

class TestInspectPeers : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;
    SimServer sim;
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;
    QString authFile;
    QString hostPort;

    Run reader(QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << SimAccounts::kReader
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(SimAccounts::kReaderSecret));
    }

    // skopeo inspect with the auth file, over plain http (loopback), in a home of its own so no
    // registries.conf or auth file of the developer takes part.
    Peer skopeo(const QString &reference, const QStringList &options)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), work.filePath(QStringLiteral("skopeo-home")));
        env.remove(QStringLiteral("REGISTRY_AUTH_FILE"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        p.setProcessEnvironment(env);
        const QStringList args = QStringList {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                                     QStringLiteral("--authfile"), authFile}
            + options + QStringList {QStringLiteral("docker://%1/%2").arg(hostPort, reference)};
        p.start(QStringLiteral("skopeo"), args);
        Peer r;
        if (!p.waitForStarted(10000)) {
            r.err = p.errorString().toUtf8();
            return r;
        }
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(2000);
            r.err = "skopeo did not finish";
            return r;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (r.exitCode != 0)
            qWarning("skopeo %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r;
    }

    // An image inspected by berthctl (the top object, or an index's "image") against skopeo's
    // view of the same image: `image` is berthctl's object; `top` the reference skopeo reads,
    // `imageRef` the image's own reference by digest; `platform` skopeo's override options.
    void compareImage(const QJsonObject &image, const QString &top, const QString &topDigest, const QString &imageRef,
        const QStringList &platform)
    {
        // skopeo inspect: the reference's digest, the chosen image's layers and config summary.
        const Peer summary = skopeo(top, platform);
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject s = summary.json();
        QCOMPARE(s.value(QStringLiteral("Digest")).toString(), topDigest);
        const QJsonArray layers = image.value(QStringLiteral("layers")).toArray();
        compareJson(
            digestsOf(layers), s.value(QStringLiteral("Layers")).toArray(), "layer digests", "berthctl", "skopeo");
        const QJsonObject config = image.value(QStringLiteral("config")).toObject();
        QCOMPARE(config.value(QStringLiteral("created")), s.value(QStringLiteral("Created")));
        QCOMPARE(config.value(QStringLiteral("os")), s.value(QStringLiteral("Os")));
        QCOMPARE(config.value(QStringLiteral("architecture")), s.value(QStringLiteral("Architecture")));
        compareJson(config.value(QStringLiteral("labels")), s.value(QStringLiteral("Labels")).toObject(), "Labels",
            "berthctl", "skopeo");
        compareJson(config.value(QStringLiteral("env")), stringsOf(s.value(QStringLiteral("Env"))), "Env", "berthctl",
            "skopeo");

        // The image manifest skopeo reads by digest: the same bytes, layers, sizes and types.
        const Peer raw = skopeo(imageRef, {QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(sha256Of(raw.out), image.value(QStringLiteral("digest")).toString());
        QCOMPARE(image.value(QStringLiteral("size")).toInteger(), raw.out.size());
        const QJsonObject manifest = QJsonDocument::fromJson(raw.out).object();
        compareJson(layers, descriptors(manifest.value(QStringLiteral("layers")).toArray(), false), "layers",
            "berthctl", "skopeo");
        compareJson(
            digestsOf(layers), s.value(QStringLiteral("Layers")).toArray(), "skopeo's choice", "berthctl", "skopeo");
        const QJsonObject cd = manifest.value(QStringLiteral("config")).toObject();
        QCOMPARE(config.value(QStringLiteral("digest")), cd.value(QStringLiteral("digest")));
        QCOMPARE(config.value(QStringLiteral("mediaType")), cd.value(QStringLiteral("mediaType")));
        QCOMPARE(config.value(QStringLiteral("size")), cd.value(QStringLiteral("size")));
        qint64 total = raw.out.size() + cd.value(QStringLiteral("size")).toInteger();
        for (const QJsonValue &l : manifest.value(QStringLiteral("layers")).toArray())
            total += l.toObject().value(QStringLiteral("size")).toInteger();
        QCOMPARE(image.value(QStringLiteral("totalSize")).toInteger(), total);

        // The config blob as skopeo fetched it, and the fields skopeo reads from it.
        const Peer configRaw
            = skopeo(top, platform + QStringList {QStringLiteral("--config"), QStringLiteral("--raw")});
        QCOMPARE(configRaw.exitCode, 0);
        QCOMPARE(sha256Of(configRaw.out), config.value(QStringLiteral("digest")).toString());
        QCOMPARE(config.value(QStringLiteral("size")).toInteger(), configRaw.out.size());
        // skopeo --config prints the OCI form it converts Docker configs to (containers/image
        // image/docker_schema2.go OCIConfig), which has the fields of the raw config.
        const Peer oci = skopeo(top, platform + QStringList {QStringLiteral("--config")});
        QCOMPARE(oci.exitCode, 0);
        compareJson(configFields(config), expectedConfigFields(oci.json()), "config fields", "berthctl", "skopeo");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY(home.isValid() && work.isValid());
        QByteArray error;
        QVERIFY2(
            startRegistryWithFixtures(registry, sim, work.filePath(QStringLiteral("pushed.json")), &fixtures, &error),
            error.constData());
        hostPort = sim.url().authority();
        QVERIFY(fixtures.size() >= 9);

        // containers-auth.json(5): the reader robot, base64 of "user:secret", readable by us only.
        QVERIFY(QDir().mkpath(work.filePath(QStringLiteral("skopeo-home"))));
        authFile = work.filePath(QStringLiteral("auth.json"));
        QFile auth(authFile);
        QVERIFY(auth.open(QIODevice::WriteOnly));
        QVERIFY(auth.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray basic = (SimAccounts::kReader + QLatin1Char(':') + SimAccounts::kReaderSecret).toUtf8();
        auth.write(QJsonDocument(
            QJsonObject {{QStringLiteral("auths"),
                QJsonObject {
                    {hostPort, QJsonObject {{QStringLiteral("auth"), QString::fromLatin1(basic.toBase64())}}}}}})
                       .toJson());
    }

    void init() { ctl.clearTranscript(); }
    void cleanup() { ctl.printTranscriptIfFailed(); }

    // Every fixture, artifacts included: --raw prints the bytes skopeo reads, and --json names
    // their digest and media type.
    void rawIsWhatSkopeoReads_data() { addFixtureRows(fixtures); }

    void rawIsWhatSkopeoReads()
    {
        QFETCH(QString, name);
        const QString ref = fixtures.value(name).toObject().value(QStringLiteral("reference")).toString();
        const Peer peer = skopeo(ref, {QStringLiteral("--raw")});
        QCOMPARE(peer.exitCode, 0);
        QVERIFY(!peer.out.isEmpty());
        const Run raw = reader({QStringLiteral("inspect"), ref, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, peer.out);
        const Run json = reader({QStringLiteral("inspect"), ref, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QStringLiteral("digest")).toString(), sha256Of(peer.out));
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), peer.out.size());
        const QJsonObject manifest = QJsonDocument::fromJson(peer.out).object();
        QCOMPARE(o.value(QStringLiteral("mediaType")), manifest.value(QStringLiteral("mediaType")));
        if (manifest.contains(QStringLiteral("artifactType")))
            QCOMPARE(o.value(QStringLiteral("artifactType")), manifest.value(QStringLiteral("artifactType")));
        else
            QVERIFY(!o.contains(QStringLiteral("artifactType")) || o.value(QStringLiteral("artifactType")).isNull());
    }

    // Every fixture skopeo can describe (images and indexes; skopeo refuses artifacts such as a
    // Helm chart: "unsupported image-specific operation on artifact").
    void agreesWithSkopeo_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtures.keys()) {
            const QJsonObject rec = fixtures.value(name).toObject();
            const QString config
                = rec.value(QStringLiteral("config")).toObject().value(QStringLiteral("mediaType")).toString();
            if (isIndex(rec.value(QStringLiteral("mediaType")).toString()) || isImageConfig(config))
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void agreesWithSkopeo()
    {
        QFETCH(QString, name);
        const QJsonObject rec = fixtures.value(name).toObject();
        const QString ref = rec.value(QStringLiteral("reference")).toString();
        const Run r = reader({QStringLiteral("inspect"), ref, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        const QString digest = o.value(QStringLiteral("digest")).toString();
        if (!isIndex(o.value(QStringLiteral("mediaType")).toString())) {
            compareImage(
                o, ref, digest, rec.value(QStringLiteral("repository")).toString() + QLatin1Char('@') + digest, {});
            return;
        }
        // An index: its entries in order, attestations included, as skopeo's raw bytes list them.
        const Peer summary = skopeo(ref,
            {QStringLiteral("--override-os"), QStringLiteral("linux"), QStringLiteral("--override-arch"),
                QStringLiteral("amd64")});
        QCOMPARE(summary.exitCode, 0);
        QCOMPARE(summary.json().value(QStringLiteral("Digest")).toString(), digest);
        const Peer raw = skopeo(ref, {QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        compareJson(o.value(QStringLiteral("manifests")),
            descriptors(QJsonDocument::fromJson(raw.out).object().value(QStringLiteral("manifests")).toArray(), true),
            "manifests", "berthctl", "skopeo");
        QVERIFY(!o.contains(QStringLiteral("config")));
        QVERIFY(!o.contains(QStringLiteral("layers")));
    }

    // --platform against skopeo's --override-os/arch/variant: the same entry, layers and config.
    void platformAgreesWithSkopeo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("override");
        const QStringList arm {QStringLiteral("--override-os"), QStringLiteral("linux"),
            QStringLiteral("--override-arch"), QStringLiteral("arm64"), QStringLiteral("--override-variant"),
            QStringLiteral("v8")};
        const QStringList amd {QStringLiteral("--override-os"), QStringLiteral("linux"),
            QStringLiteral("--override-arch"), QStringLiteral("amd64")};
        for (const char *name : {"oci-index", "docker-list"}) {
            QTest::addRow("%s linux/arm64/v8", name) << QString::fromLatin1(name) << "linux/arm64/v8" << arm;
            QTest::addRow("%s linux/amd64", name) << QString::fromLatin1(name) << "linux/amd64" << amd;
        }
    }

    void platformAgreesWithSkopeo()
    {
        QFETCH(QString, name);
        QFETCH(QString, platform);
        QFETCH(QStringList, override);
        const QJsonObject rec = fixtures.value(name).toObject();
        QVERIFY(!rec.isEmpty());
        const QString ref = rec.value(QStringLiteral("reference")).toString();
        const Run r = reader(
            {QStringLiteral("inspect"), ref, QStringLiteral("--platform"), platform, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        const QJsonObject image = o.value(QStringLiteral("image")).toObject();
        QVERIFY(!image.isEmpty());
        const QString imageRef = rec.value(QStringLiteral("repository")).toString() + QLatin1Char('@')
            + image.value(QStringLiteral("digest")).toString();
        compareImage(image, ref, o.value(QStringLiteral("digest")).toString(), imageRef, override);
        // --raw with --platform prints the chosen image's bytes, which skopeo reads by digest.
        const Run raw
            = reader({QStringLiteral("inspect"), ref, QStringLiteral("--platform"), platform, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        const Peer peer = skopeo(imageRef, {QStringLiteral("--raw")});
        QCOMPARE(peer.exitCode, 0);
        QCOMPARE(raw.out, peer.out);
    }
};

QTEST_GUILESS_MAIN(TestInspectPeers)
#include "tst_inspectpeers.moc"
