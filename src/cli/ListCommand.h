#pragma once

#include "CliContext.h"
#include "RowFormat.h"

#include <QList>
#include <QMap>

namespace berth {

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
    void endArray();

    struct RepoSlot
    {
        QString project;
        QString path;
        bool done = false;
        QList<TagRow> rows;
    };
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
