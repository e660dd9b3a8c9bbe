#pragma once

#include "core/ConnectionSettings.h"
#include "core/CredentialHints.h"
#include "credentials/Profile.h"
#include "credentials/ProfileSecrets.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>

namespace berth {

class ApiTransport;
class CredentialStore;
class HarborClient;
class ProfileStore;
struct CredentialVerdict;

// What one attempt to connect an account came to. Callers put the failures in their own words.
struct Connection
{
    // What sends every request of the profile (owned by the parent passed in); null when nothing
    // was made. For a Harbor profile it is `client`; a plain registry has no management API, so
    // `client` stays null and the transport carries RegistryClient (/v2/) alone.
    ApiTransport *transport = nullptr;
    HarborClient *client = nullptr; // Harbor profiles only
    QString caFileProblem; // the account's CA file cannot be used (CaFile::problem); nothing was made
    std::optional<ProfileResult> secretFailure; // the keychain did not give the secret
    QList<CredentialHint> hints; // checkCredentials() on the name and a non-empty secret; never quotes it

    bool ok() const { return transport != nullptr; }
};

// Per-use changes to ConnectionSettings' defaults (berthctl's --timeout and --concurrency, the
// accounts dialog's shorter test); 0 keeps the default.
struct ConnectionTuning
{
    int timeoutMs = 0;
    int listConcurrency = 0;
};

// The one way from a profile to a connected client, for the window (RegistrySessions), the
// accounts dialog's test and berthctl. The profile need not be saved (a form being tested,
// berthctl --url). The secret comes from the keychain, or as given (stdin, a dialog); the client
// then holds the only copy (RequestPolicy), and handing it on goes through here too.
class ConnectionFactory : public QObject
{
    Q_OBJECT

public:
    using Tuning = ConnectionTuning;

    // Neither is owned; both must outlive this object.
    ConnectionFactory(CredentialStore *keychain, ProfileStore *profiles, QObject *parent = nullptr);

    // The rules: an anonymous account, or one without a user name, connects anonymously; the CA
    // file, the pin (normalizedPin) and the consent to plain http come from the profile.
    static ConnectionSettings settingsFor(const Profile &account, const Tuning &tuning = {});
    // Why the account's CA file cannot be used, or empty (also when it has none). Without its CA
    // file the trust the profile was saved with is gone, so nothing may be sent.
    static QString caFileProblem(const Profile &account);

    // An account named by an address and a user name only (berth URL --user, berthctl --url):
    // anonymous without a name. Robot or user is Harbor's to say (users/current: 412 for a
    // robot, 200 for a user; see accountKind()), never a guess from the name: the robot prefix is
    // Harbor's configurable robot_name_prefix (src/lib/config/metadata/metadatalist.go), which
    // only the admin-only GET /configurations shows. A named account counts as a robot, Berth's
    // default, until berthctl login saves the kind Harbor gave.
    static Profile sessionAccount(const QUrl &url, const QString &username);
    // The kind Harbor's users/current answer shows: a user for 200, a robot otherwise.
    static AccountKind accountKind(const CredentialVerdict &verdict);

    // A client for the account with this secret (a HarborClient, or for a plain registry an
    // ApiTransport), at once, unless its CA file cannot be used.
    static Connection open(const Profile &account, QString secret, QObject *parent, const Tuning &tuning = {});
    // The same with the account's secret from the keychain (none for an anonymous account). `done`
    // runs once, on a later event-loop turn, unless `parent` is gone by then.
    void openWithSavedSecret(const Profile &account, QObject *parent, std::function<void(const Connection &)> done,
        ProfileSecrets::Retry retry = ProfileSecrets::Retry::None, const Tuning &tuning = {});
    // The account without its credentials, for browsing on after Harbor rejected them: the
    // address, CA file, pin and plain-http consent stay; no Authorization header is ever sent, so
    // no request waits out the delay (and username lock) Harbor adds to each failed login
    // (goharbor/harbor src/core/auth/authenticator.go, frozenTime). The keychain is not touched.
    static Connection openAnonymous(const Profile &account, QObject *parent, const Tuning &tuning = {});
    // A client for a changed account (a certificate the user now trusts) with the credentials
    // `current` holds; an anonymous `current` gives an anonymous client.
    static Connection reopen(
        const ApiTransport &current, const Profile &changed, QObject *parent, const Tuning &tuning = {});

    // Saves the account with the secret `client` holds (berthctl login checks the secret with
    // Harbor first, then keeps it).
    ProfileJob *saveWithSecretOf(const Profile &account, const ApiTransport &client);

private:
    ProfileSecrets *m_secrets;
};

} // namespace berth
