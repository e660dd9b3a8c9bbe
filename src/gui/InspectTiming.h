#pragma once

#include <QString>

namespace berth {

class MainWindow;

// berth --select REF --report-inspect, for bench/run: shows the Contents tab, lets the selected
// row be inspected (cold), selects its parent and the row again (from the cache), then prints
// {"cold_ms", "cold_requests", "cached_ms", "cached_requests"} on stderr and exits (1 when no
// contents were shown within a minute). With `screenshot`, the window is saved there as PNG
// first, showing the contents.
void reportInspectTimings(MainWindow *window, const QString &screenshot = {});

} // namespace berth
