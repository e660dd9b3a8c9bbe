#include "ProxyServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

namespace {

// A port the kernel just called free; start() tries again when tinyproxy finds it taken.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString binaryPath()
{
    const QByteArray env = qgetenv("TINYPROXY");
    return env.isEmpty() ? QStringLiteral("/usr/bin/tinyproxy") : QString::fromLocal8Bit(env);
}

} // namespace

ProxyServer::~ProxyServer()
{
    stop();
}

QString ProxyServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QByteArray ProxyServer::url(const QString &user, const QString &password) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    if (!user.isEmpty()) {
        u.setUserName(user);
        u.setPassword(password);
    }
    return u.toEncoded();
}

bool ProxyServer::start(const Options &options)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        bool taken = false;
        if (startOn(freePort(), options, &taken))
            return true;
        if (!taken)
            return false;
    }
    return false;
}

bool ProxyServer::startOn(quint16 port, const Options &options, bool *portTaken)
{
    *portTaken = false;
    if (port == 0) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    const QString logPath = m_dir->filePath(QStringLiteral("tinyproxy.log"));
    QFile::remove(logPath);
    QByteArray conf;
    conf += "Port " + QByteArray::number(port) + "\n";
    conf += "Listen 127.0.0.1\nAllow 127.0.0.1\n";
    conf += "LogFile \"" + QFile::encodeName(logPath) + "\"\nLogLevel Info\n";
    conf += "MaxClients 50\nTimeout 60\nDisableViaHeader Yes\n";
    for (quint16 p : options.connectPorts)
        conf += "ConnectPort " + QByteArray::number(p) + "\n";
    if (!options.user.isEmpty())
        conf += "BasicAuth " + options.user.toUtf8() + " " + options.password.toUtf8() + "\n";
    QFile f(m_dir->filePath(QStringLiteral("tinyproxy.conf")));
    if (!f.open(QIODevice::WriteOnly) || f.write(conf) != conf.size()) {
        m_error = QStringLiteral("cannot write the config");
        return false;
    }
    f.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binaryPath(), {QStringLiteral("-d"), QStringLiteral("-c"), f.fileName()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(binaryPath(), m_process->errorString());
        m_process.reset();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_process->state() != QProcess::Running) {
            const QByteArray out = m_process->readAll() + log();
            *portTaken = out.contains("Address already in use") || out.contains("Could not create listening");
            m_error = QStringLiteral("tinyproxy exited: %1").arg(QString::fromLocal8Bit(out.right(2000)));
            m_process.reset();
            return false;
        }
        if (log().contains("Accepting connections")) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(1000)) {
                probe.disconnectFromHost();
                m_port = port;
                // The probe's connection is logged; requests() starts after it.
                QThread::msleep(100);
                clearRequests();
                return true;
            }
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("tinyproxy did not start listening on %1").arg(port);
    stop();
    return false;
}

void ProxyServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QByteArray ProxyServer::log() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(QStringLiteral("tinyproxy.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void ProxyServer::clearRequests()
{
    m_logOffset = log().size();
}

QStringList ProxyServer::requests() const
{
    QStringList lines;
    static const QByteArray marker("]: Request (file descriptor ");
    for (const QByteArray &line : log().mid(m_logOffset).split('\n')) {
        const int at = line.indexOf(marker);
        if (at < 0)
            continue;
        const int colon = line.indexOf("): ", at);
        if (colon >= 0)
            lines << QString::fromLatin1(line.mid(colon + 3)).trimmed();
    }
    return lines;
}
