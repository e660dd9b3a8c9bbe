// Fault injection: faults set at start-up or through /_sim/faults, matched per request, and the
// answers they replace Harbor's with. Faults that act on the answer as it is sent (truncated,
// stall, header, reset_after) are applied in Simulator::finish.
#include "requestcontext.h"
#include "responses.h"
#include "simulator.h"
#include "util.h"

#include <QTimer>

namespace sim {

namespace {

const QStringList kFaultKinds = {QStringLiteral("latency"), QStringLiteral("hang"), QStringLiteral("status"),
    QStringLiteral("html"), QStringLiteral("malformed_json"), QStringLiteral("empty"), QStringLiteral("truncated"),
    QStringLiteral("reset"), QStringLiteral("reset_after"), QStringLiteral("stall"), QStringLiteral("redirect"),
    QStringLiteral("header"), QStringLiteral("body"), QStringLiteral("huge")};

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

} // namespace

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

bool Simulator::injectFault(const CtxPtr &ctx)
{
    const Fault *f = matchFault(ctx);
    if (!f)
        return false;
    ctx->fault = f->spec;
    ctx->faultKind = f->kind;
    const QString kind = f->kind;
    if (kind == QLatin1String("latency")) {
        const int delay = f->spec.value(QStringLiteral("delay_ms")).toInt(1000);
        QTimer::singleShot(delay, this, [this, ctx] { proceed(ctx); });
        return true;
    }
    if (kind == QLatin1String("hang")) {
        writeLog(ctx, 0);
        ctx->conn->hang();
        return true;
    }
    if (kind == QLatin1String("reset")) {
        writeLog(ctx, 0);
        ctx->conn->reset();
        return true;
    }
    if (kind == QLatin1String("huge")) {
        HttpResponse head;
        head.status = 200;
        head.addHeader("Content-Type", kJson);
        head.addHeader("X-Request-Id", ctx->requestId);
        writeLog(ctx, 200);
        ctx->conn->sendHuge(head, qMax<qint64>(0, f->spec.value(QStringLiteral("bytes")).toInteger(1 << 20)));
        return true;
    }
    if (kind != QLatin1String("truncated") && kind != QLatin1String("stall") && kind != QLatin1String("header")
        && kind != QLatin1String("reset_after")) {
        finish(ctx, faultResponse(ctx, f->spec), false);
        return true;
    }
    // truncated, stall, header and reset_after act on the answer: see finish().
    return false;
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

} // namespace sim
