// The answers every handler builds: JSON bodies and Harbor's error shape.
#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sim {

extern const QByteArray kJson; // Harbor's Content-Type for JSON

HttpResponse jsonResponse(int status, const QByteArray &body);
HttpResponse jsonResponse(int status, const QJsonObject &o);
HttpResponse jsonResponse(int status, const QJsonArray &a);
HttpResponse errorResponse(int status, const QString &code, const QString &message);
HttpResponse unauthorized();
HttpResponse forbidden();
HttpResponse notFound(const QString &message);
HttpResponse emptyOk();
QString isoNow(); // the current time as Harbor writes it, with milliseconds

} // namespace sim
