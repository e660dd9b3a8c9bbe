#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace berth {

// What the user hands over as a file, or as standard input when the name is "-": reference
// lists, saved plans, pasted commands. The only reading of files and stdin in core.
namespace InputFile {

// Larger than any list or plan a registry gives; a guard against reading a device by mistake.
constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;

// The whole file (standard input for "-"), or nullopt with `error` set: QFile's words, or that
// it is larger than maxBytes.
std::optional<QByteArray> read(const QString &path, QString *error, qint64 maxBytes = kMaxBytes);

// The first line of standard input without its line break (and a '\r' before it), at most
// maxBytes; the rest of the line stays unread. `gotLine` says whether there was a line at all
// (false only when stdin was at its end). The buffer is reserved once, so no partial copy of
// what was read (it may be a secret) is left behind in freed memory by a reallocation.
QByteArray readStdinLine(qsizetype maxBytes, bool *gotLine = nullptr);

} // namespace InputFile
} // namespace berth
