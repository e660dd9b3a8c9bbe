#include "TreeFetches.h"

#include "api/PagedListJob.h"
#include "Logging.h"

#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace berth {

TreeFetches::TreeFetches(TreeStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(kRowBatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, &TreeFetches::insertPendingSlice);
}

TreeFetches::~TreeFetches()
{
    // Jobs still running answer nobody: their nodes are about to go with the store.
    const std::function<void(RegistryNode *)> abortJobs = [&abortJobs](RegistryNode *n) {
        if (n->data) {
            ++n->data->generation; // its callbacks return at once from now on
            if (n->data->job)
                n->data->job->abort();
        }
        for (auto &c : n->children)
            abortJobs(c.get());
    };
    abortJobs(m_store.root());
}

void TreeFetches::setLoader(RegistryNode *registry, std::unique_ptr<TreeLoader> loader)
{
    if (TreeLoader *old = m_loaders.take(registry))
        old->deleteLater();
    registry->data->baseUrl = loader->baseUrl();
    loader->setParent(this);
    m_loaders.insert(registry, loader.release());
}

TreeLoader *TreeFetches::loaderFor(const RegistryNode *node) const
{
    const RegistryNode *r = node ? node->registry() : nullptr;
    return r ? m_loaders.value(r) : nullptr;
}

void TreeFetches::nodeDetached(RegistryNode *node)
{
    if (node->kind == NodeKind::Registry) {
        if (TreeLoader *loader = m_loaders.take(node))
            loader->deleteLater(); // it may be the one calling us
    }
    if (node->data && node->data->state == FetchState::Fetching)
        stop(node);
}

void TreeFetches::start(RegistryNode *node, bool merge)
{
    if (!node->isContainer() || !node->data)
        return;
    TreeLoader *loader = loaderFor(node);
    if (!loader)
        return;
    cancel(node);
    if (merge)
        m_store.removeErrorRows(node); // a failed node shows only its error row
    else
        m_store.clearChildren(node);
    started(node);
    loader->load(node, merge);
}

void TreeFetches::started(RegistryNode *node)
{
    node->data->state = FetchState::Fetching;
    node->data->loaded = 0;
    node->data->total = -1;
    node->data->error = {};
    m_store.setLoadingRow(node, true);
    if (m_active++ == 0)
        Q_EMIT loadingChanged(true);
}

void TreeFetches::ended(RegistryNode *node, const ApiError &error, RowChanges rowChanges)
{
    if (rowChanges == RowChanges::Now)
        m_store.setLoadingRow(node, false);
    node->data->job.clear();
    const bool failure = error && error.kind != ApiError::Kind::Cancelled;
    if (failure) {
        node->data->state = FetchState::Failed;
        node->data->error = error;
        m_store.addErrorRow(node, error.summary());
        qCWarning(lcModels).noquote() << "fetch failed:" << error.summary();
    } else if (error.kind == ApiError::Kind::Cancelled) {
        node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
    } else {
        node->data->state = FetchState::Fetched;
    }
    // A batched end tells views in the batch that inserts its last rows, right after them: a
    // QTreeView finds a changed row by searching outwards from the row it last touched
    // (QTreeViewPrivate::viewIndex), so a change next to the rows just inserted costs nothing.
    if (rowChanges == RowChanges::Now)
        m_store.changed(node);
    if (failure)
        Q_EMIT failed(node, error);
    countDown();
}

void TreeFetches::countDown()
{
    if (--m_active > 0)
        return;
    insertAllPendingRows(); // whoever waits for the end sees every row
#ifdef __GLIBC__
    // Hundreds of reply bodies came and went; hand the freed heap back to the system.
    malloc_trim(0);
#endif
    Q_EMIT loadingChanged(false);
}

void TreeFetches::stop(RegistryNode *node)
{
    node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
    if (node->data->job)
        node->data->job->abort();
    countDown();
}

void TreeFetches::cancel(RegistryNode *node)
{
    if (!node->data)
        return;
    ++node->data->generation; // late callbacks of the old fetch now return at once
    insertPendingRows(node); // what arrived before the cancel stays, as a partial list
    if (node->data->state == FetchState::Fetching) {
        m_store.setLoadingRow(node, false);
        stop(node);
    }
}

void TreeFetches::loadProgress(RegistryNode *container)
{
    // Rows waiting for the next batch: the batch updates "Loading… n of N" after inserting them.
    if (!container->data->pendingRows.empty())
        return;
    if (m_store.hasLoadingRow(container))
        m_store.changed(container->children.back().get()); // "Loading… n of N"
}

void TreeFetches::rowsArrived(RegistryNode *container, NodeRows rows, ArtifactRecords records)
{
    m_store.adoptArtifacts(container, std::move(records));
    auto &pending = container->data->pendingRows;
    pending.insert(pending.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    queuePendingRows(container);
}

void TreeFetches::loadFinished(
    RegistryNode *container, const ApiError &error, NodeRows rows, ArtifactRecords records, bool merge)
{
    if (!merge) {
        if (!rows.empty())
            rowsArrived(container, std::move(rows), std::move(records));
        if (!error) {
            // The rows and the "Loading…" row's removal go in the next batch.
            queuePendingRows(container);
            ended(container, error, RowChanges::Batched);
            return;
        }
    }
    insertPendingRows(container);
    m_store.setLoadingRow(container, false);
    if (merge && !error) {
        m_store.mergeChildren(container, std::move(rows));
        m_store.replaceArtifacts(container, std::move(records)); // every row points at these now
    }
    ended(container, error);
}

void TreeFetches::credentialsRefused(RegistryNode *registry, const ApiError &error)
{
    Q_EMIT credentialsRejected(registry, error);
}

void TreeFetches::queuePendingRows(RegistryNode *container)
{
    m_pending.emplace_back(container->data->alive, container);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void TreeFetches::insertPendingRows(RegistryNode *container)
{
    if (!container->data)
        return;
    NodeRows rows = std::exchange(container->data->pendingRows, {});
    const bool hadRows = !rows.empty();
    if (container->data->state != FetchState::Fetching) {
        const bool ending = m_store.hasLoadingRow(container);
        m_store.finishLoadingRow(container, std::move(rows));
        if (ending)
            m_store.changed(container);
    } else if (hadRows) {
        m_store.appendChildren(container, std::move(rows));
        if (m_store.hasLoadingRow(container))
            m_store.changed(container->children.back().get()); // "Loading… n of N"
    }
}

void TreeFetches::insertAllPendingRows()
{
    const auto queued = std::exchange(m_pending, {});
    for (const auto &[alive, container] : queued)
        if (!alive.expired())
            insertPendingRows(container);
}

void TreeFetches::insertPendingSlice()
{
    QElapsedTimer slice;
    slice.start();
    size_t done = 0;
    // Containers come in the order their rows arrived; a slice takes them in that order.
    while (done < m_pending.size() && slice.elapsed() < kRowSliceMs) {
        const auto &[alive, container] = m_pending[done++];
        if (!alive.expired())
            insertPendingRows(container);
    }
    m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(done));
    if (!m_pending.empty() && !m_batchTimer->isActive())
        m_batchTimer->start(0); // the rest on the next turn, after the events that waited
    else if (m_pending.empty())
        m_batchTimer->setInterval(kRowBatchMs);
}

void TreeFetches::refresh(RegistryNode *node)
{
    if (node->isContainer() && node->data && node->data->state != FetchState::NotFetched) {
        insertPendingRows(node); // rows that arrived are rows the user may have selected
        // Merge whenever rows are showing, also mid-load or after a failed fetch (a snapshot shown
        // while the registry cannot be reached), so expansion, selection and those rows survive.
        const bool hasRows = std::any_of(node->children.cbegin(), node->children.cend(),
            [](const auto &c) { return c->kind != NodeKind::Loading && c->kind != NodeKind::Error; });
        start(node, node->data->state == FetchState::Fetched || hasRows);
    }
    // Loaded descendants refresh too, so F5 keeps what is expanded current.
    std::vector<RegistryNode *> containers;
    const std::function<void(RegistryNode *)> collect = [&](RegistryNode *n) {
        for (auto &c : n->children) {
            if (c->isContainer() && c->data->state != FetchState::NotFetched)
                containers.push_back(c.get());
            else if (c->kind == NodeKind::Folder)
                collect(c.get());
        }
    };
    collect(node);
    for (RegistryNode *c : containers)
        refresh(c);
}

void TreeFetches::retry(RegistryNode *container)
{
    // A registry retried after a rejection asks afresh: the admin may have fixed it.
    if (container->kind == NodeKind::Registry)
        if (TreeLoader *loader = loaderFor(container))
            loader->resetCredentials();
    start(container, false);
}

} // namespace berth
