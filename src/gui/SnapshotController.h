#pragma once

#include "api/ApiError.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <vector>

class QAbstractProxyModel;
class QMainWindow;
class QTimer;
class QTreeView;

namespace berth {

class ChangesView;
class MessageBanner;
class RegistrySessions;
class RegistryTreeModel;
struct RegistryNode;

// The tree from a snapshot before the network answers: shows a profile's last snapshot as soon
// as it opens (rows unconfirmed, deletes greyed), asks the registry, then the expanded
// containers below it, and merges what comes (TreeStore::mergeChildren keeps expansion and
// selection). Lists what changed since the snapshot, shows the snapshot read-only with a banner
// while the registry cannot be reached and keeps retrying with a backoff, and writes the
// snapshot again when the profile's tree closes. MainWindow only wires it.
class SnapshotController : public QObject
{
    Q_OBJECT

public:
    SnapshotController(RegistryTreeModel *model, RegistrySessions *sessions, QTreeView *view,
        QAbstractProxyModel *proxy, MessageBanner *banner, ChangesView *changes, QObject *parent = nullptr);
    ~SnapshotController() override;
    // Made for a window: the "Changes" view docks at its bottom, hidden until there are changes.
    static SnapshotController *install(QMainWindow *window, RegistryTreeModel *model, RegistrySessions *sessions,
        QTreeView *view, QAbstractProxyModel *proxy, MessageBanner *banner);

    // The window closes: every open profile's tree is written.
    void saveAll();
    // Retry delays (ms): the first, doubling up to the last. Tests shorten them.
    void setRetryDelays(int firstMs, int maxMs);

private:
    struct Watch
    {
        QPersistentModelIndex container;
        QHash<QString, QString> tagDigests; // a repository's tags as the snapshot had them
    };
    struct Offline
    {
        QTimer *timer = nullptr;
        int delayMs = 0;
    };

    void opening(const QString &profileName);
    void opened(const QString &profileName);
    // Shows the profile's snapshot, if it has a usable one; true if it did.
    bool show(const QString &profileName);
    void save(const RegistryNode *registry);
    void dataChanged(const QModelIndex &topLeft);
    void fetchFailed(const QModelIndex &node, const ApiError &error);
    void refreshLive(const QModelIndex &container);
    void followUp(const RegistryNode *container);
    void compare(const RegistryNode *repository, const QHash<QString, QString> &before);
    void reachable(const QModelIndex &registry);
    void activate(const QPersistentModelIndex &sourceRow);
    bool isExpanded(const RegistryNode *node) const;

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    QTreeView *m_view;
    QAbstractProxyModel *m_proxy;
    MessageBanner *m_banner;
    ChangesView *m_changes;
    std::vector<Watch> m_watches;
    QHash<QString, Offline> m_offline; // by profile name
    // Profiles whose snapshot was offered this session: false while their secret is read (the
    // tree may show from the snapshot already), true once connected.
    QHash<QString, bool> m_shown;
    int m_firstDelayMs = 5000;
    int m_maxDelayMs = 300000;
};

} // namespace berth
