#include "ProjectSummary.h"

#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth::HarborJson {

namespace {

// A JSON number that is a whole byte count (int64), or nothing.
bool wholeBytes(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    // 2^63 itself does not fit; QJsonValue keeps integers up to 2^53 exactly as doubles, and
    // toInteger reads larger ones from the original text.
    if (!std::isfinite(d) || d != std::floor(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
        return false;
    *out = v.toInteger();
    return true;
}

} // namespace

Parsed<ProjectSummary> parseProjectSummary(const QByteArray &body)
{
    Parsed<ProjectSummary> r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        r.error = QStringLiteral("the project summary is not JSON: %1 at offset %2")
                      .arg(error.errorString())
                      .arg(error.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = QStringLiteral("expected a JSON object (project summary)");
        return r;
    }
    const QJsonObject o = doc.object();
    r.value.repoCount = qMax<qint64>(0, o.value(QStringLiteral("repo_count")).toInteger());
    const QJsonValue quota = o.value(QStringLiteral("quota"));
    if (quota.isUndefined() || quota.isNull())
        return r;
    if (!quota.isObject()) {
        r.error = QStringLiteral("the project summary's quota is not an object");
        return r;
    }
    const QJsonValue used = quota.toObject().value(QStringLiteral("used")).toObject().value(QStringLiteral("storage"));
    const QJsonValue hard = quota.toObject().value(QStringLiteral("hard")).toObject().value(QStringLiteral("storage"));
    // A quota without a storage figure says nothing about storage (a future resource type only).
    if (used.isUndefined())
        return r;
    if (!wholeBytes(used, &r.value.quotaUsed) || r.value.quotaUsed < 0) {
        r.error = QStringLiteral("the project summary's quota.used.storage is not a byte count");
        r.value = {};
        return r;
    }
    if (!hard.isUndefined() && (!wholeBytes(hard, &r.value.quotaHard) || r.value.quotaHard < -1)) {
        r.error = QStringLiteral("the project summary's quota.hard.storage is not a byte count or -1");
        r.value = {};
        return r;
    }
    r.value.quotaReported = true;
    return r;
}

} // namespace berth::HarborJson
