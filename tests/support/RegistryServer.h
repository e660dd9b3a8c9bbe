#pragma once

#include <memory>
#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs Debian's docker-registry (CNCF distribution 2.8, the registry Harbor ships) for a test:
// 127.0.0.1 on a free port, storage in a temporary folder, deletes enabled (unless
// Options::deleteEnabled is false), no cache (so a
// garbage collection is seen at once after a restart), its log in a file beside the storage.
// Optional Basic auth through an htpasswd file (bcrypt, made by python3's crypt module with the
// password on stdin). Test code only; the product never links this.
//
// stop() then start() again keeps the storage (and tries the same port first), which is how a
// test runs a real garbage collection: distribution's docs say to stop the registry first.
class RegistryServer
{
public:
    struct Options
    {
        QString username; // non-empty: auth with this user (htpasswd, or the token server's)
        QByteArray password;
        // Token auth (docs/spec/auth/token.md): the registry challenges Bearer with a realm on
        // tools/oci-fixtures/token-server, which signs RS256 JWTs with a fresh self-signed
        // certificate (openssl). Needs username. The service is tokenService().
        bool tokenAuth = false;
        // storage.delete.enabled: off, every DELETE of a manifest or blob answers 405 UNSUPPORTED.
        bool deleteEnabled = true;
    };
    struct Result
    {
        int exitCode = -1; // -1: did not run or crashed
        QByteArray output; // stdout and stderr together
        QString errorString;
        bool ok() const { return exitCode == 0; }
    };

    RegistryServer() = default;
    ~RegistryServer();
    RegistryServer(const RegistryServer &) = delete;
    RegistryServer &operator=(const RegistryServer &) = delete;

    // Returns false with errorString() set (and the log's tail) when the registry did not answer
    // GET /v2/ in time. Retries with another port when the chosen one was taken meanwhile.
    bool start(const Options &options);
    bool start(); // no auth
    void stop(); // SIGTERM, wait, then kill
    bool isRunning() const;

    QUrl url() const { return m_url; } // "http://127.0.0.1:PORT" (no path)
    QString hostPort() const; // "127.0.0.1:PORT", for docker:// references
    quint16 port() const { return m_port; }
    QString storageDir() const;
    QString configPath() const;
    QString logPath() const;
    QByteArray log() const;
    QString errorString() const { return m_error; }

    // `docker-registry garbage-collect [--dry-run] [--delete-untagged] CONFIG`.
    Result garbageCollect(bool dryRun, bool deleteUntagged) const;
    // Sum of the blob data files (layers, configs and manifests) in the storage.
    qint64 storageBytes() const;

    // tools/oci-fixtures pushed to this registry: `--repo prefix [--only names] --out FILE`, plus
    // `extraArgs`. The --out JSON is read into `record` when the push succeeded. The password,
    // when given, goes through OCI_FIXTURES_PASSWORD, never argv.
    Result pushFixtures(const QString &prefix, const QStringList &names = {}, QJsonObject *record = nullptr,
        const QStringList &extraArgs = {}, const QByteArray &password = {}) const;

    QUrl tokenRealm() const { return m_realm; } // with tokenAuth
    static QString tokenService() { return QStringLiteral("berth-test-registry"); }

    static QString binaryPath(); // $DOCKER_REGISTRY, else docker-registry on PATH
    static QString fixturesTool(); // $BERTH_SOURCE_DIR/tools/oci-fixtures/oci-fixtures
    static Result run(const QString &program, const QStringList &args, int timeoutMs = 120000,
        const QByteArray &stdinData = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

private:
    bool writeConfig(quint16 port, QString *error);
    bool writeHtpasswd(const Options &options, QString *error);
    bool startTokenServer(const Options &options, QString *error);
    void stopProcess(std::unique_ptr<QProcess> &process);
    bool startOn(quint16 port, bool *portTaken);
    bool answersV2() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QProcess> m_tokenServer;
    QUrl m_realm;
    Options m_options;
    QByteArray m_httpSecret;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_error;
};
