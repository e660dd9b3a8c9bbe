#pragma once

#include "operations/CleanupPlanner.h"
#include "operations/CleanupRules.h"
#include "operations/PlanExecutor.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QPointer>
#include <QProgressDialog>

namespace Ui {
class CleanupDialog;
}

class QLabel;
class QPushButton;
class QTimer;

namespace berth {

class HarborClient;
class RegistryTreeModel;
class StorageController;

// "Clean up…": rules for a repository, folder, project or registry, a live preview computed
// from fresh server data (fetched once, re-evaluated locally as the rules change), totals,
// JSON/CSV export, and execution through PlanExecutor, which re-checks each item before it
// goes. The tree highlights what the current plan would remove.
class CleanupDialog : public QDialog
{
    Q_OBJECT

public:
    CleanupDialog(HarborClient *client, const QString &registryName, const CleanupScope &scope,
        RegistryTreeModel *model, QWidget *parent = nullptr);
    ~CleanupDialog() override;

    void refetch();
    CleanupScope scope() const { return m_scope; }
    // Why the account may not run a plan's removals, or empty; Run stays off with the reason
    // beside it, and run() sends nothing while it says no.
    using RunGate = std::function<QString(const Plan &)>;
    void setRunGate(RunGate gate);
    void recheckRun(); // what the gate knows changed (permissions arrived)
    // The window's storage analyses: the plan's "frees X after garbage collection" line, live, once
    // this registry is analysed; until then a button that analyses it (the dialog never waits).
    void setStorage(StorageController *storage);
    QString storageText() const; // the line as shown
    QPushButton *analyseStorageButton() const { return m_analyseStorage; }
    void setRules(const CleanupRules &rules); // fills the form
    CleanupRules rules(QString *error) const; // reads the form
    const Plan &plan() const { return m_plan; }
    bool hasData() const { return m_hasData; }
    void run(bool confirmed = false); // confirmed: skip the typed confirmation (tests)
    QString lastSummary() const { return m_summary; }
    bool exportTo(const QString &path, bool csv, QString *error) const;

Q_SIGNALS:
    void previewUpdated();
    void executed(int removed, int changed, int failed);

protected:
    void done(int result) override;

private:
    void reevaluate();
    void fillTable();
    void showScope();
    void applyScopeText();
    QString runDenial() const;
    void onExecuted();
    void updateStorageLine();

    std::unique_ptr<Ui::CleanupDialog> m_ui;
    QPointer<HarborClient> m_client;
    QString m_registry;
    CleanupScope m_scope;
    QPointer<RegistryTreeModel> m_model;
    QPointer<CleanupPlanner> m_planner;
    QPointer<PlanExecutor> m_executor;
    QPointer<QProgressDialog> m_progress;
    QList<RepositoryArtifacts> m_data;
    QDateTime m_fetchedAt;
    Plan m_plan;
    bool m_hasData = false;
    QTimer *m_debounce;
    QString m_summary;
    RunGate m_runGate;
    QPointer<StorageController> m_storage;
    QLabel *m_storageLabel = nullptr;
    QPushButton *m_analyseStorage = nullptr;
};

} // namespace berth
