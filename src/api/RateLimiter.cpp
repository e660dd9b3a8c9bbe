#include "RateLimiter.h"

#include <algorithm>

namespace berth {

RateLimiter::RateLimiter(double maxPerSecond)
{
    if (maxPerSecond > 0)
        m_intervalMs = 1000.0 / maxPerSecond;
    m_clock.start();
}

qint64 RateLimiter::reserve()
{
    if (m_intervalMs <= 0)
        return 0;
    const double now = static_cast<double>(m_clock.elapsed());
    const double slot = std::max(now, m_nextSlotMs);
    m_nextSlotMs = slot + m_intervalMs;
    return static_cast<qint64>(slot - now);
}

} // namespace berth
