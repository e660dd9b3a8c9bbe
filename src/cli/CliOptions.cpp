#include "CliOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace berth {

namespace {
const QStringList kCommands {QStringLiteral("whoami"), QStringLiteral("ls"), QStringLiteral("rm"),
    QStringLiteral("login"), QStringLiteral("logout"), QStringLiteral("profiles"), QStringLiteral("explain"),
    QStringLiteral("version")};
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
        "  login --url URL --user NAME --password-stdin [--profile NAME]\n"
        "                          save a profile and its secret in the keychain\n"
        "  logout [--profile NAME] remove a profile and its secret\n"
        "  profiles                list saved profiles (never secrets)\n"
        "  explain -- 'curl ...'   explain why a request failed, without sending it\n"
        "\n"
        "Exit codes: 0 ok, 1 other failure, 2 usage, 3 not authenticated, 4 forbidden, 5 not found,\n"
        "6 precondition failed, 7 network/timeout/TLS, 8 credentials unavailable.\n");
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
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    for (const auto &opt : {url, user, pwStdin, profile, caFile, json, concurrency, timeout, verbose, all, children,
             accessories, fromFile, dryRun, yes, help, version})
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
    o.caFile = p.value(caFile);
    o.json = p.isSet(json);
    o.verbose = p.isSet(verbose);
    o.all = p.isSet(all);
    o.children = p.isSet(children);
    o.accessories = p.isSet(accessories);
    o.fromFile = p.value(fromFile);
    o.dryRun = p.isSet(dryRun);
    o.yes = p.isSet(yes);
    if (p.isSet(concurrency)) {
        bool ok = false;
        o.concurrency = p.value(concurrency).toInt(&ok);
        if (!ok || o.concurrency < 1 || o.concurrency > 64) {
            o.error = QStringLiteral("--concurrency takes a number from 1 to 64");
            return o;
        }
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds < 1 || o.timeoutSeconds > 3600) {
            o.error = QStringLiteral("--timeout takes a number of seconds from 1 to 3600");
            return o;
        }
    }

    QStringList pos = p.positionalArguments();
    if (o.help || o.version)
        return o;
    if (pos.isEmpty()) {
        o.error = QStringLiteral("no command given");
        return o;
    }
    o.command = pos.takeFirst();
    o.args = pos;
    if (!kCommands.contains(o.command)) {
        o.error = QStringLiteral("unknown command '%1'").arg(o.command);
        return o;
    }
    if (o.passwordStdin && o.fromFile == QLatin1String("-")) {
        o.error = QStringLiteral("--password-stdin and --from-file - both want standard input");
        return o;
    }
    if (o.passwordStdin && o.user.isEmpty()) {
        o.error = QStringLiteral("--password-stdin needs --user");
        return o;
    }
    if (!o.user.isEmpty() && o.url.isEmpty() && o.profile.isEmpty() && o.command != QLatin1String("explain")) {
        o.error = QStringLiteral("--user needs --url (or a --profile)");
        return o;
    }
    if (o.command == QLatin1String("rm") && o.args.isEmpty() && o.fromFile.isEmpty()) {
        o.error = QStringLiteral("rm needs at least one REF, or --from-file");
        return o;
    }
    if (o.command == QLatin1String("ls") && o.args.size() > 1) {
        o.error = QStringLiteral("ls takes at most one PROJECT or PROJECT/REPO");
        return o;
    }
    if (o.command == QLatin1String("login") && (o.url.isEmpty() || o.user.isEmpty() || !o.passwordStdin)) {
        o.error = QStringLiteral("login needs --url, --user and --password-stdin");
        return o;
    }
    return o;
}

} // namespace berth
