#pragma once

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "CliOptions.h"
#include "connection/ConnectionFactory.h"
#include "credentials/Profile.h"
#include "diagnosis/Diagnosis.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

namespace berth {

class CredentialStore;
class ProfileStore;

// Everything a command needs: the options, and once resolved, the client for the registry
// with its credentials (from the keychain or stdin; never argv or the environment).
struct CliContext
{
    CliOptions options;
    ProfileStore *profiles = nullptr;
    CredentialStore *store = nullptr;
    std::optional<Profile> profile; // when one was used
    ServerKind server = ServerKind::Harbor; // as saved, given (--server) or detected
    QPointer<ApiTransport> transport; // always, once resolved: sends every request
    QPointer<HarborClient> client; // Harbor only; null for a plain registry
    QPointer<RegistryClient> registry; // a plain registry's /v2/ client; null for Harbor
    // --url alone: the kind is not known yet; the first verifyThen() asks (api/ServerProbe) and a
    // plain registry's command takes over (Command::kindDetected).
    bool kindUnconfirmed = false;
    DiagnosisContext diagnosis; // what is known about the credentials, for explanations

    bool isPlainRegistry() const { return !registry.isNull(); }
};

// A command runs asynchronously on the main event loop and ends with finished(exitCode).
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_ctx(context)
    { }
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);
    // verifyThen() found a plain registry where Harbor was assumed: main() runs the registry's
    // command in this one's place (CliContext now holds the RegistryClient).
    void kindDetected();

protected:
    // Never silently anonymous: with credentials, one users/current probe decides first. Rejected
    // credentials end the command with exit 3 (after onRejected, if given) before anything else
    // is sent.
    // On a plain registry the GET /v2/ ping decides: 401 with credentials is credentials_rejected.
    void verifyThen(std::function<void()> next, std::function<void(const ApiError &)> onRejected = {});
    // --url alone and an argument only a plain registry's grammar accepts (a REF without a
    // project): ask what the server is first (GET only, no credential probe). On a plain registry
    // this command is replaced (kindDetected); on Harbor `harbor` runs.
    void confirmKindThen(std::function<void()> harbor);
    // A failure's diagnosis and exit code, on stderr; returns the exit code.
    int explainExit(const ApiError &error, const QString &targetProject = {}, const QString &neededPermission = {});
    // The diagnosis's words for a failure, on stderr.
    void explain(const ApiError &error, const QString &targetProject = {}, const QString &neededPermission = {});
    DiagnosisContext diagnosisFor(const QString &targetProject, const QString &neededPermission = {}) const;

    CliContext &m_ctx;

private:
    void verifyHarbor(std::function<void()> next, std::function<void(const ApiError &)> onRejected);
    void detectThen(std::function<void()> harbor);
};

// Builds CliContext::client from --profile / --url / --user / --password-stdin, through
// ConnectionFactory like the window.
class ConnectionResolver : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionResolver(CliContext &context, QObject *parent = nullptr);
    void resolve();

Q_SIGNALS:
    void resolved();
    void failed(int exitCode, const QString &message);

private:
    void connectWith(const QString &secret);
    void connected(const Connection &connection);
    // --url without --server: ask the server what it is (api/ServerProbe), then keep or reopen.
    void use(const Connection &connection);
    void fail(int code, const QString &message);
    static QString caFileMessage(const QString &profileName, const QString &problem);

    CliContext &m_ctx;
    Profile m_account; // the saved profile, or one made of --url and --user
    ConnectionFactory::Tuning m_tuning;
};

} // namespace berth
