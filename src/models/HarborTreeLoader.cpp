#include "HarborTreeLoader.h"

#include "api/HarborClient.h"

#include <QTimer>

namespace berth {

HarborTreeLoader::HarborTreeLoader(HarborClient *client, LoadSink *sink, QObject *parent)
    : TreeLoader(sink, parent)
    , m_client(client)
{ }

QUrl HarborTreeLoader::baseUrl() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

void HarborTreeLoader::resetCredentials()
{
    if (m_client)
        m_client->resetCredentialVerdict();
}

void HarborTreeLoader::load(RegistryNode *container, bool merge)
{
    if (!m_client) {
        ApiError gone;
        gone.kind = ApiError::Kind::Cancelled;
        sink()->loadFinished(container, gone, {}, {}, merge);
        return;
    }
    switch (container->kind) {
    case NodeKind::Registry:
        loadProjects(container, merge);
        break;
    case NodeKind::Project:
        loadRepositories(container, merge);
        break;
    case NodeKind::Repository:
        loadArtifacts(container, merge);
        break;
    default:
        break;
    }
}

void HarborTreeLoader::loadProjects(RegistryNode *registry, bool merge)
{
    const Guard guard(registry);
    // Never silently anonymous: ask Harbor who we are before showing anything.
    m_client->verifyCredentials(this, [this, guard, merge](const CredentialVerdict &v) {
        if (!guard.valid() || !m_client)
            return;
        RegistryNode *registry = guard.node();
        registry->data->credentialState = CredentialVerdict::stateName(v.state);
        if (v.state == CredentialVerdict::State::Rejected && !registry->data->anonymousAccepted) {
            registry->data->credentialError = v.error;
            sink()->loadFinished(registry, v.error, {}, {}, merge);
            sink()->credentialsRefused(registry, v.error);
            return;
        }
        auto projects = std::make_shared<QList<Project>>();
        registry->data->job = m_client->listProjects(
            {}, this,
            [this, guard, projects](const QList<Project> &items, qint64) {
                if (!guard.valid())
                    return;
                RegistryNode *registry = guard.node();
                *projects += items;
                registry->data->loaded = projects->size();
                if (registry->data->job)
                    registry->data->total = registry->data->job->totalCount().value_or(-1);
                sink()->loadProgress(registry);
            },
            [this, guard, projects, merge](const ApiError &e) {
                if (!guard.valid())
                    return;
                RegistryNode *registry = guard.node();
                NodeRows nodes;
                for (const Project &p : std::as_const(*projects)) {
                    auto n = std::make_unique<RegistryNode>(NodeKind::Project, registry, p.name);
                    n->data = std::make_unique<ContainerData>();
                    n->data->projectId = p.id;
                    n->data->isPublic = p.isPublic;
                    n->data->count = p.repoCount;
                    nodes.push_back(std::move(n));
                }
                sink()->loadFinished(registry, e, std::move(nodes), {}, merge);
            });
    });
}

void HarborTreeLoader::loadRepositories(RegistryNode *project, bool merge)
{
    const Guard guard(project);
    auto repos = std::make_shared<QList<Repository>>();
    project->data->job = m_client->listRepositories(
        project->name, {}, this,
        [this, guard, repos](const QList<Repository> &items, qint64) {
            if (!guard.valid())
                return;
            RegistryNode *project = guard.node();
            *repos += items;
            project->data->loaded = repos->size();
            if (project->data->job)
                project->data->total = project->data->job->totalCount().value_or(-1);
            sink()->loadProgress(project);
        },
        [this, guard, repos, merge](const ApiError &e) {
            if (!guard.valid())
                return;
            QList<TreeRows::RepositoryEntry> entries;
            entries.reserve(repos->size());
            for (const Repository &r : std::as_const(*repos))
                entries.append({r.name, r.pathName(), r.artifactCount, r.updateTime});
            RegistryNode *project = guard.node();
            sink()->loadFinished(project, e, TreeRows::repositories(project, entries), {}, merge);
        });
}

void HarborTreeLoader::loadArtifacts(RegistryNode *repository, bool merge)
{
    if (m_artifactFetches >= kMaxArtifactFetches) {
        m_artifactQueue.push(repository, {Guard(repository), merge});
        return;
    }
    issueArtifacts(repository, merge);
}

void HarborTreeLoader::pumpArtifactQueue()
{
    while (m_artifactFetches < kMaxArtifactFetches && !m_artifactQueue.empty()) {
        const QueuedFetch q = m_artifactQueue.pop();
        if (q.guard.valid() && q.guard.node()->data->state == FetchState::Fetching)
            issueArtifacts(q.guard.node(), q.merge); // else cancelled, refreshed or removed while waiting
    }
}

void HarborTreeLoader::issueArtifacts(RegistryNode *repository, bool merge)
{
    ++m_artifactFetches;
    const Guard guard(repository);
    ArtifactQuery q;
    q.withAccessory = true;
    // A first load streams rows in; a refresh builds rows and records on the side for the
    // merge at the end.
    auto staged = std::make_shared<std::pair<NodeRows, ArtifactRecords>>();
    repository->data->job = m_client->listArtifacts(
        repository->project()->name, repository->repositoryPath(), q, this,
        [this, guard, merge, staged](const QList<Artifact> &items, qint64) {
            if (!guard.valid())
                return;
            RegistryNode *repository = guard.node();
            repository->data->loaded += items.size();
            if (repository->data->job)
                repository->data->total = repository->data->job->totalCount().value_or(-1);
            if (merge) {
                m_rows.artifacts(repository, items, staged->first, staged->second);
            } else {
                NodeRows rows;
                ArtifactRecords records;
                m_rows.artifacts(repository, items, rows, records);
                sink()->rowsArrived(repository, std::move(rows), std::move(records));
            }
            sink()->loadProgress(repository);
        },
        [this, guard, merge, staged](const ApiError &e) {
            // The slot frees whatever became of the node; the next fetch starts on a later turn.
            --m_artifactFetches;
            QTimer::singleShot(0, this, &HarborTreeLoader::pumpArtifactQueue);
            if (!guard.valid())
                return;
            sink()->loadFinished(guard.node(), e, std::move(staged->first), std::move(staged->second), merge);
        });
}

} // namespace berth
