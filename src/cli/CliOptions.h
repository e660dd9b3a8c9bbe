#pragma once

#include "operations/CleanupRules.h"

#include <optional>
#include <QDateTime>
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
    QString planFile; // rm --plan FILE
    // plan
    int keepLast = 0;
    QString keep; // regex
    QString match; // regex
    QString matchGlob;
    QString olderThan;
    QString pulledBefore;
    QString keepPulledWithin;
    bool untagged = false;
    QString mediaType;
    QString artifactType;
    bool csv = false;
    bool execute = false;
    QDateTime now; // --now: evaluate age rules as of this time (invalid = the clock)

    QString error; // non-empty: a usage error (exit 2)
    bool help = false;
    bool version = false;
};

CliOptions parseCliOptions(const QStringList &arguments);
// The cleanup rules the plan options describe, or nullopt with `error` set.
std::optional<CleanupRules> cleanupRulesFrom(const CliOptions &options, QString *error);
QString cliUsage();

} // namespace berth
