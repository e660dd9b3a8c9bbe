#pragma once

#include "api/ApiError.h"
#include "ModelRoles.h"
#include "RegistryNode.h"

#include <deque>
#include <memory>
#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

class QTimer;

namespace berth {

class HarborClient;
struct Artifact;
struct Repository;

// The tree of registries, projects, (folders of) repositories and tags, fed lazily by one
// HarborClient per registry. Plain node structs, no QObject per row: 100,000 tags fit in a
// few tens of MiB. Widget-free: failures become error rows and signals, never dialogs.
class RegistryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit RegistryTreeModel(QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    // Registries. The client is not owned; the model forgets it when it is destroyed.
    QModelIndex addRegistry(const QString &name, HarborClient *client, const QString &accountLabel);
    void removeRegistry(const QModelIndex &registry);
    HarborClient *clientFor(const QModelIndex &index) const;
    QModelIndex registryIndex(const QString &name) const;
    // A registry whose credentials could not be had (keyring locked, no secret): shown as such,
    // never browsed anonymously behind the user's back.
    void setRegistryUnavailable(const QModelIndex &registry, const QString &message);
    void setRegistryClient(const QModelIndex &registry, HarborClient *client, const QString &accountLabel);
    // After a rejection: browse the public projects anyway, knowingly.
    void continueAnonymously(const QModelIndex &registry);

    // Loading and refreshing.
    void refresh(const QModelIndex &index); // this node: keeps expansion-relevant nodes by key
    void refreshAll();
    void retry(const QModelIndex &errorOrContainer);
    bool isLoading() const { return m_activeFetches > 0; }

    // What a cleanup plan would remove ("repo:tag", "repo@digest"), highlighted in the tree.
    void setPlannedRemovals(const QSet<QString> &refs);
    bool isPlannedRemoval(const QModelIndex &index) const;

    // A failed delete leaves its row in place, marked with the error.
    void setRowError(const QModelIndex &index, const QString &error);
    QString rowError(const QModelIndex &index) const;

    // Server-confirmed deletes update the tree (the delete engine calls these).
    void removeTagRow(const QModelIndex &tagIndex);
    void removeArtifactRows(const QModelIndex &anyRowOfArtifact);

    // Access for the details pane and actions.
    const RegistryNode *node(const QModelIndex &index) const;
    QModelIndex indexFor(const RegistryNode *node, int column = 0) const;
    QStringList siblingTags(const QModelIndex &tagIndex) const; // other tags on the same artifact

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QModelIndex &node, const berth::ApiError &error);
    void credentialsRejected(const QModelIndex &registry, const berth::ApiError &error);
    void loadingChanged(bool loading);
    void countsChanged(); // tag and artifact totals changed
    void plannedRemovalsChanged();

public:
    struct Counts
    {
        qint64 projects = 0;
        qint64 repositories = 0;
        qint64 tags = 0;
        qint64 artifacts = 0;
    };
    Counts counts() const { return m_counts; }

private:
    RegistryNode *nodeAt(const QModelIndex &index) const;
    void startFetch(RegistryNode *node, bool merge);
    void fetchProjects(RegistryNode *registry, bool merge);
    void fetchRepositories(RegistryNode *project, bool merge);
    void fetchArtifacts(RegistryNode *repository, bool merge);
    void issueArtifacts(RegistryNode *repository, bool merge);
    void pumpArtifactQueue();
    void fetchStarted(RegistryNode *node);
    enum class RowChanges { Now, Batched };
    void fetchEnded(RegistryNode *node, const ApiError &error, RowChanges rowChanges = RowChanges::Now);
    void setLoadingRow(RegistryNode *node, bool on);
    void updateLoadingRow(RegistryNode *node);
    void clearChildren(RegistryNode *node);
    void appendChildren(RegistryNode *parent, std::vector<std::unique_ptr<RegistryNode>> nodes);
    void mergeChildren(RegistryNode *parent, std::vector<std::unique_ptr<RegistryNode>> fresh);
    void removeChildAt(RegistryNode *parent, int row);
    void cancelFetch(RegistryNode *node);
    void detach(RegistryNode *node);
    void renumber(RegistryNode *parent, int from);
    void addArtifactRows(RegistryNode *repository, const QList<Artifact> &artifacts,
        std::vector<std::unique_ptr<RegistryNode>> &out, std::vector<std::unique_ptr<ArtifactRecord>> &records);
    QString displayName(const RegistryNode *n) const;
    QVariant columnText(const RegistryNode *n, Column c) const;
    QVariant sortValue(const RegistryNode *n, Column c) const;
    void countTree(const RegistryNode *n, int sign);
    void refreshLoaded(RegistryNode *node);

    std::unique_ptr<RegistryNode> m_root;
    QHash<const RegistryNode *, QString> m_rowErrors;
    QSet<QString> m_planned;

    struct QueuedFetch
    {
        std::weak_ptr<char> alive;
        RegistryNode *node;
        quint64 generation;
        bool merge;
    };
    static constexpr int kMaxArtifactFetches = 4;
    // Delivered rows wait this long to be inserted with others: a view relayouts once per
    // batch instead of once per page, which matters with 100,000 expanded rows.
    static constexpr int kRowBatchMs = 100;
    void queuePendingRows(RegistryNode *repository);
    void insertPendingRows(RegistryNode *repository);
    void insertAllPendingRows();
    std::vector<std::pair<std::weak_ptr<char>, RegistryNode *>> m_pendingRepositories;
    QTimer *m_rowBatchTimer = nullptr;
    int m_artifactFetches = 0;
    std::deque<QueuedFetch> m_artifactQueue;
    int m_activeFetches = 0;
    Counts m_counts;
};

} // namespace berth
