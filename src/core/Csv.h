#pragma once

#include <QString>
#include <QStringList>

namespace berth {

// CSV that a spreadsheet opens as data. Plans and the journal are exported as CSV, and their
// cells hold names and messages that came from a server.
namespace Csv {

// One field, always quoted with inner quotes doubled (RFC 4180, section 2). A value that a
// spreadsheet would run as a formula, one starting with '=', '+', '-', '@', a tab or a carriage
// return, gets a leading apostrophe (OWASP, "CSV Injection").
QString field(const QString &value);

// Fields joined by commas, each through field(), ended with CRLF.
QString record(const QStringList &values);

} // namespace Csv
} // namespace berth
