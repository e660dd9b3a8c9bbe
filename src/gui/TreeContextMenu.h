#pragma once

#include <functional>
#include <QCoreApplication>
#include <QModelIndex>
#include <QUrl>

class QAction;
class QMenu;
class QWidget;

namespace berth {

class RegistryTreeModel;

// The window's actions a row's context menu shows; they share their enabled state (and the
// reason a greyed one carries) with the menu bar and the keys.
struct TreeMenuActions
{
    QAction *copyPull = nullptr;
    QAction *copyDigest = nullptr;
    QAction *copyName = nullptr;
    QAction *removeTags = nullptr;
    QAction *deleteArtifacts = nullptr;
    QAction *deleteRepository = nullptr;
    QAction *cleanup = nullptr;
    QAction *inspect = nullptr; // optional
    QAction *addTag = nullptr; // optional
    QAction *copyTo = nullptr; // optional
};

// What the menu's own items do for the row.
struct TreeMenuCallbacks
{
    std::function<void()> retry;
    std::function<void()> refresh;
};

// The right-click menu of one tree row: which items a row of each kind offers, in one place.
class TreeContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(berth::MainWindow)

public:
    // A menu that deletes itself when closed; `src` is the row (column 0) of the source model.
    static QMenu *build(const RegistryTreeModel *model, const QModelIndex &src, const TreeMenuActions &actions,
        const TreeMenuCallbacks &callbacks, QWidget *parent);

    // The row's page in Harbor's web UI; invalid for a plain registry, which has none.
    static QUrl harborWebUiUrl(const RegistryTreeModel *model, const QModelIndex &src);

private:
    static void addDeleteActions(
        QMenu *menu, const RegistryTreeModel *model, const QModelIndex &src, const TreeMenuActions &actions);
};

} // namespace berth
