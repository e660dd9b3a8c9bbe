#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

class QObject;

namespace berth {

class Command;
struct CliContext;
struct CliOptions;

// One row per berthctl command: its name, what it needs before it starts, the options it
// reads, its own usage errors and the class that runs it. A new command is a row here, its
// Command class, and its lines in cliUsage().
struct CliCommand
{
    enum class Needs {
        Registry, // a connected client: --url or a profile, and the secret, resolved before start()
        Profiles, // the saved profiles and the keychain only; nothing is sent
        Nothing, // nothing of the user's (explain takes its target from the pasted command)
    };

    QLatin1String name;
    Needs needs = Needs::Nothing;
    // The command's own options, long names without "--" (the global ones are for every
    // command). Each appears in cliUsage(); the ones in ownedOptions() are refused elsewhere.
    QStringList options;
    // The command's own usage errors (exit 2), checked after the global ones; empty when fine.
    QString (*usageError)(const CliOptions &options) = nullptr;
    // A check that needs no registry but the surroundings (a terminal), run before connecting.
    QString (*preflight)(const CliOptions &options) = nullptr;
    // Makes the command; null for `version`, which main() answers like --version.
    Command *(*make)(CliContext &context, QObject *parent) = nullptr;
    // Its lines in cliUsage() start with "  NAME"; `version` is not listed, like --version.
    bool listed = true;
};

const QList<CliCommand> &cliCommands();
const CliCommand *findCliCommand(const QString &name); // nullptr when there is none

// Options that belong to one command, refused with these words when given to another.
struct OwnedOption
{
    QLatin1String option;
    const char *refusal; // untranslated; translate in the "berthctl" context
};
const QList<OwnedOption> &ownedOptions();

// The usage text: one translated message, so each command's lines are written there, not in the
// table (tst_clicommands checks that every listed command and each of its options appear).
QString cliUsage();

} // namespace berth
