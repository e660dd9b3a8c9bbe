#include "RegistryServer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {

// A port the kernel just called free. Another process may take it before the registry binds:
// start() notices (the registry exits with "address already in use") and tries again.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

RegistryServer::~RegistryServer()
{
    stop();
}

QString RegistryServer::binaryPath()
{
    const QByteArray env = qgetenv("DOCKER_REGISTRY");
    return env.isEmpty() ? QStringLiteral("docker-registry") : QString::fromLocal8Bit(env);
}

QString RegistryServer::fixturesTool()
{
    return QString::fromLocal8Bit(qgetenv("BERTH_SOURCE_DIR")) + QStringLiteral("/tools/oci-fixtures/oci-fixtures");
}

QString RegistryServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString RegistryServer::storageDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("storage")) : QString();
}

QString RegistryServer::configPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("config.yml")) : QString();
}

QString RegistryServer::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("registry.log")) : QString();
}

QByteArray RegistryServer::log() const
{
    QFile f(logPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool RegistryServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool RegistryServer::writeConfig(quint16 port, QString *error)
{
    // Keys: distribution 2.8 docs/configuration.md. No storage.cache: with Debian's
    // "blobdescriptor: inmemory" a registry may report blobs a garbage collection removed.
    QByteArray yaml = "version: 0.1\n"
                      "log:\n  level: info\n  formatter: text\n"
                      "storage:\n"
                      "  filesystem:\n    rootdirectory: "
        + storageDir().toUtf8()
        + "\n"
          "  delete:\n    enabled: "
        + QByteArray(m_options.deleteEnabled ? "true" : "false")
        + "\n"
          "  maintenance:\n    uploadpurging:\n      enabled: false\n"
          "http:\n  addr: 127.0.0.1:"
        + QByteArray::number(port)
        + "\n"
          "  secret: "
        + m_httpSecret
        + "\n"
          "  headers:\n    X-Content-Type-Options: [nosniff]\n";
    if (m_options.tokenAuth)
        yaml += "auth:\n  token:\n    realm: " + m_realm.toString().toUtf8()
            + "\n    service: " + tokenService().toUtf8() + "\n    issuer: berth-test-issuer\n    rootcertbundle: "
            + m_dir->filePath(QStringLiteral("token-cert.pem")).toUtf8() + "\n";
    else if (!m_options.username.isEmpty())
        yaml += "auth:\n  htpasswd:\n    realm: berth-test-registry\n    path: "
            + m_dir->filePath(QStringLiteral("htpasswd")).toUtf8() + "\n";
    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(yaml) != yaml.size()) {
        *error = QStringLiteral("cannot write %1").arg(configPath());
        return false;
    }
    return true;
}

bool RegistryServer::writeHtpasswd(const Options &options, QString *error)
{
    // distribution's htpasswd accepts bcrypt only; the lowest cost keeps each request fast.
    // -W ignore: crypt warns that it is deprecated (it is still in Debian 12's Python 3.11).
    const QString script = QStringLiteral("import crypt, sys\n"
                                          "pw = sys.stdin.buffer.read().decode()\n"
                                          "print(crypt.crypt(pw, crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))\n");
    const Result r = run(QStringLiteral("python3"),
        {QStringLiteral("-W"), QStringLiteral("ignore"), QStringLiteral("-c"), script}, 30000, options.password);
    const QByteArray hash = r.output.trimmed();
    if (!r.ok() || !hash.startsWith("$2")) {
        *error = QStringLiteral("cannot make a bcrypt hash with python3: %1").arg(QString::fromLocal8Bit(r.output));
        return false;
    }
    QFile f(m_dir->filePath(QStringLiteral("htpasswd")));
    const QByteArray line = options.username.toUtf8() + ':' + hash + '\n';
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(line) != line.size()) {
        *error = QStringLiteral("cannot write the htpasswd file");
        return false;
    }
    return true;
}

bool RegistryServer::start()
{
    return start(Options());
}

bool RegistryServer::start(const Options &options)
{
    stop();
    m_error.clear();
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("no temporary folder: %1").arg(m_dir->errorString());
            return false;
        }
        QDir().mkpath(storageDir());
        m_httpSecret = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    }
    m_options = options;
    if (options.tokenAuth) {
        if (options.username.isEmpty()) {
            m_error = QStringLiteral("token auth needs a username");
            return false;
        }
        if (!startTokenServer(options, &m_error))
            return false;
    } else if (!options.username.isEmpty() && !writeHtpasswd(options, &m_error)) {
        return false;
    }
    quint16 port = m_port; // after stop(): the same URL again if the port is still free
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (port == 0)
            port = freePort();
        if (port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        bool taken = false;
        if (startOn(port, &taken))
            return true;
        if (!taken)
            return false;
        port = 0;
    }
    m_error = QStringLiteral("every port tried was taken");
    return false;
}

bool RegistryServer::startOn(quint16 port, bool *portTaken)
{
    *portTaken = false;
    if (!writeConfig(port, &m_error))
        return false;
    const qint64 logStart = QFileInfo(logPath()).size();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->start(binaryPath(), {QStringLiteral("serve"), configPath()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(binaryPath(), m_process->errorString());
        m_process.reset();
        return false;
    }
    m_port = port;
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        if (m_process->state() == QProcess::NotRunning || m_process->waitForFinished(0)) {
            const QByteArray tail = log().mid(logStart);
            *portTaken = tail.contains("address already in use");
            m_error = QStringLiteral("docker-registry exited early: %1").arg(QString::fromLocal8Bit(tail.right(2000)));
            m_process.reset();
            return false;
        }
        if (answersV2())
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("docker-registry did not answer GET /v2/ in time: %1")
                  .arg(QString::fromLocal8Bit(log().mid(logStart).right(2000)));
    stop();
    return false;
}

bool RegistryServer::answersV2() const
{
    // Blocking socket calls, no event loop: test set-up only.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(500))
        return false;
    socket.write("GET /v2/ HTTP/1.0\r\nHost: " + hostPort().toLatin1() + "\r\n\r\n");
    QByteArray head;
    while (!head.contains("\r\n") && socket.waitForReadyRead(1000))
        head += socket.readAll();
    // 200 without auth, 401 with: either way the registry is serving.
    return head.startsWith("HTTP/1.1 200") || head.startsWith("HTTP/1.1 401") || head.startsWith("HTTP/1.0 200")
        || head.startsWith("HTTP/1.0 401");
}

bool RegistryServer::startTokenServer(const Options &options, QString *error)
{
    const QString key = m_dir->filePath(QStringLiteral("token-key.pem"));
    const QString cert = m_dir->filePath(QStringLiteral("token-cert.pem"));
    const Result made = run(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=berth-test-token-issuer")});
    if (!made.ok()) {
        *error = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(made.output));
        return false;
    }
    const QString portFile = m_dir->filePath(QStringLiteral("token-port"));
    QFile::remove(portFile);
    m_tokenServer = std::make_unique<QProcess>();
    m_tokenServer->setStandardOutputFile(logPath(), QIODevice::Append);
    m_tokenServer->setStandardErrorFile(logPath(), QIODevice::Append);
    m_tokenServer->start(QStringLiteral("python3"),
        {QString::fromLocal8Bit(qgetenv("BERTH_SOURCE_DIR")) + QStringLiteral("/tools/oci-fixtures/token-server"),
            QStringLiteral("--port-file"), portFile, QStringLiteral("--key"), key, QStringLiteral("--cert"), cert,
            QStringLiteral("--issuer"), QStringLiteral("berth-test-issuer"), QStringLiteral("--service"),
            tokenService(), QStringLiteral("--username"), options.username});
    if (!m_tokenServer->waitForStarted(10000)) {
        *error = QStringLiteral("could not start the token server: %1").arg(m_tokenServer->errorString());
        return false;
    }
    // The password on stdin, never in argv.
    m_tokenServer->write(options.password + '\n');
    m_tokenServer->closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const uint port = f.readAll().trimmed().toUInt();
            if (port > 0 && port < 65536) {
                m_realm = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port));
                return true;
            }
        }
        if (m_tokenServer->waitForFinished(50)) {
            *error = QStringLiteral("the token server exited: %1").arg(QString::fromLocal8Bit(log().right(2000)));
            return false;
        }
    }
    *error = QStringLiteral("the token server did not write its port in time");
    return false;
}

void RegistryServer::stopProcess(std::unique_ptr<QProcess> &process)
{
    if (process && process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    process.reset();
}

void RegistryServer::stop()
{
    stopProcess(m_process);
    stopProcess(m_tokenServer);
}

RegistryServer::Result RegistryServer::run(const QString &program, const QStringList &args, int timeoutMs,
    const QByteArray &stdinData, const QProcessEnvironment &env)
{
    Result r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.errorString = QStringLiteral("could not start %1: %2").arg(program, p.errorString());
        return r;
    }
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.output = p.readAll();
        r.errorString = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
        return r;
    }
    r.output = p.readAll();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (!r.ok())
        r.errorString = QStringLiteral("%1 exited with %2").arg(program).arg(r.exitCode);
    return r;
}

RegistryServer::Result RegistryServer::garbageCollect(bool dryRun, bool deleteUntagged) const
{
    QStringList args {QStringLiteral("garbage-collect")};
    if (dryRun)
        args << QStringLiteral("--dry-run");
    if (deleteUntagged)
        args << QStringLiteral("--delete-untagged");
    args << configPath();
    return run(binaryPath(), args);
}

qint64 RegistryServer::storageBytes() const
{
    qint64 total = 0;
    const QString blobs = storageDir() + QStringLiteral("/docker/registry/v2/blobs");
    QDirIterator it(blobs, {QStringLiteral("data")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

RegistryServer::Result RegistryServer::pushFixtures(const QString &prefix, const QStringList &names,
    QJsonObject *record, const QStringList &extraArgs, const QByteArray &password) const
{
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("pushed.json"));
    QStringList args {fixturesTool(), QStringLiteral("--registry"), m_url.toString(), QStringLiteral("--repo"), prefix,
        QStringLiteral("--out"), out};
    if (!names.isEmpty())
        args << QStringLiteral("--only") << names;
    args << extraArgs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isNull())
        env.insert(QStringLiteral("OCI_FIXTURES_PASSWORD"), QString::fromUtf8(password));
    Result r = run(QStringLiteral("python3"), args, 120000, {}, env);
    if (r.ok() && record) {
        QFile f(out);
        QJsonParseError error {};
        *record = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error).object() : QJsonObject();
        if (record->isEmpty()) {
            r.exitCode = -1;
            r.errorString = QStringLiteral("no --out record: %1").arg(error.errorString());
        }
    }
    return r;
}
