#include "SnapshotController.h"

#include "ChangesView.h"
#include "connection/ConnectionFactory.h"
#include "credentials/ProfileStore.h"
#include "credentials/SnapshotFile.h"
#include "diagnosis/ErrorPresenter.h"
#include "MessageBanner.h"
#include "models/Logging.h"
#include "models/RegistryTreeModel.h"
#include "models/TreeSnapshot.h"
#include "RegistrySessions.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QLocale>
#include <QMainWindow>
#include <QTimer>
#include <QTreeView>

namespace berth {

namespace {

// Shown from the snapshot and not loading: fetched, or failed while the registry could not be
// reached (a refresh then keeps the snapshot's rows and adds an error row).
bool settled(const RegistryNode *n)
{
    return n->data && (n->data->state == FetchState::Fetched || n->data->state == FetchState::Failed);
}

// The registry has not answered for this container's rows yet.
bool hasUnconfirmedRows(const RegistryNode *n)
{
    for (const auto &c : n->children)
        if (c->kind != NodeKind::Loading && c->kind != NodeKind::Error)
            return c->unconfirmed;
    return false;
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

SnapshotController::SnapshotController(RegistryTreeModel *model, RegistrySessions *sessions, QTreeView *view,
    QAbstractProxyModel *proxy, MessageBanner *banner, ChangesView *changes, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_sessions(sessions)
    , m_view(view)
    , m_proxy(proxy)
    , m_banner(banner)
    , m_changes(changes)
{
    setObjectName(QStringLiteral("snapshotController"));
    connect(m_sessions, &RegistrySessions::opening, this, &SnapshotController::opening);
    connect(m_sessions, &RegistrySessions::opened, this, &SnapshotController::opened);
    connect(
        m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) { dataChanged(topLeft); });
    connect(m_model, &RegistryTreeModel::fetchFailed, this, &SnapshotController::fetchFailed);
    // An account leaves the window: its tree is written before its rows go.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid())
                return;
            for (int r = first; r <= last; ++r)
                save(m_model->node(m_model->index(r, 0)));
        });
    // A container shown from the snapshot and expanded now: ask the registry for it.
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &proxyIndex) {
        const QModelIndex src = m_proxy->mapToSource(proxyIndex);
        const RegistryNode *n = m_model->node(src);
        if (n && n->isContainer() && settled(n) && hasUnconfirmedRows(n) && n->registry()
            && !n->registry()->unconfirmed)
            refreshLive(src);
    });
    connect(m_changes, &ChangesView::rowActivated, this, &SnapshotController::activate);
}

SnapshotController::~SnapshotController() = default;

SnapshotController *SnapshotController::install(QMainWindow *window, RegistryTreeModel *model,
    RegistrySessions *sessions, QTreeView *view, QAbstractProxyModel *proxy, MessageBanner *banner)
{
    auto *changes = new ChangesView(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, changes);
    changes->hide();
    return new SnapshotController(model, sessions, view, proxy, banner, changes, window);
}

void SnapshotController::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
}

void SnapshotController::opening(const QString &profileName)
{
    // Before the keyring answers: the snapshot holds no secret and needs none.
    if (m_shown.contains(profileName))
        return;
    m_shown.insert(profileName, false);
    show(profileName);
}

void SnapshotController::opened(const QString &profileName)
{
    const auto it = m_shown.constFind(profileName);
    if (it != m_shown.cend() && *it)
        return; // a reconnect: the tree was emptied and loads live
    const bool shownWhileOpening = it != m_shown.cend();
    m_shown.insert(profileName, true);
    const QModelIndex registry = m_model->registryIndex(profileName);
    if (!shownWhileOpening) {
        if (show(profileName))
            refreshLive(registry);
        return;
    }
    // Connected now: the rows shown from the snapshot meanwhile are merged with the live ones.
    const RegistryNode *node = m_model->node(registry);
    if (node && node->unconfirmed && node->data && node->data->snapshotMs > 0)
        refreshLive(registry);
}

bool SnapshotController::show(const QString &profileName)
{
    const std::optional<Profile> profile = m_sessions->profiles()->find(profileName);
    const QModelIndex registry = m_model->registryIndex(profileName);
    const RegistryNode *node = m_model->node(registry);
    if (!profile || !node)
        return false; // accounts for this session only keep no snapshot
    // Before the connection exists the node knows neither its address nor its kind: the
    // profile says both, as the connection will.
    const bool connected = node->data->baseUrl.isValid();
    const QUrl baseUrl = connected ? node->data->baseUrl : ConnectionFactory::settingsFor(*profile).baseUrl;
    const bool plainRegistry = connected ? node->data->plainRegistry : profile->server == ServerKind::Registry;
    SnapshotContent content;
    const snapshot::Expect expect {
        snapshotfile::identityOf(*profile), baseUrl.toString(QUrl::FullyEncoded), QStringLiteral(BERTH_VERSION)};
    const QString refused = TreeSnapshot::load(snapshotfile::pathFor(profileName), expect, nullptr, content);
    if (refused.isEmpty() && content.header.plainRegistry != plainRegistry)
        content = SnapshotContent();
    if (!refused.isEmpty() || content.rows.empty()) {
        if (refused != QLatin1String("no snapshot"))
            qCInfo(lcModels).noquote() << "snapshot ignored:" << refused;
        return false;
    }
    qCInfo(lcModels).noquote() << "tree shown from a snapshot:" << content.tags << "tags";
    m_model->showSnapshot(registry, std::move(content));
    return true;
}

void SnapshotController::refreshLive(const QModelIndex &container)
{
    const RegistryNode *n = m_model->node(container);
    if (!n || !n->isContainer())
        return;
    Watch w;
    w.container = container;
    if (n->kind == NodeKind::Repository)
        for (const auto &c : n->children)
            if (c->kind == NodeKind::Tag)
                w.tagDigests.insert(c->name, c->digest());
    // After the fetch starts: starting cancels a running one, whose end must not count.
    m_model->refreshOne(container);
    m_watches.push_back(std::move(w));
}

void SnapshotController::dataChanged(const QModelIndex &topLeft)
{
    if (m_watches.empty())
        return;
    const QModelIndex row = topLeft.siblingAtColumn(0);
    const RegistryNode *n = m_model->node(row);
    if (!n || !n->data || n->data->state == FetchState::Fetching)
        return;
    std::vector<Watch> done;
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if (!it->container.isValid()) {
            it = m_watches.erase(it);
        } else if (it->container == row) {
            done.push_back(std::move(*it));
            it = m_watches.erase(it);
        } else {
            ++it;
        }
    }
    if (done.empty() || n->data->state != FetchState::Fetched)
        return;
    if (n->kind == NodeKind::Registry)
        reachable(row);
    if (n->kind == NodeKind::Repository)
        compare(n, done.front().tagDigests);
    followUp(n);
}

void SnapshotController::followUp(const RegistryNode *container)
{
    // What the user had open below: its rows are refreshed live; the rest when expanded.
    for (const auto &c : container->children) {
        if (c->kind == NodeKind::Folder) {
            followUp(c.get());
        } else if (c->isContainer() && settled(c.get()) && hasUnconfirmedRows(c.get()) && isExpanded(c.get())) {
            refreshLive(m_model->indexFor(c.get()));
        }
    }
}

bool SnapshotController::isExpanded(const RegistryNode *node) const
{
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexFor(node));
    return shown.isValid() && m_view->isExpanded(shown);
}

void SnapshotController::compare(const RegistryNode *repository, const QHash<QString, QString> &before)
{
    const QString repo = repository->data->fullName;
    QHash<QString, bool> seen;
    for (const auto &c : repository->children) {
        if (c->kind != NodeKind::Tag)
            continue;
        seen.insert(c->name, true);
        const auto old = before.constFind(c->name);
        const QModelIndex idx = m_model->indexFor(c.get());
        if (old == before.cend()) {
            m_model->setChange(idx, quint8(TreeChange::Added));
            m_changes->add(ChangesView::Kind::New, repo, c->name, c->digest(), idx);
        } else if (*old != c->digest()) {
            m_model->setChange(idx, quint8(TreeChange::Moved));
            m_changes->add(ChangesView::Kind::Moved, repo, c->name, *old + QStringLiteral(" → ") + c->digest(), idx);
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!seen.contains(it.key()))
            m_changes->add(ChangesView::Kind::Removed, repo, it.key(), it.value(), m_model->indexFor(repository));
    if (m_changes->rowCount() > 0)
        m_changes->show();
}

void SnapshotController::reachable(const QModelIndex &registry)
{
    const RegistryNode *n = m_model->node(registry);
    const bool wasOffline = m_offline.contains(n->name);
    if (auto o = m_offline.take(n->name); o.timer)
        o.timer->deleteLater();
    if (n->unconfirmed)
        m_model->confirmSnapshot(registry);
    if (wasOffline && m_banner->registry() == registry)
        m_banner->hide();
}

void SnapshotController::fetchFailed(const QModelIndex &node, const ApiError &error)
{
    const RegistryNode *n = m_model->node(node);
    if (!n || n->kind != NodeKind::Registry || !n->unconfirmed || n->data->snapshotMs <= 0)
        return;
    // Only what a later attempt may cure: no answer at all (DNS, refused, reset), a timeout, a
    // TLS failure (its own banner offers to trust the certificate).
    const auto kind = error.kind;
    if (kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout && kind != ApiError::Kind::Tls)
        return;
    const QString name = n->name;
    Offline &o = m_offline[name];
    o.delayMs = o.delayMs ? std::min(o.delayMs * 2, m_maxDelayMs) : m_firstDelayMs;
    if (kind != ApiError::Kind::Tls)
        m_banner->show(tr("%1 cannot be reached (%2). Showing the snapshot of %3, read-only; trying again in "
                          "the background.")
                           .arg(name, ErrorPresenter::present(error).title, localTime(n->data->snapshotMs)),
            node, error);
    if (!o.timer) {
        o.timer = new QTimer(this);
        o.timer->setSingleShot(true);
        connect(o.timer, &QTimer::timeout, this, [this, name] {
            const QModelIndex registry = m_model->registryIndex(name);
            const RegistryNode *r = m_model->node(registry);
            if (r && r->unconfirmed)
                refreshLive(registry);
        });
    }
    o.timer->start(o.delayMs);
}

void SnapshotController::activate(const QPersistentModelIndex &sourceRow)
{
    if (!sourceRow.isValid())
        return;
    const QModelIndex shown = m_proxy->mapFromSource(sourceRow);
    if (!shown.isValid())
        return;
    m_view->scrollTo(shown);
    m_view->setCurrentIndex(shown);
}

void SnapshotController::saveAll()
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        save(m_model->node(m_model->index(r, 0)));
}

void SnapshotController::save(const RegistryNode *registry)
{
    if (!registry || registry->kind != NodeKind::Registry || !registry->data)
        return;
    // A tree the registry never confirmed this session is the old snapshot: keep its file and
    // its time. Accounts for this session only keep none.
    if (registry->unconfirmed || registry->data->state != FetchState::Fetched)
        return;
    const std::optional<Profile> profile = m_sessions->profiles()->find(registry->name);
    if (!profile)
        return;
    const QByteArray bytes = TreeSnapshot::encode(registry, snapshotfile::identityOf(*profile),
        QDateTime::currentMSecsSinceEpoch(), QStringLiteral(BERTH_VERSION));
    QString error;
    if (!TreeSnapshot::writeFile(snapshotfile::pathFor(registry->name), bytes, &error))
        qCWarning(lcModels).noquote() << "snapshot not written:" << error;
}

} // namespace berth
