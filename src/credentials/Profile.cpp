#include "credentials/Profile.h"

#include "core/RegistryUrl.h"
#include "credentials/CredentialKey.h"

namespace berth {

QString accountKindName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Robot:
        return QStringLiteral("robot");
    case AccountKind::User:
        return QStringLiteral("user");
    case AccountKind::Anonymous:
        return QStringLiteral("anonymous");
    }
    return QStringLiteral("robot");
}

AccountKind accountKindFromName(const QString &name, bool *ok)
{
    const QString lower = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (lower == QLatin1String("user"))
        return AccountKind::User;
    if (lower == QLatin1String("anonymous"))
        return AccountKind::Anonymous;
    if (lower != QLatin1String("robot") && ok)
        *ok = false;
    return AccountKind::Robot;
}

QString Profile::credentialKey() const
{
    if (kind == AccountKind::Anonymous)
        return {};
    return berth::credentialKey(username, url);
}

bool Profile::isLoopback() const
{
    return isLoopbackHost(url.host());
}

bool Profile::plainHttpAllowed() const
{
    return isLoopback() || allowPlainHttp;
}

bool operator==(const Profile &a, const Profile &b)
{
    return a.name == b.name && a.url == b.url && a.server == b.server && a.kind == b.kind && a.username == b.username
        && a.caFile == b.caFile && a.pinnedSha256 == b.pinnedSha256 && a.allowPlainHttp == b.allowPlainHttp
        && a.secretSaved == b.secretSaved && a.robotExpiresAt == b.robotExpiresAt && a.repositories == b.repositories;
}

} // namespace berth
