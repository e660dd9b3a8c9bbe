#include "PullCommands.h"

#include "ReferenceGrammar.h"
#include "ShellQuote.h"

#include <QRegularExpression>

namespace berth {
namespace PullCommands {

namespace {

// host[:port] as a reference writes it: the ACE form of the host, IPv6 in brackets.
QString registryAuthority(const QUrl &registry)
{
    static const QRegularExpression hostRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9.-]+|[0-9a-f:.]+")));
    const QString host = registry.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty() || !hostRe.match(host).hasMatch())
        return {};
    QString authority = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (registry.port() != -1)
        authority += QLatin1Char(':') + QString::number(registry.port());
    return authority;
}

} // namespace

QString reference(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    const QString authority = registryAuthority(registry);
    const QString project = repository.section(QLatin1Char('/'), 0, 0);
    const QString path = repository.section(QLatin1Char('/'), 1);
    // Any registry's repository: path components of distribution's grammar, first one included.
    if (authority.isEmpty() || !ReferenceGrammar::repositoryError(QString(), project).isEmpty()
        || (!path.isEmpty() && !ReferenceGrammar::repositoryError(project, path).isEmpty()))
        return {};
    QString ref = authority + QLatin1Char('/') + repository;
    if (!digest.isEmpty()) {
        if (!ReferenceGrammar::digestError(digest).isEmpty())
            return {};
        ref += QLatin1Char('@') + digest;
    } else if (!tag.isEmpty()) {
        if (!ReferenceGrammar::tagError(tag).isEmpty())
            return {};
        ref += QLatin1Char(':') + tag;
    }
    return ref;
}

QString docker(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    const QString ref = reference(registry, repository, tag, digest);
    return ref.isEmpty() ? QString() : QStringLiteral("docker pull ") + shellQuote(ref);
}

QString podman(const QUrl &registry, const QString &repository, const QString &tag, const QString &digest)
{
    const QString ref = reference(registry, repository, tag, digest);
    if (ref.isEmpty())
        return {};
    // podman refuses plain-http registries unless told; say so in the command it will need.
    const QString tls = registry.scheme() == QLatin1String("http") ? QStringLiteral("--tls-verify=false ") : QString();
    return QStringLiteral("podman pull ") + tls + shellQuote(ref);
}

} // namespace PullCommands
} // namespace berth
