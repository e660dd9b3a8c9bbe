#include "ChangesView.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace berth {

ChangesView::ChangesView(QWidget *parent)
    : QDockWidget(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changesDock"));
    m_list->setObjectName(QStringLiteral("changesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Change"), tr("Repository"), tr("Tag"), tr("Digest")});
    m_list->header()->setStretchLastSection(true);
    setWidget(m_list);
    updateTitle();
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = m_list->indexOfTopLevelItem(item);
        if (i >= 0 && size_t(i) < m_rows.size())
            Q_EMIT rowActivated(m_rows[size_t(i)]);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
}

void ChangesView::add(
    Kind kind, const QString &repository, const QString &tag, const QString &digest, const QPersistentModelIndex &row)
{
    QString what;
    switch (kind) {
    case Kind::New:
        what = tr("new");
        break;
    case Kind::Removed:
        what = tr("removed");
        break;
    case Kind::Moved:
        what = tr("moved");
        break;
    }
    // Names come from the server: QTreeWidgetItem shows plain text, never rich text.
    auto *item = new QTreeWidgetItem(m_list, {what, repository, tag, digest});
    item->setToolTip(3, digest);
    m_rows.push_back(row);
    ++m_counts[int(kind)];
    updateTitle();
}

int ChangesView::count(Kind kind) const
{
    return m_counts[int(kind)];
}

int ChangesView::rowCount() const
{
    return int(m_rows.size());
}

void ChangesView::updateTitle()
{
    setWindowTitle(tr("Changes since the snapshot: %1 new, %2 removed, %3 moved")
                       .arg(m_counts[0])
                       .arg(m_counts[1])
                       .arg(m_counts[2]));
}

} // namespace berth
