#include "credentials/KeychainCredentialStore.h"

#include "credentials/CredentialKey.h"
#include "credentials/Logging.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace berth {

namespace {

QString verb(KeychainCredentialStore::Operation operation)
{
    switch (operation) {
    case KeychainCredentialStore::Operation::Read:
        return QCoreApplication::translate("berth::KeychainCredentialStore", "reading");
    case KeychainCredentialStore::Operation::Write:
        return QCoreApplication::translate("berth::KeychainCredentialStore", "saving");
    case KeychainCredentialStore::Operation::Remove:
        return QCoreApplication::translate("berth::KeychainCredentialStore", "removing");
    }
    return QCoreApplication::translate("berth::KeychainCredentialStore", "using");
}

// libsecret reports "no session bus" and "nobody owns org.freedesktop.secrets" as OtherError.
bool meansNoSecretService(const QString &detail)
{
    static const char *const needles[] = {
        "autolaunch",
        "D-Bus",
        "DBus",
        "dbus",
        "Could not connect",
        "ServiceUnknown",
        "was not provided by any .service files",
    };
    for (const char *needle : needles) {
        if (detail.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

// gnome-keyring without an unlocked default ("login") collection: writes fail with this.
bool meansLockedOrNoCollection(const QString &detail)
{
    return detail.contains(QLatin1String("Object does not exist at path"))
        && detail.contains(QLatin1String("/org/freedesktop/secrets/collection"));
}

QString noBackendSentence()
{
    return QCoreApplication::translate("berth::KeychainCredentialStore",
        "Berth cannot reach a keyring: no Secret Service is running (there is no D-Bus session, "
        "or no keyring such as GNOME Keyring, KWallet or KeePassXC answers). Start one and try "
        "again, or keep the secret for this session only.");
}

QString lockedSentence()
{
    return QCoreApplication::translate("berth::KeychainCredentialStore",
        "The keyring is locked or has no default collection, so the secret cannot be saved. "
        "Unlock the keyring (or create a default “Login” keyring) and try again.");
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

CredentialJob *KeychainCredentialStore::readSecret(const QString &key)
{
    return start(Operation::Read, key, {});
}

CredentialJob *KeychainCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    return start(Operation::Write, key, secret);
}

CredentialJob *KeychainCredentialStore::removeSecret(const QString &key)
{
    return start(Operation::Remove, key, {});
}

QString KeychainCredentialStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service");
#endif
}

CredentialResult KeychainCredentialStore::resultFor(int keychainError, const QString &errorString, Operation operation)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return CredentialResult::success();
    case QKeychain::EntryNotFound:
        return CredentialResult::failure(CredentialStatus::NotFound,
            QCoreApplication::translate(
                "berth::KeychainCredentialStore", "No secret for this account is stored in the keyring."),
            errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialResult::failure(CredentialStatus::AccessDenied,
            QCoreApplication::translate("berth::KeychainCredentialStore",
                "The keyring refused access while %1 the secret; it is "
                "probably locked. Unlock it (for example in Seahorse or "
                "your password manager) and try again.")
                .arg(verb(operation)),
            errorString);
    case QKeychain::NoBackendAvailable:
        return CredentialResult::failure(CredentialStatus::NoBackend, noBackendSentence(), errorString);
    case QKeychain::OtherError:
        if (meansLockedOrNoCollection(errorString))
            return CredentialResult::failure(CredentialStatus::AccessDenied, lockedSentence(), errorString);
        if (meansNoSecretService(errorString))
            return CredentialResult::failure(CredentialStatus::NoBackend, noBackendSentence(), errorString);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return CredentialResult::failure(CredentialStatus::Other,
        QCoreApplication::translate(
            "berth::KeychainCredentialStore", "The keyring reported an error while %1 the secret.")
            .arg(verb(operation)),
        errorString);
}

CredentialJob *KeychainCredentialStore::start(Operation operation, const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(this);
    if (key.isEmpty()) {
        job->finish(CredentialResult::failure(CredentialStatus::Other,
            QCoreApplication::translate(
                "berth::KeychainCredentialStore", "Berth asked the keyring for an entry without a name."),
            QStringLiteral("empty key")));
        return job;
    }

    // No parent: a pending QKeychain job must never be deleted by us (its back end calls back
    // into it). autoDelete frees it after finished; our job may already be gone by then, which
    // the context object below handles.
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(credentialService());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(credentialService());
        write->setTextData(secret);
        keychainJob = write;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(credentialService());
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);

    connect(keychainJob, &QKeychain::Job::finished, job, [job, operation, key](QKeychain::Job *done) {
        CredentialResult result = resultFor(done->error(), done->errorString(), operation);
        if (result.ok() && operation == Operation::Read) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.secret = read->textData();
        }
        qCDebug(lcCredentials) << verb(operation) << key << "->" << credentialStatusName(result.status)
                               << result.detail;
        job->finish(result);
    });
    keychainJob->start();
    return job;
}

} // namespace berth
