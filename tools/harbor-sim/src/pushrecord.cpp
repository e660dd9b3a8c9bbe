// What Harbor records when a manifest push through /v2/ succeeds: the repository (in an existing
// project), the artifact with its media types, type and size, the tag, index children and
// accessories. Sources (goharbor/harbor): src/controller/artifact/controller.go (Ensure),
// src/controller/artifact/manifest/v2.go and index.go (media types, size, references),
// src/controller/artifact/processor/default.go and the processors (type), and
// src/server/middleware/subject/subject.go, cosign/cosign.go (accessories).
#include "requestcontext.h"
#include "simulator.h"
#include "util.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace sim {

namespace {

const QString kOciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
const QString kDockerList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
const QString kOciConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString kDockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
const QString kDockerForeignLayer = QStringLiteral("application/vnd.docker.image.rootfs.foreign.diff.tar.gzip");
constexpr qint64 kMaxConfigBytes = 8 * 1024 * 1024;

// processor.Get(mediaType).GetArtifactType: the registered processors first, then the default
// processor's pattern, else UNKNOWN.
QString artifactTypeFor(const QString &mediaType)
{
    if (mediaType == kOciConfig || mediaType == kDockerConfig || mediaType == kOciIndex || mediaType == kDockerList
        || mediaType == QLatin1String("application/vnd.docker.distribution.manifest.v1+prettyjws"))
        return QStringLiteral("IMAGE");
    if (mediaType == QLatin1String("application/vnd.cncf.helm.config.v1+json"))
        return QStringLiteral("CHART");
    if (mediaType == QLatin1String("application/vnd.cncf.cnab.config.v1+json"))
        return QStringLiteral("CNAB");
    if (mediaType == QLatin1String("application/vnd.wasm.config.v1+json"))
        return QStringLiteral("WASM");
    if (mediaType == QLatin1String("application/vnd.goharbor.harbor.sbom.v1"))
        return QStringLiteral("SBOM");
    static const QRegularExpression re(QStringLiteral("^application/vnd\\.[^.]*\\.(.*)\\.config\\.[^.]*\\+json$"));
    const auto m = re.match(mediaType);
    return m.hasMatch() ? m.captured(1).toUpper() : QStringLiteral("UNKNOWN");
}

// subject.go: the accessory type follows the artifactType, else the config media type.
QString accessoryTypeFor(const QJsonObject &manifest)
{
    QString from = manifest.value(QStringLiteral("config")).toObject().value(QStringLiteral("mediaType")).toString();
    if (!manifest.value(QStringLiteral("artifactType")).toString().isEmpty())
        from = manifest.value(QStringLiteral("artifactType")).toString();
    if (from == kOciConfig || from == kDockerConfig) {
        const QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
        if (!layers.isEmpty()
            && layers.last()
                   .toObject()
                   .value(QStringLiteral("annotations"))
                   .toObject()
                   .contains(QStringLiteral("containerd.io/snapshot/nydus-bootstrap")))
            return QStringLiteral("accelerator.nydus");
        return QStringLiteral("subject.accessory");
    }
    if (from == QLatin1String("application/vnd.cncf.notary.signature"))
        return QStringLiteral("signature.notation");
    if (from == QLatin1String("application/vnd.dev.cosign.artifact.sig.v1+json"))
        return QStringLiteral("signature.cosign");
    if (from == QLatin1String("application/vnd.goharbor.harbor.sbom.v1"))
        return QStringLiteral("harbor.sbom");
    return QStringLiteral("subject.accessory");
}

} // namespace

void Simulator::recordPush(ProjectRec *project, const QString &repository, const QByteArray &manifest,
    const QByteArray &contentType, const QString &digest, const QString &tag)
{
    const QJsonObject doc = QJsonDocument::fromJson(manifest).object();
    const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastPushMs + 1);
    m_lastPushMs = now;

    RepositoryRec *repo = project->findRepo(repository);
    if (!repo) {
        RepositoryRec r;
        r.id = m_data.nextRepoId++;
        r.projectId = project->id;
        r.name = repository;
        r.creationTime = now;
        project->repos.push_back(std::move(r));
        project->reindex();
        repo = project->findRepo(repository);
    }
    repo->updateTime = now;

    if (!repo->findDigest(digest)) {
        ArtifactRec a;
        a.id = m_data.nextArtifactId++;
        a.digest = digest;
        a.pushTime = now;
        a.manifestMediaType = doc.value(QStringLiteral("mediaType")).toString();
        if (a.manifestMediaType.isEmpty())
            a.manifestMediaType = QString::fromUtf8(contentType.split(';').value(0).trimmed());
        a.annotations = doc.value(QStringLiteral("annotations")).toObject();
        a.size = manifest.size();
        a.blobs.push_back({digest, manifest.size()}); // a manifest is a blob of the project too
        const bool index = a.manifestMediaType == kOciIndex || a.manifestMediaType == kDockerList
            || (doc.contains(QStringLiteral("manifests")) && !doc.contains(QStringLiteral("layers")));
        if (index) {
            // manifest/index.go: the media type is the manifest's own; size adds each child's size.
            a.indexKind = true;
            a.mediaType = a.manifestMediaType;
            a.artifactType = doc.value(QStringLiteral("artifactType")).toString();
            for (const QJsonValue &v : doc.value(QStringLiteral("manifests")).toArray()) {
                const QJsonObject d = v.toObject();
                const QString child = d.value(QStringLiteral("digest")).toString();
                a.children.append({child, d.value(QStringLiteral("platform")).toObject()});
                a.blobs.push_back({child, d.value(QStringLiteral("size")).toInteger()});
                if (const ArtifactRec *c = repo->findDigest(child))
                    a.size += c->size;
            }
            const QString annotated = a.annotations.value(QStringLiteral("org.opencontainers.artifactType")).toString();
            if (!annotated.isEmpty())
                a.mediaType = annotated;
        } else {
            // manifest/v2.go: the config media type is the artifact's; size = manifest + config + layers.
            const QJsonObject config = doc.value(QStringLiteral("config")).toObject();
            a.mediaType = config.value(QStringLiteral("mediaType")).toString();
            a.artifactType = doc.value(QStringLiteral("artifactType")).toString();
            if (a.artifactType.isEmpty())
                a.artifactType = a.mediaType;
            a.configDigest = config.value(QStringLiteral("digest")).toString();
            a.configSize = config.value(QStringLiteral("size")).toInteger();
            a.size += a.configSize;
            a.blobs.push_back({a.configDigest, a.configSize});
            for (const QJsonValue &v : doc.value(QStringLiteral("layers")).toArray()) {
                const QJsonObject l = v.toObject();
                const qint64 size = l.value(QStringLiteral("size")).toInteger();
                a.size += size;
                // quota/put_manifest.go leaves foreign layers out: the registry never stores them.
                if (l.value(QStringLiteral("mediaType")).toString() != kDockerForeignLayer)
                    a.blobs.push_back({l.value(QStringLiteral("digest")).toString(), size});
            }
        }
        a.type = artifactTypeFor(a.mediaType);
        const QJsonObject subject = doc.value(QStringLiteral("subject")).toObject();
        static const QRegularExpression cosignTag(QStringLiteral("^sha256-([a-f0-9]{64})\\.sig$"));
        const auto cosign = cosignTag.match(tag);
        if (!subject.isEmpty()) {
            a.subjectDigest = subject.value(QStringLiteral("digest")).toString();
            a.accessoryType = accessoryTypeFor(doc);
        } else if (cosign.hasMatch()) {
            // cosign/cosign.go: a signature pushed under the tag sha256-<hex>.sig.
            a.subjectDigest = QStringLiteral("sha256:") + cosign.captured(1);
            a.accessoryType = QStringLiteral("signature.cosign");
        }
        repo->artifacts.push_back(std::move(a));
        repo->reindex();
    } else if (ArtifactRec *known = repo->findDigest(digest); !known->isAccessory()) {
        // cosign.go's middleware runs on every PUT under the signature tag, not only the first:
        // a signature pushed by digest and then tagged becomes an accessory at the tag's PUT.
        static const QRegularExpression cosignTag(QStringLiteral("^sha256-([a-f0-9]{64})\\.sig$"));
        const auto cosign = cosignTag.match(tag);
        if (cosign.hasMatch()) {
            known->subjectDigest = QStringLiteral("sha256:") + cosign.captured(1);
            known->accessoryType = QStringLiteral("signature.cosign");
            repo->reindex();
        }
    }

    if (!tag.isEmpty()) {
        // A tag names one artifact in a repository: pushing it again moves it (tag.Ctl.Ensure).
        for (ArtifactRec &other : repo->artifacts) {
            if (other.digest == digest)
                continue;
            other.tags.erase(
                std::remove_if(other.tags.begin(), other.tags.end(), [&](const TagRec &t) { return t.name == tag; }),
                other.tags.end());
        }
        ArtifactRec *target = repo->findDigest(digest);
        auto it
            = std::find_if(target->tags.begin(), target->tags.end(), [&](const TagRec &t) { return t.name == tag; });
        if (it == target->tags.end()) {
            TagRec t;
            t.id = m_data.nextTagId++;
            t.name = tag;
            t.pushTime = now;
            target->tags.push_back(t);
        } else {
            it->pushTime = now;
        }
    }
    repo->reindex();
}

void Simulator::abstractConfig(
    const CtxPtr &ctx, const QString &repository, const QString &digest, HttpResponse response)
{
    ProjectRec *project = m_data.findProject(repository.section(QLatin1Char('/'), 0, 0));
    RepositoryRec *repo = project ? project->findRepo(repository) : nullptr;
    const ArtifactRec *a = repo ? repo->findDigest(digest) : nullptr;
    // Only types with a processor read their config (processor/default.go skips UNKNOWN).
    if (!a || a->configDigest.isEmpty() || !a->extraAttrs.isEmpty() || a->type == QLatin1String("UNKNOWN")
        || a->configSize > kMaxConfigBytes) {
        finish(ctx, response);
        return;
    }
    const QByteArray url = m_options.registryBackend.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery) + "/v2/"
        + repository.toUtf8() + "/blobs/" + a->configDigest.toUtf8();
    QNetworkRequest req(QUrl::fromEncoded(url, QUrl::TolerantMode));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_backend->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, ctx, reply, repository, digest, response]() {
        reply->deleteLater();
        const QJsonObject config = QJsonDocument::fromJson(reply->readAll()).object();
        ProjectRec *p = m_data.findProject(repository.section(QLatin1Char('/'), 0, 0));
        RepositoryRec *r = p ? p->findRepo(repository) : nullptr;
        ArtifactRec *art = r ? r->findDigest(digest) : nullptr;
        if (art && !config.isEmpty()) {
            if (art->type == QLatin1String("IMAGE")) {
                // processor/image/manifest_v2.go: created, architecture, os, config, author (else the
                // authors or maintainer label).
                const QJsonObject inner = config.value(QStringLiteral("config")).toObject();
                const QJsonObject labels = inner.value(QStringLiteral("Labels")).toObject();
                QString author = config.value(QStringLiteral("author")).toString();
                if (author.isEmpty())
                    author = labels.value(QStringLiteral("org.opencontainers.image.authors")).toString();
                if (author.isEmpty())
                    author = labels.value(QStringLiteral("maintainer")).toString();
                art->extraAttrs
                    = QJsonObject {{QStringLiteral("architecture"), config.value(QStringLiteral("architecture"))},
                        {QStringLiteral("author"), author}, {QStringLiteral("config"), inner},
                        {QStringLiteral("created"),
                            config.value(QStringLiteral("created")).toString(QStringLiteral("0001-01-01T00:00:00Z"))},
                        {QStringLiteral("os"), config.value(QStringLiteral("os"))}};
            } else {
                art->extraAttrs = config; // processor/default.go: the whole config
            }
        }
        finish(ctx, response);
    });
}

} // namespace sim
