#pragma once

#include <QTreeView>

namespace berth {

// The main window's tree: a QTreeView that lays out only the subtree that grew when rows arrive
// under an expanded row. QTreeView itself answers such an insert by laying out every visible row
// again on the next turn (QTreeView::rowsInserted, qtbase src/widgets/itemviews/qtreeview.cpp),
// which stalls the window for a quarter of a second per batch once a million rows are expanded.
// The header and scroll bars follow once per event-loop turn, and changed rows repaint the window
// only when one of them is on screen.
class LocalRelayoutTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit LocalRelayoutTreeView(QWidget *parent = nullptr);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void updateGeometries() override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void updateGeometriesLater();
    // Whether any of the rows from top to bottom (under one parent) is on screen.
    bool showsAnyRow(const QModelIndex &top, const QModelIndex &bottom) const;

    bool m_relayingOut = false; // inside the collapse and expand of a local relayout
    bool m_geometriesPending = false; // an update of the header and scroll bars is posted
    mutable int m_paintedRowHeight = 0; // of the rows the last paint drew; 0 before any
};

} // namespace berth
