// Harbor's artifact and tag endpoints, deletes included.
#include "jsonwriters.h"
#include "query.h"
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "util.h"

#include <algorithm>
#include <limits>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace sim {

namespace {
// Harbor's q= on artifact lists (keys tags, digest, media_type, manifest_media_type, type, labels;
// base=* lifts the default of hiding index children), for one repository or a whole project.
bool artifactMatches(const ArtifactRec &a, bool base, const QList<QCond> &conds)
{
    if (!base && !a.visibleByDefault())
        return false;
    for (const QCond &c : conds) {
        if (c.key == QLatin1String("tags")) {
            if (c.value == QLatin1String("*") && !c.fuzzy) {
                if (a.tags.empty())
                    return false;
            } else if (c.value == QLatin1String("nil") && !c.fuzzy) {
                if (!a.tags.empty())
                    return false;
            } else {
                bool any = false;
                for (const TagRec &t : a.tags)
                    any = any || matchString(c, t.name);
                if (!any)
                    return false;
            }
        } else if (c.key == QLatin1String("digest")) {
            if (!matchString(c, a.digest))
                return false;
        } else if (c.key == QLatin1String("media_type")) {
            if (!matchString(c, a.mediaType))
                return false;
        } else if (c.key == QLatin1String("manifest_media_type")) {
            if (!matchString(c, a.manifestMediaType))
                return false;
        } else if (c.key == QLatin1String("type")) {
            if (!matchString(c, a.type))
                return false;
        } else if (c.key == QLatin1String("labels")) {
            QStringList ids = !c.anyOf.isEmpty() ? c.anyOf : (!c.allOf.isEmpty() ? c.allOf : QStringList {c.value});
            const bool needAll = c.anyOf.isEmpty();
            int hits = 0;
            for (const QString &idStr : ids)
                hits += a.labelIds.contains(idStr.toLongLong()) ? 1 : 0;
            if (needAll ? hits != ids.size() : hits == 0)
                return false;
        }
        // Other keys are ignored.
    }
    return true;
}

void splitArtifactQ(const QString &q, bool *base, QList<QCond> *conds)
{
    *base = false;
    for (const QCond &c : parseQ(q)) {
        if (c.key == QLatin1String("base") && c.value == QLatin1String("*"))
            *base = true;
        else
            conds->append(c);
    }
}
} // namespace

HttpResponse Simulator::handleListArtifacts(const CtxPtr &ctx, const QString &project, const QString &repo)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("artifact"), QStringLiteral("list"), &p, &r, &err))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    bool base = false;
    QList<QCond> conds;
    splitArtifactQ(ctx->q(QStringLiteral("q")), &base, &conds);
    auto matches = [&](const ArtifactRec &a) { return artifactMatches(a, base, conds); };
    const QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("push_time"), QStringLiteral("pull_time"), QStringLiteral("id"), QStringLiteral("size"),
            QStringLiteral("digest"), QStringLiteral("media_type"), QStringLiteral("type")});
    const bool defaultOrder
        = keys.isEmpty() || (keys.size() == 1 && keys.first().key == QLatin1String("push_time") && keys.first().desc);
    const ArtifactOpts opts = artifactOpts(ctx, *p, *r);
    JsonWriter out(16384);
    out.beginArray();
    qint64 total = 0;
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? std::numeric_limits<qint64>::max() : start + pageSize;
    if (defaultOrder) {
        // Fast path: the repository vector is kept in the default order (-push_time,-id).
        for (const ArtifactRec &a : r->artifacts) {
            if (!matches(a))
                continue;
            if (total >= start && total < end)
                writeArtifact(out, *p, *r, a, opts);
            ++total;
        }
    } else {
        std::vector<const ArtifactRec *> list;
        for (const ArtifactRec &a : r->artifacts) {
            if (matches(a))
                list.push_back(&a);
        }
        std::stable_sort(list.begin(), list.end(), [&](const ArtifactRec *a, const ArtifactRec *b) {
            for (const SortKey &k : keys) {
                int c = 0;
                auto cmp = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
                if (k.key == QLatin1String("push_time"))
                    c = cmp(a->pushTime, b->pushTime);
                else if (k.key == QLatin1String("pull_time"))
                    c = cmp(a->pullTime, b->pullTime);
                else if (k.key == QLatin1String("id"))
                    c = cmp(a->id, b->id);
                else if (k.key == QLatin1String("size"))
                    c = cmp(a->size, b->size);
                else if (k.key == QLatin1String("digest"))
                    c = a->digest.compare(b->digest);
                else if (k.key == QLatin1String("media_type"))
                    c = a->mediaType.compare(b->mediaType);
                else
                    c = a->type.compare(b->type);
                if (c != 0)
                    return k.desc ? c > 0 : c < 0;
            }
            return a->id > b->id;
        });
        total = qint64(list.size());
        for (qint64 i = start; i < qMin(total, end); ++i)
            writeArtifact(out, *p, *r, *list[size_t(i)], opts);
    }
    out.endArray();
    HttpResponse resp = jsonResponse(200, out.data());
    addListHeaders(ctx, &resp, total, page, pageSize);
    return resp;
}

// GET /projects/{project_name_or_id}/artifacts (Harbor v2.12+, src/server/v2.0/handler/project.go
// ListArtifactsOfProject): every repository's artifacts in one paged list, in the artifact DAO's
// default order (-push_time, -id; src/pkg/artifact/dao/model.go GetDefaultSorts), with the same q=,
// with_* options and RBAC (artifact list) as a repository's list. sort= and latest_in_repository
// are not simulated.
HttpResponse Simulator::handleListProjectArtifacts(const CtxPtr &ctx, const QString &nameOrId)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProjectNameOrId(ctx, nameOrId, &p, &err, QStringLiteral("artifact"), QStringLiteral("list")))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    bool base = false;
    QList<QCond> conds;
    splitArtifactQ(ctx->q(QStringLiteral("q")), &base, &conds);
    struct Hit
    {
        const RepositoryRec *repo;
        const ArtifactRec *artifact;
    };
    std::vector<Hit> hits;
    for (const RepositoryRec &r : p->repos)
        for (const ArtifactRec &a : r.artifacts)
            if (artifactMatches(a, base, conds))
                hits.push_back({&r, &a});
    const auto before = [](const Hit &x, const Hit &y) {
        if (x.artifact->pushTime != y.artifact->pushTime)
            return x.artifact->pushTime > y.artifact->pushTime;
        return x.artifact->id > y.artifact->id;
    };
    const qint64 total = qint64(hits.size());
    const qint64 start = pageSize == 0 ? 0 : qMin(total, (page - 1) * pageSize);
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    // Only the page is put in order: a 100,000-artifact project costs O(n) per page, not a sort.
    if (end < total)
        std::nth_element(hits.begin(), hits.begin() + end, hits.end(), before);
    if (start > 0)
        std::nth_element(hits.begin(), hits.begin() + start, hits.begin() + end, before);
    std::sort(hits.begin() + start, hits.begin() + end, before);
    JsonWriter out(16384);
    out.beginArray();
    for (qint64 i = start; i < end; ++i) {
        const Hit &h = hits[size_t(i)];
        writeArtifact(out, *p, *h.repo, *h.artifact, artifactOpts(ctx, *p, *h.repo));
    }
    out.endArray();
    HttpResponse resp = jsonResponse(200, out.data());
    addListHeaders(ctx, &resp, total, page, pageSize);
    return resp;
}

HttpResponse Simulator::handleArtifact(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref)
{
    const bool del = ctx->req.method == "DELETE";
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("artifact"),
            del ? QStringLiteral("delete") : QStringLiteral("read"), &p, &r, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    if (!del) {
        JsonWriter w;
        writeArtifact(w, *p, *r, *a, artifactOpts(ctx, *p, *r));
        return jsonResponse(200, w.data());
    }
    QStringList removed;
    const QString repoName = r->name;
    HttpResponse resp = deleteArtifact(p, r, a->digest, &removed);
    if (m_backend && resp.status == 200) {
        // Harbor's artifact delete also deletes the manifests in the registry
        // (src/controller/artifact/controller.go deleteDeeply -> regCli.DeleteManifest).
        deleteInBackend(ctx, repoName, removed, resp);
    }
    return resp;
}

HttpResponse Simulator::deleteArtifact(
    ProjectRec *project, RepositoryRec *repo, const QString &digest, QStringList *removed)
{
    ArtifactRec *a = repo->findDigest(digest);
    if (a->referencedBy > 0)
        return errorResponse(412, QStringLiteral("VIOLATE_FOREIGN_KEY_CONSTRAINT"),
            QStringLiteral("the deleting artifact is referenced by others"));
    for (const TagRec &t : a->tags) {
        if (project->isImmutableTag(t.name))
            return errorResponse(412, QStringLiteral("PRECONDITION"),
                QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(t.name));
    }
    // deleteDeeply: the artifact, its accessories, and children no other index references.
    QSet<QString> doomed {digest};
    QStringList queue {digest};
    while (!queue.isEmpty()) {
        const QString d = queue.takeFirst();
        const ArtifactRec *x = repo->findDigest(d);
        if (!x)
            continue;
        for (const ArtifactRec &other : repo->artifacts) {
            if (other.subjectDigest == d && !doomed.contains(other.digest)) {
                doomed.insert(other.digest);
                queue.append(other.digest);
            }
        }
        for (const ChildRef &c : x->children) {
            const ArtifactRec *child = repo->findDigest(c.digest);
            if (!child || doomed.contains(c.digest) || !child->tags.empty())
                continue;
            bool otherParent = false;
            for (const ArtifactRec &other : repo->artifacts) {
                if (doomed.contains(other.digest))
                    continue;
                for (const ChildRef &oc : other.children)
                    otherParent = otherParent || oc.digest == c.digest;
            }
            if (!otherParent) {
                doomed.insert(c.digest);
                queue.append(c.digest);
            }
        }
    }
    if (removed) {
        *removed = QStringList(doomed.begin(), doomed.end());
        removed->sort();
    }
    for (const ArtifactRec &x : repo->artifacts) {
        if (doomed.contains(x.digest))
            project->unassociate(x);
    }
    repo->artifacts.erase(std::remove_if(repo->artifacts.begin(), repo->artifacts.end(),
                              [&](const ArtifactRec &x) { return doomed.contains(x.digest); }),
        repo->artifacts.end());
    repo->reindex();
    return emptyOk();
}

HttpResponse Simulator::handleListTags(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("tag"), QStringLiteral("list"), &p, &r, &err))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    const QList<QCond> conds = parseQ(ctx->q(QStringLiteral("q")));
    const bool withImmutable = parseBool(ctx->q(QStringLiteral("with_immutable_status")), false);
    std::vector<const TagRec *> tags;
    for (const TagRec *t : sortedTags(*a)) {
        bool ok = true;
        for (const QCond &c : conds) {
            if (c.key == QLatin1String("name") && !matchString(c, t->name))
                ok = false;
        }
        if (ok)
            tags.push_back(t);
    }
    const QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("push_time"), QStringLiteral("pull_time"), QStringLiteral("id")});
    if (!keys.isEmpty()) {
        std::stable_sort(tags.begin(), tags.end(), [&](const TagRec *x, const TagRec *y) {
            for (const SortKey &k : keys) {
                int c = 0;
                auto cmp = [](qint64 u, qint64 v) { return u < v ? -1 : (u > v ? 1 : 0); };
                if (k.key == QLatin1String("name"))
                    c = x->name.compare(y->name);
                else if (k.key == QLatin1String("push_time"))
                    c = cmp(x->pushTime, y->pushTime);
                else if (k.key == QLatin1String("pull_time"))
                    c = cmp(x->pullTime, y->pullTime);
                else
                    c = cmp(x->id, y->id);
                if (c != 0)
                    return k.desc ? c > 0 : c < 0;
            }
            return false;
        });
    }
    const qint64 total = qint64(tags.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    JsonWriter out;
    out.beginArray();
    for (qint64 i = start; i < end; ++i)
        writeTag(out, *p, *r, *a, *tags[size_t(i)], withImmutable);
    out.endArray();
    HttpResponse resp = jsonResponse(200, out.data());
    addListHeaders(ctx, &resp, total, page, pageSize);
    return resp;
}

// POST .../artifacts/{reference}/tags {"name": ...} (src/server/v2.0/handler/artifact.go, CreateTag):
// tag:create, the artifact by reference, then a new row in the tag table, whose (repository_id,
// name) is unique: a name any artifact of the repository carries is 409 CONFLICT. 201, no body.
HttpResponse Simulator::handleCreateTag(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("tag"), QStringLiteral("create"), &p, &r, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    const QString name = QJsonDocument::fromJson(ctx->req.body).object().value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return errorResponse(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("the tag name is required"));
    for (const ArtifactRec &other : r->artifacts)
        for (const TagRec &t : other.tags)
            if (t.name == name)
                return errorResponse(409, QStringLiteral("CONFLICT"),
                    QStringLiteral("tag %1 already exists under the repository %2").arg(name, r->name));
    const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastPushMs + 1);
    m_lastPushMs = now;
    TagRec t;
    t.id = m_data.nextTagId++;
    t.name = name;
    t.pushTime = now;
    a->tags.push_back(t);
    r->reindex();
    HttpResponse resp;
    resp.status = 201;
    return resp;
}

HttpResponse Simulator::handleDeleteTag(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref, const QString &tag)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("tag"), QStringLiteral("delete"), &p, &r, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    auto it = std::find_if(a->tags.begin(), a->tags.end(), [&](const TagRec &t) { return t.name == tag; });
    if (it == a->tags.end())
        return notFound(QStringLiteral("tag %1 attached to artifact %2 not found").arg(tag).arg(a->id));
    if (p->isImmutableTag(tag))
        return errorResponse(412, QStringLiteral("PRECONDITION"),
            QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(tag));
    a->tags.erase(it);
    r->reindex();
    return emptyOk();
}

} // namespace sim
