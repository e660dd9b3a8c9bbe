#include "RegistryTreeModel.h"

#include "core/DisplayText.h"
#include "ModelIcons.h"
#include "NodeText.h"

#include <functional>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace berth {

RegistryTreeModel::RegistryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(this)
    , m_fetches(new TreeFetches(m_store, this))
{
    connect(m_fetches, &TreeFetches::loadingChanged, this, &RegistryTreeModel::loadingChanged);
    connect(m_fetches, &TreeFetches::failed, this,
        [this](const RegistryNode *n, const ApiError &e) { Q_EMIT fetchFailed(indexFor(n), e); });
    connect(m_fetches, &TreeFetches::credentialsRejected, this,
        [this](const RegistryNode *n, const ApiError &e) { Q_EMIT credentialsRejected(indexFor(n), e); });
}

RegistryTreeModel::~RegistryTreeModel()
{
    // The fetches stop first (their callbacks hold node pointers); the store then goes without
    // telling this half-destroyed model.
    m_destroying = true;
    blockSignals(true);
    delete m_fetches;
    m_fetches = nullptr;
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
        m_fetches->start(nodeAt(parent), false);
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const RegistryNode *n = nodeAt(index);
    if (n->kind == NodeKind::Loading)
        return Qt::ItemIsEnabled;
    const bool artifactRow = n->kind == NodeKind::Tag || n->kind == NodeKind::Digest || n->kind == NodeKind::Child
        || n->kind == NodeKind::Accessory;
    // Not n->digest(): copying the QString touches its shared header, a cache miss per row when
    // the view lays out a million rows (and flags() is asked for every one).
    const bool hasDigest = n->isNested() ? !n->ownDigest().isEmpty() : n->artifact && n->artifact->hasDigest();
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (artifactRow && hasDigest)
        f |= Qt::ItemIsDragEnabled;
    // Artifact rows without platform or accessory rows say so: QTreeView's layout then neither
    // asks for their children nor looks them up among persistent indexes (QTreeViewPrivate::
    // isIndexExpanded, qtbase src/widgets/itemviews/qtreeview_p.h), once per row per relayout.
    if (artifactRow && n->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString RegistryTreeModel::artifactMimeType()
{
    return QStringLiteral("application/x-berth-artifact");
}

QStringList RegistryTreeModel::mimeTypes() const
{
    return {artifactMimeType()};
}

QMimeData *RegistryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // The first draggable row: a drop copies one artifact.
    for (const QModelIndex &i : indexes) {
        if (!(flags(i) & Qt::ItemIsDragEnabled))
            continue;
        const RegistryNode *n = nodeAt(i);
        const RegistryNode *registry = n->registry();
        const QJsonObject o {{QStringLiteral("registry"), registry ? registry->name : QString()},
            {QStringLiteral("repository"), n->repositoryFullName()}, {QStringLiteral("digest"), n->digest()},
            {QStringLiteral("tag"), n->kind == NodeKind::Tag ? n->name : QString()}};
        auto *mime = new QMimeData;
        mime->setData(artifactMimeType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
        mime->setText(n->repositoryFullName()
            + (n->kind == NodeKind::Tag ? QLatin1Char(':') + n->name : QLatin1Char('@') + n->digest()));
        return mime;
    }
    return nullptr;
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
        if (n->kind == NodeKind::Registry && c == Column::Name && n->unconfirmed && n->data->snapshotMs > 0)
            return tr("%1 — as of %2")
                .arg(NodeText::column(n, c).toString(),
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(n->data->snapshotMs), QLocale::ShortFormat));
        if (c == Column::Size)
            if (QVariant stored = m_storedSizes.display(n); stored.isValid())
                return stored;
        return NodeText::column(n, c);
    case Qt::ToolTipRole: {
        QString tip = c == Column::Size && !rowFailed ? m_storedSizes.toolTip(n) : QString();
        if (tip.isEmpty())
            tip = NodeText::toolTip(n, c, rowFailed ? m_rowErrors.value(n) : QString());
        // Names, digests and error text come from the server, and QToolTip renders a tooltip as
        // HTML when it merely looks like HTML.
        return tip.isEmpty() ? QVariant() : QVariant(DisplayText::literalForAutoText(tip));
    }
    case Qt::BackgroundRole:
        if (!m_planned.isEmpty() && isPlannedRemoval(index))
            return ModelIcons::plannedBrush();
        if (n->change != 0)
            return snapshotChangeBrush(TreeChange(n->change));
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
        if (c == Column::Size)
            if (QVariant stored = m_storedSizes.sortValue(n); stored.isValid())
                return stored;
        return NodeText::sortValue(n, c);
    case KindRole:
        return int(n->kind);
    case UnconfirmedRole:
        return n->unconfirmed;
    case ChangeRole:
        return int(n->change);
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
    m_fetches->nodeDetached(node);
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

void RegistryTreeModel::setStoredSizes(
    const QString &registry, QHash<QString, StorageFigures> byScope, const QDateTime &at)
{
    m_storedSizes.set(registry, std::move(byScope), at);
    // The Size cells of the registry's projects, folders and repositories that are loaded.
    const int column = int(Column::Size);
    std::function<void(const QModelIndex &)> changed = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(
            index(0, column, parent), index(rows - 1, column, parent), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        for (int r = 0; r < rows; ++r) {
            const QModelIndex child = index(r, 0, parent);
            const RegistryNode *n = node(child);
            if (n && (n->kind == NodeKind::Project || n->kind == NodeKind::Folder))
                changed(child);
        }
    };
    if (const QModelIndex reg = registryIndex(registry); reg.isValid())
        changed(reg);
}

bool RegistryTreeModel::isPlannedRemoval(const QModelIndex &index) const
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    if (!n || m_planned.isEmpty() || !n->artifact)
        return false;
    if (n->kind == NodeKind::Tag)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char(':') + n->name);
    if (n->kind == NodeKind::Digest)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char('@') + n->artifact->digest());
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
    m_fetches->refresh(n);
}

void RegistryTreeModel::showSnapshot(const QModelIndex &registry, SnapshotContent content)
{
    RegistryNode *n = registryNodeAt(registry);
    if (!n)
        return;
    m_fetches->cancel(n);
    m_store.clearChildren(n);
    n->data->state = FetchState::Fetched; // a view's fetchMore would append the live rows beside
    n->data->snapshotMs = content.header.savedAtMs;
    n->data->plainRegistry = content.header.plainRegistry; // shown before the connection says
    n->unconfirmed = true;
    m_store.appendChildren(n, std::move(content.rows));
    for (auto &[repository, records] : content.records)
        m_store.adoptArtifacts(repository, std::move(records));
    nodeChanged(n);
    totalsChanged();
}

void RegistryTreeModel::confirmSnapshot(const QModelIndex &registry)
{
    if (RegistryNode *n = registryNodeAt(registry)) {
        n->unconfirmed = false; // the time stays: rows below may still be the snapshot's
        nodeChanged(n);
    }
}

void RegistryTreeModel::refreshOne(const QModelIndex &index)
{
    RegistryNode *n = index.isValid() ? nodeAt(index) : nullptr;
    if (n && n->isContainer() && n->data)
        m_fetches->start(n, n->data->state != FetchState::NotFetched);
}

void RegistryTreeModel::setChange(const QModelIndex &index, quint8 change)
{
    RegistryNode *n = index.isValid() ? nodeAt(index) : nullptr;
    if (n && n->change != change) {
        n->change = change;
        nodeChanged(n);
    }
}

void RegistryTreeModel::refreshAll()
{
    for (auto &r : m_store.root()->children)
        m_fetches->refresh(r.get());
}

void RegistryTreeModel::retry(const QModelIndex &index)
{
    RegistryNode *n = nodeAt(index);
    if (n->kind == NodeKind::Error)
        n = n->parent;
    if (n && n->isContainer())
        m_fetches->retry(n);
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
