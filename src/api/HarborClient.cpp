#include "HarborClient.h"

#include "ApiPaths.h"
#include "core/JsonShape.h"
#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace berth {

QString CredentialVerdict::stateName(State s)
{
    switch (s) {
    case State::Anonymous:
        return QStringLiteral("anonymous");
    case State::AcceptedRobot:
        return QStringLiteral("robot");
    case State::AcceptedUser:
        return QStringLiteral("user");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

HarborClient::HarborClient(ConnectionSettings settings, QObject *parent)
    : ApiTransport(std::move(settings), parent)
{ }

HarborClient::~HarborClient() = default;

template<class T>
ApiJob *HarborClient::getTyped(
    const ApiRequest &req, Parsed<T> (*parse)(const QByteArray &), QObject *context, Callback<T> done)
{
    ApiJob *job = send(req);
    QPointer<QObject> ctx(context);
    connect(job, &ApiJob::finished, context ? context : this, [job, parse, done = std::move(done), ctx, context] {
        if (context && !ctx)
            return;
        if (!job->ok()) {
            done(T {}, job->error());
            return;
        }
        Parsed<T> p = parse(job->body());
        if (!p.ok()) {
            job->failBadResponse(p.error);
            done(T {}, job->error());
            return;
        }
        done(p.value, job->error());
    });
    return job;
}

template<class T>
PagedListJob *HarborClient::listTyped(const QUrl &url, Parsed<QList<T>> (*parse)(const QByteArray &), QObject *context,
    PageCallback<T> onPage, DoneCallback done)
{
    QPointer<QObject> ctx(context);
    auto parser = [parse, onPage, ctx, context](const QByteArray &body, int firstIndex) {
        PagedListJob::ParsedPage page;
        Parsed<QList<T>> p = parse(body);
        if (!p.ok()) {
            page.error = p.error;
            return page;
        }
        page.count = p.value.size();
        page.deliver = [items = std::move(p.value), onPage, ctx, context, firstIndex] {
            if (context && !ctx)
                return;
            if (onPage)
                onPage(items, firstIndex);
        };
        return page;
    };
    auto *job = new PagedListJob(this, url, parser, settings().listConcurrency);
    connect(job, &PagedListJob::finished, context ? context : this, [job, done = std::move(done)] {
        if (done)
            done(job->error());
    });
    job->start();
    return job;
}

ApiJob *HarborClient::apiVersion(QObject *context, Callback<QString> done)
{
    ApiRequest req;
    req.url = ApiPaths::apiVersion(baseUrl());
    return getTyped<QString>(req, &HarborJson::parseApiVersion, context, std::move(done));
}

ApiJob *HarborClient::systemInfo(QObject *context, Callback<SystemInfo> done)
{
    ApiRequest req;
    req.url = ApiPaths::systemInfo(baseUrl());
    return getTyped<SystemInfo>(req, &HarborJson::parseSystemInfo, context, std::move(done));
}

ApiJob *HarborClient::currentUser(QObject *context, Callback<CurrentUser> done)
{
    ApiRequest req;
    req.url = ApiPaths::currentUser(baseUrl());
    return getTyped<CurrentUser>(req, &HarborJson::parseCurrentUser, context, std::move(done));
}

ApiJob *HarborClient::permissions(qint64 projectId, QObject *context, Callback<QList<Permission>> done)
{
    ApiRequest req;
    req.url = ApiPaths::currentUserPermissions(baseUrl(), projectId);
    return getTyped<QList<Permission>>(req, &HarborJson::parsePermissions, context, std::move(done));
}

ApiJob *HarborClient::project(const QString &name, QObject *context, Callback<Project> done)
{
    ApiRequest req;
    req.url = ApiPaths::project(baseUrl(), name);
    // An all-digit name would otherwise be read as a project id.
    req.headers.append(qMakePair(QByteArrayLiteral("X-Is-Resource-Name"), QByteArrayLiteral("true")));
    return getTyped<Project>(req, &HarborJson::parseProject, context, std::move(done));
}

ApiJob *HarborClient::projectSummary(const QString &name, QObject *context, Callback<ProjectSummary> done)
{
    ApiRequest req;
    req.url = ApiPaths::projectSummary(baseUrl(), name);
    req.headers.append(qMakePair(QByteArrayLiteral("X-Is-Resource-Name"), QByteArrayLiteral("true")));
    return getTyped<ProjectSummary>(req, &HarborJson::parseProjectSummary, context, std::move(done));
}

ApiJob *HarborClient::repository(
    const QString &project, const QString &repositoryPath, QObject *context, Callback<Repository> done)
{
    ApiRequest req;
    req.url = ApiPaths::repository(baseUrl(), project, repositoryPath);
    return getTyped<Repository>(req, &HarborJson::parseRepository, context, std::move(done));
}

// Harbor unescapes the value of q= once more after the HTTP layer did (goharbor/harbor
// src/lib/q/builder.go), so a literal '+' or '%' must travel encoded twice.
static QString encodeHarborQ(const QString &q)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(q))));
}

static QUrlQuery artifactQuery(const ArtifactQuery &q)
{
    QUrlQuery query;
    const auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    query.addQueryItem(QStringLiteral("with_tag"), flag(q.withTag));
    query.addQueryItem(QStringLiteral("with_label"), flag(q.withLabel));
    query.addQueryItem(QStringLiteral("with_scan_overview"), flag(q.withScanOverview));
    query.addQueryItem(QStringLiteral("with_immutable_status"), flag(q.withImmutableStatus));
    query.addQueryItem(QStringLiteral("with_accessory"), flag(q.withAccessory));
    if (!q.q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), encodeHarborQ(q.q));
    if (!q.sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), q.sort);
    return query;
}

ApiJob *HarborClient::artifact(const QString &project, const QString &repositoryPath, const QString &reference,
    const ArtifactQuery &query, QObject *context, Callback<Artifact> done)
{
    ApiRequest req;
    req.url = ApiPaths::artifact(baseUrl(), project, repositoryPath, reference, artifactQuery(query));
    return getTyped<Artifact>(req, &HarborJson::parseArtifact, context, std::move(done));
}

PagedListJob *HarborClient::listProjects(
    const QString &q, QObject *context, PageCallback<Project> onPage, DoneCallback done)
{
    QUrlQuery query;
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), encodeHarborQ(q));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("name"));
    return listTyped<Project>(
        ApiPaths::projects(baseUrl(), query), &HarborJson::parseProjects, context, std::move(onPage), std::move(done));
}

PagedListJob *HarborClient::listRepositories(
    const QString &project, const QString &q, QObject *context, PageCallback<Repository> onPage, DoneCallback done)
{
    QUrlQuery query;
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), encodeHarborQ(q));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("name"));
    return listTyped<Repository>(ApiPaths::repositories(baseUrl(), project, query), &HarborJson::parseRepositories,
        context, std::move(onPage), std::move(done));
}

PagedListJob *HarborClient::listArtifacts(const QString &project, const QString &repositoryPath,
    const ArtifactQuery &query, QObject *context, PageCallback<Artifact> onPage, DoneCallback done)
{
    return listTyped<Artifact>(ApiPaths::artifacts(baseUrl(), project, repositoryPath, artifactQuery(query)),
        &HarborJson::parseArtifacts, context, std::move(onPage), std::move(done));
}

PagedListJob *HarborClient::listProjectArtifacts(const QString &projectNameOrId, const ArtifactQuery &query,
    QObject *context, PageCallback<Artifact> onPage, DoneCallback done)
{
    return listTyped<Artifact>(ApiPaths::projectArtifacts(baseUrl(), projectNameOrId, artifactQuery(query)),
        &HarborJson::parseArtifacts, context, std::move(onPage), std::move(done));
}

PagedListJob *HarborClient::listTags(const QString &project, const QString &repositoryPath, const QString &reference,
    QObject *context, PageCallback<Tag> onPage, DoneCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("with_immutable_status"), QStringLiteral("true"));
    return listTyped<Tag>(ApiPaths::tags(baseUrl(), project, repositoryPath, reference, query), &HarborJson::parseTags,
        context, std::move(onPage), std::move(done));
}

ApiJob *HarborClient::sendDelete(const QUrl &url, QObject *context, DoneCallback done)
{
    ApiRequest req;
    req.method = "DELETE";
    req.url = url;
    ApiJob *job = send(req);
    QPointer<QObject> ctx(context);
    connect(job, &ApiJob::finished, context ? context : this, [job, ctx, context, done = std::move(done)] {
        if (context && !ctx)
            return;
        // Harbor confirms a delete with an empty body (or JSON). Anything else came from
        // something that is not Harbor, and is no confirmation that the delete happened.
        const QByteArray body = job->body().trimmed();
        // The shape first: parsing a body of millions of tiny arrays would cost gigabytes.
        const QString tooBig = body.isEmpty() ? QString() : JsonShape::structureRefusal(JsonShape::scan(body));
        if (job->ok() && !tooBig.isEmpty())
            job->failBadResponse(tr("the server answered the DELETE with %1").arg(tooBig));
        else if (job->ok() && !body.isEmpty() && QJsonDocument::fromJson(body).isNull())
            job->failBadResponse(tr("the server answered the DELETE with %1, not Harbor's confirmation")
                                     .arg(HarborJson::describeUnparsable(body)));
        if (done)
            done(job->error());
    });
    return job;
}

ApiJob *HarborClient::deleteTag(const QString &project, const QString &repositoryPath, const QString &reference,
    const QString &tag, QObject *context, DoneCallback done)
{
    return sendDelete(ApiPaths::tag(baseUrl(), project, repositoryPath, reference, tag), context, std::move(done));
}

ApiJob *HarborClient::deleteArtifact(const QString &project, const QString &repositoryPath, const QString &reference,
    QObject *context, DoneCallback done)
{
    return sendDelete(ApiPaths::artifact(baseUrl(), project, repositoryPath, reference), context, std::move(done));
}

ApiJob *HarborClient::deleteRepository(
    const QString &project, const QString &repositoryPath, QObject *context, DoneCallback done)
{
    return sendDelete(ApiPaths::repository(baseUrl(), project, repositoryPath), context, std::move(done));
}

ApiJob *HarborClient::addTag(const QString &project, const QString &repositoryPath, const QString &reference,
    const QString &tag, QObject *context, DoneCallback done)
{
    ApiRequest req;
    req.method = "POST";
    req.url = ApiPaths::tags(baseUrl(), project, repositoryPath, reference);
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    req.body = QJsonDocument(QJsonObject {{QStringLiteral("name"), tag}}).toJson(QJsonDocument::Compact);
    ApiJob *job = send(req);
    QPointer<QObject> ctx(context);
    connect(job, &ApiJob::finished, context ? context : this, [job, ctx, context, done = std::move(done)] {
        if (context && !ctx)
            return;
        if (done)
            done(job->error());
    });
    return job;
}

void HarborClient::addSessionUsage(qint64 items, qint64 bytes)
{
    m_sessionUsage.items += items;
    m_sessionUsage.bytes += bytes;
}

void HarborClient::listStarted()
{
    if (m_listsRunning++ == 0 && m_idleSince.isValid() && m_idleSince.elapsed() >= settings().sessionIdleResetMs)
        m_sessionUsage = {};
    m_idleSince.invalidate();
}

void HarborClient::listEnded()
{
    if (m_listsRunning > 0 && --m_listsRunning == 0)
        m_idleSince.start();
}

CredentialVerdict HarborClient::verdictFrom(
    bool hasCredentials, int status, const ApiError &error, const QByteArray &body, const QString &username)
{
    CredentialVerdict v;
    v.error = error;
    if (!hasCredentials) {
        v.state = CredentialVerdict::State::Anonymous;
        return v;
    }
    if (status == 200) {
        const Parsed<CurrentUser> u = HarborJson::parseCurrentUser(body);
        v.state = CredentialVerdict::State::AcceptedUser;
        v.username = u.ok() && !u.value.username.isEmpty() ? u.value.username : username;
        v.sysadmin = u.ok() && u.value.sysadmin;
        v.error = {};
    } else if (status == 412) {
        // "get current user not available for security context: robot": proof the robot
        // authenticated (Harbor 2.3+).
        v.state = CredentialVerdict::State::AcceptedRobot;
        v.username = username;
        v.error = {};
    } else if (status == 401) {
        v.state = CredentialVerdict::State::Rejected;
        v.username = username;
    } else {
        v.state = CredentialVerdict::State::Unknown;
        v.username = username;
    }
    return v;
}

void HarborClient::verifyCredentials(QObject *context, std::function<void(const CredentialVerdict &)> done)
{
    if (m_verdict.state != CredentialVerdict::State::Unknown || (!settings().hasCredentials() && !m_verifying)) {
        if (!settings().hasCredentials())
            m_verdict.state = CredentialVerdict::State::Anonymous;
        done(m_verdict);
        return;
    }
    m_verdictWaiters.append({QPointer<QObject>(context ? context : this), std::move(done)});
    if (m_verifying)
        return;
    m_verifying = true;
    ApiRequest req;
    req.url = ApiPaths::currentUser(baseUrl());
    ApiJob *job = send(req);
    connect(job, &ApiJob::finished, this, [this, job] {
        m_verifying = false;
        CredentialVerdict v
            = verdictFrom(settings().hasCredentials(), job->status(), job->error(), job->body(), settings().username);
        // A transport failure leaves the verdict Unknown, so a later call probes again.
        m_verdict = v;
        qCInfo(lcApi).noquote() << "credentials for" << settings().username << "are"
                                << CredentialVerdict::stateName(v.state);
        const auto waiters = std::exchange(m_verdictWaiters, {});
        for (const auto &[ctx, cb] : waiters)
            if (ctx)
                cb(v);
    });
}

} // namespace berth
