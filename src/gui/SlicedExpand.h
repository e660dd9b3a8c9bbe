#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <vector>

class QTreeView;

namespace berth {

// "Expand all" in slices: QTreeView::expandAll() lays out every row in one call, which at a
// million rows blocks the main thread for seconds. This walks the view's model depth first and
// expands one row at a time, giving the event loop a turn whenever a slice's time is used up.
// Depth-first order keeps each expand cheap: the rows QTreeView moves to make room for the new
// children are only the collapsed siblings below (QTreeViewPrivate::layout inserts into one flat
// vector of visible rows, qtbase src/widgets/itemviews/qtreeview.cpp).
class SlicedExpander : public QObject
{
    Q_OBJECT

public:
    explicit SlicedExpander(QTreeView *view, QObject *parent = nullptr);

    // Starts over from the top; rows already expanded are walked, not expanded again.
    void expandAll();
    void cancel();
    bool isRunning() const { return !m_stack.empty(); }
    // Time one event-loop turn may spend expanding (default 8 ms).
    void setSliceMs(int ms) { m_sliceMs = ms; }
    int slices() const { return m_slices; }

Q_SIGNALS:
    void finished();

private:
    struct Frame
    {
        QPersistentModelIndex parent;
        int next = 0;
    };
    void runSlice();

    QPointer<QTreeView> m_view;
    std::vector<Frame> m_stack;
    int m_sliceMs = 8;
    int m_slices = 0;
    bool m_scheduled = false;
};

} // namespace berth
