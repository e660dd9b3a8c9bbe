#include "RegistryTreeModel.h"

#include "api/HarborClient.h"
#include "core/HarborJson.h"
#include "Logging.h"
#include "ModelIcons.h"

#include <algorithm>
#include <map>
#include <QLocale>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QSet>

namespace berth {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return RegistryTreeModel::tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString kindText(Artifact::Kind k)
{
    switch (k) {
    case Artifact::Kind::Image:
        return RegistryTreeModel::tr("image");
    case Artifact::Kind::Index:
        return RegistryTreeModel::tr("index");
    case Artifact::Kind::Chart:
        return RegistryTreeModel::tr("chart");
    case Artifact::Kind::Other:
        return RegistryTreeModel::tr("other");
    }
    return {};
}

QString shortDigest(const QString &digest)
{
    const int colon = digest.indexOf(QLatin1Char(':'));
    return colon < 0 ? digest.left(12) : digest.left(colon + 1 + 12);
}

// Media types repeat across thousands of artifacts: keep one copy of each string.
QString intern(const QString &s)
{
    static QSet<QString> pool;
    if (s.isEmpty())
        return {};
    auto it = pool.constFind(s);
    if (it != pool.cend())
        return *it;
    if (pool.size() > 4096)
        return s; // a hostile server must not grow this without bound
    pool.insert(s);
    return s;
}

} // namespace

RegistryTreeModel::RegistryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<RegistryNode>(NodeKind::Folder, nullptr, QString()))
    , m_rowBatchTimer(new QTimer(this))
{
    m_rowBatchTimer->setSingleShot(true);
    m_rowBatchTimer->setInterval(kRowBatchMs);
    connect(m_rowBatchTimer, &QTimer::timeout, this, &RegistryTreeModel::insertAllPendingRows);
}

RegistryTreeModel::~RegistryTreeModel()
{
    // Stop the fetches first: their callbacks hold raw node pointers.
    std::function<void(RegistryNode *)> stop = [&stop](RegistryNode *n) {
        if (n->data) {
            ++n->data->generation;
            n->data->alive.reset();
            if (n->data->job)
                n->data->job->abort();
        }
        for (auto &c : n->children)
            stop(c.get());
    };
    blockSignals(true);
    stop(m_root.get());
}

RegistryNode *RegistryTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<RegistryNode *>(index.internalPointer());
}

const RegistryNode *RegistryTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index) : nullptr;
}

QModelIndex RegistryTreeModel::indexFor(const RegistryNode *n, int column) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(n->row, column, const_cast<RegistryNode *>(n));
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= int(Column::Count) || (parent.isValid() && parent.column() != 0))
        return {};
    const RegistryNode *p = nodeAt(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const RegistryNode *n = nodeAt(child);
    return indexFor(n->parent);
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const RegistryNode *n = nodeAt(parent);
    if (n->isContainer() && n->data && n->data->state == FetchState::NotFetched)
        return true;
    return !n->children.empty();
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const RegistryNode *n = nodeAt(parent);
    return n->isContainer() && n->data && n->data->state == FetchState::NotFetched;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startFetch(nodeAt(parent), false);
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const RegistryNode *n = nodeAt(index);
    if (n->kind == NodeKind::Loading)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant RegistryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Digest:
        return tr("Digest");
    case Column::Size:
        return tr("Size");
    case Column::Pushed:
        return tr("Pushed");
    case Column::Pulled:
        return tr("Pulled");
    case Column::Type:
        return tr("Type");
    case Column::Platforms:
        return tr("Platforms");
    case Column::Labels:
        return tr("Labels");
    case Column::Vulnerabilities:
        return tr("Vulnerabilities");
    case Column::Immutable:
        return tr("Immutable");
    case Column::SharedTags:
        return tr("Tags on digest");
    case Column::Count:
        break;
    }
    return {};
}

QString RegistryTreeModel::displayName(const RegistryNode *n) const
{
    switch (n->kind) {
    case NodeKind::Registry: {
        QString s = n->name;
        if (n->data->credentialState == QLatin1String("rejected") && !n->data->anonymousAccepted)
            s += tr(" — credentials rejected");
        else if (!n->data->accountLabel.isEmpty())
            s += QStringLiteral(" — ") + n->data->accountLabel;
        return s;
    }
    case NodeKind::Digest:
        return QLatin1Char('@') + shortDigest(n->artifact ? n->artifact->digest : QString());
    case NodeKind::Loading:
        if (n->parent && n->parent->data && n->parent->data->total > 0)
            return tr("Loading… %1 of %2")
                .arg(QLocale::system().toString(n->parent->data->loaded),
                    QLocale::system().toString(n->parent->data->total));
        return tr("Loading…");
    case NodeKind::Error:
        return tr("Failed: %1 (Enter or double-click to retry)").arg(n->extra);
    default:
        return n->name;
    }
}

QVariant RegistryTreeModel::columnText(const RegistryNode *n, Column c) const
{
    if (c == Column::Name)
        return displayName(n);
    const ArtifactRecord *a = n->artifact;
    switch (n->kind) {
    case NodeKind::Project:
        if (c == Column::Type)
            return n->data->isPublic ? tr("public project") : tr("private project");
        return {};
    case NodeKind::Repository:
        if (c == Column::Type)
            return tr("repository");
        if (c == Column::SharedTags)
            return {};
        if (c == Column::Pushed && n->data->updateTime.isValid())
            return timeText(toMs(n->data->updateTime));
        return {};
    case NodeKind::Tag:
    case NodeKind::Digest:
        if (!a)
            return {};
        switch (c) {
        case Column::Digest:
            return shortDigest(a->digest);
        case Column::Size:
            return humanSize(a->size);
        case Column::Pushed:
            return timeText(n->pushMs ? n->pushMs : a->pushMs);
        case Column::Pulled:
            return timeText(n->kind == NodeKind::Tag ? n->pullMs : a->pullMs);
        case Column::Type:
            return kindText(a->kind);
        case Column::Platforms:
            return a->platforms;
        case Column::Labels:
            return a->labels;
        case Column::Vulnerabilities:
            if (a->scanSeverity.isEmpty())
                return {};
            return tr("%1 · %2 (%3 fixable)").arg(a->scanSeverity).arg(a->scanTotal).arg(a->scanFixable);
        case Column::Immutable:
            return n->immutable ? tr("immutable") : QString();
        case Column::SharedTags:
            return a->tagNames.size();
        default:
            return {};
        }
    case NodeKind::Child:
        if (c == Column::Digest)
            return shortDigest(n->extra);
        if (c == Column::Type)
            return tr("platform");
        return {};
    case NodeKind::Accessory:
        if (c == Column::Digest)
            return shortDigest(n->extra);
        if (c == Column::Type)
            return tr("accessory");
        return {};
    default:
        return {};
    }
}

QVariant RegistryTreeModel::sortValue(const RegistryNode *n, Column c) const
{
    const ArtifactRecord *a = n->artifact;
    switch (c) {
    case Column::Size:
        return a ? a->size : (n->data ? n->data->count : 0);
    case Column::Pushed:
        if (n->kind == NodeKind::Repository)
            return toMs(n->data->updateTime);
        return a ? (n->pushMs ? n->pushMs : a->pushMs) : 0;
    case Column::Pulled:
        return a ? (n->kind == NodeKind::Tag ? n->pullMs : a->pullMs) : 0;
    case Column::SharedTags:
        return a ? a->tagNames.size() : 0;
    case Column::Immutable:
        return n->immutable ? 1 : 0;
    case Column::Digest:
        return a ? a->digest : n->extra;
    default:
        return columnText(n, c);
    }
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RegistryNode *n = nodeAt(index);
    const Column c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return columnText(n, c);
    case Qt::ToolTipRole:
        if (!m_rowErrors.isEmpty() && m_rowErrors.contains(n))
            return m_rowErrors.value(n);
        if (c == Column::Digest && n->artifact)
            return n->kind == NodeKind::Child || n->kind == NodeKind::Accessory ? n->extra : n->artifact->digest;
        if (n->kind == NodeKind::Repository)
            return tr("%1 (%n artifact(s))", nullptr, int(n->data->count)).arg(n->extra);
        if (n->kind == NodeKind::Error || (n->data && n->data->state == FetchState::Failed))
            return n->kind == NodeKind::Error ? n->extra : n->data->error.summary();
        if (n->kind == NodeKind::Registry && n->data->client)
            return n->data->client->baseUrl().toString();
        return {};
    case Qt::BackgroundRole:
        if (!m_planned.isEmpty() && isPlannedRemoval(index))
            return ModelIcons::plannedBrush();
        return {};
    case Qt::ForegroundRole:
        if (!m_rowErrors.isEmpty() && m_rowErrors.contains(n))
            return ModelIcons::errorBrush();
        if (n->kind == NodeKind::Digest || n->kind == NodeKind::Loading || n->kind == NodeKind::Child
            || n->kind == NodeKind::Accessory)
            return ModelIcons::dimmedBrush();
        if (n->kind == NodeKind::Error)
            return ModelIcons::errorBrush();
        return {};
    case Qt::DecorationRole:
        if (c == Column::Name && !m_rowErrors.isEmpty() && m_rowErrors.contains(n))
            return ModelIcons::warning();
        if (c == Column::Name)
            return ModelIcons::forNode(n);
        if (c == Column::Immutable && n->immutable)
            return ModelIcons::lock();
        return {};
    case SortRole:
        return sortValue(n, c);
    case KindRole:
        return int(n->kind);
    case FetchStateRole:
        return n->data ? int(n->data->state) : -1;
    case DigestRole:
        if (n->kind == NodeKind::Child || n->kind == NodeKind::Accessory)
            return n->extra;
        return n->artifact ? n->artifact->digest : QString();
    case RepositoryRole:
        return n->repositoryFullName();
    case ProjectRole: {
        const RegistryNode *p = const_cast<RegistryNode *>(n)->project();
        return p ? p->name : QString();
    }
    case TagRole:
        return n->kind == NodeKind::Tag ? n->name : QString();
    case RegistryUrlRole: {
        const RegistryNode *r = const_cast<RegistryNode *>(n)->registry();
        return r && r->data->client ? r->data->client->baseUrl() : QUrl();
    }
    case ErrorTextRole:
        if (n->kind == NodeKind::Error)
            return n->extra;
        if (!m_rowErrors.isEmpty() && m_rowErrors.contains(n))
            return m_rowErrors.value(n);
        return n->data && n->data->state == FetchState::Failed ? n->data->error.summary() : QString();
    case FilterTextRole:
        if (n->kind == NodeKind::Repository)
            return n->extra;
        if (n->kind == NodeKind::Digest && n->artifact)
            return n->artifact->digest;
        return n->name;
    case ImmutableRole:
        return n->immutable;
    case CredentialStateRole:
        return n->kind == NodeKind::Registry ? n->data->credentialState : QString();
    default:
        return {};
    }
}

// ---- registries

QModelIndex RegistryTreeModel::addRegistry(const QString &name, HarborClient *client, const QString &accountLabel)
{
    const int row = int(m_root->children.size());
    auto n = std::make_unique<RegistryNode>(NodeKind::Registry, m_root.get(), name);
    n->data = std::make_unique<ContainerData>();
    n->data->client = client;
    n->data->accountLabel = accountLabel;
    n->row = row;
    beginInsertRows({}, row, row);
    m_root->children.push_back(std::move(n));
    endInsertRows();
    return index(row, 0);
}

void RegistryTreeModel::removeRegistry(const QModelIndex &registry)
{
    RegistryNode *n = nodeAt(registry);
    if (!registry.isValid() || n->kind != NodeKind::Registry)
        return;
    removeChildAt(m_root.get(), n->row);
}

HarborClient *RegistryTreeModel::clientFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    RegistryNode *r = nodeAt(index)->registry();
    return r ? r->data->client.data() : nullptr;
}

QModelIndex RegistryTreeModel::registryIndex(const QString &name) const
{
    for (const auto &c : m_root->children)
        if (c->name == name)
            return indexFor(c.get());
    return {};
}

void RegistryTreeModel::setRegistryUnavailable(const QModelIndex &registry, const QString &message)
{
    RegistryNode *n = nodeAt(registry);
    if (!registry.isValid() || n->kind != NodeKind::Registry)
        return;
    cancelFetch(n);
    clearChildren(n);
    n->data->state = FetchState::Failed;
    n->data->error = {};
    n->data->error.detail = message;
    auto row = std::make_unique<RegistryNode>(NodeKind::Error, n, QString());
    row->extra = message;
    std::vector<std::unique_ptr<RegistryNode>> rows;
    rows.push_back(std::move(row));
    appendChildren(n, std::move(rows));
    Q_EMIT dataChanged(indexFor(n), indexFor(n, int(Column::Count) - 1));
}

void RegistryTreeModel::setRegistryClient(
    const QModelIndex &registry, HarborClient *client, const QString &accountLabel)
{
    RegistryNode *n = nodeAt(registry);
    if (!registry.isValid() || n->kind != NodeKind::Registry)
        return;
    cancelFetch(n);
    clearChildren(n);
    n->data->client = client;
    n->data->accountLabel = accountLabel;
    n->data->credentialState.clear();
    n->data->anonymousAccepted = false;
    n->data->state = FetchState::NotFetched;
    Q_EMIT dataChanged(indexFor(n), indexFor(n, int(Column::Count) - 1));
}

void RegistryTreeModel::continueAnonymously(const QModelIndex &registry)
{
    RegistryNode *n = nodeAt(registry);
    if (!registry.isValid() || n->kind != NodeKind::Registry)
        return;
    n->data->anonymousAccepted = true;
    n->data->accountLabel = tr("anonymous (public projects only)");
    clearChildren(n);
    n->data->state = FetchState::NotFetched;
    Q_EMIT dataChanged(indexFor(n), indexFor(n, int(Column::Count) - 1));
    startFetch(n, false);
}

// ---- fetching

void RegistryTreeModel::startFetch(RegistryNode *node, bool merge)
{
    if (!node->isContainer() || !node->data)
        return;
    RegistryNode *registry = node->registry();
    if (!registry || !registry->data->client)
        return;
    cancelFetch(node);
    if (!merge)
        clearChildren(node);
    else
        // A failed node has only its error row: drop it before merging fresh data.
        for (int i = int(node->children.size()) - 1; i >= 0; --i)
            if (node->children[size_t(i)]->kind == NodeKind::Error)
                removeChildAt(node, i);
    switch (node->kind) {
    case NodeKind::Registry:
        fetchProjects(node, merge);
        break;
    case NodeKind::Project:
        fetchRepositories(node, merge);
        break;
    case NodeKind::Repository:
        fetchArtifacts(node, merge);
        break;
    default:
        break;
    }
}

void RegistryTreeModel::fetchStarted(RegistryNode *node)
{
    node->data->state = FetchState::Fetching;
    node->data->loaded = 0;
    node->data->total = -1;
    node->data->error = {};
    setLoadingRow(node, true);
    if (m_activeFetches++ == 0)
        Q_EMIT loadingChanged(true);
}

void RegistryTreeModel::fetchEnded(RegistryNode *node, const ApiError &error, RowChanges rowChanges)
{
    if (rowChanges == RowChanges::Now)
        setLoadingRow(node, false);
    node->data->job.clear();
    if (error && error.kind != ApiError::Kind::Cancelled) {
        node->data->state = FetchState::Failed;
        node->data->error = error;
        auto row = std::make_unique<RegistryNode>(NodeKind::Error, node, QString());
        row->extra = error.summary();
        std::vector<std::unique_ptr<RegistryNode>> rows;
        rows.push_back(std::move(row));
        appendChildren(node, std::move(rows));
        qCWarning(lcModels).noquote() << "fetch failed:" << error.summary();
    } else if (error.kind == ApiError::Kind::Cancelled) {
        node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
    } else {
        node->data->state = FetchState::Fetched;
    }
    const QModelIndex idx = indexFor(node);
    Q_EMIT dataChanged(idx, indexFor(node, int(Column::Count) - 1));
    if (error && error.kind != ApiError::Kind::Cancelled)
        Q_EMIT fetchFailed(idx, error);
    if (--m_activeFetches == 0) {
        insertAllPendingRows(); // whoever waits for the end sees every row
#ifdef __GLIBC__
        // Hundreds of reply bodies came and went; hand the freed heap back to the system.
        malloc_trim(0);
#endif
        Q_EMIT loadingChanged(false);
    }
}

void RegistryTreeModel::setLoadingRow(RegistryNode *node, bool on)
{
    const bool has = !node->children.empty() && node->children.back()->kind == NodeKind::Loading;
    if (on && !has) {
        std::vector<std::unique_ptr<RegistryNode>> rows;
        rows.push_back(std::make_unique<RegistryNode>(NodeKind::Loading, node, QString()));
        appendChildren(node, std::move(rows));
    } else if (!on && has) {
        removeChildAt(node, int(node->children.size()) - 1);
    }
}

void RegistryTreeModel::updateLoadingRow(RegistryNode *node)
{
    if (!node->children.empty() && node->children.back()->kind == NodeKind::Loading) {
        const QModelIndex idx = indexFor(node->children.back().get());
        Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole});
    }
}

void RegistryTreeModel::fetchProjects(RegistryNode *registry, bool merge)
{
    HarborClient *client = registry->data->client;
    fetchStarted(registry);
    const quint64 gen = registry->data->generation;
    // Never silently anonymous: ask Harbor who we are before showing anything.
    std::weak_ptr<char> alive = registry->data->alive;
    client->verifyCredentials(this, [this, registry, client, gen, merge, alive](const CredentialVerdict &v) {
        if (alive.expired() || registry->data->generation != gen)
            return;
        registry->data->credentialState = CredentialVerdict::stateName(v.state);
        if (v.state == CredentialVerdict::State::Rejected && !registry->data->anonymousAccepted) {
            registry->data->credentialError = v.error;
            ApiError e = v.error;
            fetchEnded(registry, e);
            Q_EMIT credentialsRejected(indexFor(registry), v.error);
            return;
        }
        auto projects = std::make_shared<QList<Project>>();
        registry->data->job = client->listProjects(
            {}, this,
            [this, registry, projects, gen, alive](const QList<Project> &items, qint64) {
                if (alive.expired() || registry->data->generation != gen)
                    return;
                *projects += items;
                registry->data->loaded = projects->size();
                if (registry->data->job)
                    registry->data->total = registry->data->job->totalCount().value_or(-1);
                updateLoadingRow(registry);
            },
            [this, registry, projects, gen, merge, alive](const ApiError &e) {
                if (alive.expired() || registry->data->generation != gen)
                    return;
                std::vector<std::unique_ptr<RegistryNode>> nodes;
                for (const Project &p : *projects) {
                    auto n = std::make_unique<RegistryNode>(NodeKind::Project, registry, p.name);
                    n->data = std::make_unique<ContainerData>();
                    n->data->projectId = p.id;
                    n->data->isPublic = p.isPublic;
                    n->data->count = p.repoCount;
                    nodes.push_back(std::move(n));
                }
                setLoadingRow(registry, false);
                if (merge)
                    mergeChildren(registry, std::move(nodes));
                else
                    appendChildren(registry, std::move(nodes));
                fetchEnded(registry, e);
            });
    });
}

void RegistryTreeModel::fetchRepositories(RegistryNode *project, bool merge)
{
    RegistryNode *registry = project->registry();
    HarborClient *client = registry->data->client;
    fetchStarted(project);
    const quint64 gen = project->data->generation;
    std::weak_ptr<char> alive = project->data->alive;
    auto repos = std::make_shared<QList<Repository>>();
    project->data->job = client->listRepositories(
        project->name, {}, this,
        [this, project, repos, gen, alive](const QList<Repository> &items, qint64) {
            if (alive.expired() || project->data->generation != gen)
                return;
            *repos += items;
            project->data->loaded = repos->size();
            if (project->data->job)
                project->data->total = project->data->job->totalCount().value_or(-1);
            updateLoadingRow(project);
        },
        [this, project, repos, gen, merge, alive](const ApiError &e) {
            if (alive.expired() || project->data->generation != gen)
                return;
            // Build folders for nested names: team/backend/api -> backend > api.
            std::vector<std::unique_ptr<RegistryNode>> top;
            std::map<QString, RegistryNode *> folders;
            for (const Repository &r : *repos) {
                const QStringList parts = r.pathName().split(QLatin1Char('/'), Qt::SkipEmptyParts);
                if (parts.isEmpty())
                    continue;
                RegistryNode *parent = nullptr;
                QString path;
                for (int i = 0; i + 1 < parts.size(); ++i) {
                    path += parts[i] + QLatin1Char('/');
                    auto it = folders.find(path);
                    if (it == folders.end()) {
                        auto f = std::make_unique<RegistryNode>(NodeKind::Folder, parent ? parent : project, parts[i]);
                        RegistryNode *raw = f.get();
                        if (parent) {
                            f->row = int(parent->children.size());
                            parent->children.push_back(std::move(f));
                        } else {
                            top.push_back(std::move(f));
                        }
                        it = folders.emplace(path, raw).first;
                    }
                    parent = it->second;
                }
                auto n = std::make_unique<RegistryNode>(NodeKind::Repository, parent ? parent : project, parts.last());
                n->extra = r.name;
                n->data = std::make_unique<ContainerData>();
                n->data->count = r.artifactCount;
                n->data->updateTime = r.updateTime;
                if (parent) {
                    n->row = int(parent->children.size());
                    parent->children.push_back(std::move(n));
                } else {
                    top.push_back(std::move(n));
                }
            }
            setLoadingRow(project, false);
            if (merge)
                mergeChildren(project, std::move(top));
            else
                appendChildren(project, std::move(top));
            fetchEnded(project, e);
        });
}

// Platform children and accessories hang under every row of their artifact.
static void addNestedRows(RegistryNode *subject, ArtifactRecord *raw)
{
    for (const ChildReference &c : raw->references) {
        auto child = std::make_unique<RegistryNode>(
            NodeKind::Child, subject, c.platform.isEmpty() ? c.childDigest : c.platform.toString());
        child->artifact = raw;
        child->extra = c.childDigest;
        child->row = int(subject->children.size());
        subject->children.push_back(std::move(child));
    }
    for (const Accessory &acc : raw->accessories) {
        auto n = std::make_unique<RegistryNode>(NodeKind::Accessory, subject, acc.type);
        n->artifact = raw;
        n->extra = acc.digest;
        n->row = int(subject->children.size());
        subject->children.push_back(std::move(n));
    }
}

void RegistryTreeModel::addArtifactRows(RegistryNode *repository, const QList<Artifact> &artifacts,
    std::vector<std::unique_ptr<RegistryNode>> &out, std::vector<std::unique_ptr<ArtifactRecord>> &records)
{
    for (const Artifact &a : artifacts) {
        auto rec = std::make_unique<ArtifactRecord>();
        rec->digest = a.digest;
        rec->size = a.size;
        rec->pushMs = toMs(a.pushTime);
        rec->pullMs = toMs(a.pullTime);
        rec->mediaType = intern(a.mediaType);
        rec->manifestMediaType = intern(a.manifestMediaType);
        rec->kind = a.kind();
        rec->artifactId = a.id;
        QStringList platforms;
        for (const ChildReference &c : a.references)
            if (!c.platform.isEmpty())
                platforms << c.platform.toString();
        rec->platforms = platforms.join(QStringLiteral(", "));
        QStringList labels;
        for (const Label &l : a.labels)
            labels << l.name;
        rec->labels = labels.join(QStringLiteral(", "));
        if (a.scan.present) {
            rec->scanSeverity = a.scan.severity;
            rec->scanTotal = a.scan.total;
            rec->scanFixable = a.scan.fixable;
            QStringList parts;
            for (auto it = a.scan.bySeverity.cbegin(); it != a.scan.bySeverity.cend(); ++it)
                parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            rec->scanSummary = parts.join(QStringLiteral(", "));
        }
        rec->references = a.references;
        rec->accessories = a.accessories;
        for (const Tag &t : a.tags)
            rec->tagNames << t.name;
        ArtifactRecord *raw = rec.get();

        if (a.tags.isEmpty()) {
            auto n = std::make_unique<RegistryNode>(NodeKind::Digest, repository, QString());
            n->artifact = raw;
            addNestedRows(n.get(), raw);
            out.push_back(std::move(n));
        }
        for (const Tag &t : a.tags) {
            auto n = std::make_unique<RegistryNode>(NodeKind::Tag, repository, t.name);
            n->artifact = raw;
            n->pushMs = toMs(t.pushTime);
            n->pullMs = toMs(t.pullTime);
            n->immutable = t.immutable;
            addNestedRows(n.get(), raw);
            out.push_back(std::move(n));
        }
        records.push_back(std::move(rec));
    }
}

void RegistryTreeModel::fetchArtifacts(RegistryNode *repository, bool merge)
{
    fetchStarted(repository);
    // Expanding many repositories at once must not put hundreds of replies in flight: their
    // bodies pile up in memory and their parsing blocks the GUI in one go. Queue beyond a few.
    if (m_artifactFetches >= kMaxArtifactFetches) {
        m_artifactQueue.push_back({repository->data->alive, repository, repository->data->generation, merge});
        return;
    }
    issueArtifacts(repository, merge);
}

void RegistryTreeModel::pumpArtifactQueue()
{
    while (m_artifactFetches < kMaxArtifactFetches && !m_artifactQueue.empty()) {
        const QueuedFetch q = m_artifactQueue.front();
        m_artifactQueue.pop_front();
        if (q.alive.expired() || q.node->data->generation != q.generation
            || q.node->data->state != FetchState::Fetching)
            continue; // cancelled, refreshed or removed while waiting
        issueArtifacts(q.node, q.merge);
    }
}

void RegistryTreeModel::issueArtifacts(RegistryNode *repository, bool merge)
{
    ++m_artifactFetches;
    RegistryNode *registry = repository->registry();
    HarborClient *client = registry->data->client;
    const QString project = repository->project()->name;
    const quint64 gen = repository->data->generation;
    std::weak_ptr<char> alive = repository->data->alive;
    ArtifactQuery q;
    q.withAccessory = true;
    // A first load streams rows in; a refresh builds rows and records on the side and merges
    // them at the end, so a failed or cancelled refresh changes nothing.
    auto stagingRows = std::make_shared<std::vector<std::unique_ptr<RegistryNode>>>();
    auto stagingRecords = std::make_shared<std::vector<std::unique_ptr<ArtifactRecord>>>();
    repository->data->job = client->listArtifacts(
        project, repository->repositoryPath(), q, this,
        [this, repository, gen, merge, stagingRows, stagingRecords, alive](const QList<Artifact> &items, qint64) {
            if (alive.expired() || repository->data->generation != gen)
                return;
            repository->data->loaded += items.size();
            if (repository->data->job)
                repository->data->total = repository->data->job->totalCount().value_or(-1);
            if (merge) {
                addArtifactRows(repository, items, *stagingRows, *stagingRecords);
            } else {
                addArtifactRows(repository, items, repository->data->pendingRows, repository->data->artifacts);
                m_counts.artifacts += items.size();
                queuePendingRows(repository);
            }
            updateLoadingRow(repository);
        },
        [this, repository, gen, merge, stagingRows, stagingRecords, alive](const ApiError &e) {
            // The slot frees whatever became of the node; the next fetch starts on a later turn.
            --m_artifactFetches;
            QTimer::singleShot(0, this, &RegistryTreeModel::pumpArtifactQueue);
            if (alive.expired() || repository->data->generation != gen)
                return;
            if (!merge && !e) {
                // The rows and the "Loading…" row's removal go in the next batch.
                queuePendingRows(repository);
                fetchEnded(repository, e, RowChanges::Batched);
                Q_EMIT countsChanged();
                return;
            }
            insertPendingRows(repository);
            setLoadingRow(repository, false);
            if (merge && !e) {
                mergeChildren(repository, std::move(*stagingRows));
                // Every row now points at the new records; the old ones can go.
                m_counts.artifacts += qint64(stagingRecords->size()) - qint64(repository->data->artifacts.size());
                repository->data->artifacts.swap(*stagingRecords);
            }
            fetchEnded(repository, e);
            Q_EMIT countsChanged();
        });
}

// ---- structure changes

void RegistryTreeModel::queuePendingRows(RegistryNode *repository)
{
    m_pendingRepositories.emplace_back(repository->data->alive, repository);
    if (!m_rowBatchTimer->isActive())
        m_rowBatchTimer->start();
}

void RegistryTreeModel::insertPendingRows(RegistryNode *repository)
{
    if (!repository->data)
        return;
    if (!repository->data->pendingRows.empty())
        appendChildren(repository, std::exchange(repository->data->pendingRows, {}));
    if (repository->data->state != FetchState::Fetching)
        setLoadingRow(repository, false);
}

void RegistryTreeModel::insertAllPendingRows()
{
    const auto queued = std::exchange(m_pendingRepositories, {});
    for (const auto &[alive, repository] : queued)
        if (!alive.expired())
            insertPendingRows(repository);
}

void RegistryTreeModel::renumber(RegistryNode *parent, int from)
{
    for (size_t i = size_t(qMax(0, from)); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void RegistryTreeModel::countTree(const RegistryNode *n, int sign)
{
    switch (n->kind) {
    case NodeKind::Project:
        m_counts.projects += sign;
        break;
    case NodeKind::Repository:
        m_counts.repositories += sign;
        break;
    case NodeKind::Tag:
        m_counts.tags += sign;
        break;
    default:
        break;
    }
    for (const auto &c : n->children)
        countTree(c.get(), sign);
}

void RegistryTreeModel::appendChildren(RegistryNode *parent, std::vector<std::unique_ptr<RegistryNode>> nodes)
{
    if (nodes.empty())
        return;
    // New rows go before a trailing "Loading…" row.
    const bool loading = !parent->children.empty() && parent->children.back()->kind == NodeKind::Loading;
    const int first = int(parent->children.size()) - (loading ? 1 : 0);
    const int last = first + int(nodes.size()) - 1;
    beginInsertRows(indexFor(parent), first, last);
    for (auto &n : nodes) {
        n->parent = parent;
        countTree(n.get(), +1);
    }
    parent->children.insert(
        parent->children.begin() + first, std::make_move_iterator(nodes.begin()), std::make_move_iterator(nodes.end()));
    renumber(parent, first);
    endInsertRows();
    Q_EMIT countsChanged();
}

void RegistryTreeModel::removeChildAt(RegistryNode *parent, int row)
{
    if (row < 0 || row >= int(parent->children.size()))
        return;
    beginRemoveRows(indexFor(parent), row, row);
    std::unique_ptr<RegistryNode> gone = std::move(parent->children[size_t(row)]);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    countTree(gone.get(), -1);
    endRemoveRows();
    detach(gone.get());
}

void RegistryTreeModel::cancelFetch(RegistryNode *node)
{
    if (!node->data)
        return;
    ++node->data->generation; // late callbacks of the old fetch now return at once
    insertPendingRows(node); // what arrived before the cancel stays, as a partial list
    if (node->data->state == FetchState::Fetching) {
        node->data->state = node->children.empty() ? FetchState::NotFetched : FetchState::Fetched;
        if (node->data->job)
            node->data->job->abort();
        setLoadingRow(node, false);
        if (--m_activeFetches == 0) {
            insertAllPendingRows(); // whoever waits for the end sees every row
            Q_EMIT loadingChanged(false);
        }
    }
}

void RegistryTreeModel::setPlannedRemovals(const QSet<QString> &refs)
{
    if (refs == m_planned)
        return;
    m_planned = refs;
    // Colours only, on rows anywhere in the tree: views repaint on this signal rather than on
    // a dataChanged for every row.
    Q_EMIT plannedRemovalsChanged();
}

bool RegistryTreeModel::isPlannedRemoval(const QModelIndex &index) const
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    if (!n || m_planned.isEmpty() || !n->artifact)
        return false;
    if (n->kind == NodeKind::Tag)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char(':') + n->name);
    if (n->kind == NodeKind::Digest)
        return m_planned.contains(n->repositoryFullName() + QLatin1Char('@') + n->artifact->digest);
    return false;
}

void RegistryTreeModel::setRowError(const QModelIndex &index, const QString &error)
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    if (!n)
        return;
    if (error.isEmpty())
        m_rowErrors.remove(n);
    else
        m_rowErrors.insert(n, error);
    Q_EMIT dataChanged(indexFor(n), indexFor(n, int(Column::Count) - 1));
}

QString RegistryTreeModel::rowError(const QModelIndex &index) const
{
    const RegistryNode *n = node(index.siblingAtColumn(0));
    return n ? m_rowErrors.value(n) : QString();
}

void RegistryTreeModel::detach(RegistryNode *node)
{
    if (!m_rowErrors.isEmpty())
        m_rowErrors.remove(node);
    // Fetches under a removed subtree must not call back into freed nodes.
    if (node->data) {
        ++node->data->generation;
        if (node->data->state == FetchState::Fetching) {
            node->data->state = FetchState::NotFetched;
            if (node->data->job)
                node->data->job->abort();
            if (--m_activeFetches == 0)
                Q_EMIT loadingChanged(false);
        }
        node->data->alive.reset();
    }
    for (auto &c : node->children)
        detach(c.get());
}

void RegistryTreeModel::clearChildren(RegistryNode *node)
{
    if (node->children.empty())
        return;
    beginRemoveRows(indexFor(node), 0, int(node->children.size()) - 1);
    std::vector<std::unique_ptr<RegistryNode>> gone;
    gone.swap(node->children);
    for (auto &c : gone) {
        countTree(c.get(), -1);
        detach(c.get());
    }
    if (node->kind == NodeKind::Repository) {
        node->data->pendingRows.clear(); // they point at the records below
        m_counts.artifacts -= qint64(node->data->artifacts.size());
        node->data->artifacts.clear();
    }
    endRemoveRows();
    Q_EMIT countsChanged();
}

void RegistryTreeModel::mergeChildren(RegistryNode *parent, std::vector<std::unique_ptr<RegistryNode>> fresh)
{
    std::map<QString, RegistryNode *> byKey;
    for (auto &f : fresh)
        byKey.emplace(f->key(), f.get());
    // 1. Rows that are gone.
    for (int i = int(parent->children.size()) - 1; i >= 0; --i) {
        RegistryNode *old = parent->children[size_t(i)].get();
        if (old->kind == NodeKind::Loading)
            continue;
        if (byKey.find(old->key()) == byKey.end())
            removeChildAt(parent, i);
    }
    // 2. Rows that stay: take the fresh data, keep the node (and so the view's state).
    std::vector<std::unique_ptr<RegistryNode>> added;
    std::map<QString, RegistryNode *> existing;
    for (auto &c : parent->children)
        existing.emplace(c->key(), c.get());
    for (auto &f : fresh) {
        auto it = existing.find(f->key());
        if (it == existing.end()) {
            added.push_back(std::move(f));
            continue;
        }
        RegistryNode *old = it->second;
        old->artifact = f->artifact;
        old->pushMs = f->pushMs;
        old->pullMs = f->pullMs;
        old->immutable = f->immutable;
        old->extra = f->extra;
        if (old->data && f->data) {
            old->data->count = f->data->count;
            old->data->isPublic = f->data->isPublic;
            old->data->projectId = f->data->projectId;
            old->data->updateTime = f->data->updateTime;
        }
        if (old->kind == NodeKind::Folder) {
            for (auto &c : f->children)
                c->parent = old;
            mergeChildren(old, std::move(f->children));
        } else if (!old->isContainer()) {
            // Index children and accessories merge by key too, so a selected platform row
            // survives a refresh.
            for (auto &c : f->children)
                c->parent = old;
            mergeChildren(old, std::move(f->children));
        }
        Q_EMIT dataChanged(indexFor(old), indexFor(old, int(Column::Count) - 1));
    }
    // 3. New rows.
    appendChildren(parent, std::move(added));
}

// ---- refresh and retry

void RegistryTreeModel::refresh(const QModelIndex &index)
{
    RegistryNode *n = nodeAt(index);
    while (n && !n->isContainer())
        n = n->parent;
    if (!n || n == m_root.get())
        return;
    if (n->data->state == FetchState::NotFetched)
        return; // nothing shown yet: the next expansion loads it fresh
    refreshLoaded(n);
}

void RegistryTreeModel::refreshLoaded(RegistryNode *node)
{
    if (node->isContainer() && node->data && node->data->state != FetchState::NotFetched) {
        insertPendingRows(node); // rows that arrived are rows the user may have selected
        // Merge whenever rows are showing, also mid-load, so expansion and selection survive.
        const bool hasRows = std::any_of(node->children.cbegin(), node->children.cend(),
            [](const auto &c) { return c->kind != NodeKind::Loading && c->kind != NodeKind::Error; });
        startFetch(
            node, node->data->state == FetchState::Fetched || (node->data->state == FetchState::Fetching && hasRows));
    }
    // Loaded descendants refresh too, so F5 keeps what is expanded current.
    std::vector<RegistryNode *> containers;
    std::function<void(RegistryNode *)> collect = [&](RegistryNode *n) {
        for (auto &c : n->children) {
            if (c->isContainer() && c->data->state != FetchState::NotFetched)
                containers.push_back(c.get());
            else if (c->kind == NodeKind::Folder)
                collect(c.get());
        }
    };
    collect(node);
    for (RegistryNode *c : containers)
        refreshLoaded(c);
}

void RegistryTreeModel::refreshAll()
{
    for (auto &r : m_root->children)
        refreshLoaded(r.get());
}

void RegistryTreeModel::retry(const QModelIndex &index)
{
    RegistryNode *n = nodeAt(index);
    if (n->kind == NodeKind::Error)
        n = n->parent;
    if (!n || !n->isContainer())
        return;
    // A registry retried after a rejection asks Harbor afresh: the admin may have fixed it.
    if (n->kind == NodeKind::Registry && n->data->client)
        n->data->client->resetCredentialVerdict();
    startFetch(n, false);
}

// ---- deletes confirmed by the server

void RegistryTreeModel::removeTagRow(const QModelIndex &tagIndex)
{
    RegistryNode *n = nodeAt(tagIndex);
    if (!tagIndex.isValid() || n->kind != NodeKind::Tag)
        return;
    RegistryNode *repo = n->parent;
    ArtifactRecord *rec = n->artifact;
    const QString tag = n->name;
    removeChildAt(repo, n->row);
    if (!rec)
        return;
    rec->tagNames.removeAll(tag);
    if (rec->tagNames.isEmpty()) {
        // The artifact stays, untagged: Harbor removed only the tag.
        std::vector<std::unique_ptr<RegistryNode>> rows;
        auto d = std::make_unique<RegistryNode>(NodeKind::Digest, repo, QString());
        d->artifact = rec;
        addNestedRows(d.get(), rec);
        rows.push_back(std::move(d));
        appendChildren(repo, std::move(rows));
    } else {
        for (auto &c : repo->children)
            if (c->artifact == rec)
                Q_EMIT dataChanged(indexFor(c.get()), indexFor(c.get(), int(Column::Count) - 1));
    }
}

void RegistryTreeModel::removeArtifactRows(const QModelIndex &anyRow)
{
    RegistryNode *n = nodeAt(anyRow);
    if (!anyRow.isValid() || !n->artifact)
        return;
    RegistryNode *repo = n->repository();
    const ArtifactRecord *rec = n->artifact;
    for (int i = int(repo->children.size()) - 1; i >= 0; --i)
        if (repo->children[size_t(i)]->artifact == rec)
            removeChildAt(repo, i);
    auto &arts = repo->data->artifacts;
    arts.erase(std::remove_if(arts.begin(), arts.end(), [rec](const auto &r) { return r.get() == rec; }), arts.end());
    --m_counts.artifacts;
    Q_EMIT countsChanged();
}

QStringList RegistryTreeModel::siblingTags(const QModelIndex &tagIndex) const
{
    const RegistryNode *n = node(tagIndex);
    if (!n || !n->artifact)
        return {};
    QStringList tags = n->artifact->tagNames;
    if (n->kind == NodeKind::Tag)
        tags.removeAll(n->name);
    return tags;
}

} // namespace berth
