#include "CliOptions.h"

#include "api/CaFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace berth {

namespace {

// berthctl's tr() context, shared with cliUsage(): lupdate files the messages under it.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

const QStringList kCommands {QStringLiteral("whoami"), QStringLiteral("ls"), QStringLiteral("rm"),
    QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("profiles"), QStringLiteral("explain"),
    QStringLiteral("version"), QStringLiteral("plan")};
} // namespace

QString cliUsage()
{
    return QCoreApplication::translate("berthctl",
        "Usage: berthctl [OPTIONS] COMMAND [ARGS]\n"
        "\n"
        "  -u, --url URL           registry URL; without a scheme, https://\n"
        "  --user NAME             username (robot$project+name, robot$name, or a user)\n"
        "  --password-stdin        read the secret from the first line of stdin\n"
        "  -p, --profile NAME      use a saved profile (with one profile saved, it is the default)\n"
        "  --ca-file FILE          extra CA certificate(s), PEM\n"
        "  --json                  machine-readable output\n"
        "  --concurrency N         parallel requests (default 6 for listing, 4 for deleting)\n"
        "  --timeout SECONDS       per request (default 30)\n"
        "  -v, --verbose           what is sent and received (never the secret)\n"
        "\n"
        "  whoami                  who Harbor thinks you are, and what you may do in each project\n"
        "  ls                      projects\n"
        "  ls PROJECT              repositories of a project\n"
        "  ls PROJECT/REPO         one row per tag; untagged artifacts as @sha256:... rows\n"
        "  ls --all [PROJECT]      every tag of every repository visible to you\n"
        "      --children, --accessories   also list index children and accessories\n"
        "  rm REF...               PROJECT/REPO:TAG removes one tag; PROJECT/REPO@sha256:... deletes the artifact\n"
        "  rm --from-file FILE     one REF per line ('-' reads stdin)\n"
        "  rm --dry-run REF...     what would go, checked against the server; changes nothing\n"
        "  rm --plan FILE          run a saved plan (plan --json): each item is checked again first\n"
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
        "      --now TIME          evaluate ages as of an RFC 3339 time instead of the clock\n"
        "      --execute [--yes]   carry the plan out; asks first unless --yes (no terminal: needs --yes)\n"
        "                          Immutable tags are always kept. Removing every tag of an artifact\n"
        "                          leaves it untagged (listed); --untagged plans delete such artifacts.\n"
        "  login --url URL --user NAME --password-stdin [--profile NAME]\n"
        "                          save a profile and its secret in the keychain\n"
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

CliOptions parseCliOptions(const QStringList &arguments)
{
    CliOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption url({QStringLiteral("u"), QStringLiteral("url")}, {}, QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("NAME"));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption profile({QStringLiteral("p"), QStringLiteral("profile")}, {}, QStringLiteral("NAME"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), {}, QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("SECONDS"));
    const QCommandLineOption verbose(QStringList {QStringLiteral("v"), QStringLiteral("verbose")});
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption children(QStringLiteral("children"));
    const QCommandLineOption accessories(QStringLiteral("accessories"));
    const QCommandLineOption fromFile(QStringLiteral("from-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption yes(QStringList {QStringLiteral("y"), QStringLiteral("yes")});
    const QCommandLineOption planFile(QStringLiteral("plan"), {}, QStringLiteral("FILE"));
    const QCommandLineOption keepLast(QStringLiteral("keep-last"), {}, QStringLiteral("N"));
    const QCommandLineOption keep(QStringLiteral("keep"), {}, QStringLiteral("REGEX"));
    const QCommandLineOption match(QStringLiteral("match"), {}, QStringLiteral("REGEX"));
    const QCommandLineOption matchGlob(QStringLiteral("match-glob"), {}, QStringLiteral("GLOB"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"), {}, QStringLiteral("DURATION"));
    const QCommandLineOption pulledBefore(QStringLiteral("pulled-before"), {}, QStringLiteral("DURATION"));
    const QCommandLineOption keepPulledWithin(QStringLiteral("keep-pulled-within"), {}, QStringLiteral("DURATION"));
    const QCommandLineOption untagged(QStringLiteral("untagged"));
    const QCommandLineOption mediaType(QStringLiteral("media-type"), {}, QStringLiteral("TYPE"));
    const QCommandLineOption artifactType(QStringLiteral("artifact-type"), {}, QStringLiteral("TYPE"));
    const QCommandLineOption csv(QStringLiteral("csv"));
    const QCommandLineOption execute(QStringLiteral("execute"));
    const QCommandLineOption now(QStringLiteral("now"), {}, QStringLiteral("TIME"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    for (const auto &opt : {url, user, pwStdin, profile, caFile, json, concurrency, timeout, verbose, all, children,
             accessories, fromFile, dryRun, yes, planFile, keepLast, keep, match, matchGlob, olderThan, pulledBefore,
             keepPulledWithin, untagged, mediaType, artifactType, csv, execute, now, help, version})
        p.addOption(opt);

    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    o.help = p.isSet(help);
    o.version = p.isSet(version);
    o.url = p.value(url);
    o.user = p.value(user);
    o.passwordStdin = p.isSet(pwStdin);
    o.profile = p.value(profile);
    o.caFile = CaFile::absolutePath(p.value(caFile)); // what login saves must not depend on the directory
    o.json = p.isSet(json);
    o.verbose = p.isSet(verbose);
    o.all = p.isSet(all);
    o.children = p.isSet(children);
    o.accessories = p.isSet(accessories);
    o.fromFile = p.value(fromFile);
    o.dryRun = p.isSet(dryRun);
    o.yes = p.isSet(yes);
    o.planFile = p.value(planFile);
    o.keep = p.value(keep);
    o.match = p.value(match);
    o.matchGlob = p.value(matchGlob);
    o.olderThan = p.value(olderThan);
    o.pulledBefore = p.value(pulledBefore);
    o.keepPulledWithin = p.value(keepPulledWithin);
    o.untagged = p.isSet(untagged);
    o.mediaType = p.value(mediaType);
    o.artifactType = p.value(artifactType);
    o.csv = p.isSet(csv);
    o.execute = p.isSet(execute);
    if (p.isSet(keepLast)) {
        bool ok = false;
        o.keepLast = p.value(keepLast).toInt(&ok);
        if (!ok || o.keepLast < 1) {
            o.error = CliText::tr("--keep-last takes a number of at least 1");
            return o;
        }
    }
    if (p.isSet(now)) {
        o.now = QDateTime::fromString(p.value(now), Qt::ISODateWithMs);
        if (!o.now.isValid() || !p.value(now).contains(QLatin1Char('T'))) {
            o.error = CliText::tr("--now takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z");
            return o;
        }
        o.now = o.now.toUTC();
    }
    if (p.isSet(concurrency)) {
        bool ok = false;
        o.concurrency = p.value(concurrency).toInt(&ok);
        if (!ok || o.concurrency < 1 || o.concurrency > 64) {
            o.error = CliText::tr("--concurrency takes a number from 1 to 64");
            return o;
        }
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 3600) {
            o.error = CliText::tr("--timeout takes a number of seconds from 1 to 3600");
            return o;
        }
    }

    QStringList pos = p.positionalArguments();
    if (o.help || o.version)
        return o;
    if (pos.isEmpty()) {
        o.error = CliText::tr("no command given");
        return o;
    }
    o.command = pos.takeFirst();
    o.args = pos;
    if (!kCommands.contains(o.command)) {
        o.error = CliText::tr("unknown command '%1'").arg(o.command);
        return o;
    }
    if (o.passwordStdin && o.fromFile == QLatin1String("-")) {
        o.error = CliText::tr("--password-stdin and --from-file - both want standard input");
        return o;
    }
    if (o.passwordStdin && o.user.isEmpty()) {
        o.error = CliText::tr("--password-stdin needs --user");
        return o;
    }
    if (!o.user.isEmpty() && o.url.isEmpty() && o.profile.isEmpty() && o.command != QLatin1String("explain")) {
        o.error = CliText::tr("--user needs --url (or a --profile)");
        return o;
    }
    if (o.command == QLatin1String("rm") && !o.planFile.isEmpty() && (!o.args.isEmpty() || !o.fromFile.isEmpty())) {
        o.error = CliText::tr("rm --plan FILE takes no REF and no --from-file");
        return o;
    }
    if (o.command == QLatin1String("rm") && o.args.isEmpty() && o.fromFile.isEmpty() && o.planFile.isEmpty()) {
        o.error = CliText::tr("rm needs at least one REF, or --from-file, or --plan");
        return o;
    }
    if (!o.planFile.isEmpty() && o.command != QLatin1String("rm")) {
        o.error = CliText::tr("--plan FILE belongs to rm");
        return o;
    }
    if (o.command == QLatin1String("plan")) {
        if (o.all ? !o.args.isEmpty() : o.args.size() != 1) {
            o.error = CliText::tr("plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all");
            return o;
        }
        QString why;
        if (!o.all && !CleanupScope::parse(o.args.first(), &why)) {
            o.error = why;
            return o;
        }
        if (o.json && o.csv) {
            o.error = CliText::tr("--json and --csv exclude each other");
            return o;
        }
        if (o.execute && o.csv) {
            o.error = CliText::tr("--execute reports as text or --json, not --csv");
            return o;
        }
        const auto rules = cleanupRulesFrom(o, &why);
        if (!rules) {
            o.error = why;
            return o;
        }
        if (rules->isEmpty()) {
            o.error = CliText::tr("plan needs at least one rule (--match, --older-than, --pulled-before, "
                                  "--untagged, --keep-last, ...)");
            return o;
        }
    } else if (o.execute) {
        o.error = CliText::tr("--execute belongs to plan");
        return o;
    }
    if (o.command == QLatin1String("ls") && o.args.size() > 1) {
        o.error = CliText::tr("ls takes at most one PROJECT or PROJECT/REPO");
        return o;
    }
    if (o.command == QLatin1String("login") && (o.url.isEmpty() || o.user.isEmpty() || !o.passwordStdin)) {
        o.error = CliText::tr("login needs --url, --user and --password-stdin");
        return o;
    }
    return o;
}

std::optional<CleanupRules> cleanupRulesFrom(const CliOptions &o, QString *error)
{
    CleanupRules r;
    if (!o.match.isEmpty() && !o.matchGlob.isEmpty()) {
        *error = CliText::tr("--match and --match-glob exclude each other");
        return std::nullopt;
    }
    r.match = o.matchGlob.isEmpty() ? TagPattern {o.match, false} : TagPattern {o.matchGlob, true};
    r.keep = TagPattern {o.keep, false};
    r.keepLast = o.keepLast;
    r.untaggedOnly = o.untagged;
    r.mediaType = o.mediaType;
    r.artifactType = o.artifactType;
    const std::pair<const QString *, std::optional<qint64> *> durations[] = {{&o.olderThan, &r.olderThanSecs},
        {&o.pulledBefore, &r.pulledBeforeSecs}, {&o.keepPulledWithin, &r.keepPulledWithinSecs}};
    const char *names[] = {"--older-than", "--pulled-before", "--keep-pulled-within"};
    for (int i = 0; i < 3; ++i) {
        if (durations[i].first->isEmpty())
            continue;
        QString why;
        *durations[i].second = Cleanup::parseDuration(*durations[i].first, &why);
        if (!*durations[i].second) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(names[i]), why);
            return std::nullopt;
        }
    }
    const QString invalid = r.validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return r;
}

} // namespace berth
