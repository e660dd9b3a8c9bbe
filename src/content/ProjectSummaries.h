#pragma once

#include "api/ApiError.h"
#include "core/ProjectSummary.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace berth {

class ApiJob;
class HarborClient;

// Harbor's own storage figures for a set of projects: GET /projects/{name}/summary for each, a
// few at a time, to show the quota Harbor counts beside what the storage analysis found. A
// project whose summary is refused (no project read) or carries no quota (no quota:read, or
// per-project quotas off) is simply without one; an answer that is not a summary is a problem,
// printable, never a figure.
class ProjectSummaries : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSummaries(HarborClient *client, QObject *parent = nullptr);
    ~ProjectSummaries() override;

    void start(const QStringList &projects); // once; finished() follows, also for an empty list
    void cancel(); // finished() follows at once
    bool isFinished() const { return m_finished; }

    // Projects whose summary reported a storage quota.
    const QHash<QString, ProjectSummary> &quotas() const { return m_quotas; }
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void pump();
    void finish();

    QPointer<HarborClient> m_client;
    QStringList m_queue;
    QList<QPointer<ApiJob>> m_running;
    QHash<QString, ProjectSummary> m_quotas;
    QStringList m_problems;
    bool m_started = false;
    bool m_finished = false;
    static constexpr int kParallel = 4;
};

} // namespace berth
