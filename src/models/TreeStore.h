#pragma once

#include "RegistryNode.h"

#include <memory>
#include <QUrl>
#include <vector>

namespace berth {

using NodeRows = std::vector<std::unique_ptr<RegistryNode>>;
using ArtifactRecords = std::vector<std::unique_ptr<ArtifactRecord>>;

// Told of every change to the tree's structure, before and after, as a view needs to be.
// The Qt model implements this; the store knows nothing of QAbstractItemModel.
class TreeStoreObserver
{
public:
    virtual ~TreeStoreObserver() = default;
    virtual void rowsAboutToBeInserted(const RegistryNode *parent, int first, int last) = 0;
    virtual void rowsInserted() = 0;
    virtual void rowsAboutToBeRemoved(const RegistryNode *parent, int first, int last) = 0;
    virtual void rowsRemoved() = 0;
    virtual void nodeChanged(const RegistryNode *node) = 0;
    // A node left the tree: whatever feeds it must stop (it is freed right after).
    virtual void nodeDetached(RegistryNode *node) = 0;
    virtual void totalsChanged() = 0; // tag, repository or artifact totals moved
};

// The registries' nodes: structure, merge on refresh, and the counts shown in the status bar.
// Plain data, unit-testable without a server or a view. Loaders fill it (through the model,
// which batches insertions); nothing here fetches.
class TreeStore
{
public:
    struct Counts
    {
        qint64 projects = 0;
        qint64 repositories = 0;
        qint64 tags = 0;
        qint64 artifacts = 0;
    };

    explicit TreeStore(TreeStoreObserver *observer = nullptr);
    ~TreeStore();
    TreeStore(const TreeStore &) = delete;
    TreeStore &operator=(const TreeStore &) = delete;

    RegistryNode *root() const { return m_root.get(); }
    Counts counts() const { return m_counts; }

    RegistryNode *addRegistry(const QString &name, const QUrl &baseUrl, const QString &accountLabel);

    // New rows go at the end, before a trailing "Loading…" row.
    void appendChildren(RegistryNode *parent, NodeRows rows);
    void removeChild(RegistryNode *parent, int row);
    // Removes every child; a repository's artifact records go with its rows.
    void clearChildren(RegistryNode *node);
    // Rows present in both keep their node (and so a view's expansion and selection) and take
    // the fresh data; rows gone are removed; new rows are appended.
    void mergeChildren(RegistryNode *parent, NodeRows fresh);
    // A repository's records after a merge: every row now points into `records`.
    void replaceArtifacts(RegistryNode *repository, ArtifactRecords records);
    // Records of rows that arrived in a first load (their rows are inserted later, in batches).
    void adoptArtifacts(RegistryNode *repository, ArtifactRecords records);

    bool hasLoadingRow(const RegistryNode *node) const;
    void setLoadingRow(RegistryNode *node, bool on);
    // The end of a first load: appends the last rows and ends the "Loading…" row, which becomes
    // the last new row rather than being removed (see the definition for why).
    void finishLoadingRow(RegistryNode *node, NodeRows rows);
    void addErrorRow(RegistryNode *node, const QString &message);
    void removeErrorRows(RegistryNode *node);
    void changed(const RegistryNode *node);

    // Server-confirmed deletes.
    void removeTag(RegistryNode *tag); // an artifact left without tags stays, as a digest row
    void removeArtifact(RegistryNode *anyRowOfArtifact);

private:
    void countTree(const RegistryNode *n, int sign);
    void renumber(RegistryNode *parent, int from);
    void detach(RegistryNode *node);

    TreeStoreObserver *m_observer;
    std::unique_ptr<RegistryNode> m_root;
    Counts m_counts;
};

// Platform children and accessories hang under every row of their artifact.
void addNestedRows(RegistryNode *subject, ArtifactRecord *record);

} // namespace berth
