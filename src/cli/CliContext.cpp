#include "CliContext.h"

#include "api/ServerProbe.h"
#include "connection/ConnectionFactory.h"
#include "core/CredentialHints.h"
#include "core/RegistryUrl.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretInput.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <QTimer>

namespace berth {

ConnectionResolver::ConnectionResolver(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{ }

void ConnectionResolver::fail(int code, const QString &message)
{
    QTimer::singleShot(0, this, [this, code, message] { Q_EMIT failed(code, message); });
}

void ConnectionResolver::resolve()
{
    const CliOptions &o = m_ctx.options;
    std::optional<Profile> profile;
    // "login --url … --profile NAME" names the profile it is about to save; it is no lookup.
    const bool namesNewProfile = o.command == QLatin1String("login") && !o.url.isEmpty();
    if (!o.profile.isEmpty() && !namesNewProfile) {
        profile = m_ctx.profiles->find(o.profile);
        if (!profile)
            return fail(ExitCredentials, tr("no profile named '%1' (see 'berthctl profiles')").arg(o.profile));
    } else if (o.url.isEmpty()) {
        profile = m_ctx.profiles->defaultProfile();
        if (!profile) {
            const int n = m_ctx.profiles->profiles().size();
            return fail(n == 0 ? ExitCredentials : ExitUsage,
                n == 0 ? tr("no registry: give --url, or save a profile with 'berthctl login'")
                       : tr("%1 profiles are saved; choose one with --profile").arg(n));
        }
    }

    if (profile) {
        m_account = *profile;
    } else {
        const RegistryUrl url = normalizeRegistryUrl(o.url);
        if (!url.isValid())
            return fail(ExitUsage, QStringLiteral("--url: %1").arg(url.error));
        m_account = ConnectionFactory::sessionAccount(url.url, o.user);
        // Logging in again to a saved profile keeps its trust settings, if it is the same registry.
        if (namesNewProfile) {
            if (const auto existing = m_ctx.profiles->find(o.profile); existing && existing->url == url.url) {
                m_account.caFile = existing->caFile;
                m_account.pinnedSha256 = existing->pinnedSha256;
                m_account.allowPlainHttp = existing->allowPlainHttp;
            }
        }
        if (!o.user.isEmpty() && !o.passwordStdin) {
            profile = m_ctx.profiles->findByUrlAndUser(url.url, o.user);
            // Its saved secret is this account's (the same keychain entry); read under its name.
            if (profile) {
                m_account.name = profile->name;
                m_account.secretSaved = profile->secretSaved;
                m_account.server = profile->server;
            }
        }
        // Without a saved profile or --server, the server says what it is, once the command's own
        // checks have passed (Command::verifyThen): a refused argument sends nothing at all.
        m_ctx.kindUnconfirmed = !profile && o.server.isEmpty();
    }
    if (!o.server.isEmpty())
        m_account.server = *serverKindFromName(o.server); // parseCliOptions checked the name
    if (!o.caFile.isEmpty()) {
        m_account.caFile = o.caFile; // absolute, and checked in main()
    } else if (const QString problem = ConnectionFactory::caFileProblem(m_account); !problem.isEmpty()) {
        // The profile's CA file: without it the trust the profile was saved with is gone.
        return fail(ExitTransport, caFileMessage(profile ? profile->name : o.profile, problem));
    }
    m_tuning.timeoutMs = o.timeoutSeconds * 1000;
    m_tuning.listConcurrency = o.concurrency;
    const ConnectionSettings settings = ConnectionFactory::settingsFor(m_account, m_tuning);
    m_ctx.profile = profile;
    m_ctx.diagnosis = credentialFacts(profile, settings.username);

    if (!settings.hasCredentials())
        return QTimer::singleShot(0, this, [this] { connectWith({}); });

    if (o.passwordStdin) {
        const QString secret = readSecretFromStdin();
        if (secret.isEmpty())
            return fail(ExitCredentials, tr("--password-stdin: no secret on standard input"));
        return QTimer::singleShot(0, this, [this, secret] { connectWith(secret); });
    }
    if (!profile)
        return fail(ExitCredentials,
            tr("no saved secret for %1 at %2: use --password-stdin, or 'berthctl login'")
                .arg(settings.username, settings.baseUrl.toString()));

    auto *connections = new ConnectionFactory(m_ctx.store, m_ctx.profiles, this);
    connections->openWithSavedSecret(
        m_account, parent(),
        [this](const Connection &c) {
            if (c.secretFailure) {
                const ProfileResult &r = *c.secretFailure;
                m_ctx.diagnosis.secretUnavailable = true;
                m_ctx.diagnosis.keyringSuspect = r.status != CredentialStatus::NotFound || m_ctx.profile->secretSaved;
                m_ctx.diagnosis.keyringMessage = r.message;
                Q_EMIT failed(ExitCredentials,
                    (causeId(Cause::KeyringLocked) + QStringLiteral(": %1%2"))
                        .arg(r.message, r.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.detail)));
                return;
            }
            connected(c);
        },
        ProfileSecrets::Retry::None, m_tuning);
}

QString ConnectionResolver::caFileMessage(const QString &profileName, const QString &problem)
{
    return tr("the CA file of profile '%1' cannot be used: %2").arg(profileName, problem);
}

void ConnectionResolver::connectWith(const QString &secret)
{
    connected(ConnectionFactory::open(m_account, secret, parent(), m_tuning));
}

void ConnectionResolver::connected(const Connection &c)
{
    if (!c.ok()) { // the CA file went away since resolve() looked
        Q_EMIT failed(
            ExitTransport, caFileMessage(m_ctx.profile ? m_ctx.profile->name : m_ctx.options.profile, c.caFileProblem));
        return;
    }
    use(c);
}

void ConnectionResolver::use(const Connection &c)
{
    bool tokenAsSecret = false;
    for (const CredentialHint &h : c.hints) {
        tokenAsSecret = tokenAsSecret || h.kind == HintKind::TokenAsSecret;
        if (h.kind != HintKind::WhitespaceTrimmed && h.kind != HintKind::PlainHttpRemote)
            Terminal::err(tr("warning: %1").arg(h.message));
    }
    m_ctx.diagnosis.secretLooksLikeToken = tokenAsSecret;
    m_ctx.server = m_account.server;
    m_ctx.transport = c.transport;
    m_ctx.client = c.client; // the client's copy of the secret is the only one
    if (!m_account.isHarbor()) {
        m_ctx.client = nullptr;
        m_ctx.registry = new RegistryClient(c.transport, c.transport);
        m_ctx.diagnosis.plainRegistry = true;
    }
    Q_EMIT resolved();
}

DiagnosisContext Command::diagnosisFor(const QString &targetProject, const QString &neededPermission) const
{
    // A verdict, when there is one, is verifyThen()'s at the start of this command: fresh.
    return diagnosisContext(
        m_ctx.diagnosis, targetProject, neededPermission, m_ctx.client ? &m_ctx.client->credentialVerdict() : nullptr);
}

void Command::explain(const ApiError &error, const QString &targetProject, const QString &neededPermission)
{
    Terminal::err(ErrorPresenter::terminalText(error, diagnosisFor(targetProject, neededPermission)));
}

int Command::explainExit(const ApiError &error, const QString &targetProject, const QString &neededPermission)
{
    const DiagnosisContext context = diagnosisFor(targetProject, neededPermission);
    Terminal::err(ErrorPresenter::terminalText(error, context));
    return exitCodeFor(error, ErrorPresenter::causeOf(error, context));
}

void Command::verifyThen(std::function<void()> next, std::function<void(const ApiError &)> onRejected)
{
    if (m_ctx.registry) {
        // A plain registry has no users/current: GET /v2/ with the credentials decides. Anonymous
        // is never assumed: a 401 ends the command, with or without credentials.
        m_ctx.registry->ping(this,
            [this, next = std::move(next), onRejected = std::move(onRejected)](
                const RegistryClient::Ping &, const ApiError &e) {
                if (!e)
                    return next();
                const int code = explainExit(e);
                if (onRejected)
                    onRejected(e);
                Q_EMIT finished(code);
            });
        return;
    }
    if (m_ctx.kindUnconfirmed && !m_ctx.client->settings().hasCredentials()) {
        // Anonymous: no credential probe to learn from, so ask what the server is first.
        detectThen([this, next, onRejected] { verifyHarbor(next, onRejected); });
        return;
    }
    verifyHarbor(std::move(next), std::move(onRejected));
}

void Command::confirmKindThen(std::function<void()> harbor)
{
    if (!m_ctx.kindUnconfirmed || m_ctx.registry)
        return harbor();
    detectThen(std::move(harbor));
}

void Command::detectThen(std::function<void()> harbor)
{
    m_ctx.kindUnconfirmed = false;
    detectServer(m_ctx.transport, this, [this, harbor](const ServerIdentity &identity, const ApiError &e) {
        if (e || identity.kind != ServerKind::Registry)
            return harbor(); // Harbor, or neither: the Harbor path reports what fails, as before
        // A plain registry: its own /v2/ client on the same transport (policy, credentials, limits),
        // and this command handed over to the registry's class for it (main()).
        m_ctx.server = ServerKind::Registry;
        m_ctx.client = nullptr;
        m_ctx.registry = new RegistryClient(m_ctx.transport, m_ctx.transport);
        m_ctx.diagnosis.plainRegistry = true;
        Q_EMIT kindDetected();
    });
}

void Command::verifyHarbor(std::function<void()> next, std::function<void(const ApiError &)> onRejected)
{
    m_ctx.client->verifyCredentials(
        this, [this, next = std::move(next), onRejected = std::move(onRejected)](const CredentialVerdict &v) {
            // users/current that neither accepts nor rejects (a 404 from a plain registry, a page
            // that is not Harbor's): the server is asked what it is before anything else.
            if (m_ctx.kindUnconfirmed && v.state == CredentialVerdict::State::Unknown && v.error.isError()
                && exitCodeFor(v.error) != ExitTransport)
                return detectThen([this, next, onRejected] { verifyHarbor(next, onRejected); });
            m_ctx.kindUnconfirmed = false;
            if (v.state == CredentialVerdict::State::Rejected) {
                explain(v.error);
                if (onRejected)
                    onRejected(v.error);
                Q_EMIT finished(ExitUnauthenticated);
                return;
            }
            if (v.state == CredentialVerdict::State::Unknown && v.error.isError()
                && exitCodeFor(v.error) == ExitTransport) {
                explain(v.error);
                if (onRejected)
                    onRejected(v.error);
                Q_EMIT finished(ExitTransport);
                return;
            }
            next();
        });
}

} // namespace berth
