// /v2/ reads with --synthetic-content and no registry behind harbor-sim: manifests and config
// blobs are regenerated from the artifact records (synthetic.cpp) and answered with the headers
// distribution 2.8 sends (registry/handlers/manifests.go, blobserver.go). Authorisation, tags,
// catalog and referrers are the same handlers as with a backend (registry.cpp).
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "synthetic.h"
#include "util.h"

#include <QDateTime>

namespace sim {

namespace {

// Distribution's error body: {"errors":[{"code","message","detail"}]}.
HttpResponse registryError(int status, const QByteArray &code, const QString &message, const QString &detail)
{
    JsonWriter w(256);
    w.beginObject().key("errors").beginArray().beginObject();
    w.key("code").str(code);
    w.key("message").str(message);
    w.key("detail").str(detail);
    w.endObject().endArray().endObject();
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
    r.body = w.data() + '\n';
    return r;
}

// Accept values split on commas, parameters dropped, several lines merged (manifests.go).
bool accepts(const HttpRequest &req, const QString &mediaType)
{
    for (const QByteArray &line : req.headerValues("Accept")) {
        for (const QByteArray &part : line.split(',')) {
            if (QString::fromLatin1(part.split(';').first().trimmed()) == mediaType)
                return true;
        }
    }
    return false;
}

} // namespace

HttpResponse Simulator::syntheticManifest(
    const CtxPtr &ctx, RepositoryRec *repo, ArtifactRec *artifact, const QString &reference)
{
    const QByteArray bytes = synthetic::manifest(*repo, *artifact);
    if (bytes.isEmpty())
        return registryError(404, "MANIFEST_UNKNOWN",
            QStringLiteral("manifest unknown: harbor-sim --synthetic-content has no content for artifacts created "
                           "after start-up"),
            artifact->digest);
    // Should never happen: the records the bytes are regenerated from changed since start-up.
    if (sha256Digest(bytes) != artifact->digest)
        return errorResponse(500, QStringLiteral("UNKNOWN"),
            QStringLiteral("synthetic manifest of %1 no longer matches its digest").arg(artifact->digest));
    // Distribution 2.8 serves an OCI manifest or index only to clients that list its type, by
    // digest too (manifests.go: "OCI manifest found, but accept header does not support OCI manifests").
    const QString &type = artifact->manifestMediaType;
    if (type == QLatin1String("application/vnd.oci.image.manifest.v1+json") && !accepts(ctx->req, type))
        return registryError(404, "MANIFEST_UNKNOWN",
            QStringLiteral("OCI manifest found, but accept header does not support OCI manifests"), reference);
    if (type == QLatin1String("application/vnd.oci.image.index.v1+json") && !accepts(ctx->req, type))
        return registryError(404, "MANIFEST_UNKNOWN",
            QStringLiteral("OCI index found, but accept header does not support OCI indexes"), reference);
    if (ctx->req.method == "GET") {
        // A pull updates the pull time of the artifact and of the tag it came through.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        artifact->pullTime = now;
        for (TagRec &t : artifact->tags) {
            if (t.name == reference)
                t.pullTime = now;
        }
        repo->pullCount++;
    }
    HttpResponse r;
    r.status = 200;
    r.addHeader("Content-Type", type.toUtf8());
    r.addHeader("Docker-Content-Digest", artifact->digest.toUtf8());
    r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
    r.addHeader("Etag", '"' + artifact->digest.toUtf8() + '"');
    r.body = bytes;
    return r;
}

HttpResponse Simulator::syntheticBlob(const CtxPtr &ctx, ProjectRec *project, const QString &repository, bool upload)
{
    const QByteArray &m = ctx->req.method;
    if (upload || (m != "GET" && m != "HEAD"))
        return registryError(405, "UNSUPPORTED",
            QStringLiteral("harbor-sim --synthetic-content serves content read-only; pushes need --registry-backend"),
            repository);
    const QString digest = ctx->path.section(QLatin1Char('/'), -1);
    RepositoryRec *repo = project->findRepo(repository);
    if (!repo)
        return registryError(404, "NAME_UNKNOWN", QStringLiteral("repository name not known to registry"), repository);
    QByteArray bytes;
    if (const ArtifactRec *owner = synthetic::configOwner(*repo, digest)) {
        bytes = synthetic::config(*repo, *owner);
    } else if (digest == synthetic::kEmptyConfigDigest) {
        for (const ArtifactRec &a : repo->artifacts) {
            if (a.contentSeed != 0 && a.isAccessory())
                bytes = synthetic::kEmptyConfig;
        }
    }
    if (bytes.isEmpty() || sha256Digest(bytes) != digest) {
        // Layers are descriptors only: a digest and a size, never bytes.
        if (synthetic::isLayer(*repo, digest))
            return registryError(404, "BLOB_UNKNOWN",
                QStringLiteral("blob unknown to registry: harbor-sim --synthetic-content serves layer descriptors "
                               "only, not layer bytes (use --registry-backend for real layers)"),
                digest);
        return registryError(404, "BLOB_UNKNOWN", QStringLiteral("blob unknown to registry"), digest);
    }
    HttpResponse r;
    r.status = 200;
    r.addHeader("Accept-Ranges", "bytes");
    r.addHeader("Cache-Control", "max-age=31536000");
    r.addHeader("Content-Type", "application/octet-stream");
    r.addHeader("Docker-Content-Digest", digest.toUtf8());
    r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
    r.addHeader("Etag", '"' + digest.toUtf8() + '"');
    r.body = bytes;
    return r;
}

} // namespace sim
