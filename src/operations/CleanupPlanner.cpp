#include "CleanupPlanner.h"

#include "api/HarborClient.h"
#include "Logging.h"

#include <algorithm>
#include <memory>
#include <QTimer>

namespace berth {

CleanupPlanner::CleanupPlanner(HarborClient *client, CleanupScope scope, CleanupRules rules, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_rules(std::move(rules))
{ }

void CleanupPlanner::start()
{
    if (m_started)
        return;
    m_started = true;
    m_fetchStarted = QDateTime::currentDateTimeUtc();
    switch (m_scope.kind) {
    case CleanupScope::Kind::Registry:
        listProjects();
        return;
    case CleanupScope::Kind::Project:
        m_projects = {m_scope.project};
        pumpProjects();
        return;
    case CleanupScope::Kind::Folder:
        folderFallback();
        return;
    case CleanupScope::Kind::Repository:
        m_listingDone = true;
        m_slots = {RepoSlot {m_scope.project, m_scope.path}};
        pumpArtifacts();
        return;
    }
}

void CleanupPlanner::listProjects()
{
    auto names = std::make_shared<QStringList>();
    m_client->listProjects(
        {}, this,
        [names](const QList<Project> &items, qint64) {
            for (const Project &p : items)
                *names << p.name;
        },
        [this, names](const ApiError &e) {
            if (m_finished)
                return;
            if (e)
                return fail(e, {});
            m_projects = *names;
            pumpProjects();
        });
}

void CleanupPlanner::pumpProjects()
{
    while (!m_finished && m_projectsInFlight < m_concurrency && m_nextProject < m_projects.size()) {
        const QString project = m_projects.at(m_nextProject++);
        ++m_projectsInFlight;
        auto repos = std::make_shared<QList<RepoSlot>>();
        m_client->listRepositories(
            project, {}, this,
            [repos, project](const QList<Repository> &items, qint64) {
                for (const Repository &r : items)
                    repos->append(RepoSlot {project, r.pathName()});
            },
            [this, project, repos](const ApiError &e) {
                if (m_finished)
                    return;
                --m_projectsInFlight;
                if (e)
                    return fail(e, project);
                m_slots += *repos;
                pumpProjects();
            });
    }
    if (!m_finished && m_projectsInFlight == 0 && m_nextProject >= m_projects.size()) {
        m_listingDone = true;
        pumpArtifacts();
    }
}

void CleanupPlanner::folderFallback()
{
    // A folder is a name prefix: list the project's repositories whose name starts with it.
    m_scope.kind = CleanupScope::Kind::Folder;
    const QString prefix = m_scope.project + QLatin1Char('/') + m_scope.path + QLatin1Char('/');
    auto repos = std::make_shared<QList<RepoSlot>>();
    m_client->listRepositories(
        m_scope.project, QStringLiteral("name=~%1").arg(prefix), this,
        [this, repos, prefix](const QList<Repository> &items, qint64) {
            for (const Repository &r : items)
                if (r.name.startsWith(prefix))
                    repos->append(RepoSlot {m_scope.project, r.pathName()});
        },
        [this, repos](const ApiError &e) {
            if (m_finished)
                return;
            if (e)
                return fail(e, m_scope.project);
            if (repos->isEmpty())
                return failMessage(tr("no repository or folder %1").arg(m_scope.toString()));
            m_slots = *repos;
            m_listingDone = true;
            pumpArtifacts();
        });
}

void CleanupPlanner::pumpArtifacts()
{
    if (m_finished || !m_listingDone)
        return;
    if (m_nextRepo == 0 && m_reposInFlight == 0) {
        std::sort(m_slots.begin(), m_slots.end(), [](const RepoSlot &a, const RepoSlot &b) {
            return a.project != b.project ? a.project < b.project : a.path < b.path;
        });
        m_repos.resize(m_slots.size());
        Q_EMIT progress(0, m_slots.size());
    }
    while (m_reposInFlight < m_concurrency && m_nextRepo < m_slots.size()) {
        const int index = m_nextRepo++;
        ++m_reposInFlight;
        const RepoSlot slot = m_slots.at(index);
        m_repos[index].repository = slot.project + QLatin1Char('/') + slot.path;
        ArtifactQuery q;
        q.withTag = true;
        q.withImmutableStatus = true;
        q.withAccessory = true;
        q.withLabel = false;
        q.withScanOverview = false;
        m_client->listArtifacts(
            slot.project, slot.path, q, this,
            [this, index](const QList<Artifact> &items, qint64) {
                if (!m_finished)
                    m_repos[index].artifacts += items;
            },
            [this, index, slot](const ApiError &e) {
                if (m_finished)
                    return;
                --m_reposInFlight;
                if (e) {
                    // "team/a/b" that is not a repository may be a folder, as with `ls`.
                    if (m_scope.kind == CleanupScope::Kind::Repository && e.kind == ApiError::Kind::NotFound
                        && e.harborMessage.contains(QLatin1String("repository"))) {
                        m_slots.clear();
                        m_repos.clear();
                        m_nextRepo = 0;
                        m_listingDone = false;
                        return folderFallback();
                    }
                    return fail(e, slot.project);
                }
                ++m_reposDone;
                Q_EMIT progress(m_reposDone, m_slots.size());
                pumpArtifacts();
            });
    }
    if (m_reposInFlight == 0 && m_nextRepo >= m_slots.size())
        finish();
}

void CleanupPlanner::fail(const ApiError &error, const QString &project)
{
    if (m_finished)
        return;
    m_error = error;
    m_errorProject = project;
    m_finished = true;
    qCInfo(lcOperations).noquote() << "cleanup plan failed:" << error.summary();
    QTimer::singleShot(0, this, &CleanupPlanner::finished);
}

void CleanupPlanner::failMessage(const QString &message)
{
    if (m_finished)
        return;
    m_errorMessage = message;
    m_finished = true;
    QTimer::singleShot(0, this, &CleanupPlanner::finished);
}

void CleanupPlanner::finish()
{
    if (m_finished)
        return;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_plan = CleanupEvaluator::evaluate(m_rules, m_scope, m_repos, now);
    m_plan.computedAt = QDateTime::currentDateTimeUtc();
    if (m_client)
        m_plan.registry = m_client->baseUrl().toString(QUrl::RemoveUserInfo);
    qCInfo(lcOperations).noquote() << "cleanup plan:" << m_plan.items.size() << "candidates in" << m_plan.repositories
                                   << "repositories, data fetched from" << m_fetchStarted.toString(Qt::ISODateWithMs);
    m_finished = true;
    Q_EMIT finished();
}

} // namespace berth
