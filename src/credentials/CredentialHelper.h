#pragma once

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace berth {

// What one docker-credential-<name> run came to.
struct CredentialHelperResult
{
    enum class Status {
        Found, // get: Username and Secret read; list: the map read
        NotFound, // the helper has nothing for this server ("credentials not found in native keychain")
        BadName, // the helper name is outside [A-Za-z0-9_.-]: nothing was run
        NotInstalled, // no docker-credential-<name> on PATH
        Timeout, // killed after the time limit
        Failed, // it ran and failed, or wrote something other than the protocol's JSON
    };
    Status status = Status::Failed;
    QString username; // get
    QString secret; // get; the caller wipes it (wipeString) once it is stored
    QMap<QString, QString> servers; // list: server URL -> user name
    QString message; // a plain sentence for every status but Found; never quotes the secret

    bool ok() const { return status == Status::Found; }
};

// The docker credential helper protocol (docker/docker-credential-helpers client/client.go):
// `docker-credential-<name> get` reads the server URL on stdin and answers
// {"ServerURL","Username","Secret"} on stdout; `list` answers {"<server URL>": "<user>"}. The
// program is found on PATH; the secret travels only through the pipe, never argv or a log.
// finished() comes exactly once, on a later event-loop turn, then the job deletes itself.
class CredentialHelperJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr qsizetype maxOutputBytes = 64 * 1024;

    static CredentialHelperJob *get(
        const QString &helper, const QString &serverUrl, QObject *parent = nullptr, int timeoutMs = defaultTimeoutMs);
    static CredentialHelperJob *list(
        const QString &helper, QObject *parent = nullptr, int timeoutMs = defaultTimeoutMs);

    static QString programFor(const QString &helper) { return QStringLiteral("docker-credential-") + helper; }

    ~CredentialHelperJob() override;

Q_SIGNALS:
    void finished(const berth::CredentialHelperResult &result);

private:
    enum class Operation { Get, List };
    CredentialHelperJob(Operation op, const QString &helper, QObject *parent);
    void start(const QString &serverUrl, int timeoutMs);
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(CredentialHelperResult result);
    void parseGet(CredentialHelperResult &result);
    void parseList(CredentialHelperResult &result);

    Operation m_op;
    QString m_helper;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    QByteArray m_stdout;
    QByteArray m_input;
    bool m_tooMuch = false;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace berth

Q_DECLARE_METATYPE(berth::CredentialHelperResult)
