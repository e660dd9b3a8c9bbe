// Harbor's system, user, project and repository endpoints.
#include "query.h"
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "util.h"

#include <algorithm>
#include <QRegularExpression>

namespace sim {

HttpResponse Simulator::handleSystemInfo(const CtxPtr &ctx)
{
    const bool oidc = m_options.authMode == QLatin1String("oidc_auth");
    QJsonObject o {{QStringLiteral("auth_mode"), m_options.authMode}, {QStringLiteral("primary_auth_mode"), false},
        {QStringLiteral("self_registration"), false}, {QStringLiteral("banner_message"), QString()},
        {QStringLiteral("oidc_provider_name"), oidc ? QStringLiteral("harbor-sim-idp") : QString()}};
    if (ctx->identity.authenticated()) {
        const QString host = ctx->host().isEmpty() ? m_options.listenHost : ctx->host();
        const bool secure = ctx->conn && ctx->conn->isSecure();
        o.insert(QStringLiteral("harbor_version"), m_options.harborVersion);
        o.insert(
            QStringLiteral("external_url"), (secure ? QStringLiteral("https://") : QStringLiteral("http://")) + host);
        o.insert(QStringLiteral("registry_url"), host);
        o.insert(QStringLiteral("read_only"), m_options.readOnly);
        o.insert(QStringLiteral("current_time"), isoNow());
        o.insert(QStringLiteral("has_ca_root"), false);
        o.insert(QStringLiteral("project_creation_restriction"), QStringLiteral("everyone"));
        o.insert(QStringLiteral("registry_storage_provider_name"), QStringLiteral("filesystem"));
        o.insert(QStringLiteral("notification_enable"), true);
    }
    return jsonResponse(200, o);
}

HttpResponse Simulator::handleCurrentUser(const CtxPtr &ctx)
{
    const Identity &id = ctx->identity;
    if (!id.authenticated())
        return unauthorized();
    if (id.kind != Identity::User)
        return errorResponse(412, QStringLiteral("PRECONDITION"),
            QStringLiteral("get current user not available for security context: robot"));
    QJsonObject o {{QStringLiteral("user_id"), id.user.id}, {QStringLiteral("username"), id.user.username},
        {QStringLiteral("email"), id.user.email}, {QStringLiteral("realname"), id.user.realname},
        {QStringLiteral("comment"), QString()}, {QStringLiteral("sysadmin_flag"), id.user.sysadmin},
        {QStringLiteral("admin_role_in_auth"), false},
        {QStringLiteral("creation_time"), harborTime(m_data.epochMs - 86400000LL * 400)},
        {QStringLiteral("update_time"), harborTime(m_data.epochMs - 86400000LL * 400)}};
    if (id.user.oidc)
        o.insert(QStringLiteral("oidc_user_meta"),
            QJsonObject {{QStringLiteral("id"), id.user.id}, {QStringLiteral("user_id"), id.user.id},
                {QStringLiteral("subiss"), id.user.username + QStringLiteral("https://idp.harbor-sim.invalid")},
                {QStringLiteral("secret"), QString()}});
    return jsonResponse(200, o);
}

HttpResponse Simulator::handlePermissions(const CtxPtr &ctx)
{
    const Identity &id = ctx->identity;
    if (!id.authenticated())
        return unauthorized();
    const QString scope = ctx->q(QStringLiteral("scope"));
    const bool relative = parseBool(ctx->q(QStringLiteral("relative")), false);
    QList<Access> perms;
    QString prefix;
    static const QRegularExpression projectScope(QStringLiteral("^/project/(\\d+)/?$"));
    const auto m = projectScope.match(scope);
    if (m.hasMatch()) {
        if (ProjectRec *p = m_data.findProjectId(m.captured(1).toLongLong()))
            perms = projectPermissions(id, *p);
        prefix = QStringLiteral("/project/") + m.captured(1) + QLatin1Char('/');
    } else if (scope.isEmpty() || scope.startsWith(QLatin1String("/system"))) {
        perms = systemPermissions(id);
        prefix = QStringLiteral("/system/");
    }
    QJsonArray out;
    for (const Access &a : perms) {
        QString resource = relative ? a.resource : prefix + a.resource;
        // The project itself is Harbor's ResourceSelf (""): the scope "/project/{id}" as it is,
        // "." relative to it (src/pkg/permission/types/resource.go, RelativeTo).
        if (m.hasMatch() && a.resource == QLatin1String("project"))
            resource = relative ? QStringLiteral(".") : prefix.chopped(1);
        out.append(QJsonObject {{QStringLiteral("resource"), resource}, {QStringLiteral("action"), a.action}});
    }
    return jsonResponse(200, out);
}

HttpResponse Simulator::handleListProjects(const CtxPtr &ctx)
{
    qint64 page, pageSize;
    HttpResponse err;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    const Identity &id = ctx->identity;
    const bool all = canListAllProjects(id);
    QString nameFilter = ctx->q(QStringLiteral("name"));
    QString exactName;
    QString publicFilter = ctx->q(QStringLiteral("public"));
    const QString owner = ctx->q(QStringLiteral("owner"));
    for (const QCond &c : parseQ(ctx->q(QStringLiteral("q")))) {
        if (c.key == QLatin1String("name")) {
            if (c.fuzzy)
                nameFilter = c.value;
            else
                exactName = c.value;
        } else if (c.key == QLatin1String("public")) {
            publicFilter = c.value;
        }
    }
    std::vector<const ProjectRec *> list;
    for (const ProjectRec &p : m_data.projects) {
        const bool visible = all || p.isPublic || isProjectMember(id, p);
        if (!visible)
            continue;
        if (!nameFilter.isEmpty() && !p.name.contains(nameFilter))
            continue;
        if (!exactName.isEmpty() && p.name != exactName)
            continue;
        if (!publicFilter.isEmpty() && p.isPublic != parseBool(publicFilter, p.isPublic))
            continue;
        if (!owner.isEmpty() && p.ownerName != owner)
            continue;
        list.push_back(&p);
    }
    QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("creation_time"), QStringLiteral("update_time"),
            QStringLiteral("project_id")});
    if (keys.isEmpty())
        keys.append({QStringLiteral("name"), false});
    std::stable_sort(list.begin(), list.end(), [&](const ProjectRec *a, const ProjectRec *b) {
        for (const SortKey &k : keys) {
            int c = 0;
            if (k.key == QLatin1String("name"))
                c = a->name.compare(b->name);
            else if (k.key == QLatin1String("project_id"))
                c = a->id < b->id ? -1 : (a->id > b->id ? 1 : 0);
            else
                c = a->creationTime < b->creationTime ? -1 : (a->creationTime > b->creationTime ? 1 : 0);
            if (c != 0)
                return k.desc ? c > 0 : c < 0;
        }
        return false;
    });
    QJsonArray out;
    const qint64 total = qint64(list.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    for (qint64 i = start; i < end; ++i)
        out.append(projectJson(*list[size_t(i)], id));
    HttpResponse r = jsonResponse(200, out);
    addListHeaders(ctx, &r, total, page, pageSize);
    return r;
}

HttpResponse Simulator::handleGetProject(const CtxPtr &ctx, const QString &nameOrId)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProjectNameOrId(ctx, nameOrId, &p, &err, QStringLiteral("project"), QStringLiteral("read")))
        return err;
    return jsonResponse(200, projectJson(*p, ctx->identity));
}

bool Simulator::requireProjectNameOrId(const CtxPtr &ctx, const QString &nameOrId, ProjectRec **project,
    HttpResponse *error, const QString &resource, const QString &action)
{
    const bool isName = parseBool(QString::fromUtf8(ctx->req.header("X-Is-Resource-Name")), false);
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    return requireProject(ctx, nameOrId, project, error, resource, action, !isName && numeric, id);
}

HttpResponse Simulator::handleListRepos(const CtxPtr &ctx, const QString &project)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProject(ctx, project, &p, &err, QStringLiteral("repository"), QStringLiteral("list")))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    const QList<QCond> conds = parseQ(ctx->q(QStringLiteral("q")));
    std::vector<const RepositoryRec *> list;
    for (const RepositoryRec &r : p->repos) {
        bool ok = true;
        for (const QCond &c : conds) {
            if (c.key == QLatin1String("name") && !matchString(c, r.name))
                ok = false;
        }
        if (ok)
            list.push_back(&r);
    }
    QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("creation_time"), QStringLiteral("update_time"),
            QStringLiteral("pull_count"), QStringLiteral("repository_id"), QStringLiteral("id")});
    if (keys.isEmpty())
        keys = {{QStringLiteral("creation_time"), true}, {QStringLiteral("repository_id"), true}};
    std::stable_sort(list.begin(), list.end(), [&](const RepositoryRec *a, const RepositoryRec *b) {
        for (const SortKey &k : keys) {
            int c = 0;
            auto cmp = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
            if (k.key == QLatin1String("name"))
                c = a->name.compare(b->name);
            else if (k.key == QLatin1String("creation_time"))
                c = cmp(a->creationTime, b->creationTime);
            else if (k.key == QLatin1String("update_time"))
                c = cmp(a->updateTime, b->updateTime);
            else if (k.key == QLatin1String("pull_count"))
                c = cmp(a->pullCount, b->pullCount);
            else
                c = cmp(a->id, b->id);
            if (c != 0)
                return k.desc ? c > 0 : c < 0;
        }
        return a->id > b->id;
    });
    const qint64 total = qint64(list.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    QJsonArray out;
    for (qint64 i = start; i < end; ++i)
        out.append(repoJson(*list[size_t(i)]));
    HttpResponse r = jsonResponse(200, out);
    addListHeaders(ctx, &r, total, page, pageSize);
    return r;
}

HttpResponse Simulator::handleRepo(const CtxPtr &ctx, const QString &project, const QString &repo)
{
    const bool del = ctx->req.method == "DELETE";
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("repository"),
            del ? QStringLiteral("delete") : QStringLiteral("read"), &p, &r, &err))
        return err;
    if (!del)
        return jsonResponse(200, repoJson(*r));
    for (const ArtifactRec &a : r->artifacts) {
        for (const TagRec &t : a.tags) {
            if (p->isImmutableTag(t.name))
                return errorResponse(412, QStringLiteral("PRECONDITION"),
                    QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(t.name));
        }
    }
    const QString full = r->name;
    QStringList digests;
    for (const ArtifactRec &a : r->artifacts) {
        digests << a.digest;
        p->unassociate(a);
    }
    p->repos.erase(
        std::remove_if(p->repos.begin(), p->repos.end(), [&](const RepositoryRec &x) { return x.name == full; }),
        p->repos.end());
    p->reindex();
    if (m_backend)
        deleteInBackend(ctx, full, digests, emptyOk());
    return emptyOk();
}

} // namespace sim
