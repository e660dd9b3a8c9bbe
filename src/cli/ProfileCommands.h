#pragma once

#include "CliContext.h"

namespace berth {

// login, logout and profiles: the accounts shared with the GUI (QSettings for profiles, the
// keychain for secrets).
class LoginCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class LogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class ProfilesCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace berth
