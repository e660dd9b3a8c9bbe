#include "CliContext.h"

#include "api/CaFile.h"
#include "core/CredentialHints.h"
#include "core/RegistryUrl.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
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
        m_settings.baseUrl = profile->url;
        m_settings.username = profile->kind == AccountKind::Anonymous ? QString() : profile->username;
        m_settings.caFile = profile->caFile;
        m_settings.pinnedSha256 = profile->pinnedSha256;
        m_settings.allowPlainHttp = profile->allowPlainHttp;
        m_ctx.diagnosis.robotExpiresAt = profile->robotExpiresAt;
    } else {
        const RegistryUrl url = normalizeRegistryUrl(o.url);
        if (!url.isValid())
            return fail(ExitUsage, QStringLiteral("--url: %1").arg(url.error));
        m_settings.baseUrl = url.url;
        m_settings.username = o.user;
        // Logging in again to a saved profile keeps its trust settings, if it is the same registry.
        if (namesNewProfile) {
            if (const auto existing = m_ctx.profiles->find(o.profile); existing && existing->url == url.url) {
                m_settings.caFile = existing->caFile;
                m_settings.pinnedSha256 = existing->pinnedSha256;
                m_settings.allowPlainHttp = existing->allowPlainHttp;
            }
        }
        if (!o.user.isEmpty() && !o.passwordStdin)
            profile = m_ctx.profiles->findByUrlAndUser(url.url, o.user);
    }
    if (!o.caFile.isEmpty()) {
        m_settings.caFile = o.caFile; // absolute, and checked in main()
    } else if (!m_settings.caFile.isEmpty()) {
        // The profile's CA file: without it the trust the profile was saved with is gone.
        if (const QString problem = CaFile::problem(m_settings.caFile); !problem.isEmpty())
            return fail(ExitTransport,
                tr("the CA file of profile '%1' cannot be used: %2").arg(profile ? profile->name : o.profile, problem));
    }
    m_settings.timeoutMs = o.timeoutSeconds * 1000;
    if (o.concurrency > 0)
        m_settings.listConcurrency = o.concurrency;
    m_ctx.profile = profile;
    m_ctx.diagnosis.credentialsExpected = !m_settings.username.isEmpty();

    if (m_settings.username.isEmpty())
        return QTimer::singleShot(0, this, [this] { connectWith({}); });

    if (o.passwordStdin) {
        bool ok = false;
        const QString secret = Terminal::readStdinLine(&ok);
        if (!ok || secret.trimmed().isEmpty())
            return fail(ExitCredentials, tr("--password-stdin: no secret on standard input"));
        return QTimer::singleShot(0, this, [this, secret] { connectWith(secret.trimmed()); });
    }
    if (!profile)
        return fail(ExitCredentials,
            tr("no saved secret for %1 at %2: use --password-stdin, or 'berthctl login'")
                .arg(m_settings.username, m_settings.baseUrl.toString()));

    auto *secrets = new ProfileSecrets(m_ctx.store, m_ctx.profiles, this);
    ProfileJob *job = secrets->readSecret(*profile);
    connect(job, &ProfileJob::finished, this, [this](const ProfileResult &r) {
        if (!r.ok()) {
            m_ctx.diagnosis.secretUnavailable = true;
            m_ctx.diagnosis.keyringSuspect = r.status != CredentialStatus::NotFound || m_ctx.profile->secretSaved;
            m_ctx.diagnosis.keyringMessage = r.message;
            Q_EMIT failed(ExitCredentials,
                QStringLiteral("keyring_locked: %1%2")
                    .arg(r.message, r.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.detail)));
            return;
        }
        connectWith(r.secret);
    });
}

void ConnectionResolver::connectWith(const QString &secret)
{
    m_settings.secret = secret;
    if (!secret.isEmpty()) {
        const CredentialCheck check = checkCredentials(m_settings.username, secret, m_settings.baseUrl);
        m_ctx.diagnosis.secretLooksLikeToken = check.hasHint(HintKind::TokenAsSecret);
        for (const CredentialHint &h : check.hints)
            if (h.kind != HintKind::WhitespaceTrimmed && h.kind != HintKind::PlainHttpRemote)
                Terminal::err(tr("warning: %1").arg(h.message));
    }
    m_ctx.client = new HarborClient(m_settings, this->parent());
    m_settings.secret.clear(); // the client's copy is the only one, so it can overwrite it when done
    Q_EMIT resolved();
}

DiagnosisContext Command::diagnosisFor(const QString &targetProject, const QString &neededPermission) const
{
    DiagnosisContext d = m_ctx.diagnosis;
    d.targetProject = targetProject;
    d.neededPermission = neededPermission;
    if (m_ctx.client) {
        const CredentialVerdict &v = m_ctx.client->credentialVerdict();
        if (v.state == CredentialVerdict::State::AcceptedRobot)
            d.usersCurrentStatus = 412;
        else if (v.state == CredentialVerdict::State::AcceptedUser)
            d.usersCurrentStatus = 200;
        else if (v.state == CredentialVerdict::State::Rejected)
            d.usersCurrentStatus = 401;
    }
    return d;
}

void Command::explain(const ApiError &error, const QString &targetProject, const QString &neededPermission)
{
    Terminal::err(ErrorPresenter::terminalText(error, diagnosisFor(targetProject, neededPermission)));
}

void Command::verifyThen(std::function<void()> next, std::function<void(const ApiError &)> onRejected)
{
    m_ctx.client->verifyCredentials(
        this, [this, next = std::move(next), onRejected = std::move(onRejected)](const CredentialVerdict &v) {
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
