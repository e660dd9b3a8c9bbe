#include "RegistryTreeModel.h"

#include "api/PagedListJob.h"
#include "core/DisplayText.h"
#include "HarborTreeLoader.h"
#include "Logging.h"
#include "ModelIcons.h"
#include "NodeText.h"

#include <algorithm>
#include <functional>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace berth {

RegistryTreeModel::RegistryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(this)
    , m_rowBatchTimer(new QTimer(this))
{
    m_rowBatchTimer->setSingleShot(true);
    m_rowBatchTimer->setInterval(kRowBatchMs);
    connect(m_rowBatchTimer, &QTimer::timeout, this, &RegistryTreeModel::insertAllPendingRows);
}

RegistryTreeModel::~RegistryTreeModel()
{
    // The store stops every fetch when it goes (their callbacks hold node pointers); by then
    // this object must no longer react.
    m_destroying = true;
    blockSignals(true);
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

// ---- the Qt model

RegistryNode *RegistryTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_store.root();
    return static_cast<RegistryNode *>(index.internalPointer());
}

RegistryNode *RegistryTreeModel::registryNodeAt(const QModelIndex &index) const
{
    RegistryNode *n = nodeAt(index);
    return index.isValid() && n->kind == NodeKind::Registry ? n : nullptr;
}

const RegistryNode *RegistryTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index) : nullptr;
}

QModelIndex RegistryTreeModel::indexFor(const RegistryNode *n, int column) const
{
    if (!n || n == m_store.root())
        return {};
    // The model hands out mutable pointers inside indexes; nodes stay const for everyone else.
    return createIndex(n->row, column, const_cast<RegistryNode *>(n));
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count) || (parent.isValid() && parent.column() != 0))
        return {};
    const RegistryNode *p = nodeAt(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexFor(nodeAt(child)->parent) : QModelIndex();
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const RegistryNode *n = nodeAt(parent);
    if (n->isContainer() && n->data && n->data->state == FetchState::NotFetched)
        return true;
    return !n->children.empty();
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const RegistryNode *n = nodeAt(parent);
    return n->isContainer() && n->data && n->data->state == FetchState::NotFetched;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(nodeAt(parent), false);
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (nodeAt(index)->kind == NodeKind::Loading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RegistryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return NodeText::header(Column(section));
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RegistryNode *n = nodeAt(index);
    const Column c = Column(index.column());
    const bool rowFailed = !m_rowErrors.isEmpty() && m_rowErrors.contains(n);
    switch (role) {
    case Qt::DisplayRole:
        return NodeText::column(n, c);
    case Qt::ToolTipRole: {
        const QString tip = NodeText::toolTip(n, c, rowFailed ? m_rowErrors.value(n) : QString());
        // Names, digests and error text come from the server, and QToolTip renders a tooltip as
        // HTML when it merely looks like HTML.
        return tip.isEmpty() ? QVariant() : QVariant(DisplayText::literalForAutoText(tip));
    }
    case Qt::BackgroundRole:
        if (!m_planned.isEmpty() && isPlannedRemoval(index))
            return ModelIcons::plannedBrush();
        return {};
    case Qt::ForegroundRole:
        if (rowFailed || n->kind == NodeKind::Error)
            return ModelIcons::errorBrush();
        if (n->kind == NodeKind::Digest || n->kind == NodeKind::Loading || n->isNested())
            return ModelIcons::dimmedBrush();
        return {};
    case Qt::DecorationRole:
        if (c == Column::Name)
            return rowFailed ? ModelIcons::warning() : ModelIcons::forNode(n);
        if (c == Column::Immutable && n->immutable)
            return ModelIcons::lock();
        return {};
    case SortRole:
        return NodeText::sortValue(n, c);
    case KindRole:
        return int(n->kind);
    case FetchStateRole:
        return n->data ? int(n->data->state) : -1;
    case DigestRole:
        return n->digest();
    case RepositoryRole:
        return n->repositoryFullName();
    case ProjectRole: {
        const RegistryNode *p = n->project();
        return p ? p->name : QString();
    }
    case TagRole:
        return n->kind == NodeKind::Tag ? n->name : QString();
    case RegistryUrlRole: {
        const RegistryNode *r = n->registry();
        return r ? r->data->baseUrl : QUrl();
    }
    case ErrorTextRole:
        if (n->kind == NodeKind::Error)
            return n->name;
        if (rowFailed)
            return m_rowErrors.value(n);
        return n->data && n->data->state == FetchState::Failed ? n->data->error.summary() : QString();
    case FilterTextRole:
        if (n->kind == NodeKind::Repository)
            return n->data->fullName;
        if (n->kind == NodeKind::Digest)
            return n->digest();
        return n->name;
    case ImmutableRole:
        return n->immutable;
    case CredentialStateRole:
        return n->kind == NodeKind::Registry ? n->data->credentialState : QString();
    default:
        return {};
    }
}

// ---- the store's changes, as a view needs them

void RegistryTreeModel::rowsAboutToBeInserted(const RegistryNode *parent, int first, int last)
{
    beginInsertRows(indexFor(parent), first, last);
}

void RegistryTreeModel::rowsInserted()
{
    endInsertRows();
}

void RegistryTreeModel::rowsAboutToBeRemoved(const RegistryNode *parent, int first, int last)
{
    beginRemoveRows(indexFor(parent), first, last);
}

void RegistryTreeModel::rowsRemoved()
{
    endRemoveRows();
}

void RegistryTreeModel::nodeChanged(const RegistryNode *node)
{
    Q_EMIT dataChanged(indexFor(node), indexFor(node, int(Column::Count) - 1));
}

void RegistryTreeModel::totalsChanged()
{
    Q_EMIT countsChanged();
}

void RegistryTreeModel::nodeDetached(RegistryNode *node)
{
    if (m_destroying)
        return;
    if (!m_rowErrors.isEmpty())
        m_rowErrors.remove(node);
    if (node->kind == NodeKind::Registry) {
        if (TreeLoader *loader = m_loaders.take(node))
            loader->deleteLater(); // it may be the one calling us
    }
    // A fetch under a removed subtree will never end by itself: account for it now.
    if (node->data && node->data->state == FetchState::Fetching)
        stopFetching(node);
}

// ---- registries

QModelIndex RegistryTreeModel::addRegistry(const QString &name, HarborClient *client, const QString &accountLabel)
{
    return addRegistry(name, std::make_unique<HarborTreeLoader>(client, loadSink()), accountLabel);
}

QModelIndex RegistryTreeModel::addRegistry(
    const QString &name, std::unique_ptr<TreeLoader> loader, const QString &accountLabel)
{
    RegistryNode *n = m_store.addRegistry(name, loader->baseUrl(), accountLabel);
    setLoader(n, std::move(loader));
    return indexFor(n);
}

void RegistryTreeModel::setLoader(RegistryNode *registry, std::unique_ptr<TreeLoader> loader)
{
    if (TreeLoader *old = m_loaders.take(registry))
        old->deleteLater();
    registry->data->baseUrl = loader->baseUrl();
    loader->setParent(this);
    m_loaders.insert(registry, loader.release());
}

TreeLoader *RegistryTreeModel::loaderFor(const RegistryNode *node) const
{
    const RegistryNode *r = node ? node->registry() : nullptr;
    return r ? m_loaders.value(r) : nullptr;
}

void RegistryTreeModel::removeRegistry(const QModelIndex &registry)
{
    if (RegistryNode *n = registryNodeAt(registry))
        m_store.removeChild(m_store.root(), n->row);
}

HarborClient *RegistryTreeModel::clientFor(const QModelIndex &index) const
{
    const TreeLoader *loader = index.isValid() ? loaderFor(nodeAt(index)) : nullptr;
    return loader ? loader->harborClient() : nullptr;
}

QModelIndex RegistryTreeModel::registryIndex(const QString &name) const
{
    for (const auto &c : m_store.root()->children)
        if (c->name == name)
            return indexFor(c.get());
    return {};
}

void RegistryTreeModel::setRegistryUnavailable(const QModelIndex &registry, const QString &message)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    cancelFetch(n);
    m_store.clearChildren(n);
    n->data->state = FetchState::Failed;
    n->data->error = {};
    n->data->error.detail = message;
    m_store.addErrorRow(n, message);
    nodeChanged(n);
}

void RegistryTreeModel::setRegistryClient(
    const QModelIndex &registry, HarborClient *client, const QString &accountLabel)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    cancelFetch(n);
    m_store.clearChildren(n);
    setLoader(n, std::make_unique<HarborTreeLoader>(client, loadSink()));
    n->data->accountLabel = accountLabel;
    n->data->credentialState.clear();
    n->data->anonymousAccepted = false;
    n->data->state = FetchState::NotFetched;
    nodeChanged(n);
}

void RegistryTreeModel::continueAnonymously(const QModelIndex &registry)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    n->data->anonymousAccepted = true;
    n->data->accountLabel = tr("anonymous (public projects only)");
    m_store.clearChildren(n);
    n->data->state = FetchState::NotFetched;
    nodeChanged(n);
    startFetch(n, false);
}

// ---- fetching

void RegistryTreeModel::startFetch(RegistryNode *node, bool merge)
{
    if (!node->isContainer() || !node->data)
        return;
    TreeLoader *loader = loaderFor(node);
    if (!loader)
        return;
    cancelFetch(node);
    if (merge)
        m_store.removeErrorRows(node); // a failed node shows only its error row
    else
        m_store.clearChildren(node);
    fetchStarted(node);
    loader->load(node, merge);
}

void RegistryTreeModel::fetchStarted(RegistryNode *node)
{
    node->data->state = FetchState::Fetching;
    node->data->loaded = 0;
    node->data->total = -1;
    node->data->error = {};
    m_store.setLoadingRow(node, true);
    if (m_activeFetches++ == 0)
        Q_EMIT loadingChanged(true);
}

void RegistryTreeModel::fetchEnded(RegistryNode *node, const ApiError &error, RowChanges rowChanges)
{
    if (rowChanges == RowChanges::Now)
        m_store.setLoadingRow(node, false);
    node->data->job.clear();
    const bool failed = error && error.kind != ApiError::Kind::Cancelled;
    if (failed) {
        node->data->state = FetchState::Failed;
        node->data->error = error;
        m_store.addErrorRow(node, error.summary());
        qCWarning(lcModels).noquote() << "fetch failed:" << error.summary();
    } else if (error.kind == ApiError::Kind::Cancelled) {
        node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
    } else {
        node->data->state = FetchState::Fetched;
    }
    nodeChanged(node);
    if (failed)
        Q_EMIT fetchFailed(indexFor(node), error);
    if (--m_activeFetches == 0) {
        insertAllPendingRows(); // whoever waits for the end sees every row
#ifdef __GLIBC__
        // Hundreds of reply bodies came and went; hand the freed heap back to the system.
        malloc_trim(0);
#endif
        Q_EMIT loadingChanged(false);
    }
}

void RegistryTreeModel::stopFetching(RegistryNode *node)
{
    node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
    if (node->data->job)
        node->data->job->abort();
    if (--m_activeFetches == 0) {
        insertAllPendingRows();
        Q_EMIT loadingChanged(false);
    }
}

void RegistryTreeModel::cancelFetch(RegistryNode *node)
{
    if (!node->data)
        return;
    ++node->data->generation; // late callbacks of the old fetch now return at once
    insertPendingRows(node); // what arrived before the cancel stays, as a partial list
    if (node->data->state == FetchState::Fetching) {
        m_store.setLoadingRow(node, false);
        stopFetching(node);
    }
}

void RegistryTreeModel::loadProgress(RegistryNode *container)
{
    if (m_store.hasLoadingRow(container)) {
        const QModelIndex idx = indexFor(container->children.back().get());
        Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
    }
}

void RegistryTreeModel::rowsArrived(RegistryNode *container, NodeRows rows, ArtifactRecords records)
{
    m_store.adoptArtifacts(container, std::move(records));
    auto &pending = container->data->pendingRows;
    pending.insert(pending.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    queuePendingRows(container);
}

void RegistryTreeModel::loadFinished(
    RegistryNode *container, const ApiError &error, NodeRows rows, ArtifactRecords records, bool merge)
{
    if (!merge) {
        if (!rows.empty())
            rowsArrived(container, std::move(rows), std::move(records));
        if (!error) {
            // The rows and the "Loading…" row's removal go in the next batch.
            queuePendingRows(container);
            fetchEnded(container, error, RowChanges::Batched);
            return;
        }
    }
    insertPendingRows(container);
    m_store.setLoadingRow(container, false);
    if (merge && !error) {
        m_store.mergeChildren(container, std::move(rows));
        m_store.replaceArtifacts(container, std::move(records)); // every row points at these now
    }
    fetchEnded(container, error);
}

void RegistryTreeModel::credentialsRefused(RegistryNode *registry, const ApiError &error)
{
    Q_EMIT credentialsRejected(indexFor(registry), error);
}

// ---- batched insertion

void RegistryTreeModel::queuePendingRows(RegistryNode *container)
{
    m_pendingRepositories.emplace_back(container->data->alive, container);
    if (!m_rowBatchTimer->isActive())
        m_rowBatchTimer->start();
}

void RegistryTreeModel::insertPendingRows(RegistryNode *container)
{
    if (!container->data)
        return;
    if (!container->data->pendingRows.empty())
        m_store.appendChildren(container, std::exchange(container->data->pendingRows, {}));
    if (container->data->state != FetchState::Fetching)
        m_store.setLoadingRow(container, false);
}

void RegistryTreeModel::insertAllPendingRows()
{
    const auto queued = std::exchange(m_pendingRepositories, {});
    for (const auto &[alive, container] : queued)
        if (!alive.expired())
            insertPendingRows(container);
}

// ---- planned removals and failed rows

void RegistryTreeModel::setPlannedRemovals(const QSet<QString> &refs)
{
    if (refs == m_planned)
        return;
    m_planned = refs;
    // Colours only, on rows anywhere in the tree: views repaint on this signal rather than on
    // a dataChanged for every row.
    Q_EMIT plannedRemovalsChanged();
}

bool RegistryTreeModel::isPlannedRemoval(const QModelIndex &index) const
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    if (!n || m_planned.isEmpty() || !n->artifact)
        return false;
    if (n->kind == NodeKind::Tag)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char(':') + n->name);
    if (n->kind == NodeKind::Digest)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char('@') + n->artifact->digest);
    return false;
}

void RegistryTreeModel::setRowError(const QModelIndex &index, const QString &error)
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    if (!n)
        return;
    if (error.isEmpty())
        m_rowErrors.remove(n);
    else
        m_rowErrors.insert(n, error);
    nodeChanged(n);
}

// ---- refresh and retry

void RegistryTreeModel::refresh(const QModelIndex &index)
{
    RegistryNode *n = nodeAt(index);
    while (n && !n->isContainer())
        n = n->parent;
    if (!n || n == m_store.root())
        return;
    if (n->data->state == FetchState::NotFetched)
        return; // nothing shown yet: the next expansion loads it fresh
    refreshLoaded(n);
}

void RegistryTreeModel::refreshLoaded(RegistryNode *node)
{
    if (node->isContainer() && node->data && node->data->state != FetchState::NotFetched) {
        insertPendingRows(node); // rows that arrived are rows the user may have selected
        // Merge whenever rows are showing, also mid-load, so expansion and selection survive.
        const bool hasRows = std::any_of(node->children.cbegin(), node->children.cend(),
            [](const auto &c) { return c->kind != NodeKind::Loading && c->kind != NodeKind::Error; });
        startFetch(
            node, node->data->state == FetchState::Fetched || (node->data->state == FetchState::Fetching && hasRows));
    }
    // Loaded descendants refresh too, so F5 keeps what is expanded current.
    std::vector<RegistryNode *> containers;
    std::function<void(RegistryNode *)> collect = [&](RegistryNode *n) {
        for (auto &c : n->children) {
            if (c->isContainer() && c->data->state != FetchState::NotFetched)
                containers.push_back(c.get());
            else if (c->kind == NodeKind::Folder)
                collect(c.get());
        }
    };
    collect(node);
    for (RegistryNode *c : containers)
        refreshLoaded(c);
}

void RegistryTreeModel::refreshAll()
{
    for (auto &r : m_store.root()->children)
        refreshLoaded(r.get());
}

void RegistryTreeModel::retry(const QModelIndex &index)
{
    RegistryNode *n = nodeAt(index);
    if (n->kind == NodeKind::Error)
        n = n->parent;
    if (!n || !n->isContainer())
        return;
    // A registry retried after a rejection asks afresh: the admin may have fixed it.
    if (n->kind == NodeKind::Registry)
        if (TreeLoader *loader = loaderFor(n))
            loader->resetCredentials();
    startFetch(n, false);
}

// ---- deletes confirmed by the server

void RegistryTreeModel::removeTagRow(const QModelIndex &tagIndex)
{
    if (tagIndex.isValid())
        m_store.removeTag(nodeAt(tagIndex));
}

void RegistryTreeModel::removeArtifactRows(const QModelIndex &anyRow)
{
    if (anyRow.isValid())
        m_store.removeArtifact(nodeAt(anyRow));
}

QStringList RegistryTreeModel::siblingTags(const QModelIndex &tagIndex) const
{
    const RegistryNode *n = node(tagIndex);
    if (!n || !n->artifact)
        return {};
    QStringList tags = n->artifact->tagNames;
    if (n->kind == NodeKind::Tag)
        tags.removeAll(n->name);
    return tags;
}

} // namespace berth
