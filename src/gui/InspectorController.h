#pragma once

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "InspectorPane.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QTabWidget;

namespace berth {

class ContentCache;
class RegistryClient;
class RegistrySessions;
class RegistryTreeModel;

// Feeds the Contents tab: inspects the tree's current row (a tag, an untagged artifact, a
// platform or an accessory) over the registry side of its Harbor client, and hands the result,
// or ErrorPresenter's words for the failure, to the InspectorPane. Nothing is asked while the
// tab is hidden; the row current when it shows is inspected then. A result for a row that is no
// longer current is dropped (a generation counter).
class InspectorController : public QObject
{
    Q_OBJECT

public:
    InspectorController(RegistryTreeModel *model, RegistrySessions *sessions, QTabWidget *tabs, InspectorPane *pane,
        QObject *parent = nullptr);
    ~InspectorController() override;

    // The tree's current row (source model, any column; invalid: none).
    void setCurrent(const QModelIndex &sourceIndex);
    // Brings the Contents tab forward (the Inspect action).
    void showContents();
    bool isShown() const;
    // Inspections started and answered since construction, dropped ones included (for tests:
    // none while hidden; a late answer for another row has arrived and changed nothing).
    int inspectionsStarted() const { return m_started; }
    int inspectionsFinished() const { return m_finished; }

Q_SIGNALS:
    // An inspection reached the pane: from the request to the rows shown, whether the manifest
    // came from the cache, and the /v2/ requests it sent (berth --report-inspect, the bench).
    void shown(qint64 elapsedMs, bool fromCache, int requests);

private:
    struct Target
    {
        QPointer<HarborClient> client;
        QPointer<RegistryClient> registry; // a plain registry's own /v2/ client (no HarborClient)
        QString repository; // "project/repo"
        QString digest;
        InspectorSubject subject;
        bool operator==(const Target &o) const
        {
            return client == o.client && registry == o.registry && repository == o.repository && digest == o.digest
                && subject.openedFrom == o.subject.openedFrom;
        }
    };

    void refreshIfShown();
    std::optional<Target> targetOf(const QModelIndex &sourceIndex) const;
    void inspect(const Target &target);
    void openFromIndex(const QString &digest, const QString &label);
    RegistryClient *registryFor(HarborClient *client);

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    QTabWidget *m_tabs;
    InspectorPane *m_pane;
    std::unique_ptr<ContentCache> m_cache;
    QHash<HarborClient *, QPointer<RegistryClient>> m_registries;
    QPersistentModelIndex m_row; // the tree's current row
    std::optional<Target> m_shown; // what the pane shows or is loading
    std::optional<Target> m_index; // the index a platform was opened from
    bool m_failed = false; // the shown target failed: showing the tab again retries
    quint64 m_generation = 0;
    int m_started = 0;
    int m_finished = 0;
};

} // namespace berth
