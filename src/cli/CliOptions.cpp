#include "CliOptions.h"

#include "api/CaFile.h"
#include "CliCommands.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace berth {

namespace {

// berthctl's tr() context, as in CliCommands.cpp: lupdate files the messages under it.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(berthctl)
};

} // namespace

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
    const QCommandLineOption server(QStringLiteral("server"), {}, QStringLiteral("KIND"));
    const QCommandLineOption digests(QStringLiteral("digests"));
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
    const QCommandLineOption platform(QStringLiteral("platform"), {}, QStringLiteral("OS/ARCH[/VARIANT]"));
    const QCommandLineOption raw(QStringLiteral("raw"));
    const QCommandLineOption tags(QStringLiteral("tags"), {}, QStringLiteral("TAGS"));
    const QCommandLineOption toUrl(QStringLiteral("to-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption toUser(QStringLiteral("to-user"), {}, QStringLiteral("NAME"));
    const QCommandLineOption toProfile(QStringLiteral("to-profile"), {}, QStringLiteral("NAME"));
    const QCommandLineOption noReferrers(QStringLiteral("no-referrers"));
    const QCommandLineOption last(QStringLiteral("last"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    const QList<QCommandLineOption> options {url, user, pwStdin, profile, caFile, json, concurrency, timeout, verbose,
        all, children, accessories, fromFile, dryRun, yes, planFile, keepLast, keep, match, matchGlob, olderThan,
        pulledBefore, keepPulledWithin, untagged, mediaType, artifactType, csv, execute, now, platform, raw, help,
        version, server, digests, tags, toUrl, toUser, toProfile, noReferrers, last, force, limit};
    p.addOptions(options);
    const QCommandLineOption importLogins(QStringLiteral("import")); // login --import
    p.addOption(importLogins);

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
    o.ls.all = o.plan.all = p.isSet(all);
    o.ls.children = p.isSet(children);
    o.ls.accessories = p.isSet(accessories);
    o.ls.digests = p.isSet(digests);
    if (p.isSet(server)) {
        o.server = p.value(server);
        if (o.server != QLatin1String("harbor") && o.server != QLatin1String("registry")) {
            o.error = CliText::tr("--server takes harbor or registry");
            return o;
        }
    }
    o.rm.fromFile = p.value(fromFile);
    o.rm.dryRun = p.isSet(dryRun);
    o.rm.planFile = p.value(planFile);
    o.plan.yes = p.isSet(yes);
    o.plan.keep = p.value(keep);
    o.plan.match = p.value(match);
    o.plan.matchGlob = p.value(matchGlob);
    o.plan.olderThan = p.value(olderThan);
    o.plan.pulledBefore = p.value(pulledBefore);
    o.plan.keepPulledWithin = p.value(keepPulledWithin);
    o.plan.untagged = p.isSet(untagged);
    o.plan.mediaType = p.value(mediaType);
    o.plan.artifactType = p.value(artifactType);
    o.plan.csv = p.isSet(csv);
    o.plan.execute = p.isSet(execute);
    o.inspect.platform = p.value(platform);
    o.inspect.raw = p.isSet(raw);
    o.cp.tags = p.isSet(tags) ? p.value(tags) : QString();
    o.cp.toUrl = p.value(toUrl);
    o.cp.toUser = p.value(toUser);
    o.cp.toProfile = p.value(toProfile);
    o.cp.noReferrers = p.isSet(noReferrers);
    o.undo.last = p.isSet(last);
    o.undo.force = p.isSet(force);
    if (p.isSet(limit)) {
        bool ok = false;
        o.undo.limit = p.value(limit).toInt(&ok);
        if (!ok || o.undo.limit < 1) {
            o.error = CliText::tr("--limit takes a number of at least 1");
            return o;
        }
    }
    o.login.import = p.isSet(importLogins);
    o.login.yes = p.isSet(yes);
    if (p.isSet(keepLast)) {
        bool ok = false;
        o.plan.keepLast = p.value(keepLast).toInt(&ok);
        if (!ok || o.plan.keepLast < 1) {
            o.error = CliText::tr("--keep-last takes a number of at least 1");
            return o;
        }
    }
    if (p.isSet(now)) {
        o.plan.now = QDateTime::fromString(p.value(now), Qt::ISODateWithMs);
        if (!o.plan.now.isValid() || !p.value(now).contains(QLatin1Char('T'))) {
            o.error = CliText::tr("--now takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z");
            return o;
        }
        o.plan.now = o.plan.now.toUTC();
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
    const CliCommand *command = findCliCommand(o.command);
    if (!command) {
        o.error = CliText::tr("unknown command '%1'").arg(o.command);
        return o;
    }
    if (o.passwordStdin && o.rm.fromFile == QLatin1String("-")) {
        o.error = CliText::tr("--password-stdin and --from-file - both want standard input");
        return o;
    }
    if (o.passwordStdin && o.user.isEmpty() && o.cp.toUser.isEmpty()) {
        o.error = CliText::tr("--password-stdin needs --user");
        return o;
    }
    if (!o.user.isEmpty() && o.url.isEmpty() && o.profile.isEmpty() && command->needs != CliCommand::Needs::Nothing) {
        o.error = CliText::tr("--user needs --url (or a --profile)");
        return o;
    }
    for (const OwnedOption &owned : ownedOptions()) {
        const auto given = std::find_if(options.cbegin(), options.cend(),
            [&](const QCommandLineOption &opt) { return opt.names().contains(owned.option); });
        const bool set = given != options.cend() && p.isSet(*given)
            && (given->valueName().isEmpty() || !p.value(*given).isEmpty());
        if (set && !command->options.contains(owned.option)) {
            o.error = QCoreApplication::translate("berthctl", owned.refusal);
            return o;
        }
    }
    if (command->usageError)
        o.error = command->usageError(o);
    return o;
}

std::optional<CleanupRules> cleanupRulesFrom(const PlanOptions &o, QString *error)
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
