#pragma once

#include <QByteArray>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QSet>
#include <QString>
#include <QUrl>

namespace berth {

// The proxy variables of the process environment, as curl reads them (lib/url.c, detect_proxy):
// `<scheme>_proxy` in lower case, then in upper case, except `HTTP_PROXY`, which curl never reads
// because a CGI program gets the request header "Proxy:" as HTTP_PROXY
// (https://everything.curl.dev/usingcurl/proxies/env); then `all_proxy`, `ALL_PROXY`.
// `no_proxy` before `NO_PROXY`. An empty variable counts as unset.
struct ProxyEnvironment
{
    QByteArray httpProxy; // http_proxy only
    QByteArray httpsProxy; // https_proxy, else HTTPS_PROXY
    QByteArray allProxy; // all_proxy, else ALL_PROXY
    QByteArray noProxy; // no_proxy, else NO_PROXY
    // The variable names the values came from, for `berthctl -v`.
    QString httpsName, allName, noProxyName;

    static ProxyEnvironment fromProcess();
    bool isEmpty() const { return httpProxy.isEmpty() && httpsProxy.isEmpty() && allProxy.isEmpty(); }
};

// Where one request goes. `user` and `password` come from the proxy URL's userinfo and are a
// secret: nothing printable (display(), source, reason) ever holds them.
struct ProxyChoice
{
    enum class Kind { Direct, Http, Socks5, Socks5RemoteDns };
    Kind kind = Kind::Direct;
    QString host; // without brackets
    quint16 port = 0;
    QString user;
    QString password;
    QString source; // the variable that named the proxy ("https_proxy")
    QString reason; // Direct: why, in a few words; also set when a variable was not usable

    bool isDirect() const { return kind == Kind::Direct; }
    // "host:port", "[::1]:3128"; empty when direct.
    QString display() const;
};

// The one proxy rule for every request Berth sends (installed per network manager by
// ApiTransport). Like curl, with one difference for safety:
//  - the variable for the target's scheme (https_proxy for https, http_proxy for http), else
//    all_proxy; an https target never falls back to http_proxy (libproxy and Qt's generic code do);
//  - no_proxy: entries split by ',' or white space; "*" matches every host; a name matches itself
//    and its sub-domains, with or without a leading dot ("example.com", ".example.com"); an IP
//    literal or CIDR range ("10.0.0.0/8", "::1") matches IP-literal targets only (nothing is
//    resolved); "host:port" / "[v6]:port" matches that port only (libproxy reads these too);
//  - a loopback target (RegistryUrl's isLoopbackHost) is sent to a proxy only when the proxy is
//    on loopback too: curl 7.88 would send http://localhost:5000 with its Basic header to a remote
//    proxy, which would reach the proxy's own localhost. Through a proxy on this machine nothing
//    leaves it, so a local proxy (cntlm, tinyproxy) still serves local targets unless no_proxy
//    lists them;
//  - proxy URLs: no scheme or http:// (an HTTP proxy; CONNECT for https), socks5:// and
//    socks5h://; a proxy without a port is on 1080, as curl assumes. Other schemes (https://,
//    socks4://) are not supported by Qt 6.4's QNetworkProxy: direct, with the reason set.
ProxyChoice chooseProxy(const QUrl &target, const ProxyEnvironment &env);

// Whether `noProxy` (the variable's value) lists `host` (a URL host, brackets optional) at `port`.
// `entry`, when given, receives the entry that matched.
bool noProxyMatches(const QByteArray &noProxy, const QString &host, int port, QString *entry = nullptr);

// Qt 6.4 as Debian 12 builds it, read from qtbase's source (v6.4.2):
//  - QNetworkAccessManager with no proxy of its own asks QNetworkProxyFactory::proxyForQuery, and
//    the system configuration is on by default (feature system-proxies: QT_USE_SYSTEM_PROXIES in
//    src/network/kernel/qnetworkproxy.cpp, QGlobalNetworkProxy). That same function answers
//    NoProxy for "localhost", "localhost.*" and any loopback literal before asking anything.
//  - Debian links libQt6Network against libproxy (ldd: libproxy.so.1; mkspecs
//    qt_lib_network_private.pri "libproxy"), so systemProxyForQuery is
//    src/network/kernel/qnetworkproxy_libproxy.cpp, not qnetworkproxy_generic.cpp: it asks
//    libproxy 0.4.18, which prefers the desktop's settings (GNOME/KDE) and may run WPAD/PAC;
//    its environment module (libproxy/modules/config_envvar.cpp) reads https_proxy,
//    HTTPS_PROXY, then falls back to http_proxy and HTTP_PROXY even for https, and no_proxy,
//    NO_PROXY. No all_proxy. (The generic file, for builds without libproxy, reads lower case
//    only: http_proxy, https_proxy, ftp_proxy, all_proxy, no_proxy, with https falling back to
//    http_proxy.)
// So what Qt would do depends on the desktop and reads HTTP_PROXY. Berth installs this factory on
// each of its managers instead (QNetworkAccessManager::setProxyFactory, which bypasses the global
// rule above): chooseProxy() decides, from the environment read once per manager, and the
// first decision for each origin is logged (berth.api, shown by berthctl -v) by host:port only.
class ProxyRuleFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyRuleFactory(ProxyEnvironment env);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    static QNetworkProxy toNetworkProxy(const ProxyChoice &choice);

private:
    const ProxyEnvironment m_env;
    QMutex m_mutex;
    QSet<QString> m_logged; // origins whose decision was logged
};

} // namespace berth
