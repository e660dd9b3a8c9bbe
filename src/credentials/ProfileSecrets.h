#pragma once

#include "credentials/CredentialResult.h"
#include "credentials/Profile.h"

#include <QObject>

namespace berth {

class CredentialStore;
class ProfileStore;

struct ProfileResult
{
    CredentialStatus status = CredentialStatus::Other;
    QString message; // friendly sentence; also set on success when there is something to say
    QString detail; // the back end's errorString()
    QString secret; // readSecret() only
    Profile profile; // the profile as saved (or as read), normalised
    bool profileChanged = false; // the account list was written
    QString secretLocation; // where the secret lives, for removing it by hand

    bool ok() const { return status == CredentialStatus::Ok; }
};

// One ProfileSecrets operation. Same contract as CredentialJob: finished() exactly once, on a
// later event-loop turn, then deleteLater().
class ProfileJob : public QObject
{
    Q_OBJECT

public:
    explicit ProfileJob(QObject *parent = nullptr);

    ProfileResult result() const { return m_result; }
    void finish(const ProfileResult &result);

Q_SIGNALS:
    void finished(const berth::ProfileResult &result);

private:
    void emitFinished();

    ProfileResult m_result;
    bool m_finishing = false;
};

// The account lifecycle that touches both the keychain and the account list, in the order that
// never leaves a profile pointing at a secret that was not saved.
class ProfileSecrets : public QObject
{
    Q_OBJECT

public:
    enum class Retry {
        None,
        OnceAtStartup, // NoBackend/Other: try once more after retryDelay() (keyring still starting)
    };

    // Neither is owned; both must outlive this object.
    ProfileSecrets(CredentialStore *store, ProfileStore *profiles, QObject *parent = nullptr);

    // Writes the secret, then (only on success) saves the profile with secretSaved set. Nothing
    // is saved when the write fails. An anonymous profile is saved without touching the store.
    ProfileJob *saveWithSecret(const Profile &profile, const QString &secret);

    // Saves `changed` in place of `current` (rename, new user name, new URL). When the
    // credential key changes, the secret moves: read old, write new, save, remove old.
    ProfileJob *update(const Profile &current, const Profile &changed);

    // Removes the secret, then the profile. The message always names where the secret lived,
    // because QtKeychain 0.13.2 reports success for a delete on a locked keyring.
    ProfileJob *remove(const Profile &profile);

    // NotFound for a profile with secretSaved=true is worded "the keyring may be locked, or the
    // secret was removed outside Berth", never "no credentials".
    ProfileJob *readSecret(const Profile &profile, Retry retry = Retry::None);

    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    int retryDelay() const { return m_retryDelayMs; }

    QString secretLocation(const Profile &profile) const;

private:
    void readAttempt(ProfileJob *job, const Profile &profile, Retry retry);
    void finishRead(ProfileJob *job, const Profile &profile, const CredentialResult &result);
    void moveSecret(ProfileJob *job, const Profile &current, const Profile &changed);
    // Removes `key` unless another saved profile (other than `ignoreName`) still uses it.
    void removeSecretIfUnused(const QString &key, const QString &ignoreName);

    CredentialStore *m_store;
    ProfileStore *m_profiles;
    int m_retryDelayMs = 2000;
};

} // namespace berth

Q_DECLARE_METATYPE(berth::ProfileResult)
