#pragma once

#include <QTreeView>

namespace berth {

// The main window's tree: a QTreeView that lays out only the subtree that grew when rows arrive
// under an expanded row. QTreeView itself answers such an insert by laying out every visible row
// again on the next turn (QTreeView::rowsInserted, qtbase src/widgets/itemviews/qtreeview.cpp),
// which stalls the window for a quarter of a second per batch once a million rows are expanded.
class LocalRelayoutTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit LocalRelayoutTreeView(QWidget *parent = nullptr);

protected:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
};

} // namespace berth
