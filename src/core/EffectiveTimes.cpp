#include "EffectiveTimes.h"

#include <algorithm>

namespace berth {

QDateTime effectivePushTime(const QDateTime &tagPush, const QDateTime &artifactPush)
{
    return tagPush.isValid() ? tagPush : artifactPush;
}

QDateTime effectivePullTime(const QDateTime &tagPull, const QDateTime &artifactPull)
{
    if (tagPull.isValid() && artifactPull.isValid())
        return std::max(tagPull, artifactPull);
    return tagPull.isValid() ? tagPull : artifactPull;
}

qint64 effectivePushMs(qint64 tagPushMs, qint64 artifactPushMs)
{
    return tagPushMs > 0 ? tagPushMs : artifactPushMs;
}

qint64 effectivePullMs(qint64 tagPullMs, qint64 artifactPullMs)
{
    return std::max<qint64>(std::max<qint64>(tagPullMs, artifactPullMs), 0);
}

} // namespace berth
