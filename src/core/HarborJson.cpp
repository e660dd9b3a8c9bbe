#include "HarborJson.h"

#include "DisplayText.h"
#include "HarborJsonFast.h"
#include "JsonShape.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace berth {
namespace HarborJson {

namespace {

// Harbor's ids and sizes are int64; JSON numbers arrive as doubles. Anything that is not a
// finite, non-negative number within range becomes 0 rather than UB on conversion.
qint64 toInt64(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return 0;
    } else {
        return 0;
    }
    if (!(d >= 0) || d > 9.0e15) // also rejects NaN
        return 0;
    return static_cast<qint64>(d);
}

int toInt(const QJsonValue &v)
{
    const qint64 n = toInt64(v);
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(n);
}

bool toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

// First value present under any of the spellings: the spec names some platform keys with
// literal quotes ('os.version'), and we accept both forms.
QJsonValue anyOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return {};
}

QString shapeOf(const QJsonDocument &doc)
{
    if (doc.isArray())
        return QStringLiteral("a JSON array");
    if (doc.isObject())
        return doc.object().contains(QLatin1String("errors")) ? QStringLiteral("a Harbor error object")
                                                              : QStringLiteral("a JSON object");
    return QStringLiteral("JSON null");
}

bool isNullBody(const QByteArray &body)
{
    // A view: QByteArray::trimmed() copies a body that ends in a newline, as Go's json.Encoder
    // writes it.
    return QByteArrayView(body).trimmed() == "null";
}

Parsed<QJsonDocument> document(const QByteArray &body)
{
    Parsed<QJsonDocument> r;
    // Counted before parsing: a few bytes of JSON can cost a hundred times their size in memory.
    r.error = JsonShape::structureRefusal(JsonShape::scan(body));
    if (!r.error.isEmpty())
        return r;
    QJsonParseError err {};
    r.value = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        r.error = describeUnparsable(body) + QStringLiteral(" (%1 at byte %2)").arg(err.errorString()).arg(err.offset);
    return r;
}

// A name with a control character in it is one no registry accepts (the distribution grammar,
// distribution/reference/regexp.go, and Harbor's own name rules allow none). Printed, it can
// rewrite a terminal or forge a row of `ls`, so a body holding one is refused as a whole, naming
// the field. Checked are the names and digests that end up in paths, rows and titles.
struct BadName
{
    QString field; // relative to the object: "name", "tags[2].name"
    QString value;
};

bool badName(const QString &field, const QString &value, BadName *bad)
{
    if (!DisplayText::hasControl(value))
        return false;
    *bad = BadName {field, value};
    return true;
}

template<class T>
bool badName(const T &, BadName *)
{
    return false; // types that carry no names
}

bool badName(const Project &p, BadName *bad)
{
    return badName(QStringLiteral("name"), p.name, bad);
}

bool badName(const Repository &r, BadName *bad)
{
    return badName(QStringLiteral("name"), r.name, bad);
}

bool badName(const Tag &t, BadName *bad)
{
    return badName(QStringLiteral("name"), t.name, bad);
}

bool badName(const Artifact &a, BadName *bad)
{
    if (badName(QStringLiteral("repository_name"), a.repositoryName, bad)
        || badName(QStringLiteral("digest"), a.digest, bad))
        return true;
    // The field's name is built only for the bad one: a page holds thousands of tags.
    const auto bad1 = [bad](const char *pattern, qsizetype i, const QString &value) {
        if (!DisplayText::hasControl(value))
            return false;
        *bad = BadName {QString::fromLatin1(pattern).arg(i), value};
        return true;
    };
    for (qsizetype i = 0; i < a.tags.size(); ++i)
        if (bad1("tags[%1].name", i, a.tags.at(i).name))
            return true;
    for (qsizetype i = 0; i < a.references.size(); ++i)
        if (bad1("references[%1].child_digest", i, a.references.at(i).childDigest))
            return true;
    for (qsizetype i = 0; i < a.accessories.size(); ++i)
        if (bad1("accessories[%1].digest", i, a.accessories.at(i).digest)
            || bad1("accessories[%1].subject_artifact_digest", i, a.accessories.at(i).subjectDigest))
            return true;
    return false;
}

QString badNameError(const QString &at, const BadName &bad)
{
    QString shown = DisplayText::escapeControl(bad.value);
    if (shown.size() > 80)
        shown = shown.left(80) + QChar(0x2026);
    return QStringLiteral("a name with a control character at %1%2 (\"%3\"), which no registry allows")
        .arg(at, bad.field, shown);
}

template<class T, class F>
Parsed<QList<T>> parseArray(const QByteArray &body, F fromJson, const char *what)
{
    Parsed<QList<T>> r;
    // Harbor answers an empty list as [] and, on some endpoints, as null (which Qt's parser
    // refuses at the top level).
    if (isNullBody(body))
        return r;
    auto doc = document(body);
    if (!doc.ok()) {
        r.error = doc.error;
        return r;
    }
    if (!doc.value.isArray()) {
        r.error = QStringLiteral("expected a JSON array of %1, got %2").arg(QLatin1String(what), shapeOf(doc.value));
        return r;
    }
    const QJsonArray arr = doc.value.array();
    r.value.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (!v.isObject()) {
            r.error = QStringLiteral("expected %1 objects in the array, found a non-object").arg(QLatin1String(what));
            r.value.clear();
            return r;
        }
        r.value.append(fromJson(v.toObject()));
        BadName bad;
        if (badName(r.value.constLast(), &bad)) {
            r.error = badNameError(QStringLiteral("[%1].").arg(r.value.size() - 1), bad);
            r.value.clear();
            return r;
        }
    }
    return r;
}

template<class T, class F>
Parsed<T> parseObject(const QByteArray &body, F fromJson, const char *what)
{
    Parsed<T> r;
    if (isNullBody(body)) {
        r.error = QStringLiteral("expected a JSON object (%1), got JSON null").arg(QLatin1String(what));
        return r;
    }
    auto doc = document(body);
    if (!doc.ok()) {
        r.error = doc.error;
        return r;
    }
    if (!doc.value.isObject()) {
        r.error = QStringLiteral("expected a JSON object (%1), got %2").arg(QLatin1String(what), shapeOf(doc.value));
        return r;
    }
    r.value = fromJson(doc.value.object());
    BadName bad;
    if (badName(r.value, &bad)) {
        r.error = badNameError(QString(), bad);
        r.value = T {};
    }
    return r;
}

Platform platformFromJson(const QJsonObject &o)
{
    Platform p;
    p.architecture = anyOf(o, {"architecture"}).toString();
    p.os = anyOf(o, {"os"}).toString();
    p.variant = anyOf(o, {"variant"}).toString();
    p.osVersion = anyOf(o, {"os.version", "'os.version'", "os_version"}).toString();
    return p;
}

Label labelFromJson(const QJsonObject &o)
{
    return Label {toInt64(o.value(QLatin1String("id"))), str(o, QLatin1String("name")), str(o, QLatin1String("color")),
        str(o, QLatin1String("scope"))};
}

Accessory accessoryFromJson(const QJsonObject &o)
{
    Accessory a;
    a.id = toInt64(o.value(QLatin1String("id")));
    a.artifactId = toInt64(o.value(QLatin1String("artifact_id")));
    a.digest = str(o, QLatin1String("digest"));
    a.type = str(o, QLatin1String("type"));
    a.size = toInt64(o.value(QLatin1String("size")));
    a.subjectDigest = str(o, QLatin1String("subject_artifact_digest"));
    return a;
}

// scan_overview is keyed by report MIME type; we take the first report that has a summary.
ScanSummary scanFromJson(const QJsonValue &v)
{
    ScanSummary s;
    if (!v.isObject())
        return s;
    const QJsonObject all = v.toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it->isObject())
            continue;
        const QJsonObject rep = it->toObject();
        s.present = true;
        s.status = str(rep, QLatin1String("scan_status"));
        s.severity = str(rep, QLatin1String("severity"));
        const QJsonObject scanner = rep.value(QLatin1String("scanner")).toObject();
        s.scanner = str(scanner, QLatin1String("name"));
        const QJsonObject sum = rep.value(QLatin1String("summary")).toObject();
        s.total = toInt(sum.value(QLatin1String("total")));
        s.fixable = toInt(sum.value(QLatin1String("fixable")));
        const QJsonObject bySev = sum.value(QLatin1String("summary")).toObject();
        for (auto sv = bySev.begin(); sv != bySev.end(); ++sv)
            s.bySeverity.insert(sv.key(), toInt(*sv));
        break;
    }
    return s;
}

} // namespace

QString describeUnparsable(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed();
    if (head.isEmpty())
        return QStringLiteral("an empty body");
    const QByteArray lower = head.left(64).toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<head")
        || lower.contains("<title"))
        return QStringLiteral("an HTML page, as a proxy or load balancer sends");
    if (head.startsWith('{') || head.startsWith('['))
        return QStringLiteral("malformed or truncated JSON");
    return QStringLiteral("a non-JSON body");
}

Project projectFromJson(const QJsonObject &o)
{
    Project p;
    p.id = toInt64(o.value(QLatin1String("project_id")));
    p.name = str(o, QLatin1String("name"));
    p.isPublic = toBool(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("public")));
    p.repoCount = toInt64(o.value(QLatin1String("repo_count")));
    p.ownerName = str(o, QLatin1String("owner_name"));
    p.registryId = toInt64(o.value(QLatin1String("registry_id")));
    p.creationTime = parseTime(str(o, QLatin1String("creation_time")));
    p.updateTime = parseTime(str(o, QLatin1String("update_time")));
    return p;
}

Repository repositoryFromJson(const QJsonObject &o)
{
    Repository r;
    r.id = toInt64(o.value(QLatin1String("id")));
    r.projectId = toInt64(o.value(QLatin1String("project_id")));
    r.name = str(o, QLatin1String("name"));
    r.description = str(o, QLatin1String("description"));
    r.artifactCount = toInt64(o.value(QLatin1String("artifact_count")));
    r.pullCount = toInt64(o.value(QLatin1String("pull_count")));
    r.creationTime = parseTime(str(o, QLatin1String("creation_time")));
    r.updateTime = parseTime(str(o, QLatin1String("update_time")));
    return r;
}

Tag tagFromJson(const QJsonObject &o)
{
    Tag t;
    t.id = toInt64(o.value(QLatin1String("id")));
    t.artifactId = toInt64(o.value(QLatin1String("artifact_id")));
    t.name = str(o, QLatin1String("name"));
    t.pushTime = parseTime(str(o, QLatin1String("push_time")));
    t.pullTime = parseTime(str(o, QLatin1String("pull_time")));
    t.immutable = toBool(o.value(QLatin1String("immutable")));
    return t;
}

Artifact artifactFromJson(const QJsonObject &o)
{
    Artifact a;
    a.id = toInt64(o.value(QLatin1String("id")));
    a.projectId = toInt64(o.value(QLatin1String("project_id")));
    a.repositoryId = toInt64(o.value(QLatin1String("repository_id")));
    a.repositoryName = str(o, QLatin1String("repository_name"));
    a.type = str(o, QLatin1String("type"));
    a.digest = str(o, QLatin1String("digest"));
    a.size = toInt64(o.value(QLatin1String("size")));
    a.mediaType = str(o, QLatin1String("media_type"));
    a.manifestMediaType = str(o, QLatin1String("manifest_media_type"));
    a.artifactType = str(o, QLatin1String("artifact_type"));
    a.pushTime = parseTime(str(o, QLatin1String("push_time")));
    a.pullTime = parseTime(str(o, QLatin1String("pull_time")));
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray())
        if (v.isObject())
            a.tags.append(tagFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("labels")).toArray())
        if (v.isObject())
            a.labels.append(labelFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("references")).toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject ro = v.toObject();
        a.references.append(ChildReference {toInt64(ro.value(QLatin1String("child_id"))),
            str(ro, QLatin1String("child_digest")), platformFromJson(ro.value(QLatin1String("platform")).toObject())});
    }
    for (const QJsonValue &v : o.value(QLatin1String("accessories")).toArray())
        if (v.isObject())
            a.accessories.append(accessoryFromJson(v.toObject()));
    a.scan = scanFromJson(o.value(QLatin1String("scan_overview")));
    return a;
}

Parsed<QList<Project>> parseProjects(const QByteArray &body)
{
    return parseArray<Project>(body, projectFromJson, "projects");
}

Parsed<Project> parseProject(const QByteArray &body)
{
    return parseObject<Project>(body, projectFromJson, "project");
}

Parsed<QList<Repository>> parseRepositories(const QByteArray &body)
{
    return parseArray<Repository>(body, repositoryFromJson, "repositories");
}

Parsed<Repository> parseRepository(const QByteArray &body)
{
    return parseObject<Repository>(body, repositoryFromJson, "repository");
}

Parsed<QList<Artifact>> parseArtifacts(const QByteArray &body)
{
    // Artifact pages are most of what `ls --all` and the tree read, and QJsonDocument was the
    // larger part of the client's CPU on them: simdjson reads them when it maps a page exactly
    // as below, and the reference reading takes everything else, errors included.
    // The scan counts at most one container and one value per byte (JsonShape.cpp), so a body
    // no longer than the smaller cap passes it unread; a page of 100 artifacts is some 70 KB, and
    // PagedListJob has already scanned it for its page_size check.
    const bool withinCaps = body.size() <= std::min(JsonShape::kMaxContainers, JsonShape::kMaxValues)
        || JsonShape::structureRefusal(JsonShape::scan(body)).isEmpty();
    if (!isNullBody(body) && withinCaps) {
        bool maybeControl = true;
        if (std::optional<QList<Artifact>> fast = parseArtifactsFast(body, &maybeControl)) {
            BadName bad;
            bool anyBad = false;
            // Only when a string on the page has a byte a control character starts with.
            for (qsizetype i = 0; maybeControl && i < fast->size(); ++i)
                if ((anyBad = badName(fast->at(i), &bad)))
                    break;
            if (!anyBad) {
                Parsed<QList<Artifact>> r;
                r.value = std::move(*fast);
                return r;
            }
        }
    }
    return parseArtifactsReference(body);
}

Parsed<QList<Artifact>> parseArtifactsReference(const QByteArray &body)
{
    return parseArray<Artifact>(body, artifactFromJson, "artifacts");
}

Parsed<Artifact> parseArtifact(const QByteArray &body)
{
    return parseObject<Artifact>(body, artifactFromJson, "artifact");
}

Parsed<QList<Tag>> parseTags(const QByteArray &body)
{
    return parseArray<Tag>(body, tagFromJson, "tags");
}

Parsed<SystemInfo> parseSystemInfo(const QByteArray &body)
{
    return parseObject<SystemInfo>(
        body,
        [](const QJsonObject &o) {
            SystemInfo s;
            s.authMode = str(o, QLatin1String("auth_mode"));
            s.harborVersion = str(o, QLatin1String("harbor_version"));
            s.externalUrl = str(o, QLatin1String("external_url"));
            s.registryUrl = str(o, QLatin1String("registry_url"));
            s.readOnly = toBool(o.value(QLatin1String("read_only")));
            s.selfRegistration = toBool(o.value(QLatin1String("self_registration")));
            s.oidcProviderName = str(o, QLatin1String("oidc_provider_name"));
            s.bannerMessage = str(o, QLatin1String("banner_message"));
            s.authenticatedView = o.contains(QLatin1String("harbor_version"));
            return s;
        },
        "systeminfo");
}

Parsed<CurrentUser> parseCurrentUser(const QByteArray &body)
{
    return parseObject<CurrentUser>(
        body,
        [](const QJsonObject &o) {
            CurrentUser u;
            u.userId = toInt64(o.value(QLatin1String("user_id")));
            u.username = str(o, QLatin1String("username"));
            u.realname = str(o, QLatin1String("realname"));
            u.email = str(o, QLatin1String("email"));
            u.sysadmin = toBool(o.value(QLatin1String("sysadmin_flag")));
            return u;
        },
        "user");
}

Parsed<QList<Permission>> parsePermissions(const QByteArray &body)
{
    return parseArray<Permission>(
        body,
        [](const QJsonObject &o) {
            return Permission {str(o, QLatin1String("resource")), str(o, QLatin1String("action"))};
        },
        "permissions");
}

Parsed<QString> parseApiVersion(const QByteArray &body)
{
    Parsed<QString> r = parseObject<QString>(
        body, [](const QJsonObject &o) { return str(o, QLatin1String("version")); }, "version");
    if (r.ok() && r.value.isEmpty())
        r.error = QStringLiteral("the version object has no \"version\" string");
    return r;
}

HarborErrorBody parseErrorBody(const QByteArray &body)
{
    HarborErrorBody e;
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body.left(1 << 20), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    if (errors.isEmpty() || !errors.first().isObject())
        return e;
    const QJsonObject first = errors.first().toObject();
    e.code = str(first, QLatin1String("code"));
    e.message = str(first, QLatin1String("message"));
    e.present = !e.code.isEmpty() || !e.message.isEmpty();
    return e;
}

} // namespace HarborJson

QString Platform::toString() const
{
    QString s = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        s += QLatin1Char('/') + variant;
    return s;
}

Artifact::Kind Artifact::kind() const
{
    const QString mt = manifestMediaType.isEmpty() ? mediaType : manifestMediaType;
    if (mt.contains(QLatin1String("image.index")) || mt.contains(QLatin1String("manifest.list")))
        return Kind::Index;
    if (type.compare(QLatin1String("CHART"), Qt::CaseInsensitive) == 0 || mediaType.contains(QLatin1String("helm")))
        return Kind::Chart;
    if (type.isEmpty() || type.compare(QLatin1String("IMAGE"), Qt::CaseInsensitive) == 0)
        return Kind::Image;
    return Kind::Other;
}

bool hasPermission(const QList<Permission> &perms, const QString &resource, const QString &action)
{
    for (const Permission &p : perms)
        if ((p.resource == resource || p.resource == QLatin1String("*"))
            && (p.action == action || p.action == QLatin1String("*")))
            return true;
    return false;
}

} // namespace berth
