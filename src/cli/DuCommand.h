#pragma once

#include "CliContext.h"

namespace berth {

class ProjectSummaries;
class StorageEstimate;
class StorageScan;

// du [SCOPE] [--json]: stored, unique and shared bytes per project (or per repository inside a
// project or folder, and always per repository on a plain registry), sorted by unique bytes.
// "unique" and "shared" are measured against everything the account can see, so the scan always
// covers the whole visible registry (StorageEstimate), whatever SCOPE shows. On Harbor, each
// project's quota (GET /projects/{p}/summary) is shown beside its figures, and why they differ.
class DuCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usageError(const CliOptions &options);

private:
    void askHarbor(const StorageScan &scan);
    void report(const StorageScan &scan);

    StorageEstimate *m_estimate = nullptr;
    ProjectSummaries *m_summaries = nullptr; // Harbor's quotas, once asked
};

} // namespace berth
