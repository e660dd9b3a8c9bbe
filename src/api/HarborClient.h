#pragma once

#include "ApiError.h"
#include "ApiJob.h"
#include "ApiTransport.h"
#include "core/Artifact.h"
#include "core/ConnectionSettings.h"
#include "core/HarborJson.h"
#include "core/Project.h"
#include "core/ProjectSummary.h"
#include "core/SystemInfo.h"
#include "PagedListJob.h"

#include <functional>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace berth {

// What the server thinks of the credentials we hold, from one users/current probe.
struct CredentialVerdict
{
    enum class State { Anonymous, AcceptedRobot, AcceptedUser, Rejected, Unknown };
    State state = State::Unknown;
    QString username; // who Harbor says we are (users), or the name we sent (robots)
    bool sysadmin = false;
    ApiError error; // the probe's failure when Unknown or Rejected

    bool accepted() const { return state == State::AcceptedRobot || state == State::AcceptedUser; }
    static QString stateName(State s);
};

struct ArtifactQuery
{
    bool withTag = true;
    bool withLabel = true;
    bool withScanOverview = true;
    bool withImmutableStatus = true;
    bool withAccessory = false;
    QString q; // Harbor's q= syntax, e.g. "tags=nil"
    QString sort;
};

// The facade for one Harbor profile's REST API (/api/v2.0). The transport underneath owns the
// network manager, the request policy and every job it makes; each request is one job with a
// typed result delivered to a callback whose context object may die first (the callback is then
// dropped).
class HarborClient : public ApiTransport
{
    Q_OBJECT

public:
    explicit HarborClient(ConnectionSettings settings, QObject *parent = nullptr);
    ~HarborClient() override;

    ApiJob *apiVersion(QObject *context, Callback<QString> done);
    ApiJob *systemInfo(QObject *context, Callback<SystemInfo> done);
    ApiJob *currentUser(QObject *context, Callback<CurrentUser> done);
    ApiJob *permissions(qint64 projectId, QObject *context, Callback<QList<Permission>> done);
    ApiJob *project(const QString &name, QObject *context, Callback<Project> done);
    // Its repository count and, with quota:read, the storage quota Harbor counts.
    ApiJob *projectSummary(const QString &name, QObject *context, Callback<ProjectSummary> done);
    ApiJob *repository(
        const QString &project, const QString &repositoryPath, QObject *context, Callback<Repository> done);
    ApiJob *artifact(const QString &project, const QString &repositoryPath, const QString &reference,
        const ArtifactQuery &query, QObject *context, Callback<Artifact> done);

    PagedListJob *listProjects(const QString &q, QObject *context, PageCallback<Project> onPage, DoneCallback done);
    PagedListJob *listRepositories(
        const QString &project, const QString &q, QObject *context, PageCallback<Repository> onPage, DoneCallback done);
    PagedListJob *listArtifacts(const QString &project, const QString &repositoryPath, const ArtifactQuery &query,
        QObject *context, PageCallback<Artifact> onPage, DoneCallback done);
    // GET /projects/{project_name_or_id}/artifacts (Harbor v2.12+, ListArtifactsOfProject in
    // goharbor/harbor src/server/v2.0/handler/project.go): every repository's artifacts in one
    // paged list, newest push first. An all-digit name must be passed as the project's id.
    PagedListJob *listProjectArtifacts(const QString &projectNameOrId, const ArtifactQuery &query, QObject *context,
        PageCallback<Artifact> onPage, DoneCallback done);
    PagedListJob *listTags(const QString &project, const QString &repositoryPath, const QString &reference,
        QObject *context, PageCallback<Tag> onPage, DoneCallback done);

    // Deletes are sent once; the caller (the delete engine) owns retry decisions.
    ApiJob *deleteTag(const QString &project, const QString &repositoryPath, const QString &reference,
        const QString &tag, QObject *context, DoneCallback done);
    ApiJob *deleteArtifact(const QString &project, const QString &repositoryPath, const QString &reference,
        QObject *context, DoneCallback done);
    ApiJob *deleteRepository(
        const QString &project, const QString &repositoryPath, QObject *context, DoneCallback done);
    // POST .../artifacts/{reference}/tags {"name": tag} (needs tag:create, not push); 201. A name
    // the repository has is 409 (goharbor/harbor src/server/v2.0/handler/artifact.go, CreateTag).
    ApiJob *addTag(const QString &project, const QString &repositoryPath, const QString &reference, const QString &tag,
        QObject *context, DoneCallback done);

    // Never silently anonymous: one users/current probe per client tells whether Harbor
    // accepts the credentials (401 = rejected; 412 robot or 200 user = accepted). The result
    // is cached; later calls answer from the cache.
    void verifyCredentials(QObject *context, std::function<void(const CredentialVerdict &)> done);
    const CredentialVerdict &credentialVerdict() const { return m_verdict; }
    // Forget the verdict so the next verifyCredentials() asks Harbor again (after a fix, a retry).
    void resetCredentialVerdict() { m_verdict = {}; }
    static CredentialVerdict verdictFrom(
        bool hasCredentials, int status, const ApiError &error, const QByteArray &body, const QString &username);

    // Items and bytes this client's lists accepted in the current session, against
    // ConnectionSettings::maxSessionItems and maxSessionBytes. A session ends when no list has
    // run for sessionIdleResetMs. PagedListJob keeps the count.
    struct ListUsage
    {
        qint64 items = 0;
        qint64 bytes = 0;
    };
    const ListUsage &sessionUsage() const { return m_sessionUsage; }
    void addSessionUsage(qint64 items, qint64 bytes);
    void listStarted();
    void listEnded();

private:
    template<class T>
    ApiJob *getTyped(const ApiRequest &req, Parsed<T> (*parse)(const QByteArray &), QObject *context, Callback<T> done);
    template<class T>
    PagedListJob *listTyped(const QUrl &url, Parsed<QList<T>> (*parse)(const QByteArray &), QObject *context,
        PageCallback<T> onPage, DoneCallback done);
    ApiJob *sendDelete(const QUrl &url, QObject *context, DoneCallback done);

    CredentialVerdict m_verdict;
    bool m_verifying = false;
    ListUsage m_sessionUsage;
    int m_listsRunning = 0;
    QElapsedTimer m_idleSince; // valid while no list runs
    QList<std::pair<QPointer<QObject>, std::function<void(const CredentialVerdict &)>>> m_verdictWaiters;
};

} // namespace berth
