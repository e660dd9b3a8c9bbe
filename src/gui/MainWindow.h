#pragma once

#include "api/ApiError.h"
#include "credentials/Profile.h"

#include <memory>
#include <QMainWindow>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QPointer>

namespace Ui {
class MainWindow;
}

class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QTreeView;

namespace berth {

class ActionStates;
class CopyController;
class CredentialStore;
class DeleteController;
class MessageBanner;
class DeleteGate;
class FilterFeedback;
class InspectorController;
class SnapshotController;
class StorageController;
class UndoController;
class PermissionCache;
class ProfileStore;
class RegistryFilterProxy;
class RegistrySessions;
class RegistryTreeModel;

// The main window: the registry tree on the left, details and contents on the right, filter on top,
// counts and background progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegistryTreeModel *model() const { return m_model; }
    RegistryFilterProxy *proxy() const { return m_proxy; }
    RegistrySessions *sessions() const { return m_sessions; }
    DeleteController *deleteController() const { return m_deleter; }
    PermissionCache *permissions() const { return m_permissions; }
    InspectorController *inspector() const { return m_inspector; }
    StorageController *storage() const { return m_storage; }
    CopyController *copyController() const { return m_copier; }
    UndoController *undoController() const { return m_undo; }
    QTreeView *treeView() const;

    // Expands the path to a REF ("project/repo:tag") in the first registry and selects it once
    // loaded. Used by `berth --select` and the demo.
    void revealWhenLoaded(const QString &ref);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void restoreState();
    void saveState();
    void applyFilter();
    void onCurrentChanged();
    void onActivated(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void copyLines(const QStringList &lines, const QString &message);
    void copyPullCommands();
    void copyDigests();
    void copyNames();
    void refreshSelected();
    void searchServer();
    void updateStatus();
    void showAbout();
    void showExplain();
    void showCleanup(const QModelIndex &sourceIndex);
    void trustCertificate(const QPersistentModelIndex &registry, const ApiError &error);
    void showAccounts(const QString &profile);
    void showHistory();
    void showBannerDiagnosis();
    void prefetchPermissions(const QModelIndex &sourceIndex);
    void showRefusal(const QString &reason); // a delete the gate refused, and why
    void tryReveal();
    QModelIndexList selectedSourceRows() const;
    QModelIndex currentSource() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegistryTreeModel *m_model;
    RegistryFilterProxy *m_proxy;
    RegistrySessions *m_sessions;
    DeleteController *m_deleter;
    PermissionCache *m_permissions;
    std::unique_ptr<DeleteGate> m_gate;
    ActionStates *m_actionStates = nullptr; // enabled state of the delete and clean-up actions
    QLabel *m_countsLabel;
    QProgressBar *m_busy;
    QTimer *m_filterTimer;
    FilterFeedback *m_filterFeedback = nullptr;
    InspectorController *m_inspector = nullptr; // the Contents tab's loading
    StorageController *m_storage = nullptr; // the Storage tab's analyses
    CopyController *m_copier = nullptr; // Add tag…, Copy to…, drops
    SnapshotController *m_snapshots = nullptr; // the tree from a snapshot, the Changes view
    UndoController *m_undo = nullptr; // Edit → Undo
    MessageBanner *m_banner = nullptr;
    QString m_reveal; // pending REF to reveal
};

} // namespace berth
