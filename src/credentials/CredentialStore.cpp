#include "credentials/CredentialStore.h"

#include "credentials/CredentialKey.h"

#include <QCoreApplication>

namespace berth {

QString CredentialStore::describeLocation(const QString &key) const
{
    return QCoreApplication::translate("berth::CredentialStore", "%1 item %2 (service %3)")
        .arg(backendName(), key, credentialService());
}

} // namespace berth
