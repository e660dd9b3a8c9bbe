#pragma once

#include "api/ApiError.h"
#include "core/Artifact.h"

#include <memory>
#include <QDateTime>
#include <QPointer>
#include <QString>
#include <vector>

namespace berth {

class PagedListJob;

enum class NodeKind : quint8 {
    Registry,
    Project,
    Folder, // a path segment of nested repository names ("backend" in team/backend/api)
    Repository,
    Tag,
    Digest, // an untagged artifact, shown as @sha256:...
    Child, // a platform child of an index
    Accessory, // a signature, SBOM, ... of its subject
    Loading, // "Loading… 300 of 1,234"
    Error, // a failed fetch, with retry
};

enum class FetchState : quint8 { NotFetched, Fetching, Fetched, Failed };

// What few artifacts have: scan results, labels, an index's platforms and children, accessories,
// a digest that is not lower-case sha256. Allocated only when one of them is present: at a
// million tags these eight fields would cost more than the rest of the record.
struct ArtifactRareData
{
    QString platforms; // "linux/amd64, linux/arm64"
    QString labels; // "prod, qa"
    QString scanSeverity;
    int scanTotal = 0;
    int scanFixable = 0;
    QString scanSummary; // "High: 2, Medium: 7"
    QList<ChildReference> references;
    QList<Accessory> accessories;
    QString otherDigest; // a digest ArtifactRecord cannot keep as 32 bytes, exactly as given
};

// What tags of one artifact share. Owned by the repository node; tag rows point at it, so
// 100,000 tags cost one small node each plus one record per digest.
struct ArtifactRecord
{
    // The digest as given. "sha256:" + 64 lower-case hex digits, nearly every digest, is kept
    // as its 32 bytes (a QString of it would cost 176 bytes of heap); anything else as is.
    QString digest() const;
    void setDigest(const QString &digest);
    bool hasDigest() const { return m_digestForm != DigestForm::None; }
    bool digestIsCompact() const { return m_digestForm == DigestForm::Sha256; }
    // The 32 bytes of a compact digest, else nullptr. Compared with memcmp they order as the
    // digests' text does, which spares sorting building two strings per comparison.
    const unsigned char *sha256Bytes() const { return digestIsCompact() ? m_sha256 : nullptr; }

    // Empty fields when the artifact has none of them; editRare() allocates the block.
    const ArtifactRareData &rare() const;
    ArtifactRareData &editRare();
    bool hasRareData() const { return bool(m_rare); }

    qint64 size = 0;
    qint64 pushMs = 0; // 0 = unknown
    qint64 pullMs = 0; // 0 = never
    QString mediaType;
    QString manifestMediaType;
    QStringList tagNames;
    qint64 artifactId = 0;
    Artifact::Kind kind = Artifact::Kind::Image;
    // One of its tags is immutable, so Harbor refuses to delete the artifact (412). Sits in the
    // padding after `kind`: records cost no more.
    bool hasImmutableTag = false;

private:
    enum class DigestForm : quint8 { None, Sha256, Other };
    DigestForm m_digestForm = DigestForm::None; // in the padding after hasImmutableTag
    unsigned char m_sha256[32] = {};
    std::unique_ptr<ArtifactRareData> m_rare;
};

struct RegistryNode;

// Extra state of nodes that load children: registries, projects and repositories.
struct ContainerData
{
    // Registries.
    QUrl baseUrl;
    QString accountLabel; // "robot$team-a+cleaner", "anonymous"
    QString credentialState; // "robot", "user", "anonymous", "rejected", ""
    ApiError credentialError; // the probe's 401 when rejected
    bool anonymousAccepted = false; // the user chose to browse anonymously after a rejection
    bool plainRegistry = false; // a plain OCI registry: no projects, no push or pull times
    bool deletionDisabled = false; // a plain registry answered 405 to a harmless delete probe
    qint64 snapshotMs = 0; // shown from a snapshot taken then, until the registry answers
    // Projects.
    qint64 projectId = 0;
    bool isPublic = false;
    // Repositories.
    QString fullName; // "team/backend/api"
    QDateTime updateTime;
    std::vector<std::unique_ptr<ArtifactRecord>> artifacts;
    // Rows of a first load that arrived but are not inserted yet: the model inserts them in
    // batches, because every insertion under an expanded parent costs the view a relayout.
    std::vector<std::unique_ptr<RegistryNode>> pendingRows;

    qint64 count = 0; // repo_count / artifact_count as the server reports them
    FetchState state = FetchState::NotFetched;
    ApiError error; // the last fetch failure
    qint64 loaded = 0; // items received during the current fetch
    qint64 total = -1; // X-Total-Count of the current fetch
    QPointer<PagedListJob> job;
    quint64 generation = 0; // bumps on refresh, so late pages of an old fetch are dropped
    // Callbacks hold a weak reference to this: a node removed mid-fetch is never touched again.
    std::shared_ptr<char> alive = std::make_shared<char>(0);
};

struct RegistryNode
{
    RegistryNode *parent = nullptr;
    std::vector<std::unique_ptr<RegistryNode>> children;
    // What the row is called at its level: profile, project, folder, leaf repository name, tag,
    // platform, accessory type; for an error row, the failure.
    QString name;
    ArtifactRecord *artifact = nullptr; // tag, digest, child, accessory rows
    std::unique_ptr<ContainerData> data; // registry, project, repository
    qint64 pushMs = 0; // tag rows: the tag's own push time (0 = unknown)
    qint64 pullMs = 0; // tag rows: the tag's own pull time (0 = never)
    int row = 0;
    NodeKind kind = NodeKind::Tag;
    bool immutable = false;
    // Shown from a snapshot and not yet confirmed by the registry (TreeStore::mergeChildren
    // clears it): nothing may be deleted through it. Sits in padding: nodes cost no more.
    bool unconfirmed = false;
    quint8 change = 0; // tag rows: a TreeChange (models/TreeSnapshot.h) since the snapshot
    // Child rows: which of the subject's references, accessory rows: which of its accessories
    // (addNestedRows). Their own digest is read from there rather than kept a second time: it
    // fits in the allocation's rounding, where a QString would add 24 bytes to every row.
    int nestedIndex = -1;

    RegistryNode(NodeKind k, RegistryNode *p, QString n)
        : parent(p)
        , name(std::move(n))
        , kind(k)
    { }

    bool isContainer() const
    {
        return kind == NodeKind::Registry || kind == NodeKind::Project || kind == NodeKind::Repository;
    }
    bool isNested() const { return kind == NodeKind::Child || kind == NodeKind::Accessory; }

    // The nearest node of that kind at or above this one, or nullptr.
    const RegistryNode *registry() const { return ancestor(NodeKind::Registry); }
    const RegistryNode *project() const { return ancestor(NodeKind::Project); }
    const RegistryNode *repository() const { return ancestor(NodeKind::Repository); }
    RegistryNode *registry() { return mutableAncestor(NodeKind::Registry); }
    RegistryNode *project() { return mutableAncestor(NodeKind::Project); }
    RegistryNode *repository() { return mutableAncestor(NodeKind::Repository); }

    QString repositoryFullName() const; // for nodes at or below a repository
    QString repositoryPath() const; // without the project
    // The digest this row stands for: its own for children and accessories, else its artifact's.
    QString digest() const;
    // Child and accessory rows: their own digest, not their subject's; empty for other rows.
    QString ownDigest() const;
    // When the row was pushed and last pulled, by the rules of core/EffectiveTimes.h.
    qint64 effectivePushMs() const;
    qint64 effectivePullMs() const;
    // A stable identity among siblings, used to keep state across refreshes.
    QString key() const;

private:
    const RegistryNode *ancestor(NodeKind k) const;
    RegistryNode *mutableAncestor(NodeKind k) { return const_cast<RegistryNode *>(ancestor(k)); }
};

} // namespace berth
