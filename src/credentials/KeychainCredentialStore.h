#pragma once

#include "credentials/CredentialStore.h"

namespace berth {

// The system keyring through QtKeychain (Secret Service on Linux). Service credentialService(),
// insecure fallback off. QtKeychain jobs are never deleted by us while pending (they clean up
// after themselves); destroying this store only stops listening.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    explicit KeychainCredentialStore(QObject *parent = nullptr);

    CredentialJob *readSecret(const QString &key) override;
    CredentialJob *writeSecret(const QString &key, const QString &secret) override;
    CredentialJob *removeSecret(const QString &key) override;
    QString backendName() const override;

    // Maps a QKeychain::Error code and its errorString() to a result with a friendly sentence.
    // Public for tests; the int keeps QtKeychain out of this header.
    static CredentialResult resultFor(int keychainError, const QString &errorString, Operation operation);

private:
    CredentialJob *start(Operation operation, const QString &key, const QString &secret);
};

} // namespace berth
