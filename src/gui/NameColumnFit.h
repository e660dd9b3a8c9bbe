#pragma once

#include <QObject>

class QTreeView;

namespace berth {

// Keeps a tree's name column wide enough for its top-level rows, the registries ("127.0.0.1:33717
// — robot$team-a+cleaner"), which a user reads first: when one is added or renamed, the column
// grows to fit it, up to half the view. It never shrinks, so a width the user chose stays until
// a registry needs more. Deeper rows that do not fit show their full text in a tooltip
// (MatchHighlightDelegate).
class NameColumnFit : public QObject
{
    Q_OBJECT

public:
    NameColumnFit(QTreeView *view, int column, QObject *parent = nullptr);

    // The width the top-level rows need, indentation included.
    int neededWidth() const;
    void fit();

private:
    void schedule();

    QTreeView *m_view;
    int m_column;
    bool m_scheduled = false;
};

} // namespace berth
