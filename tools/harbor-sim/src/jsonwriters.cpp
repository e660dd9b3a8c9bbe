#include "jsonwriters.h"

#include "query.h"
#include "requestcontext.h"
#include "simulator.h"
#include "util.h"

#include <algorithm>
#include <QUrl>

namespace sim {

namespace {

const QByteArray kIcon = "sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06";

} // namespace

std::vector<const TagRec *> sortedTags(const ArtifactRec &a)
{
    std::vector<const TagRec *> tags;
    tags.reserve(a.tags.size());
    for (const TagRec &t : a.tags)
        tags.push_back(&t);
    std::sort(tags.begin(), tags.end(), [](const TagRec *x, const TagRec *y) {
        return x->pushTime != y->pushTime ? x->pushTime > y->pushTime : x->id > y->id;
    });
    return tags;
}

void Simulator::writeTag(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
    const TagRec &t, bool withImmutable) const
{
    w.beginObject();
    w.key("artifact_id").num(a.id);
    w.key("id").num(t.id);
    w.key("immutable").boolean(withImmutable && project.isImmutableTag(t.name));
    w.key("name").str(t.name);
    w.key("pull_time").str(harborTime(t.pullTime));
    w.key("push_time").str(harborTime(t.pushTime));
    w.key("repository_id").num(repo.id);
    w.endObject();
}

Simulator::ArtifactOpts Simulator::artifactOpts(
    const CtxPtr &ctx, const ProjectRec &project, const RepositoryRec &repo) const
{
    ArtifactOpts o;
    o.withTag = parseBool(ctx->q(QStringLiteral("with_tag")), true);
    o.withLabel = parseBool(ctx->q(QStringLiteral("with_label")), false);
    o.withScan = parseBool(ctx->q(QStringLiteral("with_scan_overview")), false);
    o.withImmutable = parseBool(ctx->q(QStringLiteral("with_immutable_status")), false);
    o.withAccessory = parseBool(ctx->q(QStringLiteral("with_accessory")), false);
    const QString shortRepo = repo.name.mid(project.name.size() + 1);
    // Harbor's own hrefs: url.PathEscape(url.PathEscape(repo)).
    o.additionBase = "/api/v2.0/projects/" + QUrl::toPercentEncoding(project.name) + "/repositories/"
        + QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(shortRepo))) + "/artifacts/";
    return o;
}

void Simulator::writeArtifact(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
    const ArtifactOpts &opts) const
{
    w.beginObject();
    w.key("accessories");
    if (opts.withAccessory) {
        bool any = false;
        for (const ArtifactRec &x : repo.artifacts) {
            if (x.subjectDigest != a.digest)
                continue;
            if (!any)
                w.beginArray();
            any = true;
            w.beginObject();
            w.key("artifact_id").num(x.id);
            w.key("creation_time").str(harborTime(x.pushTime));
            w.key("digest").str(x.digest);
            w.key("icon").str(QByteArray());
            w.key("id").num(x.id);
            w.key("size").num(x.size);
            w.key("subject_artifact_digest").str(a.digest);
            w.key("subject_artifact_id").num(a.id);
            w.key("subject_artifact_repo").str(repo.name);
            w.key("type").str(x.accessoryType);
            w.endObject();
        }
        if (any)
            w.endArray();
        else
            w.null();
    } else {
        w.null();
    }
    const QByteArray base = opts.additionBase + a.digest.toLatin1() + "/additions/";
    w.key("addition_links").beginObject();
    if (!a.isIndex()) {
        w.key("build_history").beginObject();
        w.key("absolute").boolean(false);
        w.key("href").str(base + "build_history");
        w.endObject();
    }
    w.key("vulnerabilities").beginObject();
    w.key("absolute").boolean(false);
    w.key("href").str(base + "vulnerabilities");
    w.endObject();
    w.endObject();
    w.key("annotations");
    if (a.annotations.isEmpty())
        w.null();
    else
        w.raw(compactJson(a.annotations));
    w.key("artifact_type").str(!a.artifactType.isEmpty() ? a.artifactType : (a.isIndex() ? QString() : a.mediaType));
    w.key("digest").str(a.digest);
    w.key("extra_attrs");
    if (a.isIndex() || a.isAccessory()) {
        w.null();
    } else if (!a.configDigest.isEmpty()) {
        // Pushed through the registry backend: what was read from the config (null when nothing was).
        if (a.extraAttrs.isEmpty())
            w.null();
        else
            w.raw(compactJson(a.extraAttrs));
    } else {
        w.beginObject();
        w.key("architecture").str(a.extraAttrs.value(QStringLiteral("architecture")).toString(QStringLiteral("amd64")));
        w.key("author").str(QByteArray());
        w.key("config").raw("{}");
        w.key("created").str(harborTime(a.pushTime));
        w.key("os").str(a.extraAttrs.value(QStringLiteral("os")).toString(QStringLiteral("linux")));
        if (a.extraAttrs.contains(QStringLiteral("variant")))
            w.key("variant").str(a.extraAttrs.value(QStringLiteral("variant")).toString());
        w.endObject();
    }
    w.key("icon").str(kIcon);
    w.key("id").num(a.id);
    if (opts.withLabel) {
        w.key("labels");
        if (a.labelIds.isEmpty()) {
            w.null();
        } else {
            w.beginArray();
            for (qint64 id : a.labelIds) {
                const LabelRec *l = m_data.findLabel(id);
                if (!l)
                    continue;
                const QString t = harborTime(m_data.epochMs - 86400000LL * 200);
                w.beginObject();
                w.key("color").str(l->color);
                w.key("creation_time").str(t);
                w.key("description").str(l->description);
                w.key("id").num(l->id);
                w.key("name").str(l->name);
                w.key("project_id").num(l->projectId);
                w.key("scope").str(l->scope);
                w.key("update_time").str(t);
                w.endObject();
            }
            w.endArray();
        }
    }
    w.key("manifest_media_type").str(a.manifestMediaType);
    w.key("media_type").str(a.mediaType);
    w.key("project_id").num(project.id);
    w.key("pull_time").str(harborTime(a.pullTime));
    w.key("push_time").str(harborTime(a.pushTime));
    w.key("references");
    if (a.children.isEmpty()) {
        w.null();
    } else {
        w.beginArray();
        for (const ChildRef &c : a.children) {
            auto it = repo.byDigest.constFind(c.digest);
            const qint64 childId = it == repo.byDigest.constEnd() ? 0 : repo.artifacts[size_t(it.value())].id;
            w.beginObject();
            w.key("annotations").null();
            w.key("child_digest").str(c.digest);
            w.key("child_id").num(childId);
            w.key("parent_id").num(a.id);
            w.key("platform").raw(compactJson(c.platform));
            w.key("urls").null();
            w.endObject();
        }
        w.endArray();
    }
    w.key("repository_id").num(repo.id);
    w.key("repository_name").str(repo.name);
    if (opts.withScan && !a.scanOverview.isEmpty()) {
        w.key("scan_overview").beginObject();
        w.key("application/vnd.security.vulnerability.report; version=1.1").raw(compactJson(a.scanOverview));
        w.endObject();
    }
    w.key("size").num(a.size);
    if (opts.withTag) {
        w.key("tags");
        if (a.tags.empty()) {
            w.null();
        } else {
            w.beginArray();
            for (const TagRec *t : sortedTags(a))
                writeTag(w, project, repo, a, *t, opts.withImmutable);
            w.endArray();
        }
    }
    w.key("type").str(a.type);
    w.endObject();
}

QJsonObject Simulator::projectJson(const ProjectRec &p, const Identity &id) const
{
    qint64 repoCount = qint64(p.repos.size());
    const QList<int> roles = roleIds(id, p);
    QJsonArray roleArray;
    for (int r : roles)
        roleArray.append(r);
    QJsonObject o;
    o.insert(QStringLiteral("project_id"), p.id);
    o.insert(QStringLiteral("owner_id"), p.ownerId);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("registry_id"), 0);
    o.insert(QStringLiteral("creation_time"), harborTime(p.creationTime));
    o.insert(QStringLiteral("update_time"), harborTime(p.creationTime));
    o.insert(QStringLiteral("deleted"), false);
    o.insert(QStringLiteral("owner_name"), p.ownerName);
    o.insert(QStringLiteral("togglable"), id.sysadmin() || roles.contains(1));
    o.insert(QStringLiteral("current_user_role_id"), roles.isEmpty() ? 0 : roles.first());
    o.insert(QStringLiteral("current_user_role_ids"), roles.isEmpty() ? QJsonValue() : QJsonValue(roleArray));
    o.insert(QStringLiteral("repo_count"), repoCount);
    o.insert(QStringLiteral("metadata"),
        QJsonObject {{QStringLiteral("public"), p.isPublic ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("auto_scan"), QStringLiteral("false")}, {QStringLiteral("severity"), QStringLiteral("low")},
            {QStringLiteral("prevent_vul"), QStringLiteral("false")},
            {QStringLiteral("reuse_sys_cve_allowlist"), QStringLiteral("true")}});
    o.insert(QStringLiteral("cve_allowlist"),
        QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("project_id"), p.id},
            {QStringLiteral("items"), QJsonArray()}, {QStringLiteral("creation_time"), harborTime(0)},
            {QStringLiteral("update_time"), harborTime(0)}});
    return o;
}

QJsonObject Simulator::repoJson(const RepositoryRec &r) const
{
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("project_id"), r.projectId},
        {QStringLiteral("name"), r.name}, {QStringLiteral("description"), r.description},
        {QStringLiteral("artifact_count"), r.visibleCount}, {QStringLiteral("pull_count"), r.pullCount},
        {QStringLiteral("creation_time"), harborTime(r.creationTime)},
        {QStringLiteral("update_time"), harborTime(r.updateTime)}};
}

} // namespace sim
