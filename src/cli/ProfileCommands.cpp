#include "ProfileCommands.h"

#include "connection/ConnectionFactory.h"
#include "core/HarborJson.h"
#include "core/RegistryUrl.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace berth {

void LoginCommand::start()
{
    // The connection was resolved from --url/--user/--password-stdin; check the credentials with
    // Harbor before saving them, so a typo is caught now and not at the first delete.
    // On a plain registry GET /v2/ with the credentials is the check (verifyThen).
    verifyThen([this] {
        ApiTransport *c = m_ctx.transport;
        Profile p;
        p.url = c->baseUrl();
        p.username = c->settings().username;
        p.server = m_ctx.server; // as detected, or as --server said
        // Harbor's word, not the name's; a registry has no robots of Harbor's kind.
        p.kind = m_ctx.client ? ConnectionFactory::accountKind(m_ctx.client->credentialVerdict()) : AccountKind::User;
        p.caFile = m_ctx.options.caFile;
        p.name = m_ctx.options.profile.isEmpty() ? ProfileStore::defaultNameFor(p.url) : m_ctx.options.profile;
        // A pin or an expiry belongs to one registry: carried over only when the URL is the same.
        if (const auto existing = m_ctx.profiles->find(p.name); existing && existing->url == p.url) {
            p.pinnedSha256 = existing->pinnedSha256;
            p.allowPlainHttp = existing->allowPlainHttp;
            p.robotExpiresAt = existing->robotExpiresAt;
            if (p.caFile.isEmpty())
                p.caFile = existing->caFile;
        }
        auto *connections = new ConnectionFactory(m_ctx.store, m_ctx.profiles, this);
        ProfileJob *job = connections->saveWithSecretOf(p, *c);
        connect(job, &ProfileJob::finished, this, [this, p](const ProfileResult &r) {
            if (!r.ok()) {
                Terminal::err(
                    QStringLiteral("keyring: %1%2")
                        .arg(r.message, r.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.detail)));
                Q_EMIT finished(ExitCredentials);
                return;
            }
            Terminal::err(p.isHarbor()
                    ? tr("Saved profile '%1' for %2 at %3; the secret is in %4.")
                          .arg(p.name, p.username, p.url.toString(), m_ctx.store->backendName())
                    : tr("Saved profile '%1' for %2 at %3, a plain OCI registry; the secret is in %4.")
                          .arg(p.name, p.username, p.url.toString(), m_ctx.store->backendName()));
            Q_EMIT finished(ExitOk);
        });
    });
}

void LogoutCommand::start()
{
    std::optional<Profile> p = m_ctx.options.profile.isEmpty() ? m_ctx.profiles->defaultProfile()
                                                               : m_ctx.profiles->find(m_ctx.options.profile);
    if (!p) {
        QTimer::singleShot(0, this, [this] {
            Terminal::err(m_ctx.options.profile.isEmpty()
                    ? tr("which profile? Give --profile NAME (see 'berthctl profiles')")
                    : tr("no profile named '%1'").arg(m_ctx.options.profile));
            Q_EMIT finished(m_ctx.options.profile.isEmpty() ? ExitUsage : ExitCredentials);
        });
        return;
    }
    auto *secrets = new ProfileSecrets(m_ctx.store, m_ctx.profiles, this);
    ProfileJob *job = secrets->remove(*p);
    connect(job, &ProfileJob::finished, this, [this, name = p->name](const ProfileResult &r) {
        if (!r.message.isEmpty())
            Terminal::err(r.message);
        if (!r.ok() && r.profileChanged == false) {
            Q_EMIT finished(ExitCredentials);
            return;
        }
        Terminal::err(tr("Removed profile '%1'.").arg(name));
        Q_EMIT finished(ExitOk);
    });
}

void ProfilesCommand::start()
{
    QTimer::singleShot(0, this, [this] {
        QJsonArray rows;
        QString text;
        for (const Profile &p : m_ctx.profiles->profiles()) {
            rows.append(QJsonObject {
                {QStringLiteral("name"), p.name},
                {QStringLiteral("url"), p.url.toString()},
                {QStringLiteral("kind"), accountKindName(p.kind)},
                {QStringLiteral("server"), serverKindName(p.server)},
                {QStringLiteral("username"), p.username},
                {QStringLiteral("secret_saved"), p.secretSaved},
                {QStringLiteral("ca_file"), p.caFile},
                {QStringLiteral("pinned_sha256"), p.pinnedSha256},
                {QStringLiteral("allow_plain_http"), p.allowPlainHttp},
                {QStringLiteral("robot_expires_at"),
                    p.robotExpiresAt.isValid() ? QJsonValue(HarborJson::formatTime(p.robotExpiresAt))
                                               : QJsonValue(QJsonValue::Null)},
            });
            text += QStringLiteral("%1\t%2\t%3\t%4\n")
                        .arg(p.name, p.url.toString(), p.username.isEmpty() ? tr("(anonymous)") : p.username,
                            p.secretSaved ? tr("secret saved") : tr("no secret"));
        }
        if (m_ctx.options.json)
            Terminal::out(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        else
            Terminal::out(text);
        Terminal::flush();
        Q_EMIT finished(ExitOk);
    });
}

} // namespace berth
