#pragma once

#include <QString>
#include <QStringList>

namespace berth {

// berthctl's command line, parsed. Options may come before or after the command.
struct CliOptions
{
    QString command; // whoami, ls, rm, login, logout, profiles, explain, version
    QStringList args; // the command's positional arguments

    QString url;
    QString user;
    bool passwordStdin = false;
    QString profile;
    QString caFile;
    bool json = false;
    int concurrency = 0; // 0 = the command's default
    int timeoutSeconds = 30;
    bool verbose = false;

    // ls
    bool all = false;
    bool children = false;
    bool accessories = false;
    // rm
    QString fromFile;
    bool dryRun = false;
    bool yes = false;

    QString error; // non-empty: a usage error (exit 2)
    bool help = false;
    bool version = false;
};

CliOptions parseCliOptions(const QStringList &arguments);
QString cliUsage();

} // namespace berth
