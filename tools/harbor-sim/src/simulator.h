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
    HttpResponse handleListRepos(const CtxPtr &ctx, const QString &project);
    HttpResponse handleRepo(const CtxPtr &ctx, const QString &project, const QString &repo);
    HttpResponse handleListArtifacts(const CtxPtr &ctx, const QString &project, const QString &repo);
    HttpResponse handleArtifact(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref);
    HttpResponse handleListTags(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref);
    HttpResponse handleDeleteTag(
        const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref, const QString &tag);
    HttpResponse handleV2Base(const CtxPtr &ctx);
    HttpResponse handleToken(const CtxPtr &ctx);

    // Helpers
    bool requireProject(const CtxPtr &ctx, const QString &name, ProjectRec **project, HttpResponse *error,
        const QString &resource, const QString &action, bool byId = false, qint64 id = 0);
    bool resolveRepo(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &resource,
        const QString &action, ProjectRec **p, RepositoryRec **r, HttpResponse *error);
    ArtifactRec *resolveReference(RepositoryRec *repo, const QString &ref);
    HttpResponse deleteArtifact(ProjectRec *project, RepositoryRec *repo, const QString &digest);
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
};

} // namespace sim
