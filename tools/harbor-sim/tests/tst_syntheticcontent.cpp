// harbor-sim --synthetic-content: /v2/ serves deterministic manifests and configs for the seeded
// and generated artifacts without a registry behind it (README.md, "Synthetic content"). What a
// registry guarantees is checked on every artifact: bytes hash to their digest (image-spec
// descriptor.md), Docker-Content-Digest and Content-Type (distribution registry/handlers/manifests.go),
// index children and subjects resolve, and Harbor's REST API agrees with /v2/ on digests and sizes
// (goharbor/harbor src/controller/artifact/manifest/v2.go and index.go).
#include "registryprocesses.h"

#include <memory>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace regtest;

namespace {

const QByteArray kAdmin = "admin:Harbor12345";
const QByteArray kOciManifest = "application/vnd.oci.image.manifest.v1+json";
const QByteArray kOciIndex = "application/vnd.oci.image.index.v1+json";
const QByteArray kAcceptAll = kOciIndex + ", " + kOciManifest
    + ", application/vnd.docker.distribution.manifest.list.v2+json, "
      "application/vnd.docker.distribution.manifest.v2+json";

Headers basic(const QByteArray &cred)
{
    return cred.isEmpty() ? Headers {} : Headers {{"Authorization", "Basic " + cred.toBase64()}};
}

Headers withAccept(const QByteArray &cred = kAdmin)
{
    return basic(cred) + Headers {{"Accept", kAcceptAll}};
}

QString digestOf(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// "team-a/backend/api" -> the REST path segment "backend%252Fapi".
QByteArray restRepo(const QString &full)
{
    return full.section(QLatin1Char('/'), 1).toUtf8().replace("/", "%252F");
}

struct Art
{
    QString repository;
    QString digest;
    QStringList tags;
    QStringList children;
    QString subject;
};

} // namespace

class TestSyntheticContent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_demo; // the bundled demo data
    std::unique_ptr<SimProcess> m_gen; // --generate projects=2,repos=10,tags=6
    QByteArray m_genStderr;
    QNetworkAccessManager m_nam;

    Reply get(SimProcess &sim, const QByteArray &method, const QByteArray &target, const Headers &headers)
    {
        return request(m_nam, method, sim.url(target), headers);
    }
    QList<Art> artifacts(SimProcess &sim)
    {
        QList<Art> out;
        const QJsonObject state = object(get(sim, "GET", "/_sim/state", {}).body);
        for (const QJsonValue &p : state.value(QStringLiteral("projects")).toArray()) {
            for (const QJsonValue &r : p.toObject().value(QStringLiteral("repositories")).toArray()) {
                for (const QJsonValue &a : r.toObject().value(QStringLiteral("artifacts")).toArray()) {
                    const QJsonObject o = a.toObject();
                    Art art;
                    art.repository = r.toObject().value(QStringLiteral("name")).toString();
                    art.digest = o.value(QStringLiteral("digest")).toString();
                    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
                        art.tags << t.toString();
                    for (const QJsonValue &c : o.value(QStringLiteral("children")).toArray())
                        art.children << c.toString();
                    art.subject = o.value(QStringLiteral("accessory_of")).toString();
                    out << art;
                }
            }
        }
        return out;
    }
    Reply manifest(SimProcess &sim, const QString &repository, const QString &reference)
    {
        return get(sim, "GET", "/v2/" + repository.toUtf8() + "/manifests/" + reference.toUtf8(), withAccept());
    }
    // The REST artifact record (with children and accessories) of a digest.
    QJsonObject restArtifact(SimProcess &sim, const QString &repository, const QString &digest)
    {
        return object(get(sim, "GET",
            "/api/v2.0/projects/" + repository.section(QLatin1Char('/'), 0, 0).toUtf8() + "/repositories/"
                + restRepo(repository) + "/artifacts/" + digest.toUtf8(),
            basic(kAdmin))
                          .body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_demo = std::make_unique<SimProcess>();
        QVERIFY2(m_demo->start({QStringLiteral("--synthetic-content")}, &error), qPrintable(error));
        m_gen = std::make_unique<SimProcess>();
        QVERIFY2(m_gen->start({QStringLiteral("--generate"), QStringLiteral("projects=2,repos=10,tags=6"),
                                  QStringLiteral("--synthetic-content")},
                     &error),
            qPrintable(error));
        m_genStderr = m_gen->proc.readAllStandardError();
    }

    // Every manifest and config served hashes to its digest, with the registry's headers; HEAD
    // answers the same digest and length without a body.
    void everyManifestAndConfigHashesToItsDigest()
    {
        for (SimProcess *sim : {m_demo.get(), m_gen.get()}) {
            const QList<Art> all = artifacts(*sim);
            QVERIFY(all.size() >= 22);
            for (const Art &a : all) {
                const Reply r = manifest(*sim, a.repository, a.digest);
                QCOMPARE(r.status, 200);
                QCOMPARE(digestOf(r.body), a.digest);
                QCOMPARE(QString::fromLatin1(r.header("Docker-Content-Digest")), a.digest);
                const QJsonObject m = object(r.body);
                QCOMPARE(m.value(QStringLiteral("schemaVersion")).toInt(), 2);
                QCOMPARE(r.header("Content-Type"), m.value(QStringLiteral("mediaType")).toString().toUtf8());
                const Reply head = get(
                    *sim, "HEAD", "/v2/" + a.repository.toUtf8() + "/manifests/" + a.digest.toUtf8(), withAccept());
                QCOMPARE(head.status, 200);
                QVERIFY(head.body.isEmpty());
                QCOMPARE(head.header("Content-Length").toLongLong(), qint64(r.body.size()));
                QCOMPARE(QString::fromLatin1(head.header("Docker-Content-Digest")), a.digest);
                if (!a.children.isEmpty())
                    continue;
                const QJsonObject config = m.value(QStringLiteral("config")).toObject();
                const QString configDigest = config.value(QStringLiteral("digest")).toString();
                const Reply blob = get(
                    *sim, "GET", "/v2/" + a.repository.toUtf8() + "/blobs/" + configDigest.toUtf8(), basic(kAdmin));
                QCOMPARE(blob.status, 200);
                QCOMPARE(digestOf(blob.body), configDigest);
                QCOMPARE(qint64(blob.body.size()), config.value(QStringLiteral("size")).toInteger());
                QCOMPARE(QString::fromLatin1(blob.header("Docker-Content-Digest")), configDigest);
                if (a.subject.isEmpty()) {
                    // An image config: platform, created, rootfs with one diff_id per layer.
                    const QJsonObject c = object(blob.body);
                    QVERIFY(!c.value(QStringLiteral("architecture")).toString().isEmpty());
                    QVERIFY(!c.value(QStringLiteral("os")).toString().isEmpty());
                    QVERIFY(!c.value(QStringLiteral("created")).toString().isEmpty());
                    QVERIFY(!c.value(QStringLiteral("config"))
                                 .toObject()
                                 .value(QStringLiteral("Labels"))
                                 .toObject()
                                 .isEmpty());
                    QCOMPARE(
                        c.value(QStringLiteral("rootfs")).toObject().value(QStringLiteral("diff_ids")).toArray().size(),
                        m.value(QStringLiteral("layers")).toArray().size());
                }
            }
        }
    }

    // The REST API and /v2/ agree: a tag resolves to the same digest on both, and the REST size is
    // what Harbor computes from the real manifests (manifest + config + layers; an index: its own
    // bytes plus its children's sizes).
    void restAgreesWithV2AndSizesAddUp()
    {
        for (SimProcess *sim : {m_demo.get(), m_gen.get()}) {
            for (const Art &a : artifacts(*sim)) {
                const QJsonObject rest = restArtifact(*sim, a.repository, a.digest);
                QCOMPARE(rest.value(QStringLiteral("digest")).toString(), a.digest);
                for (const QString &tag : a.tags) {
                    const Reply head = get(
                        *sim, "HEAD", "/v2/" + a.repository.toUtf8() + "/manifests/" + tag.toUtf8(), withAccept());
                    QCOMPARE(head.status, 200);
                    QCOMPARE(QString::fromLatin1(head.header("Docker-Content-Digest")), a.digest);
                }
                const Reply r = manifest(*sim, a.repository, a.digest);
                const QJsonObject m = object(r.body);
                qint64 expected = r.body.size();
                if (!a.children.isEmpty()) {
                    for (const QString &child : a.children)
                        expected += restArtifact(*sim, a.repository, child).value(QStringLiteral("size")).toInteger();
                } else {
                    expected += m.value(QStringLiteral("config")).toObject().value(QStringLiteral("size")).toInteger();
                    for (const QJsonValue &l : m.value(QStringLiteral("layers")).toArray()) {
                        QVERIFY(l.toObject().value(QStringLiteral("size")).toInteger() > 0);
                        expected += l.toObject().value(QStringLiteral("size")).toInteger();
                    }
                }
                QCOMPARE(rest.value(QStringLiteral("size")).toInteger(), expected);
                QCOMPARE(rest.value(QStringLiteral("manifest_media_type")).toString(),
                    m.value(QStringLiteral("mediaType")).toString());
            }
        }
    }

    // Index children and accessory subjects name digests that exist, the REST references and the
    // referrers API say the same.
    void childrenAndSubjectsResolve()
    {
        const QList<Art> all = artifacts(*m_demo);
        int indexes = 0, accessories = 0;
        for (const Art &a : all) {
            const QJsonObject m = object(manifest(*m_demo, a.repository, a.digest).body);
            if (!a.children.isEmpty()) {
                ++indexes;
                QStringList listed;
                for (const QJsonValue &d : m.value(QStringLiteral("manifests")).toArray()) {
                    const QJsonObject desc = d.toObject();
                    const QString digest = desc.value(QStringLiteral("digest")).toString();
                    listed << digest;
                    const Reply child = manifest(*m_demo, a.repository, digest);
                    QCOMPARE(child.status, 200);
                    QCOMPARE(qint64(child.body.size()), desc.value(QStringLiteral("size")).toInteger());
                    QCOMPARE(desc.value(QStringLiteral("mediaType")).toString().toUtf8(), child.header("Content-Type"));
                    QVERIFY(!desc.value(QStringLiteral("platform"))
                                 .toObject()
                                 .value(QStringLiteral("architecture"))
                                 .toString()
                                 .isEmpty());
                    // The child's config says the platform its index lists.
                    const QJsonObject childManifest = object(child.body);
                    const QString configDigest = childManifest.value(QStringLiteral("config"))
                                                     .toObject()
                                                     .value(QStringLiteral("digest"))
                                                     .toString();
                    const QJsonObject config = object(get(*m_demo, "GET",
                        "/v2/" + a.repository.toUtf8() + "/blobs/" + configDigest.toUtf8(), basic(kAdmin))
                                                          .body);
                    const QJsonObject platform = desc.value(QStringLiteral("platform")).toObject();
                    QCOMPARE(
                        config.value(QStringLiteral("architecture")), platform.value(QStringLiteral("architecture")));
                    QCOMPARE(config.value(QStringLiteral("os")), platform.value(QStringLiteral("os")));
                    QCOMPARE(config.value(QStringLiteral("variant")), platform.value(QStringLiteral("variant")));
                }
                QCOMPARE(listed, a.children);
            }
            if (!a.subject.isEmpty()) {
                ++accessories;
                const QJsonObject subject = m.value(QStringLiteral("subject")).toObject();
                QCOMPARE(subject.value(QStringLiteral("digest")).toString(), a.subject);
                const Reply s = manifest(*m_demo, a.repository, a.subject);
                QCOMPARE(s.status, 200);
                QCOMPARE(qint64(s.body.size()), subject.value(QStringLiteral("size")).toInteger());
                QVERIFY(!m.value(QStringLiteral("artifactType")).toString().isEmpty());
                const QJsonObject referrers = object(get(
                    *m_demo, "GET", "/v2/" + a.repository.toUtf8() + "/referrers/" + a.subject.toUtf8(), basic(kAdmin))
                                                         .body);
                QStringList referrerDigests;
                for (const QJsonValue &d : referrers.value(QStringLiteral("manifests")).toArray()) {
                    referrerDigests << d.toObject().value(QStringLiteral("digest")).toString();
                    QCOMPARE(
                        d.toObject().value(QStringLiteral("artifactType")), m.value(QStringLiteral("artifactType")));
                }
                QVERIFY(referrerDigests.contains(a.digest));
            }
        }
        QCOMPARE(indexes, 1); // library/nginx:latest
        QCOMPARE(accessories, 1); // its cosign signature
    }

    // Base layers are shared across repositories as real images share them; top layers are not.
    void baseLayersSharedAcrossRepositories()
    {
        QHash<QString, QSet<QString>> repositoriesOfLayer;
        QHash<QString, int> topLayerUse;
        for (const Art &a : artifacts(*m_gen)) {
            const QJsonArray layers
                = object(manifest(*m_gen, a.repository, a.digest).body).value(QStringLiteral("layers")).toArray();
            QVERIFY(!layers.isEmpty());
            for (const QJsonValue &l : layers)
                repositoriesOfLayer[l.toObject().value(QStringLiteral("digest")).toString()].insert(a.repository);
            topLayerUse[layers.last().toObject().value(QStringLiteral("digest")).toString()]++;
        }
        int shared = 0;
        for (auto it = repositoriesOfLayer.cbegin(); it != repositoriesOfLayer.cend(); ++it) {
            if (it.value().size() > 1)
                ++shared;
        }
        // 20 repositories of about 1 MB images on the 8 small base distributions: at least two share one.
        QVERIFY2(shared > 0, "no layer appears in two repositories");
        for (auto it = topLayerUse.cbegin(); it != topLayerUse.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    // The same seed gives the same bytes in another process.
    void deterministicAcrossRuns()
    {
        SimProcess again;
        QString error;
        QVERIFY2(again.start({QStringLiteral("--synthetic-content")}, &error), qPrintable(error));
        const QList<Art> first = artifacts(*m_demo);
        const QList<Art> second = artifacts(again);
        QCOMPARE(second.size(), first.size());
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(second.at(i).digest, first.at(i).digest);
            const Reply a = manifest(*m_demo, first.at(i).repository, first.at(i).digest);
            const Reply b = manifest(again, first.at(i).repository, first.at(i).digest);
            QCOMPARE(b.body, a.body);
        }
    }

    // --generate works with the flag: every tag of the small set resolves, the counts are printed.
    void generatedSmallSet()
    {
        QVERIFY2(m_genStderr.contains("generated 120 tags in "), m_genStderr.constData());
        QVERIFY2(m_genStderr.contains("synthetic content for 60 artifacts in "), m_genStderr.constData());
        const Reply tags = get(*m_gen, "GET", "/v2/proj-001/repo-009/tags/list", withAccept());
        QCOMPARE(tags.status, 200);
        const QJsonArray names = object(tags.body).value(QStringLiteral("tags")).toArray();
        QCOMPARE(names.size(), 6);
        for (const QJsonValue &t : names) {
            const Reply r
                = get(*m_gen, "GET", "/v2/proj-001/repo-009/manifests/" + t.toString().toUtf8(), withAccept());
            QCOMPARE(r.status, 200);
            QCOMPARE(QString::fromLatin1(r.header("Docker-Content-Digest")), digestOf(r.body));
        }
    }

    // The same authorisation as with a backend (v2auth): private projects need pull.
    void authorisation_data()
    {
        QTest::addColumn<QByteArray>("cred");
        QTest::addColumn<QByteArray>("repository");
        QTest::addColumn<int>("status");
        QTest::newRow("anonymous, private project: challenge")
            << QByteArray() << QByteArray("team-a/backend/api") << 401;
        QTest::newRow("anonymous, public project") << QByteArray() << QByteArray("library/alpine") << 200;
        QTest::newRow("robot without repository:pull")
            << QByteArray("robot$team-a+cleaner:CleanerSecret1") << QByteArray("team-a/backend/api") << 401;
        QTest::newRow("robot with pull") << QByteArray("robot$team-a+reader:ReaderSecret1")
                                         << QByteArray("team-a/backend/api") << 200;
        QTest::newRow("member of another project")
            << QByteArray("robot$team-b+ci:TeamBSecret1") << QByteArray("team-a/backend/api") << 401;
    }
    void authorisation()
    {
        QFETCH(QByteArray, cred);
        QFETCH(QByteArray, repository);
        QFETCH(int, status);
        const QString tag = repository == "library/alpine" ? QStringLiteral("3.20") : QStringLiteral("v1.2.0");
        const Reply r = get(*m_demo, "GET", "/v2/" + repository + "/manifests/" + tag.toUtf8(), withAccept(cred));
        QCOMPARE(r.status, status);
        if (status == 401)
            QVERIFY(!r.header("Www-Authenticate").isEmpty());
        // The config blob is guarded the same way.
        const Reply admin = get(*m_demo, "GET", "/v2/" + repository + "/manifests/" + tag.toUtf8(), withAccept());
        const QString config
            = object(admin.body).value(QStringLiteral("config")).toObject().value(QStringLiteral("digest")).toString();
        QCOMPARE(get(*m_demo, "GET", "/v2/" + repository + "/blobs/" + config.toUtf8(), basic(cred)).status, status);
    }

    // Layers are descriptors only: 404 BLOB_UNKNOWN that says so; an unknown digest is a plain 404.
    void layerBlobsAreDescriptorsOnly()
    {
        const Reply m = manifest(*m_demo, QStringLiteral("team-a/backend/api"), QStringLiteral("v1.2.0"));
        const QJsonArray layers = object(m.body).value(QStringLiteral("layers")).toArray();
        QVERIFY(!layers.isEmpty());
        const QByteArray layer = layers.first().toObject().value(QStringLiteral("digest")).toString().toUtf8();
        const Reply r = get(*m_demo, "GET", "/v2/team-a/backend/api/blobs/" + layer, basic(kAdmin));
        QCOMPARE(r.status, 404);
        const QJsonObject e = object(r.body).value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("BLOB_UNKNOWN"));
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QLatin1String("descriptors only")),
            r.body.constData());
        const Reply unknown
            = get(*m_demo, "GET", "/v2/team-a/backend/api/blobs/sha256:" + QByteArray(64, 'a'), basic(kAdmin));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.body.contains("descriptors only"));
        // Read-only content: a push is refused.
        QCOMPARE(get(*m_demo, "POST", "/v2/team-a/backend/api/blobs/uploads/", basic(kAdmin)).status, 405);
    }

    // As distribution 2.8: an OCI manifest is served only to clients that accept its type.
    void acceptMismatchIsManifestUnknown()
    {
        const Reply r = get(*m_demo, "GET", "/v2/team-a/backend/api/manifests/v1.2.0",
            basic(kAdmin) + Headers {{"Accept", "application/vnd.docker.distribution.manifest.v2+json"}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.contains("MANIFEST_UNKNOWN"));
    }

    // Opt-in: without the flag the demo keeps its documented digests and /v2/ serves no manifests.
    void withoutTheFlagNothingChanges()
    {
        SimProcess plain;
        QString error;
        QVERIFY2(plain.start({}, &error), qPrintable(error));
        const QString documented = digestOf("harbor-sim:team-a/backend/api:v1.2.0");
        QCOMPARE(restArtifact(plain, QStringLiteral("team-a/backend/api"), QStringLiteral("v1.2.0"))
                     .value(QStringLiteral("digest"))
                     .toString(),
            documented);
        QCOMPARE(manifest(plain, QStringLiteral("team-a/backend/api"), QStringLiteral("v1.2.0")).status, 404);
        QVERIFY(restArtifact(*m_demo, QStringLiteral("team-a/backend/api"), QStringLiteral("v1.2.0"))
                    .value(QStringLiteral("digest"))
                    .toString()
            != documented);
    }

    // With a backend all content comes from pushes: the two cannot be combined.
    void refusedWithRegistryBackend()
    {
        QProcess p;
        p.start(QStringLiteral(HARBOR_SIM_BINARY),
            {QStringLiteral("--synthetic-content"), QStringLiteral("--registry-backend"),
                QStringLiteral("http://127.0.0.1:5000")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--synthetic-content and --registry-backend are exclusive"));
    }

    void cleanupTestCase()
    {
        m_demo.reset();
        m_gen.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyntheticContent)
#include "tst_syntheticcontent.moc"
