#include "CleanupRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace berth {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue patternJson(const TagPattern &p)
{
    if (p.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{p.glob ? QStringLiteral("glob") : QStringLiteral("regex"), p.text}};
}

bool patternFromJson(const QJsonValue &v, TagPattern *out, const QString &key, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (v.isString()) { // a bare string is a regex
        out->text = v.toString();
        return true;
    }
    if (!v.isObject()) {
        *error = QStringLiteral("rules.%1: expected {\"regex\": ...} or {\"glob\": ...}").arg(key);
        return false;
    }
    const QJsonObject o = v.toObject();
    if (o.value(QStringLiteral("regex")).isString()) {
        out->text = o.value(QStringLiteral("regex")).toString();
    } else if (o.value(QStringLiteral("glob")).isString()) {
        out->text = o.value(QStringLiteral("glob")).toString();
        out->glob = true;
    } else {
        *error = QStringLiteral("rules.%1: expected {\"regex\": ...} or {\"glob\": ...}").arg(key);
        return false;
    }
    return true;
}

bool durationFromJson(const QJsonValue &v, std::optional<qint64> *out, const QString &key, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isString()) {
        *error = QStringLiteral("rules.%1: expected a duration such as \"30d\"").arg(key);
        return false;
    }
    QString why;
    *out = Cleanup::parseDuration(v.toString(), &why);
    if (!*out) {
        *error = QStringLiteral("rules.%1: %2").arg(key, why);
        return false;
    }
    return true;
}

QJsonValue durationJson(const std::optional<qint64> &d)
{
    return d ? QJsonValue(Cleanup::formatDuration(*d)) : QJsonValue(QJsonValue::Null);
}

} // namespace

// --- TagPattern ------------------------------------------------------------------------------

QRegularExpression TagPattern::compile(QString *error) const
{
    const QString pattern = glob ? QRegularExpression::wildcardToRegularExpression(text) // tag names hold no slash
                                 : QRegularExpression::anchoredPattern(text);
    QRegularExpression re(pattern, QRegularExpression::DontCaptureOption);
    if (!re.isValid() && error)
        *error = QStringLiteral("%1: %2 at offset %3").arg(describe(), re.errorString()).arg(re.patternErrorOffset());
    if (re.isValid())
        re.optimize();
    return re;
}

QString TagPattern::describe() const
{
    return glob ? QCoreApplication::translate("CleanupEvaluator", "glob '%1'").arg(text)
                : QCoreApplication::translate("CleanupEvaluator", "regex '%1'").arg(text);
}

// --- scope -----------------------------------------------------------------------------------

std::optional<CleanupScope> CleanupScope::parse(const QString &text, QString *error)
{
    CleanupScope s;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("*"))
        return s;
    const bool folder = t.endsWith(QLatin1Char('/'));
    const QStringList parts = t.split(QLatin1Char('/'), folder ? Qt::SkipEmptyParts : Qt::KeepEmptyParts);
    for (const QString &p : parts) {
        if (p.isEmpty() || p.contains(QLatin1Char(':')) || p.contains(QLatin1Char('@'))
            || p.contains(QLatin1Char('*'))) {
            if (error)
                *error = QCoreApplication::translate(
                    "CleanupEvaluator", "'%1' is not a scope: use PROJECT, PROJECT/REPO, PROJECT/FOLDER/ or *")
                             .arg(text);
            return std::nullopt;
        }
    }
    s.project = parts.first();
    if (parts.size() == 1) {
        s.kind = Kind::Project;
        return s;
    }
    s.path = parts.mid(1).join(QLatin1Char('/'));
    s.kind = folder ? Kind::Folder : Kind::Repository;
    return s;
}

QString CleanupScope::toString() const
{
    switch (kind) {
    case Kind::Registry:
        return QStringLiteral("*");
    case Kind::Project:
        return project;
    case Kind::Folder:
        return project + QLatin1Char('/') + path + QLatin1Char('/');
    case Kind::Repository:
        return project + QLatin1Char('/') + path;
    }
    return {};
}

QString CleanupScope::kindName() const
{
    switch (kind) {
    case Kind::Registry:
        return QStringLiteral("registry");
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Folder:
        return QStringLiteral("folder");
    case Kind::Repository:
        return QStringLiteral("repository");
    }
    return {};
}

bool CleanupScope::contains(const QString &fullRepository) const
{
    switch (kind) {
    case Kind::Registry:
        return true;
    case Kind::Project:
        // Equal: a plain registry's repository without a slash ("alpine"); Harbor's never are.
        return fullRepository == project || fullRepository.startsWith(project + QLatin1Char('/'));
    case Kind::Folder:
        return fullRepository.startsWith(project + QLatin1Char('/') + path + QLatin1Char('/'));
    case Kind::Repository:
        return fullRepository == project + QLatin1Char('/') + path;
    }
    return false;
}

// --- rules -----------------------------------------------------------------------------------

bool CleanupRules::hasFilter() const
{
    return !match.isEmpty() || olderThanSecs || pulledBeforeSecs || untaggedOnly || !mediaType.isEmpty()
        || !artifactType.isEmpty();
}

bool CleanupRules::hasKeepRule() const
{
    return keepLast > 0 || !keep.isEmpty() || keepPulledWithinSecs;
}

QString CleanupRules::validate() const
{
    QString error;
    if (!match.isEmpty() && !match.compile(&error).isValid())
        return QStringLiteral("match: %1").arg(error);
    if (!keep.isEmpty() && !keep.compile(&error).isValid())
        return QStringLiteral("keep: %1").arg(error);
    if (keepLast < 0)
        return QCoreApplication::translate("CleanupEvaluator", "keep-last must not be negative");
    for (const auto &d : {olderThanSecs, pulledBeforeSecs, keepPulledWithinSecs})
        if (d && *d < 0)
            return QCoreApplication::translate("CleanupEvaluator", "durations must not be negative");
    return {};
}

QString CleanupRules::describe() const
{
    QStringList select;
    if (untaggedOnly)
        select << QCoreApplication::translate("CleanupEvaluator", "untagged artifacts");
    if (!match.isEmpty())
        select << QCoreApplication::translate("CleanupEvaluator", "tags matching %1").arg(match.describe());
    if (olderThanSecs)
        select << QCoreApplication::translate("CleanupEvaluator", "pushed more than %1 ago")
                      .arg(Cleanup::formatDuration(*olderThanSecs));
    if (pulledBeforeSecs)
        select << QCoreApplication::translate("CleanupEvaluator", "not pulled in %1")
                      .arg(Cleanup::formatDuration(*pulledBeforeSecs));
    if (!mediaType.isEmpty())
        select << QCoreApplication::translate("CleanupEvaluator", "media type %1").arg(mediaType);
    if (!artifactType.isEmpty())
        select << QCoreApplication::translate("CleanupEvaluator", "type %1").arg(artifactType);
    QStringList keepParts;
    if (keepLast > 0)
        keepParts << QCoreApplication::translate("CleanupEvaluator", "the %1 newest tags per repository").arg(keepLast);
    if (!keep.isEmpty())
        keepParts << QCoreApplication::translate("CleanupEvaluator", "tags matching %1").arg(keep.describe());
    if (keepPulledWithinSecs)
        keepParts << QCoreApplication::translate("CleanupEvaluator", "anything pulled within %1")
                         .arg(Cleanup::formatDuration(*keepPulledWithinSecs));
    keepParts << QCoreApplication::translate("CleanupEvaluator", "immutable tags");
    const QString what = select.isEmpty() ? QCoreApplication::translate("CleanupEvaluator", "everything")
                                          : select.join(QStringLiteral(", "));
    return QCoreApplication::translate("CleanupEvaluator", "remove %1; keep %2")
        .arg(what, keepParts.join(QStringLiteral(", ")));
}

QJsonObject CleanupRules::toJson() const
{
    return QJsonObject {
        {QStringLiteral("match"), patternJson(match)},
        {QStringLiteral("older_than"), durationJson(olderThanSecs)},
        {QStringLiteral("pulled_before"), durationJson(pulledBeforeSecs)},
        {QStringLiteral("untagged_only"), untaggedOnly},
        {QStringLiteral("media_type"), stringOrNull(mediaType)},
        {QStringLiteral("artifact_type"), stringOrNull(artifactType)},
        {QStringLiteral("keep_last"), keepLast > 0 ? QJsonValue(keepLast) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("keep"), patternJson(keep)},
        {QStringLiteral("keep_pulled_within"), durationJson(keepPulledWithinSecs)},
        {QStringLiteral("description"), describe()},
    };
}

std::optional<CleanupRules> CleanupRules::fromJson(const QJsonObject &o, QString *error)
{
    CleanupRules r;
    QString why;
    auto fail = [&](const QString &message) -> std::optional<CleanupRules> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!patternFromJson(o.value(QStringLiteral("match")), &r.match, QStringLiteral("match"), &why)
        || !patternFromJson(o.value(QStringLiteral("keep")), &r.keep, QStringLiteral("keep"), &why)
        || !durationFromJson(
            o.value(QStringLiteral("older_than")), &r.olderThanSecs, QStringLiteral("older_than"), &why)
        || !durationFromJson(
            o.value(QStringLiteral("pulled_before")), &r.pulledBeforeSecs, QStringLiteral("pulled_before"), &why)
        || !durationFromJson(o.value(QStringLiteral("keep_pulled_within")), &r.keepPulledWithinSecs,
            QStringLiteral("keep_pulled_within"), &why))
        return fail(why);
    const QJsonValue untagged = o.value(QStringLiteral("untagged_only"));
    if (!untagged.isUndefined() && !untagged.isNull() && !untagged.isBool())
        return fail(QStringLiteral("rules.untagged_only: expected true or false"));
    r.untaggedOnly = untagged.toBool();
    for (const auto &[key, field] : {std::pair {QStringLiteral("media_type"), &r.mediaType},
             std::pair {QStringLiteral("artifact_type"), &r.artifactType}}) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(QStringLiteral("rules.%1: expected a string").arg(key));
        *field = v.toString();
    }
    const QJsonValue keepLast = o.value(QStringLiteral("keep_last"));
    if (!keepLast.isUndefined() && !keepLast.isNull()) {
        if (!keepLast.isDouble() || keepLast.toDouble() != double(keepLast.toInt()) || keepLast.toInt() < 0)
            return fail(QStringLiteral("rules.keep_last: expected a whole number"));
        r.keepLast = keepLast.toInt();
    }
    const QString invalid = r.validate();
    if (!invalid.isEmpty())
        return fail(QStringLiteral("rules: %1").arg(invalid));
    return r;
}

} // namespace berth
