#pragma once

#include "api/HarborClient.h"
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
    QPointer<HarborClient> client;
    DiagnosisContext diagnosis; // what is known about the credentials, for explanations
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

protected:
    // Never silently anonymous: with credentials, one users/current probe decides first. Rejected
    // credentials end the command with exit 3 (after onRejected, if given) before anything else
    // is sent.
    void verifyThen(std::function<void()> next, std::function<void(const ApiError &)> onRejected = {});
    // The diagnosis's words for a failure, on stderr.
    void explain(const ApiError &error, const QString &targetProject = {}, const QString &neededPermission = {});
    DiagnosisContext diagnosisFor(const QString &targetProject, const QString &neededPermission = {}) const;

    CliContext &m_ctx;
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
    void fail(int code, const QString &message);
    static QString caFileMessage(const QString &profileName, const QString &problem);

    CliContext &m_ctx;
    Profile m_account; // the saved profile, or one made of --url and --user
    ConnectionFactory::Tuning m_tuning;
};

} // namespace berth
