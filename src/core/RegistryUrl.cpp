#include "RegistryUrl.h"

#include <optional>
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

// One part of an IPv4 literal as inet_aton reads it: decimal, octal after a leading 0, hex after
// 0x. ASCII digits only, no sign, no space.
std::optional<quint64> ipv4Part(QStringView part)
{
    int base = 10;
    if (part.size() > 1 && part.front() == QLatin1Char('0')) {
        const bool hex = part.at(1) == QLatin1Char('x') || part.at(1) == QLatin1Char('X');
        base = hex ? 16 : 8;
        part = part.mid(hex ? 2 : 1);
    }
    if (part.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        int digit = 16;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            digit = u - u'A' + 10;
        if (digit >= base)
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
        if (value > 0xffffffffu)
            return std::nullopt;
    }
    return value;
}

// An IPv4 literal the way the system resolver reads it (glibc's getaddrinfo through
// inet_aton_exact, resolv/inet_addr.c) and Qt too (QUrl and QHostAddress, qipaddress.cpp): one to
// four parts, the last filling the bytes left, so "127.1" is 127.0.0.1 and "0x7f.1" too, while
// "0127.0.0.1" is 87.0.0.1. Anything else is a name for DNS, not an address.
std::optional<quint32> ipv4Address(const QString &host)
{
    const QList<QStringView> parts = QStringView(host).split(QLatin1Char('.'));
    if (parts.size() > 4)
        return std::nullopt;
    quint64 address = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> value = ipv4Part(parts.at(i));
        if (!value)
            return std::nullopt;
        const bool last = i == parts.size() - 1;
        const quint64 limit = last ? (0xffffffffull >> (8 * i)) : 0xffu;
        if (*value > limit)
            return std::nullopt;
        address = last ? (address << (8 * (4 - i))) | *value : (address << 8) | *value;
    }
    return quint32(address);
}

bool isIpv4Loopback(const QString &host)
{
    const std::optional<quint32> address = ipv4Address(host);
    return address && (*address >> 24) == 127; // 127.0.0.0/8 (RFC 1122 3.2.1.3 g)
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
    // Exactly what reaches this machine whatever the resolver is asked; anything in doubt is a
    // remote host (the cost is a question about plain http, never a secret in clear on the
    // network). tests/unit/tst_registryurl.cpp has the reasons case by case.
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
        if (!h.contains(QLatin1Char(':')))
            return false; // brackets hold IPv6 literals only
    }
    if (!h.contains(QLatin1Char(':')))
        return isIpv4Loopback(h);
    // Let QUrl canonicalise the IPv6 literal ("0:0::1" -> "::1", "::ffff:7f00:1" ->
    // "::ffff:127.0.0.1"). A zone id (%lo) is refused by QUrl, and is no loopback anyway.
    QUrl probe;
    probe.setHost(h, QUrl::StrictMode);
    if (!probe.isValid())
        return false;
    const QString canonical = probe.host().toLower();
    if (canonical == QLatin1String("::1"))
        return true;
    // IPv4-mapped: a dual-stack socket connects to the IPv4 address itself.
    static const QLatin1String mapped("::ffff:");
    return canonical.startsWith(mapped) && isIpv4Loopback(canonical.mid(mapped.size()));
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
