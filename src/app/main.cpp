// berth: the desktop app. Wiring only; everything else lives in the libraries.
#include "connection/ConnectionFactory.h"
#include "core/RegistryUrl.h"
#include "credentials/KeychainCredentialStore.h"
#include "credentials/ProcessHardening.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretInput.h"
#include "gui/InspectTiming.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "QuitOnSignal.h"
#include "Translations.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

using namespace berth;

namespace {

void printLine(const QString &s)
{
    QTextStream(stdout) << s << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess(); // before any secret is in memory: no core dumps
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Berth"));
    QApplication::setApplicationName(QStringLiteral("berth"));
    QApplication::setApplicationDisplayName(QStringLiteral("Berth"));
    QApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));

    // The language first: forms are translated when they are built. --lang overrides the locale.
    QString lang;
    const QStringList rawArgs = QApplication::arguments();
    for (int i = 1; i < rawArgs.size(); ++i) {
        if (rawArgs.at(i) == QLatin1String("--lang") && i + 1 < rawArgs.size())
            lang = rawArgs.at(i + 1);
        else if (rawArgs.at(i).startsWith(QLatin1String("--lang=")))
            lang = rawArgs.at(i).mid(7);
    }
    installTranslations(&app, lang);

    // Our categories speak at info and above unless QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Browse and clean up Harbor container registries."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("URL"),
        QStringLiteral("open this registry (creates or selects its profile)"), QStringLiteral("[URL]"));
    const QCommandLineOption urlOpt(
        {QStringLiteral("u"), QStringLiteral("url")}, QStringLiteral("Registry URL."), QStringLiteral("URL"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"), QStringLiteral("Username (robot$project+name)."), QStringLiteral("NAME"));
    const QCommandLineOption stdinOpt(QStringLiteral("password-stdin"),
        QStringLiteral("Read the secret from the first line of stdin; kept for this session only."));
    const QCommandLineOption profileOpt({QStringLiteral("p"), QStringLiteral("profile")},
        QStringLiteral("Open only this saved profile."), QStringLiteral("NAME"));
    const QCommandLineOption selectOpt(
        QStringLiteral("select"), QStringLiteral("Expand to and select project/repo[:tag]."), QStringLiteral("REF"));
    const QCommandLineOption listOpt(
        QStringLiteral("list-and-exit"), QStringLiteral("Self-test: print the first registry's projects, then exit."));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once loading settles, then exit."), QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
        QStringLiteral("Interface language, e.g. zh_CN or en (default: the system locale)."), QStringLiteral("code"));
    const QCommandLineOption timingOpt(QStringLiteral("report-startup"),
        QStringLiteral("Print start-up timings (first window, projects listed) as JSON on stderr once loading "
                       "settles, then exit."));
    const QCommandLineOption inspectTimingOpt(QStringLiteral("report-inspect"),
        QStringLiteral("With --select: show the selected row's Contents, then again from the cache, print both "
                       "timings as JSON on stderr, then exit."));
    for (const auto &o :
        {urlOpt, userOpt, stdinOpt, profileOpt, selectOpt, listOpt, shotOpt, langOpt, timingOpt, inspectTimingOpt})
        p.addOption(o);
    p.process(app);

    QString url = p.value(urlOpt);
    if (url.isEmpty() && !p.positionalArguments().isEmpty())
        url = p.positionalArguments().first();
    // Read the secret before anything else touches stdin; it never goes into argv or the environment.
    const QString secret = p.isSet(stdinOpt) ? readSecretFromStdin() : QString();

    ProfileStore profiles;
    KeychainCredentialStore keychain;
    MainWindow window(&profiles, &keychain);
    QuitOnSignal quitOnSignal; // after the window: gone before it, so a late signal kills
    window.show();
    const qint64 firstWindowMs = sinceStart.elapsed();

    RegistrySessions *sessions = window.sessions();
    if (!url.isEmpty()) {
        const RegistryUrl normal = normalizeRegistryUrl(url);
        if (!normal.isValid()) {
            std::fprintf(stderr, "berth: %s\n", qPrintable(normal.error));
            return 2;
        }
        const QString user = p.value(userOpt);
        // A saved account keeps its kind and its trust (CA file, pin); a new one is only an
        // address and a name, and whether it is a robot is Harbor's to say, not the name's.
        const std::optional<Profile> existing = profiles.findByUrlAndUser(normal.url, user);
        if (existing && secret.isEmpty()) {
            sessions->open(*existing);
        } else if (existing) {
            sessions->openWithSecret(*existing, secret);
        } else {
            Profile account = ConnectionFactory::sessionAccount(normal.url, user);
            account.name = ProfileStore::defaultNameFor(normal.url);
            // Its row appears once the server has said what it is: open it then, as below.
            QObject::connect(sessions, &RegistrySessions::opened, &window, [&window, model = window.model()] {
                if (model->rowCount() == 1)
                    window.treeView()->expand(window.proxy()->mapFromSource(model->index(0, 0)));
            });
            sessions->openDetecting(account, secret);
        }
    } else if (p.isSet(profileOpt)) {
        const auto prof = profiles.find(p.value(profileOpt));
        if (!prof) {
            std::fprintf(stderr, "berth: no profile named %s\n", qPrintable(p.value(profileOpt)));
            return 8;
        }
        sessions->open(*prof);
    } else {
        sessions->openAllSaved();
    }

    RegistryTreeModel *model = window.model();
    // Open the first registry so the user sees projects straight away.
    if (model->rowCount() > 0)
        window.treeView()->expand(window.proxy()->mapFromSource(model->index(0, 0)));
    if (p.isSet(selectOpt))
        window.revealWhenLoaded(p.value(selectOpt));
    if (p.isSet(inspectTimingOpt)) {
        if (!p.isSet(selectOpt)) {
            std::fprintf(stderr, "berth: --report-inspect needs --select REF\n");
            return 2;
        }
        reportInspectTimings(&window, p.value(shotOpt));
    }

    const bool listAndExit = p.isSet(listOpt);
    const QString shot = p.value(shotOpt);
    const bool timing = p.isSet(timingOpt);
    // With --report-inspect, the screenshot shows the contents and is taken there.
    if (listAndExit || (!shot.isEmpty() && !p.isSet(inspectTimingOpt)) || timing) {
        auto *settle = new QTimer(&app);
        settle->setInterval(300);
        int *quietTicks = new int(0);
        QObject::connect(&app, &QObject::destroyed, [quietTicks] { delete quietTicks; });
        QObject::connect(settle, &QTimer::timeout, &app, [=, &window, &sinceStart] {
            // Done when nothing has been loading for two ticks in a row.
            *quietTicks = model->isLoading() ? 0 : *quietTicks + 1;
            if (*quietTicks < 2)
                return;
            settle->stop();
            int code = 0;
            if (timing)
                std::fprintf(stderr, "{\"first_window_ms\": %lld, \"settled_ms\": %lld}\n",
                    static_cast<long long>(firstWindowMs), static_cast<long long>(sinceStart.elapsed()));
            if (listAndExit) {
                const QModelIndex reg = model->index(0, 0);
                int projects = 0;
                for (int i = 0; i < model->rowCount(reg); ++i) {
                    const QModelIndex c = model->index(i, 0, reg);
                    if (NodeKind(c.data(KindRole).toInt()) == NodeKind::Project) {
                        printLine(model->node(c)->name);
                        ++projects;
                    } else if (NodeKind(c.data(KindRole).toInt()) == NodeKind::Error) {
                        std::fprintf(stderr, "berth: %s\n", qPrintable(c.data(ErrorTextRole).toString()));
                        code = 1;
                    }
                }
                if (projects == 0 && code == 0)
                    code = 1;
            }
            if (!shot.isEmpty()) {
                if (!window.grab().save(shot)) {
                    std::fprintf(stderr, "berth: could not write %s\n", qPrintable(shot));
                    code = 1;
                } else {
                    printLine(shot);
                }
            }
            QCoreApplication::exit(code);
        });
        // Give the first fetches a moment to start before watching for quiet.
        QTimer::singleShot(200, settle, qOverload<>(&QTimer::start));
    }
    return QApplication::exec();
}
