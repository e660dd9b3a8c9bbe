// The in-memory Harbor data model: projects, repositories, artifacts, tags, accounts and the RBAC
// evaluation harbor-sim applies to them.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace sim {

struct TagRec
{
    qint64 id = 0;
    QString name;
    qint64 pushTime = 0; // ms since epoch
    qint64 pullTime = 0; // 0 = never pulled
};

struct ChildRef
{
    QString digest;
    QJsonObject platform;
};

// A blob Harbor associates with a project (its project_blob table), with the size it records.
struct BlobRef
{
    QString digest;
    qint64 size = 0;
};

struct ArtifactRec
{
    qint64 id = 0;
    QString digest;
    QString type = QStringLiteral("IMAGE");
    QString mediaType;
    QString manifestMediaType;
    QString artifactType; // pushed: the manifest's artifactType, else its config media type
    QJsonObject annotations; // pushed: the manifest's annotations
    bool indexKind = false; // pushed as an index or manifest list (even with no children)
    QString configDigest; // pushed images: the config descriptor, read into extraAttrs after the push
    qint64 configSize = 0;
    qint64 size = 0;
    qint64 pushTime = 0;
    qint64 pullTime = 0;
    std::vector<TagRec> tags;
    QList<ChildRef> children; // non-empty for an image index
    QString subjectDigest; // non-empty for an accessory (e.g. a cosign signature)
    QString accessoryType; // "signature.cosign"
    QList<qint64> labelIds;
    QJsonObject scanOverview; // NativeReportSummary, empty when never scanned
    QJsonObject extraAttrs;
    // --synthetic-content (synthetic.cpp): what regenerates the manifest and config bytes on request.
    quint64 contentSeed = 0; // 0: no synthetic content (e.g. an artifact created later by /_sim/push)
    qint64 manifestSize = 0;
    QByteArray syntheticConfigSha; // raw sha256 of the config bytes; empty for indexes
    // Pushed through --registry-backend: what quota/put_manifest.go associates with the project at
    // the PUT (the manifest itself, its config and non-foreign layers, or an index's children).
    std::vector<BlobRef> blobs;
    // Derived by RepositoryRec::reindex().
    int referencedBy = 0;

    bool isAccessory() const { return !subjectDigest.isEmpty(); }
    bool isIndex() const { return indexKind || !children.isEmpty(); }
    // Harbor's default list filter: tagged OR not referenced by an index; accessories never.
    bool visibleByDefault() const { return !isAccessory() && (!tags.empty() || referencedBy == 0); }
};

struct RepositoryRec
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name; // full name, e.g. team-a/backend/api
    QString description;
    qint64 creationTime = 0;
    qint64 updateTime = 0;
    qint64 pullCount = 0;
    std::vector<ArtifactRec> artifacts; // kept sorted by the default order -push_time,-id
    QHash<QString, int> byDigest;
    int visibleCount = 0;

    void reindex(); // re-sorts and recomputes derived fields; call after every mutation
    ArtifactRec *findDigest(const QString &digest);
    ArtifactRec *findTag(const QString &tag);
};

struct ProjectRec
{
    qint64 id = 0;
    QString name;
    bool isPublic = false;
    qint64 creationTime = 0;
    qint64 ownerId = 1;
    QString ownerName = QStringLiteral("admin");
    QStringList immutableTagPatterns;
    qint64 storageLimit = -1; // the quota's hard storage limit in bytes; -1 = unlimited (Harbor's default)
    // Blobs associated by an upload or a mount (middleware/blob), counted in the quota even when no
    // manifest references them, until an artifact delete unassociates them.
    QHash<QString, qint64> uploadedBlobs;
    std::vector<RepositoryRec> repos;
    QHash<QString, int> repoByName; // full repository name -> index

    void reindex();
    RepositoryRec *findRepo(const QString &fullName);
    // After an artifact delete: its blobs no longer count through an upload (the quota then counts
    // them only while another artifact of the project references them).
    void unassociate(const ArtifactRec &artifact);
    bool isImmutableTag(const QString &tag) const;
};

struct LabelRec
{
    qint64 id = 0;
    QString name;
    QString description;
    QString color;
    QString scope = QStringLiteral("g");
    qint64 projectId = 0;
};

struct UserRec
{
    qint64 id = 0;
    QString username;
    QString password; // db password, or the IdP password for OIDC users (never accepted on the API)
    QString email;
    QString realname;
    bool sysadmin = false;
    bool oidc = false; // exists only in oidc_auth mode
    QString cliSecret;
    QHash<QString, QString> roles; // project name -> projectAdmin|maintainer|developer|guest
};

struct Access
{
    QString resource;
    QString action;
};

struct RobotPermission
{
    QString kind; // project | system
    QString ns; // project name, "*" or "/"
    QList<Access> access;
};

struct RobotRec
{
    qint64 id = 0;
    QString name; // stored without prefix: "team-a+cleaner" or "ci-global"
    QString secret;
    QString description;
    QString level; // project | system
    bool disabled = false;
    qint64 expiresAt = -1; // seconds since epoch, -1 = never
    QList<RobotPermission> permissions;
};

struct Identity
{
    enum Kind { Anonymous, User, Robot, Token };
    Kind kind = Anonymous;
    QString name; // username, or robot login name with prefix
    UserRec user;
    RobotRec robot;
    QList<QPair<QString, QStringList>> tokenAccess; // registry token: repository -> actions

    bool authenticated() const { return kind != Anonymous; }
    bool sysadmin() const { return kind == User && user.sysadmin; }
    QString logName() const;
};

struct Dataset
{
    std::vector<ProjectRec> projects;
    QList<UserRec> users;
    QList<RobotRec> robots;
    QList<LabelRec> labels;
    qint64 nextArtifactId = 1;
    qint64 nextTagId = 1;
    qint64 nextRepoId = 1;
    qint64 epochMs = 0;

    ProjectRec *findProject(const QString &name);
    ProjectRec *findProjectId(qint64 id);
    const LabelRec *findLabel(qint64 id) const;
    qint64 latestPushTime() const;
};

// Loads the seed JSON format documented in README.md.
bool loadSeed(const QByteArray &json, Dataset *out, QString *error);
// --generate projects=P,repos=R,tags=T
Dataset generateDataset(int projects, int reposPerProject, int tagsPerRepo);

// RBAC
QList<Access> projectPermissions(const Identity &id, const ProjectRec &project);
bool can(const Identity &id, const ProjectRec &project, const QString &resource, const QString &action);
bool canListAllProjects(const Identity &id);
bool isProjectMember(const Identity &id, const ProjectRec &project); // shows up in /projects beyond public
QList<int> roleIds(const Identity &id, const ProjectRec &project);
QList<Access> systemPermissions(const Identity &id);

} // namespace sim
