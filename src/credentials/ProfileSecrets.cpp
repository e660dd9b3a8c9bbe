#include "credentials/ProfileSecrets.h"

#include "credentials/CredentialStore.h"
#include "credentials/Logging.h"
#include "credentials/ProfileStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace berth {

ProfileJob::ProfileJob(QObject *parent)
    : QObject(parent)
{ }

void ProfileJob::finish(const ProfileResult &result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_result = result;
    QMetaObject::invokeMethod(this, &ProfileJob::emitFinished, Qt::QueuedConnection);
}

void ProfileJob::emitFinished()
{
    Q_EMIT finished(m_result);
    deleteLater();
}

namespace {

ProfileResult okResult(const Profile &profile, bool changed, const QString &message = {})
{
    ProfileResult result;
    result.status = CredentialStatus::Ok;
    result.profile = profile;
    result.profileChanged = changed;
    result.message = message;
    return result;
}

ProfileResult errorResult(CredentialStatus status, const QString &message, const QString &detail = {})
{
    ProfileResult result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    return result;
}

ProfileResult fromCredential(const CredentialResult &credential, const Profile &profile)
{
    ProfileResult result = errorResult(credential.status, credential.message, credential.detail);
    result.profile = profile;
    return result;
}

} // namespace

ProfileSecrets::ProfileSecrets(CredentialStore *store, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
{
    Q_ASSERT(m_store);
    Q_ASSERT(m_profiles);
}

QString ProfileSecrets::secretLocation(const Profile &profile) const
{
    if (!profile.needsSecret())
        return {};
    return m_store->describeLocation(profile.credentialKey());
}

ProfileJob *ProfileSecrets::saveWithSecret(const Profile &profile, const QString &secret)
{
    auto *job = new ProfileJob(this);
    QString error;
    std::optional<Profile> valid = m_profiles->validate(profile, profile.name, &error);
    if (!valid) {
        job->finish(errorResult(CredentialStatus::Other, error));
        return job;
    }
    const std::optional<Profile> previous = m_profiles->find(valid->name);

    if (!valid->needsSecret() || secret.isEmpty()) {
        valid->secretSaved = false;
        if (!m_profiles->save(*valid, &error)) {
            job->finish(errorResult(CredentialStatus::Other, error));
            return job;
        }
        if (previous && previous->secretSaved && previous->needsSecret())
            removeSecretIfUnused(previous->credentialKey(), {});
        job->finish(okResult(*valid, true));
        return job;
    }

    const QString key = valid->credentialKey();
    const Profile toSave = *valid;
    CredentialJob *write = m_store->writeSecret(key, secret);
    connect(write, &CredentialJob::finished, job, [this, job, toSave, previous, key](const CredentialResult &written) {
        if (!written.ok()) {
            ProfileResult result = fromCredential(written, toSave);
            result.secretLocation = secretLocation(toSave);
            job->finish(result);
            return;
        }
        Profile saved = toSave;
        saved.secretSaved = m_store->isPersistent();
        QString error;
        if (!m_profiles->save(saved, &error)) {
            removeSecretIfUnused(key, {}); // don't leave an orphan behind
            job->finish(errorResult(CredentialStatus::Other, error));
            return;
        }
        if (previous && previous->secretSaved && previous->needsSecret() && previous->credentialKey() != key)
            removeSecretIfUnused(previous->credentialKey(), {});
        qCInfo(lcCredentials) << "saved account" << saved.name << "with its secret in" << m_store->backendName();
        ProfileResult result = okResult(saved, true);
        result.secretLocation = secretLocation(saved);
        job->finish(result);
    });
    return job;
}

ProfileJob *ProfileSecrets::update(const Profile &current, const Profile &changed)
{
    auto *job = new ProfileJob(this);
    QString error;
    std::optional<Profile> valid = m_profiles->validate(changed, current.name, &error);
    if (!valid) {
        job->finish(errorResult(CredentialStatus::Other, error));
        return job;
    }
    const QString oldKey = current.needsSecret() ? current.credentialKey() : QString();
    const QString newKey = valid->credentialKey();
    const bool hadSecret = current.needsSecret() && (current.secretSaved || !m_store->isPersistent());

    if (!valid->needsSecret() || !hadSecret || oldKey == newKey) {
        valid->secretSaved = valid->needsSecret() && oldKey == newKey && current.secretSaved;
        if (!m_profiles->replace(current.name, *valid, &error)) {
            job->finish(errorResult(CredentialStatus::Other, error));
            return job;
        }
        if (!valid->needsSecret() && current.needsSecret() && current.secretSaved)
            removeSecretIfUnused(oldKey, {});
        job->finish(okResult(*valid, true));
        return job;
    }
    moveSecret(job, current, *valid);
    return job;
}

void ProfileSecrets::moveSecret(ProfileJob *job, const Profile &current, const Profile &changed)
{
    const QString oldKey = current.credentialKey();
    const QString newKey = changed.credentialKey();
    CredentialJob *read = m_store->readSecret(oldKey);
    connect(read, &CredentialJob::finished, job,
        [this, job, current, changed, oldKey, newKey](const CredentialResult &old) {
            if (old.status == CredentialStatus::NotFound) {
                Profile saved = changed;
                saved.secretSaved = false;
                QString error;
                if (!m_profiles->replace(current.name, saved, &error)) {
                    job->finish(errorResult(CredentialStatus::Other, error));
                    return;
                }
                if (!current.secretSaved) { // session-only store that had nothing to move
                    job->finish(okResult(saved, true));
                    return;
                }
                ProfileResult result = errorResult(CredentialStatus::NotFound,
                    QCoreApplication::translate("berth::ProfileSecrets",
                        "Saved “%1”, but its secret could not be moved: it was not found in the %2. The "
                        "keyring may be locked, or the secret was removed outside Berth. Enter the secret "
                        "again.")
                        .arg(saved.name, m_store->backendName()),
                    old.detail);
                result.profile = saved;
                result.profileChanged = true;
                result.secretLocation = m_store->describeLocation(oldKey);
                job->finish(result);
                return;
            }
            if (!old.ok()) {
                job->finish(fromCredential(old, current));
                return;
            }
            CredentialJob *write = m_store->writeSecret(newKey, old.secret);
            connect(write, &CredentialJob::finished, job,
                [this, job, current, changed, oldKey, newKey](const CredentialResult &written) {
                    if (!written.ok()) {
                        job->finish(fromCredential(written, current));
                        return;
                    }
                    Profile saved = changed;
                    saved.secretSaved = m_store->isPersistent();
                    QString error;
                    if (!m_profiles->replace(current.name, saved, &error)) {
                        removeSecretIfUnused(newKey, {});
                        job->finish(errorResult(CredentialStatus::Other, error));
                        return;
                    }
                    removeSecretIfUnused(oldKey, {});
                    qCInfo(lcCredentials) << "moved the secret of" << saved.name << "from" << oldKey << "to" << newKey;
                    ProfileResult result = okResult(saved, true);
                    result.secretLocation = secretLocation(saved);
                    job->finish(result);
                });
        });
}

ProfileJob *ProfileSecrets::remove(const Profile &profile)
{
    auto *job = new ProfileJob(this);
    const QString location = secretLocation(profile);

    auto finishRemoval = [this, job, profile, location](const CredentialResult &secretRemoval) {
        const bool removed = m_profiles->remove(profile.name);
        ProfileResult result;
        result.profile = profile;
        result.profileChanged = removed;
        result.secretLocation = location;
        result.detail = secretRemoval.detail;
        if (!profile.needsSecret()) {
            result.status = CredentialStatus::Ok;
            result.message
                = QCoreApplication::translate("berth::ProfileSecrets", "Removed the account “%1”.").arg(profile.name);
        } else if (secretRemoval.ok() || secretRemoval.status == CredentialStatus::NotFound) {
            result.status = CredentialStatus::Ok;
            result.message = QCoreApplication::translate("berth::ProfileSecrets",
                "Removed the account “%1”. Its secret was the %2. If the keyring was "
                "locked it may still be there; remove it by hand if so.")
                                 .arg(profile.name, location);
        } else {
            result.status = secretRemoval.status;
            result.message = QCoreApplication::translate("berth::ProfileSecrets",
                "Removed the account “%1”, but its secret could not be removed: %2 "
                "Remove the %3 by hand.")
                                 .arg(profile.name, secretRemoval.message, location);
        }
        job->finish(result);
    };

    if (!profile.needsSecret()) {
        finishRemoval(CredentialResult::success());
        return job;
    }
    const QString key = profile.credentialKey();
    const QList<Profile> all = m_profiles->profiles();
    for (const Profile &other : all) {
        if (other.name != profile.name && other.needsSecret() && other.secretSaved && other.credentialKey() == key) {
            finishRemoval(CredentialResult::success()); // still in use; keep it
            return job;
        }
    }
    CredentialJob *removal = m_store->removeSecret(key);
    connect(removal, &CredentialJob::finished, job, finishRemoval);
    return job;
}

ProfileJob *ProfileSecrets::readSecret(const Profile &profile, Retry retry)
{
    auto *job = new ProfileJob(this);
    if (!profile.needsSecret()) {
        job->finish(okResult(profile, false));
        return job;
    }
    readAttempt(job, profile, retry);
    return job;
}

void ProfileSecrets::readAttempt(ProfileJob *job, const Profile &profile, Retry retry)
{
    CredentialJob *read = m_store->readSecret(profile.credentialKey());
    connect(read, &CredentialJob::finished, job, [this, job, profile, retry](const CredentialResult &result) {
        const bool transient = result.status == CredentialStatus::NoBackend || result.status == CredentialStatus::Other;
        if (transient && retry == Retry::OnceAtStartup) {
            qCInfo(lcCredentials) << "keyring not ready (" << credentialStatusName(result.status) << "); retrying in"
                                  << m_retryDelayMs << "ms";
            QTimer::singleShot(m_retryDelayMs, job, [this, job, profile] { readAttempt(job, profile, Retry::None); });
            return;
        }
        finishRead(job, profile, result);
    });
}

void ProfileSecrets::finishRead(ProfileJob *job, const Profile &profile, const CredentialResult &credential)
{
    ProfileResult result = fromCredential(credential, profile);
    result.secretLocation = secretLocation(profile);
    if (credential.ok()) {
        result.secret = credential.secret;
    } else if (credential.status == CredentialStatus::NotFound) {
        if (profile.secretSaved) {
            result.message = QCoreApplication::translate("berth::ProfileSecrets",
                "No secret was found for “%1” in the %2, although Berth saved one "
                "there. The keyring may be locked, or the secret was removed outside "
                "Berth. Unlock the keyring and retry, or enter the secret again.")
                                 .arg(profile.name, m_store->backendName());
        } else {
            result.message = QCoreApplication::translate(
                "berth::ProfileSecrets", "No secret is saved for “%1”. Enter it to connect.")
                                 .arg(profile.name);
        }
    }
    job->finish(result);
}

void ProfileSecrets::removeSecretIfUnused(const QString &key, const QString &ignoreName)
{
    if (key.isEmpty())
        return;
    const QList<Profile> all = m_profiles->profiles();
    for (const Profile &other : all) {
        if (other.name != ignoreName && other.needsSecret() && other.secretSaved && other.credentialKey() == key)
            return;
    }
    // Fire and forget: the job deletes itself; a failure only leaves an unused entry behind.
    CredentialJob *removal = m_store->removeSecret(key);
    connect(removal, &CredentialJob::finished, this, [key](const CredentialResult &result) {
        if (!result.ok() && result.status != CredentialStatus::NotFound)
            qCWarning(lcCredentials) << "could not remove the unused entry" << key << ":" << result.detail;
    });
}

} // namespace berth
