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
class QProgressBar;
class QTimer;
class QTreeView;

namespace berth {

class CredentialStore;
class ProfileStore;
class RegistryFilterProxy;
class RegistrySessions;
class RegistryTreeModel;

// The main window: the registry tree on the left, details on the right, filter on top,
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
    void copyPullCommands();
    void copyDigests();
    void copyNames();
    void refreshSelected();
    void openInWebUi();
    void searchServer();
    void updateStatus();
    void showBanner(const QString &text, const QModelIndex &registry, const ApiError &error);
    void hideBanner();
    void showAbout();
    void tryReveal();
    QModelIndexList selectedSourceRows() const;
    QModelIndex currentSource() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    RegistryTreeModel *m_model;
    RegistryFilterProxy *m_proxy;
    RegistrySessions *m_sessions;
    QLabel *m_countsLabel;
    QProgressBar *m_busy;
    QTimer *m_filterTimer;
    QPersistentModelIndex m_bannerRegistry;
    ApiError m_bannerError;
    QString m_reveal; // pending REF to reveal
};

} // namespace berth
