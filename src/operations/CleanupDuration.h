#pragma once

#include <optional>
#include <QString>

namespace berth {

// The durations of cleanup rules ("older than 30d"), as typed and as written in plan files.
namespace Cleanup {
// "30d", "12h", "2w", "90m", "45s", also combined ("1w2d"); a number needs a unit. Returns the
// seconds, or nullopt with `error` set.
std::optional<qint64> parseDuration(const QString &text, QString *error = nullptr);
// The shortest exact form: 2592000 -> "30d", 1209600 -> "2w", 90000 -> "1d1h".
QString formatDuration(qint64 seconds);
} // namespace Cleanup

} // namespace berth
