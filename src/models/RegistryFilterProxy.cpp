#include "RegistryFilterProxy.h"

#include "ModelRoles.h"
#include "RegistryNode.h"

#include <cstring>

namespace berth {

RegistryFilterProxy::RegistryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void RegistryFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_matchCache.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // The match cache is keyed by node: a removed node's address may come back as another node.
    const auto forget = [this] { m_matchCache.clear(); };
    m_sourceConnections = {connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget)};
}

bool RegistryFilterProxy::setFilter(const QString &text, Mode mode, QString *error)
{
    QRegularExpression re;
    switch (mode) {
    case Mode::Substring:
        re = QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption);
        break;
    case Mode::Wildcard:
        re = QRegularExpression(
            QRegularExpression::wildcardToRegularExpression(text, QRegularExpression::UnanchoredWildcardConversion),
            QRegularExpression::CaseInsensitiveOption);
        break;
    case Mode::RegularExpression:
        re = QRegularExpression(text, QRegularExpression::CaseInsensitiveOption);
        break;
    }
    if (!re.isValid()) {
        if (error)
            *error = re.errorString();
        return false;
    }
    re.optimize();
    m_text = text;
    m_mode = mode;
    m_regex = re;
    refilter();
    return true;
}

void RegistryFilterProxy::setShowUntagged(bool on)
{
    if (m_showUntagged == on)
        return;
    m_showUntagged = on;
    refilter();
}

void RegistryFilterProxy::setShowNested(bool on)
{
    if (m_showNested == on)
        return;
    m_showNested = on;
    refilter();
}

void RegistryFilterProxy::refilter()
{
    m_matchCache.clear();
    // invalidate(), not invalidateFilter(): the latter diffs every mapped parent and emits a
    // rowsRemoved/rowsInserted pair per changed range, and a view reacts to each one (1,000
    // expanded repositories: ~200 ms). invalidate() is one layout change; the mappings are
    // rebuilt as the view asks for them (~50 ms with the relayout, 100,000 rows).
    invalidate();
}

QString RegistryFilterProxy::filterPath(const RegistryNode *n)
{
    switch (n->kind) {
    case NodeKind::Repository:
        return n->data->fullName;
    case NodeKind::Tag:
        return n->repositoryFullName() + QLatin1Char(':') + n->name;
    case NodeKind::Digest:
        return n->repositoryFullName() + QLatin1Char('@') + n->digest();
    case NodeKind::Child:
    case NodeKind::Accessory:
        return n->repositoryFullName() + QLatin1Char('@') + n->ownDigest() + QLatin1Char(' ') + n->name;
    case NodeKind::Folder: {
        QString path = n->name + QLatin1Char('/');
        for (const RegistryNode *p = n->parent; p && p->kind == NodeKind::Folder; p = p->parent)
            path.prepend(p->name + QLatin1Char('/'));
        const RegistryNode *project = n->project();
        return project ? project->name + QLatin1Char('/') + path : path;
    }
    default:
        return n->name;
    }
}

bool RegistryFilterProxy::hiddenByToggles(const RegistryNode *n) const
{
    if (n->kind == NodeKind::Digest && !m_showUntagged)
        return true;
    if (n->isNested()) {
        if (!m_showNested)
            return true;
        // Rows under a hidden untagged artifact must not pull it back in through recursion.
        if (!m_showUntagged && n->parent && n->parent->kind == NodeKind::Digest)
            return true;
    }
    return false;
}

bool RegistryFilterProxy::pathMatches(const RegistryNode *n) const
{
    // Tags share their repository and folders their project: each path is matched once per pass.
    // Rows without children are asked about once, for themselves: caching them only costs a
    // hash entry per tag (24 MB at a million tags) and the time to insert it.
    if (n->children.empty()) {
        if (n->kind == NodeKind::Tag) {
            // The tag's path, "project/repo:tag", in a buffer that keeps its capacity: a million
            // tags would otherwise allocate a million strings per keystroke.
            const RegistryNode *repository = n->repository();
            m_scratch.resize(0);
            if (repository && repository->data)
                m_scratch.append(repository->data->fullName);
            m_scratch.append(QLatin1Char(':'));
            m_scratch.append(n->name);
            return m_regex.match(QStringView(m_scratch)).hasMatch();
        }
        return m_regex.match(filterPath(n)).hasMatch();
    }
    const auto it = m_matchCache.constFind(n);
    if (it != m_matchCache.cend())
        return *it;
    const bool match = m_regex.match(filterPath(n)).hasMatch();
    m_matchCache.insert(n, match);
    return match;
}

bool RegistryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Straight to the node: this runs for every row on each keystroke, and two QVariant
    // round trips per row cost more than the match itself.
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto *n = static_cast<const RegistryNode *>(idx.internalPointer());
    if (!n || hiddenByToggles(n))
        return false;
    // Status rows always show, so a filter never hides that something is loading or failed.
    if (n->kind == NodeKind::Loading || n->kind == NodeKind::Error || m_text.isEmpty())
        return true;
    if (n->kind != NodeKind::Registry && pathMatches(n))
        return true;
    // Below a matching row everything stays reachable (the registry row is a profile name:
    // matching it would show the whole tree).
    for (const RegistryNode *p = n->parent; p && p->kind != NodeKind::Registry; p = p->parent)
        if (pathMatches(p))
            return true;
    return n->kind == NodeKind::Registry && pathMatches(n);
}

bool RegistryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Status rows stay at the bottom whatever the order.
    const auto lk = NodeKind(left.data(KindRole).toInt());
    const auto rk = NodeKind(right.data(KindRole).toInt());
    const bool ls = lk == NodeKind::Loading || lk == NodeKind::Error;
    const bool rs = rk == NodeKind::Loading || rk == NodeKind::Error;
    if (ls != rs)
        return sortOrder() == Qt::AscendingOrder ? rs : ls;
    if (left.column() == int(Column::Digest)) {
        // Lower-case hex orders as the bytes it spells, and the prefix is the same: the same
        // order as comparing the text, without building it (ArtifactRecord::digest()) twice
        // per comparison. Nested rows show their own digest, and others have none.
        const auto *l = static_cast<const RegistryNode *>(left.internalPointer());
        const auto *r = static_cast<const RegistryNode *>(right.internalPointer());
        const unsigned char *lb = l && !l->isNested() && l->artifact ? l->artifact->sha256Bytes() : nullptr;
        const unsigned char *rb = r && !r->isNested() && r->artifact ? r->artifact->sha256Bytes() : nullptr;
        if (lb && rb)
            return std::memcmp(lb, rb, 32) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace berth
