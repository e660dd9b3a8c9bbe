#include "SlicedExpand.h"

#include <QTimer>
#include <QTreeView>

namespace berth {

SlicedExpander::SlicedExpander(QTreeView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{ }

void SlicedExpander::expandAll()
{
    if (!m_view || !m_view->model())
        return;
    m_stack.clear();
    m_stack.push_back({m_view->rootIndex(), 0});
    m_slices = 0;
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &SlicedExpander::runSlice);
    }
}

void SlicedExpander::cancel()
{
    m_stack.clear();
}

void SlicedExpander::runSlice()
{
    m_scheduled = false;
    if (m_stack.empty())
        return;
    const QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (!model) {
        m_stack.clear();
        return;
    }
    ++m_slices;
    QElapsedTimer slice;
    slice.start();
    // Check the clock every few rows only: most rows are leaves and cost well under a microsecond.
    int sinceCheck = 0;
    while (!m_stack.empty()) {
        if (++sinceCheck >= 16) {
            sinceCheck = 0;
            if (slice.elapsed() >= m_sliceMs)
                break;
        }
        Frame &top = m_stack.back();
        // A parent removed meanwhile (refresh, delete): its subtree is gone, go on with the rest.
        if (m_stack.size() > 1 && !top.parent.isValid()) {
            m_stack.pop_back();
            continue;
        }
        const QModelIndex parent = top.parent;
        if (top.next >= model->rowCount(parent)) {
            m_stack.pop_back();
            continue;
        }
        const QModelIndex child = model->index(top.next++, 0, parent);
        if (!model->hasChildren(child))
            continue;
        if (!m_view->isExpanded(child)) {
            m_view->expand(child);
            sinceCheck = 16; // an expand lays out rows: look at the clock before the next one
        }
        m_stack.push_back({QPersistentModelIndex(child), 0});
    }
    if (m_stack.empty()) {
        Q_EMIT finished();
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(0, this, &SlicedExpander::runSlice);
}

} // namespace berth
