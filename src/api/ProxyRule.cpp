#include "ProxyRule.h"

#include "core/RegistryUrl.h"
#include "Logging.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace berth {

namespace {

QByteArray firstSet(std::initializer_list<const char *> names, QString *which)
{
    for (const char *name : names) {
        const QByteArray value = qgetenv(name).trimmed();
        if (!value.isEmpty()) {
            if (which)
                *which = QString::fromLatin1(name);
            return value;
        }
    }
    return {};
}

QString stripBrackets(QString host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

// One no_proxy entry against a host (no brackets, lower case, no trailing dot).
bool entryMatches(QString entry, const QString &host, int port)
{
    if (entry == QLatin1String("*"))
        return true;
    // A port: "[v6]:port", or "name:port" / "v4:port" (one colon; more is a bare IPv6 literal).
    int entryPort = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const int close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        const QString rest = entry.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            bool ok = false;
            entryPort = rest.mid(1).toInt(&ok);
            if (!ok)
                return false;
        } else if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('/'))) {
            return false;
        }
        entry = entry.mid(1, close - 1) + (rest.startsWith(QLatin1Char('/')) ? rest : QString());
    } else if (entry.count(QLatin1Char(':')) == 1) {
        const int colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        entryPort = entry.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        entry = entry.left(colon);
    }
    if (entryPort >= 0 && entryPort != port)
        return false;

    // An IP literal or a CIDR range: only an IP-literal host, compared as addresses.
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
    QHostAddress entryAddress;
    const bool entryIsIp = entryAddress.setAddress(entry);
    if (entryIsIp || (entry.contains(QLatin1Char('/')) && !subnet.first.isNull())) {
        QHostAddress hostAddress;
        if (!hostAddress.setAddress(host))
            return false;
        if (entryIsIp)
            return hostAddress.isEqual(entryAddress, QHostAddress::TolerantConversion);
        return hostAddress.isInSubnet(subnet);
    }

    // A name: itself or a sub-domain; a leading dot (or "*.") changes nothing, as in curl.
    if (entry.startsWith(QLatin1String("*.")))
        entry = entry.mid(2);
    else if (entry.startsWith(QLatin1Char('.')))
        entry = entry.mid(1);
    if (entry.endsWith(QLatin1Char('.')))
        entry.chop(1);
    if (entry.isEmpty())
        return false;
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

ProxyChoice parseProxy(const QByteArray &value, const QString &source)
{
    ProxyChoice c;
    c.source = source;
    QString text = QString::fromLocal8Bit(value).trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        // Never echo the value: it may hold credentials.
        c.reason = QStringLiteral("%1 is not a proxy URL; ignored").arg(source);
        return c;
    }
    if (scheme == QLatin1String("http"))
        c.kind = ProxyChoice::Kind::Http;
    else if (scheme == QLatin1String("socks5"))
        c.kind = ProxyChoice::Kind::Socks5;
    else if (scheme == QLatin1String("socks5h"))
        c.kind = ProxyChoice::Kind::Socks5RemoteDns;
    else {
        c.reason = QStringLiteral("%1 names a %2:// proxy, which Berth cannot use; ignored").arg(source, scheme);
        return c;
    }
    c.host = url.host();
    c.port = quint16(url.port(1080));
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    return c;
}

} // namespace

ProxyEnvironment ProxyEnvironment::fromProcess()
{
    ProxyEnvironment env;
    env.httpProxy = firstSet({"http_proxy"}, nullptr);
    env.httpsProxy = firstSet({"https_proxy", "HTTPS_PROXY"}, &env.httpsName);
    env.allProxy = firstSet({"all_proxy", "ALL_PROXY"}, &env.allName);
    env.noProxy = firstSet({"no_proxy", "NO_PROXY"}, &env.noProxyName);
    return env;
}

QString ProxyChoice::display() const
{
    if (isDirect())
        return {};
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

bool noProxyMatches(const QByteArray &noProxy, const QString &host, int port, QString *entry)
{
    QString h = stripBrackets(host).toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = QString::fromLocal8Bit(noProxy).toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &e : entries) {
        if (entryMatches(e, h, port)) {
            if (entry)
                *entry = e;
            return true;
        }
    }
    return false;
}

ProxyChoice chooseProxy(const QUrl &target, const ProxyEnvironment &env)
{
    ProxyChoice direct;
    const QString scheme = target.scheme().toLower();
    QByteArray value;
    QString source;
    if (scheme == QLatin1String("https") && !env.httpsProxy.isEmpty()) {
        value = env.httpsProxy;
        source = env.httpsName.isEmpty() ? QStringLiteral("https_proxy") : env.httpsName;
    } else if (scheme == QLatin1String("http") && !env.httpProxy.isEmpty()) {
        value = env.httpProxy;
        source = QStringLiteral("http_proxy");
    } else if (!env.allProxy.isEmpty()) {
        value = env.allProxy;
        source = env.allName.isEmpty() ? QStringLiteral("all_proxy") : env.allName;
    }
    if (value.isEmpty()) {
        direct.reason = QStringLiteral("no proxy variable for %1").arg(scheme);
        return direct;
    }
    QString entry;
    if (noProxyMatches(env.noProxy, target.host(), effectivePort(target), &entry)) {
        direct.reason = QStringLiteral("%1 lists %2")
                            .arg(env.noProxyName.isEmpty() ? QStringLiteral("no_proxy") : env.noProxyName, entry);
        return direct;
    }
    ProxyChoice proxy = parseProxy(value, source);
    if (proxy.isDirect())
        return proxy;
    if (isLoopbackHost(target.host()) && !isLoopbackHost(proxy.host)) {
        direct.reason = QStringLiteral("%1 is this machine; the proxy in %2 is not").arg(target.host(), source);
        return direct;
    }
    return proxy;
}

ProxyRuleFactory::ProxyRuleFactory(ProxyEnvironment env)
    : m_env(std::move(env))
{ }

QNetworkProxy ProxyRuleFactory::toNetworkProxy(const ProxyChoice &choice)
{
    switch (choice.kind) {
    case ProxyChoice::Kind::Direct:
        break;
    case ProxyChoice::Kind::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, choice.host, choice.port, choice.user, choice.password);
    case ProxyChoice::Kind::Socks5RemoteDns:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, choice.host, choice.port, choice.user, choice.password);
    case ProxyChoice::Kind::Socks5: {
        // socks5:// resolves the name here (curl); socks5h:// lets the proxy do it.
        QNetworkProxy p(QNetworkProxy::Socks5Proxy, choice.host, choice.port, choice.user, choice.password);
        p.setCapabilities(p.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
        return p;
    }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QList<QNetworkProxy> ProxyRuleFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const ProxyChoice choice = chooseProxy(url, m_env);
    {
        const QString origin
            = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                  .toString(QUrl::FullyEncoded);
        QMutexLocker lock(&m_mutex);
        if (!m_logged.contains(origin)) {
            m_logged.insert(origin);
            if (choice.isDirect() && !choice.source.isEmpty()) // a variable Berth could not use: say so always
                qCWarning(lcApi).noquote() << origin << "direct, no proxy:" << choice.reason;
            else if (choice.isDirect())
                qCInfo(lcApi).noquote() << origin << "direct, no proxy:" << choice.reason;
            else
                qCInfo(lcApi).noquote() << origin << "through proxy" << choice.display() << "from" << choice.source
                                        << (choice.user.isEmpty() ? "" : "(with the credentials in it)");
        }
    }
    return {toNetworkProxy(choice)};
}

} // namespace berth
