// ls --all on Harbor v2.12+: one artifact stream per project (GET /projects/{p}/artifacts) instead
// of a repository list plus one artifact list per repository. Rows come out exactly as the
// per-repository path prints them: projects by name, repositories by path, and within a
// repository the server's order. Both lists use the artifact DAO's default order (-push_time,
// -id; goharbor/harbor src/pkg/artifact/dao/model.go), so grouping the stream by repository
// keeps each repository's order.
#include "ListCommand.h"
#include "Terminal.h"

#include <algorithm>
#include <QRegularExpression>

namespace berth {

namespace {
// Two projects' streams at a time: each keeps the client's list concurrency of pages in flight,
// and the second fills the connections while the first one's last pages drain.
constexpr int kStreamsInFlight = 2;
} // namespace

bool harborHasProjectArtifacts(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?(\\d{1,4})\\.(\\d{1,4})(?:[.+-].*)?$"));
    const QRegularExpressionMatch m = re.match(version.trimmed());
    if (!m.hasMatch())
        return false;
    const int major = m.captured(1).toInt();
    const int minor = m.captured(2).toInt();
    return major > 2 || (major == 2 && minor >= 12);
}

void ListCommand::pumpProjectStreams()
{
    if (m_streams.empty() && !m_projects.isEmpty()) {
        // The per-repository path orders its output by project name; so does this one.
        std::stable_sort(
            m_projects.begin(), m_projects.end(), [](const Project &a, const Project &b) { return a.name < b.name; });
        m_streams.resize(size_t(m_projects.size()));
    }
    while (m_streamsInFlight < kStreamsInFlight && m_nextStream < m_projects.size())
        streamProject(m_nextStream++);
    if (m_streamsInFlight == 0 && m_nextStream >= m_projects.size())
        finishAll();
}

void ListCommand::streamProject(int projectIndex)
{
    ++m_streamsInFlight;
    const Project &p = m_projects.at(projectIndex);
    // Harbor reads an all-digit {project_name_or_id} as an id.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString nameOrId = digits.match(p.name).hasMatch() ? QString::number(p.id) : p.name;
    ArtifactQuery q;
    q.withAccessory = m_ctx.options.ls.accessories;
    q.withLabel = false;
    q.withScanOverview = false;
    m_ctx.client->listProjectArtifacts(
        nameOrId, q, this,
        [this, projectIndex](const QList<Artifact> &items, qint64) {
            ProjectStream &s = m_streams[size_t(projectIndex)];
            const QString &project = m_projects.at(projectIndex).name;
            const QString prefix = project + QLatin1Char('/');
            for (const Artifact &a : items) {
                auto it = s.byRepository.constFind(a.repositoryName);
                int k;
                if (it == s.byRepository.constEnd()) {
                    k = int(s.repos.size());
                    s.byRepository.insert(a.repositoryName, k);
                    const QString path
                        = a.repositoryName.startsWith(prefix) ? a.repositoryName.mid(prefix.size()) : a.repositoryName;
                    s.repos.append(RepoSlot {project, path, false, {}});
                } else {
                    k = *it;
                }
                s.repos[k].artifacts.append(a);
            }
        },
        [this, projectIndex](const ApiError &e) {
            --m_streamsInFlight;
            ProjectStream &s = m_streams[size_t(projectIndex)];
            s.done = true;
            s.byRepository.clear();
            std::stable_sort(
                s.repos.begin(), s.repos.end(), [](const RepoSlot &a, const RepoSlot &b) { return a.path < b.path; });
            if (e)
                noteFailure(1 + projectIndex, e, m_projects.at(projectIndex).name);
            flushProjectStreams();
            pumpProjectStreams();
        });
}

void ListCommand::flushProjectStreams()
{
    while (m_nextStreamToPrint < int(m_streams.size()) && m_streams[size_t(m_nextStreamToPrint)].done) {
        ProjectStream &s = m_streams[size_t(m_nextStreamToPrint++)];
        for (const RepoSlot &slot : s.repos)
            emitTagRows(slot.project, slot.artifacts);
        s.repos.clear();
        s.repos.squeeze();
    }
    if (Terminal::stderrIsTerminal()) // built only where it is shown
        Terminal::progress(
            tr("%1 rows, %2 of %3 projects").arg(m_rowsPrinted).arg(m_nextStreamToPrint).arg(int(m_streams.size())));
}

} // namespace berth
