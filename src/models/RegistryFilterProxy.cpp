#include "RegistryFilterProxy.h"

#include "ModelRoles.h"
#include "RegistryNode.h"

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
    // invalidate(), not invalidateFilter(): the latter diffs every mapped parent and emits a
    // rowsRemoved/rowsInserted pair per changed range, and a view reacts to each one (1,000
    // expanded repositories: ~200 ms). invalidate() is one layout change; the mappings are
    // rebuilt as the view asks for them (~50 ms with the relayout, 100,000 rows).
    invalidate();
}

bool RegistryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Straight to the node: this runs for every row on each keystroke, and two QVariant
    // round trips per row cost more than the match itself.
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto *n = static_cast<const RegistryNode *>(idx.internalPointer());
    if (!n)
        return false;
    const NodeKind kind = n->kind;
    if (kind == NodeKind::Digest && !m_showUntagged)
        return false;
    const bool nested = kind == NodeKind::Child || kind == NodeKind::Accessory;
    if (nested && !m_showNested)
        return false;
    // Rows under a hidden untagged artifact must not pull it back in through recursion.
    if (nested && !m_showUntagged && n->parent && n->parent->kind == NodeKind::Digest)
        return false;
    // Status rows always show, so a filter never hides that something is loading or failed.
    if (kind == NodeKind::Loading || kind == NodeKind::Error)
        return true;
    if (m_text.isEmpty())
        return true;
    const QString &text = kind == NodeKind::Repository ? n->data->fullName
        : (kind == NodeKind::Digest && n->artifact)    ? n->artifact->digest
                                                       : n->name;
    return m_regex.match(text).hasMatch();
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
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace berth
