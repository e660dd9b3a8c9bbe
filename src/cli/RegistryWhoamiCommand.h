#pragma once

#include "CliContext.h"

#include <QJsonObject>

namespace berth {

// whoami on a plain OCI registry: who the registry takes you for (the Basic user, or anonymous)
// and what it grants, found by asking: the catalog (one page of one name), pull (that
// repository's tags) and delete (RegistryClient::probeDeletion, which changes nothing). Push is
// not probed: only an upload would tell, and whoami sends nothing that writes.
class RegistryWhoamiCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;

private:
    void probeRepository(const QString &repository);
    void done();

    QJsonObject m_out;
};

} // namespace berth
