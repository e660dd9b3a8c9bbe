#pragma once

#include <QDockWidget>
#include <QPersistentModelIndex>

class QTreeWidget;
class QTreeWidgetItem;

namespace berth {

// "Changes": what the registry holds now that it did not when the snapshot was taken (new
// tags, removed tags, tags moved to another digest), one row each, counted in the title.
// Activating a row asks for its tree row (the repository, for a tag that is gone).
class ChangesView : public QDockWidget
{
    Q_OBJECT

public:
    enum class Kind { New, Removed, Moved };
    explicit ChangesView(QWidget *parent = nullptr);

    void add(Kind kind, const QString &repository, const QString &tag, const QString &digest,
        const QPersistentModelIndex &row);
    int count(Kind kind) const;
    int rowCount() const;

Q_SIGNALS:
    void rowActivated(const QPersistentModelIndex &sourceRow);

private:
    void updateTitle();

    QTreeWidget *m_list;
    std::vector<QPersistentModelIndex> m_rows; // by item, in the order added
    int m_counts[3] = {0, 0, 0};
};

} // namespace berth
