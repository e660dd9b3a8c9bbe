#pragma once

#include "TreeLoader.h"
#include "TreeStore.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace berth {

// The life of every fetch in the tree: which loader serves a registry, the "Loading…" and
// error rows, the count of fetches running, refresh and retry, and the batched insertion of
// rows that stream in (every insertion under an expanded parent costs a view a relayout).
// What loaders report lands here; the Qt model only presents the store.
class TreeFetches : public QObject, public LoadSink
{
    Q_OBJECT

public:
    TreeFetches(TreeStore &store, QObject *parent = nullptr);
    ~TreeFetches() override;

    void setLoader(RegistryNode *registry, std::unique_ptr<TreeLoader> loader); // owned
    TreeLoader *loaderFor(const RegistryNode *node) const;

    void start(RegistryNode *container, bool merge);
    void cancel(RegistryNode *container);
    void refresh(RegistryNode *container); // this node and the loaded ones below, merging
    void retry(RegistryNode *container);
    bool isLoading() const { return m_active > 0; }
    // A node left the tree: its loader goes with a registry, and its fetch will never end.
    void nodeDetached(RegistryNode *node);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const berth::RegistryNode *container, const berth::ApiError &error);
    void credentialsRejected(const berth::RegistryNode *registry, const berth::ApiError &error);

private:
    // LoadSink
    void loadProgress(RegistryNode *container) override;
    void rowsArrived(RegistryNode *container, NodeRows rows, ArtifactRecords records) override;
    void loadFinished(
        RegistryNode *container, const ApiError &error, NodeRows rows, ArtifactRecords records, bool merge) override;
    void credentialsRefused(RegistryNode *registry, const ApiError &error) override;

    void started(RegistryNode *container);
    enum class RowChanges { Now, Batched };
    void ended(RegistryNode *container, const ApiError &error, RowChanges rowChanges = RowChanges::Now);
    void stop(RegistryNode *container); // the bookkeeping of a fetch that will never finish
    void countDown();

    // Delivered rows wait this long to be inserted with others.
    static constexpr int kRowBatchMs = 100;
    // A batch stops after this much of one event-loop turn and goes on in the next: each
    // container's rows cost the view time in proportion to the rows shown below it, and at a
    // million rows a batch of a hundred containers would hold the window for a quarter second.
    static constexpr int kRowSliceMs = 15;
    void queuePendingRows(RegistryNode *container);
    void insertPendingRows(RegistryNode *container);
    void insertAllPendingRows();
    void insertPendingSlice();

    TreeStore &m_store;
    QHash<const RegistryNode *, TreeLoader *> m_loaders; // registry node -> its loader (owned)
    std::vector<std::pair<std::weak_ptr<char>, RegistryNode *>> m_pending;
    QTimer *m_batchTimer;
    int m_active = 0;
};

} // namespace berth
