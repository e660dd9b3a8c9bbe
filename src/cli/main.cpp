// berthctl: the command-line front end on the same libraries as the GUI.
#include "api/CaFile.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliOptions.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProcessHardening.h"
#include "credentials/ProfileStore.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "Translations.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace berth;

int main(int argc, char *argv[])
{
    hardenProcess(); // before any secret is in memory: no core dumps
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    installTranslations(&app); // berthctl follows the locale (LANG, LC_ALL, LC_MESSAGES)

    CliContext ctx;
    ctx.options = parseCliOptions(QCoreApplication::arguments());
    if (ctx.options.help) {
        Terminal::out(cliUsage());
        Terminal::flush();
        return ExitOk;
    }
    if (ctx.options.version || ctx.options.command == QLatin1String("version")) {
        Terminal::out(QStringLiteral("berthctl %1 (Qt %2)\n")
                          .arg(QStringLiteral(BERTH_VERSION), QString::fromLatin1(qVersion())));
        Terminal::flush();
        return ExitOk;
    }
    if (!ctx.options.error.isEmpty()) {
        Terminal::err(QStringLiteral("berthctl: %1\n\n%2").arg(ctx.options.error, cliUsage()));
        return ExitUsage;
    }
    const CliCommand *spec = findCliCommand(ctx.options.command); // parseCliOptions found it
    if (const QString refusal = spec->preflight ? spec->preflight(ctx.options) : QString(); !refusal.isEmpty()) {
        Terminal::err(QStringLiteral("berthctl: %1").arg(refusal));
        return ExitUsage;
    }
    // A CA file that cannot be used is a mistake in the arguments, found before anything is sent.
    if (!ctx.options.caFile.isEmpty()) {
        if (const QString problem = CaFile::problem(ctx.options.caFile); !problem.isEmpty()) {
            Terminal::err(QStringLiteral("berthctl: --ca-file: %1").arg(problem));
            return ExitUsage;
        }
    }
    // Verbose shows requests and decisions; the Authorization header is never logged anywhere.
    QLoggingCategory::setFilterRules(ctx.options.verbose ? QStringLiteral("berth.*=true")
                                                         : QStringLiteral("berth.*.info=false\nberth.*.debug=false"));

    ProfileStore profiles;
    KeychainCredentialStore store;
    ctx.profiles = &profiles;
    ctx.store = &store;

    // Everything with a network manager lives under this object, destroyed before the
    // application object: a QNetworkAccessManager torn down after ~QCoreApplication races its
    // HTTP thread's clean-up and can leave that thread's connection objects behind.
    auto session = std::make_unique<QObject>();
    std::function<Command *()> makeCommand;
    makeCommand = [&ctx, &session, &app, spec, &makeCommand] {
        Command *command = spec->make(ctx, session.get());
        QObject::connect(command, &Command::finished, &app, [](int code) {
            Terminal::flush();
            QCoreApplication::exit(code);
        });
        // --url turned out to be a plain registry: its command class takes over.
        QObject::connect(command, &Command::kindDetected, session.get(), [command, &makeCommand] {
            command->deleteLater();
            makeCommand()->start();
        });
        return command;
    };

    // login --import reads other tools' files and the keychain only: no registry to resolve.
    if (spec->needs == CliCommand::Needs::Registry && !ctx.options.login.import) {
        // Made once the connection is known: a plain registry runs its own command class.
        auto *resolver = new ConnectionResolver(ctx, session.get());
        QObject::connect(
            resolver, &ConnectionResolver::resolved, session.get(), [&makeCommand] { makeCommand()->start(); });
        QObject::connect(resolver, &ConnectionResolver::failed, &app, [](int code, const QString &message) {
            Terminal::err(QStringLiteral("berthctl: %1").arg(message));
            QCoreApplication::exit(code);
        });
        resolver->resolve();
    } else {
        QTimer::singleShot(0, makeCommand(), &Command::start);
    }
    const int exitCode = QCoreApplication::exec();
    session.reset();
    // Replies and jobs the last callbacks handed to deleteLater() go now, while the loop's
    // machinery still exists.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return exitCode;
}
