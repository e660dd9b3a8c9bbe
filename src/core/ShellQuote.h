#pragma once

#include <QString>

namespace berth {

// One word for a POSIX shell: unchanged when it holds only characters no shell treats
// specially, otherwise in single quotes (a quote inside becomes '\''). Text a user copies
// into a terminal is built with this, never by pasting names between spaces.
QString shellQuote(const QString &word);

} // namespace berth
