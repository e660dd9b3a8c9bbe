#pragma once

#include "api/ApiError.h"
#include "CleanupEvaluator.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace berth {

class HarborClient;

// Computes a cleanup Plan from fresh server data: the scope's projects, then their repositories,
// then every repository's artifacts (with tags, immutable status and accessories), with bounded
// concurrency; then the pure evaluation of CleanupRules. Any failed listing fails the whole plan:
// a repository seen only in part would rank its tags wrongly, so no plan is better than a wrong
// one. finished() is emitted exactly once.
class CleanupPlanner : public QObject
{
    Q_OBJECT

public:
    CleanupPlanner(HarborClient *client, CleanupScope scope, CleanupRules rules, QObject *parent = nullptr);

    // The time the age rules are evaluated against; default: the wall clock when evaluating.
    void setNow(const QDateTime &now) { m_now = now; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }

    void start();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError() && m_errorMessage.isEmpty(); }
    const ApiError &error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; } // a failure without an ApiError
    QString errorProject() const { return m_errorProject; } // where the failure happened
    const Plan &plan() const { return m_plan; }
    // The raw data the plan was computed from, for callers that re-evaluate with other rules.
    const QList<RepositoryArtifacts> &data() const { return m_repos; }

Q_SIGNALS:
    void progress(int repositoriesDone, int repositoriesTotal);
    void finished();

private:
    void listProjects();
    void pumpProjects();
    void pumpArtifacts();
    void folderFallback();
    void fail(const ApiError &error, const QString &project);
    void failMessage(const QString &message);
    void finish();

    struct RepoSlot
    {
        QString project;
        QString path;
    };

    QPointer<HarborClient> m_client;
    CleanupScope m_scope;
    CleanupRules m_rules;
    QDateTime m_now;
    int m_concurrency = 4;
    QStringList m_projects;
    int m_nextProject = 0;
    int m_projectsInFlight = 0;
    QList<RepoSlot> m_slots;
    QList<RepositoryArtifacts> m_repos;
    int m_nextRepo = 0;
    int m_reposInFlight = 0;
    int m_reposDone = 0;
    bool m_listingDone = false;
    QDateTime m_fetchStarted;
    ApiError m_error;
    QString m_errorMessage;
    QString m_errorProject;
    Plan m_plan;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace berth
