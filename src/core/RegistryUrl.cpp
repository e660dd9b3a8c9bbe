#include "RegistryUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct RegistryUrlText
{
    Q_DECLARE_TR_FUNCTIONS(berth::RegistryUrl)
};

RegistryUrl failure(const QString &sentence)
{
    RegistryUrl result;
    result.error = sentence;
    return result;
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("http") ? 80 : 443;
}

// DNS host names (ASCII/punycode form), IPv4 dotted quads included.
bool isValidHostName(const QString &host)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

bool isIpv4Loopback(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok, 10);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255)
            return false;
    }
    return parts.first().toInt() == 127;
}

} // namespace

RegistryUrl normalizeRegistryUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(RegistryUrlText::tr("Enter the registry address, for example harbor.example.com."));

    for (const QChar c : text) {
        if (c.isSpace())
            return failure(RegistryUrlText::tr("The address contains spaces. Enter only the registry address, for "
                                               "example harbor.example.com."));
        if (c.category() == QChar::Other_Control)
            return failure(RegistryUrlText::tr("The address contains control characters. Enter only the registry "
                                               "address, for example harbor.example.com."));
    }

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch schemeMatch = schemePrefix.match(text);
    QString withScheme = text;
    if (schemeMatch.hasMatch()) {
        const QString scheme = schemeMatch.captured(1).toLower();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
            return failure(RegistryUrlText::tr("Berth talks to Harbor over https:// (or http:// for a local test "
                                               "registry); “%1://” is not supported.")
                               .arg(schemeMatch.captured(1)));
        }
    } else {
        withScheme.prepend(QStringLiteral("https://"));
    }

    const QUrl parsed(withScheme, QUrl::StrictMode);
    if (!parsed.isValid()) {
        if (parsed.errorString().contains(QLatin1String("port"), Qt::CaseInsensitive))
            return failure(RegistryUrlText::tr("The port in “%1” must be a number between 1 and 65535.").arg(text));
        return failure(RegistryUrlText::tr("“%1” is not a valid registry address.").arg(text));
    }

    const QString scheme = parsed.scheme().toLower();
    QString host = parsed.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return failure(RegistryUrlText::tr("The address has no host name. Enter it like harbor.example.com."));

    const bool ipv6 = host.contains(QLatin1Char(':')); // QUrl validated the literal already
    // A zone id (fe80::1%eth0) names an interface of this machine: meaningless in a shared
    // profile, and it does not survive re-encoding, which would make the keychain key drift.
    if (ipv6 && host.contains(QLatin1Char('%')))
        return failure(
            RegistryUrlText::tr("Link-local IPv6 addresses with a zone (%…) are not supported; use a host name "
                                "or a global address."));
    if (!ipv6 && !isValidHostName(host))
        return failure(RegistryUrlText::tr("“%1” is not a valid host name.").arg(parsed.host()));

    const int port = parsed.port();
    if (port == 0)
        return failure(RegistryUrlText::tr("The port in “%1” must be a number between 1 and 65535.").arg(text));

    RegistryUrl result;
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    if (port != -1 && port != defaultPort(scheme))
        url.setPort(port);
    url.setPath(QStringLiteral("/"));
    if (!url.isValid() || url.host().isEmpty())
        return failure(RegistryUrlText::tr("“%1” is not a valid registry address.").arg(text));

    if (!parsed.userInfo().isEmpty()) {
        result.warning = RegistryUrlText::tr("The user name or password in the address was removed. Berth keeps "
                                             "credentials in the account fields, never in the address.");
    }
    result.url = url;
    return result;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty())
        return false;
    if (h == QLatin1String("localhost"))
        return true;
    if (h.contains(QLatin1Char(':'))) {
        // Let QUrl canonicalise the IPv6 literal ("0:0::1" -> "::1").
        QUrl probe;
        probe.setHost(h, QUrl::StrictMode);
        if (!probe.isValid())
            return false;
        const QString canonical = probe.host().toLower();
        if (canonical == QLatin1String("::1"))
            return true;
        static const QLatin1String mapped("::ffff:");
        if (canonical.startsWith(mapped))
            return isIpv4Loopback(canonical.mid(mapped.size()));
        return false;
    }
    return isIpv4Loopback(h);
}

QString registryHost(const QUrl &normalized)
{
    QString host = normalized.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (normalized.port() != -1)
        host += QLatin1Char(':') + QString::number(normalized.port());
    return host;
}

} // namespace berth
