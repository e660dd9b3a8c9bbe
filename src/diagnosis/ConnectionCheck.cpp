#include "ConnectionCheck.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "core/AuthChallenge.h"
#include "DiagnosisContextBuilder.h"
#include "ErrorPresenter.h"

#include <QTimer>

namespace berth {

ConnectionCheck::ConnectionCheck(HarborClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ConnectionCheck::run(const QString &project)
{
    m_result = Result {};
    m_registryAsked = false;
    m_result.project = project;
    const QString user = m_client->settings().username;
    if (m_result.project.isEmpty() && user.startsWith(QLatin1String("robot")) && user.contains(QLatin1Char('+')))
        m_result.project = user.section(QLatin1Char('+'), 0, 0).section(QLatin1Char('$'), 1);
    m_client->resetCredentialVerdict();
    m_client->systemInfo(this, [this](const SystemInfo &info, const ApiError &e) {
        if (e) {
            m_result.error = e;
            const Diagnosis d = ErrorPresenter::present(e);
            m_result.cause = causeId(d.cause);
            m_result.summary = d.title;
            m_result.details << d.explanation << tr("Fix: %1").arg(d.fix);
            finish();
            return;
        }
        m_result.reachable = true;
        m_result.authMode = info.authMode;
        m_result.harborVersion = info.harborVersion;
        m_client->verifyCredentials(this, [this](const CredentialVerdict &) { afterIdentity(); });
    });
}

void ConnectionCheck::afterIdentity()
{
    const CredentialVerdict &v = m_client->credentialVerdict();
    const QString user = m_client->settings().username;
    m_result.identity = CredentialVerdict::stateName(v.state);
    switch (v.state) {
    case CredentialVerdict::State::Anonymous:
        m_result.summary = tr("Anonymous access: you will see public projects only, and cannot delete anything.");
        finish();
        return;
    case CredentialVerdict::State::Rejected: {
        DiagnosisContext c = diagnosisContext({}, {}, {}, &v);
        c.authMode = m_result.authMode;
        m_result.error = v.error;
        const Diagnosis d = ErrorPresenter::present(v.error, c);
        m_result.cause = causeId(d.cause);
        m_result.summary = tr("Harbor did not accept these credentials and treats you as anonymous; you will see "
                              "public projects only.");
        m_result.details << d.title + QLatin1Char('.');
        m_result.details += d.likelyCauses;
        m_result.details << tr("Fix: %1").arg(d.fix);
        finish();
        return;
    }
    case CredentialVerdict::State::Unknown:
        m_result.error = v.error;
        m_result.summary = tr("Could not tell whether Harbor accepts the credentials: %1").arg(v.error.summary());
        finish();
        return;
    case CredentialVerdict::State::AcceptedRobot:
    case CredentialVerdict::State::AcceptedUser:
        break;
    }
    const QString who
        = v.state == CredentialVerdict::State::AcceptedRobot ? tr("robot %1").arg(user) : tr("user %1").arg(v.username);
    if (m_result.harborVersion.isEmpty())
        m_result.details << tr("Harbor did not report its version.");
    else
        m_result.details << tr("Harbor %1, authentication mode %2.").arg(m_result.harborVersion, m_result.authMode);
    if (m_result.project.isEmpty()) {
        m_result.summary = tr("Authenticated as %1.").arg(who);
        finish();
        return;
    }
    m_client->project(m_result.project, this, [this, who](const Project &p, const ApiError &e) {
        if (e) {
            m_result.summary = tr("Authenticated as %1, but it cannot see the project %2 (%3).")
                                   .arg(who, m_result.project)
                                   .arg(e.httpStatus);
            finish();
            return;
        }
        m_client->permissions(p.id, this, [this, who](const QList<Permission> &perms, const ApiError &pe) {
            for (const Permission &x : perms)
                m_result.permissions << x.resource + QLatin1Char(':') + x.action;
            m_result.permissions.sort();
            const bool list = hasPermission(perms, QStringLiteral("artifact"), QStringLiteral("list"))
                || hasPermission(perms, QStringLiteral("repository"), QStringLiteral("list"));
            const bool del = hasPermission(perms, QStringLiteral("tag"), QStringLiteral("delete"));
            const bool delArtifacts = hasPermission(perms, QStringLiteral("artifact"), QStringLiteral("delete"));
            if (pe)
                m_result.summary
                    = tr("Authenticated as %1; its permissions in %2 could not be read.").arg(who, m_result.project);
            else if (list && del)
                m_result.summary
                    = tr("Authenticated as %1; may list and delete tags in %2.").arg(who, m_result.project);
            else if (list)
                m_result.summary = tr("Authenticated as %1; may list tags in %2 but not delete them (no tag:delete).")
                                       .arg(who, m_result.project);
            else
                m_result.summary = tr("Authenticated as %1, with no access to %2.").arg(who, m_result.project);
            if (del && !delArtifacts)
                m_result.details << tr("It may remove tags but not delete whole artifacts (no artifact:delete).");
            finish();
        });
    });
}

void ConnectionCheck::finish()
{
    // Then the registry side (/v2/), where manifests and configs are read: does it take these
    // credentials, and where would it send them for a token?
    // Only for credentials Harbor accepted: a rejected or anonymous account would only hear again
    // what the API already said.
    const bool accepted = m_result.identity == CredentialVerdict::stateName(CredentialVerdict::State::AcceptedRobot)
        || m_result.identity == CredentialVerdict::stateName(CredentialVerdict::State::AcceptedUser);
    if (m_result.reachable && accepted && !m_registryAsked && m_client) {
        m_registryAsked = true;
        auto *registry = new RegistryClient(m_client, this);
        registry->ping(this, [this, registry](const RegistryClient::Ping &ping, const ApiError &e) {
            m_result.details << registryWords(m_client ? m_client->baseUrl() : QUrl(), ping, e);
            registry->deleteLater();
            finish();
        });
        return;
    }
    Q_EMIT finished();
}

QString ConnectionCheck::registryWords(const QUrl &base, const RegistryClient::Ping &ping, const ApiError &e) const
{
    if (ping.status == 200) {
        // Accepted means authenticated only: reading images needs pull in each project.
        const QString accepted = tr("The registry endpoint (/v2/) accepts these credentials.");
        if (m_result.project.isEmpty() || m_result.permissions.isEmpty())
            return accepted;
        if (m_result.permissions.contains(QLatin1String("repository:pull"))
            || m_result.permissions.contains(QLatin1String("repository:push")))
            return accepted + QLatin1Char(' ')
                + tr("It may pull in %1 (repository:pull), so images there can be inspected.").arg(m_result.project);
        return accepted + QLatin1Char(' ')
            + tr("It lacks repository:pull in %1: listing and deleting work, inspecting images does not.")
                  .arg(m_result.project);
    }
    const auto challenges = parseAuthChallenges(ping.challenge.toLatin1());
    QString where;
    for (const AuthChallenge &c : challenges.value) {
        if (c.scheme != QLatin1String("bearer"))
            continue;
        const QUrl realm = base.resolved(QUrl(c.realm()));
        const QString refusal = realmRefusal(base, realm);
        if (!refusal.isEmpty())
            return tr("The registry endpoint (/v2/) sends clients to %1 for tokens; Berth will not: %2")
                .arg(realm.host(), refusal);
        where = realm.host() == base.host() && realm.port() == base.port()
            ? tr("Tokens come from the registry's own host.")
            : tr("Tokens come from %1, another host, over https.").arg(realm.host());
    }
    if (e.kind == ApiError::Kind::Unauthorized) {
        const Diagnosis d = ErrorPresenter::present(e);
        return tr("The registry endpoint (/v2/) refused these credentials (%1).").arg(causeId(d.cause))
            + (where.isEmpty() ? QString() : QLatin1Char(' ') + where);
    }
    if (e)
        return tr("The registry endpoint (/v2/) could not be checked: %1").arg(e.summary());
    return tr("The registry endpoint (/v2/) answered %1.").arg(ping.status)
        + (where.isEmpty() ? QString() : QLatin1Char(' ') + where);
}

} // namespace berth
