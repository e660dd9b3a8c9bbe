#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace berth {

// Builds Harbor REST URLs with the exact bytes Harbor expects: repository names are encoded
// twice (a/b -> a%252Fb), tags and references once. Nothing else in the code base assembles
// API paths.
namespace ApiPaths {

QByteArray encodeSegment(const QString &segment); // percent-encode once, '/' included
QByteArray encodeRepository(const QString &repositoryPath); // percent-encode twice

QUrl apiVersion(const QUrl &base);
QUrl ping(const QUrl &base);
QUrl systemInfo(const QUrl &base);
QUrl currentUser(const QUrl &base);
QUrl currentUserPermissions(const QUrl &base, qint64 projectId);
QUrl projects(const QUrl &base, const QUrlQuery &query = {});
QUrl project(const QUrl &base, const QString &projectName);
QUrl projectSummary(const QUrl &base, const QString &projectName);
QUrl repositories(const QUrl &base, const QString &project, const QUrlQuery &query = {});
QUrl repository(const QUrl &base, const QString &project, const QString &repositoryPath);
QUrl artifacts(const QUrl &base, const QString &project, const QString &repositoryPath, const QUrlQuery &query = {});
// Every repository's artifacts of one project (Harbor v2.12+); `projectNameOrId` as Harbor reads it.
QUrl projectArtifacts(const QUrl &base, const QString &projectNameOrId, const QUrlQuery &query = {});
QUrl artifact(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QUrlQuery &query = {});
QUrl tags(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QUrlQuery &query = {});
QUrl tag(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QString &tag);

// Harbor's web UI page for a repository (for "Open in Harbor").
QUrl webUiRepository(const QUrl &base, qint64 projectId, const QString &repositoryPath);

} // namespace ApiPaths
} // namespace berth
