#include "ListCommand.h"

#include "core/ImageRef.h"
#include "ExitCodes.h"
#include "Terminal.h"

namespace berth {

void ListCommand::start()
{
    const CliOptions &o = m_ctx.options;
    m_concurrency = o.concurrency > 0 ? o.concurrency : 6;
    verifyThen([this, o] {
        if (o.ls.all)
            return listAll(o.args.value(0));
        if (o.args.isEmpty())
            return listProjects();
        const QString arg = o.args.first();
        QString text = arg;
        // Accept a pull-style REF with the registry host in front.
        const ImageRef ref = parseImageRef(arg, false);
        if (ref.isValid()) {
            if (!ref.host.isEmpty() && ref.host != m_ctx.client->baseUrl().authority().toLower()) {
                Terminal::err(tr("%1 names registry %2, but this profile is %3")
                                  .arg(arg, ref.host, m_ctx.client->baseUrl().authority()));
                Q_EMIT finished(ExitUsage);
                return;
            }
            if (!ref.tag.isEmpty() || !ref.digest.isEmpty()) {
                Terminal::err(tr("ls takes PROJECT or PROJECT/REPO, not a tag or digest"));
                Q_EMIT finished(ExitUsage);
                return;
            }
            return listTags(ref.project, ref.repository);
        }
        if (!arg.contains(QLatin1Char('/')))
            return listRepositories(arg, {});
        Terminal::err(QStringLiteral("ls: %1").arg(ref.error));
        Q_EMIT finished(ExitUsage);
    });
}

void ListCommand::beginArray()
{
    if (m_ctx.options.json)
        Terminal::out(QByteArrayLiteral("["));
}

void ListCommand::emitJsonRow(const QByteArray &json)
{
    Terminal::out(m_firstRow ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n"));
    Terminal::out(json);
    m_firstRow = false;
    ++m_rowsPrinted;
}

void ListCommand::emitTextRow(const QString &text)
{
    Terminal::out(text + QLatin1Char('\n'));
    m_firstRow = false;
    ++m_rowsPrinted;
}

void ListCommand::emitTagRows(const QString &project, const QList<Artifact> &artifacts)
{
    const bool children = m_ctx.options.ls.children;
    const bool accessories = m_ctx.options.ls.accessories;
    if (!m_ctx.options.json) {
        for (const Artifact &a : artifacts)
            for (const TagRow &r : RowFormat::rowsFor(project, a, children, accessories))
                emitTextRow(RowFormat::tagText(r));
        return;
    }
    // Written terminal-safe straight into the output: no TagRow per row, no second pass over
    // every byte in Terminal::out.
    for (const Artifact &a : artifacts)
        Terminal::outTerminalSafe([&](QByteArray &out) {
            m_rowsPrinted += RowFormat::appendTerminalSafeTagRows(out, project, a, children, accessories, &m_firstRow);
        });
}

void ListCommand::endArray()
{
    if (m_ctx.options.json)
        Terminal::out(m_firstRow ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    Terminal::flush();
}

void ListCommand::listProjects()
{
    beginArray();
    m_ctx.client->listProjects(
        {}, this,
        [this](const QList<Project> &items, qint64) {
            for (const Project &p : items)
                emitRow([&] { return RowFormat::compact(RowFormat::projectJson(p)); },
                    [&] { return RowFormat::projectText(p); });
        },
        [this](const ApiError &e) {
            endArray();
            if (e)
                explain(e);
            Q_EMIT finished(exitCodeFor(e));
        });
}

void ListCommand::listRepositories(const QString &project, const QString &folder)
{
    beginArray();
    const QString prefix = folder.isEmpty() ? QString() : project + QLatin1Char('/') + folder + QLatin1Char('/');
    m_ctx.client->listRepositories(
        project, folder.isEmpty() ? QString() : QStringLiteral("name=~%1/%2/").arg(project, folder), this,
        [this, prefix](const QList<Repository> &items, qint64) {
            for (const Repository &r : items)
                if (prefix.isEmpty() || r.name.startsWith(prefix))
                    emitRow([&] { return RowFormat::compact(RowFormat::repositoryJson(r)); },
                        [&] { return RowFormat::repositoryText(r); });
        },
        [this, project, folder](const ApiError &e) {
            endArray();
            if (e)
                explain(e, project);
            else if (!folder.isEmpty() && m_rowsPrinted == 0) {
                Terminal::err(tr("no repository or folder %1/%2").arg(project, folder));
                Q_EMIT finished(ExitNotFound);
                return;
            }
            Q_EMIT finished(exitCodeFor(e));
        });
}

void ListCommand::listTags(const QString &project, const QString &repositoryPath)
{
    ArtifactQuery q;
    q.withAccessory = m_ctx.options.ls.accessories;
    auto artifacts = std::make_shared<QList<Artifact>>();
    m_ctx.client->listArtifacts(
        project, repositoryPath, q, this, [artifacts](const QList<Artifact> &items, qint64) { *artifacts += items; },
        [this, project, repositoryPath, artifacts](const ApiError &e) {
            if (e.kind == ApiError::Kind::NotFound && e.harborMessage.contains(QLatin1String("repository"))) {
                // Not a repository: perhaps a folder of repositories.
                return listRepositories(project, repositoryPath);
            }
            beginArray();
            emitTagRows(project, *artifacts);
            endArray();
            if (e)
                explain(e, project);
            Q_EMIT finished(exitCodeFor(e));
        });
}

void ListCommand::listAll(const QString &onlyProject)
{
    beginArray();
    // Asked beside the project list, so it costs no extra round trip: the version picks the listing.
    m_ctx.client->systemInfo(this, [this](const SystemInfo &info, const ApiError &) {
        m_version = harborHasProjectArtifacts(info.harborVersion) ? Version::ProjectStream : Version::PerRepository;
        if (m_projectsKnown)
            startArtifacts();
    });
    if (!onlyProject.isEmpty()) {
        m_ctx.client->project(onlyProject, this, [this, onlyProject](const Project &p, const ApiError &e) {
            if (e) {
                noteFailure(0, e, onlyProject);
                return finishAll();
            }
            m_projects = {p};
            projectsKnown();
        });
        return;
    }
    m_ctx.client->listProjects(
        {}, this, [this](const QList<Project> &items, qint64) { m_projects += items; },
        [this](const ApiError &e) {
            if (e) {
                noteFailure(0, e, {});
                return finishAll();
            }
            projectsKnown();
        });
}

void ListCommand::projectsKnown()
{
    m_projectsKnown = true;
    if (m_version != Version::Pending)
        startArtifacts();
}

void ListCommand::startArtifacts()
{
    if (m_version == Version::ProjectStream)
        pumpProjectStreams();
    else
        pumpRepos();
}

void ListCommand::pumpRepos()
{
    while (m_projectsInFlight < m_concurrency && m_nextProject < m_projects.size())
        allReposOf(m_nextProject++);
    if (m_projectsInFlight == 0 && m_nextProject >= m_projects.size())
        pumpArtifacts();
}

void ListCommand::allReposOf(int projectIndex)
{
    ++m_projectsInFlight;
    const QString project = m_projects.at(projectIndex).name;
    auto repos = std::make_shared<QList<Repository>>();
    m_ctx.client->listRepositories(
        project, {}, this, [repos](const QList<Repository> &items, qint64) { *repos += items; },
        [this, projectIndex, project, repos](const ApiError &e) {
            --m_projectsInFlight;
            if (e)
                noteFailure(m_projectOrderBase + projectIndex, e, project);
            // Slots keep project order, whatever order the projects finish in.
            for (const Repository &r : *repos)
                m_slots.append(RepoSlot {project, r.pathName(), false, {}});
            pumpRepos();
        });
}

void ListCommand::pumpArtifacts()
{
    if (m_nextRepo == 0 && m_reposInFlight == 0) {
        // All repositories are known now: order slots by project, then repository name.
        std::stable_sort(m_slots.begin(), m_slots.end(), [](const RepoSlot &a, const RepoSlot &b) {
            return a.project != b.project ? a.project < b.project : a.path < b.path;
        });
    }
    while (m_reposInFlight < m_concurrency && m_nextRepo < m_slots.size()) {
        const int index = m_nextRepo++;
        ++m_reposInFlight;
        const RepoSlot slot = m_slots.at(index);
        ArtifactQuery q;
        q.withAccessory = m_ctx.options.ls.accessories;
        q.withLabel = false;
        q.withScanOverview = false;
        m_ctx.client->listArtifacts(
            slot.project, slot.path, q, this,
            [this, index](const QList<Artifact> &items, qint64) {
                QList<Artifact> &artifacts = m_slots[index].artifacts;
                if (artifacts.isEmpty())
                    artifacts = items; // shares the page
                else
                    artifacts += items;
            },
            [this, index](const ApiError &e) {
                --m_reposInFlight;
                m_slots[index].done = true;
                if (e)
                    noteFailure(1 + index, e, m_slots[index].project);
                flushRepoOutput();
                pumpArtifacts();
            });
    }
    if (m_reposInFlight == 0 && m_nextRepo >= m_slots.size())
        finishAll();
}

void ListCommand::flushRepoOutput()
{
    while (m_nextToPrint < m_slots.size() && m_slots[m_nextToPrint].done) {
        RepoSlot &s = m_slots[m_nextToPrint++];
        emitTagRows(s.project, s.artifacts);
        s.artifacts = {};
    }
    if (Terminal::stderrIsTerminal()) // built only where it is shown
        Terminal::progress(
            tr("%1 rows, %2 of %3 repositories").arg(m_rowsPrinted).arg(m_nextToPrint).arg(m_slots.size()));
}

void ListCommand::noteFailure(int order, const ApiError &error, const QString &project)
{
    explain(error, project);
    m_failures.insert(order, exitCodeFor(error));
}

void ListCommand::finishAll()
{
    flushRepoOutput();
    Terminal::endProgress();
    endArray();
    Q_EMIT finished(m_failures.isEmpty() ? ExitOk : m_failures.first());
}

} // namespace berth
