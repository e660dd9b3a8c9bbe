// harbor-sim --registry-backend in front of a real docker-registry (distribution 2.8), as Harbor's
// core fronts its registry. Each case names the Harbor behaviour it mirrors (goharbor/harbor):
//   authorisation: src/server/middleware/v2auth/auth.go; tags, catalog, manifests, referrers:
//   src/server/registry/{tag,catalog,manifest,referrers}.go; what a push records:
//   src/controller/artifact/manifest/{v2,index}.go, src/server/middleware/subject/subject.go;
//   artifact delete reaching the registry: src/controller/artifact/controller.go.
#include "registryprocesses.h"

#include <memory>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace regtest;

namespace {

const QByteArray kAdmin = "admin:Harbor12345";
const QByteArray kAlice = "alice:Alice12345"; // maintainer of team-a
const QByteArray kReader = "robot$team-a+reader:ReaderSecret1"; // list/read: pull, no push
const QByteArray kLister = "robot$team-a+lister:ListerSecret1"; // list and delete, no pull (added below)
const QByteArray kOciManifest = "application/vnd.oci.image.manifest.v1+json";
const QByteArray kOciIndex = "application/vnd.oci.image.index.v1+json";
const QByteArray kAccept = kOciIndex + ", " + kOciManifest;

Headers basic(const QByteArray &cred)
{
    return cred.isEmpty() ? Headers {} : Headers {{"Authorization", "Basic " + cred.toBase64()}};
}

QString digestOf(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Deterministic bytes that do not repeat (xorshift), so a multi-MB layer is real work.
QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed ? seed : 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject descriptor(const QByteArray &mediaType, const QByteArray &bytes)
{
    return {{"mediaType", QString::fromLatin1(mediaType)}, {"digest", digestOf(bytes)}, {"size", bytes.size()}};
}

QByteArray imageManifest(const QByteArray &config, const QList<QByteArray> &layers, const QJsonObject &extra = {})
{
    QJsonArray l;
    for (const QByteArray &layer : layers)
        l.append(descriptor("application/vnd.oci.image.layer.v1.tar", layer));
    QJsonObject m {{"schemaVersion", 2}, {"mediaType", QString::fromLatin1(kOciManifest)},
        {"config", descriptor("application/vnd.oci.image.config.v1+json", config)}, {"layers", l}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    return json(m);
}

} // namespace

class TestRegistryBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RegistryProcess> m_registry;
    std::unique_ptr<SimProcess> m_sim;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    Reply sim(
        const QByteArray &method, const QByteArray &target, const Headers &headers = {}, const QByteArray &body = {})
    {
        return request(m_nam, method, m_sim->url(target), headers, body);
    }
    Reply backend(const QByteArray &method, const QByteArray &target, const Headers &headers = {})
    {
        return request(m_nam, method, m_registry->url(target), headers);
    }
    // Only the path and query of a Location the sim sent, after checking it names the sim itself.
    QByteArray ownTarget(const QByteArray &location)
    {
        if (!location.startsWith(m_sim->origin() + "/v2/"))
            return {};
        return location.mid(m_sim->origin().size());
    }
    // POST, then one PUT with the whole blob (Content-Length).
    QString pushBlob(const QByteArray &repo, const QByteArray &blob, const QByteArray &cred = kAdmin)
    {
        const Reply post = sim("POST", "/v2/" + repo + "/blobs/uploads/", basic(cred));
        if (post.status != 202)
            return {};
        const QByteArray target = ownTarget(post.header("Location"));
        const QString digest = digestOf(blob);
        const Reply put = sim("PUT", target + "&digest=" + digest.toLatin1(),
            basic(cred) + Headers {{"Content-Type", "application/octet-stream"}}, blob);
        return put.status == 201 ? digest : QString();
    }
    Reply putManifest(const QByteArray &repo, const QByteArray &ref, const QByteArray &body,
        const QByteArray &mediaType = kOciManifest, const QByteArray &cred = kAdmin)
    {
        return sim(
            "PUT", "/v2/" + repo + "/manifests/" + ref, basic(cred) + Headers {{"Content-Type", mediaType}}, body);
    }
    QJsonArray artifacts(const QByteArray &repoEncoded, const QByteArray &query = "?with_accessory=true")
    {
        return QJsonDocument::fromJson(
            sim("GET", "/api/v2.0/projects/team-a/repositories/" + repoEncoded + "/artifacts" + query, basic(kAdmin))
                .body)
            .array();
    }
    QJsonObject artifact(const QByteArray &repoEncoded, const QString &ref)
    {
        return QJsonDocument::fromJson(
            sim("GET", "/api/v2.0/projects/team-a/repositories/" + repoEncoded + "/artifacts/" + ref.toLatin1(),
                basic(kAdmin))
                .body)
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty())
            QSKIP("docker-registry (Debian package docker-registry) is not installed");
        // The bundled demo seed plus a cleanup robot that may list and delete but not pull.
        QFile demo(QStringLiteral(HARBOR_SIM_SOURCE_DIR "/data/demo.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray robots = seed.value("robots").toArray();
        robots.append(
            QJsonObject {{"id", 99}, {"name", "team-a+lister"}, {"secret", "ListerSecret1"}, {"level", "project"},
                {"permissions",
                    QJsonArray {QJsonObject {{"kind", "project"}, {"namespace", "team-a"},
                        {"access",
                            QJsonArray {QJsonObject {{"resource", "repository"}, {"action", "list"}},
                                QJsonObject {{"resource", "artifact"}, {"action", "list"}},
                                QJsonObject {{"resource", "artifact"}, {"action", "delete"}},
                                QJsonObject {{"resource", "tag"}, {"action", "delete"}}}}}}}});
        seed.insert("robots", robots);
        QFile seedFile(m_dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();

        m_registry = std::make_unique<RegistryProcess>();
        QString error;
        QVERIFY2(m_registry->start(&error), qPrintable(error));
        m_sim = std::make_unique<SimProcess>();
        QVERIFY2(m_sim->start({QStringLiteral("--seed"), seedFile.fileName(), QStringLiteral("--registry-backend"),
                                  QStringLiteral("http://127.0.0.1:%1").arg(m_registry->port)},
                     &error),
            qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_sim.reset();
        m_registry.reset();
    }

    void startsWithoutSyntheticContent()
    {
        // Accounts and projects come from the seed; repositories only from pushes.
        const Reply projects = sim("GET", "/api/v2.0/projects?page_size=0", basic(kAdmin));
        QCOMPARE(projects.status, 200);
        QVERIFY(QJsonDocument::fromJson(projects.body).array().size() >= 5);
        const Reply repos = sim("GET", "/api/v2.0/projects/library/repositories", basic(kAdmin));
        QCOMPARE(repos.status, 200);
        QCOMPARE(QJsonDocument::fromJson(repos.body).array().size(), 0);
        QCOMPARE(sim("GET", "/v2/library/nginx/manifests/latest", basic(kAdmin) + Headers {{"Accept", kAccept}}).status,
            404);
    }

    void pushRecordsTheArtifact()
    {
        const QByteArray layer = pseudoRandom(5 * 1024 * 1024 + 3, 7); // above the 4 MiB spool threshold
        const QByteArray config
            = "{\"architecture\":\"amd64\",\"author\":\"Berth tests\",\"config\":{\"Env\":[\"A=1\"]},"
              "\"created\":\"2026-01-02T03:04:05Z\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}";
        QCOMPARE(pushBlob("team-a/app", layer), digestOf(layer));
        QCOMPARE(pushBlob("team-a/app", config), digestOf(config));
        const QByteArray manifest = imageManifest(config, {layer});
        const Reply put = putManifest("team-a/app", "v1", manifest);
        QCOMPARE(put.status, 201);
        QCOMPARE(put.header("Docker-Content-Digest"), digestOf(manifest).toLatin1());

        // The REST API reports what the manifest says (manifest/v2.go): size = manifest + config + layers.
        const QJsonObject a = artifact("app", QStringLiteral("v1"));
        QCOMPARE(a.value("digest").toString(), digestOf(manifest));
        QCOMPARE(a.value("size").toInteger(), qint64(manifest.size() + config.size() + layer.size()));
        QCOMPARE(a.value("manifest_media_type").toString(), QString::fromLatin1(kOciManifest));
        QCOMPARE(a.value("media_type").toString(), QStringLiteral("application/vnd.oci.image.config.v1+json"));
        QCOMPARE(a.value("type").toString(), QStringLiteral("IMAGE"));
        QVERIFY(!a.value("push_time").toString().startsWith(QLatin1String("0001")));
        QCOMPARE(a.value("tags").toArray().at(0).toObject().value("name").toString(), QStringLiteral("v1"));
        // processor/image/manifest_v2.go: extra_attrs from the config blob, read while the push is answered.
        const QJsonObject extra = a.value("extra_attrs").toObject();
        QCOMPARE(extra.value("author").toString(), QStringLiteral("Berth tests"));
        QCOMPARE(extra.value("created").toString(), QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(extra.value("config").toObject().value("Env").toArray(), QJsonArray {"A=1"});
        QCOMPARE(extra.value("architecture").toString(), QStringLiteral("amd64"));

        // /v2/ answers from the same data: tags/list, manifest by tag and by digest, blob bytes.
        const Reply tags = sim("GET", "/v2/team-a/app/tags/list", basic(kReader));
        QCOMPARE(tags.status, 200);
        QCOMPARE(QJsonDocument::fromJson(tags.body).object().value("tags").toArray(), QJsonArray {"v1"});
        for (const QByteArray &ref : {QByteArray("v1"), digestOf(manifest).toLatin1()}) {
            const Reply get
                = sim("GET", "/v2/team-a/app/manifests/" + ref, basic(kReader) + Headers {{"Accept", kAccept}});
            QCOMPARE(get.status, 200);
            QCOMPARE(get.body, manifest);
            QCOMPARE(get.header("Docker-Content-Digest"), digestOf(manifest).toLatin1());
        }
        // HEAD keeps the registry's length and digest, with no body (manifest.go proxies it by digest).
        const Reply head = sim("HEAD", "/v2/team-a/app/manifests/v1", basic(kReader) + Headers {{"Accept", kAccept}});
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray::number(manifest.size()));
        QCOMPARE(head.header("Docker-Content-Digest"), digestOf(manifest).toLatin1());
        // catalog.go: from the data, sysadmin only, Basic challenge otherwise.
        const Reply catalog = sim("GET", "/v2/_catalog", basic(kAdmin));
        QCOMPARE(QJsonDocument::fromJson(catalog.body)["repositories"].toArray(), QJsonArray {"team-a/app"});
        QCOMPARE(sim("GET", "/v2/_catalog", basic(kReader)).header("Www-Authenticate"),
            QByteArray("Basic realm=\"harbor\""));
        const Reply blob = sim("GET", "/v2/team-a/app/blobs/" + digestOf(layer).toLatin1(), basic(kReader));
        QCOMPARE(blob.status, 200);
        QVERIFY(blob.body == layer);
    }

    void chunkedPatchAndLocationRewrite()
    {
        // skopeo (Go) sends PATCH bodies with Transfer-Encoding: chunked; every Location names the sim.
        const QByteArray blob = pseudoRandom(4 * 1024 * 1024 + 300000, 11); // chunked and spooled
        const Reply post = sim("POST", "/v2/team-a/chunky/blobs/uploads/", basic(kAdmin));
        QCOMPARE(post.status, 202);
        QVERIFY2(post.header("Location").startsWith(m_sim->origin() + "/v2/team-a/chunky/blobs/uploads/"),
            post.header("Location").constData());
        QVERIFY(!post.header("Location").contains(":" + QByteArray::number(m_registry->port)));
        QByteArray patch = "PATCH " + ownTarget(post.header("Location")) + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(m_sim->port) + "\r\nAuthorization: Basic " + kAdmin.toBase64()
            + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        for (qint64 at = 0; at < blob.size(); at += 70000) {
            const QByteArray piece = blob.mid(at, 70000);
            patch += QByteArray::number(piece.size(), 16) + ";ext=1\r\n" + piece + "\r\n";
        }
        patch += "0\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sim->port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(patch);
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 202"), answer.left(200).constData());
        QVERIFY(answer.contains("\r\nRange: 0-" + QByteArray::number(blob.size() - 1) + "\r\n"));
        static const QRegularExpression locationRe(QStringLiteral("\r\nLocation: ([^\r]+)\r\n"));
        const QByteArray location = locationRe.match(QString::fromLatin1(answer)).captured(1).toLatin1();
        QVERIFY2(location.startsWith(m_sim->origin() + "/v2/"), location.constData());
        const Reply put = sim("PUT", ownTarget(location) + "&digest=" + digestOf(blob).toLatin1(), basic(kAdmin));
        QCOMPARE(put.status, 201);
        QVERIFY(put.header("Location").startsWith(m_sim->origin() + "/v2/team-a/chunky/blobs/"));
        QVERIFY(backend("GET", "/v2/team-a/chunky/blobs/" + digestOf(blob).toLatin1()).body == blob);
    }

    void tagsFollowHarborData()
    {
        const QByteArray c1 = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"n\":1}";
        const QByteArray c2 = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"n\":2}";
        QVERIFY(!pushBlob("team-a/tagged", c1).isEmpty());
        QVERIFY(!pushBlob("team-a/tagged", c2).isEmpty());
        const QByteArray m1 = imageManifest(c1, {});
        const QByteArray m2 = imageManifest(c2, {});
        QCOMPARE(putManifest("team-a/tagged", "v1", m1).status, 201);
        QCOMPARE(putManifest("team-a/tagged", "keep", m1).status, 201);
        QCOMPARE(putManifest("team-a/tagged", "v1", m2).status, 201); // the tag moves
        QCOMPARE(artifact("tagged", QStringLiteral("v1")).value("digest").toString(), digestOf(m2));
        QCOMPARE(artifact("tagged", digestOf(m1)).value("tags").toArray().size(), 1);

        // A tag removed through the API is gone from /v2/ though the registry keeps the manifest.
        const Reply del = sim("DELETE",
            "/api/v2.0/projects/team-a/repositories/tagged/artifacts/" + digestOf(m1).toLatin1() + "/tags/keep",
            basic(kAdmin));
        QCOMPARE(del.status, 200);
        const Reply tags = sim("GET", "/v2/team-a/tagged/tags/list", basic(kAdmin));
        QCOMPARE(QJsonDocument::fromJson(tags.body).object().value("tags").toArray(), QJsonArray {"v1"});
        const Reply byTag
            = sim("GET", "/v2/team-a/tagged/manifests/keep", basic(kAdmin) + Headers {{"Accept", kAccept}});
        QCOMPARE(byTag.status, 404);
        QCOMPARE(QJsonDocument::fromJson(byTag.body)["errors"][0]["code"].toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(backend("GET", "/v2/team-a/tagged/manifests/" + digestOf(m1).toLatin1(), {{"Accept", kAccept}}).status,
            200);

        // DELETE by tag on /v2/ is 400 UNSUPPORTED; by digest it removes the whole artifact.
        const Reply delTag = sim("DELETE", "/v2/team-a/tagged/manifests/v1", basic(kAdmin));
        QCOMPARE(delTag.status, 400);
        QCOMPARE(QJsonDocument::fromJson(delTag.body)["errors"][0]["code"].toString(), QStringLiteral("UNSUPPORTED"));
        QCOMPARE(sim("DELETE", "/v2/team-a/tagged/manifests/" + digestOf(m2).toLatin1(), basic(kAdmin)).status, 202);
        QCOMPARE(sim("GET", "/v2/team-a/tagged/tags/list", basic(kAdmin)).body,
            QByteArray("{\"name\":\"team-a/tagged\",\"tags\":[]}"));
        QCOMPARE(backend("GET", "/v2/team-a/tagged/manifests/" + digestOf(m2).toLatin1(), {{"Accept", kAccept}}).status,
            404);
    }

    void immutableTagsAndReadOnly()
    {
        // middleware/immutable/pushmf.go: team-a's release-* tags cannot be pushed again.
        const QByteArray c1 = "{\"os\":\"linux\",\"n\":1}";
        const QByteArray c2 = "{\"os\":\"linux\",\"n\":2}";
        QVERIFY(!pushBlob("team-a/frozen", c1).isEmpty());
        QVERIFY(!pushBlob("team-a/frozen", c2).isEmpty());
        QCOMPARE(putManifest("team-a/frozen", "release-1", imageManifest(c1, {})).status, 201);
        const Reply again = putManifest("team-a/frozen", "release-1", imageManifest(c2, {}));
        QCOMPARE(again.status, 412);
        QCOMPARE(QJsonDocument::fromJson(again.body)["errors"][0]["message"].toString(),
            QStringLiteral("Failed to process request due to 'frozen:release-1' configured as immutable."));
        QCOMPARE(artifact("frozen", QStringLiteral("release-1")).value("digest").toString(),
            digestOf(imageManifest(c1, {})));
        // middleware/readonly: writes on /v2/ are refused while reads go on.
        QCOMPARE(sim("POST", "/_sim/config", {}, "{\"read_only\":true}").status, 200);
        const Reply denied = sim("POST", "/v2/team-a/frozen/blobs/uploads/", basic(kAdmin));
        QCOMPARE(sim("POST", "/_sim/config", {}, "{\"read_only\":false}").status, 200);
        QCOMPARE(denied.status, 403);
        QCOMPARE(QJsonDocument::fromJson(denied.body)["errors"][0]["code"].toString(), QStringLiteral("DENIED"));
    }

    void restDeleteReachesTheRegistry()
    {
        const QByteArray config = "{\"architecture\":\"arm64\",\"os\":\"linux\"}";
        QVERIFY(!pushBlob("team-a/gone", config).isEmpty());
        const QByteArray manifest = imageManifest(config, {});
        QCOMPARE(putManifest("team-a/gone", "v1", manifest).status, 201);
        const QByteArray byDigest = "/v2/team-a/gone/manifests/" + digestOf(manifest).toLatin1();
        QCOMPARE(backend("GET", byDigest, {{"Accept", kAccept}}).status, 200);
        const Reply del = sim("DELETE", "/api/v2.0/projects/team-a/repositories/gone/artifacts/v1", basic(kLister));
        QCOMPARE(del.status, 200);
        QCOMPARE(backend("GET", byDigest, {{"Accept", kAccept}}).status, 404);
        QCOMPARE(sim("GET", byDigest, basic(kAdmin) + Headers {{"Accept", kAccept}}).status, 404);
    }

    void indexAccessoryAndReferrers()
    {
        const QByteArray repo = "team-a/multi";
        QList<QByteArray> children;
        QJsonArray entries;
        for (const char *arch : {"amd64", "arm64"}) {
            const QByteArray config = QByteArray("{\"architecture\":\"") + arch + "\",\"os\":\"linux\"}";
            QVERIFY(!pushBlob(repo, config).isEmpty());
            const QByteArray child = imageManifest(config, {});
            QCOMPARE(putManifest(repo, digestOf(child).toLatin1(), child).status, 201);
            QJsonObject d = descriptor(kOciManifest, child);
            d.insert("platform", QJsonObject {{"os", "linux"}, {"architecture", QString::fromLatin1(arch)}});
            entries.append(d);
            children << child;
        }
        const QByteArray index
            = json({{"schemaVersion", 2}, {"mediaType", QString::fromLatin1(kOciIndex)}, {"manifests", entries}});
        QCOMPARE(putManifest(repo, "latest", index, kOciIndex).status, 201);

        // A signature that names the index as its subject (subject.go: cosign's artifact type).
        const QByteArray empty = "{}";
        const QByteArray sigLayer = "signature-bytes";
        QVERIFY(!pushBlob(repo, empty).isEmpty());
        QVERIFY(!pushBlob(repo, sigLayer).isEmpty());
        const QByteArray sig = json({{"schemaVersion", 2}, {"mediaType", QString::fromLatin1(kOciManifest)},
            {"artifactType", "application/vnd.dev.cosign.artifact.sig.v1+json"},
            {"config", descriptor("application/vnd.oci.empty.v1+json", empty)},
            {"layers", QJsonArray {descriptor("application/vnd.dev.cosign.simplesigning.v1+json", sigLayer)}},
            {"subject", descriptor(kOciIndex, index)}});
        const Reply sigPut = putManifest(repo, digestOf(sig).toLatin1(), sig);
        QCOMPARE(sigPut.status, 201);
        QCOMPARE(sigPut.header("OCI-Subject"), digestOf(index).toLatin1());

        // index.go: children become references; size = index + children. The default list hides both
        // the untagged children and the accessory.
        const QJsonObject a = artifact("multi", QStringLiteral("latest"));
        QCOMPARE(a.value("references").toArray().size(), 2);
        qint64 expected = index.size();
        for (const QByteArray &child : children) {
            const qint64 childSize = artifact("multi", digestOf(child)).value("size").toInteger();
            QVERIFY(childSize > child.size()); // manifest + config
            expected += childSize;
        }
        QCOMPARE(a.value("size").toInteger(), expected);
        const QJsonArray list = artifacts("multi");
        QCOMPARE(list.size(), 1);
        const QJsonObject acc = list.at(0).toObject().value("accessories").toArray().at(0).toObject();
        QCOMPARE(acc.value("type").toString(), QStringLiteral("signature.cosign"));
        QCOMPARE(acc.value("digest").toString(), digestOf(sig));
        QCOMPARE(artifact("multi", digestOf(sig)).value("artifact_type").toString(),
            QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json"));

        // referrers.go (v2.11+): an OCI index of the accessory records.
        const Reply refs = sim("GET", "/v2/team-a/multi/referrers/" + digestOf(index).toLatin1(), basic(kReader));
        QCOMPARE(refs.status, 200);
        QCOMPARE(refs.header("Content-Type"), kOciIndex);
        const QJsonArray manifests = QJsonDocument::fromJson(refs.body).object().value("manifests").toArray();
        QCOMPARE(manifests.size(), 1);
        QCOMPARE(manifests.at(0)["digest"].toString(), digestOf(sig));
        QCOMPARE(manifests.at(0)["artifactType"].toString(),
            QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json"));
        QCOMPARE(sim("GET", "/v2/team-a/multi/referrers/" + digestOf(index).toLatin1(), basic(kLister)).status, 401);

        // Deleting the index through the API removes children and signature from the registry too.
        QCOMPARE(
            sim("DELETE", "/api/v2.0/projects/team-a/repositories/multi/artifacts/latest", basic(kAdmin)).status, 200);
        for (const QByteArray &gone : children + QList<QByteArray> {index, sig})
            QCOMPARE(
                backend("GET", "/v2/team-a/multi/manifests/" + digestOf(gone).toLatin1(), {{"Accept", kAccept}}).status,
                404);
    }

    void artifactTypes_data()
    {
        QTest::addColumn<QByteArray>("configType");
        QTest::addColumn<QString>("artifactType");
        QTest::addColumn<QString>("type");
        QTest::newRow("helm chart config -> CHART (processor/chart)")
            << QByteArray("application/vnd.cncf.helm.config.v1+json") << QString() << "CHART";
        QTest::newRow("artifactType with the empty config -> UNKNOWN, artifact_type kept (manifest/v2.go)")
            << QByteArray("application/vnd.oci.empty.v1+json") << "application/spdx+json"
            << "UNKNOWN";
        QTest::newRow("vendor config pattern -> its middle part (processor/default.go)")
            << QByteArray("application/vnd.example.model.config.v1+json") << QString() << "MODEL";
    }
    void artifactTypes()
    {
        QFETCH(QByteArray, configType);
        QFETCH(QString, artifactType);
        QFETCH(QString, type);
        const QByteArray config = "{\"kind\":\"" + configType + "\"}";
        QVERIFY(!pushBlob("team-a/types", config).isEmpty());
        QJsonObject m {{"schemaVersion", 2}, {"mediaType", QString::fromLatin1(kOciManifest)},
            {"config", descriptor(configType, config)}, {"layers", QJsonArray {}}};
        if (!artifactType.isEmpty())
            m.insert("artifactType", artifactType);
        const QByteArray manifest = json(m);
        QCOMPARE(putManifest("team-a/types", digestOf(manifest).toLatin1(), manifest).status, 201);
        const QJsonObject a = artifact("types", digestOf(manifest));
        QCOMPARE(a.value("type").toString(), type);
        QCOMPARE(a.value("media_type").toString(), QString::fromLatin1(configType));
        // processor/default.go: a known type carries its whole config in extra_attrs; UNKNOWN reads none.
        if (type == QLatin1String("UNKNOWN"))
            QVERIFY(a.value("extra_attrs").isNull());
        else
            QCOMPARE(a.value("extra_attrs").toObject().value("kind").toString(), QString::fromLatin1(configType));
        QCOMPARE(a.value("artifact_type").toString(),
            artifactType.isEmpty() ? QString::fromLatin1(configType) : artifactType);
    }

    void authorisation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("cred");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("GET /v2/ anonymous -> 401 Bearer (auth.go)")
            << QByteArray("GET") << QByteArray("/v2/") << QByteArray() << 401 << QByteArray("Bearer realm=");
        QTest::newRow("anonymous pull of a private repo -> 401 with the pull scope")
            << QByteArray("GET") << QByteArray("/v2/team-a/app/tags/list") << QByteArray() << 401
            << QByteArray("scope=\"repository:team-a/app:pull\"");
        QTest::newRow("HEAD without credentials -> 401 even on a public project (goharbor/harbor#11271)")
            << QByteArray("HEAD") << QByteArray("/v2/library/none/manifests/x") << QByteArray() << 401
            << QByteArray("scope=\"repository:library/none:pull\"");
        QTest::newRow("robot without pull -> 401 Basic, not 403")
            << QByteArray("GET") << QByteArray("/v2/team-a/app/manifests/v1") << kLister << 401
            << QByteArray("Basic realm=\"harbor\"");
        QTest::newRow("robot without push starting an upload -> 401")
            << QByteArray("POST") << QByteArray("/v2/team-a/app/blobs/uploads/") << kReader << 401
            << QByteArray("Basic realm=\"harbor\"");
        QTest::newRow("anonymous push -> 401 with the pull,push scope")
            << QByteArray("POST") << QByteArray("/v2/team-a/app/blobs/uploads/") << QByteArray() << 401
            << QByteArray("scope=\"repository:team-a/app:pull,push\"");
        QTest::newRow("maintainer may push")
            << QByteArray("POST") << QByteArray("/v2/team-a/app/blobs/uploads/") << kAlice << 202 << QByteArray();
        QTest::newRow("robot without delete deleting by digest -> 401")
            << QByteArray("DELETE")
            << QByteArray(
                   "/v2/team-a/app/manifests/sha256:0000000000000000000000000000000000000000000000000000000000000000")
            << kReader << 401 << QByteArray("Basic realm=\"harbor\"");
        QTest::newRow("push into an unknown project -> 404 NOT_FOUND (projectID in auth.go)")
            << QByteArray("POST") << QByteArray("/v2/nosuch/app/blobs/uploads/") << kAdmin << 404 << QByteArray();
        QTest::newRow("anonymous pull of a public project is allowed; unknown repo -> 404")
            << QByteArray("GET") << QByteArray("/v2/library/none/tags/list") << QByteArray() << 404 << QByteArray();
    }
    void authorisation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, cred);
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        const Reply r = sim(method, target, basic(cred) + Headers {{"Accept", kAccept}});
        QCOMPARE(r.status, status);
        if (!challenge.isEmpty())
            QVERIFY2(r.header("Www-Authenticate").contains(challenge), r.header("Www-Authenticate").constData());
        if (status == 202) // leave no upload session behind
            QCOMPARE(sim("DELETE", ownTarget(r.header("Location")), basic(kAdmin)).status, 204);
    }

    void tokensCarryTheirGrant()
    {
        // A token from /service/token authorises what it grants, and only that.
        const Reply t = sim(
            "GET", "/service/token?service=harbor-registry&scope=repository:team-a/app:pull,push", basic(kReader));
        QCOMPARE(t.status, 200);
        const Headers bearer {
            {"Authorization", "Bearer " + QJsonDocument::fromJson(t.body)["token"].toString().toLatin1()},
            {"Accept", kAccept}};
        QCOMPARE(request(m_nam, "GET", m_sim->url("/v2/team-a/app/manifests/v1"), bearer).status, 200);
        QCOMPARE(request(m_nam, "POST", m_sim->url("/v2/team-a/app/blobs/uploads/"), bearer).status, 401);
    }

    void skopeoCopy()
    {
        // An OCI layout written byte for byte, copied with skopeo (chunked PATCH uploads, Basic creds).
        const QString layout = m_dir.filePath(QStringLiteral("layout"));
        QVERIFY(QDir().mkpath(layout + QStringLiteral("/blobs/sha256")));
        auto write = [&](const QByteArray &bytes) {
            QFile f(layout + QStringLiteral("/blobs/sha256/") + digestOf(bytes).mid(7));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        const QByteArray layer = pseudoRandom(1024 * 1024, 23);
        const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\"}}";
        QJsonArray layers {descriptor("application/vnd.oci.image.layer.v1.tar+gzip", layer)};
        const QByteArray manifest = json({{"schemaVersion", 2}, {"mediaType", QString::fromLatin1(kOciManifest)},
            {"config", descriptor("application/vnd.oci.image.config.v1+json", config)}, {"layers", layers}});
        QVERIFY(write(layer) && write(config) && write(manifest));
        QJsonObject entry = descriptor(kOciManifest, manifest);
        entry.insert("annotations", QJsonObject {{"org.opencontainers.image.ref.name", "v1"}});
        QFile index(layout + QStringLiteral("/index.json")), marker(layout + QStringLiteral("/oci-layout"));
        QVERIFY(index.open(QIODevice::WriteOnly) && marker.open(QIODevice::WriteOnly));
        index.write(json({{"schemaVersion", 2}, {"manifests", QJsonArray {entry}}}));
        marker.write("{\"imageLayoutVersion\":\"1.0.0\"}");
        index.close();
        marker.close();

        QProcess skopeo;
        skopeo.setProcessChannelMode(QProcess::MergedChannels);
        skopeo.start(QStringLiteral("skopeo"),
            {QStringLiteral("copy"), QStringLiteral("--dest-creds"), QString::fromLatin1(kAlice),
                QStringLiteral("--dest-tls-verify=false"), QStringLiteral("--preserve-digests"),
                QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
                QStringLiteral("docker://127.0.0.1:%1/team-a/skopeo/app:v1").arg(m_sim->port)});
        QVERIFY(skopeo.waitForFinished(120000));
        QVERIFY2(skopeo.exitCode() == 0, skopeo.readAll().constData());
        const QJsonObject a = artifact("skopeo%252Fapp", QStringLiteral("v1"));
        QCOMPARE(a.value("digest").toString(), digestOf(manifest));
        QCOMPARE(a.value("size").toInteger(), qint64(manifest.size() + config.size() + layer.size()));
        QCOMPARE(sim("GET", "/v2/team-a/skopeo/app/manifests/v1", basic(kReader) + Headers {{"Accept", kAccept}}).body,
            manifest);
        // And skopeo reads it back through the sim with a robot's Basic credentials.
        skopeo.start(QStringLiteral("skopeo"),
            {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--creds"),
                QString::fromLatin1(kReader), QStringLiteral("--tls-verify=false"),
                QStringLiteral("docker://127.0.0.1:%1/team-a/skopeo/app:v1").arg(m_sim->port)});
        QVERIFY(skopeo.waitForFinished(120000));
        QCOMPARE(skopeo.exitCode(), 0);
        QCOMPARE(skopeo.readAll().trimmed(), manifest);
    }
};

QTEST_GUILESS_MAIN(TestRegistryBackend)
#include "tst_registrybackend.moc"
