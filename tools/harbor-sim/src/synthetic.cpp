// The synthetic content recipe (README.md, "Synthetic content"). Everything here is a pure function
// of the artifact record, its repository's name and the records of its children and subject, so the
// bytes can be regenerated whenever /v2/ asks for them. JSON keys follow the order in which the Go
// structs of opencontainers/image-spec (specs-go/v1) marshal them; map keys are sorted as Go sorts
// them.
#include "synthetic.h"

#include "util.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <thread>
#include <vector>

namespace sim::synthetic {

const QByteArray kEmptyConfig = QByteArrayLiteral("{}");
const QString kEmptyConfigDigest
    = QStringLiteral("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");

namespace {

const QString kOciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
const QString kOciManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString kDockerList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
const QString kDockerManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
const QString kOciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString kDockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
const QByteArray kOciLayer = "application/vnd.oci.image.layer.v1.tar+gzip";
const QByteArray kDockerLayer = "application/vnd.docker.image.rootfs.diff.tar.gzip";
const QByteArray kEmptyType = "application/vnd.oci.empty.v1+json";

constexpr int kStacks = 16; // base "distributions"
constexpr int kStackDepth = 3; // layers per distribution: OS, runtime, dependencies
constexpr qint64 kReserve = 16 * 1024; // bound on manifest + config bytes when choosing base layers
constexpr qint64 kOneTopBelow = 64 * 1024; // artifacts smaller than this get a single top layer
constexpr qint64 kMinLayer = 64; // the smallest top layer; smaller artifacts grow to fit it
constexpr qint64 kMiB = 1024 * 1024;

using Lookup = std::function<const ArtifactRec *(const QString &digest)>;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray digestOf(const QByteArray &bytes)
{
    return "sha256:" + sha256(bytes).toHex();
}

quint64 seedOf(const QByteArray &bytes)
{
    const QByteArray h = sha256(bytes);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h.at(i));
    return v;
}

// RFC 3339 as Go's time.Time marshals it: fractional seconds only when not zero, zeros trimmed.
QByteArray rfc3339(qint64 ms)
{
    QByteArray t = harborTime(ms).toLatin1(); // 2026-11-01T00:00:00.000Z
    while (t.size() > 20 && t.at(t.size() - 2) == '0')
        t.remove(t.size() - 2, 1);
    if (t.at(t.size() - 2) == '.')
        t.remove(t.size() - 2, 1);
    return t;
}

// Digests, times and our own media types need no escaping: written as they are, without JsonWriter's
// per-character pass.
QByteArray quoted(const QByteArray &plain)
{
    return '"' + plain + '"';
}

struct Layer
{
    QByteArray digest;
    QByteArray diffId;
    qint64 size = 0;
    QByteArray createdBy;
    QByteArray created;
};

// The shared pool: kStacks distributions of kStackDepth layers each (OS, runtime, dependencies).
// The first half are small (alpine- or distroless-like, the whole stack under 1 MiB), the second
// half large (debian-like). A repository builds on the first 1..kStackDepth layers of one
// distribution, so repositories on the same one share them.
const std::vector<Layer> &basePool()
{
    static const std::vector<Layer> pool = [] {
        std::vector<Layer> out;
        for (int i = 0; i < kStacks * kStackDepth; ++i) {
            const int stack = i / kStackDepth;
            const int depth = i % kStackDepth;
            const bool small = stack < kStacks / 2;
            const QByteArray n = QByteArray::number(i);
            Layer l;
            l.digest = digestOf("harbor-sim-base-layer:" + n);
            l.diffId = digestOf("harbor-sim-base-diff:" + n);
            const quint64 h = seedOf("harbor-sim-base-size:" + n);
            static const qint64 smallMin[kStackDepth] = {64 * 1024, 16 * 1024, 8 * 1024};
            static const qint64 smallSpread[kStackDepth] = {768 * 1024, 128 * 1024, 64 * 1024};
            static const qint64 largeMin[kStackDepth] = {2 * kMiB, kMiB, 256 * 1024};
            static const qint64 largeSpread[kStackDepth] = {28 * kMiB, 12 * kMiB, 4 * kMiB};
            l.size = small ? smallMin[depth] + qint64(h % quint64(smallSpread[depth]))
                           : largeMin[depth] + qint64(h % quint64(largeSpread[depth]));
            const QByteArray s = QByteArray::number(stack);
            if (depth == 0)
                l.createdBy = "/bin/sh -c #(nop) ADD file:" + l.diffId.mid(7, 16) + " in / ";
            else if (depth == 1)
                l.createdBy = "RUN /bin/sh -c apt-get update && apt-get install -y runtime-" + s + " # buildkit";
            else
                l.createdBy = "RUN /bin/sh -c pip install -r requirements-" + s + ".txt # buildkit";
            // 2025-01-01T00:00:00Z plus a day per distribution and an hour per layer.
            l.created = rfc3339(1735689600000LL + qint64(stack) * 86400000LL + qint64(depth) * 3600000LL);
            out.push_back(l);
        }
        return out;
    }();
    return pool;
}

bool isDockerImage(const ArtifactRec &a)
{
    return a.manifestMediaType == kDockerManifest;
}

struct Layout
{
    std::vector<Layer> layers; // base first; the top layers' sizes are filled in by the manifest
    int baseCount = 0;
    qint64 baseSize = 0;
};

// Which layers an image has. Depends on the repository name, the artifact's size and content seed
// only, never on the manifest's own length, so it is stable while the sizes are solved.
quint64 repositoryHash(const QString &repository)
{
    return seedOf("harbor-sim-repo:" + repository.toUtf8());
}

Layout layoutOf(quint64 h, const ArtifactRec &a)
{
    Layout out;
    if (!a.isAccessory()) {
        const std::vector<Layer> &pool = basePool();
        int stack = int(h % kStacks);
        // An image too small for its distribution's first layer builds on the small one beside it.
        if (pool[size_t(stack * kStackDepth)].size > a.size - kReserve)
            stack %= kStacks / 2;
        const int depth = 1 + int((h >> 8) % kStackDepth);
        for (int j = 0; j < depth; ++j) {
            const Layer &l = pool[size_t(stack * kStackDepth + j)];
            if (out.baseSize + l.size > a.size - kReserve)
                break;
            out.baseSize += l.size;
            out.layers.push_back(l);
        }
    }
    out.baseCount = int(out.layers.size());
    const int top = (a.isAccessory() || a.size < kOneTopBelow) ? 1 : 1 + int((a.contentSeed >> 4) & 1);
    const QByteArray seedHex = QByteArray::number(a.contentSeed, 16);
    const QByteArray created = rfc3339(a.pushTime);
    for (int t = 0; t < top; ++t) {
        Layer l;
        l.digest = digestOf("harbor-sim-layer:" + seedHex + ':' + QByteArray::number(t));
        l.diffId = digestOf("harbor-sim-diff:" + seedHex + ':' + QByteArray::number(t));
        l.createdBy
            = t == 0 ? QByteArray("COPY . /app # buildkit") : QByteArray("RUN /bin/sh -c make install # buildkit");
        l.created = created;
        out.layers.push_back(l);
    }
    return out;
}

QString accessoryArtifactType(const ArtifactRec &a)
{
    if (!a.artifactType.isEmpty())
        return a.artifactType;
    if (!a.mediaType.isEmpty() && a.mediaType != kOciConfig && a.mediaType != kDockerConfig && a.mediaType != kOciIndex)
        return a.mediaType;
    if (a.accessoryType == QLatin1String("signature.notation"))
        return QStringLiteral("application/vnd.cncf.notary.signature");
    if (a.accessoryType == QLatin1String("harbor.sbom"))
        return QStringLiteral("application/vnd.goharbor.harbor.sbom.v1");
    return QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
}

QByteArray accessoryLayerType(const QString &artifactType)
{
    if (artifactType == QLatin1String("application/vnd.dev.cosign.artifact.sig.v1+json"))
        return "application/vnd.dev.cosign.simplesigning.v1+json";
    if (artifactType == QLatin1String("application/vnd.cncf.notary.signature"))
        return "application/jose+json";
    if (artifactType.contains(QLatin1String("sbom")) || artifactType.contains(QLatin1String("spdx")))
        return "application/spdx+json";
    return "application/octet-stream";
}

QByteArray imageConfig(const QString &repository, const ArtifactRec &a, const Layout &layout)
{
    const QByteArray created = rfc3339(a.pushTime);
    const QByteArray name = repository.toUtf8();
    const QByteArray app = name.mid(name.lastIndexOf('/') + 1);
    JsonWriter w(1536);
    w.beginObject();
    w.key("created").str(created);
    w.key("architecture").str(a.extraAttrs.value(QStringLiteral("architecture")).toString(QStringLiteral("amd64")));
    w.key("os").str(a.extraAttrs.value(QStringLiteral("os")).toString(QStringLiteral("linux")));
    if (a.extraAttrs.contains(QStringLiteral("variant")))
        w.key("variant").str(a.extraAttrs.value(QStringLiteral("variant")).toString());
    w.key("config").beginObject();
    w.key("Env").beginArray().str(QByteArray("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    w.endArray();
    w.key("Cmd").beginArray().str("/app/" + app).endArray();
    w.key("WorkingDir").str(QByteArray("/app"));
    w.key("Labels").beginObject();
    w.key("org.opencontainers.image.created").str(created);
    w.key("org.opencontainers.image.revision").str(QByteArray::number(a.contentSeed, 16));
    w.key("org.opencontainers.image.title").str(name);
    w.key("org.opencontainers.image.vendor").str(QByteArray("harbor-sim synthetic content"));
    w.endObject();
    w.endObject();
    w.key("rootfs").beginObject();
    w.key("type").str(QByteArray("layers"));
    w.key("diff_ids").beginArray();
    for (const Layer &l : layout.layers)
        w.raw(quoted(l.diffId));
    w.endArray();
    w.endObject();
    w.key("history").beginArray();
    auto entry = [&w](const QByteArray &when, const QByteArray &by, bool empty) {
        w.beginObject();
        w.key("created").str(when);
        w.key("created_by").str(by);
        if (empty) {
            w.key("comment").str(QByteArray("buildkit.dockerfile.v0"));
            w.key("empty_layer").boolean(true);
        }
        w.endObject();
    };
    for (int i = 0; i < int(layout.layers.size()); ++i) {
        const Layer &l = layout.layers[size_t(i)];
        if (i == layout.baseCount)
            entry(created, "WORKDIR /app", true);
        entry(l.created, l.createdBy, false);
    }
    entry(created, "CMD [\"/app/" + app + "\"]", true);
    w.endArray();
    w.endObject();
    return w.data();
}

void descriptor(JsonWriter &w, const QByteArray &mediaType, const QByteArray &digest, qint64 size)
{
    w.beginObject();
    w.key("mediaType").str(mediaType); // may come from a seed
    w.key("digest").raw(quoted(digest));
    w.key("size").num(size);
    w.endObject();
}

int digits(qint64 v)
{
    int n = 1;
    for (; v >= 10; v /= 10)
        ++n;
    return n;
}

// One manifest with the top layers sized so that manifest + config + layers == a.size. The
// manifest's length depends on the digits of those sizes: the JSON is written once with a marker
// where each top size goes, the sizes are solved by iteration, then put in. When no length fits
// exactly (a size crossing a power of ten), trailing newlines absorb the step. Empty when a.size
// is too small for the layout.
QByteArray imageManifest(const ArtifactRec &a, const Layout &layout, const QByteArray &configBytes,
    const QByteArray &configSha, const Lookup &lookup)
{
    const bool accessory = a.isAccessory();
    const bool docker = !accessory && isDockerImage(a);
    const QByteArray layerType = accessory ? accessoryLayerType(a.artifactType) : (docker ? kDockerLayer : kOciLayer);
    const QByteArray configType = accessory                 ? kEmptyType
        : docker                                            ? kDockerConfig.toUtf8()
        : a.mediaType.isEmpty() || a.mediaType == kOciIndex ? kOciConfig.toUtf8()
                                                            : a.mediaType.toUtf8();
    const bool cosign = accessory && a.artifactType == QLatin1String("application/vnd.dev.cosign.artifact.sig.v1+json");
    const ArtifactRec *subject = accessory ? lookup(a.subjectDigest) : nullptr;
    const int tops = int(layout.layers.size()) - layout.baseCount;
    const char marker = '\x01'; // JsonWriter escapes control characters in strings: only ours remain
    JsonWriter w(1024);
    w.beginObject();
    w.key("schemaVersion").num(2);
    w.key("mediaType").str(a.manifestMediaType);
    if (accessory)
        w.key("artifactType").str(a.artifactType);
    w.key("config");
    descriptor(w, configType, "sha256:" + configSha.toHex(), configBytes.size());
    w.key("layers").beginArray();
    for (int i = 0; i < int(layout.layers.size()); ++i) {
        const Layer &l = layout.layers[size_t(i)];
        w.beginObject();
        w.key("mediaType").raw(quoted(layerType));
        w.key("digest").raw(quoted(l.digest));
        if (i < layout.baseCount)
            w.key("size").num(l.size);
        else
            w.key("size").raw(QByteArray(1, marker));
        if (cosign) {
            w.key("annotations").beginObject();
            w.key("dev.cosignproject.cosign/signature").raw(quoted(sha256(l.diffId + l.digest).toBase64()));
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    if (subject) {
        w.key("subject");
        descriptor(w, subject->manifestMediaType.toUtf8(), subject->digest.toUtf8(), subject->manifestSize);
    }
    if (!docker) {
        w.key("annotations").beginObject();
        w.key("org.opencontainers.image.created").raw(quoted(rfc3339(a.pushTime)));
        w.endObject();
    }
    w.endObject();
    const QList<QByteArray> parts = w.data().split(marker);
    if (parts.size() != tops + 1)
        return {};
    qint64 partsLength = 0;
    for (const QByteArray &p : parts)
        partsLength += p.size();
    const qint64 fixed = layout.baseSize + configBytes.size();
    for (int pad = 0; pad < 4; ++pad) {
        qint64 length = partsLength + pad + tops;
        for (int iteration = 0; iteration < 8; ++iteration) {
            const qint64 topTotal = a.size - fixed - length;
            if (topTotal < kMinLayer * tops)
                return {};
            const qint64 first = tops == 1 ? topTotal : topTotal * qint64(10 + a.contentSeed % 31) / 100;
            const qint64 sizes[2] = {first, topTotal - first};
            qint64 next = partsLength + pad;
            for (int t = 0; t < tops; ++t)
                next += digits(sizes[t]);
            if (next != length) {
                length = next;
                continue;
            }
            QByteArray out = parts.first();
            out.reserve(int(length));
            for (int t = 0; t < tops; ++t)
                out += QByteArray::number(sizes[t]) + parts.at(t + 1);
            return out + QByteArray(pad, '\n');
        }
    }
    return {};
}

QByteArray indexManifest(const ArtifactRec &a, const Lookup &lookup)
{
    JsonWriter w(1024);
    w.beginObject();
    w.key("schemaVersion").num(2);
    w.key("mediaType").str(a.manifestMediaType);
    w.key("manifests").beginArray();
    for (const ChildRef &c : a.children) {
        const ArtifactRec *child = lookup(c.digest);
        if (!child)
            continue;
        w.beginObject();
        w.key("mediaType").str(child->manifestMediaType);
        w.key("digest").str(child->digest);
        w.key("size").num(child->manifestSize);
        w.key("platform").beginObject();
        // image-spec Platform: architecture, os, os.version, os.features, variant.
        w.key("architecture").str(c.platform.value(QStringLiteral("architecture")).toString(QStringLiteral("amd64")));
        w.key("os").str(c.platform.value(QStringLiteral("os")).toString(QStringLiteral("linux")));
        if (c.platform.contains(QStringLiteral("os.version")))
            w.key("os.version").str(c.platform.value(QStringLiteral("os.version")).toString());
        if (c.platform.contains(QStringLiteral("variant")))
            w.key("variant").str(c.platform.value(QStringLiteral("variant")).toString());
        w.endObject();
        w.endObject();
    }
    w.endArray();
    if (a.manifestMediaType == kOciIndex) {
        w.key("annotations").beginObject();
        w.key("org.opencontainers.image.created").str(rfc3339(a.pushTime));
        w.endObject();
    }
    w.endObject();
    return w.data();
}

QByteArray configFor(const QString &repository, const ArtifactRec &a, const Layout &layout)
{
    if (a.isIndex())
        return {};
    if (a.isAccessory())
        return kEmptyConfig;
    return imageConfig(repository, a, layout);
}

// One repository: its artifacts reference only each other, so repositories are independent.
int applyRepository(RepositoryRec &repo)
{
    int count = 0;
    {
        {
            std::vector<ArtifactRec> &arts = repo.artifacts;
            const quint64 repoHash = repositoryHash(repo.name);
            QHash<QString, int> byOld;
            byOld.reserve(int(arts.size()));
            for (int i = 0; i < int(arts.size()); ++i)
                byOld.insert(arts[size_t(i)].digest, i);
            // A child without a platform of its own gets the one its index lists, so its config agrees.
            for (const ArtifactRec &a : arts) {
                for (const ChildRef &c : a.children) {
                    const int j = byOld.value(c.digest, -1);
                    if (j >= 0 && !arts[size_t(j)].extraAttrs.contains(QStringLiteral("architecture"))) {
                        for (const char *k : {"architecture", "os", "variant"}) {
                            const QString key = QString::fromLatin1(k);
                            if (c.platform.contains(key))
                                arts[size_t(j)].extraAttrs.insert(key, c.platform.value(key));
                        }
                    }
                }
            }
            QHash<QString, int> byNew;
            byNew.reserve(int(arts.size()));
            const Lookup lookup = [&](const QString &digest) -> const ArtifactRec * {
                const int j = byNew.value(digest, -1);
                return j < 0 ? nullptr : &arts[size_t(j)];
            };
            std::vector<char> state(arts.size(), 0); // 0 new, 1 in progress, 2 done
            std::function<void(int)> visit = [&](int i) {
                if (state[size_t(i)] != 0)
                    return;
                state[size_t(i)] = 1;
                ArtifactRec &a = arts[size_t(i)];
                // Children and the subject first: this manifest names their new digests.
                for (ChildRef &c : a.children) {
                    const int j = byOld.value(c.digest, -1);
                    if (j >= 0 && j != i) {
                        visit(j);
                        if (state[size_t(j)] == 2)
                            c.digest = arts[size_t(j)].digest;
                    }
                }
                if (a.isAccessory()) {
                    const int j = byOld.value(a.subjectDigest, -1);
                    if (j >= 0 && j != i) {
                        visit(j);
                        if (state[size_t(j)] == 2)
                            a.subjectDigest = arts[size_t(j)].digest;
                    }
                }
                a.contentSeed = seedOf(a.digest.toUtf8()) | 1;
                QByteArray bytes;
                if (a.isIndex()) {
                    if (a.manifestMediaType != kDockerList)
                        a.manifestMediaType = kOciIndex;
                    bytes = indexManifest(a, lookup);
                    // Harbor's index size: its own bytes plus its children's sizes (manifest/index.go).
                    a.size = bytes.size();
                    for (const ChildRef &c : a.children) {
                        if (const ArtifactRec *child = lookup(c.digest))
                            a.size += child->size;
                    }
                } else {
                    if (a.isAccessory()) {
                        a.manifestMediaType = kOciManifest;
                        a.artifactType = accessoryArtifactType(a);
                    } else if (a.manifestMediaType != kDockerManifest) {
                        a.manifestMediaType = kOciManifest;
                    }
                    // Too small to hold its manifest, config and layers: grow until it does.
                    for (int grow = 0; grow < 8 && bytes.isEmpty(); ++grow) {
                        const Layout layout = layoutOf(repoHash, a);
                        const QByteArray configBytes = configFor(repo.name, a, layout);
                        a.syntheticConfigSha = sha256(configBytes);
                        bytes = imageManifest(a, layout, configBytes, a.syntheticConfigSha, lookup);
                        if (bytes.isEmpty())
                            a.size = qMax(a.size, qint64(0)) + 1024;
                    }
                }
                a.manifestSize = bytes.size();
                a.digest = QString::fromLatin1(digestOf(bytes));
                byNew.insert(a.digest, i);
                state[size_t(i)] = 2;
                ++count;
            };
            for (int i = 0; i < int(arts.size()); ++i)
                visit(i);
            repo.reindex();
        }
    }
    return count;
}

} // namespace

int apply(Dataset *data)
{
    std::vector<RepositoryRec *> repos;
    for (ProjectRec &project : data->projects) {
        for (RepositoryRec &repo : project.repos)
            repos.push_back(&repo);
    }
    // Mostly sha256 of every config and manifest: spread over the cores (each repository on one).
    std::atomic<size_t> next {0};
    std::atomic<int> count {0};
    auto work = [&] {
        for (size_t i = next++; i < repos.size(); i = next++)
            count += applyRepository(*repos[i]);
    };
    basePool(); // built once before the workers share it
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < workers && repos.size() > 1; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
    return count;
}

QByteArray manifest(const RepositoryRec &repo, const ArtifactRec &artifact)
{
    if (artifact.contentSeed == 0)
        return {};
    const Lookup lookup = [&repo](const QString &digest) -> const ArtifactRec * {
        const auto it = repo.byDigest.constFind(digest);
        return it == repo.byDigest.constEnd() ? nullptr : &repo.artifacts[size_t(it.value())];
    };
    if (artifact.isIndex())
        return indexManifest(artifact, lookup);
    const Layout layout = layoutOf(repositoryHash(repo.name), artifact);
    const QByteArray configBytes = configFor(repo.name, artifact, layout);
    return imageManifest(artifact, layout, configBytes, sha256(configBytes), lookup);
}

QByteArray config(const RepositoryRec &repo, const ArtifactRec &artifact)
{
    if (artifact.contentSeed == 0)
        return {};
    return configFor(repo.name, artifact, layoutOf(repositoryHash(repo.name), artifact));
}

const ArtifactRec *configOwner(const RepositoryRec &repo, const QString &digest)
{
    if (!digest.startsWith(QLatin1String("sha256:")) || digest.size() != 71)
        return nullptr;
    const QByteArray raw = QByteArray::fromHex(digest.mid(7).toLatin1());
    for (const ArtifactRec &a : repo.artifacts) {
        if (a.contentSeed != 0 && a.syntheticConfigSha == raw)
            return &a;
    }
    return nullptr;
}

bool isLayer(const RepositoryRec &repo, const QString &digest)
{
    const QByteArray d = digest.toLatin1();
    const quint64 h = repositoryHash(repo.name);
    for (const ArtifactRec &a : repo.artifacts) {
        if (a.contentSeed == 0 || a.isIndex())
            continue;
        for (const Layer &l : layoutOf(h, a).layers) {
            if (l.digest == d)
                return true;
        }
    }
    return false;
}

} // namespace sim::synthetic
