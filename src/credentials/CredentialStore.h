#pragma once

#include "credentials/CredentialJob.h"

#include <QObject>
#include <QString>

namespace berth {

// Asynchronous secret storage, keyed by credentialKey(). The returned job belongs to the store
// and deletes itself after finished(); connect to it with a context object.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual CredentialJob *readSecret(const QString &key) = 0;
    virtual CredentialJob *writeSecret(const QString &key, const QString &secret) = 0;
    virtual CredentialJob *removeSecret(const QString &key) = 0;
    virtual QString backendName() const = 0; // "Secret Service", "memory (this session only)"

    // False for stores that forget everything when the process ends.
    virtual bool isPersistent() const { return true; }

    // Where an entry lives, in words a user can follow to find or delete it by hand.
    virtual QString describeLocation(const QString &key) const;
};

} // namespace berth
