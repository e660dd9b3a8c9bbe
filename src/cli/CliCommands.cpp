#include "CliCommands.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "CopyCommand.h"
#include "DuCommand.h"
#include "ExplainCommand.h"
#include "HarborOnlyCommand.h"
#include "HistoryCommand.h"
#include "ImportLoginsCommand.h"
#include "InspectCommand.h"
#include "ListCommand.h"
#include "PlanCommand.h"
#include "ProfileCommands.h"
#include "RegistryListCommand.h"
#include "RegistryWhoamiCommand.h"
#include "RemoveCommand.h"
#include "TagCommand.h"
#include "UndoCommand.h"
#include "WhoamiCommand.h"

#include <QCoreApplication>

namespace berth {

namespace {

// berthctl's tr() context, shared with cliUsage() and CliOptions.cpp: lupdate files the
// messages under it.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

template<class T>
Command *make(CliContext &context, QObject *parent)
{
    return new T(context, parent);
}

// Harbor's class, or the plain registry's once the connection found one (main() makes registry
// commands after resolving).
template<class HarborCommand, class RegistryCommand>
Command *pick(CliContext &context, QObject *parent)
{
    if (context.isPlainRegistry())
        return new RegistryCommand(context, parent);
    return new HarborCommand(context, parent);
}

QString listUsageError(const CliOptions &o)
{
    if (o.args.size() > 1)
        return CliText::tr("ls takes at most one PROJECT or PROJECT/REPO");
    return {};
}

QString removeUsageError(const CliOptions &o)
{
    if (!o.rm.planFile.isEmpty() && (!o.args.isEmpty() || !o.rm.fromFile.isEmpty()))
        return CliText::tr("rm --plan FILE takes no REF and no --from-file");
    if (o.args.isEmpty() && o.rm.fromFile.isEmpty() && o.rm.planFile.isEmpty())
        return CliText::tr("rm needs at least one REF, or --from-file, or --plan");
    return {};
}

// rm --plan FILE carries out a saved plan: the plan command's execution.
Command *makeRemove(CliContext &context, QObject *parent)
{
    if (!context.options.rm.planFile.isEmpty())
        return new PlanCommand(context, parent); // either kind: the plan file says which it was made on
    return new RemoveCommand(context, parent);
}

Command *makePlan(CliContext &context, QObject *parent)
{
    if (!context.isPlainRegistry())
        return new PlanCommand(context, parent);
    const PlanOptions &p = context.options.plan;
    if (!p.olderThan.isEmpty() || !p.pulledBefore.isEmpty() || !p.keepPulledWithin.isEmpty())
        return new HarborOnlyCommand(context,
            CliText::tr("a plain OCI registry records no push or pull times: --older-than, --pulled-before and "
                        "--keep-pulled-within need Harbor"),
            parent);
    if (p.untagged)
        return new HarborOnlyCommand(context,
            CliText::tr("a plain OCI registry does not list untagged manifests: --untagged needs Harbor"), parent);
    return new PlanCommand(context, parent);
}

QString planUsageError(const CliOptions &o)
{
    if (o.plan.all ? !o.args.isEmpty() : o.args.size() != 1)
        return CliText::tr("plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all");
    QString why;
    if (!o.plan.all && !CleanupScope::parse(o.args.first(), &why))
        return why;
    if (o.json && o.plan.csv)
        return CliText::tr("--json and --csv exclude each other");
    if (o.plan.execute && o.plan.csv)
        return CliText::tr("--execute reports as text or --json, not --csv");
    const auto rules = cleanupRulesFrom(o.plan, &why);
    if (!rules)
        return why;
    if (rules->isEmpty())
        return CliText::tr("plan needs at least one rule (--match, --older-than, --pulled-before, "
                           "--untagged, --keep-last, ...)");
    return {};
}

QString loginUsageError(const CliOptions &o)
{
    if (o.login.import) {
        if (!o.url.isEmpty() || !o.user.isEmpty() || o.passwordStdin)
            return CliText::tr("login --import takes REGISTRY names, not --url, --user or --password-stdin");
        return {};
    }
    if (o.login.yes || !o.args.isEmpty())
        return CliText::tr("REGISTRY names and --yes belong to login --import");
    if (o.url.isEmpty() || o.user.isEmpty() || !o.passwordStdin)
        return CliText::tr("login needs --url, --user and --password-stdin");
    return {};
}

// login --import lists and saves other tools' logins; plain login checks one with the server.
Command *makeLogin(CliContext &context, QObject *parent)
{
    if (context.options.login.import)
        return new ImportLoginsCommand(context, parent);
    return new LoginCommand(context, parent);
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QLatin1String(w);
    return out;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    using N = CliCommand::Needs;
    static const QList<CliCommand> table {
        {QLatin1String("whoami"), N::Registry, {}, nullptr, nullptr, pick<WhoamiCommand, RegistryWhoamiCommand>},
        {QLatin1String("ls"), N::Registry, words({"all", "children", "accessories", "digests"}), listUsageError,
            nullptr, pick<ListCommand, RegistryListCommand>},
        {QLatin1String("rm"), N::Registry, words({"from-file", "dry-run", "plan", "now"}), removeUsageError, nullptr,
            makeRemove},
        {QLatin1String("inspect"), N::Registry, words({"platform", "raw"}), InspectCommand::usageError, nullptr,
            make<InspectCommand>},
        {QLatin1String("login"), N::Registry, words({"import", "yes"}), loginUsageError, nullptr, makeLogin},
        {QLatin1String("logout"), N::Profiles, {}, nullptr, nullptr, make<LogoutCommand>},
        {QLatin1String("profiles"), N::Profiles, {}, nullptr, nullptr, make<ProfilesCommand>},
        {QLatin1String("explain"), N::Nothing, {}, nullptr, nullptr, make<ExplainCommand>},
        {QLatin1String("version"), N::Nothing, {}, nullptr, nullptr, nullptr, false},
        {QLatin1String("plan"), N::Registry,
            words({"all", "match", "match-glob", "older-than", "pulled-before", "untagged", "media-type",
                "artifact-type", "keep-last", "keep", "keep-pulled-within", "csv", "now", "execute", "yes"}),
            planUsageError, PlanCommand::preflight, makePlan},
        {QLatin1String("du"), N::Registry, {}, DuCommand::usageError, nullptr, make<DuCommand>},
        {QLatin1String("tag"), N::Registry, {}, TagCommand::usageError, nullptr, make<TagCommand>},
        {QLatin1String("cp"), N::Registry, words({"tags", "to-url", "to-user", "to-profile", "no-referrers"}),
            CopyCommand::usageError, nullptr, make<CopyCommand>},
        // undo resolves its own connection: the registry and profile are the journal's.
        {QLatin1String("undo"), N::Profiles, words({"last", "force"}), UndoCommand::usageError, nullptr,
            make<UndoCommand>},
        {QLatin1String("history"), N::Nothing, words({"limit"}), HistoryCommand::usageError, nullptr,
            make<HistoryCommand>},
    };
    return table;
}

const CliCommand *findCliCommand(const QString &name)
{
    for (const CliCommand &c : cliCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

const QList<OwnedOption> &ownedOptions()
{
    // Given to another command these would be silently ignored, and both change what a run
    // does: a plan file given to `plan`, or --execute to anything but `plan`.
    static const QList<OwnedOption> owned {
        {QLatin1String("plan"), QT_TRANSLATE_NOOP("berthctl", "--plan FILE belongs to rm")},
        {QLatin1String("execute"), QT_TRANSLATE_NOOP("berthctl", "--execute belongs to plan")},
        {QLatin1String("tags"), QT_TRANSLATE_NOOP("berthctl", "--tags belongs to cp")},
        {QLatin1String("to-url"), QT_TRANSLATE_NOOP("berthctl", "--to-url belongs to cp")},
        {QLatin1String("to-user"), QT_TRANSLATE_NOOP("berthctl", "--to-user belongs to cp")},
        {QLatin1String("to-profile"), QT_TRANSLATE_NOOP("berthctl", "--to-profile belongs to cp")},
        {QLatin1String("no-referrers"), QT_TRANSLATE_NOOP("berthctl", "--no-referrers belongs to cp")},
        {QLatin1String("last"), QT_TRANSLATE_NOOP("berthctl", "--last belongs to undo")},
        {QLatin1String("force"), QT_TRANSLATE_NOOP("berthctl", "--force belongs to undo")},
        {QLatin1String("limit"), QT_TRANSLATE_NOOP("berthctl", "--limit belongs to history")},
    };
    return owned;
}

QString cliUsage()
{
    return QCoreApplication::translate("berthctl",
        "Usage: berthctl [OPTIONS] COMMAND [ARGS]\n"
        "\n"
        "  -u, --url URL           registry URL; without a scheme, https://\n"
        "  --user NAME             username (robot$project+name, robot$name, or a user)\n"
        "  --password-stdin        read the secret from the first line of stdin\n"
        "  -p, --profile NAME      use a saved profile (with one profile saved, it is the default)\n"
        "  --server harbor|registry   what --url is: Harbor, or a plain OCI registry (/v2/ only);\n"
        "                          without it berthctl asks the server (login saves the answer)\n"
        "  --ca-file FILE          extra CA certificate(s), PEM\n"
        "  --json                  machine-readable output\n"
        "  --concurrency N         parallel requests (default 6 for listing, 4 for deleting)\n"
        "  --timeout SECONDS       per request (default 30)\n"
        "  -v, --verbose           what is sent and received (never the secret)\n"
        "\n"
        "  whoami                  who Harbor thinks you are, and what you may do in each project;\n"
        "                          on a plain registry: the user, and whether catalog, pull and delete are granted\n"
        "  ls                      projects\n"
        "  ls PROJECT              repositories of a project\n"
        "  ls PROJECT/REPO         one row per tag; untagged artifacts as @sha256:... rows\n"
        "  ls --all [PROJECT]      every tag of every repository visible to you\n"
        "      --children, --accessories   also list index children and accessories\n"
        "  On a plain OCI registry (no projects): ls lists repositories (/v2/_catalog), ls REPO its\n"
        "  tags, ls --all [PREFIX] every tag; --json rows have project, push_time and pull_time null\n"
        "      --digests           also each tag's digest and size (one HEAD request per tag)\n"
        "  rm REF...               PROJECT/REPO:TAG removes one tag; PROJECT/REPO@sha256:... deletes the artifact\n"
        "                          plain registry: REPO:TAG tries a tag delete, never falls back to the\n"
        "                          digest; REPO@sha256:... deletes the manifest and every tag on it\n"
        "  rm --from-file FILE     one REF per line ('-' reads stdin)\n"
        "  rm --dry-run REF...     what would go, checked against the server, and what it frees after\n"
        "                          garbage collection, each blob on the first REF that frees it (reads\n"
        "                          every manifest the account can see, cached); changes nothing\n"
        "  rm --plan FILE          run a saved plan (plan --json): each item is checked again first\n"
        "  inspect REF             what REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...) is: its manifest,\n"
        "                          platforms, config, layers and referrers, read from the registry (/v2/)\n"
        "      --platform OS/ARCH[/VARIANT]   of an index, inspect the image for this platform\n"
        "      --raw               print the manifest exactly as the registry sent it\n"
        "  plan [RULES] SCOPE      a cleanup plan: every tag (and untagged artifact) in SCOPE, marked\n"
        "                          remove or keep with the rule that decided; changes nothing\n"
        "      SCOPE               PROJECT, PROJECT/REPO, PROJECT/FOLDER/, or --all (or '*')\n"
        "      --match REGEX       select tags whose whole name matches (--match-glob GLOB: a glob)\n"
        "      --older-than 30d    select what was pushed more than 30 days ago (s, m, h, d, w)\n"
        "      --pulled-before 90d select what was last pulled more than 90 days ago, or never\n"
        "      --untagged          select untagged artifacts only\n"
        "      --media-type T, --artifact-type T   select by media type / artifact type (IMAGE, CHART)\n"
        "      --keep-last N       keep the N newest tags per repository (by push time; ties: name)\n"
        "      --keep REGEX        keep tags whose whole name matches\n"
        "      --keep-pulled-within 7d   keep anything pulled within 7 days\n"
        "      --json | --csv      the plan as one JSON object / as CSV\n"
        "                          (text and --json also say what the plan frees after garbage collection:\n"
        "                          freed_after_gc, shared_kept, freed_exact)\n"
        "      --now TIME          evaluate ages as of an RFC 3339 time instead of the clock\n"
        "      --execute [--yes]   carry the plan out; asks first unless --yes (no terminal: needs --yes)\n"
        "                          Immutable tags are always kept. Removing every tag of an artifact\n"
        "                          leaves it untagged (listed); --untagged plans delete such artifacts.\n"
        "      On a plain OCI registry: SCOPE is REPO or a folder of repositories; --keep-last orders by\n"
        "      the image config's created (manifest GETs: on Docker Hub they count as pulls); a tag goes\n"
        "      only with its manifest, when every tag on it goes; --older-than, --pulled-before,\n"
        "      --keep-pulled-within and --untagged need Harbor\n"
        "  du [SCOPE]              where the space goes: stored, unique and shared bytes of distinct blobs\n"
        "                          (layers, configs, manifests) per project, or per repository in SCOPE\n"
        "                          (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; plain registry: REPO, FOLDER/),\n"
        "                          sorted by unique bytes; reads every manifest the account can see\n"
        "                          (cached: a second run reads only what changed); exact only when the\n"
        "                          account sees the whole registry, else \"at most\"\n"
        "  tag SRC NEWTAG...       add tags to the artifact SRC names (REPO:TAG or REPO@sha256:..., with\n"
        "                          PROJECT/ on Harbor): Harbor's tags API (tag:create); a plain registry\n"
        "                          gets the manifest's exact bytes under each new tag;\n"
        "                          a tag on another digest is never moved (tag_exists, exit 6)\n"
        "  cp SRC DEST             copy an artifact (an index with its children) to DEST: REPO, or\n"
        "                          REPO:TAG for exactly that tag; blobs the target has are skipped, so\n"
        "                          running it again resumes; nothing is written when a chosen tag is on\n"
        "                          another digest at the target (tag_exists, exit 6); then what refers\n"
        "                          to it: OCI referrers (and the target's sha256-<hex> index where it\n"
        "                          has no referrers API) and cosign's sha256-<hex>.sig/.att/.sbom tags\n"
        "                          (one on another digest at the target is kept: a warning)\n"
        "      --tags same|none|NAME,...   the tags DEST REPO gets (default same: SRC's tag)\n"
        "      --to-url URL | --to-profile NAME   DEST is on another registry (streamed through berthctl)\n"
        "      --to-user NAME      the target's user; with --password-stdin its secret is the next line\n"
        "                          of stdin (the second when --user also reads one)\n"
        "      --no-referrers      not the signatures, SBOMs and other artifacts that refer to SRC\n"
        "  undo JOURNAL-ID | --last [--force]\n"
        "                          put back what one rm or plan --execute deleted (its journal id; --last:\n"
        "                          the newest batch not yet undone, on any registry): the same digests,\n"
        "                          then their tags; with the journal's profile, or --url/--profile of the\n"
        "                          same registry. Refused, with nothing changed, once garbage collection\n"
        "                          took a blob (undo_blobs_collected, exit 6) or a tag names another\n"
        "                          digest now (tag_exists, exit 6; --force moves it)\n"
        "  history [--limit N]     the journal's deletes by journal id, newest first: undoable (until\n"
        "                          when), undone, or no longer undoable and why\n"
        "  login --url URL --user NAME --password-stdin [--profile NAME]\n"
        "                          save a profile and its secret in the keychain\n"
        "  login --import [--yes] [REGISTRY...]\n"
        "                          list the logins docker and podman keep (never secrets); save those\n"
        "                          named (host[:port]), or every one with --yes, as plain-registry profiles\n"
        "  logout [--profile NAME] remove a profile and its secret\n"
        "  profiles                list saved profiles (never secrets)\n"
        "  explain -               explain why a curl command (read from stdin) failed, without\n"
        "                          sending it; explain -- 'curl ...' also works, but puts the secret\n"
        "                          in argv, where other local users can read it\n"
        "\n"
        "Exit codes: 0 ok, 1 other failure, 2 usage, 3 not authenticated, 4 forbidden, 5 not found,\n"
        "6 precondition failed (also: an item changed since the plan), 7 network/timeout/TLS,\n"
        "8 credentials unavailable.\n");
}

} // namespace berth
