#pragma once

#include "CliContext.h"
#include "RowFormat.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <vector>

namespace berth {

// Whether a Harbor version ("v2.12.0-abc", from systeminfo) serves GET /projects/{p}/artifacts:
// v2.12 and later (goharbor/harbor api/v2.0/swagger.yaml, listArtifactsOfProject). An empty or
// unreadable version (anonymous callers do not see it) means no.
bool harborHasProjectArtifacts(const QString &version);

// ls, ls PROJECT, ls PROJECT/REPO, ls --all [PROJECT].
class ListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void listProjects();
    void listRepositories(const QString &project, const QString &folder);
    void listTags(const QString &project, const QString &repositoryPath);
    void listAll(const QString &onlyProject);

    // ls --all machinery: projects -> repositories -> artifacts, bounded, output in order.
    // On Harbor v2.12+ one artifact stream per project replaces the repository lists and the
    // per-repository artifact lists (ListProjectStreams.cpp).
    void projectsKnown();
    void startArtifacts();
    void pumpProjectStreams();
    void streamProject(int projectIndex);
    void flushProjectStreams();
    void allReposOf(int projectIndex);
    void pumpRepos();
    void pumpArtifacts();
    void flushRepoOutput();
    void noteFailure(int order, const ApiError &error, const QString &project);
    void finishAll();

    void beginArray();
    // Only the form being printed is built.
    template<class Json, class Text>
    void emitRow(const Json &json, const Text &text)
    {
        if (m_ctx.options.json)
            emitJsonRow(json());
        else
            emitTextRow(text());
    }
    void emitJsonRow(const QByteArray &json);
    void emitTextRow(const QString &text);
    // The tag rows of these artifacts (RowFormat::rowsFor), in the form being printed.
    void emitTagRows(const QString &project, const QList<Artifact> &artifacts);
    void endArray();

    struct RepoSlot
    {
        QString project;
        QString path;
        bool done = false;
        QList<Artifact> artifacts; // rows are written from these when the slot's turn comes
    };
    struct ProjectStream
    {
        QList<RepoSlot> repos; // in first-seen order until the stream ends, then by path
        QHash<QString, int> byRepository; // full repository name -> index in repos
        bool done = false;
    };
    enum class Version { Pending, PerRepository, ProjectStream };
    Version m_version = Version::Pending;
    bool m_projectsKnown = false;
    std::vector<ProjectStream> m_streams;
    int m_nextStream = 0;
    int m_streamsInFlight = 0;
    int m_nextStreamToPrint = 0;
    QList<Project> m_projects;
    int m_nextProject = 0;
    int m_projectsInFlight = 0;
    QList<RepoSlot> m_slots;
    int m_nextRepo = 0;
    int m_reposInFlight = 0;
    int m_nextToPrint = 0;
    qint64 m_rowsPrinted = 0;
    bool m_firstRow = true;
    int m_concurrency = 6;
    // The first failure in input order decides the exit code.
    QMap<int, int> m_failures; // order -> exit code
    int m_projectOrderBase = 1000000;
};

} // namespace berth
