#pragma once

#include "CliContext.h"
#include "credentials/LoginImport.h"

namespace berth {

// login --import [--yes] [REGISTRY...]: lists the logins docker and podman keep (never a
// secret); saves those named (or all with --yes) as profiles, secrets in the keychain.
class ImportLoginsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    // Whether `word` (host[:port], a URL or the key as written) names this login.
    static bool matches(const FoundLogin &login, const QString &word);

private:
    void list(const LoginScan &scan);
};

} // namespace berth
