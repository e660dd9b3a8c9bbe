#include "ServerKind.h"

namespace berth {

QString serverKindName(ServerKind kind)
{
    return kind == ServerKind::Registry ? QStringLiteral("registry") : QStringLiteral("harbor");
}

std::optional<ServerKind> serverKindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("harbor"))
        return ServerKind::Harbor;
    if (lower == QLatin1String("registry") || lower == QLatin1String("oci"))
        return ServerKind::Registry;
    return std::nullopt;
}

} // namespace berth
