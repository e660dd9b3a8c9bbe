#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace berth {

// The JSON file Harbor's portal offers ("Export to file") when a robot account is created:
// {"id":…, "name":"robot$team-a+cleaner", "secret":"…", "expires_at":1735689600, …}.
struct RobotExport
{
    QString name;
    QString secret;
    QDateTime expiresAt; // UTC; invalid = never expires, or unknown
    QString error; // plain sentence when nothing usable was found
    bool isValid() const { return error.isEmpty() && !name.isEmpty() && !secret.isEmpty(); }
};

constexpr qsizetype robotExportMaxBytes()
{
    return 1024 * 1024;
}

// Takes name, secret and expires_at (unix seconds; -1 = never) from the first JSON object that
// has a non-empty string "name" and "secret": the top level, nested anywhere, or inside an array
// (depth-first, document order). Caps the input at robotExportMaxBytes(), limits nesting, and
// never crashes on garbage.
RobotExport parseRobotExport(const QByteArray &json);

} // namespace berth
