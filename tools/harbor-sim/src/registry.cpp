// /v2/<name>/... with --registry-backend: harbor-sim authorises each request as Harbor's core does
// (src/server/middleware/v2auth/auth.go, access.go), answers tags, catalog, referrers and tag
// resolution from its own data (src/server/registry/tag.go, catalog.go, referrers.go, manifest.go),
// and passes the rest to a docker-registry that has no auth of its own.
#include "requestcontext.h"
#include "responses.h"
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
#include <QTemporaryFile>

namespace sim {

namespace {

const QString kOciIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024; // distribution's own manifest PUT limit
constexpr qint64 kStreamWindow = 1024 * 1024; // bytes buffered per streamed answer, each side

bool isDigest(const QString &ref)
{
    static const QRegularExpression re(QStringLiteral("^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$"));
    return re.match(ref).hasMatch();
}

// Hop-by-hop and credential headers never cross the proxy.
bool dropRequestHeader(const QByteArray &name)
{
    static const QList<QByteArray> drop {"host", "authorization", "connection", "keep-alive", "content-length",
        "transfer-encoding", "expect", "cookie", "x-harbor-csrf-token", "te", "upgrade", "proxy-authorization"};
    return drop.contains(name.toLower());
}

bool dropResponseHeader(const QByteArray &name)
{
    static const QList<QByteArray> drop {
        "connection", "keep-alive", "transfer-encoding", "content-length", "set-cookie", "x-request-id"};
    return drop.contains(name.toLower());
}

QString projectOf(const QString &repository)
{
    return repository.section(QLatin1Char('/'), 0, 0);
}

} // namespace

HttpResponse Simulator::routeRegistry(const CtxPtr &ctx)
{
    const QString &path = ctx->path;
    if (path == QLatin1String("/v2/_catalog"))
        return handleV2Catalog(ctx);
    static const QRegularExpression manifestRe(QStringLiteral("^/v2/(.+)/manifests/([^/]+)$"));
    static const QRegularExpression tagsRe(QStringLiteral("^/v2/(.+)/tags/list$"));
    static const QRegularExpression referrersRe(QStringLiteral("^/v2/(.+)/referrers/([^/]+)$"));
    static const QRegularExpression uploadRe(QStringLiteral("^/v2/(.+)/blobs/uploads(/[^/]*)?$"));
    static const QRegularExpression blobRe(QStringLiteral("^/v2/(.+)/blobs/([^/]+)$"));
    if (const auto m = uploadRe.match(path); m.hasMatch())
        return handleV2Blob(ctx, m.captured(1), true);
    if (const auto m = blobRe.match(path); m.hasMatch())
        return handleV2Blob(ctx, m.captured(1), false);
    if (const auto m = manifestRe.match(path); m.hasMatch())
        return handleV2Manifest(ctx, m.captured(1), m.captured(2));
    if (const auto m = tagsRe.match(path); m.hasMatch())
        return handleV2Tags(ctx, m.captured(1));
    if (const auto m = referrersRe.match(path); m.hasMatch())
        return handleV2Referrers(ctx, m.captured(1), m.captured(2));
    return notFound(QStringLiteral("path %1 was not found").arg(path));
}

// ---------------------------------------------------------------------------------------------
// Authorisation (v2auth): pull for reads, push for writes, delete for DELETE.

bool Simulator::v2Can(const CtxPtr &ctx, const ProjectRec &project, const QString &action) const
{
    if (ctx->authKind == QLatin1String("bearer")) {
        // A token grants what its access claims name for the project (security/v2_token.go: the
        // namespace of each repository entry).
        if (!ctx->identity.authenticated())
            return project.isPublic && action == QLatin1String("pull");
        for (const auto &granted : ctx->identity.tokenAccess) {
            if (projectOf(granted.first) == project.name && granted.second.contains(action))
                return true;
        }
        return false;
    }
    const Identity &id = ctx->identity;
    if (action == QLatin1String("pull"))
        return can(id, project, QStringLiteral("repository"), QStringLiteral("pull"))
            || can(id, project, QStringLiteral("repository"), QStringLiteral("push"));
    return can(id, project, QStringLiteral("repository"), action);
}

HttpResponse Simulator::v2Challenge(const CtxPtr &ctx, const QString &repository, const QString &action) const
{
    HttpResponse r = errorResponse(401, QStringLiteral("UNAUTHORIZED"),
        QStringLiteral("unauthorized to access repository: %1, action: %2").arg(repository, action));
    r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
    if (ctx->authKind != QLatin1String("none")) {
        r.addHeader("Www-Authenticate", "Basic realm=\"harbor\"");
        return r;
    }
    const QString scopeActions = action == QLatin1String("push") ? QStringLiteral("pull,push") : action;
    const bool secure = ctx->conn && ctx->conn->isSecure();
    const QString host = ctx->host().isEmpty() ? m_options.listenHost : ctx->host();
    r.addHeader("Www-Authenticate",
        QStringLiteral("Bearer realm=\"%1://%2/service/token\",service=\"harbor-registry\",scope=\"repository:%3:%4\"")
            .arg(secure ? QStringLiteral("https") : QStringLiteral("http"), host, repository, scopeActions)
            .toUtf8());
    return r;
}

bool Simulator::v2Authorize(
    const CtxPtr &ctx, const QString &repository, const QString &action, ProjectRec **project, HttpResponse *error)
{
    // An unauthenticated HEAD always gets the challenge, so CLIs fetch a token (goharbor/harbor#11271).
    if (ctx->authKind == QLatin1String("none") && ctx->req.method == "HEAD") {
        *error = v2Challenge(ctx, repository, action);
        return false;
    }
    ProjectRec *p = m_data.findProject(projectOf(repository));
    if (!p) {
        *error = notFound(QStringLiteral("project %1 not found").arg(projectOf(repository)));
        return false;
    }
    if (!v2Can(ctx, *p, action)) {
        *error = v2Challenge(ctx, repository, action);
        return false;
    }
    *project = p;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Handlers

HttpResponse Simulator::handleV2Catalog(const CtxPtr &ctx)
{
    // registry/catalog.go: system catalog:read (sysadmins); the challenge is always Basic.
    const bool allowed = ctx->identity.sysadmin()
        || std::any_of(
            systemPermissions(ctx->identity).cbegin(), systemPermissions(ctx->identity).cend(), [](const Access &a) {
                return a.resource == QLatin1String("catalog") && a.action == QLatin1String("read");
            });
    if (!allowed) {
        HttpResponse r
            = errorResponse(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("unauthorized to list catalog"));
        r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
        r.addHeader("Www-Authenticate", "Basic realm=\"harbor\"");
        return r;
    }
    QStringList names;
    for (const ProjectRec &p : m_data.projects) {
        for (const RepositoryRec &r : p.repos) {
            if (!r.artifacts.empty())
                names << r.name;
        }
    }
    std::sort(names.begin(), names.end());
    const QString last = ctx->q(QStringLiteral("last"));
    if (!last.isEmpty()) {
        const int at = int(names.indexOf(last));
        if (at < 0)
            return errorResponse(400, QStringLiteral("BAD_REQUEST"),
                QStringLiteral("the last repository %1 specified in query is not found").arg(last));
        names = names.mid(at + 1);
    }
    HttpResponse r;
    const int n = ctx->q(QStringLiteral("n")).toInt();
    if (n > 0 && names.size() > n) {
        names = names.mid(0, n);
        r.addHeader(
            "Link", "</v2/_catalog?last=" + names.last().toUtf8() + "&n=" + QByteArray::number(n) + ">; rel=\"next\"");
    }
    r.status = 200;
    r.addHeader("Content-Type", "application/json; charset=utf-8");
    r.body = compactJson(QJsonObject {{QStringLiteral("repositories"), QJsonArray::fromStringList(names)}});
    return r;
}

bool Simulator::v2AuthorizeRead(const CtxPtr &ctx, const QString &repository, ProjectRec **project, HttpResponse *error)
{
    if (ctx->req.method != "GET" && ctx->req.method != "HEAD") {
        *error = errorResponse(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("method not allowed"));
        return false;
    }
    return v2Authorize(ctx, repository, QStringLiteral("pull"), project, error);
}

HttpResponse Simulator::handleV2Tags(const CtxPtr &ctx, const QString &repository)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!v2AuthorizeRead(ctx, repository, &p, &err))
        return err;
    RepositoryRec *r = p->findRepo(repository);
    if (!r)
        return notFound(QStringLiteral("repository %1 not found").arg(repository));
    // registry/tag.go: from the database, sorted, unique, with n/last and a Link to the next page.
    QStringList tags;
    for (const ArtifactRec &a : r->artifacts) {
        for (const TagRec &t : a.tags)
            tags << t.name;
    }
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    const QString last = ctx->q(QStringLiteral("last"));
    if (!last.isEmpty())
        tags.erase(tags.begin(), std::upper_bound(tags.begin(), tags.end(), last));
    HttpResponse resp;
    const int n = ctx->q(QStringLiteral("n")).toInt();
    if (ctx->hasQ(QStringLiteral("n")) && n >= 0 && tags.size() > n) {
        tags = tags.mid(0, n);
        if (n > 0)
            resp.addHeader("Link",
                "</v2/" + repository.toUtf8() + "/tags/list?last=" + tags.last().toUtf8()
                    + "&n=" + QByteArray::number(n) + ">; rel=\"next\"");
    }
    resp.status = 200;
    resp.addHeader("Content-Type", "application/json; charset=utf-8");
    resp.body = compactJson(
        QJsonObject {{QStringLiteral("name"), repository}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    return resp;
}

HttpResponse Simulator::handleV2Referrers(const CtxPtr &ctx, const QString &repository, const QString &digest)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!v2AuthorizeRead(ctx, repository, &p, &err))
        return err;
    if (!isDigest(digest))
        return errorResponse(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("unsupported digest %1").arg(digest));
    // registry/referrers.go (v2.11+): always an OCI index built from the accessory records; each
    // descriptor carries the accessory artifact's size and artifact type as Harbor stores them.
    const QString filter = ctx->q(QStringLiteral("artifactType"));
    QJsonArray manifests;
    qint64 total = 0;
    if (RepositoryRec *r = p->findRepo(repository)) {
        for (const ArtifactRec &a : r->artifacts) {
            if (a.subjectDigest != digest)
                continue;
            ++total;
            const QString type = a.artifactType.isEmpty() ? a.mediaType : a.artifactType;
            if (!filter.isEmpty() && type != filter)
                continue;
            QJsonObject d {{QStringLiteral("mediaType"), a.manifestMediaType}, {QStringLiteral("digest"), a.digest},
                {QStringLiteral("size"), a.size}, {QStringLiteral("artifactType"), type}};
            if (!a.annotations.isEmpty())
                d.insert(QStringLiteral("annotations"), a.annotations);
            manifests.append(d);
        }
    }
    HttpResponse resp;
    resp.status = 200;
    resp.addHeader("Content-Type", kOciIndex.toUtf8());
    resp.addHeader("X-Total-Count", QByteArray::number(total));
    if (!filter.isEmpty())
        resp.addHeader("OCI-Filters-Applied", "artifactType");
    resp.body = compactJson(QJsonObject {{QStringLiteral("schemaVersion"), 2}, {QStringLiteral("mediaType"), kOciIndex},
                    {QStringLiteral("manifests"), manifests}})
        + '\n';
    return resp;
}

HttpResponse Simulator::handleV2Blob(const CtxPtr &ctx, const QString &repository, bool upload)
{
    const QByteArray &m = ctx->req.method;
    const QString action = (m == "GET" || m == "HEAD") ? QStringLiteral("pull")
        : m == "DELETE"                                ? QStringLiteral("delete")
                                                       : QStringLiteral("push");
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!v2Authorize(ctx, repository, action, &p, &err))
        return err;
    // A cross-repository mount also needs pull on the source (v2auth/access.go).
    const QString from = ctx->q(QStringLiteral("from"));
    if (upload && m == "POST" && ctx->hasQ(QStringLiteral("mount")) && !from.isEmpty()) {
        ProjectRec *src = nullptr;
        if (!v2Authorize(ctx, from, QStringLiteral("pull"), &src, &err))
            return err;
    }
    if (!m_backend)
        return syntheticBlob(ctx, p, repository, upload);
    ProxyHook associate;
    if (upload && (m == "PUT" || m == "POST")) {
        // 201: an upload finished or a mount succeeded; the blob now counts in the project's quota.
        associate = [this, ctx, repository](int status, HttpResponse *response) {
            if (status != 201)
                return false;
            associateUpload(ctx, repository, *response);
            return true;
        };
    }
    proxy(ctx, ctx->req.target, !upload && m == "GET", associate);
    return {};
}

HttpResponse Simulator::handleV2Manifest(const CtxPtr &ctx, const QString &repository, const QString &reference)
{
    const QByteArray &m = ctx->req.method;
    const bool read = m == "GET" || m == "HEAD";
    if (!read && m != "PUT" && m != "DELETE")
        return errorResponse(405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("method not allowed"));
    const QString action
        = read ? QStringLiteral("pull") : (m == "PUT" ? QStringLiteral("push") : QStringLiteral("delete"));
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!v2Authorize(ctx, repository, action, &p, &err))
        return err;
    const bool byDigest = isDigest(reference);
    const QByteArray base = "/v2/" + repository.toUtf8() + "/manifests/";

    if (read) {
        // registry/manifest.go: the artifact comes from the database; a tag becomes its digest.
        RepositoryRec *r = p->findRepo(repository);
        if (!r)
            return notFound(QStringLiteral("repository %1 not found").arg(repository));
        ArtifactRec *a = byDigest ? r->findDigest(reference) : r->findTag(reference);
        if (!a)
            return notFound(QStringLiteral("artifact %1%2%3 not found")
                                .arg(repository, byDigest ? QStringLiteral("@") : QStringLiteral(":"), reference));
        const QString digest = a->digest;
        const QByteArray etag = '"' + digest.toUtf8() + '"';
        if (ctx->req.header("If-None-Match") == etag) {
            HttpResponse r304;
            r304.status = 304;
            r304.addHeader("Docker-Content-Digest", digest.toUtf8());
            r304.addHeader("Etag", etag);
            return r304;
        }
        if (!m_backend)
            return syntheticManifest(ctx, r, a, reference);
        const bool get = m == "GET";
        proxy(
            ctx, base + digest.toUtf8(), false, [this, repository, digest, reference, get](int status, HttpResponse *) {
                if (!get || status != 200)
                    return false;
                // A pull updates the pull time of the artifact and of the tag it came through.
                ProjectRec *proj = m_data.findProject(projectOf(repository));
                RepositoryRec *repo = proj ? proj->findRepo(repository) : nullptr;
                ArtifactRec *art = repo ? repo->findDigest(digest) : nullptr;
                if (!art)
                    return false;
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                art->pullTime = now;
                for (TagRec &t : art->tags) {
                    if (t.name == reference)
                        t.pullTime = now;
                }
                repo->pullCount++;
                return false;
            });
        return {};
    }

    if (m == "DELETE") {
        // registry/manifest.go: a tag cannot be deleted on /v2/; a digest deletes the whole artifact.
        if (!byDigest)
            return errorResponse(400, QStringLiteral("UNSUPPORTED"),
                QStringLiteral("unsupported digest %1: invalid checksum digest format").arg(reference));
        RepositoryRec *r = p->findRepo(repository);
        if (!r || !r->findDigest(reference))
            return notFound(QStringLiteral("artifact %1@%2 not found").arg(repository, reference));
        QStringList removed;
        HttpResponse resp = deleteArtifact(p, r, reference, &removed);
        if (resp.status != 200)
            return resp;
        HttpResponse accepted;
        accepted.status = 202;
        deleteInBackend(ctx, repository, removed, accepted);
        return {};
    }

    if (!m_backend)
        return errorResponse(405, QStringLiteral("UNSUPPORTED"),
            QStringLiteral("harbor-sim --synthetic-content serves content read-only; pushes need --registry-backend"));
    // PUT. Since Harbor v2.15 the tag is replaced by the computed digest before the registry sees it
    // (commit 95003aa), so the registry stores no tags: tags live in Harbor's data only.
    if (ctx->req.bodySpooled() || ctx->req.bodySize > kMaxManifestBytes)
        return errorResponse(413, QStringLiteral("SIZE_INVALID"), QStringLiteral("manifest too big"));
    static const QRegularExpression tagRe(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$"));
    if (!byDigest && !tagRe.match(reference).hasMatch())
        return errorResponse(400, QStringLiteral("TAG_INVALID"), QStringLiteral("manifest tag did not match URI"));
    // middleware/immutable/pushmf.go: an existing tag that an immutability rule matches cannot be pushed again.
    if (!byDigest && p->isImmutableTag(reference)) {
        RepositoryRec *r = p->findRepo(repository);
        if (r && r->findTag(reference))
            return errorResponse(412, QStringLiteral("PRECONDITION"),
                QStringLiteral("Failed to process request due to '%1:%2' configured as immutable.")
                    .arg(repository.mid(p->name.size() + 1), reference));
    }
    const QString digest = byDigest ? reference : sha256Digest(ctx->req.body);
    const QString tag = byDigest ? QString() : reference;
    const QByteArray body = ctx->req.body;
    const QByteArray contentType = ctx->req.header("Content-Type");
    QByteArray target = base + digest.toUtf8();
    proxy(ctx, target, false, [this, ctx, repository, body, contentType, digest, tag](int status, HttpResponse *resp) {
        if (status != 201)
            return false;
        ProjectRec *proj = m_data.findProject(projectOf(repository));
        if (!proj)
            return false;
        recordPush(proj, repository, body, contentType, digest, tag);
        const QJsonObject subject = QJsonDocument::fromJson(body).object().value(QStringLiteral("subject")).toObject();
        if (!subject.isEmpty())
            resp->setHeader("OCI-Subject", subject.value(QStringLiteral("digest")).toString().toUtf8());
        abstractConfig(ctx, repository, digest, *resp);
        return true;
    });
    return {};
}

// ---------------------------------------------------------------------------------------------
// The proxy

QByteArray Simulator::rewriteLocation(const CtxPtr &ctx, const QByteArray &location) const
{
    const QUrl url = QUrl::fromEncoded(location, QUrl::TolerantMode);
    if (url.isRelative() || url.host().isEmpty())
        return location;
    const QUrl &b = m_options.registryBackend;
    if (url.host() != b.host() || url.port(80) != b.port(80))
        return location;
    // The client must never be sent to the backend: same path and query on harbor-sim's own origin.
    const bool secure = ctx->conn && ctx->conn->isSecure();
    const QByteArray host = ctx->req.header("Host").isEmpty() ? m_options.listenHost.toUtf8() : ctx->req.header("Host");
    const QByteArray rest = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    return (secure ? "https://" : "http://") + host + rest;
}

void Simulator::finishStreamHead(const CtxPtr &ctx, HttpResponse head, qint64 length)
{
    head.setHeader("X-Request-Id", ctx->requestId);
    writeLog(ctx, head.status);
    ctx->conn->beginStream(head, length);
}

void Simulator::proxy(const CtxPtr &ctx, const QByteArray &backendTarget, bool stream, ProxyHook done)
{
    ctx->deferred = true;
    QByteArray baseUrl = m_options.registryBackend.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery);
    QNetworkRequest breq(QUrl::fromEncoded(baseUrl + backendTarget, QUrl::TolerantMode));
    breq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    breq.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    breq.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    breq.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    breq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Repeated headers (skopeo sends one Accept line per media type) are joined, as RFC 9110 5.3
    // allows: setRawHeader would keep only the last.
    QList<QByteArray> names;
    QHash<QByteArray, QByteArray> values;
    for (const auto &h : ctx->req.headers) {
        if (dropRequestHeader(h.first))
            continue;
        const QByteArray key = h.first.toLower();
        if (!values.contains(key)) {
            names.append(h.first);
            values.insert(key, h.second);
        } else {
            values[key] += ", " + h.second;
        }
    }
    for (const QByteArray &name : names)
        breq.setRawHeader(name, values.value(name.toLower()));
    // Without this Qt asks for gzip and inflates silently; bytes must pass through unchanged.
    if (!ctx->req.hasHeader("Accept-Encoding"))
        breq.setRawHeader("Accept-Encoding", "identity");
    const QByteArray &method = ctx->req.method;
    QNetworkReply *reply = nullptr;
    if (method == "HEAD") {
        reply = m_backend->head(breq);
    } else if (method == "GET" || method == "DELETE") {
        reply = m_backend->sendCustomRequest(breq, method);
    } else {
        breq.setHeader(QNetworkRequest::ContentLengthHeader, ctx->req.bodySize);
        if (ctx->req.bodyFile) {
            ctx->req.bodyFile->seek(0);
            reply = m_backend->sendCustomRequest(breq, method, ctx->req.bodyFile.get());
        } else {
            reply = m_backend->sendCustomRequest(breq, method, ctx->req.body);
        }
    }
    // A bounded read buffer makes Qt stop reading the backend while the client is slow; only for
    // answers that stream, since a buffered one is read whole when it finishes.
    if (stream)
        reply->setReadBufferSize(kStreamWindow);
    struct State
    {
        bool decided = false;
        bool streaming = false;
    };
    auto state = std::make_shared<State>();
    auto headOf = [this, ctx, reply]() {
        HttpResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &h : reply->rawHeaderPairs()) {
            if (dropResponseHeader(h.first))
                continue;
            if (h.first.compare("Location", Qt::CaseInsensitive) == 0)
                r.addHeader(h.first, rewriteLocation(ctx, h.second));
            else
                r.addHeader(h.first, h.second);
        }
        return r;
    };
    auto pump = [ctx, reply]() {
        if (!ctx->conn)
            return;
        while (reply->bytesAvailable() > 0 && ctx->conn->pendingOutput() < kStreamWindow)
            ctx->conn->writeStream(reply->read(256 * 1024));
    };
    connect(reply, &QNetworkReply::readyRead, this, [=]() {
        if (!ctx->conn) {
            reply->abort();
            return;
        }
        if (stream && !state->decided) {
            state->decided = true;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if ((status == 200 || status == 206) && length.isValid()) {
                state->streaming = true;
                finishStreamHead(ctx, headOf(), length.toLongLong());
                connect(ctx->conn.data(), &HttpConnection::drained, reply, pump);
            } else {
                reply->setReadBufferSize(0); // answered whole at the end, like every other reply
            }
        }
        if (state->streaming)
            pump();
    });
    connect(reply, &QNetworkReply::finished, this, [=]() {
        // ctx (captured here) keeps a spooled request body open until the upload is over.
        reply->deleteLater();
        if (!ctx->conn)
            return;
        if (state->streaming) {
            while (reply->bytesAvailable() > 0)
                ctx->conn->writeStream(reply->read(256 * 1024));
            ctx->conn->endStream();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            // What Go's httputil.ReverseProxy answers when the registry cannot be reached.
            HttpResponse bad;
            bad.status = 502;
            finish(ctx, bad, false);
            return;
        }
        HttpResponse r = headOf();
        r.body = reply->readAll();
        if (method == "HEAD") {
            ctx->keepLength = true;
            const QByteArray length = reply->rawHeader("Content-Length");
            if (!length.isEmpty())
                r.setHeader("Content-Length", length);
        }
        if (done && done(status, &r))
            return;
        finish(ctx, r, false);
    });
}

void Simulator::deleteInBackend(
    const CtxPtr &ctx, const QString &repository, const QStringList &digests, HttpResponse response)
{
    ctx->deferred = true;
    auto pending = std::make_shared<int>(int(digests.size()));
    if (*pending == 0 || !m_backend) { // --synthetic-content: nothing holds the manifests but the data
        finish(ctx, response);
        return;
    }
    const QByteArray baseUrl = m_options.registryBackend.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery);
    for (const QString &d : digests) {
        QNetworkRequest breq(
            QUrl::fromEncoded(baseUrl + "/v2/" + repository.toUtf8() + "/manifests/" + d.toUtf8(), QUrl::TolerantMode));
        breq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_backend->deleteResource(breq);
        connect(reply, &QNetworkReply::finished, this, [this, ctx, reply, pending, response, d]() {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // 404: the registry never had it (or already forgot it); anything else is worth a note.
            if (status != 202 && status != 404)
                qWarning("harbor-sim: backend DELETE %s answered %d", qPrintable(d), status);
            if (--*pending == 0)
                finish(ctx, response);
        });
    }
}

} // namespace sim
