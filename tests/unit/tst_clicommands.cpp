// berthctl's command lines: what parses to what, the usage errors word for word, global options
// (and --json) before or after the command, and the command table against the usage text and
// the classes it makes. Nothing is sent and no command runs.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliOptions.h"

#include <QRegularExpression>
#include <QTest>

using namespace berth;

namespace {

// Every field the parser fills, in one line, so two command lines can be compared whole.
QString describe(const CliOptions &o)
{
    QStringList f;
    const auto b = [](bool v) { return v ? QStringLiteral("1") : QStringLiteral("0"); };
    f << o.command << o.args.join(QLatin1Char(',')) << o.url << o.user << b(o.passwordStdin) << o.profile << o.caFile
      << b(o.json) << QString::number(o.concurrency) << QString::number(o.timeoutSeconds) << b(o.verbose);
    f << b(o.ls.all) << b(o.ls.children) << b(o.ls.accessories);
    f << o.rm.fromFile << b(o.rm.dryRun) << o.rm.planFile;
    const PlanOptions &p = o.plan;
    f << b(p.all) << QString::number(p.keepLast) << p.keep << p.match << p.matchGlob << p.olderThan << p.pulledBefore
      << p.keepPulledWithin << b(p.untagged) << p.mediaType << p.artifactType << b(p.csv) << b(p.execute) << b(p.yes)
      << p.now.toString(Qt::ISODate);
    f << o.error << b(o.help) << b(o.version);
    return f.join(QLatin1Char('|'));
}

CliOptions parse(const QStringList &args)
{
    return parseCliOptions(QStringList {QStringLiteral("berthctl")} + args);
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The same options before and after the command mean the same thing.
    void optionsBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        const QStringList global {"--url", "http://127.0.0.1:1", "--user", "robot$a+b", "--json", "--timeout", "5",
            "--concurrency", "3", "-v"};
        QTest::newRow("whoami") << global + QStringList {"whoami"} << QStringList {"whoami"} + global;
        QTest::newRow("ls") << QStringList {"--json", "-p", "prod", "ls", "team-a"}
                            << QStringList {"ls", "team-a", "--json", "--profile", "prod"};
        QTest::newRow("ls --all") << QStringList {"--all", "--children", "--accessories", "ls"}
                                  << QStringList {"ls", "--all", "--children", "--accessories"};
        QTest::newRow("rm") << QStringList {"--dry-run", "--json", "rm", "a/b:1", "a/b:2"}
                            << QStringList {"rm", "a/b:1", "--dry-run", "a/b:2", "--json"};
        QTest::newRow("rm --from-file") << QStringList {"--from-file", "refs.txt", "rm"}
                                        << QStringList {"rm", "--from-file", "refs.txt"};
        QTest::newRow("rm --plan") << QStringList {"--plan", "plan.json", "--json", "rm"}
                                   << QStringList {"rm", "--plan", "plan.json", "--json"};
        QTest::newRow("plan") << QStringList {"--keep-last", "3", "--match", "ci-.*", "--json", "plan", "team-a/app"}
                              << QStringList {"plan", "team-a/app", "--keep-last", "3", "--match", "ci-.*", "--json"};
        QTest::newRow("plan --execute") << QStringList {"--untagged", "--execute", "--yes", "--now",
            "2026-11-01T00:00:00Z", "plan", "--all"}
                                        << QStringList {"plan", "--all", "--untagged", "--execute", "--yes", "--now",
                                               "2026-11-01T00:00:00Z"};
        QTest::newRow("plan --csv") << QStringList {"--csv", "--older-than", "30d", "plan", "team-a/"}
                                    << QStringList {"plan", "team-a/", "--older-than", "30d", "--csv"};
        QTest::newRow("login") << QStringList {"--url", "https://h.example", "--user", "u", "--password-stdin",
            "login"} << QStringList {"login", "--url", "https://h.example", "--user", "u", "--password-stdin"};
        QTest::newRow("logout") << QStringList {"-p", "prod", "logout"} << QStringList {"logout", "-p", "prod"};
        QTest::newRow("profiles") << QStringList {"--json", "profiles"} << QStringList {"profiles", "--json"};
        QTest::newRow("explain") << QStringList {"--json", "explain", "-"} << QStringList {"explain", "-", "--json"};
        QTest::newRow("version") << QStringList {"-v", "version"} << QStringList {"version", "-v"};
    }

    void optionsBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        const CliOptions a = parse(before);
        const CliOptions b = parse(after);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(describe(a), describe(b));
    }

    // What each command line parses to: the command, and the usage error word for word.
    void commandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("error");
        const QString url = QStringLiteral("http://127.0.0.1:1");
        QTest::newRow("whoami") << QStringList {"whoami", "--url", url} << "whoami" << QString();
        QTest::newRow("ls") << QStringList {"ls"} << "ls" << QString();
        QTest::newRow("ls two args") << QStringList {"ls", "a", "b"} << "ls"
                                     << "ls takes at most one PROJECT or PROJECT/REPO";
        QTest::newRow("ls --all PROJECT") << QStringList {"ls", "--all", "team-a"} << "ls" << QString();
        QTest::newRow("rm refs") << QStringList {"rm", "a/b:1"} << "rm" << QString();
        QTest::newRow("rm nothing") << QStringList {"rm"} << "rm"
                                    << "rm needs at least one REF, or --from-file, or --plan";
        QTest::newRow("rm --plan and REF") << QStringList {"rm", "--plan", "p.json", "a/b:1"} << "rm"
                                           << "rm --plan FILE takes no REF and no --from-file";
        QTest::newRow("rm --plan and --from-file") << QStringList {"rm", "--plan", "p.json", "--from-file", "f"} << "rm"
                                                   << "rm --plan FILE takes no REF and no --from-file";
        QTest::newRow("--plan elsewhere") << QStringList {"ls", "--plan", "p.json"} << "ls"
                                          << "--plan FILE belongs to rm";
        QTest::newRow("--plan with plan") << QStringList {"plan", "--plan", "p.json", "--untagged", "a"} << "plan"
                                          << "--plan FILE belongs to rm";
        QTest::newRow("--execute elsewhere") << QStringList {"ls", "--execute"} << "ls"
                                             << "--execute belongs to plan";
        // An option given to a command it does not belong to is named before the command's own
        // errors, for every command (rm used to say "rm needs at least one REF" first).
        QTest::newRow("--execute with rm error") << QStringList {"rm", "--execute"} << "rm"
                                                 << "--execute belongs to plan";
        QTest::newRow("--execute with ls error") << QStringList {"ls", "a", "b", "--execute"} << "ls"
                                                 << "--execute belongs to plan";
        QTest::newRow("plan") << QStringList {"plan", "--untagged", "team-a"} << "plan" << QString();
        QTest::newRow("plan --all") << QStringList {"plan", "--all", "--untagged"} << "plan" << QString();
        QTest::newRow("plan no scope") << QStringList {"plan", "--untagged"} << "plan"
                                       << "plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all";
        QTest::newRow("plan --all and scope")
            << QStringList {"plan", "--all", "team-a", "--untagged"} << "plan"
            << "plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all";
        QTest::newRow("plan no rule") << QStringList {"plan", "team-a"} << "plan"
                                      << "plan needs at least one rule (--match, --older-than, --pulled-before, "
                                         "--untagged, --keep-last, ...)";
        QTest::newRow("plan --json --csv") << QStringList {"plan", "team-a", "--untagged", "--json", "--csv"} << "plan"
                                           << "--json and --csv exclude each other";
        QTest::newRow("plan --execute --csv")
            << QStringList {"plan", "team-a", "--untagged", "--execute", "--csv"} << "plan"
            << "--execute reports as text or --json, not --csv";
        QTest::newRow("plan --match --match-glob")
            << QStringList {"plan", "team-a", "--match", "a", "--match-glob", "b*"} << "plan"
            << "--match and --match-glob exclude each other";
        QTest::newRow("plan bad duration") << QStringList {"plan", "team-a", "--older-than", "30"} << "plan"
                                           << "--older-than: ";
        QTest::newRow("plan --keep-last 0") << QStringList {"plan", "team-a", "--keep-last", "0"} << ""
                                            << "--keep-last takes a number of at least 1";
        QTest::newRow("plan --now without time")
            << QStringList {"plan", "team-a", "--untagged", "--now", "2026-11-01"} << ""
            << "--now takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z";
        QTest::newRow("login") << QStringList {"login", "--url", url, "--user", "u", "--password-stdin"} << "login"
                               << QString();
        QTest::newRow("login without secret") << QStringList {"login", "--url", url, "--user", "u"} << "login"
                                              << "login needs --url, --user and --password-stdin";
        QTest::newRow("login with --execute") << QStringList {"login", "--execute"} << "login"
                                              << "--execute belongs to plan";
        QTest::newRow("logout") << QStringList {"logout"} << "logout" << QString();
        QTest::newRow("profiles") << QStringList {"profiles"} << "profiles" << QString();
        QTest::newRow("explain") << QStringList {"explain", "-"} << "explain" << QString();
        QTest::newRow("explain --user alone") << QStringList {"explain", "--user", "u", "-"} << "explain" << QString();
        QTest::newRow("--user alone") << QStringList {"whoami", "--user", "u"} << "whoami"
                                      << "--user needs --url (or a --profile)";
        QTest::newRow("--user alone, logout") << QStringList {"logout", "--user", "u"} << "logout"
                                              << "--user needs --url (or a --profile)";
        QTest::newRow("--password-stdin alone") << QStringList {"ls", "--password-stdin"} << "ls"
                                                << "--password-stdin needs --user";
        QTest::newRow("stdin twice") << QStringList {"rm", "--from-file", "-", "--user", "u", "--password-stdin"}
                                     << "rm"
                                     << "--password-stdin and --from-file - both want standard input";
        QTest::newRow("version") << QStringList {"version"} << "version" << QString();
        QTest::newRow("no command") << QStringList {} << ""
                                    << "no command given";
        QTest::newRow("unknown command") << QStringList {"frobnicate"} << "frobnicate"
                                         << "unknown command 'frobnicate'";
        QTest::newRow("bad concurrency") << QStringList {"ls", "--concurrency", "65"} << ""
                                         << "--concurrency takes a number from 1 to 64";
        QTest::newRow("bad timeout") << QStringList {"ls", "--timeout", "0"} << ""
                                     << "--timeout takes a number of seconds from 1 to 3600";
        QTest::newRow("unknown option") << QStringList {"ls", "--frobnicate"} << ""
                                        << "Unknown option 'frobnicate'.";
    }

    void commandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        QFETCH(QString, error);
        const CliOptions o = parse(args);
        QCOMPARE(o.command, command);
        if (error.endsWith(QLatin1String(": ")))
            QVERIFY2(o.error.startsWith(error), qPrintable(o.error));
        else
            QCOMPARE(o.error, error);
    }

    // Every command in the table has its lines in the usage, with each of its options; every
    // command the usage names is in the table.
    void usageAndTableAgree()
    {
        const QString usage = cliUsage();
        QStringList named;
        static const QRegularExpression commandLine(
            QStringLiteral("^  ([a-z]+)(?: |$)"), QRegularExpression::MultilineOption);
        for (auto it = commandLine.globalMatch(usage); it.hasNext();)
            named << it.next().captured(1);
        named.removeDuplicates();
        QStringList listed;
        for (const CliCommand &c : cliCommands()) {
            if (c.listed)
                listed << c.name;
            for (const QString &option : c.options) {
                QVERIFY2(usage.contains(QLatin1String("--") + option), qPrintable(option));
                // The parser knows it: without its value it misses one, it is never unknown.
                const CliOptions o = parse({QString(c.name), QLatin1String("--") + option});
                QVERIFY2(!o.error.startsWith(QLatin1String("Unknown option")), qPrintable(o.error));
            }
        }
        named.sort();
        listed.sort();
        QCOMPARE(named, listed);
    }

    // An option that belongs to one command is read by exactly that command, and the refusal
    // given to the others names it.
    void ownedOptionsNameTheirCommand()
    {
        for (const OwnedOption &owned : ownedOptions()) {
            QStringList owners;
            for (const CliCommand &c : cliCommands())
                if (c.options.contains(owned.option))
                    owners << c.name;
            QCOMPARE(owners.size(), 1);
            QVERIFY2(
                QLatin1String(owned.refusal).endsWith(QLatin1String(" belongs to ") + owners.first()), owned.refusal);
        }
    }

    // Which class runs a command line, and what is resolved before it starts.
    void commandsAndWhatTheyNeed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("className");
        QTest::addColumn<int>("needs");
        const int registry = int(CliCommand::Needs::Registry);
        const int profiles = int(CliCommand::Needs::Profiles);
        const int nothing = int(CliCommand::Needs::Nothing);
        QTest::newRow("whoami") << QStringList {"whoami"} << "berth::WhoamiCommand" << registry;
        QTest::newRow("ls") << QStringList {"ls"} << "berth::ListCommand" << registry;
        QTest::newRow("rm") << QStringList {"rm", "a/b:1"} << "berth::RemoveCommand" << registry;
        QTest::newRow("rm --dry-run") << QStringList {"rm", "--dry-run", "a/b:1"} << "berth::RemoveCommand" << registry;
        QTest::newRow("rm --plan") << QStringList {"rm", "--plan", "p.json"} << "berth::PlanCommand" << registry;
        QTest::newRow("plan") << QStringList {"plan", "--untagged", "a"} << "berth::PlanCommand" << registry;
        QTest::newRow("login") << QStringList {"login", "--url", "https://h.example", "--user", "u", "--password-stdin"}
                               << "berth::LoginCommand" << registry;
        QTest::newRow("logout") << QStringList {"logout"} << "berth::LogoutCommand" << profiles;
        QTest::newRow("profiles") << QStringList {"profiles"} << "berth::ProfilesCommand" << profiles;
        QTest::newRow("explain") << QStringList {"explain", "-"} << "berth::ExplainCommand" << nothing;
        QTest::newRow("version") << QStringList {"version"} << "" << nothing;
    }

    void commandsAndWhatTheyNeed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, className);
        QFETCH(int, needs);
        CliContext ctx;
        ctx.options = parse(args);
        QVERIFY2(ctx.options.error.isEmpty(), qPrintable(ctx.options.error));
        const CliCommand *spec = findCliCommand(ctx.options.command);
        QVERIFY(spec);
        QCOMPARE(int(spec->needs), needs);
        if (className.isEmpty()) {
            QVERIFY(!spec->make); // main() answers it
            return;
        }
        QObject parent;
        QVERIFY(spec->make);
        const Command *command = spec->make(ctx, &parent);
        QCOMPARE(QString::fromLatin1(command->metaObject()->className()), className);
    }

    // On a plain registry (CliContext::registry set once connected), the registry's classes run,
    // and what needs Harbor is refused by a class of its own.
    void plainRegistryCommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("className");
        QTest::newRow("whoami") << QStringList {"whoami"} << "berth::RegistryWhoamiCommand";
        QTest::newRow("ls") << QStringList {"ls"} << "berth::RegistryListCommand";
        QTest::newRow("ls --digests") << QStringList {"ls", "--digests", "a/b"} << "berth::RegistryListCommand";
        QTest::newRow("rm") << QStringList {"rm", "a:1"} << "berth::RemoveCommand";
        QTest::newRow("inspect") << QStringList {"inspect", "app:v1"} << "berth::InspectCommand";
        // A saved plan runs on either kind (the file says which it was made on).
        QTest::newRow("rm --plan") << QStringList {"rm", "--plan", "p.json"} << "berth::PlanCommand";
        QTest::newRow("plan --keep-last") << QStringList {"plan", "--keep-last", "3", "a"} << "berth::PlanCommand";
        QTest::newRow("plan --older-than")
            << QStringList {"plan", "--older-than", "3d", "a"} << "berth::HarborOnlyCommand";
        QTest::newRow("plan --pulled-before")
            << QStringList {"plan", "--pulled-before", "3d", "a"} << "berth::HarborOnlyCommand";
        QTest::newRow("plan --keep-pulled-within") << QStringList {"plan", "--keep-last", "1", "--keep-pulled-within",
            "3d", "a"} << "berth::HarborOnlyCommand";
        QTest::newRow("plan --untagged") << QStringList {"plan", "--untagged", "a"} << "berth::HarborOnlyCommand";
    }

    void plainRegistryCommands()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, className);
        CliContext ctx;
        ctx.options = parse(args);
        QVERIFY2(ctx.options.error.isEmpty(), qPrintable(ctx.options.error));
        ApiTransport transport(ConnectionSettings {});
        ctx.transport = &transport;
        ctx.registry = new RegistryClient(&transport, &transport);
        QObject parent;
        const Command *command = findCliCommand(ctx.options.command)->make(ctx, &parent);
        QCOMPARE(QString::fromLatin1(command->metaObject()->className()), className);
    }

    void serverOption_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("harbor") << "harbor"
                                << "";
        QTest::newRow("registry") << "registry"
                                  << "";
        QTest::newRow("other") << "quay"
                               << "--server takes harbor or registry";
    }

    void serverOption()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        const CliOptions o = parse({QStringLiteral("ls"), QStringLiteral("--server"), value});
        QCOMPARE(o.error, error);
        if (error.isEmpty())
            QCOMPARE(o.server, value);
    }

    void helpAndVersionFlags()
    {
        QVERIFY(parse({QStringLiteral("--help")}).help);
        QVERIFY(parse({QStringLiteral("-h"), QStringLiteral("ls")}).help);
        QVERIFY(parse({QStringLiteral("--version")}).version);
        QVERIFY(parse({QStringLiteral("--help")}).error.isEmpty());
    }
};

QTEST_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
