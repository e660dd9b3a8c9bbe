// Shared by the cleanup tests (tst_cleanuprules, tst_cleanupplanforms): a fixed "now", artifacts
// built from a key, the team/app repository every rule is tried on, and short names for plan items.
#pragma once

#include "operations/CleanupEvaluator.h"

#include <functional>
#include <QCryptographicHash>
#include <QStringList>

namespace berth::cleanupfixture {

inline const QDateTime kNow = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

inline QDateTime daysAgo(double days)
{
    return kNow.addMSecs(qint64(-days * 86400 * 1000));
}

inline QString digestOf(const QString &key)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// An image artifact whose tags share its push and pull times; pulledDays < 0 = never pulled.
inline Artifact art(const QString &key, const QStringList &tags, double pushedDays, double pulledDays = -1)
{
    Artifact a;
    a.digest = digestOf(key);
    a.type = QStringLiteral("IMAGE");
    a.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    a.manifestMediaType = a.mediaType;
    a.size = 1000;
    a.pushTime = daysAgo(pushedDays);
    if (pulledDays >= 0)
        a.pullTime = daysAgo(pulledDays);
    for (const QString &name : tags) {
        Tag t;
        t.name = name;
        t.pushTime = a.pushTime;
        t.pullTime = a.pullTime;
        a.tags << t;
    }
    return a;
}

// team/app:
//   v1.0           pushed 100d, never pulled
//   v1.1, stable   pushed 60d, pulled 1d       (one artifact, two tags: a push-time tie)
//   ci-101         pushed 40d, pulled 35d
//   ci-102         pushed 10d, never pulled    (an OCI index)
//   ci-103         pushed 10d, never pulled    (a CHART; ties with ci-102)
//   <untagged>     pushed 200d, never pulled
//   release-1      pushed 300d, immutable
inline RepositoryArtifacts fixture()
{
    RepositoryArtifacts r;
    r.repository = QStringLiteral("team/app");
    r.artifacts << art(QStringLiteral("a1"), {QStringLiteral("v1.0")}, 100)
                << art(QStringLiteral("a2"), {QStringLiteral("v1.1"), QStringLiteral("stable")}, 60, 1)
                << art(QStringLiteral("a3"), {QStringLiteral("ci-101")}, 40, 35);
    Artifact index = art(QStringLiteral("a4"), {QStringLiteral("ci-102")}, 10);
    index.mediaType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    index.manifestMediaType = index.mediaType;
    r.artifacts << index;
    Artifact chart = art(QStringLiteral("a5"), {QStringLiteral("ci-103")}, 10);
    chart.type = QStringLiteral("CHART");
    r.artifacts << chart;
    r.artifacts << art(QStringLiteral("a6"), {}, 200);
    Artifact immutable = art(QStringLiteral("a7"), {QStringLiteral("release-1")}, 300);
    immutable.tags[0].immutable = true;
    r.artifacts << immutable;
    return r;
}

// "v1.0" for a tag, "@a6" for the digest item of a fixture artifact.
inline QString shortRef(const PlanItem &it)
{
    if (it.isTag())
        return it.tag;
    for (int i = 1; i <= 9; ++i)
        if (it.digest == digestOf(QStringLiteral("a%1").arg(i)))
            return QStringLiteral("@a%1").arg(i);
    return QLatin1Char('@') + it.digest;
}

inline QStringList removed(const Plan &plan)
{
    QStringList out;
    for (const PlanItem &it : plan.items)
        if (it.action == PlanItem::Action::Remove)
            out << shortRef(it);
    out.sort();
    return out;
}

inline const PlanItem *find(const Plan &plan, const QString &ref)
{
    for (const PlanItem &it : plan.items)
        if (shortRef(it) == ref)
            return &it;
    return nullptr;
}

inline CleanupRules rules(std::function<void(CleanupRules &)> f)
{
    CleanupRules r;
    f(r);
    return r;
}

inline qint64 days(int n)
{
    return qint64(n) * 86400;
}

} // namespace berth::cleanupfixture
