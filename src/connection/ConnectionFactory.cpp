#include "ConnectionFactory.h"

#include "api/CaFile.h"
#include "api/HarborClient.h"
#include "core/CertificatePin.h"

#include <QPointer>
#include <QTimer>

namespace berth {

ConnectionFactory::ConnectionFactory(CredentialStore *keychain, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_secrets(new ProfileSecrets(keychain, profiles, this))
{ }

ConnectionSettings ConnectionFactory::settingsFor(const Profile &account, const Tuning &tuning)
{
    ConnectionSettings s;
    s.baseUrl = account.url;
    s.username = account.kind == AccountKind::Anonymous ? QString() : account.username;
    s.caFile = account.caFile;
    s.pinnedSha256 = normalizedPin(account.pinnedSha256);
    s.allowPlainHttp = account.allowPlainHttp;
    if (tuning.timeoutMs > 0)
        s.timeoutMs = tuning.timeoutMs;
    if (tuning.listConcurrency > 0)
        s.listConcurrency = tuning.listConcurrency;
    return s;
}

QString ConnectionFactory::caFileProblem(const Profile &account)
{
    return account.caFile.isEmpty() ? QString() : CaFile::problem(account.caFile);
}

Profile ConnectionFactory::sessionAccount(const QUrl &url, const QString &username)
{
    Profile p;
    p.url = url;
    p.username = username;
    p.kind = username.isEmpty() ? AccountKind::Anonymous : AccountKind::Robot;
    return p;
}

AccountKind ConnectionFactory::accountKind(const CredentialVerdict &verdict)
{
    return verdict.state == CredentialVerdict::State::AcceptedUser ? AccountKind::User : AccountKind::Robot;
}

Connection ConnectionFactory::open(const Profile &account, QString secret, QObject *parent, const Tuning &tuning)
{
    Connection c;
    c.caFileProblem = caFileProblem(account);
    if (!c.caFileProblem.isEmpty())
        return c;
    ConnectionSettings s = settingsFor(account, tuning);
    if (s.hasCredentials() && !secret.isEmpty())
        c.hints = checkCredentials(s.username, secret, s.baseUrl).hints;
    s.secret = std::move(secret);
    // The client's copy is the only one now.
    if (account.isHarbor()) {
        c.client = new HarborClient(std::move(s), parent);
        c.transport = c.client;
    } else {
        c.transport = new ApiTransport(std::move(s), parent);
    }
    return c;
}

void ConnectionFactory::openWithSavedSecret(const Profile &account, QObject *parent,
    std::function<void(const Connection &)> done, ProfileSecrets::Retry retry, const Tuning &tuning)
{
    const QPointer<QObject> guard(parent);
    const auto finish = [guard, done](const Profile &account, const QString &secret, const Tuning &tuning) {
        if (guard)
            done(open(account, secret, guard, tuning));
    };
    // The CA file first: an account that cannot connect does not need the keyring unlocked.
    if (!settingsFor(account).hasCredentials() || !caFileProblem(account).isEmpty()) {
        QTimer::singleShot(0, this, [finish, account, tuning] { finish(account, {}, tuning); });
        return;
    }
    ProfileJob *job = m_secrets->readSecret(account, retry);
    connect(job, &ProfileJob::finished, this, [guard, done, finish, account, tuning](const ProfileResult &r) {
        if (!guard)
            return;
        if (!r.ok()) {
            Connection failed;
            failed.secretFailure = r;
            done(failed);
            return;
        }
        finish(account, r.secret, tuning);
    });
}

Connection ConnectionFactory::openAnonymous(const Profile &account, QObject *parent, const Tuning &tuning)
{
    Profile anonymous = account;
    anonymous.kind = AccountKind::Anonymous;
    anonymous.username.clear();
    return open(anonymous, {}, parent, tuning);
}

Connection ConnectionFactory::reopen(
    const ApiTransport &current, const Profile &changed, QObject *parent, const Tuning &tuning)
{
    if (!current.settings().hasCredentials())
        return openAnonymous(changed, parent, tuning);
    Connection c;
    current.withSecret([&](const QString &secret) {
        c = open(changed, secret, parent, tuning);
        return QString();
    });
    return c;
}

ProfileJob *ConnectionFactory::saveWithSecretOf(const Profile &account, const ApiTransport &client)
{
    ProfileJob *job = nullptr;
    client.withSecret([&](const QString &secret) {
        job = m_secrets->saveWithSecret(account, secret);
        return QString();
    });
    return job;
}

} // namespace berth
