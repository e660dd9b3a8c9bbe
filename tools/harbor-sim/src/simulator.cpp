#include "simulator.h"

#include "util.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace sim {

namespace {

const QByteArray kJson = "application/json; charset=utf-8";
const QByteArray kIcon = "sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06";
const QStringList kFaultKinds = {QStringLiteral("latency"), QStringLiteral("hang"), QStringLiteral("status"),
    QStringLiteral("html"), QStringLiteral("malformed_json"), QStringLiteral("empty"), QStringLiteral("truncated"),
    QStringLiteral("reset"), QStringLiteral("reset_after"), QStringLiteral("stall"), QStringLiteral("redirect"),
    QStringLiteral("header"), QStringLiteral("body"), QStringLiteral("huge")};

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.addHeader("Content-Type", kJson);
    r.body = body;
    return r;
}

HttpResponse jsonResponse(int status, const QJsonObject &o)
{
    return jsonResponse(status, compactJson(o));
}

HttpResponse jsonResponse(int status, const QJsonArray &a)
{
    return jsonResponse(status, compactJson(a));
}

HttpResponse errorResponse(int status, const QString &code, const QString &message)
{
    return jsonResponse(status, errorBody(code, message));
}

HttpResponse unauthorized()
{
    return errorResponse(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("unauthorized"));
}

HttpResponse forbidden()
{
    return errorResponse(403, QStringLiteral("FORBIDDEN"), QStringLiteral("forbidden"));
}

HttpResponse notFound(const QString &message)
{
    return errorResponse(404, QStringLiteral("NOT_FOUND"), message);
}

HttpResponse emptyOk()
{
    HttpResponse r;
    r.status = 200;
    return r;
}

bool isUnsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS" && method != "TRACE";
}

bool parseBool(const QString &v, bool fallback)
{
    if (v.isEmpty())
        return fallback;
    const QString l = v.toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("t"))
        return true;
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("f"))
        return false;
    return fallback;
}

QString codeForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHORIZED");
    case 403:
        return QStringLiteral("FORBIDDEN");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 405:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    case 409:
        return QStringLiteral("CONFLICT");
    case 412:
        return QStringLiteral("PRECONDITION");
    case 413:
        return QStringLiteral("REQUEST_ENTITY_TOO_LARGE");
    case 422:
        return QStringLiteral("UNPROCESSABLE_ENTITY");
    case 429:
        return QStringLiteral("TOO_MANY_REQUEST");
    default:
        return status >= 500 ? QStringLiteral("UNKNOWN") : QStringLiteral("UNKNOWN");
    }
}

QString messageForStatus(int status)
{
    if (status >= 500)
        return QStringLiteral("internal server error");
    switch (status) {
    case 401:
        return QStringLiteral("unauthorized");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not found");
    case 429:
        return QStringLiteral("too many requests");
    default:
        return QString::fromLatin1(reasonPhrase(status)).toLower();
    }
}

// One condition of Harbor's q syntax: k=v, k=~v, k={a b}, k=(a b), k=[a~b].
struct QCond
{
    QString key;
    QString value; // exact or fuzzy value
    bool fuzzy = false;
    QStringList anyOf; // {a b}
    QStringList allOf; // (a b)
};

QList<QCond> parseQ(const QString &q)
{
    QList<QCond> out;
    // Harbor unescapes the q value a second time.
    const QString decoded = QString::fromUtf8(percentDecode(q.toUtf8()));
    for (const QString &item : decoded.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QCond c;
        c.key = item.left(eq).trimmed();
        QString v = item.mid(eq + 1).trimmed();
        if (v.startsWith(QLatin1Char('~'))) {
            c.fuzzy = true;
            v = v.mid(1);
        } else if (v.startsWith(QLatin1Char('{')) && v.endsWith(QLatin1Char('}'))) {
            c.anyOf = v.mid(1, v.size() - 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (v.startsWith(QLatin1Char('(')) && v.endsWith(QLatin1Char(')'))) {
            c.allOf = v.mid(1, v.size() - 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (v.startsWith(QLatin1Char('\\'))) {
            v = v.mid(1);
        }
        c.value = v;
        out.append(c);
    }
    return out;
}

bool matchString(const QCond &c, const QString &s)
{
    if (!c.anyOf.isEmpty())
        return c.anyOf.contains(s);
    if (!c.allOf.isEmpty())
        return c.allOf.size() == 1 && c.allOf.first() == s;
    return c.fuzzy ? s.contains(c.value) : s == c.value;
}

struct SortKey
{
    QString key;
    bool desc = false;
};

QList<SortKey> parseSort(const QString &sort, const QStringList &allowed)
{
    QList<SortKey> out;
    for (QString part : sort.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        SortKey k;
        if (part.startsWith(QLatin1Char('-'))) {
            k.desc = true;
            part = part.mid(1);
        }
        k.key = part;
        if (allowed.contains(k.key))
            out.append(k); // unknown keys are silently ignored, as in Harbor
    }
    return out;
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

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

struct Simulator::Ctx
{
    QPointer<HttpConnection> conn;
    HttpRequest req;
    QString path; // raw path percent-decoded once (what Harbor's router sees)
    QByteArray requestId;
    QString authKind = QStringLiteral("none");
    QString basicUser;
    bool hasBasicUser = false;
    QString basicSecret;
    QByteArray bearer;
    Identity identity;
    bool control = false;
    bool api = false; // /api/...
    QStringList cookieNames;
    QByteArray sid;
    bool csrfHeader = false;
    QList<QPair<QString, QString>> query; // decoded once
    QJsonObject fault; // spec of the fault applied, if any
    QString faultKind;
    bool authFailed = false;

    QString q(const QString &key, const QString &fallback = QString()) const
    {
        for (const auto &kv : query) {
            if (kv.first == key)
                return kv.second;
        }
        return fallback;
    }
    bool hasQ(const QString &key) const
    {
        for (const auto &kv : query) {
            if (kv.first == key)
                return true;
        }
        return false;
    }
    QString host() const { return QString::fromUtf8(req.header("Host")); }
};

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
    if (!options.logFile.isEmpty()) {
        m_logFile.setFileName(options.logFile);
        if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            qWarning("harbor-sim: cannot open log file %s", qPrintable(options.logFile));
    }
}

bool Simulator::parseFault(const QJsonObject &spec, Fault *out, QString *error)
{
    Fault f;
    f.spec = spec;
    f.kind = spec.value(QStringLiteral("kind")).toString();
    if (!kFaultKinds.contains(f.kind)) {
        *error
            = QStringLiteral("unknown fault kind '%1'; known: %2").arg(f.kind, kFaultKinds.join(QStringLiteral(", ")));
        return false;
    }
    f.match = spec.value(QStringLiteral("match")).toString();
    f.method = spec.value(QStringLiteral("method")).toString().toUpper();
    f.times = spec.value(QStringLiteral("times")).toInt(-1);
    f.skip = spec.value(QStringLiteral("skip")).toInt(0);
    *out = f;
    return true;
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

    if (const Fault *f = matchFault(ctx)) {
        ctx->fault = f->spec;
        ctx->faultKind = f->kind;
        const QString kind = f->kind;
        if (kind == QLatin1String("latency")) {
            const int delay = f->spec.value(QStringLiteral("delay_ms")).toInt(1000);
            QTimer::singleShot(delay, this, [this, ctx] { proceed(ctx); });
            return;
        }
        if (kind == QLatin1String("hang")) {
            writeLog(ctx, 0);
            connection->hang();
            return;
        }
        if (kind == QLatin1String("reset")) {
            writeLog(ctx, 0);
            connection->reset();
            return;
        }
        if (kind == QLatin1String("huge")) {
            HttpResponse head;
            head.status = 200;
            head.addHeader("Content-Type", kJson);
            head.addHeader("X-Request-Id", ctx->requestId);
            writeLog(ctx, 200);
            connection->sendHuge(head, qMax<qint64>(0, f->spec.value(QStringLiteral("bytes")).toInteger(1 << 20)));
            return;
        }
        if (kind != QLatin1String("truncated") && kind != QLatin1String("stall") && kind != QLatin1String("header")
            && kind != QLatin1String("reset_after")) {
            finish(ctx, faultResponse(ctx, f->spec), false);
            return;
        }
    }
    proceed(ctx);
}

const Fault *Simulator::matchFault(const CtxPtr &ctx)
{
    for (Fault &f : m_faults) {
        if (f.times >= 0 && f.fired >= f.times)
            continue;
        if (!f.match.isEmpty() && !QString::fromUtf8(ctx->req.target).contains(f.match))
            continue;
        if (!f.method.isEmpty() && f.method.toLatin1() != ctx->req.method)
            continue;
        ++f.seen;
        if (f.seen <= f.skip)
            continue;
        ++f.fired;
        return &f;
    }
    return nullptr;
}

HttpResponse Simulator::faultResponse(const CtxPtr &ctx, const QJsonObject &spec)
{
    const QString kind = spec.value(QStringLiteral("kind")).toString();
    HttpResponse r;
    if (kind == QLatin1String("status")) {
        const int status = spec.value(QStringLiteral("status")).toInt(500);
        r = errorResponse(status, spec.value(QStringLiteral("code")).toString(codeForStatus(status)),
            spec.value(QStringLiteral("message")).toString(messageForStatus(status)));
        if (spec.contains(QStringLiteral("retry_after")))
            r.addHeader("Retry-After", QByteArray::number(spec.value(QStringLiteral("retry_after")).toInt()));
    } else if (kind == QLatin1String("html")) {
        r.status = spec.value(QStringLiteral("status")).toInt(502);
        const QByteArray line = QByteArray::number(r.status) + ' ' + reasonPhrase(r.status);
        r.addHeader("Content-Type", "text/html");
        r.addHeader("Server", "nginx");
        r.body = "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    } else if (kind == QLatin1String("malformed_json")) {
        r = jsonResponse(200, QByteArray("[{\"id\":1,\"name\":\"broken\",\"tags\":[{\"name\":"));
    } else if (kind == QLatin1String("empty")) {
        r = jsonResponse(200, QByteArray());
    } else if (kind == QLatin1String("redirect")) {
        r.status = spec.value(QStringLiteral("status")).toInt(302);
        QString location = spec.value(QStringLiteral("location")).toString();
        if (location.isEmpty()) {
            const QString host = ctx->host();
            const int colon = host.lastIndexOf(QLatin1Char(':'));
            const QString hostname = colon > 0 && !host.endsWith(QLatin1Char(']')) ? host.left(colon) : host;
            const QString port = colon > 0 && !host.endsWith(QLatin1Char(']')) ? host.mid(colon) : QString();
            const QString other
                = hostname == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost");
            location = (ctx->conn && ctx->conn->isSecure() ? QStringLiteral("https://") : QStringLiteral("http://"))
                + other + port + QString::fromUtf8(ctx->req.target);
        }
        r.addHeader("Location", location.toUtf8());
        r.addHeader("Content-Type", "text/html");
        r.body = "<html><body>redirect</body></html>\n";
    } else if (kind == QLatin1String("body")) {
        r.status = spec.value(QStringLiteral("status")).toInt(200);
        r.addHeader(
            "Content-Type", spec.value(QStringLiteral("content_type")).toString(QString::fromLatin1(kJson)).toUtf8());
        r.body = spec.value(QStringLiteral("body")).toString().toUtf8();
    } else {
        r = errorResponse(500, QStringLiteral("UNKNOWN"), QStringLiteral("internal server error"));
    }
    r.addHeader("X-Request-Id", ctx->requestId);
    return r;
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
    if (m_options.readOnly && isUnsafe(ctx->req.method) && ctx->path.startsWith(QLatin1String("/api/v2.0"))) {
        finish(ctx,
            errorResponse(403, QStringLiteral("DENIED"),
                QStringLiteral("The system is in read only mode. Any modification is prohibited.")));
        return;
    }
    finish(ctx, route(ctx));
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
            return allow({"GET"}, [&] { return handleListTags(ctx, s[1], repoName(s[3]), s[5]); });
        if (n == 8)
            return allow({"DELETE"}, [&] { return handleDeleteTag(ctx, s[1], repoName(s[3]), s[5], s[7]); });
        return pathNotFound;
    }
    if (ctx->path == QLatin1String("/v2/") || ctx->path == QLatin1String("/v2"))
        return allow({"GET"}, [&] { return handleV2Base(ctx); });
    if (ctx->path == QLatin1String("/service/token"))
        return allow({"GET"}, [&] { return handleToken(ctx); });
    return pathNotFound;
}

// ---------------------------------------------------------------------------------------------
// Helpers

bool Simulator::paging(const CtxPtr &ctx, qint64 *page, qint64 *pageSize, HttpResponse *error) const
{
    *page = 1;
    *pageSize = 10;
    QStringList problems;
    if (ctx->hasQ(QStringLiteral("page"))) {
        bool ok = false;
        const QString v = ctx->q(QStringLiteral("page"));
        *page = v.toLongLong(&ok);
        if (!ok)
            problems << QStringLiteral("page in query must be of type int64: \"%1\"").arg(v);
        else if (*page < 1)
            *page = 1;
    }
    if (ctx->hasQ(QStringLiteral("page_size"))) {
        bool ok = false;
        const QString v = ctx->q(QStringLiteral("page_size"));
        *pageSize = v.toLongLong(&ok);
        if (!ok)
            problems << QStringLiteral("page_size in query must be of type int64: \"%1\"").arg(v);
        else if (*pageSize > 100)
            problems << QStringLiteral("page_size in query should be less than or equal to 100");
        else if (*pageSize < 0)
            *pageSize = 10;
    }
    if (!problems.isEmpty()) {
        *error = errorResponse(422, QStringLiteral("UNPROCESSABLE_ENTITY"),
            QStringLiteral("validation failure list:\n") + problems.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

void Simulator::addListHeaders(const CtxPtr &ctx, HttpResponse *r, qint64 total, qint64 page, qint64 pageSize) const
{
    r->addHeader("X-Total-Count", QByteArray::number(total));
    if (pageSize == 0)
        return;
    // Harbor: url.Values.Encode() (keys sorted) then QueryUnescape; path+query only.
    auto linkFor = [&](qint64 p) {
        QList<QPair<QString, QString>> items;
        for (const auto &kv : ctx->query) {
            if (kv.first != QLatin1String("page") && kv.first != QLatin1String("page_size"))
                items.append(kv);
        }
        items.append({QStringLiteral("page"), QString::number(p)});
        items.append({QStringLiteral("page_size"), QString::number(pageSize)});
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList parts;
        for (const auto &kv : items)
            parts << kv.first + QLatin1Char('=') + kv.second;
        return QByteArray("<") + ctx->req.rawPath + '?' + parts.join(QLatin1Char('&')).toUtf8() + '>';
    };
    QList<QByteArray> links;
    if (page > 1 && (page - 1) * pageSize < total)
        links << linkFor(page - 1) + "; rel=\"prev\"";
    if (page * pageSize < total)
        links << linkFor(page + 1) + "; rel=\"next\"";
    if (!links.isEmpty())
        r->addHeader("Link", links.join(" , "));
}

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

void Simulator::writeTag(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
    const TagRec &t, bool withImmutable) const
{
    w.beginObject();
    w.key("artifact_id").num(a.id);
    w.key("id").num(t.id);
    w.key("immutable").boolean(withImmutable && project.isImmutableTag(t.name));
    w.key("name").str(t.name);
    w.key("pull_time").str(harborTime(t.pullTime));
    w.key("push_time").str(harborTime(t.pushTime));
    w.key("repository_id").num(repo.id);
    w.endObject();
}

static std::vector<const TagRec *> sortedTags(const ArtifactRec &a)
{
    std::vector<const TagRec *> tags;
    tags.reserve(a.tags.size());
    for (const TagRec &t : a.tags)
        tags.push_back(&t);
    std::sort(tags.begin(), tags.end(), [](const TagRec *x, const TagRec *y) {
        return x->pushTime != y->pushTime ? x->pushTime > y->pushTime : x->id > y->id;
    });
    return tags;
}

Simulator::ArtifactOpts Simulator::artifactOpts(
    const CtxPtr &ctx, const ProjectRec &project, const RepositoryRec &repo) const
{
    ArtifactOpts o;
    o.withTag = parseBool(ctx->q(QStringLiteral("with_tag")), true);
    o.withLabel = parseBool(ctx->q(QStringLiteral("with_label")), false);
    o.withScan = parseBool(ctx->q(QStringLiteral("with_scan_overview")), false);
    o.withImmutable = parseBool(ctx->q(QStringLiteral("with_immutable_status")), false);
    o.withAccessory = parseBool(ctx->q(QStringLiteral("with_accessory")), false);
    const QString shortRepo = repo.name.mid(project.name.size() + 1);
    // Harbor's own hrefs: url.PathEscape(url.PathEscape(repo)).
    o.additionBase = "/api/v2.0/projects/" + QUrl::toPercentEncoding(project.name) + "/repositories/"
        + QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(shortRepo))) + "/artifacts/";
    return o;
}

void Simulator::writeArtifact(JsonWriter &w, const ProjectRec &project, const RepositoryRec &repo, const ArtifactRec &a,
    const ArtifactOpts &opts) const
{
    w.beginObject();
    w.key("accessories");
    if (opts.withAccessory) {
        bool any = false;
        for (const ArtifactRec &x : repo.artifacts) {
            if (x.subjectDigest != a.digest)
                continue;
            if (!any)
                w.beginArray();
            any = true;
            w.beginObject();
            w.key("artifact_id").num(x.id);
            w.key("creation_time").str(harborTime(x.pushTime));
            w.key("digest").str(x.digest);
            w.key("icon").str(QByteArray());
            w.key("id").num(x.id);
            w.key("size").num(x.size);
            w.key("subject_artifact_digest").str(a.digest);
            w.key("subject_artifact_id").num(a.id);
            w.key("subject_artifact_repo").str(repo.name);
            w.key("type").str(x.accessoryType);
            w.endObject();
        }
        if (any)
            w.endArray();
        else
            w.null();
    } else {
        w.null();
    }
    const QByteArray base = opts.additionBase + a.digest.toLatin1() + "/additions/";
    w.key("addition_links").beginObject();
    if (!a.isIndex()) {
        w.key("build_history").beginObject();
        w.key("absolute").boolean(false);
        w.key("href").str(base + "build_history");
        w.endObject();
    }
    w.key("vulnerabilities").beginObject();
    w.key("absolute").boolean(false);
    w.key("href").str(base + "vulnerabilities");
    w.endObject();
    w.endObject();
    w.key("annotations").null();
    w.key("artifact_type").str(a.isIndex() ? QString() : a.mediaType);
    w.key("digest").str(a.digest);
    w.key("extra_attrs");
    if (a.isIndex() || a.isAccessory()) {
        w.null();
    } else {
        w.beginObject();
        w.key("architecture").str(a.extraAttrs.value(QStringLiteral("architecture")).toString(QStringLiteral("amd64")));
        w.key("author").str(QByteArray());
        w.key("config").raw("{}");
        w.key("created").str(harborTime(a.pushTime));
        w.key("os").str(a.extraAttrs.value(QStringLiteral("os")).toString(QStringLiteral("linux")));
        if (a.extraAttrs.contains(QStringLiteral("variant")))
            w.key("variant").str(a.extraAttrs.value(QStringLiteral("variant")).toString());
        w.endObject();
    }
    w.key("icon").str(kIcon);
    w.key("id").num(a.id);
    if (opts.withLabel) {
        w.key("labels");
        if (a.labelIds.isEmpty()) {
            w.null();
        } else {
            w.beginArray();
            for (qint64 id : a.labelIds) {
                const LabelRec *l = m_data.findLabel(id);
                if (!l)
                    continue;
                const QString t = harborTime(m_data.epochMs - 86400000LL * 200);
                w.beginObject();
                w.key("color").str(l->color);
                w.key("creation_time").str(t);
                w.key("description").str(l->description);
                w.key("id").num(l->id);
                w.key("name").str(l->name);
                w.key("project_id").num(l->projectId);
                w.key("scope").str(l->scope);
                w.key("update_time").str(t);
                w.endObject();
            }
            w.endArray();
        }
    }
    w.key("manifest_media_type").str(a.manifestMediaType);
    w.key("media_type").str(a.mediaType);
    w.key("project_id").num(project.id);
    w.key("pull_time").str(harborTime(a.pullTime));
    w.key("push_time").str(harborTime(a.pushTime));
    w.key("references");
    if (a.children.isEmpty()) {
        w.null();
    } else {
        w.beginArray();
        for (const ChildRef &c : a.children) {
            auto it = repo.byDigest.constFind(c.digest);
            const qint64 childId = it == repo.byDigest.constEnd() ? 0 : repo.artifacts[size_t(it.value())].id;
            w.beginObject();
            w.key("annotations").null();
            w.key("child_digest").str(c.digest);
            w.key("child_id").num(childId);
            w.key("parent_id").num(a.id);
            w.key("platform").raw(compactJson(c.platform));
            w.key("urls").null();
            w.endObject();
        }
        w.endArray();
    }
    w.key("repository_id").num(repo.id);
    w.key("repository_name").str(repo.name);
    if (opts.withScan && !a.scanOverview.isEmpty()) {
        w.key("scan_overview").beginObject();
        w.key("application/vnd.security.vulnerability.report; version=1.1").raw(compactJson(a.scanOverview));
        w.endObject();
    }
    w.key("size").num(a.size);
    if (opts.withTag) {
        w.key("tags");
        if (a.tags.empty()) {
            w.null();
        } else {
            w.beginArray();
            for (const TagRec *t : sortedTags(a))
                writeTag(w, project, repo, a, *t, opts.withImmutable);
            w.endArray();
        }
    }
    w.key("type").str(a.type);
    w.endObject();
}

QJsonObject Simulator::projectJson(const ProjectRec &p, const Identity &id) const
{
    qint64 repoCount = qint64(p.repos.size());
    const QList<int> roles = roleIds(id, p);
    QJsonArray roleArray;
    for (int r : roles)
        roleArray.append(r);
    QJsonObject o;
    o.insert(QStringLiteral("project_id"), p.id);
    o.insert(QStringLiteral("owner_id"), p.ownerId);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("registry_id"), 0);
    o.insert(QStringLiteral("creation_time"), harborTime(p.creationTime));
    o.insert(QStringLiteral("update_time"), harborTime(p.creationTime));
    o.insert(QStringLiteral("deleted"), false);
    o.insert(QStringLiteral("owner_name"), p.ownerName);
    o.insert(QStringLiteral("togglable"), id.sysadmin() || roles.contains(1));
    o.insert(QStringLiteral("current_user_role_id"), roles.isEmpty() ? 0 : roles.first());
    o.insert(QStringLiteral("current_user_role_ids"), roles.isEmpty() ? QJsonValue() : QJsonValue(roleArray));
    o.insert(QStringLiteral("repo_count"), repoCount);
    o.insert(QStringLiteral("metadata"),
        QJsonObject {{QStringLiteral("public"), p.isPublic ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("auto_scan"), QStringLiteral("false")}, {QStringLiteral("severity"), QStringLiteral("low")},
            {QStringLiteral("prevent_vul"), QStringLiteral("false")},
            {QStringLiteral("reuse_sys_cve_allowlist"), QStringLiteral("true")}});
    o.insert(QStringLiteral("cve_allowlist"),
        QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("project_id"), p.id},
            {QStringLiteral("items"), QJsonArray()}, {QStringLiteral("creation_time"), harborTime(0)},
            {QStringLiteral("update_time"), harborTime(0)}});
    return o;
}

QJsonObject Simulator::repoJson(const RepositoryRec &r) const
{
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("project_id"), r.projectId},
        {QStringLiteral("name"), r.name}, {QStringLiteral("description"), r.description},
        {QStringLiteral("artifact_count"), r.visibleCount}, {QStringLiteral("pull_count"), r.pullCount},
        {QStringLiteral("creation_time"), harborTime(r.creationTime)},
        {QStringLiteral("update_time"), harborTime(r.updateTime)}};
}

// ---------------------------------------------------------------------------------------------
// Handlers

HttpResponse Simulator::handleSystemInfo(const CtxPtr &ctx)
{
    const bool oidc = m_options.authMode == QLatin1String("oidc_auth");
    QJsonObject o {{QStringLiteral("auth_mode"), m_options.authMode}, {QStringLiteral("primary_auth_mode"), false},
        {QStringLiteral("self_registration"), false}, {QStringLiteral("banner_message"), QString()},
        {QStringLiteral("oidc_provider_name"), oidc ? QStringLiteral("harbor-sim-idp") : QString()}};
    if (ctx->identity.authenticated()) {
        const QString host = ctx->host().isEmpty() ? m_options.listenHost : ctx->host();
        const bool secure = ctx->conn && ctx->conn->isSecure();
        o.insert(QStringLiteral("harbor_version"), QStringLiteral("v2.11.0-harbor-sim"));
        o.insert(
            QStringLiteral("external_url"), (secure ? QStringLiteral("https://") : QStringLiteral("http://")) + host);
        o.insert(QStringLiteral("registry_url"), host);
        o.insert(QStringLiteral("read_only"), m_options.readOnly);
        o.insert(QStringLiteral("current_time"), isoNow());
        o.insert(QStringLiteral("has_ca_root"), false);
        o.insert(QStringLiteral("project_creation_restriction"), QStringLiteral("everyone"));
        o.insert(QStringLiteral("registry_storage_provider_name"), QStringLiteral("filesystem"));
        o.insert(QStringLiteral("notification_enable"), true);
    }
    return jsonResponse(200, o);
}

HttpResponse Simulator::handleCurrentUser(const CtxPtr &ctx)
{
    const Identity &id = ctx->identity;
    if (!id.authenticated())
        return unauthorized();
    if (id.kind != Identity::User)
        return errorResponse(412, QStringLiteral("PRECONDITION"),
            QStringLiteral("get current user not available for security context: robot"));
    QJsonObject o {{QStringLiteral("user_id"), id.user.id}, {QStringLiteral("username"), id.user.username},
        {QStringLiteral("email"), id.user.email}, {QStringLiteral("realname"), id.user.realname},
        {QStringLiteral("comment"), QString()}, {QStringLiteral("sysadmin_flag"), id.user.sysadmin},
        {QStringLiteral("admin_role_in_auth"), false},
        {QStringLiteral("creation_time"), harborTime(m_data.epochMs - 86400000LL * 400)},
        {QStringLiteral("update_time"), harborTime(m_data.epochMs - 86400000LL * 400)}};
    if (id.user.oidc)
        o.insert(QStringLiteral("oidc_user_meta"),
            QJsonObject {{QStringLiteral("id"), id.user.id}, {QStringLiteral("user_id"), id.user.id},
                {QStringLiteral("subiss"), id.user.username + QStringLiteral("https://idp.harbor-sim.invalid")},
                {QStringLiteral("secret"), QString()}});
    return jsonResponse(200, o);
}

HttpResponse Simulator::handlePermissions(const CtxPtr &ctx)
{
    const Identity &id = ctx->identity;
    if (!id.authenticated())
        return unauthorized();
    const QString scope = ctx->q(QStringLiteral("scope"));
    const bool relative = parseBool(ctx->q(QStringLiteral("relative")), false);
    QList<Access> perms;
    QString prefix;
    static const QRegularExpression projectScope(QStringLiteral("^/project/(\\d+)/?$"));
    const auto m = projectScope.match(scope);
    if (m.hasMatch()) {
        if (ProjectRec *p = m_data.findProjectId(m.captured(1).toLongLong()))
            perms = projectPermissions(id, *p);
        prefix = QStringLiteral("/project/") + m.captured(1) + QLatin1Char('/');
    } else if (scope.isEmpty() || scope.startsWith(QLatin1String("/system"))) {
        perms = systemPermissions(id);
        prefix = QStringLiteral("/system/");
    }
    QJsonArray out;
    for (const Access &a : perms)
        out.append(QJsonObject {{QStringLiteral("resource"), relative ? a.resource : prefix + a.resource},
            {QStringLiteral("action"), a.action}});
    return jsonResponse(200, out);
}

HttpResponse Simulator::handleListProjects(const CtxPtr &ctx)
{
    qint64 page, pageSize;
    HttpResponse err;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    const Identity &id = ctx->identity;
    const bool all = canListAllProjects(id);
    QString nameFilter = ctx->q(QStringLiteral("name"));
    QString exactName;
    QString publicFilter = ctx->q(QStringLiteral("public"));
    const QString owner = ctx->q(QStringLiteral("owner"));
    for (const QCond &c : parseQ(ctx->q(QStringLiteral("q")))) {
        if (c.key == QLatin1String("name")) {
            if (c.fuzzy)
                nameFilter = c.value;
            else
                exactName = c.value;
        } else if (c.key == QLatin1String("public")) {
            publicFilter = c.value;
        }
    }
    std::vector<const ProjectRec *> list;
    for (const ProjectRec &p : m_data.projects) {
        const bool visible = all || p.isPublic || isProjectMember(id, p);
        if (!visible)
            continue;
        if (!nameFilter.isEmpty() && !p.name.contains(nameFilter))
            continue;
        if (!exactName.isEmpty() && p.name != exactName)
            continue;
        if (!publicFilter.isEmpty() && p.isPublic != parseBool(publicFilter, p.isPublic))
            continue;
        if (!owner.isEmpty() && p.ownerName != owner)
            continue;
        list.push_back(&p);
    }
    QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("creation_time"), QStringLiteral("update_time"),
            QStringLiteral("project_id")});
    if (keys.isEmpty())
        keys.append({QStringLiteral("name"), false});
    std::stable_sort(list.begin(), list.end(), [&](const ProjectRec *a, const ProjectRec *b) {
        for (const SortKey &k : keys) {
            int c = 0;
            if (k.key == QLatin1String("name"))
                c = a->name.compare(b->name);
            else if (k.key == QLatin1String("project_id"))
                c = a->id < b->id ? -1 : (a->id > b->id ? 1 : 0);
            else
                c = a->creationTime < b->creationTime ? -1 : (a->creationTime > b->creationTime ? 1 : 0);
            if (c != 0)
                return k.desc ? c > 0 : c < 0;
        }
        return false;
    });
    QJsonArray out;
    const qint64 total = qint64(list.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    for (qint64 i = start; i < end; ++i)
        out.append(projectJson(*list[size_t(i)], id));
    HttpResponse r = jsonResponse(200, out);
    addListHeaders(ctx, &r, total, page, pageSize);
    return r;
}

HttpResponse Simulator::handleGetProject(const CtxPtr &ctx, const QString &nameOrId)
{
    const bool isName = parseBool(QString::fromUtf8(ctx->req.header("X-Is-Resource-Name")), false);
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    const bool byId = !isName && numeric;
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProject(ctx, nameOrId, &p, &err, QStringLiteral("project"), QStringLiteral("read"), byId, id))
        return err;
    return jsonResponse(200, projectJson(*p, ctx->identity));
}

HttpResponse Simulator::handleListRepos(const CtxPtr &ctx, const QString &project)
{
    ProjectRec *p = nullptr;
    HttpResponse err;
    if (!requireProject(ctx, project, &p, &err, QStringLiteral("repository"), QStringLiteral("list")))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    const QList<QCond> conds = parseQ(ctx->q(QStringLiteral("q")));
    std::vector<const RepositoryRec *> list;
    for (const RepositoryRec &r : p->repos) {
        bool ok = true;
        for (const QCond &c : conds) {
            if (c.key == QLatin1String("name") && !matchString(c, r.name))
                ok = false;
        }
        if (ok)
            list.push_back(&r);
    }
    QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("creation_time"), QStringLiteral("update_time"),
            QStringLiteral("pull_count"), QStringLiteral("repository_id"), QStringLiteral("id")});
    if (keys.isEmpty())
        keys = {{QStringLiteral("creation_time"), true}, {QStringLiteral("repository_id"), true}};
    std::stable_sort(list.begin(), list.end(), [&](const RepositoryRec *a, const RepositoryRec *b) {
        for (const SortKey &k : keys) {
            int c = 0;
            auto cmp = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
            if (k.key == QLatin1String("name"))
                c = a->name.compare(b->name);
            else if (k.key == QLatin1String("creation_time"))
                c = cmp(a->creationTime, b->creationTime);
            else if (k.key == QLatin1String("update_time"))
                c = cmp(a->updateTime, b->updateTime);
            else if (k.key == QLatin1String("pull_count"))
                c = cmp(a->pullCount, b->pullCount);
            else
                c = cmp(a->id, b->id);
            if (c != 0)
                return k.desc ? c > 0 : c < 0;
        }
        return a->id > b->id;
    });
    const qint64 total = qint64(list.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    QJsonArray out;
    for (qint64 i = start; i < end; ++i)
        out.append(repoJson(*list[size_t(i)]));
    HttpResponse r = jsonResponse(200, out);
    addListHeaders(ctx, &r, total, page, pageSize);
    return r;
}

HttpResponse Simulator::handleRepo(const CtxPtr &ctx, const QString &project, const QString &repo)
{
    const bool del = ctx->req.method == "DELETE";
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("repository"),
            del ? QStringLiteral("delete") : QStringLiteral("read"), &p, &r, &err))
        return err;
    if (!del)
        return jsonResponse(200, repoJson(*r));
    for (const ArtifactRec &a : r->artifacts) {
        for (const TagRec &t : a.tags) {
            if (p->isImmutableTag(t.name))
                return errorResponse(412, QStringLiteral("PRECONDITION"),
                    QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(t.name));
        }
    }
    const QString full = r->name;
    p->repos.erase(
        std::remove_if(p->repos.begin(), p->repos.end(), [&](const RepositoryRec &x) { return x.name == full; }),
        p->repos.end());
    p->reindex();
    return emptyOk();
}

HttpResponse Simulator::handleListArtifacts(const CtxPtr &ctx, const QString &project, const QString &repo)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("artifact"), QStringLiteral("list"), &p, &r, &err))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    bool base = false;
    QList<QCond> conds;
    for (const QCond &c : parseQ(ctx->q(QStringLiteral("q")))) {
        if (c.key == QLatin1String("base") && c.value == QLatin1String("*"))
            base = true;
        else
            conds.append(c);
    }
    auto matches = [&](const ArtifactRec &a) {
        if (!base && !a.visibleByDefault())
            return false;
        for (const QCond &c : conds) {
            if (c.key == QLatin1String("tags")) {
                if (c.value == QLatin1String("*") && !c.fuzzy) {
                    if (a.tags.empty())
                        return false;
                } else if (c.value == QLatin1String("nil") && !c.fuzzy) {
                    if (!a.tags.empty())
                        return false;
                } else {
                    bool any = false;
                    for (const TagRec &t : a.tags)
                        any = any || matchString(c, t.name);
                    if (!any)
                        return false;
                }
            } else if (c.key == QLatin1String("digest")) {
                if (!matchString(c, a.digest))
                    return false;
            } else if (c.key == QLatin1String("media_type")) {
                if (!matchString(c, a.mediaType))
                    return false;
            } else if (c.key == QLatin1String("manifest_media_type")) {
                if (!matchString(c, a.manifestMediaType))
                    return false;
            } else if (c.key == QLatin1String("type")) {
                if (!matchString(c, a.type))
                    return false;
            } else if (c.key == QLatin1String("labels")) {
                QStringList ids = !c.anyOf.isEmpty() ? c.anyOf : (!c.allOf.isEmpty() ? c.allOf : QStringList {c.value});
                const bool needAll = c.anyOf.isEmpty();
                int hits = 0;
                for (const QString &idStr : ids)
                    hits += a.labelIds.contains(idStr.toLongLong()) ? 1 : 0;
                if (needAll ? hits != ids.size() : hits == 0)
                    return false;
            }
            // Other keys are ignored.
        }
        return true;
    };
    const QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("push_time"), QStringLiteral("pull_time"), QStringLiteral("id"), QStringLiteral("size"),
            QStringLiteral("digest"), QStringLiteral("media_type"), QStringLiteral("type")});
    const bool defaultOrder
        = keys.isEmpty() || (keys.size() == 1 && keys.first().key == QLatin1String("push_time") && keys.first().desc);
    const ArtifactOpts opts = artifactOpts(ctx, *p, *r);
    JsonWriter out(16384);
    out.beginArray();
    qint64 total = 0;
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? std::numeric_limits<qint64>::max() : start + pageSize;
    if (defaultOrder) {
        // Fast path: the repository vector is kept in the default order (-push_time,-id).
        for (const ArtifactRec &a : r->artifacts) {
            if (!matches(a))
                continue;
            if (total >= start && total < end)
                writeArtifact(out, *p, *r, a, opts);
            ++total;
        }
    } else {
        std::vector<const ArtifactRec *> list;
        for (const ArtifactRec &a : r->artifacts) {
            if (matches(a))
                list.push_back(&a);
        }
        std::stable_sort(list.begin(), list.end(), [&](const ArtifactRec *a, const ArtifactRec *b) {
            for (const SortKey &k : keys) {
                int c = 0;
                auto cmp = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
                if (k.key == QLatin1String("push_time"))
                    c = cmp(a->pushTime, b->pushTime);
                else if (k.key == QLatin1String("pull_time"))
                    c = cmp(a->pullTime, b->pullTime);
                else if (k.key == QLatin1String("id"))
                    c = cmp(a->id, b->id);
                else if (k.key == QLatin1String("size"))
                    c = cmp(a->size, b->size);
                else if (k.key == QLatin1String("digest"))
                    c = a->digest.compare(b->digest);
                else if (k.key == QLatin1String("media_type"))
                    c = a->mediaType.compare(b->mediaType);
                else
                    c = a->type.compare(b->type);
                if (c != 0)
                    return k.desc ? c > 0 : c < 0;
            }
            return a->id > b->id;
        });
        total = qint64(list.size());
        for (qint64 i = start; i < qMin(total, end); ++i)
            writeArtifact(out, *p, *r, *list[size_t(i)], opts);
    }
    out.endArray();
    HttpResponse resp = jsonResponse(200, out.data());
    addListHeaders(ctx, &resp, total, page, pageSize);
    return resp;
}

HttpResponse Simulator::handleArtifact(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref)
{
    const bool del = ctx->req.method == "DELETE";
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("artifact"),
            del ? QStringLiteral("delete") : QStringLiteral("read"), &p, &r, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    if (!del) {
        JsonWriter w;
        writeArtifact(w, *p, *r, *a, artifactOpts(ctx, *p, *r));
        return jsonResponse(200, w.data());
    }
    return deleteArtifact(p, r, a->digest);
}

HttpResponse Simulator::deleteArtifact(ProjectRec *project, RepositoryRec *repo, const QString &digest)
{
    ArtifactRec *a = repo->findDigest(digest);
    if (a->referencedBy > 0)
        return errorResponse(412, QStringLiteral("VIOLATE_FOREIGN_KEY_CONSTRAINT"),
            QStringLiteral("the deleting artifact is referenced by others"));
    for (const TagRec &t : a->tags) {
        if (project->isImmutableTag(t.name))
            return errorResponse(412, QStringLiteral("PRECONDITION"),
                QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(t.name));
    }
    // deleteDeeply: the artifact, its accessories, and children no other index references.
    QSet<QString> doomed {digest};
    QStringList queue {digest};
    while (!queue.isEmpty()) {
        const QString d = queue.takeFirst();
        const ArtifactRec *x = repo->findDigest(d);
        if (!x)
            continue;
        for (const ArtifactRec &other : repo->artifacts) {
            if (other.subjectDigest == d && !doomed.contains(other.digest)) {
                doomed.insert(other.digest);
                queue.append(other.digest);
            }
        }
        for (const ChildRef &c : x->children) {
            const ArtifactRec *child = repo->findDigest(c.digest);
            if (!child || doomed.contains(c.digest) || !child->tags.empty())
                continue;
            bool otherParent = false;
            for (const ArtifactRec &other : repo->artifacts) {
                if (doomed.contains(other.digest))
                    continue;
                for (const ChildRef &oc : other.children)
                    otherParent = otherParent || oc.digest == c.digest;
            }
            if (!otherParent) {
                doomed.insert(c.digest);
                queue.append(c.digest);
            }
        }
    }
    repo->artifacts.erase(std::remove_if(repo->artifacts.begin(), repo->artifacts.end(),
                              [&](const ArtifactRec &x) { return doomed.contains(x.digest); }),
        repo->artifacts.end());
    repo->reindex();
    return emptyOk();
}

HttpResponse Simulator::handleListTags(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("tag"), QStringLiteral("list"), &p, &r, &err))
        return err;
    qint64 page, pageSize;
    if (!paging(ctx, &page, &pageSize, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    const QList<QCond> conds = parseQ(ctx->q(QStringLiteral("q")));
    const bool withImmutable = parseBool(ctx->q(QStringLiteral("with_immutable_status")), false);
    std::vector<const TagRec *> tags;
    for (const TagRec *t : sortedTags(*a)) {
        bool ok = true;
        for (const QCond &c : conds) {
            if (c.key == QLatin1String("name") && !matchString(c, t->name))
                ok = false;
        }
        if (ok)
            tags.push_back(t);
    }
    const QList<SortKey> keys = parseSort(ctx->q(QStringLiteral("sort")),
        {QStringLiteral("name"), QStringLiteral("push_time"), QStringLiteral("pull_time"), QStringLiteral("id")});
    if (!keys.isEmpty()) {
        std::stable_sort(tags.begin(), tags.end(), [&](const TagRec *x, const TagRec *y) {
            for (const SortKey &k : keys) {
                int c = 0;
                auto cmp = [](qint64 u, qint64 v) { return u < v ? -1 : (u > v ? 1 : 0); };
                if (k.key == QLatin1String("name"))
                    c = x->name.compare(y->name);
                else if (k.key == QLatin1String("push_time"))
                    c = cmp(x->pushTime, y->pushTime);
                else if (k.key == QLatin1String("pull_time"))
                    c = cmp(x->pullTime, y->pullTime);
                else
                    c = cmp(x->id, y->id);
                if (c != 0)
                    return k.desc ? c > 0 : c < 0;
            }
            return false;
        });
    }
    const qint64 total = qint64(tags.size());
    const qint64 start = pageSize == 0 ? 0 : (page - 1) * pageSize;
    const qint64 end = pageSize == 0 ? total : qMin(total, start + pageSize);
    JsonWriter out;
    out.beginArray();
    for (qint64 i = start; i < end; ++i)
        writeTag(out, *p, *r, *a, *tags[size_t(i)], withImmutable);
    out.endArray();
    HttpResponse resp = jsonResponse(200, out.data());
    addListHeaders(ctx, &resp, total, page, pageSize);
    return resp;
}

HttpResponse Simulator::handleDeleteTag(
    const CtxPtr &ctx, const QString &project, const QString &repo, const QString &ref, const QString &tag)
{
    ProjectRec *p = nullptr;
    RepositoryRec *r = nullptr;
    HttpResponse err;
    if (!resolveRepo(ctx, project, repo, QStringLiteral("tag"), QStringLiteral("delete"), &p, &r, &err))
        return err;
    ArtifactRec *a = resolveReference(r, ref);
    if (!a) {
        const QString sep = ref.contains(QLatin1Char(':')) ? QStringLiteral("@") : QStringLiteral(":");
        return notFound(QStringLiteral("artifact %1%2%3 not found").arg(r->name, sep, ref));
    }
    auto it = std::find_if(a->tags.begin(), a->tags.end(), [&](const TagRec &t) { return t.name == tag; });
    if (it == a->tags.end())
        return notFound(QStringLiteral("tag %1 attached to artifact %2 not found").arg(tag).arg(a->id));
    if (p->isImmutableTag(tag))
        return errorResponse(412, QStringLiteral("PRECONDITION"),
            QStringLiteral("the tag %1 configured as immutable, cannot be deleted").arg(tag));
    a->tags.erase(it);
    r->reindex();
    return emptyOk();
}

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
                        || can(id, *p, QStringLiteral("repository"), QStringLiteral("read"));
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

// ---------------------------------------------------------------------------------------------
// Control endpoints

QJsonObject Simulator::stateJson() const
{
    QJsonArray projects;
    for (const ProjectRec &p : m_data.projects) {
        QJsonArray repos;
        for (const RepositoryRec &r : p.repos) {
            QJsonArray arts;
            for (const ArtifactRec &a : r.artifacts) {
                QJsonArray tags;
                for (const TagRec *t : sortedTags(a))
                    tags.append(t->name);
                QJsonArray children;
                for (const ChildRef &c : a.children)
                    children.append(c.digest);
                arts.append(QJsonObject {{QStringLiteral("digest"), a.digest}, {QStringLiteral("tags"), tags},
                    {QStringLiteral("media_type"), a.mediaType}, {QStringLiteral("children"), children},
                    {QStringLiteral("accessory_of"), a.isAccessory() ? QJsonValue(a.subjectDigest) : QJsonValue()}});
            }
            repos.append(QJsonObject {{QStringLiteral("name"), r.name}, {QStringLiteral("artifacts"), arts}});
        }
        projects.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
            {QStringLiteral("public"), p.isPublic}, {QStringLiteral("repositories"), repos}});
    }
    return QJsonObject {{QStringLiteral("read_only"), m_options.readOnly}, {QStringLiteral("projects"), projects}};
}

HttpResponse Simulator::handleControl(const CtxPtr &ctx)
{
    const QString path = ctx->path;
    const QByteArray &m = ctx->req.method;
    auto badRequest = [](const QString &msg) { return errorResponse(400, QStringLiteral("BAD_REQUEST"), msg); };
    auto faultsJson = [this] {
        QJsonArray a;
        for (const Fault &f : m_faults) {
            QJsonObject o = f.spec;
            o.insert(QStringLiteral("fired"), f.fired);
            a.append(o);
        }
        return a;
    };
    QJsonParseError perr;
    const QJsonDocument body = QJsonDocument::fromJson(ctx->req.body, &perr);

    if (path == QLatin1String("/_sim/reset") && m == "POST") {
        m_data = m_initial;
        m_options.readOnly = m_initialOptions.readOnly;
        m_options.robotPrefix = m_initialOptions.robotPrefix;
        m_options.authFailDelay = m_initialOptions.authFailDelay;
        m_faults.clear();
        for (const QJsonObject &spec : m_initialOptions.faults) {
            Fault f;
            QString err;
            if (parseFault(spec, &f, &err))
                m_faults.append(f);
        }
        m_tokens.clear();
        return jsonResponse(200, QJsonObject {{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/_sim/log")) {
        if (m == "GET") {
            QByteArray out = "[";
            for (int i = 0; i < m_log.size(); ++i) {
                if (i)
                    out += ',';
                out += m_log.at(i);
            }
            out += "]";
            return jsonResponse(200, out);
        }
        if (m == "DELETE") {
            m_log.clear();
            return jsonResponse(200, QJsonObject {{QStringLiteral("cleared"), true}});
        }
    }
    if (path == QLatin1String("/_sim/state") && m == "GET")
        return jsonResponse(200, stateJson());
    if (path == QLatin1String("/_sim/faults")) {
        if (m == "GET")
            return jsonResponse(200, faultsJson());
        if (m == "DELETE") {
            m_faults.clear();
            return jsonResponse(200, QJsonArray());
        }
        if (m == "POST") {
            QList<QJsonObject> specs;
            if (body.isArray()) {
                for (const QJsonValue &v : body.array())
                    specs.append(v.toObject());
            } else if (body.isObject()) {
                specs.append(body.object());
            } else {
                return badRequest(QStringLiteral("fault body must be a JSON object or array: ") + perr.errorString());
            }
            QList<Fault> parsed;
            for (const QJsonObject &spec : specs) {
                Fault f;
                QString err;
                if (!parseFault(spec, &f, &err))
                    return badRequest(err);
                parsed.append(f);
            }
            m_faults += parsed;
            return jsonResponse(200, faultsJson());
        }
    }
    if (path == QLatin1String("/_sim/config")) {
        if (m == "POST") {
            if (!body.isObject())
                return badRequest(QStringLiteral("config body must be a JSON object"));
            const QJsonObject o = body.object();
            if (o.contains(QStringLiteral("read_only")))
                m_options.readOnly = o.value(QStringLiteral("read_only")).toBool();
            if (o.contains(QStringLiteral("robot_prefix"))) {
                const QString prefix = o.value(QStringLiteral("robot_prefix")).toString();
                if (prefix.trimmed().isEmpty())
                    return badRequest(QStringLiteral("robot_prefix must not be empty"));
                m_options.robotPrefix = prefix;
            }
            if (o.contains(QStringLiteral("auth_fail_delay")))
                m_options.authFailDelay = qMax(0.0, o.value(QStringLiteral("auth_fail_delay")).toDouble());
        }
        if (m == "POST" || m == "GET")
            return jsonResponse(200,
                QJsonObject {{QStringLiteral("read_only"), m_options.readOnly},
                    {QStringLiteral("robot_prefix"), m_options.robotPrefix},
                    {QStringLiteral("auth_fail_delay"), m_options.authFailDelay},
                    {QStringLiteral("auth_mode"), m_options.authMode}});
    }
    if (path == QLatin1String("/_sim/push") && m == "POST") {
        if (!body.isObject())
            return badRequest(QStringLiteral("push body must be a JSON object"));
        const QJsonObject o = body.object();
        const QString repoName = o.value(QStringLiteral("repository")).toString();
        const QString tag = o.value(QStringLiteral("tag")).toString();
        QString digest = o.value(QStringLiteral("digest")).toString();
        ProjectRec *p = m_data.findProject(repoName.section(QLatin1Char('/'), 0, 0));
        if (!p || !repoName.contains(QLatin1Char('/')))
            return errorResponse(
                404, QStringLiteral("NOT_FOUND"), QStringLiteral("project of %1 not found").arg(repoName));
        const qint64 now = qMax(QDateTime::currentMSecsSinceEpoch(), m_data.latestPushTime() + 1000);
        RepositoryRec *r = p->findRepo(repoName);
        if (!r) {
            RepositoryRec repo;
            repo.id = m_data.nextRepoId++;
            repo.projectId = p->id;
            repo.name = repoName;
            repo.creationTime = now;
            repo.updateTime = now;
            p->repos.push_back(std::move(repo));
            p->reindex();
            r = p->findRepo(repoName);
        }
        if (digest.isEmpty())
            digest = sha256Digest(
                QStringLiteral("harbor-sim-push:%1:%2:%3").arg(repoName, tag).arg(++m_pushCounter).toUtf8());
        for (ArtifactRec &a : r->artifacts) {
            a.tags.erase(std::remove_if(a.tags.begin(), a.tags.end(), [&](const TagRec &t) { return t.name == tag; }),
                a.tags.end());
        }
        ArtifactRec *target = r->findDigest(digest);
        if (!target) {
            ArtifactRec a;
            a.id = m_data.nextArtifactId++;
            a.digest = digest;
            a.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
            a.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
            a.size = 2048 + (m_pushCounter * 4099) % 100000;
            a.pushTime = now;
            r->artifacts.push_back(std::move(a));
            r->reindex();
            target = r->findDigest(digest);
        }
        if (!tag.isEmpty()) {
            TagRec t;
            t.id = m_data.nextTagId++;
            t.name = tag;
            t.pushTime = now;
            target->tags.push_back(t);
        }
        r->updateTime = now;
        r->reindex();
        return jsonResponse(200, QJsonObject {{QStringLiteral("digest"), digest}});
    }
    return notFound(QStringLiteral("path %1 was not found").arg(path));
}

} // namespace sim
