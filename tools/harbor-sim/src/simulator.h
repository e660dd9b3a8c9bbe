// The Harbor behaviour. simulator.cpp: the request pipeline (routing, authentication, CSRF,
// read-only, RBAC checks, logging, /v2/ and its token service). Beside it: faults.cpp (fault
// injection), control.cpp (the /_sim/ control endpoints), jsonwriters.cpp (Harbor's JSON for
// artifacts, tags, projects and repositories), projecthandlers.cpp and artifacthandlers.cpp (the
// REST endpoints), query.cpp (q, sort and paging).
#pragma once

#include "httpserver.h"
#include "model.h"
#include "util.h"

#include <memory>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sim {

struct Options
{
    QHostAddress address = QHostAddress::LocalHost;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool tls = false;
    QString certOut;
    QString robotPrefix = QStringLiteral("robot$");
    QString authMode = QStringLiteral("db_auth");
    double authFailDelay = 1.5;
    bool readOnly = false;
    QList<QJsonObject> faults;
    QString logFile;
    QString portFile;
    QUrl registryBackend; // --registry-backend: a docker-registry without auth that /v2/ is passed to
    bool syntheticContent = false; // --synthetic-content: /v2/ reads answered from synthetic.cpp
    // --harbor-version (or /_sim/config harbor_version): what systeminfo reports, and which
    // version-dependent endpoints exist (GET /projects/{p}/artifacts from v2.12).
    QString harborVersion = QStringLiteral("v2.11.0-harbor-sim");
};

struct Fault
{
    QJsonObject spec;
    QString kind;
    QString match;
    QString method;
    int times = -1;
    int skip = 0;
    int seen = 0;
    int fired = 0;
};

class Simulator : public QObject
{
    Q_OBJECT
public:
    Simulator(const Options &options, const Dataset &initial, QObject *parent = nullptr);
    void handle(HttpConnection *connection, const HttpRequest &request);
    static bool parseFault(const QJsonObject &spec, Fault *out, QString *error);

private:
    struct Ctx;
    using CtxPtr = std::shared_ptr<Ctx>;

    void proceed(const CtxPtr &ctx);
    bool authenticate(const CtxPtr &ctx); // returns true when credentials were presented and failed
    void dispatch(const CtxPtr &ctx);
    void finish(const CtxPtr &ctx, HttpResponse response, bool decorate = true);
    void writeLog(const CtxPtr &ctx, int status);
    bool injectFault(const CtxPtr &ctx); // true when a fault took the request over
    const Fault *matchFault(const CtxPtr &ctx);
    HttpResponse faultResponse(const CtxPtr &ctx, const QJsonObject &spec);

    HttpResponse route(const CtxPtr &ctx);
    HttpResponse handleControl(const CtxPtr &ctx);
    HttpResponse handleSystemInfo(const CtxPtr &ctx);
    HttpResponse handleCurrentUser(const CtxPtr &ctx);
    HttpResponse handlePermissions(const CtxPtr &ctx);
    HttpResponse handleListProjects(const CtxPtr &ctx);
    HttpResponse handleGetProject(const CtxPtr &ctx, const QString &nameOrId);
    // quota.cpp: GET /projects/{p}/summary, and the blobs the project quota counts.
    HttpResponse handleProjectSummary(const CtxPtr &ctx, const QString &nameOrId);
    // After an upload or mount the backend accepted (201): associates the blob with the project, as
    // Harbor's blob middleware does, then answers `response`.
    void associateUpload(const CtxPtr &ctx, const QString &repository, HttpResponse response);
    HttpResponse handleListRepos(const CtxPtr &ctx, const QString &project);
    HttpResponse handleRepo(const CtxPtr &ctx, const QString &project, const QString &repo);
    HttpResponse handleListArtifacts(const CtxPtr &ctx, const QString &project, const QString &repo);
    HttpResponse handleListProjectArtifacts(const CtxPtr &ctx, const QString &project);
    HttpResponse handleArtifact(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref);
    HttpResponse handleListTags(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref);
    HttpResponse handleDeleteTag(
        const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref, const QString &tag);
    HttpResponse handleCreateTag(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref);
    HttpResponse handleV2Base(const CtxPtr &ctx);
    // registry.cpp: /v2/<name>/... in front of the --registry-backend.
    HttpResponse routeRegistry(const CtxPtr &ctx);
    bool v2Authorize(
        const CtxPtr &ctx, const QString &repository, const QString &action, ProjectRec **project, HttpResponse *error);
    // A read-only endpoint (tags list, referrers): GET or HEAD (405 otherwise), then v2Authorize for pull.
    bool v2AuthorizeRead(const CtxPtr &ctx, const QString &repository, ProjectRec **project, HttpResponse *error);
    bool v2Can(const CtxPtr &ctx, const ProjectRec &project, const QString &action) const;
    HttpResponse v2Challenge(const CtxPtr &ctx, const QString &repository, const QString &action) const;
    HttpResponse handleV2Manifest(const CtxPtr &ctx, const QString &repository, const QString &reference);
    HttpResponse handleV2Tags(const CtxPtr &ctx, const QString &repository);
    HttpResponse handleV2Referrers(const CtxPtr &ctx, const QString &repository, const QString &digest);
    HttpResponse handleV2Catalog(const CtxPtr &ctx);
    HttpResponse handleV2Blob(const CtxPtr &ctx, const QString &repository, bool upload);
    // syntheticv2.cpp: /v2/ answered from --synthetic-content instead of a backend.
    HttpResponse syntheticManifest(
        const CtxPtr &ctx, RepositoryRec *repo, ArtifactRec *artifact, const QString &reference);
    HttpResponse syntheticBlob(const CtxPtr &ctx, ProjectRec *project, const QString &repository, bool upload);
    // Passes the request to the backend under backendTarget (raw path + query); `done` may change the
    // buffered answer (manifest PUT records the push there). Blob GETs with a known length stream.
    // Returns true when the hook answers the request itself (later).
    using ProxyHook = std::function<bool(int status, HttpResponse *response)>;
    void proxy(const CtxPtr &ctx, const QByteArray &backendTarget, bool stream, ProxyHook done = {});
    QByteArray rewriteLocation(const CtxPtr &ctx, const QByteArray &location) const;
    void finishStreamHead(const CtxPtr &ctx, HttpResponse head, qint64 length);
    // Deletes these manifests in the backend (Harbor's artifact delete reaches the registry), then
    // answers `response`.
    void deleteInBackend(
        const CtxPtr &ctx, const QString &repository, const QStringList &digests, HttpResponse response);
    // pushrecord.cpp: what Harbor records when a manifest push succeeds.
    void recordPush(ProjectRec *project, const QString &repository, const QByteArray &manifest,
        const QByteArray &contentType, const QString &digest, const QString &tag);
    // Reads the config blob of a pushed image from the backend into extra_attrs, as Harbor's
    // processors do while the push is answered, then answers `response`.
    void abstractConfig(const CtxPtr &ctx, const QString &repository, const QString &digest, HttpResponse response);
    HttpResponse handleToken(const CtxPtr &ctx);

    // Helpers
    bool requireProject(const CtxPtr &ctx, const QString &name, ProjectRec **project, HttpResponse *error,
        const QString &resource, const QString &action, bool byId = false, qint64 id = 0);
    // {project_name_or_id} as Harbor reads it (handler/util.go parseProjectNameOrID): all digits is an
    // id unless X-Is-Resource-Name: true; then requireProject.
    bool requireProjectNameOrId(const CtxPtr &ctx, const QString &nameOrId, ProjectRec **project, HttpResponse *error,
        const QString &resource, const QString &action);
    bool resolveRepo(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &resource,
        const QString &action, ProjectRec **p, RepositoryRec **r, HttpResponse *error);
    ArtifactRec *resolveReference(RepositoryRec *repo, const QString &ref);
    HttpResponse deleteArtifact(
        ProjectRec *project, RepositoryRec *repo, const QString &digest, QStringList *removed = nullptr);
    struct ArtifactOpts
    {
        bool withTag = true;
        bool withLabel = false;
        bool withScan = false;
        bool withImmutable = false;
        bool withAccessory = false;
        QByteArray additionBase; // /api/v2.0/projects/<p>/repositories/<double-encoded>/artifacts/
    };
    ArtifactOpts artifactOpts(const CtxPtr &ctx, const ProjectRec &project, const RepositoryRec &repo) const;
    void writeArtifact(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
        const ArtifactOpts &opts) const;
    void writeTag(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
        const TagRec &t, bool withImmutable) const;
    QJsonObject projectJson(const ProjectRec &p, const Identity &id) const;
    QJsonObject repoJson(const RepositoryRec &r) const;
    bool paging(const CtxPtr &ctx, qint64 *page, qint64 *pageSize, HttpResponse *error) const;
    void addListHeaders(const CtxPtr &ctx, HttpResponse *r, qint64 total, qint64 page, qint64 pageSize) const;
    QJsonObject stateJson() const;
    QByteArray issueCsrfToken();

    Options m_options; // current (mutable via /_sim/config)
    const Options m_initialOptions;
    const Dataset m_initial;
    Dataset m_data;
    QList<Fault> m_faults;
    QList<QByteArray> m_log; // compact JSON objects
    QFile m_logFile;
    QSet<QByteArray> m_csrfTokens;
    struct IssuedToken
    {
        Identity identity;
        qint64 expires = 0;
    };
    QHash<QByteArray, IssuedToken> m_tokens;
    qint64 m_pushCounter = 0;
    QNetworkAccessManager *m_backend = nullptr; // with --registry-backend only
    qint64 m_lastPushMs = 0;
};

} // namespace sim
