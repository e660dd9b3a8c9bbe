#include "RegistrySessions.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "api/ServerProbe.h"
#include "connection/ConnectionFactory.h"
#include "core/CertificatePin.h"
#include "credentials/ProfileStore.h"
#include "models/RegistryTreeModel.h"

namespace berth {

RegistrySessions::RegistrySessions(
    RegistryTreeModel *model, ProfileStore *profiles, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_connections(new ConnectionFactory(keychain, profiles, this))
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
    Q_EMIT opening(profile.name);
    if (!ConnectionFactory::settingsFor(profile).hasCredentials()) {
        attach(profile, ConnectionFactory::open(profile, {}, this));
        return;
    }
    // Read after the window is up, with one retry: the keyring may still be starting.
    m_connections->openWithSavedSecret(
        profile, this,
        [this, profile](const Connection &c) {
            if (!c.secretFailure) {
                attach(profile, c);
                return;
            }
            const QModelIndex idx = m_model->registryIndex(profile.name);
            const QString message = c.secretFailure->message.isEmpty()
                ? tr("The secret could not be read from the keyring.")
                : c.secretFailure->message;
            m_model->setRegistryUnavailable(idx, message);
            Q_EMIT secretUnavailable(profile, message);
        },
        ProfileSecrets::Retry::OnceAtStartup);
}

void RegistrySessions::openWithSecret(const Profile &profile, const QString &secret)
{
    ensureNode(profile);
    attach(profile, ConnectionFactory::open(profile, secret, this));
}

void RegistrySessions::openDetecting(const Profile &profile, const QString &secret)
{
    // The node appears once the kind is known: a registry row with no loader yet would be
    // fetched (and fail) by the view meanwhile.
    Profile anonymous = profile;
    anonymous.kind = AccountKind::Anonymous;
    anonymous.username.clear();
    const Connection probe = ConnectionFactory::open(anonymous, {}, this);
    if (!probe.ok()) {
        ensureNode(profile);
        attach(profile, probe); // says why (the CA file)
        return;
    }
    ApiTransport *transport = probe.transport;
    detectServer(
        transport, this, [this, transport, profile, secret](const ServerIdentity &found, const ApiError &error) {
            transport->deleteLater();
            if (error.isError()) {
                ensureNode(profile);
                m_model->setRegistryUnavailable(m_model->registryIndex(profile.name),
                    tr("%1 answers neither as Harbor nor as an OCI registry: %2")
                        .arg(profile.url.toDisplayString(), error.summary()));
                return;
            }
            Profile detected = profile;
            detected.server = found.kind;
            openWithSecret(detected, secret);
        });
}

void RegistrySessions::attach(const Profile &profile, const Connection &connection)
{
    if (auto old = m_clients.take(profile.name))
        old->deleteLater();
    if (!connection.ok()) {
        m_model->setRegistryUnavailable(
            m_model->registryIndex(profile.name), tr("The CA file cannot be used: %1").arg(connection.caFileProblem));
        return;
    }
    ApiTransport *transport = connection.transport;
    m_clients.insert(profile.name, transport);
    const QString label = transport->settings().hasCredentials() ? transport->settings().username : tr("anonymous");
    const QModelIndex idx = m_model->registryIndex(profile.name);
    if (connection.client)
        m_model->setRegistryClient(idx, connection.client, label);
    else // a plain registry: /v2/ only, through a client that goes with its transport
        m_model->setRegistryClient(idx, new RegistryClient(transport, transport), profile.repositories, label);
    Q_EMIT opened(profile.name);
}

void RegistrySessions::continueAnonymously(const QModelIndex &sourceIndex)
{
    const std::optional<Profile> profile = profileAt(sourceIndex);
    if (!profile)
        return;
    const Connection c = ConnectionFactory::openAnonymous(*profile, this);
    if (!c.ok()) {
        attach(*profile, c); // says why there is no client
        return;
    }
    // The rejected client goes, and with it the only copy of the secret outside the keychain.
    if (auto old = m_clients.take(profile->name))
        old->deleteLater();
    m_clients.insert(profile->name, c.transport);
    const QModelIndex idx = m_model->registryIndex(profile->name);
    if (c.client)
        m_model->continueAnonymously(idx, c.client);
    else
        m_model->continueAnonymously(idx, new RegistryClient(c.transport, c.transport), profile->repositories);
}

void RegistrySessions::reopenWithSecretOf(const QString &profileName, const Profile &changed)
{
    const ApiTransport *current = m_clients.value(profileName);
    const Connection c
        = current ? ConnectionFactory::reopen(*current, changed, this) : ConnectionFactory::open(changed, {}, this);
    if (profileName != changed.name)
        close(profileName);
    ensureNode(changed);
    attach(changed, c);
}

bool RegistrySessions::trustCertificate(const QString &profileName, const QString &sha256, QString *error)
{
    if (!m_open.contains(profileName) || sha256.isEmpty())
        return false;
    Profile p = m_open.value(profileName);
    p.pinnedSha256 = normalizedPin(sha256);
    if (m_profiles->find(profileName) && !m_profiles->save(p, error))
        return false;
    m_open.insert(profileName, p);
    const ApiTransport *current = m_clients.value(profileName);
    attach(p, current ? ConnectionFactory::reopen(*current, p, this) : ConnectionFactory::open(p, {}, this));
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
    return qobject_cast<HarborClient *>(m_clients.value(profileName).data());
}

ApiTransport *RegistrySessions::transport(const QString &profileName) const
{
    return m_clients.value(profileName);
}

RegistryClient *RegistrySessions::registryClient(const QString &profileName) const
{
    return m_model->registryClientFor(m_model->registryIndex(profileName));
}

} // namespace berth
