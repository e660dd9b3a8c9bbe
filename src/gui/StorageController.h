#pragma once

#include "api/ApiError.h"
#include "core/StorageGraph.h"
#include "operations/CleanupPlan.h"
#include "StoragePane.h"

#include <memory>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTabWidget>
#include <QTreeView>

class QAbstractProxyModel;

namespace berth {

class ContentCache;
class HarborClient;
class ProjectSummaries;
class RegistryTreeModel;
class StorageScan;

// Feeds the Storage tab (a StoragePane it adds beside Details and Contents): analyses the
// registry of the tree's current row with StorageScan, once per registry and client (switching
// rows inside it asks nothing), when the tab shows or on "Analyse", cancellable, with progress;
// then shows the node's figures from the StorageGraph, and what deleting the selected images
// frees after garbage collection. The Clean up dialog reads the same analyses (planText).
class StorageController : public QObject
{
    Q_OBJECT

public:
    StorageController(RegistryTreeModel *model, QTabWidget *tabs, QTreeView *tree, QAbstractProxyModel *proxy,
        QObject *parent = nullptr);
    ~StorageController() override;

    StoragePane *pane() const { return m_pane; }
    bool isShown() const;
    void showStorage(); // brings the tab forward

    // Starts (or restarts) the analysis of this registry (the tree's registry name).
    void analyse(const QString &registry);
    void cancel(const QString &registry);
    bool isAnalysing(const QString &registry) const;
    // The finished analysis of the registry, or null (none, running, failed, or made with a client
    // the registry no longer uses).
    const StorageGraph *graph(const QString &registry) const;
    int scansStarted() const { return m_scansStarted; } // for tests: a node switch starts none
    // Rows went from the registry's tree since its analysis: its figures are from before.
    bool isOutdated(const QString &registry) const;

    // What deleting the selected images frees (valid while the selection line shows figures).
    bool hasSelectionFigures() const { return m_selectionValid; }
    StorageGraph::Freed selectionFreed() const { return m_selectionFreed; }

    // The Clean up dialog's line for a plan on this registry: what its removals free after GC,
    // or that the registry is not analysed yet (then `analysed` is false).
    struct PlanFigures
    {
        StorageGraph::Freed freed;
        qint64 untaggedMore = 0; // what GC with "delete untagged artifacts" frees on top
        QString text;
    };
    PlanFigures planFigures(const QString &registry, const Plan &plan, bool *analysed) const;
    // "Exact: ..." or "At most: ..." for an analysis, in words.
    static QString exactnessText(const StorageGraph &graph, bool plainRegistry);

Q_SIGNALS:
    void analysed(const QString &registry); // finished, well or not
    void selectionFiguresChanged();

private:
    struct Analysis
    {
        QPointer<QObject> client; // what it listed with; another client makes it stale
        QPointer<StorageScan> scan;
        // Harbor: each analysed project's summary, for its quota beside our figures.
        QPointer<ProjectSummaries> summaries;
        bool plain = false;
        bool done = false;
        ApiError error;
        QDateTime at;
        // The first time since the analysis that rows went from the registry's tree (deletes, or
        // a refresh that found them gone): the figures describe the registry as it was.
        QDateTime changedAt;
        int progressDone = 0, progressTotal = 0;
    };

    void refresh(); // the pane, for the current row
    void rowsGoing(const QModelIndex &parent, int first, int last);
    void refreshSelection();
    QModelIndex currentSource() const;
    QString registryOf(const QModelIndex &source, QObject **client, bool *plain) const;
    const Analysis *freshAnalysis(const QString &registry, QObject *client) const;
    void showFigures(const QModelIndex &source, const Analysis &analysis);
    void showInTree(const QString &registry, const StorageGraph &graph, const QDateTime &at);
    // StorageHarborFigures.cpp: Harbor's summaries, asked once an analysis is done.
    void askHarborFigures(const QString &registry, HarborClient *client, const StorageGraph &graph);
    // Harbor's figures beside ours: the quota for each project row (parts under the registry), a
    // line for the summary, and each image row's artifact size.
    QString harborQuotaText(const Analysis &a, const QString &scope, QList<StorageRow> *projectRows) const;
    static void addReportedSize(const StorageGraph &g, const StorageGraph::Revision &rev, StorageRow *row);

    RegistryTreeModel *m_model;
    QPointer<QTabWidget> m_tabs; // the window's: may go before this
    QPointer<QTreeView> m_tree;
    QAbstractProxyModel *m_proxy;
    QPointer<StoragePane> m_pane;
    std::unique_ptr<ContentCache> m_cache;
    QHash<QString, Analysis> m_analyses; // by registry name
    int m_scansStarted = 0;
    bool m_selectionValid = false;
    StorageGraph::Freed m_selectionFreed;
};

} // namespace berth
