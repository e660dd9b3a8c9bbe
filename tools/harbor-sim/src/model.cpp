#include "model.h"

#include "util.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sim {

namespace {

const QString kIndexType = QStringLiteral("application/vnd.oci.image.index.v1+json");
const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString kConfigType = QStringLiteral("application/vnd.oci.image.config.v1+json");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QStringList guestActions()
{
    return {QStringLiteral("project:read"), QStringLiteral("repository:list"), QStringLiteral("repository:read"),
        QStringLiteral("repository:pull"), QStringLiteral("artifact:list"), QStringLiteral("artifact:read"),
        QStringLiteral("tag:list"), QStringLiteral("accessory:list"), QStringLiteral("artifact-addition:read"),
        QStringLiteral("label:list"), QStringLiteral("label:read"), QStringLiteral("scan:read"),
        QStringLiteral("member:list"), QStringLiteral("metadata:list"), QStringLiteral("metadata:read"),
        QStringLiteral("quota:read")}; // rbac_role.go: every project role reads the quota
}

QStringList publicActions()
{
    return {QStringLiteral("project:read"), QStringLiteral("repository:list"), QStringLiteral("repository:read"),
        QStringLiteral("repository:pull"), QStringLiteral("artifact:list"), QStringLiteral("artifact:read"),
        QStringLiteral("tag:list"), QStringLiteral("accessory:list"), QStringLiteral("artifact-addition:read"),
        QStringLiteral("label:list"), QStringLiteral("label:read"), QStringLiteral("scan:read"),
        QStringLiteral("scanner:read")};
}

QStringList roleActions(const QString &role)
{
    QStringList a = guestActions();
    if (role == QLatin1String("guest"))
        return a;
    a << QStringLiteral("repository:push") << QStringLiteral("artifact:create") << QStringLiteral("tag:create")
      << QStringLiteral("artifact-label:create") << QStringLiteral("scan:create");
    if (role == QLatin1String("developer"))
        return a;
    a << QStringLiteral("repository:update") << QStringLiteral("repository:delete") << QStringLiteral("artifact:delete")
      << QStringLiteral("tag:delete") << QStringLiteral("artifact-label:delete") << QStringLiteral("scan:stop")
      << QStringLiteral("immutable-tag:list") << QStringLiteral("robot:list") << QStringLiteral("robot:read");
    if (role == QLatin1String("maintainer"))
        return a;
    a << QStringLiteral("project:update") << QStringLiteral("project:delete") << QStringLiteral("member:create")
      << QStringLiteral("member:delete") << QStringLiteral("robot:create") << QStringLiteral("robot:delete")
      << QStringLiteral("immutable-tag:create") << QStringLiteral("immutable-tag:delete");
    return a; // projectAdmin
}

int roleId(const QString &role)
{
    if (role == QLatin1String("projectAdmin"))
        return 1;
    if (role == QLatin1String("developer"))
        return 2;
    if (role == QLatin1String("guest"))
        return 3;
    if (role == QLatin1String("maintainer"))
        return 4;
    return 0;
}

QList<Access> toAccess(const QStringList &pairs)
{
    QList<Access> out;
    QSet<QString> seen;
    for (const QString &p : pairs) {
        if (seen.contains(p))
            continue;
        seen.insert(p);
        const int c = p.indexOf(QLatin1Char(':'));
        out.append({p.left(c), p.mid(c + 1)});
    }
    return out;
}

QStringList robotProjectActions(const RobotRec &robot, const ProjectRec &project)
{
    QStringList out;
    for (const RobotPermission &perm : robot.permissions) {
        if (perm.kind != QLatin1String("project"))
            continue;
        // A project robot is filtered to its own project namespace.
        if (robot.level == QLatin1String("project")) {
            const QString own = robot.name.section(QLatin1Char('+'), 0, 0);
            if (perm.ns != own || own != project.name)
                continue;
        } else if (perm.ns != QLatin1String("*") && perm.ns != project.name) {
            continue;
        }
        for (const Access &a : perm.access) {
            out << a.resource + QLatin1Char(':') + a.action;
            if (a.resource == QLatin1String("repository") && a.action == QLatin1String("push"))
                out << QStringLiteral("repository:pull");
        }
    }
    // A robot holding any permission in a project may read the project itself (GET /projects/{name}).
    if (!out.isEmpty())
        out << QStringLiteral("project:read");
    return out;
}

qint64 daysAgo(qint64 epochMs, const QJsonValue &v, qint64 fallback)
{
    if (v.isUndefined() || v.isNull())
        return fallback;
    return epochMs - qint64(std::llround(v.toDouble() * double(kDayMs)));
}

} // namespace

QString Identity::logName() const
{
    switch (kind) {
    case User:
        return QStringLiteral("user:") + name;
    case Robot:
        return QStringLiteral("robot:") + name;
    case Token:
        return name.isEmpty() ? QStringLiteral("anonymous") : QStringLiteral("token:") + name;
    case Anonymous:
        break;
    }
    return QStringLiteral("anonymous");
}

void RepositoryRec::reindex()
{
    std::sort(artifacts.begin(), artifacts.end(), [](const ArtifactRec &a, const ArtifactRec &b) {
        if (a.pushTime != b.pushTime)
            return a.pushTime > b.pushTime;
        return a.id > b.id;
    });
    byDigest.clear();
    byDigest.reserve(int(artifacts.size()));
    for (int i = 0; i < int(artifacts.size()); ++i) {
        byDigest.insert(artifacts[size_t(i)].digest, i);
        artifacts[size_t(i)].referencedBy = 0;
    }
    for (const ArtifactRec &a : artifacts) {
        for (const ChildRef &c : a.children) {
            auto it = byDigest.constFind(c.digest);
            if (it != byDigest.constEnd())
                artifacts[size_t(it.value())].referencedBy++;
        }
    }
    visibleCount = 0;
    for (const ArtifactRec &a : artifacts) {
        if (a.visibleByDefault())
            ++visibleCount;
    }
}

ArtifactRec *RepositoryRec::findDigest(const QString &digest)
{
    auto it = byDigest.constFind(digest);
    return it == byDigest.constEnd() ? nullptr : &artifacts[size_t(it.value())];
}

ArtifactRec *RepositoryRec::findTag(const QString &tag)
{
    for (ArtifactRec &a : artifacts) {
        for (const TagRec &t : a.tags) {
            if (t.name == tag)
                return &a;
        }
    }
    return nullptr;
}

void ProjectRec::reindex()
{
    repoByName.clear();
    for (int i = 0; i < int(repos.size()); ++i)
        repoByName.insert(repos[size_t(i)].name, i);
}

RepositoryRec *ProjectRec::findRepo(const QString &fullName)
{
    auto it = repoByName.constFind(fullName);
    return it == repoByName.constEnd() ? nullptr : &repos[size_t(it.value())];
}

void ProjectRec::unassociate(const ArtifactRec &artifact)
{
    if (uploadedBlobs.isEmpty())
        return;
    uploadedBlobs.remove(artifact.digest);
    for (const BlobRef &b : artifact.blobs)
        uploadedBlobs.remove(b.digest);
}

bool ProjectRec::isImmutableTag(const QString &tag) const
{
    for (const QString &p : immutableTagPatterns) {
        if (globMatch(p, tag))
            return true;
    }
    return false;
}

ProjectRec *Dataset::findProject(const QString &name)
{
    for (ProjectRec &p : projects) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

ProjectRec *Dataset::findProjectId(qint64 id)
{
    for (ProjectRec &p : projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const LabelRec *Dataset::findLabel(qint64 id) const
{
    for (const LabelRec &l : labels) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

qint64 Dataset::latestPushTime() const
{
    qint64 latest = epochMs;
    for (const ProjectRec &p : projects) {
        for (const RepositoryRec &r : p.repos) {
            for (const ArtifactRec &a : r.artifacts)
                latest = qMax(latest, a.pushTime);
        }
    }
    return latest;
}

bool loadSeed(const QByteArray &json, Dataset *out, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (!doc.isObject()) {
        *error = QStringLiteral("seed is not a JSON object: ") + perr.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    Dataset ds;
    const QDateTime epoch = QDateTime::fromString(root.value(QStringLiteral("epoch")).toString(), Qt::ISODate);
    ds.epochMs = epoch.isValid() ? epoch.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();

    for (const QJsonValue &lv : root.value(QStringLiteral("labels")).toArray()) {
        const QJsonObject l = lv.toObject();
        LabelRec rec;
        rec.id = l.value(QStringLiteral("id")).toInteger();
        rec.name = l.value(QStringLiteral("name")).toString();
        rec.description = l.value(QStringLiteral("description")).toString();
        rec.color = l.value(QStringLiteral("color")).toString(QStringLiteral("#48960C"));
        rec.scope = l.value(QStringLiteral("scope")).toString(QStringLiteral("g"));
        rec.projectId = l.value(QStringLiteral("project_id")).toInteger();
        ds.labels.append(rec);
    }
    for (const QJsonValue &uv : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = uv.toObject();
        UserRec rec;
        rec.id = u.value(QStringLiteral("id")).toInteger();
        rec.username = u.value(QStringLiteral("username")).toString();
        rec.password = u.value(QStringLiteral("password")).toString();
        rec.email = u.value(QStringLiteral("email")).toString();
        rec.realname = u.value(QStringLiteral("realname")).toString();
        rec.sysadmin = u.value(QStringLiteral("sysadmin")).toBool();
        rec.oidc = u.value(QStringLiteral("oidc")).toBool();
        rec.cliSecret = u.value(QStringLiteral("cli_secret")).toString();
        const QJsonObject roles = u.value(QStringLiteral("roles")).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it)
            rec.roles.insert(it.key(), it.value().toString());
        ds.users.append(rec);
    }
    for (const QJsonValue &rv : root.value(QStringLiteral("robots")).toArray()) {
        const QJsonObject r = rv.toObject();
        RobotRec rec;
        rec.id = r.value(QStringLiteral("id")).toInteger();
        rec.name = r.value(QStringLiteral("name")).toString();
        rec.secret = r.value(QStringLiteral("secret")).toString();
        rec.description = r.value(QStringLiteral("description")).toString();
        rec.level = r.value(QStringLiteral("level")).toString(QStringLiteral("project"));
        rec.disabled = r.value(QStringLiteral("disable")).toBool();
        rec.expiresAt = r.value(QStringLiteral("expires_at")).toInteger(-1);
        for (const QJsonValue &pv : r.value(QStringLiteral("permissions")).toArray()) {
            const QJsonObject p = pv.toObject();
            RobotPermission perm;
            perm.kind = p.value(QStringLiteral("kind")).toString();
            perm.ns = p.value(QStringLiteral("namespace")).toString();
            for (const QJsonValue &av : p.value(QStringLiteral("access")).toArray()) {
                const QJsonObject a = av.toObject();
                perm.access.append(
                    {a.value(QStringLiteral("resource")).toString(), a.value(QStringLiteral("action")).toString()});
            }
            rec.permissions.append(perm);
        }
        ds.robots.append(rec);
    }

    for (const QJsonValue &pv : root.value(QStringLiteral("projects")).toArray()) {
        const QJsonObject p = pv.toObject();
        ProjectRec proj;
        proj.id = p.value(QStringLiteral("id")).toInteger();
        proj.name = p.value(QStringLiteral("name")).toString();
        if (proj.id <= 0 || proj.name.isEmpty()) {
            *error = QStringLiteral("every project needs a positive id and a name");
            return false;
        }
        proj.isPublic = p.value(QStringLiteral("public")).toBool();
        proj.storageLimit = p.value(QStringLiteral("storage_limit")).toInteger(-1);
        proj.creationTime = daysAgo(ds.epochMs, p.value(QStringLiteral("created_days_ago")), ds.epochMs - 365 * kDayMs);
        for (const QJsonValue &t : p.value(QStringLiteral("immutable_tags")).toArray())
            proj.immutableTagPatterns << t.toString();
        for (const QJsonValue &rv : p.value(QStringLiteral("repositories")).toArray()) {
            const QJsonObject r = rv.toObject();
            RepositoryRec repo;
            repo.id = ds.nextRepoId++;
            repo.projectId = proj.id;
            repo.name = proj.name + QLatin1Char('/') + r.value(QStringLiteral("name")).toString();
            repo.description = r.value(QStringLiteral("description")).toString();
            repo.creationTime = daysAgo(ds.epochMs, r.value(QStringLiteral("created_days_ago")), proj.creationTime);
            repo.pullCount = r.value(QStringLiteral("pull_count")).toInteger();
            QHash<QString, QString> keyToDigest;
            const QJsonArray arts = r.value(QStringLiteral("artifacts")).toArray();
            for (const QJsonValue &av : arts) {
                const QJsonObject a = av.toObject();
                const QString key = a.value(QStringLiteral("key")).toString();
                const QString digest
                    = a.value(QStringLiteral("digest"))
                          .toString(sha256Digest(
                              (QStringLiteral("harbor-sim:") + repo.name + QLatin1Char(':') + key).toUtf8()));
                keyToDigest.insert(key, digest);
            }
            qint64 latest = repo.creationTime;
            for (const QJsonValue &av : arts) {
                const QJsonObject a = av.toObject();
                ArtifactRec art;
                art.id = ds.nextArtifactId++;
                art.digest = keyToDigest.value(a.value(QStringLiteral("key")).toString());
                art.type = a.value(QStringLiteral("type")).toString(QStringLiteral("IMAGE"));
                art.size = a.value(QStringLiteral("size")).toInteger(1024);
                art.pushTime = daysAgo(ds.epochMs, a.value(QStringLiteral("pushed_days_ago")), ds.epochMs);
                art.pullTime = daysAgo(ds.epochMs, a.value(QStringLiteral("pulled_days_ago")), 0);
                latest = qMax(latest, art.pushTime);
                for (const QJsonValue &cv : a.value(QStringLiteral("children")).toArray()) {
                    const QJsonObject c = cv.toObject();
                    const QString childDigest = keyToDigest.value(c.value(QStringLiteral("key")).toString());
                    if (childDigest.isEmpty()) {
                        *error = QStringLiteral("unknown child key in ") + repo.name;
                        return false;
                    }
                    art.children.append({childDigest, c.value(QStringLiteral("platform")).toObject()});
                }
                const bool index = !art.children.isEmpty();
                art.manifestMediaType
                    = a.value(QStringLiteral("manifest_media_type")).toString(index ? kIndexType : kManifestType);
                art.mediaType = a.value(QStringLiteral("media_type")).toString(index ? kIndexType : kConfigType);
                if (a.contains(QStringLiteral("accessory_of"))) {
                    art.subjectDigest = keyToDigest.value(a.value(QStringLiteral("accessory_of")).toString());
                    art.accessoryType
                        = a.value(QStringLiteral("accessory_type")).toString(QStringLiteral("signature.cosign"));
                }
                for (const QJsonValue &lv : a.value(QStringLiteral("labels")).toArray())
                    art.labelIds << lv.toInteger();
                art.scanOverview = a.value(QStringLiteral("scan_overview")).toObject();
                art.extraAttrs = a.value(QStringLiteral("extra_attrs")).toObject();
                for (const QJsonValue &tv : a.value(QStringLiteral("tags")).toArray()) {
                    TagRec tag;
                    tag.id = ds.nextTagId++;
                    if (tv.isString()) {
                        tag.name = tv.toString();
                        tag.pushTime = art.pushTime;
                        tag.pullTime = art.pullTime;
                    } else {
                        const QJsonObject t = tv.toObject();
                        tag.name = t.value(QStringLiteral("name")).toString();
                        tag.pushTime = daysAgo(ds.epochMs, t.value(QStringLiteral("pushed_days_ago")), art.pushTime);
                        tag.pullTime = daysAgo(ds.epochMs, t.value(QStringLiteral("pulled_days_ago")), art.pullTime);
                    }
                    art.tags.push_back(tag);
                }
                repo.artifacts.push_back(std::move(art));
            }
            // An index's size is its own manifest plus its children (as Harbor reports it).
            for (ArtifactRec &a : repo.artifacts) {
                for (const ChildRef &c : a.children) {
                    for (const ArtifactRec &child : repo.artifacts) {
                        if (child.digest == c.digest)
                            a.size += child.size;
                    }
                }
            }
            repo.updateTime = latest;
            repo.reindex();
            proj.repos.push_back(std::move(repo));
        }
        proj.reindex();
        ds.projects.push_back(std::move(proj));
    }
    *out = std::move(ds);
    return true;
}

Dataset generateDataset(int projects, int reposPerProject, int tagsPerRepo)
{
    Dataset ds;
    ds.epochMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    UserRec admin;
    admin.id = 1;
    admin.username = QStringLiteral("admin");
    admin.password = QStringLiteral("Harbor12345");
    admin.email = QStringLiteral("admin@example.com");
    admin.realname = QStringLiteral("system admin");
    admin.sysadmin = true;
    ds.users.append(admin);
    RobotRec bench;
    bench.id = 1;
    bench.name = QStringLiteral("bench");
    bench.secret = QStringLiteral("BenchSecret1");
    bench.level = QStringLiteral("system");
    RobotPermission all {QStringLiteral("project"), QStringLiteral("*"), {}};
    for (const char *res : {"repository", "artifact", "tag"}) {
        for (const char *act : {"list", "read", "delete"})
            all.access.append({QString::fromLatin1(res), QString::fromLatin1(act)});
    }
    bench.permissions.append(all);
    bench.permissions.append(
        {QStringLiteral("system"), QStringLiteral("/"), {{QStringLiteral("project"), QStringLiteral("list")}}});
    ds.robots.append(bench);

    const qint64 minute = 60 * 1000;
    ds.projects.reserve(size_t(projects));
    for (int p = 0; p < projects; ++p) {
        ProjectRec proj;
        proj.id = p + 1;
        proj.name = QStringLiteral("proj-%1").arg(p, 3, 10, QLatin1Char('0'));
        proj.creationTime = ds.epochMs - 400 * kDayMs;
        proj.repos.reserve(size_t(reposPerProject));
        for (int r = 0; r < reposPerProject; ++r) {
            RepositoryRec repo;
            repo.id = ds.nextRepoId++;
            repo.projectId = proj.id;
            repo.name = proj.name + QStringLiteral("/repo-%1").arg(r, 3, 10, QLatin1Char('0'));
            repo.creationTime = ds.epochMs - 300 * kDayMs + r * minute;
            repo.updateTime = ds.epochMs;
            const int artifactCount = (tagsPerRepo + 1) / 2;
            repo.artifacts.resize(size_t(artifactCount));
            const QByteArray seedPrefix = "harbor-sim-gen:" + repo.name.toUtf8() + ':';
            for (int a = 0; a < artifactCount; ++a) {
                ArtifactRec &art = repo.artifacts[size_t(a)];
                art.id = ds.nextArtifactId++;
                art.digest = sha256Digest(seedPrefix + QByteArray::number(a));
                art.manifestMediaType = kManifestType;
                art.mediaType = kConfigType;
                art.size = 1000000 + (a * 7919) % 50000000;
                art.pushTime = ds.epochMs - qint64(2 * a) * minute;
                for (int t = 2 * a; t < qMin(2 * a + 2, tagsPerRepo); ++t) {
                    TagRec tag;
                    tag.id = ds.nextTagId++;
                    tag.name = QStringLiteral("t%1").arg(t, 5, 10, QLatin1Char('0'));
                    tag.pushTime = ds.epochMs - qint64(t) * minute;
                    art.tags.push_back(std::move(tag));
                }
            }
            repo.reindex();
            proj.repos.push_back(std::move(repo));
        }
        proj.reindex();
        ds.projects.push_back(std::move(proj));
    }
    return ds;
}

QList<Access> projectPermissions(const Identity &id, const ProjectRec &project)
{
    QStringList pairs;
    if (id.sysadmin()) {
        pairs = roleActions(QStringLiteral("projectAdmin"));
    } else if (id.kind == Identity::User) {
        const QString role = id.user.roles.value(project.name);
        if (!role.isEmpty())
            pairs = roleActions(role);
    } else if (id.kind == Identity::Robot) {
        pairs = robotProjectActions(id.robot, project);
    }
    if (project.isPublic)
        pairs += publicActions();
    return toAccess(pairs);
}

bool can(const Identity &id, const ProjectRec &project, const QString &resource, const QString &action)
{
    if (id.sysadmin())
        return true;
    const QString pair = resource + QLatin1Char(':') + action;
    if (project.isPublic) {
        static const QSet<QString> pub = [] {
            const QStringList l = publicActions();
            return QSet<QString>(l.begin(), l.end());
        }();
        if (pub.contains(pair))
            return true;
    }
    if (id.kind == Identity::User) {
        const QString role = id.user.roles.value(project.name);
        if (role.isEmpty())
            return false;
        static QHash<QString, QSet<QString>> cache;
        auto it = cache.find(role);
        if (it == cache.end()) {
            const QStringList l = roleActions(role);
            it = cache.insert(role, QSet<QString>(l.begin(), l.end()));
        }
        return it->contains(pair);
    }
    if (id.kind == Identity::Robot)
        return robotProjectActions(id.robot, project).contains(pair);
    return false;
}

QList<Access> systemPermissions(const Identity &id)
{
    QStringList pairs;
    if (id.sysadmin()) {
        pairs << QStringLiteral("project:list") << QStringLiteral("project:create") << QStringLiteral("catalog:read")
              << QStringLiteral("robot:list") << QStringLiteral("user:list");
    } else if (id.kind == Identity::User) {
        pairs << QStringLiteral("project:create");
    } else if (id.kind == Identity::Robot) {
        for (const RobotPermission &p : id.robot.permissions) {
            if (p.kind != QLatin1String("system"))
                continue;
            for (const Access &a : p.access)
                pairs << a.resource + QLatin1Char(':') + a.action;
        }
    }
    return toAccess(pairs);
}

bool canListAllProjects(const Identity &id)
{
    if (id.sysadmin())
        return true;
    if (id.kind != Identity::Robot)
        return false;
    for (const RobotPermission &p : id.robot.permissions) {
        if (p.kind == QLatin1String("project") && p.ns == QLatin1String("*")
            && id.robot.level == QLatin1String("system"))
            return true;
        if (p.kind == QLatin1String("system")) {
            for (const Access &a : p.access) {
                if (a.resource == QLatin1String("project") && a.action == QLatin1String("list"))
                    return true;
            }
        }
    }
    return false;
}

bool isProjectMember(const Identity &id, const ProjectRec &project)
{
    if (canListAllProjects(id))
        return true;
    if (id.kind == Identity::User)
        return id.user.roles.contains(project.name);
    if (id.kind == Identity::Robot)
        return !robotProjectActions(id.robot, project).isEmpty();
    return false;
}

QList<int> roleIds(const Identity &id, const ProjectRec &project)
{
    QList<int> out;
    if (id.kind == Identity::User) {
        if (id.user.sysadmin)
            out << 1;
        else if (id.user.roles.contains(project.name))
            out << roleId(id.user.roles.value(project.name));
    }
    return out;
}

} // namespace sim
