#include "credentials/CredentialKey.h"

#include "core/RegistryUrl.h"

namespace berth {

QString credentialService()
{
    return QStringLiteral("io.github.berth.Berth");
}

QString credentialKey(const QString &username, const QUrl &normalizedRegistryUrl)
{
    const RegistryUrl normalized = normalizeRegistryUrl(normalizedRegistryUrl.toString(QUrl::FullyEncoded));
    const QUrl url = normalized.isValid() ? normalized.url : normalizedRegistryUrl;
    return username.trimmed() + QLatin1Char('@') + url.toString(QUrl::FullyEncoded);
}

} // namespace berth
