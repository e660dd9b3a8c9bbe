#pragma once

#include "api/ApiError.h"
#include "ModelRoles.h"
#include "StoredSizes.h"
#include "TreeFetches.h"
#include "TreeLoader.h"
#include "TreeSnapshot.h"
#include "TreeStore.h"

#include <memory>
#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace berth {

class ApiTransport;
class HarborClient;
class RegistryClient;

// The tree of registries, projects, (folders of) repositories and tags as a Qt model. It loads
// nothing itself: a TreeStore holds the nodes, one TreeLoader per registry fetches them, and
// this class turns their changes into the begin/end calls a view needs, with insertions batched
// so that 100,000 rows do not cost 100,000 relayouts. Widget-free: failures become error rows
// and signals, never dialogs.
class RegistryTreeModel : public QAbstractItemModel, private TreeStoreObserver
{
    Q_OBJECT

public:
    explicit RegistryTreeModel(QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    // Registries. A Harbor client is not owned; the model forgets it when it is destroyed.
    QModelIndex addRegistry(const QString &name, HarborClient *client, const QString &accountLabel);
    // Any registry, with the loader that fills it (the model owns the loader).
    QModelIndex addRegistry(const QString &name, std::unique_ptr<TreeLoader> loader, const QString &accountLabel);
    void removeRegistry(const QModelIndex &registry);
    HarborClient *clientFor(const QModelIndex &index) const;
    QModelIndex registryIndex(const QString &name) const;
    // A registry whose credentials could not be had (keyring locked, no secret): shown as such,
    // never browsed anonymously behind the user's back.
    void setRegistryUnavailable(const QModelIndex &registry, const QString &message);
    void setRegistryClient(const QModelIndex &registry, HarborClient *client, const QString &accountLabel);
    // A plain OCI registry, browsed through /v2/ with `client` (not owned): repositories from
    // its catalog, or `repositories` (the profile's own list) when there are any.
    void setRegistryClient(const QModelIndex &registry, RegistryClient *client, const QStringList &repositories,
        const QString &accountLabel);
    // The /v2/ client of a plain registry (null for Harbor), what sends the requests of either.
    RegistryClient *registryClientFor(const QModelIndex &index) const;
    ApiTransport *transportFor(const QModelIndex &index) const;
    bool isPlainRegistry(const QModelIndex &index) const;
    // After a rejection: browse the public projects anyway, knowingly, with `anonymous`, a client
    // that sends no credentials at all (ConnectionFactory::openAnonymous; not owned). The window
    // does this.
    void continueAnonymously(const QModelIndex &registry, HarborClient *anonymous);
    void continueAnonymously(const QModelIndex &registry, RegistryClient *anonymous, const QStringList &repositories);
    // The same with the registry's own client: its rejected credentials still go with every
    // request (and each waits out Harbor's failed-login delay). For tests of what Harbor does
    // with rejected credentials.
    void continueAnonymously(const QModelIndex &registry);
    // What the loaders report to, for a loader made outside the model.
    LoadSink *loadSink() { return m_fetches; }

    // Loading and refreshing.
    void refresh(const QModelIndex &index); // this node: keeps expansion-relevant nodes by key
    void refreshAll();
    void retry(const QModelIndex &errorOrContainer);
    bool isLoading() const { return m_fetches->isLoading(); }

    // What a cleanup plan would remove ("repo:tag", "repo@digest"), highlighted in the tree.
    void setPlannedRemovals(const QSet<QString> &refs);
    bool isPlannedRemoval(const QModelIndex &index) const;

    // What the registry's last storage analysis found its projects and repositories to store:
    // their Size column (StoredSizes).
    void setStoredSizes(const QString &registry, QHash<QString, StorageFigures> byScope, const QDateTime &at);

    // Rows of a snapshot (TreeSnapshot) under a registry, marked unconfirmed, shown until the
    // registry answers; the registry row says when it was taken until confirmSnapshot().
    void showSnapshot(const QModelIndex &registry, SnapshotContent content);
    void confirmSnapshot(const QModelIndex &registry);
    // Fetches this container's children again and merges them, without its loaded descendants
    // (refresh() takes those too).
    void refreshOne(const QModelIndex &container);
    // A tag row's change since the snapshot (TreeChange), shown by ChangeRole and a brush.
    void setChange(const QModelIndex &tag, quint8 change);

    // A failed delete leaves its row in place, marked with the error.
    void setRowError(const QModelIndex &index, const QString &error);

    // Server-confirmed deletes update the tree (the delete engine calls these).
    void removeTagRow(const QModelIndex &tagIndex);
    void removeArtifactRows(const QModelIndex &anyRowOfArtifact);

    // Read access for the details pane and actions: nodes are const outside the model.
    const RegistryNode *node(const QModelIndex &index) const;
    QModelIndex indexFor(const RegistryNode *node, int column = 0) const;
    QStringList siblingTags(const QModelIndex &tagIndex) const; // other tags on the same artifact

    using Counts = TreeStore::Counts;
    Counts counts() const { return m_store.counts(); }

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Tag and artifact rows drag as {registry, repository, digest, tag} (JSON) of this type.
    static QString artifactMimeType();
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QModelIndex &node, const berth::ApiError &error);
    void credentialsRejected(const QModelIndex &registry, const berth::ApiError &error);
    void loadingChanged(bool loading);
    void countsChanged(); // tag and artifact totals changed
    void plannedRemovalsChanged();

private:
    // TreeStoreObserver
    void rowsAboutToBeInserted(const RegistryNode *parent, int first, int last) override;
    void rowsInserted() override;
    void rowsAboutToBeRemoved(const RegistryNode *parent, int first, int last) override;
    void rowsRemoved() override;
    void nodeChanged(const RegistryNode *node) override;
    void nodeDetached(RegistryNode *node) override;
    void totalsChanged() override;

    RegistryNode *nodeAt(const QModelIndex &index) const;
    RegistryNode *registryNodeAt(const QModelIndex &index) const;
    void replaceLoader(
        RegistryNode *registry, std::unique_ptr<TreeLoader> loader, const QString &accountLabel, bool plainRegistry);

    TreeStore m_store;
    TreeFetches *m_fetches; // owned; deleted first
    QHash<const RegistryNode *, QString> m_rowErrors;
    QSet<QString> m_planned;
    StoredSizes m_storedSizes;
    bool m_destroying = false;
};

} // namespace berth
