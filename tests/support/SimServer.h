#pragma once

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs tools/harbor-sim for a test: a real process on loopback, started with --port-file, and
// its control endpoints (/_sim/...) for reset, faults, state and the request log. Test code
// only; the product never links this.
class SimServer
{
public:
    SimServer() = default;
    ~SimServer();

    // Extra command-line options, e.g. {"--auth-fail-delay", "0"}. Returns false with
    // errorString() set when the simulator did not come up.
    bool start(const QStringList &options = {});
    void stop();

    QUrl url() const { return m_url; } // "http://127.0.0.1:PORT/"
    QUrl localhostUrl() const; // same port, host "localhost": another origin
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    QString certificatePath() const; // with --tls

    // Control endpoints; synchronous for test convenience (their own short event loop: test
    // code only).
    bool reset();
    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    bool clearLog();
    QJsonArray log();
    int requestCount(const QString &method); // API requests with this method in log(), control requests aside
    QJsonObject state();
    QJsonObject push(const QString &repository, const QString &tag, const QString &digest = {});
    bool configure(const QJsonObject &config);

    // Convenience over state(): the tags in one repository (full name), sorted.
    QStringList tagsOf(const QString &repository);
    QStringList digestsOf(const QString &repository);

    static QString binaryPath();

private:
    QByteArray control(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, int *status = nullptr);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_error;
    bool m_tls = false;
};
