#pragma once

#include <QString>

namespace berth {

// One word for a POSIX shell: unchanged when it holds only characters no shell treats
// specially, otherwise in single quotes (a quote inside becomes '\''). Text a user copies
// into a terminal is built with this, never by pasting names between spaces.
QString shellQuote(const QString &word);
// The same quoting, but always in single quotes: for command lines that should read the same
// whatever the word holds (the curl commands of the diagnosis quote the URL and -u every time).
QString shellQuoteAlways(const QString &word);

} // namespace berth
