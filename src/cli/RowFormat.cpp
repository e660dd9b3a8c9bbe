#include "RowFormat.h"

#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "core/EffectiveTimes.h"
#include "core/HarborJson.h"
#include "core/JsonText.h"

#include <QJsonDocument>

namespace berth {
namespace RowFormat {

namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(HarborJson::formatTime(t)) : QJsonValue(QJsonValue::Null);
}
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("never");
}
// A cell of a text row: server text with every control character escaped, so a tab or line
// break in it cannot add a column or forge a row.
QString cell(const QString &serverText)
{
    return DisplayText::escapeControl(serverText);
}
} // namespace

QJsonObject projectJson(const Project &p)
{
    return QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("id"), p.id},
        {QStringLiteral("public"), p.isPublic}, {QStringLiteral("repo_count"), p.repoCount}};
}

QJsonObject repositoryJson(const Repository &r)
{
    return QJsonObject {{QStringLiteral("project"), r.projectName()}, {QStringLiteral("name"), r.name},
        {QStringLiteral("artifact_count"), r.artifactCount}, {QStringLiteral("pull_count"), r.pullCount},
        {QStringLiteral("update_time"), timeOrNull(r.updateTime)}};
}

QByteArray tagJson(const TagRow &row)
{
    QByteArray o;
    o.reserve(512);
    o += "{\"digest\":";
    JsonText::appendString(o, row.digest);
    o += ",\"immutable\":";
    o += row.immutable ? "true" : "false";
    if (row.kind == QLatin1String("child") || row.kind == QLatin1String("accessory")) {
        o += ",\"kind\":";
        JsonText::appendString(o, row.kind);
    }
    o += ",\"manifest_media_type\":";
    JsonText::appendString(o, row.manifestMediaType);
    o += ",\"media_type\":";
    JsonText::appendString(o, row.mediaType);
    o += ",\"project\":";
    JsonText::appendString(o, row.project);
    o += ",\"pull_time\":";
    JsonText::appendStringOrNull(o, HarborJson::formatTime(row.pullTime));
    o += ",\"push_time\":";
    JsonText::appendStringOrNull(o, HarborJson::formatTime(row.pushTime));
    o += ",\"repository\":";
    JsonText::appendString(o, row.repository);
    o += ",\"size\":";
    o += QByteArray::number(row.size);
    o += ",\"tag\":";
    JsonText::appendStringOrNull(o, row.tag);
    o += '}';
    return o;
}

QByteArray registryTagJson(const TagRow &row)
{
    QByteArray o;
    o.reserve(300);
    o += "{\"digest\":";
    JsonText::appendStringOrNull(o, row.digest);
    o += ",\"immutable\":false,\"manifest_media_type\":";
    JsonText::appendStringOrNull(o, row.manifestMediaType);
    o += ",\"media_type\":";
    JsonText::appendStringOrNull(o, row.mediaType);
    o += ",\"project\":null,\"pull_time\":null,\"push_time\":null,\"repository\":";
    JsonText::appendString(o, row.repository);
    o += ",\"size\":";
    o += row.size >= 0 ? QByteArray::number(row.size) : QByteArrayLiteral("null");
    o += ",\"tag\":";
    JsonText::appendStringOrNull(o, row.tag);
    o += '}';
    return o;
}

QString registryTagText(const TagRow &row)
{
    QString line = cell(row.repository + QLatin1Char(':') + row.tag);
    if (!row.digest.isEmpty())
        line += QLatin1Char('\t') + cell(shortDigest(row.digest)) + QLatin1Char('\t')
            + (row.size >= 0 ? humanSize(row.size) : QStringLiteral("-"));
    return line;
}

QJsonObject registryRepositoryJson(const QString &name)
{
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("project"), null}, {QStringLiteral("name"), name},
        {QStringLiteral("artifact_count"), null}, {QStringLiteral("pull_count"), null},
        {QStringLiteral("update_time"), null}};
}

QList<TagRow> rowsFor(const QString &project, const Artifact &a, bool children, bool accessories)
{
    QList<TagRow> rows;
    TagRow base;
    base.project = project;
    base.repository = a.repositoryName;
    base.digest = a.digest;
    base.size = a.size;
    base.pushTime = a.pushTime;
    base.pullTime = a.pullTime;
    base.mediaType = a.mediaType;
    base.manifestMediaType = a.manifestMediaType;
    if (a.tags.isEmpty()) {
        base.kind = QStringLiteral("untagged");
        rows << base;
    }
    for (const Tag &t : a.tags) {
        TagRow r = base;
        r.tag = t.name;
        r.kind = QStringLiteral("tag");
        r.immutable = t.immutable;
        // As the tree and the planner show them: a pull by digest counts for every tag.
        r.pushTime = effectivePushTime(t.pushTime, a.pushTime);
        r.pullTime = effectivePullTime(t.pullTime, a.pullTime);
        rows << r;
    }
    if (children) {
        for (const ChildReference &c : a.references) {
            TagRow r;
            r.project = project;
            r.repository = a.repositoryName;
            r.digest = c.childDigest;
            r.kind = QStringLiteral("child");
            r.mediaType = c.platform.toString();
            r.pushTime = a.pushTime;
            rows << r;
        }
    }
    if (accessories) {
        for (const Accessory &acc : a.accessories) {
            TagRow r;
            r.project = project;
            r.repository = a.repositoryName;
            r.digest = acc.digest;
            r.size = acc.size;
            r.kind = QStringLiteral("accessory");
            r.mediaType = acc.type;
            rows << r;
        }
    }
    return rows;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 1 : 0).arg(QLatin1String(units[u]));
}

QString projectText(const Project &p)
{
    return QStringLiteral("%1\t%2\t%3 repositories")
        .arg(cell(p.name), p.isPublic ? QStringLiteral("public") : QStringLiteral("private"))
        .arg(p.repoCount);
}

QString repositoryText(const Repository &r)
{
    return QStringLiteral("%1\t%2 artifacts").arg(cell(r.name)).arg(r.artifactCount);
}

QString tagText(const TagRow &row)
{
    const QString ref = row.tag.isEmpty() ? QStringLiteral("@") + row.digest : QStringLiteral(":") + row.tag;
    QString line = cell(row.repository + ref) + QLatin1Char('\t') + cell(shortDigest(row.digest)) + QLatin1Char('\t')
        + humanSize(row.size) + QLatin1Char('\t') + timeText(row.pushTime);
    if (row.immutable)
        line += QStringLiteral("\timmutable");
    if (row.kind == QLatin1String("child") || row.kind == QLatin1String("accessory"))
        line += QLatin1Char('\t') + row.kind + QLatin1Char(' ') + cell(row.mediaType);
    return line;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace RowFormat
} // namespace berth
