#include "StorageController.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/ProjectSummaries.h"
#include "content/StorageScan.h"
#include "core/DigestText.h"
#include "diagnosis/HarborFigures.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "StoragePane.h"

#include <algorithm>
#include <numeric>
#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace berth {

namespace {

constexpr int kLargest = 10; // "largest images" rows
constexpr int kImageRows = 100; // a repository's images, largest first, whose unique bytes are computed

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// The scope a node stands for, as StorageGraph::inScope reads it: "" the registry, "p/" a project
// or folder, "p/repo" a repository (rows below a repository stand for it).
QString scopeOf(const RegistryNode *n, bool *repository)
{
    *repository = false;
    while (n && (n->kind == NodeKind::Tag || n->kind == NodeKind::Digest || n->isNested()))
        n = n->parent;
    if (!n)
        return {};
    switch (n->kind) {
    case NodeKind::Project:
        return n->name + QLatin1Char('/');
    case NodeKind::Folder:
        return RegistryFilterProxy::filterPath(n);
    case NodeKind::Repository:
        *repository = true;
        return RegistryFilterProxy::filterPath(n);
    default:
        return {};
    }
}

// An image's name in the tables: "repo@sha256:0123abcd…", with its tag count.
StorageRow imageRow(const StorageGraph &g, const StorageGraph::Revision &rev, bool withRepository)
{
    StorageRow row;
    const QString digest = shortDigest(rev.second) + QChar(0x2026);
    row.name = withRepository ? rev.first + QLatin1Char('@') + digest : digest;
    const int tags = g.tagCount(rev.first, rev.second);
    if (tags > 0)
        row.name += QLatin1Char(' ') + StorageController::tr("(%n tags)", nullptr, tags);
    else
        row.name += QLatin1Char(' ') + StorageController::tr("(untagged)");
    row.tooltip = rev.first + QLatin1Char('@') + rev.second;
    row.stored = qMax<qint64>(g.revisionBytes(rev.first, rev.second), 0);
    return row;
}

// Unique bytes of one image: what deleting it alone frees; the rest is shared.
void fillUnique(const StorageGraph &g, const StorageGraph::Revision &rev, StorageRow *row)
{
    row->unique = qMin(g.freedAfterGc({rev}).freed, row->stored);
    row->shared = row->stored - row->unique;
}

} // namespace

StorageController::StorageController(
    RegistryTreeModel *model, QTabWidget *tabs, QTreeView *tree, QAbstractProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_tabs(tabs)
    , m_tree(tree)
    , m_proxy(proxy)
    , m_pane(new StoragePane(tabs))
    , m_cache(std::make_unique<ContentCache>()) // shared with berthctl: $XDG_CACHE_HOME/berth/content
{
    m_pane->setAccessibleName(tr("Storage"));
    m_tabs->addTab(m_pane, tr("Storage"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &StorageController::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &StorageController::refresh);
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StorageController::refreshSelection);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &StorageController::rowsGoing);
    connect(m_pane, &StoragePane::analyseRequested, this, [this] {
        QObject *client = nullptr;
        bool plain = false;
        const QString registry = registryOf(currentSource(), &client, &plain);
        if (client)
            analyse(registry);
    });
    connect(m_pane, &StoragePane::cancelRequested, this, [this] {
        QObject *client = nullptr;
        bool plain = false;
        cancel(registryOf(currentSource(), &client, &plain));
    });
}

StorageController::~StorageController()
{
    for (const Analysis &a : std::as_const(m_analyses))
        if (a.scan)
            a.scan->disconnect(this);
}

bool StorageController::isShown() const
{
    return m_tabs && m_pane && m_tree && m_tabs->currentWidget() == m_pane;
}

void StorageController::showStorage()
{
    m_tabs->setCurrentWidget(m_pane);
}

QModelIndex StorageController::currentSource() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).siblingAtColumn(0) : QModelIndex();
}

QString StorageController::registryOf(const QModelIndex &source, QObject **client, bool *plain) const
{
    *client = nullptr;
    *plain = false;
    const RegistryNode *n = m_model->node(source);
    const RegistryNode *registry = n ? n->registry() : nullptr;
    if (!registry)
        return {};
    const QModelIndex index = m_model->indexFor(registry);
    *plain = m_model->isPlainRegistry(index);
    if (*plain)
        *client = m_model->registryClientFor(index);
    else
        *client = m_model->clientFor(index);
    return registry->name;
}

const StorageController::Analysis *StorageController::freshAnalysis(const QString &registry, QObject *client) const
{
    const auto it = m_analyses.constFind(registry);
    if (it == m_analyses.cend() || !client || it->client != client)
        return nullptr;
    return &*it;
}

bool StorageController::isAnalysing(const QString &registry) const
{
    const auto it = m_analyses.constFind(registry);
    return it != m_analyses.cend() && it->scan && !it->done;
}

const StorageGraph *StorageController::graph(const QString &registry) const
{
    const auto it = m_analyses.constFind(registry);
    if (it == m_analyses.cend() || !it->done || it->error || !it->scan || !it->client)
        return nullptr;
    const QModelIndex index = m_model->registryIndex(registry);
    QObject *now = m_model->isPlainRegistry(index) ? static_cast<QObject *>(m_model->registryClientFor(index))
                                                   : static_cast<QObject *>(m_model->clientFor(index));
    return now == it->client ? &it->scan->graph() : nullptr;
}

void StorageController::analyse(const QString &registry)
{
    const QModelIndex index = m_model->registryIndex(registry);
    if (!index.isValid())
        return;
    if (const auto old = m_analyses.find(registry); old != m_analyses.end()) {
        if (old->scan) {
            old->scan->disconnect(this);
            old->scan->cancel();
            old->scan->deleteLater();
        }
        if (old->summaries)
            old->summaries->deleteLater(); // its jobs end with it
    }
    Analysis a;
    a.plain = m_model->isPlainRegistry(index);
    StorageScan *scan = nullptr;
    if (a.plain) {
        RegistryClient *client = m_model->registryClientFor(index);
        if (!client)
            return;
        a.client = client;
        scan = new StorageScan(client, m_cache.get(), this);
    } else {
        HarborClient *client = m_model->clientFor(index);
        if (!client)
            return;
        a.client = client;
        // Manifests go over the registry side of the same client, owned by it (as the Contents tab's).
        auto *v2 = client->findChild<RegistryClient *>(QStringLiteral("storageRegistryClient"));
        if (!v2) {
            v2 = new RegistryClient(client, client);
            v2->setObjectName(QStringLiteral("storageRegistryClient"));
        }
        scan = new StorageScan(client, v2, m_cache.get(), this);
    }
    a.scan = scan;
    m_analyses.insert(registry, a);
    ++m_scansStarted;
    connect(scan, &StorageScan::progress, this, [this, registry, scan](int done, int total) {
        Analysis &an = m_analyses[registry];
        if (an.scan != scan)
            return;
        an.progressDone = done;
        an.progressTotal = total;
        refresh();
    });
    connect(scan, &StorageScan::finished, this, [this, registry, scan](const ApiError &error) {
        Analysis &an = m_analyses[registry];
        if (an.scan != scan)
            return;
        an.done = true;
        an.error = error;
        an.at = QDateTime::currentDateTime();
        if (!error) {
            showInTree(registry, scan->graph(), an.at);
            if (!an.plain)
                askHarborFigures(registry, qobject_cast<HarborClient *>(an.client.data()), scan->graph());
        }
        Q_EMIT analysed(registry);
        refresh();
        refreshSelection();
    });
    scan->start();
    refresh();
}

void StorageController::showInTree(const QString &registry, const StorageGraph &graph, const QDateTime &at)
{
    // Each project's and each repository's stored bytes, for the tree's Size column.
    QHash<QString, StorageFigures> byScope;
    for (const StorageGraph::Group &g : graph.breakdown(&StorageGraph::projectOf))
        byScope.insert(g.name, g.figures);
    for (const StorageGraph::Group &g : graph.breakdown([](const QString &repository) { return repository; }))
        byScope.insert(g.name, g.figures);
    m_model->setStoredSizes(registry, std::move(byScope), at);
}

void StorageController::cancel(const QString &registry)
{
    const auto it = m_analyses.find(registry);
    if (it != m_analyses.end() && it->scan && !it->done)
        it->scan->cancel();
}

void StorageController::rowsGoing(const QModelIndex &parent, int first, int last)
{
    const RegistryNode *p = parent.isValid() ? m_model->node(parent) : nullptr;
    const RegistryNode *registry = p ? (p->kind == NodeKind::Registry ? p : p->registry()) : nullptr;
    if (!registry)
        return;
    const auto it = m_analyses.find(registry->name);
    if (it == m_analyses.end() || !it->done || it->error || it->changedAt.isValid())
        return;
    // "Loading…" and error rows come and go without the registry changing.
    bool content = false;
    for (int r = first; r <= last && !content; ++r) {
        const RegistryNode *c = m_model->node(m_model->index(r, 0, parent));
        content = c && c->kind != NodeKind::Loading && c->kind != NodeKind::Error;
    }
    if (!content)
        return;
    it->changedAt = QDateTime::currentDateTime();
    if (isShown())
        QTimer::singleShot(0, this, &StorageController::refresh); // once the rows are gone
}

bool StorageController::isOutdated(const QString &registry) const
{
    const auto it = m_analyses.constFind(registry);
    return it != m_analyses.cend() && it->changedAt.isValid();
}

void StorageController::refresh()
{
    if (!isShown())
        return; // nothing is analysed for a tab nobody sees
    const QModelIndex source = currentSource();
    QObject *client = nullptr;
    bool plain = false;
    const QString registry = registryOf(source, &client, &plain);
    if (registry.isEmpty()) {
        m_pane->showMessage(tr("Select a registry, project, folder or repository to see where its storage goes."));
        m_pane->setAnalyseText(tr("&Analyse"), false);
        return;
    }
    if (!client) {
        m_pane->showMessage(tr("This registry is not connected."));
        m_pane->setAnalyseText(tr("&Analyse"), false);
        return;
    }
    const Analysis *a = freshAnalysis(registry, client);
    if (!a) {
        // The tab shows for a registry not analysed yet (or with other credentials): analyse it now.
        analyse(registry);
        a = freshAnalysis(registry, client);
        if (!a)
            return;
    }
    if (!a->done) {
        m_pane->showProgress(tr("Analysing the storage of %1…").arg(registry), a->progressDone, a->progressTotal);
        return;
    }
    m_pane->setAnalyseText(tr("&Analyse again"), true);
    if (a->error) {
        m_pane->showMessage(a->error.kind == ApiError::Kind::Cancelled
                ? tr("The analysis of %1 was cancelled.").arg(registry)
                : tr("The analysis of %1 failed: %2").arg(registry, a->error.summary()));
        m_pane->setAnalyseText(tr("&Analyse"), true);
        return;
    }
    showFigures(source, *a);
}

void StorageController::showFigures(const QModelIndex &source, const Analysis &a)
{
    const StorageGraph &g = a.scan->graph();
    const RegistryNode *n = m_model->node(source);
    bool isRepository = false;
    const QString scope = scopeOf(n, &isRepository);
    const StorageFigures f = g.figures(scope);
    QString name = scope.isEmpty() ? n->registry()->name : scope;
    if (name.endsWith(QLatin1Char('/')) && n->kind == NodeKind::Project)
        name.chop(1); // a project by its name; a folder keeps its slash

    QString summary = tr("Stored: %1 in %n manifests.", nullptr, f.manifests).arg(size(f.stored)) + QLatin1Char(' ')
        + (scope.isEmpty()
                ? QString()
                : tr("Unique to it: %1; shared with the rest of the registry: %2.").arg(size(f.unique), size(f.shared))
                    + QLatin1Char(' '))
        + tr("Analysed at %1.").arg(QLocale().toString(a.at.time(), QLocale::ShortFormat));
    if (f.missing > 0)
        summary += QLatin1Char(' ') + tr("%n referenced manifests are missing from the registry.", nullptr, f.missing);
    if (a.changedAt.isValid())
        summary += QLatin1Char(' ')
            + tr("Since %1, rows were deleted or have gone from the registry: these figures are from before. "
                 "Analyse again to update them.")
                  .arg(QLocale().toString(a.changedAt.time(), QLocale::ShortFormat));
    const QString exactness = exactnessText(g, a.plain);

    QList<StorageRow> parts;
    QList<StorageRow> largest;
    QList<StorageGraph::Revision> inScope;
    for (const QString &repository : g.repositories())
        if (StorageGraph::inScope(scope, repository) && (!isRepository || repository == scope))
            inScope += g.revisions(repository);
    QList<StorageRow> images;
    for (const StorageGraph::Revision &rev : std::as_const(inScope))
        images << imageRow(g, rev, !isRepository);
    QList<int> order(images.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return images[a].stored > images[b].stored; });
    if (isRepository) {
        for (int i = 0; i < qMin(int(order.size()), kImageRows); ++i) {
            StorageRow row = images[order[i]];
            fillUnique(g, inScope[order[i]], &row);
            if (!a.plain)
                addReportedSize(g, inScope[order[i]], &row);
            parts << row;
        }
        std::stable_sort(
            parts.begin(), parts.end(), [](const StorageRow &a, const StorageRow &b) { return a.unique > b.unique; });
    } else {
        // Parts: the next path segment below the scope (projects under a registry, repositories
        // or folders under a project), as the tree shows them.
        const auto groupOf = [&scope](const QString &repository) -> QString {
            if (!StorageGraph::inScope(scope, repository))
                return {};
            return repository.mid(scope.size()).section(QLatin1Char('/'), 0, 0);
        };
        for (const StorageGraph::Group &group : g.breakdown(groupOf)) {
            StorageRow row;
            row.name = group.name;
            row.tooltip = scope + group.name;
            row.stored = group.figures.stored;
            row.unique = group.figures.unique;
            row.shared = group.figures.shared;
            parts << row;
        }
        for (int i = 0; i < qMin(int(order.size()), kLargest); ++i) {
            StorageRow row = images[order[i]];
            fillUnique(g, inScope[order[i]], &row);
            if (!a.plain)
                addReportedSize(g, inScope[order[i]], &row);
            largest << row;
        }
    }
    const QString partsTitle = isRepository ? tr("Images")
        : scope.isEmpty() && !a.plain       ? tr("Projects")
                                            : tr("Repositories and folders");
    StoragePane::Reported reported;
    if (!a.plain) {
        const QString quota = harborQuotaText(a, scope, scope.isEmpty() ? &parts : nullptr);
        if (!quota.isEmpty())
            summary += QLatin1Char('\n') + quota;
        summary += QLatin1Char(' ') + HarborFigures::compressedNote();
        reported.largest = tr("Harbor's size");
        reported.parts = isRepository ? tr("Harbor's size") : scope.isEmpty() ? tr("Harbor's quota") : QString();
    }
    m_pane->showFigures(
        tr("Storage of %1").arg(name), summary, exactness, partsTitle, parts, largest, f.stored, reported);
    refreshSelection();
}

QString StorageController::exactnessText(const StorageGraph &g, bool plainRegistry)
{
    QString text = g.complete()
        ? (plainRegistry ? tr("Exact, as far as the registry's API shows: this account sees every repository. "
                              "Untagged manifests that no tag reaches are not listed by the API and not counted.")
                         : tr("Exact: this account sees the whole registry, so nothing it cannot see shares "
                              "these blobs."))
        : tr("At most: this account does not see the whole registry; what it cannot see may share these blobs, "
             "and then deleting frees less.");
    if (g.problemCount() > 0)
        text += QLatin1Char(' ')
            + tr("%n problems in what the registry returned; the first: %1", nullptr, g.problemCount())
                  .arg(g.problems().constFirst().text());
    return text;
}

void StorageController::refreshSelection()
{
    if (!m_pane || !m_tree)
        return;
    const bool was = m_selectionValid;
    m_selectionValid = false;
    QList<StorageGraph::Revision> revisions;
    QSet<QString> seen;
    QString registry;
    QObject *client = nullptr;
    bool plain = false;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(row);
        const RegistryNode *n = m_model->node(source);
        if (!n || !(n->kind == NodeKind::Tag || n->kind == NodeKind::Digest || n->kind == NodeKind::Accessory))
            continue;
        QObject *c = nullptr;
        const QString r = registryOf(source, &c, &plain);
        if (registry.isEmpty()) {
            registry = r;
            client = c;
        } else if (r != registry) {
            continue; // one registry at a time
        }
        const StorageGraph::Revision rev {n->repositoryFullName(), n->digest()};
        if (!rev.second.isEmpty() && !seen.contains(rev.first + QLatin1Char('@') + rev.second)) {
            seen.insert(rev.first + QLatin1Char('@') + rev.second);
            revisions << rev;
        }
    }
    if (revisions.isEmpty()) {
        m_pane->setSelectionText({});
    } else if (const Analysis *a = freshAnalysis(registry, client); !a || !a->done || a->error) {
        m_pane->setSelectionText(tr("Analyse the registry to see what deleting the selected images frees."));
    } else {
        const StorageGraph &g = a->scan->graph();
        // Harbor deletes an artifact's index children and accessories with it.
        const QList<StorageGraph::Revision> deleted = a->plain ? revisions : g.withHarborDependents(revisions);
        m_selectionFreed = g.freedAfterGc(deleted);
        m_selectionValid = true;
        QString text = tr("Deleting the %n selected images (with every tag on them) frees %1 after garbage "
                          "collection; %2 stays, shared with images you keep.",
            nullptr, int(revisions.size()))
                           .arg(size(m_selectionFreed.freed), size(m_selectionFreed.sharedKept));
        if (!m_selectionFreed.exact)
            text += QLatin1Char(' ') + tr("At most: this account does not see the whole registry.");
        m_pane->setSelectionText(text);
    }
    if (was || m_selectionValid)
        Q_EMIT selectionFiguresChanged();
}

StorageController::PlanFigures StorageController::planFigures(
    const QString &registry, const Plan &plan, bool *analysed) const
{
    PlanFigures out;
    const StorageGraph *g = graph(registry);
    *analysed = g != nullptr;
    if (!g) {
        out.text = isAnalysing(registry) ? tr("Storage analysis of %1 under way…").arg(registry)
                                         : tr("The storage of %1 is not analysed yet.").arg(registry);
        return out;
    }
    // Harbor keeps an artifact whose tags all go (untagged); only the artifact deletes free space.
    QList<StorageGraph::Revision> removed;
    for (int i : plan.removals()) {
        const PlanItem &item = plan.items.at(i);
        if (!item.isTag())
            removed.append({item.repository, item.digest});
    }
    const QList<StorageGraph::Revision> deleted = g->withHarborDependents(removed);
    out.freed = g->freedAfterGc(deleted);
    QList<StorageGraph::Revision> untagged = removed;
    for (const UntaggedLeftover &left : plan.leftovers)
        untagged.append({left.repository, left.digest});
    if (untagged.size() > removed.size())
        out.untaggedMore = qMax<qint64>(0, g->freedAfterGc(g->withHarborDependents(untagged)).freed - out.freed.freed);
    out.text = tr("Frees %1 after garbage collection; %2 stays, shared with images you keep.")
                   .arg(size(out.freed.freed), size(out.freed.sharedKept));
    if (out.untaggedMore > 0)
        out.text += QLatin1Char(' ') + HarborFigures::deleteUntaggedMore(out.untaggedMore, &size);
    if (!out.freed.exact)
        out.text += QLatin1Char(' ') + tr("At most: this account does not see the whole registry.");
    return out;
}

} // namespace berth
