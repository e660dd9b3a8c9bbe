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
    {
        const QSignalBlocker quiet(this);
        collapse(parent);
    }
    QTreeView::rowsInserted(parent, start, end);
    {
        const QSignalBlocker quiet(this);
        expand(parent);
    }
    verticalScrollBar()->setValue(scroll);
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
    // screen, once per frame however many rows changed, is all a change needs. Assistive
    // technology gets Qt's full handling and its change events.
    if (!uniformRowHeights() || QAccessible::isActive()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    viewport()->update();
}

} // namespace berth
