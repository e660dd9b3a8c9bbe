// harbor-sim: a standalone Harbor REST API emulator for tests. See README.md.
#include "httpserver.h"
#include "model.h"
#include "simulator.h"
#include "synthetic.h"

#include <csignal>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    const ssize_t ignored = ::write(g_signalFd[0], &c, 1);
    (void)ignored;
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return false;
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &sa, nullptr) == 0 && sigaction(SIGINT, &sa, nullptr) == 0;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "harbor-sim: %s\n", qPrintable(message));
    std::exit(2);
}

bool parseListen(const QString &value, sim::Options *o)
{
    static const QRegularExpression re(QStringLiteral("^(\\[[^\\]]+\\]|[^:]+):(\\d+)$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    QString host = m.captured(1);
    bool ok = false;
    const uint port = m.captured(2).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    o->port = quint16(port);
    o->listenHost = host;
    if (host == QLatin1String("localhost")) {
        o->address = QHostAddress(QHostAddress::LocalHost);
    } else {
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        if (!o->address.setAddress(host))
            return false;
    }
    return true;
}

// The server side of a TLS configuration: chainPem holds the server's certificate first, then
// any issuers to send with it (QSslConfiguration::setLocalCertificateChain).
bool configureTls(const QByteArray &chainPem, const QByteArray &keyPem, QSslConfiguration *config, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(chainPem, QSsl::Pem);
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || privateKey.isNull()) {
        *error = QStringLiteral("certificate or key does not load");
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(privateKey);
    config->setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

bool makeCertificate(QTemporaryDir &dir, QSslConfiguration *config, QByteArray *certPem, QString *error)
{
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost"), QStringLiteral("-keyout"), key,
            QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    QFile cf(cert), kf(key);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the generated certificate");
        return false;
    }
    *certPem = cf.readAll();
    return configureTls(*certPem, kf.readAll(), config, error);
}

// --cert/--key: serve a given certificate chain, e.g. a leaf signed by a test CA.
bool loadCertificate(
    const QString &certFile, const QString &keyFile, QSslConfiguration *config, QByteArray *certPem, QString *error)
{
    QFile cf(certFile), kf(keyFile);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return false;
    }
    *certPem = cf.readAll();
    return configureTls(*certPem, kf.readAll(), config, error);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbor-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Harbor REST API emulator (test fixture)."));
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address:port (127.0.0.1:0)."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption generateOpt(
        QStringLiteral("generate"), QStringLiteral("projects=P,repos=R,tags=T."), QStringLiteral("SPEC"));
    const QCommandLineOption tlsOpt(
        QStringLiteral("tls"), QStringLiteral("Serve HTTPS (a generated certificate, or --cert/--key)."));
    const QCommandLineOption certOutOpt(
        QStringLiteral("cert-out"), QStringLiteral("Write the PEM certificate here."), QStringLiteral("FILE"));
    const QCommandLineOption certOpt(QStringLiteral("cert"),
        QStringLiteral("With --tls: serve this PEM certificate chain (server first) instead of generating one."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"), QStringLiteral("With --cert: the PEM private key."), QStringLiteral("FILE"));
    const QCommandLineOption prefixOpt(QStringLiteral("robot-prefix"), QStringLiteral("Robot name prefix."),
        QStringLiteral("P"), QStringLiteral("robot$"));
    const QCommandLineOption authModeOpt(QStringLiteral("auth-mode"), QStringLiteral("db_auth | oidc_auth."),
        QStringLiteral("MODE"), QStringLiteral("db_auth"));
    const QCommandLineOption delayOpt(QStringLiteral("auth-fail-delay"), QStringLiteral("Seconds (default 1.5)."),
        QStringLiteral("SECONDS"), QStringLiteral("1.5"));
    const QCommandLineOption readOnlyOpt(QStringLiteral("read-only"), QStringLiteral("Start in read-only mode."));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"), QStringLiteral("Fault JSON (repeatable)."), QStringLiteral("JSON"));
    const QCommandLineOption logOpt(
        QStringLiteral("log"), QStringLiteral("Request log (JSON lines)."), QStringLiteral("FILE"));
    const QCommandLineOption portFileOpt(
        QStringLiteral("port-file"), QStringLiteral("Write the port here."), QStringLiteral("FILE"));
    const QCommandLineOption backendOpt(QStringLiteral("registry-backend"),
        QStringLiteral("Pass /v2/ to this docker-registry (http://127.0.0.1:PORT, no auth of its own)."),
        QStringLiteral("URL"));
    const QCommandLineOption syntheticOpt(QStringLiteral("synthetic-content"),
        QStringLiteral("Serve deterministic synthetic manifests and configs on /v2/ (artifact digests change)."));
    const QCommandLineOption versionOpt(QStringLiteral("harbor-version"),
        QStringLiteral("The Harbor version to be (systeminfo; v2.12+ serves GET /projects/{p}/artifacts)."),
        QStringLiteral("VERSION"), QStringLiteral("v2.11.0-harbor-sim"));
    parser.addOptions({listenOpt, seedOpt, generateOpt, tlsOpt, certOutOpt, certOpt, keyOpt, prefixOpt, authModeOpt,
        delayOpt, readOnlyOpt, faultOpt, logOpt, portFileOpt, backendOpt, syntheticOpt, versionOpt});
    parser.process(app);

    sim::Options options;
    if (!parseListen(parser.value(listenOpt), &options))
        fail(QStringLiteral("bad --listen value: ") + parser.value(listenOpt));
    options.tls = parser.isSet(tlsOpt);
    options.certOut = parser.value(certOutOpt);
    if (parser.isSet(certOpt) != parser.isSet(keyOpt) || (parser.isSet(certOpt) && !options.tls))
        fail(QStringLiteral("--cert and --key go together, with --tls"));
    options.robotPrefix = parser.value(prefixOpt);
    if (options.robotPrefix.trimmed().isEmpty())
        fail(QStringLiteral("--robot-prefix must not be empty"));
    options.authMode = parser.value(authModeOpt);
    if (options.authMode != QLatin1String("db_auth") && options.authMode != QLatin1String("oidc_auth"))
        fail(QStringLiteral("--auth-mode must be db_auth or oidc_auth"));
    bool ok = false;
    options.authFailDelay = parser.value(delayOpt).toDouble(&ok);
    if (!ok || options.authFailDelay < 0)
        fail(QStringLiteral("bad --auth-fail-delay"));
    options.readOnly = parser.isSet(readOnlyOpt);
    options.harborVersion = parser.value(versionOpt);
    if (!sim::harborVersionAtLeast(options.harborVersion, 2, 0))
        fail(QStringLiteral("bad --harbor-version (vMAJOR.MINOR.PATCH)"));
    for (const QString &f : parser.values(faultOpt)) {
        const QJsonDocument doc = QJsonDocument::fromJson(f.toUtf8());
        sim::Fault parsed;
        QString err;
        if (!doc.isObject() || !sim::Simulator::parseFault(doc.object(), &parsed, &err))
            fail(QStringLiteral("bad --fault %1 %2").arg(f, err));
        options.faults.append(doc.object());
    }
    options.logFile = parser.value(logOpt);
    options.portFile = parser.value(portFileOpt);
    if (parser.isSet(backendOpt)) {
        const QUrl url(parser.value(backendOpt), QUrl::StrictMode);
        const QHostAddress host(url.host());
        const bool loopback = url.host() == QLatin1String("localhost") || host.isLoopback();
        if (!url.isValid() || url.scheme() != QLatin1String("http") || !loopback || url.port() <= 0
            || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            fail(QStringLiteral("--registry-backend expects http://127.0.0.1:PORT (loopback only)"));
        options.registryBackend = url;
    }

    options.syntheticContent = parser.isSet(syntheticOpt);
    if (options.syntheticContent && options.registryBackend.isValid())
        fail(QStringLiteral("--synthetic-content and --registry-backend are exclusive: with a backend, all content "
                            "comes from pushes"));

    if (parser.isSet(seedOpt) && parser.isSet(generateOpt))
        fail(QStringLiteral("--seed and --generate are exclusive"));
    sim::Dataset dataset;
    if (parser.isSet(generateOpt)) {
        static const QRegularExpression re(QStringLiteral("^projects=(\\d+),repos=(\\d+),tags=(\\d+)$"));
        const auto m = re.match(parser.value(generateOpt));
        if (!m.hasMatch())
            fail(QStringLiteral("--generate expects projects=P,repos=R,tags=T"));
        QElapsedTimer t;
        t.start();
        dataset = sim::generateDataset(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        std::fprintf(stderr, "harbor-sim: generated %lld tags in %lld ms\n",
            qlonglong(m.captured(1).toLongLong() * m.captured(2).toLongLong() * m.captured(3).toLongLong()),
            qlonglong(t.elapsed()));
    } else {
        QFile f(parser.isSet(seedOpt) ? parser.value(seedOpt) : QStringLiteral(":/harbor-sim/demo.json"));
        if (!f.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read seed ") + f.fileName());
        QString err;
        if (!sim::loadSeed(f.readAll(), &dataset, &err))
            fail(err);
    }

    if (options.registryBackend.isValid()) {
        // Content comes from pushes only: keep the seed's accounts, projects and rules, not its
        // synthetic repositories and artifacts.
        for (sim::ProjectRec &p : dataset.projects) {
            p.repos.clear();
            p.reindex();
        }
    }

    if (options.syntheticContent) {
        QElapsedTimer t;
        t.start();
        const int artifacts = sim::synthetic::apply(&dataset);
        std::fprintf(
            stderr, "harbor-sim: synthetic content for %d artifacts in %lld ms\n", artifacts, qlonglong(t.elapsed()));
    }

    QTemporaryDir certDir;
    QSslConfiguration tlsConfig;
    if (options.tls) {
        QByteArray pem;
        QString err;
        const bool ready = parser.isSet(certOpt)
            ? loadCertificate(parser.value(certOpt), parser.value(keyOpt), &tlsConfig, &pem, &err)
            : certDir.isValid() && makeCertificate(certDir, &tlsConfig, &pem, &err);
        if (!ready)
            fail(err);
        if (!options.certOut.isEmpty()) {
            QFile out(options.certOut);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(pem) != pem.size())
                fail(QStringLiteral("cannot write ") + options.certOut);
        }
    }

    if (!installSignalHandlers())
        fail(QStringLiteral("cannot install signal handlers"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        const ssize_t ignored = ::read(g_signalFd[1], &c, 1);
        (void)ignored;
        QCoreApplication::quit();
    });

    sim::Simulator simulator(options, dataset);
    sim::HttpServer server;
    server.setHandler([&simulator](sim::HttpConnection *c, const sim::HttpRequest &r) { simulator.handle(c, r); });
    QString err;
    if (!server.listen(options.address, options.port, options.tls ? &tlsConfig : nullptr, &err))
        fail(QStringLiteral("cannot listen on %1: %2").arg(parser.value(listenOpt), err));
    if (!options.portFile.isEmpty()) {
        QFile pf(options.portFile + QStringLiteral(".tmp"));
        if (!pf.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write ") + options.portFile);
        pf.write(QByteArray::number(server.port()) + '\n');
        pf.close();
        QFile::remove(options.portFile);
        if (!pf.rename(options.portFile))
            fail(QStringLiteral("cannot write ") + options.portFile);
    }
    QString shownHost = options.listenHost;
    std::printf(
        "listening on %s://%s:%u\n", options.tls ? "https" : "http", qPrintable(shownHost), unsigned(server.port()));
    std::fflush(stdout);
    const int rc = app.exec();
    std::fprintf(stderr, "harbor-sim: stopped\n");
    return rc;
}
