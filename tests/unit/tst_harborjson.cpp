// HarborJson: mapping Harbor's response bodies into berth types. The bodies are written by hand
// after the shapes in Harbor's api/v2.0/swagger.yaml (projects, repositories, artifacts, errors...), plus the
// hostile ones a client meets: proxy HTML pages, truncated JSON, wrong types, nulls.

#include "core/DisplayText.h"
#include "core/HarborJson.h"

#include <QtTest>

using namespace berth;

namespace {

// A flat, printable view of a parse result: "count", "[0].name", "[0].tags[0].pullTime", ...
// Comparing strings keeps each table row to one field and one expected value.
using Fields = QMap<QString, QString>;

struct Flat
{
    QString error;
    Fields fields;
};

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("never");
    // Harbor's times are UTC; a result in another time spec would shift on display.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
        + (t.timeSpec() == Qt::UTC ? QStringLiteral("Z") : QStringLiteral(" (not UTC)"));
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString kindText(Artifact::Kind k)
{
    switch (k) {
    case Artifact::Kind::Image:
        return QStringLiteral("image");
    case Artifact::Kind::Index:
        return QStringLiteral("index");
    case Artifact::Kind::Chart:
        return QStringLiteral("chart");
    case Artifact::Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("?");
}

void flatten(Fields &f, const QString &p, const Project &x)
{
    f[p + QStringLiteral("id")] = QString::number(x.id);
    f[p + QStringLiteral("name")] = x.name;
    f[p + QStringLiteral("isPublic")] = boolText(x.isPublic);
    f[p + QStringLiteral("repoCount")] = QString::number(x.repoCount);
    f[p + QStringLiteral("ownerName")] = x.ownerName;
    f[p + QStringLiteral("registryId")] = QString::number(x.registryId);
    f[p + QStringLiteral("creationTime")] = timeText(x.creationTime);
    f[p + QStringLiteral("updateTime")] = timeText(x.updateTime);
}

void flatten(Fields &f, const QString &p, const Repository &x)
{
    f[p + QStringLiteral("id")] = QString::number(x.id);
    f[p + QStringLiteral("projectId")] = QString::number(x.projectId);
    f[p + QStringLiteral("name")] = x.name;
    f[p + QStringLiteral("projectName")] = x.projectName();
    f[p + QStringLiteral("pathName")] = x.pathName();
    f[p + QStringLiteral("description")] = x.description;
    f[p + QStringLiteral("artifactCount")] = QString::number(x.artifactCount);
    f[p + QStringLiteral("pullCount")] = QString::number(x.pullCount);
    f[p + QStringLiteral("creationTime")] = timeText(x.creationTime);
    f[p + QStringLiteral("updateTime")] = timeText(x.updateTime);
}

void flatten(Fields &f, const QString &p, const Tag &x)
{
    f[p + QStringLiteral("id")] = QString::number(x.id);
    f[p + QStringLiteral("artifactId")] = QString::number(x.artifactId);
    f[p + QStringLiteral("name")] = x.name;
    f[p + QStringLiteral("pushTime")] = timeText(x.pushTime);
    f[p + QStringLiteral("pullTime")] = timeText(x.pullTime);
    f[p + QStringLiteral("immutable")] = boolText(x.immutable);
}

void flatten(Fields &f, const QString &p, const Artifact &x)
{
    f[p + QStringLiteral("id")] = QString::number(x.id);
    f[p + QStringLiteral("projectId")] = QString::number(x.projectId);
    f[p + QStringLiteral("repositoryId")] = QString::number(x.repositoryId);
    f[p + QStringLiteral("repositoryName")] = x.repositoryName;
    f[p + QStringLiteral("type")] = x.type;
    f[p + QStringLiteral("digest")] = x.digest;
    f[p + QStringLiteral("size")] = QString::number(x.size);
    f[p + QStringLiteral("mediaType")] = x.mediaType;
    f[p + QStringLiteral("manifestMediaType")] = x.manifestMediaType;
    f[p + QStringLiteral("artifactType")] = x.artifactType;
    f[p + QStringLiteral("pushTime")] = timeText(x.pushTime);
    f[p + QStringLiteral("pullTime")] = timeText(x.pullTime);
    f[p + QStringLiteral("kind")] = kindText(x.kind());
    f[p + QStringLiteral("tags.count")] = QString::number(x.tags.size());
    for (int i = 0; i < x.tags.size(); ++i)
        flatten(f, p + QStringLiteral("tags[%1].").arg(i), x.tags.at(i));
    f[p + QStringLiteral("labels.count")] = QString::number(x.labels.size());
    for (int i = 0; i < x.labels.size(); ++i) {
        const QString q = p + QStringLiteral("labels[%1].").arg(i);
        f[q + QStringLiteral("id")] = QString::number(x.labels.at(i).id);
        f[q + QStringLiteral("name")] = x.labels.at(i).name;
        f[q + QStringLiteral("color")] = x.labels.at(i).color;
        f[q + QStringLiteral("scope")] = x.labels.at(i).scope;
    }
    f[p + QStringLiteral("references.count")] = QString::number(x.references.size());
    for (int i = 0; i < x.references.size(); ++i) {
        const QString q = p + QStringLiteral("references[%1].").arg(i);
        const ChildReference &r = x.references.at(i);
        f[q + QStringLiteral("childId")] = QString::number(r.childId);
        f[q + QStringLiteral("childDigest")] = r.childDigest;
        f[q + QStringLiteral("platform")] = r.platform.isEmpty() ? QStringLiteral("(empty)") : r.platform.toString();
        f[q + QStringLiteral("osVersion")] = r.platform.osVersion;
    }
    f[p + QStringLiteral("accessories.count")] = QString::number(x.accessories.size());
    for (int i = 0; i < x.accessories.size(); ++i) {
        const QString q = p + QStringLiteral("accessories[%1].").arg(i);
        const Accessory &a = x.accessories.at(i);
        f[q + QStringLiteral("id")] = QString::number(a.id);
        f[q + QStringLiteral("artifactId")] = QString::number(a.artifactId);
        f[q + QStringLiteral("digest")] = a.digest;
        f[q + QStringLiteral("type")] = a.type;
        f[q + QStringLiteral("size")] = QString::number(a.size);
        f[q + QStringLiteral("subjectDigest")] = a.subjectDigest;
    }
    f[p + QStringLiteral("scan.present")] = boolText(x.scan.present);
    f[p + QStringLiteral("scan.status")] = x.scan.status;
    f[p + QStringLiteral("scan.severity")] = x.scan.severity;
    f[p + QStringLiteral("scan.total")] = QString::number(x.scan.total);
    f[p + QStringLiteral("scan.fixable")] = QString::number(x.scan.fixable);
    f[p + QStringLiteral("scan.scanner")] = x.scan.scanner;
    for (auto it = x.scan.bySeverity.cbegin(); it != x.scan.bySeverity.cend(); ++it)
        f[p + QStringLiteral("scan.bySeverity.") + it.key()] = QString::number(it.value());
}

void flatten(Fields &f, const QString &p, const SystemInfo &x)
{
    f[p + QStringLiteral("authMode")] = x.authMode;
    f[p + QStringLiteral("harborVersion")] = x.harborVersion;
    f[p + QStringLiteral("externalUrl")] = x.externalUrl;
    f[p + QStringLiteral("registryUrl")] = x.registryUrl;
    f[p + QStringLiteral("readOnly")] = boolText(x.readOnly);
    f[p + QStringLiteral("selfRegistration")] = boolText(x.selfRegistration);
    f[p + QStringLiteral("oidcProviderName")] = x.oidcProviderName;
    f[p + QStringLiteral("bannerMessage")] = x.bannerMessage;
    f[p + QStringLiteral("authenticatedView")] = boolText(x.authenticatedView);
}

void flatten(Fields &f, const QString &p, const CurrentUser &x)
{
    f[p + QStringLiteral("userId")] = QString::number(x.userId);
    f[p + QStringLiteral("username")] = x.username;
    f[p + QStringLiteral("realname")] = x.realname;
    f[p + QStringLiteral("email")] = x.email;
    f[p + QStringLiteral("sysadmin")] = boolText(x.sysadmin);
}

void flatten(Fields &f, const QString &p, const Permission &x)
{
    f[p + QStringLiteral("resource")] = x.resource;
    f[p + QStringLiteral("action")] = x.action;
}

void flatten(Fields &f, const QString &p, const QString &x)
{
    f[p + QStringLiteral("value")] = x;
}

template<class T>
Flat flat(const Parsed<QList<T>> &r)
{
    Flat out;
    out.error = r.error;
    out.fields[QStringLiteral("count")] = QString::number(r.value.size());
    for (int i = 0; i < r.value.size(); ++i)
        flatten(out.fields, QStringLiteral("[%1].").arg(i), r.value.at(i));
    return out;
}

template<class T>
Flat flat(const Parsed<T> &r)
{
    Flat out;
    out.error = r.error;
    flatten(out.fields, QString(), r.value);
    return out;
}

Flat parseAs(const QString &what, const QByteArray &body)
{
    if (what == QLatin1String("projects"))
        return flat(HarborJson::parseProjects(body));
    if (what == QLatin1String("project"))
        return flat(HarborJson::parseProject(body));
    if (what == QLatin1String("repositories"))
        return flat(HarborJson::parseRepositories(body));
    if (what == QLatin1String("repository"))
        return flat(HarborJson::parseRepository(body));
    if (what == QLatin1String("artifacts"))
        return flat(HarborJson::parseArtifacts(body));
    if (what == QLatin1String("artifact"))
        return flat(HarborJson::parseArtifact(body));
    if (what == QLatin1String("tags"))
        return flat(HarborJson::parseTags(body));
    if (what == QLatin1String("systeminfo"))
        return flat(HarborJson::parseSystemInfo(body));
    if (what == QLatin1String("user"))
        return flat(HarborJson::parseCurrentUser(body));
    if (what == QLatin1String("permissions"))
        return flat(HarborJson::parsePermissions(body));
    if (what == QLatin1String("version"))
        return flat(HarborJson::parseApiVersion(body));
    qFatal("unknown parser in test table");
    return {};
}

// Sample bodies, written after the shapes of Harbor's API spec (goharbor/harbor api/v2.0/swagger.yaml,
// definitions Project, Repository, Artifact, Tag, SystemInfo, UserResp).
const QByteArray kProject = R"({"project_id": 3, "name": "library", "owner_id": 1, "owner_name": "admin",
 "creation_time": "2025-01-10T08:00:00.000Z", "update_time": "2025-01-11T09:30:15.250Z",
 "repo_count": 12, "current_user_role_ids": null, "registry_id": 0, "togglable": false,
 "metadata": {"public": "true", "auto_scan": "false", "severity": "low", "prevent_vul": "false",
              "reuse_sys_cve_allowlist": "true"},
 "cve_allowlist": {"id": 3, "project_id": 3, "items": [], "creation_time": "0001-01-01T00:00:00.000Z",
                   "update_time": "0001-01-01T00:00:00.000Z"}})";

const QByteArray kPrivateProxyProject = R"({"project_id": 7, "name": "dockerhub-cache", "owner_name": "ops",
 "repo_count": 0, "registry_id": 2, "metadata": {"public": "false", "proxy_speed_kb": "-1"}})";

const QByteArray kRepository = R"({"id": 41, "project_id": 3, "name": "library/tools/nginx", "description": "",
 "artifact_count": 4, "pull_count": 17,
 "creation_time": "2025-02-01T10:00:00.000Z", "update_time": "2025-03-01T10:00:00.000Z"})";

const QByteArray kIndexArtifact = R"({"id": 210, "type": "IMAGE", "project_id": 3, "repository_id": 41,
 "repository_name": "library/tools/nginx",
 "digest": "sha256:aaaa", "size": 61234567,
 "manifest_media_type": "application/vnd.oci.image.index.v1+json",
 "media_type": "application/vnd.oci.image.index.v1+json", "artifact_type": "",
 "push_time": "2025-03-01T10:00:00.000Z", "pull_time": "0001-01-01T00:00:00.000Z",
 "icon": "sha256:0048162a", "annotations": null, "extra_attrs": null,
 "references": [
   {"parent_id": 210, "child_id": 211, "child_digest": "sha256:bbbb",
    "platform": {"architecture": "amd64", "os": "linux"}, "urls": null, "annotations": null},
   {"parent_id": 210, "child_id": 212, "child_digest": "sha256:cccc",
    "platform": {"architecture": "arm64", "os": "linux", "variant": "v8"}},
   {"parent_id": 210, "child_id": 213, "child_digest": "sha256:dddd",
    "platform": {"architecture": "amd64", "os": "windows", "'os.version'": "10.0.17763.5458",
                 "'os.features'": ["win32k"]}},
   {"parent_id": 210, "child_id": 214, "child_digest": "sha256:eeee",
    "platform": {"architecture": "amd64", "os": "windows", "os.version": "10.0.20348.2322"}}],
 "tags": [{"id": 77, "repository_id": 41, "artifact_id": 210, "name": "1.27",
           "push_time": "2025-03-01T10:00:00.000Z", "pull_time": "0001-01-01T00:00:00.000Z",
           "immutable": false},
          {"id": 78, "repository_id": 41, "artifact_id": 210, "name": "stable",
           "push_time": "2025-03-02T11:00:00.000Z", "pull_time": "2025-03-05T12:00:00.500Z",
           "immutable": true}],
 "labels": [{"id": 5, "name": "prod", "description": "", "color": "#48960C", "scope": "p",
             "project_id": 3, "creation_time": "2025-01-01T00:00:00.000Z", "update_time": "2025-01-01T00:00:00.000Z"}],
 "addition_links": {"vulnerabilities": {"href": "/api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts/sha256:aaaa/additions/vulnerabilities", "absolute": false}},
 "scan_overview": {"application/vnd.security.vulnerability.report; version=1.1": {
     "report_id": "5f62c830-0000", "scan_status": "Success", "severity": "High", "duration": 12,
     "summary": {"total": 14, "fixable": 9, "summary": {"High": 2, "Medium": 7, "Low": 5}},
     "start_time": "2025-03-01T10:01:00Z", "end_time": "2025-03-01T10:01:12Z", "complete_percent": 100,
     "scanner": {"name": "Trivy", "vendor": "Aqua Security", "version": "v0.50.0"}}},
 "accessories": null})";

const QByteArray kSignedImage = R"({"id": 300, "type": "IMAGE", "project_id": 3, "repository_id": 41,
 "repository_name": "library/tools/nginx", "digest": "sha256:ffff", "size": 2048,
 "manifest_media_type": "application/vnd.oci.image.manifest.v1+json",
 "media_type": "application/vnd.oci.image.config.v1+json",
 "push_time": "2025-03-01T10:00:00Z", "pull_time": "2025-03-04T08:15:00+02:00",
 "accessories": [
   {"id": 301, "artifact_id": 302, "subject_artifact_id": 300, "subject_artifact_digest": "sha256:ffff",
    "size": 1234, "digest": "sha256:5151", "type": "signature.cosign", "icon": "", "creation_time": "2025-03-01T10:00:05Z"},
   {"id": 303, "artifact_id": 304, "subject_artifact_digest": "sha256:ffff",
    "size": 777, "digest": "sha256:5252", "type": "harbor.sbom"}]})";

const QByteArray kSystemInfoAnonymous = R"({"auth_mode": "db_auth", "primary_auth_mode": false,
 "self_registration": false, "banner_message": "", "oidc_provider_name": ""})";

// JSON's optional "\/" escape keeps "//" out of the raw string: moc 6.4 reads it as a comment
// and then finds no class in this file.
const QByteArray kSystemInfoAuthenticated = R"({"auth_mode": "oidc_auth", "harbor_version": "v2.11.0-70255684",
 "external_url": "https:\/\/harbor.example.com", "registry_url": "harbor.example.com", "read_only": true,
 "has_ca_root": false, "current_time": "2025-03-01T10:00:00Z", "oidc_provider_name": "Keycloak",
 "project_creation_restriction": "everyone", "registry_storage_provider_name": "filesystem", "notification_enable": true})";

const QByteArray kCurrentUser = R"({"user_id": 1, "username": "admin", "realname": "Harbor Admin",
 "email": "admin@example.com", "comment": "", "sysadmin_flag": true, "admin_role_in_auth": false,
 "creation_time": "2025-01-01T00:00:00Z", "update_time": "2025-01-01T00:00:00Z", "oidc_user_meta": null})";

const QByteArray kHtmlProxyPage = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                                  "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                  "</body>\r\n</html>\r\n";

QByteArray arrayOf(const QByteArray &item)
{
    return '[' + item + ']';
}

} // namespace

class TestHarborJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void failures_data();
    void failures();
    void parseTime_data();
    void parseTime();
    void formatTime_data();
    void formatTime();
    void timesAgreeWithQt_data();
    void timesAgreeWithQt();
    void errorBody_data();
    void errorBody();
    void describeUnparsable_data();
    void describeUnparsable();
    void objectMappersMatchParsers();
    void permissionCheck_data();
    void permissionCheck();
};

void TestHarborJson::fields_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QString projects = QStringLiteral("projects");
    const QString project = QStringLiteral("project");
    const QString repos = QStringLiteral("repositories");
    const QString repo = QStringLiteral("repository");
    const QString artifacts = QStringLiteral("artifacts");
    const QString artifact = QStringLiteral("artifact");

    // Projects.
    QTest::newRow("projects: count") << projects << arrayOf(kProject + ',' + kPrivateProxyProject)
                                     << QStringLiteral("count") << QStringLiteral("2");
    QTest::newRow("projects: id") << projects << arrayOf(kProject) << QStringLiteral("[0].id") << QStringLiteral("3");
    QTest::newRow("projects: name") << projects << arrayOf(kProject) << QStringLiteral("[0].name")
                                    << QStringLiteral("library");
    QTest::newRow("projects: public as string \"true\"")
        << projects << arrayOf(kProject) << QStringLiteral("[0].isPublic") << QStringLiteral("true");
    QTest::newRow("projects: public as string \"false\"") << projects << arrayOf(kProject + ',' + kPrivateProxyProject)
                                                          << QStringLiteral("[1].isPublic") << QStringLiteral("false");
    QTest::newRow("projects: public as a JSON bool")
        << projects << QByteArray(R"([{"project_id":1,"metadata":{"public":true}}])") << QStringLiteral("[0].isPublic")
        << QStringLiteral("true");
    QTest::newRow("projects: public as \"TRUE\"")
        << projects << QByteArray(R"([{"project_id":1,"metadata":{"public":"TRUE"}}])")
        << QStringLiteral("[0].isPublic") << QStringLiteral("true");
    QTest::newRow("projects: metadata null")
        << projects << QByteArray(R"([{"project_id":1,"name":"x","metadata":null}])") << QStringLiteral("[0].isPublic")
        << QStringLiteral("false");
    QTest::newRow("projects: repo_count")
        << projects << arrayOf(kProject) << QStringLiteral("[0].repoCount") << QStringLiteral("12");
    QTest::newRow("projects: owner") << projects << arrayOf(kProject) << QStringLiteral("[0].ownerName")
                                     << QStringLiteral("admin");
    QTest::newRow("projects: proxy-cache registry id") << projects << arrayOf(kProject + ',' + kPrivateProxyProject)
                                                       << QStringLiteral("[1].registryId") << QStringLiteral("2");
    QTest::newRow("projects: update time with ms") << projects << arrayOf(kProject) << QStringLiteral("[0].updateTime")
                                                   << QStringLiteral("2025-01-11T09:30:15.250Z");
    QTest::newRow("projects: missing times are never")
        << projects << arrayOf(kPrivateProxyProject) << QStringLiteral("[0].creationTime") << QStringLiteral("never");
    QTest::newRow("projects: empty array")
        << projects << QByteArray("[]") << QStringLiteral("count") << QStringLiteral("0");
    QTest::newRow("projects: null list is empty")
        << projects << QByteArray("null") << QStringLiteral("count") << QStringLiteral("0");
    QTest::newRow("projects: null list with whitespace")
        << projects << QByteArray(" null\n") << QStringLiteral("count") << QStringLiteral("0");
    QTest::newRow("project: single object")
        << project << kProject << QStringLiteral("name") << QStringLiteral("library");
    QTest::newRow("project: unknown fields tolerated")
        << project << QByteArray(R"({"future_field": {"nested": [1, {"x": null}]}, "project_id": 9, "name": "n",
                        "another": [true, false], "metadata": {"public": "true", "new_flag": {"a": 1}}})")
        << QStringLiteral("id") << QStringLiteral("9");

    // Wrong types: strings where numbers are expected, negatives, NaN-like, huge.
    QTest::newRow("wrong type: id as numeric string") << project << QByteArray(R"({"project_id": "15", "name": "s"})")
                                                      << QStringLiteral("id") << QStringLiteral("15");
    QTest::newRow("wrong type: id as non-numeric string")
        << project << QByteArray(R"({"project_id": "fifteen"})") << QStringLiteral("id") << QStringLiteral("0");
    QTest::newRow("wrong type: id as bool")
        << project << QByteArray(R"({"project_id": true})") << QStringLiteral("id") << QStringLiteral("0");
    QTest::newRow("wrong type: id as object")
        << project << QByteArray(R"({"project_id": {"v": 3}})") << QStringLiteral("id") << QStringLiteral("0");
    QTest::newRow("wrong type: name as number")
        << project << QByteArray(R"({"project_id": 1, "name": 42})") << QStringLiteral("name") << QString();
    QTest::newRow("wrong type: name as null")
        << project << QByteArray(R"({"project_id": 1, "name": null})") << QStringLiteral("name") << QString();
    QTest::newRow("negative repo_count") << project << QByteArray(R"({"repo_count": -4})")
                                         << QStringLiteral("repoCount") << QStringLiteral("0");
    QTest::newRow("fractional repo_count truncated")
        << project << QByteArray(R"({"repo_count": 12.9})") << QStringLiteral("repoCount") << QStringLiteral("12");
    QTest::newRow("NaN-like string") << project << QByteArray(R"({"repo_count": "NaN"})") << QStringLiteral("repoCount")
                                     << QStringLiteral("0");
    QTest::newRow("Infinity-like string")
        << project << QByteArray(R"({"repo_count": "inf"})") << QStringLiteral("repoCount") << QStringLiteral("0");
    QTest::newRow("huge number 1e300") << artifact << QByteArray(R"({"id": 1, "size": 1e300})")
                                       << QStringLiteral("size") << QStringLiteral("0");
    QTest::newRow("huge integer 20 digits") << artifact << QByteArray(R"({"id": 1, "size": 99999999999999999999})")
                                            << QStringLiteral("size") << QStringLiteral("0");
    QTest::newRow("large but plausible size") << artifact << QByteArray(R"({"id": 1, "size": 5000000000000})")
                                              << QStringLiteral("size") << QStringLiteral("5000000000000");
    QTest::newRow("scan total beyond int clamps")
        << artifact
        << QByteArray(R"({"scan_overview": {"m": {"scan_status": "Success", "summary": {"total": 3000000000}}}})")
        << QStringLiteral("scan.total") << QStringLiteral("2147483647");

    // Repositories.
    QTest::newRow("repositories: full name")
        << repos << arrayOf(kRepository) << QStringLiteral("[0].name") << QStringLiteral("library/tools/nginx");
    QTest::newRow("repositories: project part")
        << repos << arrayOf(kRepository) << QStringLiteral("[0].projectName") << QStringLiteral("library");
    QTest::newRow("repositories: path part")
        << repos << arrayOf(kRepository) << QStringLiteral("[0].pathName") << QStringLiteral("tools/nginx");
    QTest::newRow("repositories: counts")
        << repos << arrayOf(kRepository) << QStringLiteral("[0].pullCount") << QStringLiteral("17");
    QTest::newRow("repositories: creation time") << repos << arrayOf(kRepository) << QStringLiteral("[0].creationTime")
                                                 << QStringLiteral("2025-02-01T10:00:00.000Z");
    QTest::newRow("repository: single object")
        << repo << kRepository << QStringLiteral("artifactCount") << QStringLiteral("4");
    QTest::newRow("repository: missing optional fields")
        << repo << QByteArray(R"({"name": "p/r"})") << QStringLiteral("description") << QString();

    // Artifacts: an index with references, tags, labels and a scan overview.
    QTest::newRow("artifacts: index kind")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].kind") << QStringLiteral("index");
    QTest::newRow("artifacts: size") << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].size")
                                     << QStringLiteral("61234567");
    QTest::newRow("artifacts: repository name")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].repositoryName")
        << QStringLiteral("library/tools/nginx");
    QTest::newRow("artifacts: zero pull time is never")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].pullTime") << QStringLiteral("never");
    QTest::newRow("artifacts: push time") << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].pushTime")
                                          << QStringLiteral("2025-03-01T10:00:00.000Z");
    QTest::newRow("artifacts: reference count")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references.count") << QStringLiteral("4");
    QTest::newRow("artifacts: reference child id")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[1].childId") << QStringLiteral("212");
    QTest::newRow("artifacts: reference digest")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[0].childDigest")
        << QStringLiteral("sha256:bbbb");
    QTest::newRow("artifacts: platform without variant")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[0].platform")
        << QStringLiteral("linux/amd64");
    QTest::newRow("artifacts: platform with variant")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[1].platform")
        << QStringLiteral("linux/arm64/v8");
    QTest::newRow("artifacts: platform 'os.version' with quotes")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[2].osVersion")
        << QStringLiteral("10.0.17763.5458");
    QTest::newRow("artifacts: platform os.version plain")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].references[3].osVersion")
        << QStringLiteral("10.0.20348.2322");
    QTest::newRow("artifacts: platform missing")
        << artifact << QByteArray(R"({"references": [{"child_id": 5, "platform": null}]})")
        << QStringLiteral("references[0].platform") << QStringLiteral("(empty)");
    QTest::newRow("artifacts: tag count")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].tags.count") << QStringLiteral("2");
    QTest::newRow("artifacts: tag name") << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].tags[0].name")
                                         << QStringLiteral("1.27");
    QTest::newRow("artifacts: tag never pulled")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].tags[0].pullTime") << QStringLiteral("never");
    QTest::newRow("artifacts: tag pulled")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].tags[1].pullTime")
        << QStringLiteral("2025-03-05T12:00:00.500Z");
    QTest::newRow("artifacts: tag immutable")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].tags[1].immutable") << QStringLiteral("true");
    QTest::newRow("artifacts: label name")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].labels[0].name") << QStringLiteral("prod");
    QTest::newRow("artifacts: label color")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].labels[0].color") << QStringLiteral("#48960C");
    QTest::newRow("artifacts: label scope")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].labels[0].scope") << QStringLiteral("p");
    QTest::newRow("artifacts: scan present")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.present") << QStringLiteral("true");
    QTest::newRow("artifacts: scan status")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.status") << QStringLiteral("Success");
    QTest::newRow("artifacts: scan severity")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.severity") << QStringLiteral("High");
    QTest::newRow("artifacts: scan total")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.total") << QStringLiteral("14");
    QTest::newRow("artifacts: scan fixable")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.fixable") << QStringLiteral("9");
    QTest::newRow("artifacts: scan by severity")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.bySeverity.Medium") << QStringLiteral("7");
    QTest::newRow("artifacts: scanner") << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].scan.scanner")
                                        << QStringLiteral("Trivy");
    QTest::newRow("artifacts: scan running, no summary")
        << artifact << QByteArray(R"({"scan_overview": {"application/vnd.security.vulnerability.report; version=1.1":
                        {"scan_status": "Running", "complete_percent": 40}}})")
        << QStringLiteral("scan.status") << QStringLiteral("Running");
    QTest::newRow("artifacts: scan_overview null") << artifact << QByteArray(R"({"scan_overview": null})")
                                                   << QStringLiteral("scan.present") << QStringLiteral("false");
    QTest::newRow("artifacts: accessories null")
        << artifacts << arrayOf(kIndexArtifact) << QStringLiteral("[0].accessories.count") << QStringLiteral("0");
    QTest::newRow("artifacts: accessory count")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].accessories.count") << QStringLiteral("2");
    QTest::newRow("artifacts: accessory type")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].accessories[0].type")
        << QStringLiteral("signature.cosign");
    QTest::newRow("artifacts: accessory subject")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].accessories[1].subjectDigest")
        << QStringLiteral("sha256:ffff");
    QTest::newRow("artifacts: accessory artifact id")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].accessories[0].artifactId")
        << QStringLiteral("302");
    QTest::newRow("artifacts: single image kind")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].kind") << QStringLiteral("image");
    QTest::newRow("artifacts: time with offset converted to UTC")
        << artifacts << arrayOf(kSignedImage) << QStringLiteral("[0].pullTime")
        << QStringLiteral("2025-03-04T06:15:00.000Z");
    QTest::newRow("artifacts: docker manifest list is an index")
        << artifact << QByteArray(R"({"media_type": "application/vnd.docker.distribution.manifest.list.v2+json",
                        "manifest_media_type": "application/vnd.docker.distribution.manifest.list.v2+json"})")
        << QStringLiteral("kind") << QStringLiteral("index");
    QTest::newRow("artifacts: chart") << artifact << QByteArray(R"({"type": "CHART",
                        "media_type": "application/vnd.cncf.helm.config.v1+json",
                        "manifest_media_type": "application/vnd.oci.image.manifest.v1+json"})")
                                      << QStringLiteral("kind") << QStringLiteral("chart");
    QTest::newRow("artifacts: CNAB is other")
        << artifact << QByteArray(R"({"type": "CNAB"})") << QStringLiteral("kind") << QStringLiteral("other");
    QTest::newRow("artifacts: minimal object") << artifact << QByteArray(R"({"id": 1, "digest": "sha256:1"})")
                                               << QStringLiteral("tags.count") << QStringLiteral("0");
    QTest::newRow("artifacts: tags not a list") << artifact << QByteArray(R"({"id": 1, "tags": "1.27"})")
                                                << QStringLiteral("tags.count") << QStringLiteral("0");
    QTest::newRow("artifacts: non-object tag skipped")
        << artifact << QByteArray(R"({"tags": [42, null, {"name": "ok"}]})") << QStringLiteral("tags[0].name")
        << QStringLiteral("ok");
    QTest::newRow("artifacts: null list is empty")
        << artifacts << QByteArray("null") << QStringLiteral("count") << QStringLiteral("0");

    // Tags endpoint.
    QTest::newRow("tags: immutable as string")
        << QStringLiteral("tags")
        << QByteArray(R"([{"id": 77, "artifact_id": 210, "name": "1.27", "immutable": "true"}])")
        << QStringLiteral("[0].immutable") << QStringLiteral("true");
    QTest::newRow("tags: artifact id") << QStringLiteral("tags")
                                       << QByteArray(R"([{"id": 77, "artifact_id": 210, "name": "1.27"}])")
                                       << QStringLiteral("[0].artifactId") << QStringLiteral("210");

    // systeminfo, users/current, permissions, version.
    QTest::newRow("systeminfo: anonymous view") << QStringLiteral("systeminfo") << kSystemInfoAnonymous
                                                << QStringLiteral("authenticatedView") << QStringLiteral("false");
    QTest::newRow("systeminfo: anonymous auth mode") << QStringLiteral("systeminfo") << kSystemInfoAnonymous
                                                     << QStringLiteral("authMode") << QStringLiteral("db_auth");
    QTest::newRow("systeminfo: authenticated view") << QStringLiteral("systeminfo") << kSystemInfoAuthenticated
                                                    << QStringLiteral("authenticatedView") << QStringLiteral("true");
    QTest::newRow("systeminfo: version") << QStringLiteral("systeminfo") << kSystemInfoAuthenticated
                                         << QStringLiteral("harborVersion") << QStringLiteral("v2.11.0-70255684");
    QTest::newRow("systeminfo: external URL, escaped slashes")
        << QStringLiteral("systeminfo") << kSystemInfoAuthenticated << QStringLiteral("externalUrl")
        << QStringLiteral("https://harbor.example.com");
    QTest::newRow("systeminfo: read only") << QStringLiteral("systeminfo") << kSystemInfoAuthenticated
                                           << QStringLiteral("readOnly") << QStringLiteral("true");
    QTest::newRow("systeminfo: oidc provider") << QStringLiteral("systeminfo") << kSystemInfoAuthenticated
                                               << QStringLiteral("oidcProviderName") << QStringLiteral("Keycloak");
    QTest::newRow("user: name") << QStringLiteral("user") << kCurrentUser << QStringLiteral("username")
                                << QStringLiteral("admin");
    QTest::newRow("user: sysadmin") << QStringLiteral("user") << kCurrentUser << QStringLiteral("sysadmin")
                                    << QStringLiteral("true");
    QTest::newRow("user: not sysadmin when flag missing")
        << QStringLiteral("user") << QByteArray(R"({"user_id": 4, "username": "dev"})") << QStringLiteral("sysadmin")
        << QStringLiteral("false");
    QTest::newRow("permissions: count")
        << QStringLiteral("permissions")
        << QByteArray(R"([{"resource": "repository", "action": "list"}, {"resource": "tag", "action": "delete"}])")
        << QStringLiteral("count") << QStringLiteral("2");
    QTest::newRow("permissions: second entry")
        << QStringLiteral("permissions")
        << QByteArray(R"([{"resource": "repository", "action": "list"}, {"resource": "tag", "action": "delete"}])")
        << QStringLiteral("[1].action") << QStringLiteral("delete");
    QTest::newRow("version") << QStringLiteral("version") << QByteArray(R"({"version": "v2.0"})")
                             << QStringLiteral("value") << QStringLiteral("v2.0");
}

void TestHarborJson::fields()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const Flat r = parseAs(parser, body);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(r.fields.contains(field), qPrintable(QStringLiteral("no field %1 in the result").arg(field)));
    QCOMPARE(r.fields.value(field), expected);
}

void TestHarborJson::failures_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions"); // the error must contain this (case-insensitive)
    QTest::addColumn<QString>("mustNotMention"); // and must not claim this; empty = no check

    QTest::newRow("HTML proxy page, list")
        << QStringLiteral("projects") << kHtmlProxyPage << QStringLiteral("HTML") << QString();
    QTest::newRow("HTML proxy page, object")
        << QStringLiteral("artifact") << kHtmlProxyPage << QStringLiteral("HTML") << QString();
    QTest::newRow("HTML doctype page") << QStringLiteral("repositories")
                                       << QByteArray("\n<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                                                     "<body>SSO</body></html>")
                                       << QStringLiteral("HTML") << QString();
    QTest::newRow("truncated array") << QStringLiteral("projects") << QByteArray(R"([{"project_id": 3, "name": "libr)")
                                     << QStringLiteral("truncated") << QString();
    QTest::newRow("truncated object") << QStringLiteral("artifact") << kIndexArtifact.left(kIndexArtifact.size() / 2)
                                      << QStringLiteral("truncated") << QString();
    QTest::newRow("error offset reported")
        << QStringLiteral("projects") << QByteArray("[{\"a\": 1},, ]") << QStringLiteral("at byte") << QString();
    QTest::newRow("empty body, list") << QStringLiteral("projects") << QByteArray() << QStringLiteral("empty")
                                      << QString();
    QTest::newRow("empty body, object") << QStringLiteral("user") << QByteArray("  \r\n") << QStringLiteral("empty")
                                        << QString();
    QTest::newRow("object where array expected")
        << QStringLiteral("projects")
        << QByteArray(R"({"errors":[{"code":"UNKNOWN","message":"internal server error"}]})") << QStringLiteral("array")
        << QStringLiteral("malformed");
    QTest::newRow("array where object expected")
        << QStringLiteral("project") << arrayOf(kProject) << QStringLiteral("object") << QStringLiteral("malformed");
    QTest::newRow("null where object expected")
        << QStringLiteral("systeminfo") << QByteArray("null") << QString() << QStringLiteral("non-JSON");
    QTest::newRow("array of numbers") << QStringLiteral("repositories") << QByteArray("[1, 2, 3]")
                                      << QStringLiteral("non-object") << QString();
    QTest::newRow("array with a null item") << QStringLiteral("tags") << QByteArray(R"([{"name": "a"}, null])")
                                            << QStringLiteral("non-object") << QString();
    QTest::newRow("plain text body") << QStringLiteral("permissions") << QByteArray("Pong")
                                     << QStringLiteral("non-JSON") << QString();
    QTest::newRow("top-level number") << QStringLiteral("projects") << QByteArray("42") << QStringLiteral("at byte")
                                      << QString();
    QTest::newRow("number out of double range")
        << QStringLiteral("artifact") << QByteArray(R"({"id": 1, "size": 1e400})") << QStringLiteral("number")
        << QString();
    QTest::newRow("version missing") << QStringLiteral("version") << QByteArray("{}") << QStringLiteral("version")
                                     << QString();
    QTest::newRow("version not a string")
        << QStringLiteral("version") << QByteArray(R"({"version": 2})") << QStringLiteral("version") << QString();

    // Names with control characters: no registry allows one, and printed they rewrite a
    // terminal or forge a row. The whole body is refused, naming the field and showing the
    // value escaped.
    QTest::newRow("project name with CR LF")
        << QStringLiteral("projects") << arrayOf(kProject + R"(,{"project_id": 9, "name": "evil\r\nlibrary"})")
        << QStringLiteral("at [1].name (\"evil\\r\\nlibrary\")") << QString();
    QTest::newRow("project name with ESC")
        << QStringLiteral("project") << QByteArray(R"({"project_id": 9, "name": "x\u001b]0;owned\u0007"})")
        << QStringLiteral("at name (\"x\\x1b]0;owned\\x07\")") << QString();
    QTest::newRow("repository name with NUL")
        << QStringLiteral("repositories") << arrayOf(kRepository + R"(,{"id": 2, "name": "library/a\u0000b"})")
        << QStringLiteral("at [1].name (\"library/a\\x00b\")") << QString();
    QTest::newRow("repository name with RLO")
        << QStringLiteral("repository") << QByteArray(R"({"name": "library/\u202egpj"})")
        << QStringLiteral("at name (\"library/\\u202egpj\")") << QString();
    QTest::newRow("tag name with CR LF in an artifact")
        << QStringLiteral("artifacts")
        << arrayOf(R"({"id": 1, "digest": "sha256:1", "tags": [{"name": "ok"}, {"name": "v1\r\nteam-a/x:forged"}]})")
        << QStringLiteral("at [0].tags[1].name (\"v1\\r\\nteam-a/x:forged\")") << QString();
    QTest::newRow("tag name with ESC, tags endpoint")
        << QStringLiteral("tags") << QByteArray(R"([{"id": 1, "name": "\u001b[2J"}])")
        << QStringLiteral("at [0].name (\"\\x1b[2J\")") << QString();
    QTest::newRow("tag name with NUL") << QStringLiteral("artifact")
                                       << QByteArray(R"({"id": 1, "tags": [{"name": "a\u0000"}]})")
                                       << QStringLiteral("tags[0].name") << QString();
    QTest::newRow("artifact digest with ESC")
        << QStringLiteral("artifact") << QByteArray(R"({"id": 1, "digest": "sha256:\u001b[31m"})")
        << QStringLiteral("at digest") << QString();
    QTest::newRow("artifact repository_name with LF")
        << QStringLiteral("artifacts") << arrayOf(R"({"id": 1, "repository_name": "a/b\nc"})")
        << QStringLiteral("at [0].repository_name") << QString();
    QTest::newRow("child digest with DEL")
        << QStringLiteral("artifact") << QByteArray(R"({"references": [{"child_digest": "sha256:\u007f"}]})")
        << QStringLiteral("references[0].child_digest") << QString();
    QTest::newRow("accessory digest with C1 CSI")
        << QStringLiteral("artifact") << QByteArray(R"({"accessories": [{"digest": "sha256:\u009b2J"}]})")
        << QStringLiteral("accessories[0].digest (\"sha256:\\x9b2J\")") << QString();
    QTest::newRow("long hostile name is cut in the message")
        << QStringLiteral("tags") << QByteArray(R"([{"name": "\u001b)" + QByteArray(5000, 'a') + R"("}])")
        << QStringLiteral("aaa\u2026\")") << QString();
}

void TestHarborJson::failures()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QFETCH(QString, mustNotMention);

    const Flat r = parseAs(parser, body);
    QVERIFY2(!r.error.isEmpty(), "a body that is not what we expect must be an error");
    QVERIFY2(r.error.contains(mentions, Qt::CaseInsensitive), qPrintable(r.error));
    if (r.fields.contains(QStringLiteral("count")))
        QCOMPARE(r.fields.value(QStringLiteral("count")), QStringLiteral("0"));
    if (!mustNotMention.isEmpty()) {
        QVERIFY2(!r.error.contains(mustNotMention, Qt::CaseInsensitive), qPrintable(r.error));
    }
    QVERIFY2(!DisplayText::hasControl(r.error), qPrintable(r.error)); // the message is safe to print
}

void TestHarborJson::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // timeText() form

    QTest::newRow("zero time with ms") << QStringLiteral("0001-01-01T00:00:00.000Z") << QStringLiteral("never");
    QTest::newRow("zero time without ms") << QStringLiteral("0001-01-01T00:00:00Z") << QStringLiteral("never");
    QTest::newRow("zero day, other separator") << QStringLiteral("0001-01/01") << QStringLiteral("never");
    QTest::newRow("zero day, offset into it") << QStringLiteral("0001-01-02T03:00:00+05:00") << QStringLiteral("never");
    QTest::newRow("empty") << QString() << QStringLiteral("never");
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QStringLiteral("never");
    QTest::newRow("with ms") << QStringLiteral("2025-03-01T10:00:00.123Z")
                             << QStringLiteral("2025-03-01T10:00:00.123Z");
    QTest::newRow("without ms") << QStringLiteral("2025-03-01T10:01:12Z") << QStringLiteral("2025-03-01T10:01:12.000Z");
    QTest::newRow("positive offset") << QStringLiteral("2025-03-01T10:00:00+02:00")
                                     << QStringLiteral("2025-03-01T08:00:00.000Z");
    QTest::newRow("negative offset across midnight")
        << QStringLiteral("2025-03-01T22:30:00.000-05:00") << QStringLiteral("2025-03-02T03:30:00.000Z");
}

void TestHarborJson::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(timeText(HarborJson::parseTime(text)), expected);
}

void TestHarborJson::formatTime_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid is empty") << QDateTime() << QString();
    QTest::newRow("utc") << QDateTime(QDate(2025, 3, 1), QTime(10, 0, 0, 250), Qt::UTC)
                         << QStringLiteral("2025-03-01T10:00:00.250Z");
    QTest::newRow("offset converted") << QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600)
                                      << QStringLiteral("2025-03-01T10:00:00.000Z");
}

void TestHarborJson::formatTime()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);

    QCOMPARE(HarborJson::formatTime(time), expected);
    if (time.isValid())
        QCOMPARE(HarborJson::parseTime(HarborJson::formatTime(time)), time.toUTC());
}

// parseTime and formatTime read and write Harbor's usual shape by hand; whatever the text, they
// must give what Qt's ISO 8601 reader and writer give (the shapes they do not take included).
void TestHarborJson::timesAgreeWithQt_data()
{
    QTest::addColumn<QString>("text");
    const char *texts[]
        = {"2025-03-01T10:00:00.123Z", "2025-03-01T10:00:00Z", "2024-02-29T23:59:59.999Z", "2025-02-29T00:00:00.000Z",
            "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-03-01T24:00:00Z", "2025-03-01T24:00:00.000Z",
            "2025-03-01T23:60:00Z", "2025-03-01T23:59:60Z", "2025-03-01T10:00:00.1234Z", "2025-03-01T10:00:00.123456Z",
            "2025-03-01T10:00:00.12Z", "2025-03-01t10:00:00Z", "2025-03-01T10:00:00z", "2025-03-01 10:00:00Z",
            "2025-03-01T10:00:00+00:00", "0001-01-01T00:00:00.000Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
            "2025-03-01T1a:00:00Z", "+025-03-01T10:00:00Z", "2025-03-01T10:00:00.-12Z", "2025-3-01T10:00:00.000Z"};
    for (const char *t : texts)
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestHarborJson::timesAgreeWithQt()
{
    QFETCH(QString, text);
    QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!qt.isValid())
        qt = QDateTime::fromString(text, Qt::ISODate);
    if (qt.isValid())
        qt = qt.toUTC();
    if (qt.isValid() && qt.date() == QDate(1, 1, 1))
        qt = QDateTime();
    const QDateTime ours = HarborJson::parseTime(text);
    QCOMPARE(ours, qt);
    QCOMPARE(ours.timeSpec(), qt.timeSpec());
    if (qt.isValid())
        QCOMPARE(HarborJson::formatTime(qt), qt.toString(Qt::ISODateWithMs));
}

void TestHarborJson::errorBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // Every error body as Harbor writes them, with the trailing newline (goharbor/harbor
    // src/lib/http/error.go, SendError).
    QTest::newRow("401") << QByteArray("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"unauthorized\"}]}\n")
                         << true << QStringLiteral("UNAUTHORIZED") << QStringLiteral("unauthorized");
    QTest::newRow("403") << QByteArray(R"({"errors":[{"code":"FORBIDDEN","message":"forbidden"}]})") << true
                         << QStringLiteral("FORBIDDEN") << QStringLiteral("forbidden");
    QTest::newRow("403 CSRF") << QByteArray(R"({"errors":[{"code":"FORBIDDEN","message":"CSRF token invalid"}]})")
                              << true << QStringLiteral("FORBIDDEN") << QStringLiteral("CSRF token invalid");
    QTest::newRow("read only") << QByteArray(
        R"({"errors":[{"code":"DENIED","message":"The system is in read only mode. Any modification is prohibited."}]})")
                               << true << QStringLiteral("DENIED")
                               << QStringLiteral("The system is in read only mode. Any modification is prohibited.");
    QTest::newRow("404 tag") << QByteArray(
        R"({"errors":[{"code":"NOT_FOUND","message":"tag v1 attached to artifact 210 not found"}]})")
                             << true << QStringLiteral("NOT_FOUND")
                             << QStringLiteral("tag v1 attached to artifact 210 not found");
    QTest::newRow("412 immutable") << QByteArray(
        R"({"errors":[{"code":"PRECONDITION","message":"the tag 1.27 configured as immutable, cannot be deleted"}]})")
                                   << true << QStringLiteral("PRECONDITION")
                                   << QStringLiteral("the tag 1.27 configured as immutable, cannot be deleted");
    QTest::newRow("412 robot on users/current") << QByteArray(
        R"({"errors":[{"code":"PRECONDITION","message":"get current user not available for security context: robot"}]})")
                                                << true << QStringLiteral("PRECONDITION")
                                                << QStringLiteral(
                                                       "get current user not available for security context: robot");
    QTest::newRow("422 page size") << QByteArray(
        R"({"errors":[{"code":"UNPROCESSABLE_ENTITY","message":"validation failure list:\npage_size in query should be less than or equal to 100"}]})")
                                   << true << QStringLiteral("UNPROCESSABLE_ENTITY")
                                   << QStringLiteral("validation failure list:\npage_size in query should be less than "
                                                     "or equal to 100");
    QTest::newRow("500 rewritten") << QByteArray(R"({"errors":[{"code":"UNKNOWN","message":"internal server error"}]})")
                                   << true << QStringLiteral("UNKNOWN") << QStringLiteral("internal server error");
    QTest::newRow("first of several errors")
        << QByteArray(R"({"errors":[{"code":"DENIED","message":"a"},{"code":"NOT_FOUND","message":"b"}]})") << true
        << QStringLiteral("DENIED") << QStringLiteral("a");
    QTest::newRow("registry style with detail") << QByteArray(
        R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository"}]}]})")
                                                << true << QStringLiteral("UNAUTHORIZED")
                                                << QStringLiteral("authentication required");
    QTest::newRow("code only") << QByteArray(R"({"errors":[{"code":"CONFLICT"}]})") << true
                               << QStringLiteral("CONFLICT") << QString();
    QTest::newRow("message only") << QByteArray(R"({"errors":[{"message":"boom"}]})") << true << QString()
                                  << QStringLiteral("boom");
    QTest::newRow("non-string code ignored")
        << QByteArray(R"({"errors":[{"code":401,"message":"x"}]})") << true << QString() << QStringLiteral("x");
    QTest::newRow("empty errors list") << QByteArray(R"({"errors":[]})") << false << QString() << QString();
    QTest::newRow("errors null") << QByteArray(R"({"errors":null})") << false << QString() << QString();
    QTest::newRow("errors not a list") << QByteArray(R"({"errors":"bad"})") << false << QString() << QString();
    QTest::newRow("first error not an object")
        << QByteArray(R"({"errors":["bad"]})") << false << QString() << QString();
    QTest::newRow("empty error object") << QByteArray(R"({"errors":[{}]})") << false << QString() << QString();
    QTest::newRow("a normal payload") << kProject << false << QString() << QString();
    QTest::newRow("HTML page") << kHtmlProxyPage << false << QString() << QString();
    QTest::newRow("empty body") << QByteArray() << false << QString() << QString();
    QTest::newRow("truncated") << QByteArray(R"({"errors":[{"code":"UNAUTH)") << false << QString() << QString();
}

void TestHarborJson::errorBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const HarborErrorBody e = HarborJson::parseErrorBody(body);
    QCOMPARE(e.present, present);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
}

void TestHarborJson::describeUnparsable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t") << QStringLiteral("empty");
    QTest::newRow("nginx 502 page") << kHtmlProxyPage << QStringLiteral("HTML");
    QTest::newRow("doctype, upper case") << QByteArray("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">")
                                         << QStringLiteral("HTML");
    QTest::newRow("doctype after blank lines") << QByteArray("\r\n\r\n<!doctype html><html>") << QStringLiteral("HTML");
    QTest::newRow("head without html tag")
        << QByteArray("<HEAD><TITLE>Access Denied</TITLE></HEAD>") << QStringLiteral("HTML");
    QTest::newRow("truncated object") << QByteArray("{\"project_id\": 3, \"na") << QStringLiteral("truncated");
    QTest::newRow("truncated array") << QByteArray("[{\"id\": 1},") << QStringLiteral("truncated");
    QTest::newRow("plain text") << QByteArray("upstream connect error or disconnect/reset before headers")
                                << QStringLiteral("non-JSON");
    QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << QStringLiteral("non-JSON");
}

void TestHarborJson::describeUnparsable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);

    const QString d = HarborJson::describeUnparsable(body);
    QVERIFY2(d.contains(mentions, Qt::CaseInsensitive), qPrintable(d));
    // Short and printable: it goes into one line of an error dialog.
    QVERIFY(d.size() < 120);
}

void TestHarborJson::objectMappersMatchParsers()
{
    // The object-level mappers are what the list parsers apply to each element.
    const QJsonObject o = QJsonDocument::fromJson(kIndexArtifact).object();
    QVERIFY(!o.isEmpty());
    const Artifact a = HarborJson::artifactFromJson(o);
    const Parsed<Artifact> p = HarborJson::parseArtifact(kIndexArtifact);
    QVERIFY(p.ok());
    QCOMPARE(a.id, qint64(210));
    QCOMPARE(a.id, p.value.id);
    QCOMPARE(a.references.size(), p.value.references.size());
    QCOMPARE(HarborJson::tagFromJson(o.value(QLatin1String("tags")).toArray().at(1).toObject()).name,
        QStringLiteral("stable"));
    QCOMPARE(HarborJson::repositoryFromJson(QJsonDocument::fromJson(kRepository).object()).pathName(),
        QStringLiteral("tools/nginx"));
    QCOMPARE(HarborJson::projectFromJson(QJsonDocument::fromJson(kProject).object()).isPublic, true);
}

void TestHarborJson::permissionCheck_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");

    const QByteArray robot = R"([{"resource": "repository", "action": "list"},
                                {"resource": "tag", "action": "delete"}])";
    QTest::newRow("granted") << robot << QStringLiteral("tag") << QStringLiteral("delete") << true;
    QTest::newRow("other action") << robot << QStringLiteral("tag") << QStringLiteral("create") << false;
    QTest::newRow("other resource") << robot << QStringLiteral("artifact") << QStringLiteral("delete") << false;
    QTest::newRow("wildcard action") << QByteArray(R"([{"resource": "artifact", "action": "*"}])")
                                     << QStringLiteral("artifact") << QStringLiteral("delete") << true;
    QTest::newRow("wildcard resource") << QByteArray(R"([{"resource": "*", "action": "list"}])")
                                       << QStringLiteral("repository") << QStringLiteral("list") << true;
    QTest::newRow("none") << QByteArray("[]") << QStringLiteral("tag") << QStringLiteral("list") << false;
}

void TestHarborJson::permissionCheck()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, resource);
    QFETCH(QString, action);
    QFETCH(bool, allowed);

    const Parsed<QList<Permission>> p = HarborJson::parsePermissions(body);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(hasPermission(p.value, resource, action), allowed);
}

QTEST_APPLESS_MAIN(TestHarborJson)
#include "tst_harborjson.moc"
