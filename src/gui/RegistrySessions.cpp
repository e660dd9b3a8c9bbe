#include "RegistrySessions.h"

#include "api/CaFile.h"
#include "api/HarborClient.h"
#include "credentials/CredentialStore.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileSecrets.h"
#include "credentials/ProfileStore.h"
#include "models/RegistryTreeModel.h"

namespace berth {

RegistrySessions::RegistrySessions(
    RegistryTreeModel *model, ProfileStore *profiles, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(new InMemoryCredentialStore(this))
    , m_secrets(new ProfileSecrets(keychain, profiles, this))
{ }

RegistrySessions::~RegistrySessions() = default;

void RegistrySessions::openAllSaved()
{
    for (const Profile &p : m_profiles->profiles())
        open(p);
}

QModelIndex RegistrySessions::ensureNode(const Profile &profile)
{
    QModelIndex idx = m_model->registryIndex(profile.name);
    if (!idx.isValid())
        idx = m_model->addRegistry(profile.name, nullptr, profile.username);
    m_open.insert(profile.name, profile);
    return idx;
}

void RegistrySessions::open(const Profile &profile)
{
    ensureNode(profile);
    if (!profile.needsSecret()) {
        attach(profile, {});
        return;
    }
    // Read after the window is up, with one retry: the keyring may still be starting.
    ProfileJob *job = m_secrets->readSecret(profile, ProfileSecrets::Retry::OnceAtStartup);
    connect(job, &ProfileJob::finished, this, [this, profile](const ProfileResult &r) {
        if (r.ok()) {
            attach(profile, r.secret);
            return;
        }
        const QModelIndex idx = m_model->registryIndex(profile.name);
        const QString message = r.message.isEmpty() ? tr("The secret could not be read from the keyring.") : r.message;
        m_model->setRegistryUnavailable(idx, message);
        Q_EMIT secretUnavailable(profile, message);
    });
}

void RegistrySessions::openWithSecret(const Profile &profile, const QString &secret)
{
    ensureNode(profile);
    attach(profile, secret);
}

void RegistrySessions::attach(const Profile &profile, const QString &secret)
{
    if (auto old = m_clients.take(profile.name))
        old->deleteLater();
    // Without its CA file the profile's trust is gone: say so instead of connecting without it.
    if (!profile.caFile.isEmpty()) {
        if (const QString problem = CaFile::problem(profile.caFile); !problem.isEmpty()) {
            m_model->setRegistryUnavailable(
                m_model->registryIndex(profile.name), tr("The CA file cannot be used: %1").arg(problem));
            return;
        }
    }
    ConnectionSettings s;
    s.baseUrl = profile.url;
    s.username = profile.kind == AccountKind::Anonymous ? QString() : profile.username;
    s.secret = secret;
    s.caFile = profile.caFile;
    s.pinnedSha256 = profile.pinnedSha256;
    s.allowPlainHttp = profile.allowPlainHttp;
    auto *client = new HarborClient(s, this);
    m_clients.insert(profile.name, client);
    const QString label = s.username.isEmpty() ? tr("anonymous") : s.username;
    m_model->setRegistryClient(m_model->registryIndex(profile.name), client, label);
    Q_EMIT opened(profile.name);
}

bool RegistrySessions::trustCertificate(const QString &profileName, const QString &sha256, QString *error)
{
    if (!m_open.contains(profileName) || sha256.isEmpty())
        return false;
    Profile p = m_open.value(profileName);
    p.pinnedSha256 = sha256.toLower();
    if (m_profiles->find(profileName) && !m_profiles->save(p, error))
        return false;
    const QString secret = m_clients.value(profileName) ? m_clients.value(profileName)->settings().secret : QString();
    m_open.insert(profileName, p);
    attach(p, secret);
    return true;
}

void RegistrySessions::close(const QString &profileName)
{
    m_model->removeRegistry(m_model->registryIndex(profileName));
    if (auto c = m_clients.take(profileName))
        c->deleteLater();
    m_open.remove(profileName);
}

std::optional<Profile> RegistrySessions::profileAt(const QModelIndex &sourceIndex) const
{
    QModelIndex i = sourceIndex;
    while (i.parent().isValid())
        i = i.parent();
    const QString name = m_model->node(i) ? m_model->node(i)->name : QString();
    if (!m_open.contains(name))
        return std::nullopt;
    return m_open.value(name);
}

HarborClient *RegistrySessions::client(const QString &profileName) const
{
    return m_clients.value(profileName);
}

} // namespace berth
