#include "NameColumnFit.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace berth {

NameColumnFit::NameColumnFit(QTreeView *view, int column, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_column(column)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            schedule();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (!topLeft.parent().isValid())
            schedule(); // a registry's label changed: credentials rejected, anonymous, another account
    });
    connect(model, &QAbstractItemModel::modelReset, this, &NameColumnFit::schedule);
}

void NameColumnFit::schedule()
{
    // Once per event-loop turn, after the view has laid the new rows out.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fit();
    });
}

int NameColumnFit::neededWidth() const
{
    const QAbstractItemModel *model = m_view->model();
    int width = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        width = qMax(width, m_view->sizeHintForIndex(model->index(r, m_column)).width());
    // Top-level rows are indented by one step when the root is decorated (QTreeView::drawRow).
    const int indent = m_view->rootIsDecorated() ? m_view->indentation() : 0;
    return width > 0 ? width + indent : 0;
}

void NameColumnFit::fit()
{
    const int cap = qMax(m_view->columnWidth(m_column), m_view->viewport()->width() / 2);
    const int wanted = qMin(neededWidth(), cap);
    if (wanted > m_view->columnWidth(m_column))
        m_view->setColumnWidth(m_column, wanted);
}

} // namespace berth
