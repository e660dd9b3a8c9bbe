#include "CleanupCandidate.h"

#include "core/EffectiveTimes.h"

#include <limits>

namespace berth {

CleanupCandidate CleanupCandidate::from(const Artifact &a, const Tag *tag)
{
    CleanupCandidate c;
    c.mediaType = a.mediaType;
    c.manifestMediaType = a.manifestMediaType;
    c.type = a.type;
    c.artifactType = a.artifactType;
    if (tag) {
        c.tag = tag->name;
        c.immutable = tag->immutable;
        // As the tree and `berthctl ls` show them: a pull by digest counts for every tag.
        c.pushTime = effectivePushTime(tag->pushTime, a.pushTime);
        c.lastPull = effectivePullTime(tag->pullTime, a.pullTime);
    } else {
        c.pushTime = a.pushTime;
        c.lastPull = a.pullTime;
    }
    constexpr qint64 never = std::numeric_limits<qint64>::min();
    c.pushMs = c.pushTime.isValid() ? c.pushTime.toMSecsSinceEpoch() : never;
    c.pullMs = c.lastPull.isValid() ? c.lastPull.toMSecsSinceEpoch() : never;
    return c;
}

} // namespace berth
