#pragma once

#include <functional>
#include <QModelIndexList>
#include <QObject>

class QAbstractItemModel;
class QAction;
class QTimer;
class QTreeView;

namespace berth {

class DeleteGate;
class PermissionCache;
class RegistryTreeModel;

// The enabled state, text and reason of the window's delete and clean-up actions, from the
// selection, the permissions and who Harbor says we are (DeleteGate), kept current as those
// change. Menus, context menus and keys all use these actions, so they share this one state; a
// key on a greyed action says why (refused()) instead of being dropped without a word.
class ActionStates : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *removeTags = nullptr; // Del
        QAction *deleteArtifacts = nullptr; // Shift+Del
        QAction *deleteRepository = nullptr;
        QAction *cleanup = nullptr;
        QAction *addTag = nullptr; // optional: "Add tag…" on the current row
        QAction *copyTo = nullptr; // optional: "Copy to…" of the current row
    };
    // rows: what a delete takes (the selection, or the current row); current: the current row.
    // Both in the source model.
    ActionStates(Actions actions, const RegistryTreeModel *model, PermissionCache *permissions, const DeleteGate *gate,
        std::function<QModelIndexList()> rows, std::function<QModelIndex()> current, QObject *parent = nullptr);

    // Follows the tree's selection and the models' changes, and reads the tree's keys.
    void watch(QTreeView *tree, QAbstractItemModel *proxy);
    void update();
    // The current row's registry, project, folder or repository (a tag's repository); with
    // nothing current, the first registry.
    QModelIndex cleanupTarget() const;

Q_SIGNALS:
    void refused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Actions m_actions;
    const RegistryTreeModel *m_model;
    PermissionCache *m_permissions;
    const DeleteGate *m_gate;
    std::function<QModelIndexList()> m_rows;
    std::function<QModelIndex()> m_current;
    QTreeView *m_tree = nullptr;
    QTimer *m_timer; // coalesces model changes into one update()
};

} // namespace berth
