#include "responses.h"

#include "util.h"

#include <QDateTime>

namespace sim {

extern const QByteArray kJson = "application/json; charset=utf-8";

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

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace sim
