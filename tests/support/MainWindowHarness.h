#pragma once

#include "SimServer.h"

#include <memory>
#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QTemporaryDir>

class QSettings;
class QTreeView;

namespace berth {
class InMemoryCredentialStore;
class MainWindow;
class ProfileStore;
class RegistryFilterProxy;
class RegistryTreeModel;
} // namespace berth

// A real MainWindow on harbor-sim for GUI tests: private settings, an in-memory keychain, one
// registry opened with the given robot, and helpers to reach rows by name.
class MainWindowHarness
{
public:
    MainWindowHarness();
    ~MainWindowHarness();

    // Opens the sim as a session-only registry with these credentials; an empty user opens no
    // registry at all (for tests that add their own).
    bool start(const QString &user, const QString &secret, const QStringList &simOptions = {});

    SimServer sim;
    berth::MainWindow *window() const { return m_window.get(); }
    // A widget of the window by its object name (from the .ui forms), or null with a warning.
    QObject *findChildNamed(const char *name) const;
    template<class T>
    T *child(const char *name) const
    {
        return qobject_cast<T *>(findChildNamed(name));
    }
    berth::RegistryTreeModel *model() const;
    berth::RegistryFilterProxy *proxy() const;
    QTreeView *tree() const;
    berth::ProfileStore *profiles() const { return m_profiles.get(); }
    berth::InMemoryCredentialStore *keychain() const { return m_keychain.get(); }
    QString settingsPath() const;
    QString tempPath(const QString &name) const;

    // Proxy indexes. open() expands each name from the registry down and waits for its rows.
    QPersistentModelIndex open(const QStringList &path);
    QModelIndex child(const QModelIndex &parent, const QString &name) const;
    void select(const QList<QModelIndex> &rows);
    bool waitIdle(int timeoutMs = 30000) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<berth::ProfileStore> m_profiles;
    std::unique_ptr<berth::InMemoryCredentialStore> m_keychain;
    std::unique_ptr<berth::MainWindow> m_window;
};
