#pragma once

namespace berth {

class MainWindow;

// berth --select REF --report-inspect, for bench/run: shows the Contents tab, lets the selected
// row be inspected (cold), selects its parent and the row again (from the cache), then prints
// {"cold_ms", "cold_requests", "cached_ms", "cached_requests"} on stderr and exits (1 when no
// contents were shown within a minute).
void reportInspectTimings(MainWindow *window);

} // namespace berth
