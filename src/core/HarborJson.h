#pragma once

#include "Artifact.h"
#include "Parsed.h"
#include "Project.h"
#include "SystemInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QJsonObject;

namespace berth {

// Harbor's {"errors":[{"code","message"}]} body.
struct HarborErrorBody
{
    QString code;
    QString message;
    bool present = false;
};

namespace HarborJson {

// Harbor writes 0001-01-01T00:00:00.000Z for "never"; that maps to an invalid QDateTime.
QDateTime parseTime(const QString &text);
// RFC 3339 as Harbor writes it, or an empty string for "never".
QString formatTime(const QDateTime &time);

Parsed<QList<Project>> parseProjects(const QByteArray &body);
Parsed<Project> parseProject(const QByteArray &body);
Parsed<QList<Repository>> parseRepositories(const QByteArray &body);
Parsed<Repository> parseRepository(const QByteArray &body);
Parsed<QList<Artifact>> parseArtifacts(const QByteArray &body);
Parsed<Artifact> parseArtifact(const QByteArray &body);
Parsed<QList<Tag>> parseTags(const QByteArray &body);
Parsed<SystemInfo> parseSystemInfo(const QByteArray &body);
Parsed<CurrentUser> parseCurrentUser(const QByteArray &body);
Parsed<QList<Permission>> parsePermissions(const QByteArray &body);
Parsed<QString> parseApiVersion(const QByteArray &body);
HarborErrorBody parseErrorBody(const QByteArray &body);

// Object-level mappers, exposed for the fuzz targets and for callers holding a QJsonObject.
Project projectFromJson(const QJsonObject &o);
Repository repositoryFromJson(const QJsonObject &o);
Artifact artifactFromJson(const QJsonObject &o);
Tag tagFromJson(const QJsonObject &o);

// A short, printable description of a body that failed to parse: what it looked like.
QString describeUnparsable(const QByteArray &body);

} // namespace HarborJson
} // namespace berth
