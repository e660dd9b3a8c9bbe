#pragma once

#include "operations/CleanupRules.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace berth {

// The options of `ls`.
struct ListOptions
{
    bool all = false;
    bool children = false;
    bool accessories = false;
    bool digests = false; // a plain registry: one HEAD per tag for its digest
};

// The options of `rm`.
struct RemoveOptions
{
    QString fromFile;
    bool dryRun = false;
    QString planFile; // rm --plan FILE
};

// The options of `plan`: the rules, the output, and --execute.
struct PlanOptions
{
    bool all = false;
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
    bool yes = false;
    QDateTime now; // --now: evaluate age rules as of this time (invalid = the clock)
};

// The options of `inspect`.
struct InspectOptions
{
    QString platform; // OS/ARCH[/VARIANT] as given
    bool raw = false;
};

// The options of `login`.
struct LoginOptions
{
    bool import = false; // --import: logins docker and podman keep
    bool yes = false; // --yes: import every one that can be
};

// berthctl's command line, parsed. Options may come before or after the command. Which command
// reads which option is written in the command table (CliCommands.cpp).
// tag and cp.
struct CopyOptions
{
    QString tags; // cp --tags same|none|NAME,...; empty = not given (same)
    QString toUrl; // cp: another registry
    QString toUser;
    QString toProfile;
    bool noReferrers = false; // cp --no-referrers: not the signatures and other referrers
};

// undo and history.
struct UndoOptions
{
    bool last = false; // undo --last: the newest batch not yet undone
    bool force = false; // undo --force: move a tag that names another digest now
    int limit = 0; // history --limit N: the newest N batches; 0 = all
};

struct CliOptions
{
    QString command; // a name from the command table
    QStringList args; // the command's positional arguments

    // Global options.
    QString url;
    QString user;
    bool passwordStdin = false;
    QString profile;
    QString caFile;
    QString server; // --server harbor|registry: the kind, not detected; empty = saved or detected
    bool json = false;
    int concurrency = 0; // 0 = the command's default
    int timeoutSeconds = 30;
    bool verbose = false;

    // The commands' own options.
    ListOptions ls;
    RemoveOptions rm;
    PlanOptions plan;
    InspectOptions inspect;
    LoginOptions login;
    CopyOptions cp;
    UndoOptions undo;

    QString error; // non-empty: a usage error (exit 2)
    bool help = false;
    bool version = false;
};

CliOptions parseCliOptions(const QStringList &arguments);
// The cleanup rules the plan options describe, or nullopt with `error` set.
std::optional<CleanupRules> cleanupRulesFrom(const PlanOptions &options, QString *error);

} // namespace berth
