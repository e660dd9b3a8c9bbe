#include "PullCommands.h"

namespace berth {
namespace PullCommands {

QString reference(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    QString ref = registry.authority().section(QLatin1Char('@'), -1).toLower() + QLatin1Char('/') + repository;
    if (!digest.isEmpty())
        ref += QLatin1Char('@') + digest;
    else if (!tag.isEmpty())
        ref += QLatin1Char(':') + tag;
    return ref;
}

QString docker(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    return QStringLiteral("docker pull ") + reference(registry, repository, tag, digest);
}

QString podman(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    // podman refuses plain-http registries unless told; say so in the command it will need.
    const QString tls = registry.scheme() == QLatin1String("http") ? QStringLiteral("--tls-verify=false ") : QString();
    return QStringLiteral("podman pull ") + tls + reference(registry, repository, tag, digest);
}

} // namespace PullCommands
} // namespace berth
