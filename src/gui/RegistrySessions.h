#pragma once

#include "credentials/Profile.h"

#include <optional>
#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPointer>

namespace berth {

class ApiTransport;
class ConnectionFactory;
class CredentialStore;
class HarborClient;
class ProfileStore;
class RegistryClient;
class RegistryTreeModel;
struct Connection;

// One ApiTransport per open profile (for Harbor, its HarborClient), made by ConnectionFactory with its secret from the
// keychain (or, for "this session only", as given). Puts each registry into the tree and keeps the two in step.
class RegistrySessions : public QObject
{
    Q_OBJECT

public:
    RegistrySessions(
        RegistryTreeModel *model, ProfileStore *profiles, CredentialStore *keychain, QObject *parent = nullptr);
    ~RegistrySessions() override;

    void openAllSaved();
    void open(const Profile &profile);
    // A registry whose secret came from stdin or a dialog and is kept for this session only.
    void openWithSecret(const Profile &profile, const QString &secret);
    // An account not saved yet (berth URL): whether the address is Harbor or a plain registry is
    // the server's to say (detectServer, sent without credentials), then it opens as that and
    // opened() is emitted.
    void openDetecting(const Profile &profile, const QString &secret);
    void close(const QString &profileName);
    // After Harbor rejected the credentials, on the user's word: the registry at this index gets
    // a client that sends none (ConnectionFactory::openAnonymous), and the tree lists with it. The
    // saved secret stays in the keychain; saving the account again, or opening it, brings the
    // credentials back.
    void continueAnonymously(const QModelIndex &sourceIndex);
    // Trust exactly this certificate (SHA-256, hex) for this profile: pins it, saves the pin when
    // the profile is saved, and reconnects with the same credentials.
    bool trustCertificate(const QString &profileName, const QString &sha256, QString *error);

    // The same account under a changed profile (renamed, saved), keeping the secret the session
    // holds for it, so the user need not type it again.
    void reopenWithSecretOf(const QString &profileName, const Profile &changed);

    std::optional<Profile> profileAt(const QModelIndex &sourceIndex) const;
    // Harbor's API client; null for a plain registry, which has none.
    HarborClient *client(const QString &profileName) const;
    ApiTransport *transport(const QString &profileName) const;
    // The /v2/ client a plain registry is browsed with; null for Harbor.
    RegistryClient *registryClient(const QString &profileName) const;
    // Every account open in the tree: the saved ones and those opened for this session only
    // (berth URL --user, --password-stdin).
    QList<Profile> openProfiles() const { return m_open.values(); }
    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *keychain() const { return m_keychain; }
    ConnectionFactory *connections() const { return m_connections; }

Q_SIGNALS:
    void secretUnavailable(const berth::Profile &profile, const QString &message);
    // A saved profile's node is in the tree and its secret is being read from the keyring,
    // which may take a while or ask to be unlocked: what needs no secret can show meanwhile.
    void opening(const QString &profileName);
    void opened(const QString &profileName);

private:
    // Puts a new connection in place of the profile's client, or says why there is none.
    void attach(const Profile &profile, const Connection &connection);
    QModelIndex ensureNode(const Profile &profile);

    RegistryTreeModel *m_model;
    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    ConnectionFactory *m_connections;
    QHash<QString, QPointer<ApiTransport>> m_clients;
    QHash<QString, Profile> m_open;
};

} // namespace berth
