#pragma once

#include <memory>
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// Runs Debian's tinyproxy (1.11, /usr/bin/tinyproxy) for a test: a real HTTP proxy on 127.0.0.1
// with a free port, its own config and log in a temporary directory, in the foreground (-d), so
// stop() ends it. Its log holds one "Request (file descriptor N): <request line>" per request it
// received: requests() returns those lines, so a test can tell a proxied request from a bypass.
// Config keys: tinyproxy.conf(5).
class ProxyServer
{
public:
    struct Options
    {
        QString user; // non-empty: BasicAuth user password (407 without them)
        QString password;
        QList<quint16> connectPorts; // ConnectPort lines: the only ports CONNECT may reach
    };

    ProxyServer() = default;
    ~ProxyServer();
    bool start(const Options &options = {});
    void stop();
    quint16 port() const { return m_port; }
    QString hostPort() const; // "127.0.0.1:PORT"
    // "http://[user:password@]127.0.0.1:PORT", as the environment variables hold a proxy.
    QByteArray url(const QString &user = {}, const QString &password = {}) const;
    QString errorString() const { return m_error; }
    // The request lines it received since the last clearRequests(): "GET http://h:p/path HTTP/1.1",
    // "CONNECT h:p HTTP/1.1".
    QStringList requests() const;
    void clearRequests();
    QByteArray log() const;

private:
    bool startOn(quint16 port, const Options &options, bool *portTaken);
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    qint64 m_logOffset = 0;
    QString m_error;
};
