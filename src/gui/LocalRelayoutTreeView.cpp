#include "LocalRelayoutTreeView.h"

#include <QAccessible>
#include <QScrollBar>
#include <QSignalBlocker>

namespace berth {

LocalRelayoutTreeView::LocalRelayoutTreeView(QWidget *parent)
    : QTreeView(parent)
{ }

void LocalRelayoutTreeView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // Rows a fetch inserts while QTreeView expands their parent: its layout asks the model to
    // fetch before it counts the rows (QTreeViewPrivate::layout), so it lays them out itself,
    // and the relayout of every row QTreeView would schedule is waste.
    if (state() == ExpandingState && parent.isValid()) {
        QAbstractItemView::rowsInserted(parent, start, end);
        return;
    }
    // Top-level rows, animations and drags take QTreeView's own path.
    if (!parent.isValid() || parent.column() != 0 || isAnimated() || state() != NoState || !isExpanded(parent)) {
        QTreeView::rowsInserted(parent, start, end);
        return;
    }
    // Collapsed, the parent takes the rows as bookkeeping only; expanded again, QTreeView lays
    // out just its rows into its flat list of visible rows (QTreeViewPrivate::expand → layout(i)).
    // The collapse and expand are the view's own business, not the user's: no signals, and the
    // scroll position stays where it was.
    const int scroll = verticalScrollBar()->value();
    m_relayingOut = true;
    {
        const QSignalBlocker quiet(this);
        collapse(parent);
    }
    QTreeView::rowsInserted(parent, start, end);
    {
        const QSignalBlocker quiet(this);
        expand(parent);
    }
    m_relayingOut = false;
    verticalScrollBar()->setValue(scroll);
}

void LocalRelayoutTreeView::updateGeometries()
{
    // The collapse and the expand of a local relayout each update the header's geometry and the
    // scroll bars (QTreeView::collapse and ::expand), which measures every header section's text:
    // a third of the relayout's time. Rows that arrive in one event-loop turn, under however
    // many parents, need that only once, after the last of them and before the next paint.
    if (m_relayingOut) {
        updateGeometriesLater();
        return;
    }
    QTreeView::updateGeometries();
}

void LocalRelayoutTreeView::updateGeometriesLater()
{
    if (m_geometriesPending)
        return;
    m_geometriesPending = true;
    // A posted call runs before the repaint, which Qt posts at a lower priority.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_geometriesPending = false;
            QTreeView::updateGeometries();
        },
        Qt::QueuedConnection);
}

void LocalRelayoutTreeView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // QTreeView and QAbstractItemView look each changed row up in the list of visible rows, a
    // linear search outwards from the row last touched (QTreeViewPrivate::viewIndex, also behind
    // visualRect), to refresh a cached row height and child marker and to repaint just that row:
    // a millisecond per change at a million rows, for every row that finishes loading. With
    // uniform heights no row's height can change, children come and go through row inserts and
    // removals (which keep the marker right), and the tree has no editors: repainting what is on
    // screen, once per frame however many rows changed, is all a change needs; and a change to
    // rows that are not on screen needs no repaint at all (most changes while a big tree loads:
    // the rows that finish are far below). Assistive technology gets Qt's full handling and its
    // change events.
    if (!uniformRowHeights() || QAccessible::isActive()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (showsAnyRow(topLeft, bottomRight))
        viewport()->update();
}

bool LocalRelayoutTreeView::showsAnyRow(const QModelIndex &top, const QModelIndex &bottom) const
{
    // With uniform heights the row at a coordinate is found without a search (QTreeView::indexAt),
    // so each row on screen costs one lookup; the height is the one the last paint drew rows with.
    if (m_paintedRowHeight <= 0)
        return true;
    const QModelIndex parent = top.parent();
    for (int y = 0; y < viewport()->height(); y += m_paintedRowHeight) {
        const QModelIndex shown = indexAt(QPoint(0, y));
        if (!shown.isValid())
            return y == 0; // below the last row; nothing found at the top is not known to be hidden
        if (shown.row() >= top.row() && shown.row() <= bottom.row() && shown.parent() == parent)
            return true;
    }
    return false;
}

void LocalRelayoutTreeView::drawRow(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    m_paintedRowHeight = option.rect.height();
    QTreeView::drawRow(painter, option, index);
}

} // namespace berth
