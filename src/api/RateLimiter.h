#pragma once

#include <QElapsedTimer>

namespace berth {

// An optional cap on requests per second for one registry. It hands out send slots; a job
// waits for its slot with a timer, never by blocking.
class RateLimiter
{
public:
    explicit RateLimiter(double maxPerSecond = 0);

    // Milliseconds until the caller may send; reserves that slot.
    qint64 reserve();
    bool enabled() const { return m_intervalMs > 0; }

private:
    double m_intervalMs = 0;
    double m_nextSlotMs = 0;
    QElapsedTimer m_clock;
};

} // namespace berth
