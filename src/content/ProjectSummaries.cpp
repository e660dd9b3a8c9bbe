#include "ProjectSummaries.h"

#include "api/ApiJob.h"
#include "api/HarborClient.h"

#include <algorithm>
#include <QTimer>

namespace berth {

ProjectSummaries::ProjectSummaries(HarborClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // A client that goes takes its jobs along, and no answer will come: end with what arrived.
    if (client)
        connect(client, &QObject::destroyed, this, [this] {
            m_queue.clear();
            m_running.clear();
            // Announced from the event loop, not from inside the client's destructor.
            QTimer::singleShot(0, this, &ProjectSummaries::finish);
        });
}

ProjectSummaries::~ProjectSummaries()
{
    m_finished = true; // the aborts below call back into nothing
    for (const QPointer<ApiJob> &job : std::as_const(m_running))
        if (job)
            job->abort();
}

void ProjectSummaries::start(const QStringList &projects)
{
    if (m_started)
        return;
    m_started = true;
    m_queue = projects;
    m_queue.removeDuplicates();
    // Always announce from the event loop: a caller connects after start() as well as before.
    QTimer::singleShot(0, this, &ProjectSummaries::pump);
}

void ProjectSummaries::cancel()
{
    m_queue.clear();
    const QList<QPointer<ApiJob>> running = m_running;
    m_running.clear();
    finish();
    for (const QPointer<ApiJob> &job : running)
        if (job)
            job->abort();
}

void ProjectSummaries::pump()
{
    if (m_finished)
        return;
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(),
                        [](const QPointer<ApiJob> &job) { return !job || job->isFinished(); }),
        m_running.end());
    while (m_client && !m_queue.isEmpty() && m_running.size() < kParallel) {
        const QString project = m_queue.takeFirst();
        ApiJob *job = m_client->projectSummary(
            project, this, [this, project](const ProjectSummary &summary, const ApiError &error) {
                if (m_finished)
                    return;
                if (!error) {
                    if (summary.quotaReported)
                        m_quotas.insert(project, summary);
                } else if (error.kind != ApiError::Kind::Unauthorized && error.kind != ApiError::Kind::Forbidden
                    && error.kind != ApiError::Kind::NotFound && error.kind != ApiError::Kind::Cancelled) {
                    // Not a matter of permission: say what went wrong rather than "no quota".
                    m_problems
                        << tr("%1: Harbor's project summary could not be read: %2").arg(project, error.summary());
                }
                // Refused or gone: the project is shown without Harbor's figure.
                QTimer::singleShot(0, this, &ProjectSummaries::pump);
            });
        m_running.append(job);
    }
    if (!m_client || (m_queue.isEmpty() && m_running.isEmpty()))
        finish();
}

void ProjectSummaries::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace berth
