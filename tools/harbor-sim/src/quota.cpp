// The project summary and its storage quota. Harbor counts each blob once per project: the
// project_blob table joins a project to every blob an upload, a mount or a manifest push associated
// with it (server/middleware/quota/put_manifest.go, middleware/blob), and the quota's "used" storage
// is the sum of those blobs' sizes without foreign layers (controller/quota/driver/project/project.go,
// pkg/blob/dao/dao.go SumBlobsSizeByProject). An artifact delete unassociates the blobs no other
// artifact of the project still references (controller/artifact/controller.go, then
// CleanupAssociationsForProject), and the delete refreshes the quota (RefreshForProjectMiddleware).
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "synthetic.h"
#include "util.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>

namespace sim {

namespace {

// What the project quota counts for one artifact: the blobs recorded at its push, the blobs of its
// synthetic manifest, or, for seeded data without content, one blob of the artifact's own size.
std::vector<BlobRef> quotaBlobs(const RepositoryRec &repo, const ArtifactRec &a)
{
    if (!a.blobs.empty())
        return a.blobs;
    const QByteArray manifest = a.contentSeed ? synthetic::manifest(repo, a) : QByteArray();
    if (manifest.isEmpty()) {
        // A seeded index's size includes its children's (loadSeed, as Harbor reports it); they
        // count as blobs of their own.
        qint64 own = a.size;
        for (const ChildRef &c : a.children)
            for (const ArtifactRec &child : repo.artifacts)
                if (child.digest == c.digest)
                    own -= child.size;
        return {{a.digest, qMax<qint64>(own, 0)}};
    }
    std::vector<BlobRef> out {{a.digest, qint64(manifest.size())}};
    const QJsonObject doc = QJsonDocument::fromJson(manifest).object();
    const auto add = [&out](const QJsonValue &v) {
        const QJsonObject d = v.toObject();
        out.push_back({d.value(QStringLiteral("digest")).toString(), d.value(QStringLiteral("size")).toInteger()});
    };
    if (doc.contains(QStringLiteral("config")))
        add(doc.value(QStringLiteral("config")));
    for (const QJsonValue &v : doc.value(QStringLiteral("layers")).toArray())
        add(v);
    for (const QJsonValue &v : doc.value(QStringLiteral("manifests")).toArray())
        add(v);
    return out;
}

qint64 quotaUsed(const ProjectRec &project)
{
    QHash<QString, qint64> blobs = project.uploadedBlobs;
    for (const RepositoryRec &repo : project.repos) {
        for (const ArtifactRec &a : repo.artifacts) {
            for (const BlobRef &b : quotaBlobs(repo, a))
                blobs.insert(b.digest, b.size);
        }
    }
    qint64 used = 0;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        used += it.value();
    return used;
}

} // namespace

HttpResponse Simulator::handleProjectSummary(const CtxPtr &ctx, const QString &nameOrId)
{
    // handler/project.go GetProjectSummary: project read for the call, then each part only with its
    // own permission: the quota with quota:read, the member counts with member:list.
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProjectNameOrId(ctx, nameOrId, &p, &err, QStringLiteral("project"), QStringLiteral("read")))
        return err;
    QJsonObject out {{QStringLiteral("repo_count"), qint64(p->repos.size())}};
    if (can(ctx->identity, *p, QStringLiteral("quota"), QStringLiteral("read"))) {
        const auto storage = [](qint64 v) { return QJsonObject {{QStringLiteral("storage"), v}}; };
        out.insert(QStringLiteral("quota"),
            QJsonObject {
                {QStringLiteral("hard"), storage(p->storageLimit)}, {QStringLiteral("used"), storage(quotaUsed(*p))}});
    }
    if (can(ctx->identity, *p, QStringLiteral("member"), QStringLiteral("list"))) {
        QHash<QString, int> counts;
        for (const UserRec &u : m_data.users) {
            const QString role = u.roles.value(p->name);
            if (!role.isEmpty())
                ++counts[role];
        }
        out.insert(QStringLiteral("project_admin_count"), counts.value(QStringLiteral("projectAdmin")));
        out.insert(QStringLiteral("maintainer_count"), counts.value(QStringLiteral("maintainer")));
        out.insert(QStringLiteral("developer_count"), counts.value(QStringLiteral("developer")));
        out.insert(QStringLiteral("guest_count"), counts.value(QStringLiteral("guest")));
        out.insert(QStringLiteral("limited_guest_count"), counts.value(QStringLiteral("limitedGuest")));
    }
    return jsonResponse(200, out);
}

void Simulator::associateUpload(const CtxPtr &ctx, const QString &repository, HttpResponse response)
{
    const QString digest = QString::fromLatin1(response.header("Docker-Content-Digest"));
    if (digest.isEmpty() || !m_backend) {
        finish(ctx, response, false); // a proxied answer, passed on as the registry gave it
        return;
    }
    // The registry's 201 carries no size; Harbor's blob middleware reads it from the registry too.
    const QByteArray url = m_options.registryBackend.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery) + "/v2/"
        + repository.toUtf8() + "/blobs/" + digest.toLatin1();
    QNetworkRequest req(QUrl::fromEncoded(url, QUrl::TolerantMode));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept-Encoding", "identity");
    QNetworkReply *reply = m_backend->head(req);
    connect(reply, &QNetworkReply::finished, this, [this, ctx, reply, repository, digest, response]() {
        reply->deleteLater();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        ProjectRec *p = m_data.findProject(repository.section(QLatin1Char('/'), 0, 0));
        if (p && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && length.isValid())
            p->uploadedBlobs.insert(digest, length.toLongLong());
        finish(ctx, response, false);
    });
}

} // namespace sim
