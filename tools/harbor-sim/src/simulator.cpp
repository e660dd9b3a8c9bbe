#include "simulator.h"

#include "requestcontext.h"
#include "responses.h"
#include "util.h"

#include <functional>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

namespace sim {

namespace {

bool isUnsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS" && method != "TRACE";
}

QByteArray basicDecode(const QByteArray &header, QString *user, QString *secret)
{
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    *user = QString::fromUtf8(decoded.left(colon));
    *secret = QString::fromUtf8(decoded.mid(colon + 1));
    return decoded;
}

} // namespace

Simulator::Simulator(const Options &options, const Dataset &initial, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_initialOptions(options)
    , m_initial(initial)
    , m_data(initial)
{
    for (const QJsonObject &spec : options.faults) {
        Fault f;
        QString err;
        if (parseFault(spec, &f, &err))
            m_faults.append(f);
    }
    if (options.registryBackend.isValid()) {
        m_backend = new QNetworkAccessManager(this);
        m_backend->setCookieJar(nullptr);
        m_backend->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_backend->setProxy(QNetworkProxy::NoProxy); // loopback only, never through an environment proxy
    }
    if (!options.logFile.isEmpty()) {
        m_logFile.setFileName(options.logFile);
        if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            qWarning("harbor-sim: cannot open log file %s", qPrintable(options.logFile));
    }
}

QByteArray Simulator::issueCsrfToken()
{
    if (m_csrfTokens.size() > 100000)
        m_csrfTokens.clear();
    const QByteArray token = randomHex(24).toLatin1();
    m_csrfTokens.insert(token);
    return token;
}

void Simulator::handle(HttpConnection *connection, const HttpRequest &request)
{
    auto ctx = std::make_shared<Ctx>();
    ctx->conn = connection;
    ctx->req = request;
    ctx->path = QString::fromUtf8(percentDecode(request.rawPath));
    ctx->requestId = request.header("X-Request-Id");
    if (ctx->requestId.isEmpty())
        ctx->requestId = uuid().toLatin1();
    ctx->control = request.rawPath.startsWith("/_sim/") || request.rawPath == "/_sim";
    ctx->api = request.rawPath.startsWith("/api/");
    for (const QByteArray &cookieHeader : request.headerValues("Cookie")) {
        for (const QByteArray &part : cookieHeader.split(';')) {
            const QByteArray kv = part.trimmed();
            const int eq = kv.indexOf('=');
            const QByteArray name = eq < 0 ? kv : kv.left(eq);
            if (name.isEmpty())
                continue;
            ctx->cookieNames << QString::fromUtf8(name);
            if (name == "sid")
                ctx->sid = kv.mid(eq + 1);
        }
    }
    ctx->csrfHeader = request.hasHeader("X-Harbor-CSRF-Token");
    for (const QByteArray &part : request.rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const int eq = part.indexOf('=');
        const QByteArray k = eq < 0 ? part : part.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        ctx->query.append({QString::fromUtf8(percentDecode(k, true)), QString::fromUtf8(percentDecode(v, true))});
    }
    const QByteArray auth = request.header("Authorization");
    if (auth.isEmpty()) {
        ctx->authKind = QStringLiteral("none");
    } else if (auth.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        ctx->authKind = QStringLiteral("basic");
        if (!basicDecode(auth, &ctx->basicUser, &ctx->basicSecret).isNull())
            ctx->hasBasicUser = true;
    } else if (auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        ctx->authKind = QStringLiteral("bearer");
        ctx->bearer = auth.mid(7).trimmed();
    } else {
        ctx->authKind = QStringLiteral("other");
    }

    if (ctx->control) {
        finish(ctx, handleControl(ctx));
        return;
    }

    if (injectFault(ctx))
        return;
    proceed(ctx);
}

void Simulator::proceed(const CtxPtr &ctx)
{
    if (!ctx->conn)
        return;
    // CSRF (before authentication): only requests that carry the sid cookie are checked.
    const bool csrfScope = ctx->api || ctx->req.rawPath.startsWith("/v2/") || ctx->req.rawPath.startsWith("/service/");
    if (csrfScope && !ctx->sid.isNull() && isUnsafe(ctx->req.method)) {
        const QByteArray token = ctx->req.header("X-Harbor-CSRF-Token");
        if (token.isEmpty() || !m_csrfTokens.contains(token)) {
            finish(ctx, errorResponse(403, QStringLiteral("FORBIDDEN"), QStringLiteral("CSRF token invalid")));
            return;
        }
    }
    ctx->authFailed = authenticate(ctx);
    if (ctx->authFailed && m_options.authFailDelay > 0) {
        QTimer::singleShot(int(m_options.authFailDelay * 1000.0), this, [this, ctx] { dispatch(ctx); });
        return;
    }
    dispatch(ctx);
}

bool Simulator::authenticate(const CtxPtr &ctx)
{
    const QString &path = ctx->path;
    const bool v2 = path.startsWith(QLatin1String("/v2"));
    if (ctx->authKind == QLatin1String("bearer")) {
        // v2Token: only on /v2 paths. Everywhere else a Bearer header is ignored (anonymous).
        if (v2) {
            auto it = m_tokens.constFind(ctx->bearer);
            if (it != m_tokens.constEnd() && it->expires > QDateTime::currentSecsSinceEpoch()) {
                ctx->identity = it->identity;
                return false;
            }
        }
        return false;
    }
    if (ctx->authKind != QLatin1String("basic") || !ctx->hasBasicUser)
        return ctx->authKind == QLatin1String("basic");
    const QString &user = ctx->basicUser;
    const QString &secret = ctx->basicSecret;
    const bool oidc = m_options.authMode == QLatin1String("oidc_auth");
    const QString &prefix = m_options.robotPrefix;
    // oidcCli: OIDC mode only, whitelisted paths only, never robot-prefixed names.
    if (oidc && !(user.startsWith(prefix) && !prefix.isEmpty())) {
        static const QRegularExpression reposList(QStringLiteral("^/api/v2\\.0/projects/[^/]+/repositories$"));
        static const QRegularExpression artList(
            QStringLiteral("^/api/v2\\.0/projects/[^/]+/repositories/[^/]+/artifacts$"));
        static const QRegularExpression tagDel(
            QStringLiteral("^/api/v2\\.0/projects/[^/]+/repositories/[^/]+/artifacts/[^/]+/tags/[^/]+$"));
        const QByteArray &m = ctx->req.method;
        const bool whitelisted = path.startsWith(QLatin1String("/service/token")) || v2
            || ((m == "GET" || m == "POST") && path == QLatin1String("/api/v2.0/projects"))
            || (m == "GET"
                && (path == QLatin1String("/api/v2.0/systeminfo") || path == QLatin1String("/api/version")
                    || path == QLatin1String("/api/v2.0/labels") || reposList.match(path).hasMatch()
                    || artList.match(path).hasMatch()))
            || (m == "DELETE" && tagDel.match(path).hasMatch());
        if (whitelisted) {
            for (const UserRec &u : std::as_const(m_data.users)) {
                if (u.oidc && u.username == user && !u.cliSecret.isEmpty() && u.cliSecret == secret) {
                    ctx->identity.kind = Identity::User;
                    ctx->identity.name = u.username;
                    ctx->identity.user = u;
                    return false;
                }
            }
        }
    }
    // robot: exact, case-sensitive lookup of the name without the prefix.
    if (!prefix.isEmpty() && user.startsWith(prefix)) {
        const QString stored = user.mid(prefix.size());
        for (const RobotRec &r : std::as_const(m_data.robots)) {
            if (r.name != stored)
                continue;
            const bool expired = r.expiresAt != -1 && r.expiresAt <= QDateTime::currentSecsSinceEpoch();
            if (r.secret == secret && !r.disabled && !expired) {
                ctx->identity.kind = Identity::Robot;
                ctx->identity.name = user;
                ctx->identity.robot = r;
                return false;
            }
            break;
        }
    }
    // basicAuth: database users (in OIDC mode only the admin, user id 1, logs in against the DB).
    for (const UserRec &u : std::as_const(m_data.users)) {
        if (u.username != user || u.oidc)
            continue;
        if (oidc && u.id != 1)
            continue;
        if (u.password == secret) {
            ctx->identity.kind = Identity::User;
            ctx->identity.name = u.username;
            ctx->identity.user = u;
            return false;
        }
    }
    return true;
}

void Simulator::dispatch(const CtxPtr &ctx)
{
    if (!ctx->conn)
        return;
    // middleware/readonly/readonly.go runs on every route; /v2/ writes count once a backend takes them.
    const bool writable = ctx->path.startsWith(QLatin1String("/api/v2.0"))
        || ((m_backend || m_options.syntheticContent) && ctx->path.startsWith(QLatin1String("/v2/")));
    if (m_options.readOnly && isUnsafe(ctx->req.method) && writable) {
        finish(ctx,
            errorResponse(403, QStringLiteral("DENIED"),
                QStringLiteral("The system is in read only mode. Any modification is prohibited.")));
        return;
    }
    HttpResponse response = route(ctx);
    if (!ctx->deferred)
        finish(ctx, std::move(response));
}

void Simulator::finish(const CtxPtr &ctx, HttpResponse response, bool decorate)
{
    if (!ctx->conn)
        return;
    if (response.header("X-Request-Id").isEmpty())
        response.setHeader("X-Request-Id", ctx->requestId);
    if (decorate && ctx->api) {
        const QByteArray sid = ctx->sid.isEmpty() ? randomHex(16).toLatin1() : ctx->sid;
        response.addHeader("Set-Cookie", "sid=" + sid + "; Path=/; HttpOnly");
        if (ctx->req.method == "GET")
            response.addHeader("X-Harbor-CSRF-Token", issueCsrfToken());
    }
    if (ctx->faultKind == QLatin1String("header")) {
        response.setHeader(ctx->fault.value(QStringLiteral("name")).toString().toUtf8(),
            ctx->fault.value(QStringLiteral("value")).toString().toUtf8());
    }
    if (ctx->req.method == "HEAD") {
        if (!ctx->keepLength || response.header("Content-Length").isEmpty())
            response.setHeader("Content-Length", QByteArray::number(response.body.size()));
        response.body.clear();
    }
    writeLog(ctx, response.status);
    if (ctx->faultKind == QLatin1String("reset_after"))
        ctx->conn->reset(); // the request took effect; its answer is lost
    else if (ctx->faultKind == QLatin1String("truncated"))
        ctx->conn->sendTruncated(response);
    else if (ctx->faultKind == QLatin1String("stall"))
        ctx->conn->sendStalled(response);
    else
        ctx->conn->send(response);
}

void Simulator::writeLog(const CtxPtr &ctx, int status)
{
    JsonWriter w(512);
    w.beginObject();
    w.key("time").str(isoNow());
    w.key("method").str(ctx->req.method);
    w.key("path").str(ctx->req.target);
    w.key("host").str(ctx->req.header("Host"));
    w.key("auth").str(ctx->authKind);
    w.key("user");
    if (ctx->hasBasicUser)
        w.str(ctx->basicUser);
    else
        w.null();
    w.key("identity").str(ctx->identity.logName());
    w.key("cookies").beginArray();
    for (const QString &c : ctx->cookieNames)
        w.str(c);
    w.endArray();
    w.key("csrf_header").boolean(ctx->csrfHeader);
    w.key("request_id").str(ctx->requestId);
    w.key("user_agent").str(ctx->req.header("User-Agent"));
    w.key("status");
    if (status == 0)
        w.null();
    else
        w.num(status);
    w.key("elapsed_ms").dbl(double(ctx->req.timer.nsecsElapsed()) / 1e6);
    w.key("fault");
    if (ctx->faultKind.isEmpty())
        w.null();
    else
        w.str(ctx->faultKind);
    if (ctx->control)
        w.key("control").boolean(true);
    w.endObject();
    const QByteArray &line = w.data();
    if (m_log.size() >= 200000)
        m_log.removeFirst();
    m_log.append(line);
    if (m_logFile.isOpen()) {
        m_logFile.write(line + '\n');
        m_logFile.flush();
    }
}

// ---------------------------------------------------------------------------------------------
// Routing

HttpResponse Simulator::route(const CtxPtr &ctx)
{
    const QByteArray &m = ctx->req.method;
    QStringList seg = ctx->path.split(QLatin1Char('/'));
    if (!seg.isEmpty() && seg.first().isEmpty())
        seg.removeFirst();
    const HttpResponse pathNotFound = notFound(QStringLiteral("path %1 was not found").arg(ctx->path));
    auto allow = [&](const QList<QByteArray> &methods, const std::function<HttpResponse()> &fn) -> HttpResponse {
        if (methods.contains(m) || (m == "HEAD" && methods.contains("GET")))
            return fn();
        QStringList names;
        for (const QByteArray &a : methods)
            names << QString::fromLatin1(a);
        return errorResponse(405, QStringLiteral("METHOD_NOT_ALLOWED"),
            QStringLiteral("method %1 is not allowed, but [%2] are")
                .arg(QString::fromLatin1(m), names.join(QLatin1Char(','))));
    };
    // Segments after the nginx-style single decode; the repository segment is decoded once more.
    auto repoName = [](const QString &s) { return QString::fromUtf8(percentDecode(s.toUtf8())); };

    if (seg.value(0) == QLatin1String("api")) {
        if (seg.size() == 2 && seg[1] == QLatin1String("version"))
            return allow({"GET"}, [] {
                return jsonResponse(200, QJsonObject {{QStringLiteral("version"), QStringLiteral("v2.0")}});
            });
        if (seg.value(1) != QLatin1String("v2.0") || seg.size() < 3)
            return pathNotFound;
        const QStringList s = seg.mid(2);
        const int n = s.size();
        for (const QString &part : s) {
            if (part.isEmpty())
                return pathNotFound;
        }
        if (n == 1 && s[0] == QLatin1String("ping")) {
            return allow({"GET"}, [] {
                HttpResponse r;
                r.addHeader("Content-Type", "text/plain; charset=utf-8");
                r.body = "Pong";
                return r;
            });
        }
        if (n == 1 && s[0] == QLatin1String("systeminfo"))
            return allow({"GET"}, [&] { return handleSystemInfo(ctx); });
        if (n == 2 && s[0] == QLatin1String("users") && s[1] == QLatin1String("current"))
            return allow({"GET"}, [&] { return handleCurrentUser(ctx); });
        if (n == 3 && s[0] == QLatin1String("users") && s[1] == QLatin1String("current")
            && s[2] == QLatin1String("permissions"))
            return allow({"GET"}, [&] { return handlePermissions(ctx); });
        if (s[0] != QLatin1String("projects"))
            return pathNotFound;
        if (n == 1)
            return allow({"GET"}, [&] { return handleListProjects(ctx); });
        if (n == 2)
            return allow({"GET"}, [&] { return handleGetProject(ctx, s[1]); });
        if (n == 3 && s[2] == QLatin1String("summary"))
            return allow({"GET"}, [&] { return handleProjectSummary(ctx, s[1]); });
        // listArtifactsOfProject exists from Harbor v2.12 (api/v2.0/swagger.yaml at v2.12.0).
        if (n == 3 && s[2] == QLatin1String("artifacts") && harborVersionAtLeast(m_options.harborVersion, 2, 12))
            return allow({"GET"}, [&] { return handleListProjectArtifacts(ctx, s[1]); });
        if (s[2] != QLatin1String("repositories"))
            return pathNotFound;
        if (n == 3)
            return allow({"GET"}, [&] { return handleListRepos(ctx, s[1]); });
        if (n == 4)
            return allow({"GET", "DELETE"}, [&] { return handleRepo(ctx, s[1], repoName(s[3])); });
        if (s[4] != QLatin1String("artifacts"))
            return pathNotFound;
        if (n == 5)
            return allow({"GET"}, [&] { return handleListArtifacts(ctx, s[1], repoName(s[3])); });
        if (n == 6)
            return allow({"GET", "DELETE"}, [&] { return handleArtifact(ctx, s[1], repoName(s[3]), s[5]); });
        if (s[6] != QLatin1String("tags"))
            return pathNotFound;
        if (n == 7)
            return allow({"GET", "POST"}, [&] {
                return m == "POST" ? handleCreateTag(ctx, s[1], repoName(s[3]), s[5])
                                   : handleListTags(ctx, s[1], repoName(s[3]), s[5]);
            });
        if (n == 8)
            return allow({"DELETE"}, [&] { return handleDeleteTag(ctx, s[1], repoName(s[3]), s[5], s[7]); });
        return pathNotFound;
    }
    if (ctx->path == QLatin1String("/v2/") || ctx->path == QLatin1String("/v2"))
        return allow({"GET"}, [&] { return handleV2Base(ctx); });
    if (ctx->path == QLatin1String("/service/token"))
        return allow({"GET"}, [&] { return handleToken(ctx); });
    if (ctx->path.startsWith(QLatin1String("/v2/")) && (m_backend || m_options.syntheticContent))
        return routeRegistry(ctx);
    return pathNotFound;
}

// ---------------------------------------------------------------------------------------------
// RBAC checks

bool Simulator::requireProject(const CtxPtr &ctx, const QString &name, ProjectRec **project, HttpResponse *error,
    const QString &resource, const QString &action, bool byId, qint64 id)
{
    ProjectRec *p = byId ? m_data.findProjectId(id) : m_data.findProject(name);
    const Identity &who = ctx->identity;
    if (!p) {
        // Harbor treats an unknown project as id 0: no permission. Sysadmins get 404 (v2.7+).
        if (who.sysadmin())
            *error = notFound(QStringLiteral("project %1 not found").arg(byId ? QString::number(id) : name));
        else
            *error = who.authenticated() ? forbidden() : unauthorized();
        return false;
    }
    if (!can(who, *p, resource, action)) {
        *error = who.authenticated() ? forbidden() : unauthorized();
        return false;
    }
    *project = p;
    return true;
}

bool Simulator::resolveRepo(const CtxPtr &ctx, const QString &project, const QString &repo, const QString &resource,
    const QString &action, ProjectRec **p, RepositoryRec **r, HttpResponse *error)
{
    if (!requireProject(ctx, project, p, error, resource, action))
        return false;
    const QString full = project + QLatin1Char('/') + repo;
    *r = (*p)->findRepo(full);
    if (!*r) {
        *error = notFound(QStringLiteral("repository %1 not found").arg(full));
        return false;
    }
    return true;
}

ArtifactRec *Simulator::resolveReference(RepositoryRec *repo, const QString &ref)
{
    if (ref.contains(QLatin1Char(':')))
        return repo->findDigest(ref);
    return repo->findTag(ref);
}

// ---------------------------------------------------------------------------------------------
// /v2/ and its token service

HttpResponse Simulator::handleV2Base(const CtxPtr &ctx)
{
    if (ctx->identity.authenticated()) {
        HttpResponse r = jsonResponse(200, QByteArray("{}"));
        r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
        return r;
    }
    HttpResponse r = errorResponse(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("unauthorized: unauthorized"));
    r.addHeader("Docker-Distribution-Api-Version", "registry/2.0");
    if (ctx->authKind == QLatin1String("none")) {
        const bool secure = ctx->conn && ctx->conn->isSecure();
        const QString host = ctx->host().isEmpty() ? m_options.listenHost : ctx->host();
        r.addHeader("Www-Authenticate",
            (QStringLiteral("Bearer realm=\"%1://%2/service/token\",service=\"harbor-registry\"")
                    .arg(secure ? QStringLiteral("https") : QStringLiteral("http"), host))
                .toUtf8());
    } else {
        r.addHeader("Www-Authenticate", "Basic realm=\"harbor\"");
    }
    return r;
}

HttpResponse Simulator::handleToken(const CtxPtr &ctx)
{
    const QString service = ctx->q(QStringLiteral("service"));
    if (service != QLatin1String("harbor-registry"))
        return errorResponse(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("invalid service: %1").arg(service));
    QStringList scopes;
    for (const auto &kv : ctx->query) {
        if (kv.first == QLatin1String("scope"))
            scopes += kv.second.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const Identity &id = ctx->identity;
    if (!id.authenticated() && scopes.isEmpty())
        return unauthorized();
    QJsonArray access;
    QList<QPair<QString, QStringList>> granted;
    for (const QString &scope : scopes) {
        const QStringList parts = scope.split(QLatin1Char(':'));
        if (parts.size() < 3)
            continue;
        const QString type = parts.first();
        const QString name = parts.mid(1, parts.size() - 2).join(QLatin1Char(':'));
        const QStringList wanted = parts.last().split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList actions;
        if (type == QLatin1String("registry")) {
            if (id.sysadmin())
                actions = wanted;
        } else if (type == QLatin1String("repository")) {
            ProjectRec *p = m_data.findProject(name.section(QLatin1Char('/'), 0, 0));
            for (const QString &w : wanted) {
                if (!p)
                    break;
                bool ok = false;
                if (w == QLatin1String("pull"))
                    ok = can(id, *p, QStringLiteral("repository"), QStringLiteral("pull"))
                        || can(id, *p, QStringLiteral("repository"), QStringLiteral("push"));
                else if (w == QLatin1String("push"))
                    ok = can(id, *p, QStringLiteral("repository"), QStringLiteral("push"));
                else if (w == QLatin1String("delete"))
                    ok = can(id, *p, QStringLiteral("repository"), QStringLiteral("delete"));
                else if (w == QLatin1String("*"))
                    ok = id.sysadmin();
                if (ok)
                    actions << w;
            }
        }
        access.append(QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("name"), name},
            {QStringLiteral("actions"), QJsonArray::fromStringList(actions)}});
        granted.append({name, actions});
    }
    const qint64 iat = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("kid"), QStringLiteral("HSIM:4B2C:7Q5F:ZL3K:EXAM:PLE0:NOTA:REAL:KEY0:0000:0000:0000")}};
    const QString sub = id.kind == Identity::Anonymous ? QString() : id.name;
    const QJsonObject payload {{QStringLiteral("iss"), QStringLiteral("harbor-token-issuer")},
        {QStringLiteral("sub"), sub}, {QStringLiteral("aud"), QStringLiteral("harbor-registry")},
        {QStringLiteral("exp"), iat + 1800}, {QStringLiteral("nbf"), iat}, {QStringLiteral("iat"), iat},
        {QStringLiteral("jti"), randomHex(8)}, {QStringLiteral("access"), access}};
    QByteArray sig(256, Qt::Uninitialized);
    for (int i = 0; i < sig.size(); ++i)
        sig[i] = char(QRandomGenerator::global()->bounded(256));
    const QByteArray token
        = base64Url(compactJson(header)) + '.' + base64Url(compactJson(payload)) + '.' + base64Url(sig);
    IssuedToken issued;
    issued.identity = id;
    if (id.kind == Identity::Anonymous) {
        issued.identity.kind = Identity::Token;
        issued.identity.name.clear();
    }
    issued.identity.tokenAccess = granted;
    issued.expires = iat + 1800;
    if (m_tokens.size() > 10000)
        m_tokens.clear();
    m_tokens.insert(token, issued);
    return jsonResponse(200,
        QJsonObject {{QStringLiteral("token"), QString::fromLatin1(token)}, {QStringLiteral("access_token"), QString()},
            {QStringLiteral("expires_in"), 1800},
            {QStringLiteral("issued_at"), QDateTime::fromSecsSinceEpoch(iat, Qt::UTC).toString(Qt::ISODate)}});
}

} // namespace sim
