#include "ApiPaths.h"

namespace berth {
namespace ApiPaths {

namespace {

// Joins the base URL with an already-encoded path and query. QUrl::fromEncoded keeps our
// bytes exactly: DecodedMode would encode '%' a third time.
QUrl make(const QUrl &base, const QByteArray &encodedPath, const QUrlQuery &query = {})
{
    QByteArray root = base.toEncoded(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    QByteArray url = root + encodedPath;
    if (!query.isEmpty())
        url += '?' + query.query(QUrl::FullyEncoded).toUtf8();
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QByteArray repoBase(const QString &project, const QString &repositoryPath)
{
    return "/api/v2.0/projects/" + encodeSegment(project) + "/repositories/" + encodeRepository(repositoryPath);
}

} // namespace

QByteArray encodeSegment(const QString &segment)
{
    // Unreserved characters stay; everything else, including '/', '+', '%', '#', '?' and
    // spaces, is percent-encoded.
    return QUrl::toPercentEncoding(segment, QByteArrayLiteral(":"));
}

QByteArray encodeRepository(const QString &repositoryPath)
{
    return QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(repositoryPath)));
}

QUrl apiVersion(const QUrl &base)
{
    return make(base, "/api/version");
}

QUrl ping(const QUrl &base)
{
    return make(base, "/api/v2.0/ping");
}

QUrl systemInfo(const QUrl &base)
{
    return make(base, "/api/v2.0/systeminfo");
}

QUrl currentUser(const QUrl &base)
{
    return make(base, "/api/v2.0/users/current");
}

QUrl currentUserPermissions(const QUrl &base, qint64 projectId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("/project/%1").arg(projectId));
    q.addQueryItem(QStringLiteral("relative"), QStringLiteral("true"));
    return make(base, "/api/v2.0/users/current/permissions", q);
}

QUrl projects(const QUrl &base, const QUrlQuery &query)
{
    return make(base, "/api/v2.0/projects", query);
}

QUrl project(const QUrl &base, const QString &projectName)
{
    return make(base, "/api/v2.0/projects/" + encodeSegment(projectName));
}

QUrl projectSummary(const QUrl &base, const QString &projectName)
{
    return make(base, "/api/v2.0/projects/" + encodeSegment(projectName) + "/summary");
}

QUrl repositories(const QUrl &base, const QString &project, const QUrlQuery &query)
{
    return make(base, "/api/v2.0/projects/" + encodeSegment(project) + "/repositories", query);
}

QUrl repository(const QUrl &base, const QString &project, const QString &repositoryPath)
{
    return make(base, repoBase(project, repositoryPath));
}

QUrl artifacts(const QUrl &base, const QString &project, const QString &repositoryPath, const QUrlQuery &query)
{
    return make(base, repoBase(project, repositoryPath) + "/artifacts", query);
}

QUrl projectArtifacts(const QUrl &base, const QString &projectNameOrId, const QUrlQuery &query)
{
    return make(base, "/api/v2.0/projects/" + encodeSegment(projectNameOrId) + "/artifacts", query);
}

QUrl artifact(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QUrlQuery &query)
{
    return make(base, repoBase(project, repositoryPath) + "/artifacts/" + encodeSegment(reference), query);
}

QUrl tags(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QUrlQuery &query)
{
    return make(base, repoBase(project, repositoryPath) + "/artifacts/" + encodeSegment(reference) + "/tags", query);
}

QUrl tag(const QUrl &base, const QString &project, const QString &repositoryPath, const QString &reference,
    const QString &tagName)
{
    return make(base,
        repoBase(project, repositoryPath) + "/artifacts/" + encodeSegment(reference) + "/tags/"
            + encodeSegment(tagName));
}

QUrl webUiRepository(const QUrl &base, qint64 projectId, const QString &repositoryPath)
{
    return make(base,
        "/harbor/projects/" + QByteArray::number(projectId) + "/repositories/" + encodeRepository(repositoryPath));
}

} // namespace ApiPaths
} // namespace berth
