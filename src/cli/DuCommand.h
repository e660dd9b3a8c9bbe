#pragma once

#include "CliContext.h"

namespace berth {

class StorageEstimate;
class StorageScan;

// du [SCOPE] [--json]: stored, unique and shared bytes per project (or per repository inside a
// project or folder, and always per repository on a plain registry), sorted by unique bytes.
// "unique" and "shared" are measured against everything the account can see, so the scan always
// covers the whole visible registry (StorageEstimate), whatever SCOPE shows.
class DuCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usageError(const CliOptions &options);

private:
    void report(const StorageScan &scan);

    StorageEstimate *m_estimate = nullptr;
};

} // namespace berth
