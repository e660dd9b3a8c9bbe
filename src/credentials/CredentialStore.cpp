#include "credentials/CredentialStore.h"

#include "credentials/CredentialKey.h"

namespace berth {

QString CredentialStore::describeLocation(const QString &key) const
{
    return QStringLiteral("%1 item %2 (service %3)").arg(backendName(), key, credentialService());
}

} // namespace berth
