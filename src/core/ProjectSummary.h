#pragma once

#include "Parsed.h"

#include <QByteArray>

namespace berth {

// What GET /projects/{name}/summary says of a project's storage. Harbor includes the quota only
// for callers with quota:read in the project and only while per-project quotas are on
// (server/v2.0/handler/project.go getProjectQuotaSummary); then `quotaReported` is false.
struct ProjectSummary
{
    qint64 repoCount = 0;
    bool quotaReported = false;
    qint64 quotaUsed = 0; // bytes Harbor counts against the quota (each blob once per project)
    qint64 quotaHard = -1; // the limit in bytes; -1: no limit
};

namespace HarborJson {
// A quota whose storage figures are not whole byte counts (a string, a fraction, a negative
// "used", a limit below -1) is an error, never a figure shown as Harbor's.
Parsed<ProjectSummary> parseProjectSummary(const QByteArray &body);
} // namespace HarborJson

} // namespace berth
