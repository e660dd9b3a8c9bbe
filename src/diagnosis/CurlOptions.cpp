#include "CurlOptions.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <QString>

namespace berth {
namespace CurlOptions {

namespace {

using A = Arity;
using R = Reach;

// Sorted by name (strcmp order). To add an option, look it up in curl's
// docs/cmdline-opts/<name>.md: "Arg:" means Arity::Argument, "Boolean: yes" Arity::Bool.
const Option kOptions[] = {
    {"abstract-unix-socket", 0, A::Argument, R::OtherHost},
    {"alpn", 0, A::Bool, R::Local},
    {"alt-svc", 0, A::Argument, R::OtherHost},
    {"anyauth", 0, A::Bool, R::Local},
    {"append", 'a', A::Bool, R::Local},
    {"aws-sigv4", 0, A::Argument, R::OtherAuth},
    {"basic", 0, A::Bool, R::Local},
    {"buffer", 'N', A::Bool, R::Local},
    {"ca-native", 0, A::Bool, R::Local},
    {"cacert", 0, A::Argument, R::Local},
    {"capath", 0, A::Argument, R::Local},
    {"cert", 'E', A::Argument, R::Local},
    {"cert-status", 0, A::Bool, R::Local},
    {"cert-type", 0, A::Argument, R::Local},
    {"ciphers", 0, A::Argument, R::Local},
    {"clobber", 0, A::Bool, R::Local},
    {"compressed", 0, A::Bool, R::Local},
    {"compressed-ssh", 0, A::Bool, R::Local},
    {"config", 'K', A::Argument, R::ConfigFile},
    {"connect-timeout", 0, A::Argument, R::Local},
    {"connect-to", 0, A::Argument, R::OtherHost},
    {"continue-at", 'C', A::Argument, R::Local},
    {"cookie", 'b', A::Argument, R::Local},
    {"cookie-jar", 'c', A::Argument, R::Local},
    {"create-dirs", 0, A::Bool, R::Local},
    {"create-file-mode", 0, A::Argument, R::Local},
    {"crlf", 0, A::Bool, R::Local},
    {"crlfile", 0, A::Argument, R::Local},
    {"curves", 0, A::Argument, R::Local},
    {"data", 'd', A::Argument, R::Local},
    {"data-ascii", 0, A::Argument, R::Local},
    {"data-binary", 0, A::Argument, R::Local},
    {"data-raw", 0, A::Argument, R::Local},
    {"data-urlencode", 0, A::Argument, R::Local},
    {"delegation", 0, A::Argument, R::Local},
    {"digest", 0, A::Bool, R::OtherAuth},
    {"disable", 'q', A::Bool, R::Local},
    {"disable-eprt", 0, A::Bool, R::Local},
    {"disable-epsv", 0, A::Bool, R::Local},
    {"disallow-username-in-url", 0, A::Bool, R::Local},
    {"dns-interface", 0, A::Argument, R::Local},
    {"dns-ipv4-addr", 0, A::Argument, R::Local},
    {"dns-ipv6-addr", 0, A::Argument, R::Local},
    {"dns-servers", 0, A::Argument, R::OtherHost},
    {"doh-cert-status", 0, A::Bool, R::Local},
    {"doh-insecure", 0, A::Bool, R::Local},
    {"doh-url", 0, A::Argument, R::OtherHost},
    {"dump-ca-embed", 0, A::None, R::NoTransfer},
    {"dump-header", 'D', A::Argument, R::Local},
    {"ech", 0, A::Argument, R::Local},
    {"egd-file", 0, A::Argument, R::Local},
    {"engine", 0, A::Argument, R::Local},
    {"eprt", 0, A::Bool, R::Local},
    {"epsv", 0, A::Bool, R::Local},
    {"etag-compare", 0, A::Argument, R::Local},
    {"etag-save", 0, A::Argument, R::Local},
    {"expect100-timeout", 0, A::Argument, R::Local},
    {"fail", 'f', A::Bool, R::Local},
    {"fail-early", 0, A::Bool, R::Local},
    {"fail-with-body", 0, A::Bool, R::Local},
    {"false-start", 0, A::Bool, R::Local},
    {"follow", 0, A::Bool, R::Local},
    {"form", 'F', A::Argument, R::Local},
    {"form-escape", 0, A::Bool, R::Local},
    {"form-string", 0, A::Argument, R::Local},
    {"ftp-account", 0, A::Argument, R::Local},
    {"ftp-alternative-to-user", 0, A::Argument, R::Local},
    {"ftp-create-dirs", 0, A::Bool, R::Local},
    {"ftp-method", 0, A::Argument, R::Local},
    {"ftp-pasv", 0, A::Bool, R::Local},
    {"ftp-port", 'P', A::Argument, R::Local},
    {"ftp-pret", 0, A::Bool, R::Local},
    {"ftp-skip-pasv-ip", 0, A::Bool, R::Local},
    {"ftp-ssl", 0, A::Bool, R::Local},
    {"ftp-ssl-ccc", 0, A::Bool, R::Local},
    {"ftp-ssl-ccc-mode", 0, A::Argument, R::Local},
    {"ftp-ssl-control", 0, A::Bool, R::Local},
    {"ftp-ssl-reqd", 0, A::Bool, R::Local},
    {"get", 'G', A::Bool, R::Local},
    {"globoff", 'g', A::Bool, R::Local},
    {"happy-eyeballs-timeout-ms", 0, A::Argument, R::Local},
    {"haproxy-clientip", 0, A::Argument, R::Local},
    {"haproxy-protocol", 0, A::Bool, R::Local},
    {"head", 'I', A::Bool, R::Local},
    {"header", 'H', A::Argument, R::Local},
    {"help", 'h', A::Bool, R::NoTransfer},
    {"hostpubmd5", 0, A::Argument, R::Local},
    {"hostpubsha256", 0, A::Argument, R::Local},
    {"hsts", 0, A::Argument, R::Local},
    {"http0.9", 0, A::Bool, R::Local},
    {"http1.0", '0', A::None, R::Local},
    {"http1.1", 0, A::None, R::Local},
    {"http2", 0, A::None, R::Local},
    {"http2-prior-knowledge", 0, A::None, R::Local},
    {"http3", 0, A::None, R::Local},
    {"http3-only", 0, A::None, R::Local},
    {"ignore-content-length", 0, A::Bool, R::Local},
    {"include", 'i', A::Bool, R::Local},
    {"insecure", 'k', A::Bool, R::Local},
    {"interface", 0, A::Argument, R::Local},
    {"ip-tos", 0, A::Argument, R::Local},
    {"ipfs-gateway", 0, A::Argument, R::OtherHost},
    {"ipv4", '4', A::None, R::Local},
    {"ipv6", '6', A::None, R::Local},
    {"json", 0, A::Argument, R::Local},
    {"junk-session-cookies", 'j', A::Bool, R::Local},
    {"keepalive", 0, A::Bool, R::Local},
    {"keepalive-cnt", 0, A::Argument, R::Local},
    {"keepalive-time", 0, A::Argument, R::Local},
    {"key", 0, A::Argument, R::Local},
    {"key-type", 0, A::Argument, R::Local},
    {"knownhosts", 0, A::Argument, R::Local},
    {"krb", 0, A::Argument, R::Local},
    {"krb4", 0, A::Argument, R::Local},
    {"libcurl", 0, A::Argument, R::Local},
    {"limit-rate", 0, A::Argument, R::Local},
    {"list-only", 'l', A::Bool, R::Local},
    {"local-port", 0, A::Argument, R::Local},
    {"location", 'L', A::Bool, R::Local},
    {"location-trusted", 0, A::Bool, R::Local},
    {"login-options", 0, A::Argument, R::Local},
    {"mail-auth", 0, A::Argument, R::Local},
    {"mail-from", 0, A::Argument, R::Local},
    {"mail-rcpt", 0, A::Argument, R::Local},
    {"mail-rcpt-allowfails", 0, A::Bool, R::Local},
    {"manual", 'M', A::Bool, R::NoTransfer},
    {"max-filesize", 0, A::Argument, R::Local},
    {"max-redirs", 0, A::Argument, R::Local},
    {"max-time", 'm', A::Argument, R::Local},
    {"metalink", 0, A::Bool, R::Local},
    {"mptcp", 0, A::Bool, R::Local},
    {"negotiate", 0, A::Bool, R::OtherAuth},
    {"netrc", 'n', A::Bool, R::NetrcFile},
    {"netrc-file", 0, A::Argument, R::NetrcFile},
    {"netrc-optional", 0, A::Bool, R::NetrcFile},
    {"next", ':', A::None, R::MoreTransfers},
    {"noproxy", 0, A::Argument, R::Local},
    {"npn", 0, A::Bool, R::Local},
    {"ntlm", 0, A::Bool, R::OtherAuth},
    {"ntlm-wb", 0, A::Bool, R::OtherAuth},
    {"oauth2-bearer", 0, A::Argument, R::Local},
    {"out-null", 0, A::Bool, R::Local},
    {"output", 'o', A::Argument, R::Local},
    {"output-dir", 0, A::Argument, R::Local},
    {"parallel", 'Z', A::Bool, R::Local},
    {"parallel-immediate", 0, A::Bool, R::Local},
    {"parallel-max", 0, A::Argument, R::Local},
    {"parallel-max-host", 0, A::Argument, R::Local},
    {"pass", 0, A::Argument, R::Local},
    {"path-as-is", 0, A::Bool, R::Local},
    {"pinnedpubkey", 0, A::Argument, R::Local},
    {"post301", 0, A::Bool, R::Local},
    {"post302", 0, A::Bool, R::Local},
    {"post303", 0, A::Bool, R::Local},
    {"preproxy", 0, A::Argument, R::OtherHost},
    {"progress-bar", '#', A::Bool, R::Local},
    {"progress-meter", 0, A::Bool, R::Local},
    {"proto", 0, A::Argument, R::Local},
    {"proto-default", 0, A::Argument, R::Local},
    {"proto-redir", 0, A::Argument, R::Local},
    {"proxy", 'x', A::Argument, R::OtherHost},
    {"proxy-anyauth", 0, A::Bool, R::Local},
    {"proxy-basic", 0, A::Bool, R::Local},
    {"proxy-ca-native", 0, A::Bool, R::Local},
    {"proxy-cacert", 0, A::Argument, R::Local},
    {"proxy-capath", 0, A::Argument, R::Local},
    {"proxy-cert", 0, A::Argument, R::Local},
    {"proxy-cert-type", 0, A::Argument, R::Local},
    {"proxy-ciphers", 0, A::Argument, R::Local},
    {"proxy-crlfile", 0, A::Argument, R::Local},
    {"proxy-digest", 0, A::Bool, R::Local},
    {"proxy-header", 0, A::Argument, R::Local},
    {"proxy-http2", 0, A::Bool, R::Local},
    {"proxy-http3", 0, A::Bool, R::Local},
    {"proxy-insecure", 0, A::Bool, R::Local},
    {"proxy-key", 0, A::Argument, R::Local},
    {"proxy-key-type", 0, A::Argument, R::Local},
    {"proxy-negotiate", 0, A::Bool, R::Local},
    {"proxy-ntlm", 0, A::Bool, R::Local},
    {"proxy-pass", 0, A::Argument, R::Local},
    {"proxy-pinnedpubkey", 0, A::Argument, R::Local},
    {"proxy-service-name", 0, A::Argument, R::Local},
    {"proxy-ssl-allow-beast", 0, A::Bool, R::Local},
    {"proxy-ssl-auto-client-cert", 0, A::Bool, R::Local},
    {"proxy-tls13-ciphers", 0, A::Argument, R::Local},
    {"proxy-tlsauthtype", 0, A::Argument, R::Local},
    {"proxy-tlspassword", 0, A::Argument, R::Local},
    {"proxy-tlsuser", 0, A::Argument, R::Local},
    {"proxy-tlsv1", 0, A::None, R::Local},
    {"proxy-user", 'U', A::Argument, R::Local},
    {"proxy1.0", 0, A::Argument, R::OtherHost},
    {"proxytunnel", 'p', A::Bool, R::Local},
    {"pubkey", 0, A::Argument, R::Local},
    {"quote", 'Q', A::Argument, R::Local},
    {"random-file", 0, A::Argument, R::Local},
    {"range", 'r', A::Argument, R::Local},
    {"rate", 0, A::Argument, R::Local},
    {"raw", 0, A::Bool, R::Local},
    {"referer", 'e', A::Argument, R::Local},
    {"remote-header-name", 'J', A::Bool, R::Local},
    {"remote-name", 'O', A::Bool, R::Local},
    {"remote-name-all", 0, A::Bool, R::Local},
    {"remote-time", 'R', A::Bool, R::Local},
    {"remove-on-error", 0, A::Bool, R::Local},
    {"request", 'X', A::Argument, R::Local},
    {"request-target", 0, A::Argument, R::Local},
    {"resolve", 0, A::Argument, R::OtherHost},
    {"retry", 0, A::Argument, R::Local},
    {"retry-all-errors", 0, A::Bool, R::Local},
    {"retry-connrefused", 0, A::Bool, R::Local},
    {"retry-delay", 0, A::Argument, R::Local},
    {"retry-max-time", 0, A::Argument, R::Local},
    {"sasl-authzid", 0, A::Argument, R::Local},
    {"sasl-ir", 0, A::Bool, R::Local},
    {"service-name", 0, A::Argument, R::Local},
    {"sessionid", 0, A::Bool, R::Local},
    {"show-error", 'S', A::Bool, R::Local},
    {"show-headers", 'i', A::Bool, R::Local},
    {"sigalgs", 0, A::Argument, R::Local},
    {"silent", 's', A::Bool, R::Local},
    {"skip-existing", 0, A::Bool, R::Local},
    {"socks4", 0, A::Argument, R::OtherHost},
    {"socks4a", 0, A::Argument, R::OtherHost},
    {"socks5", 0, A::Argument, R::OtherHost},
    {"socks5-basic", 0, A::Bool, R::Local},
    {"socks5-gssapi", 0, A::Bool, R::Local},
    {"socks5-gssapi-nec", 0, A::Bool, R::Local},
    {"socks5-gssapi-service", 0, A::Argument, R::Local},
    {"socks5-hostname", 0, A::Argument, R::OtherHost},
    {"speed-limit", 'Y', A::Argument, R::Local},
    {"speed-time", 'y', A::Argument, R::Local},
    {"ssl", 0, A::Bool, R::Local},
    {"ssl-allow-beast", 0, A::Bool, R::Local},
    {"ssl-auto-client-cert", 0, A::Bool, R::Local},
    {"ssl-no-revoke", 0, A::Bool, R::Local},
    {"ssl-reqd", 0, A::Bool, R::Local},
    {"ssl-revoke-best-effort", 0, A::Bool, R::Local},
    {"ssl-sessions", 0, A::Argument, R::Local},
    {"sslv2", '2', A::None, R::Local},
    {"sslv3", '3', A::None, R::Local},
    {"stderr", 0, A::Argument, R::Local},
    {"styled-output", 0, A::Bool, R::Local},
    {"suppress-connect-headers", 0, A::Bool, R::Local},
    {"tcp-fastopen", 0, A::Bool, R::Local},
    {"tcp-nodelay", 0, A::Bool, R::Local},
    {"telnet-option", 't', A::Argument, R::Local},
    {"test-duphandle", 0, A::Bool, R::Local},
    {"test-event", 0, A::Bool, R::Local},
    {"tftp-blksize", 0, A::Argument, R::Local},
    {"tftp-no-options", 0, A::Bool, R::Local},
    {"time-cond", 'z', A::Argument, R::Local},
    {"tls-earlydata", 0, A::Bool, R::Local},
    {"tls-max", 0, A::Argument, R::Local},
    {"tls13-ciphers", 0, A::Argument, R::Local},
    {"tlsauthtype", 0, A::Argument, R::Local},
    {"tlspassword", 0, A::Argument, R::Local},
    {"tlsuser", 0, A::Argument, R::Local},
    {"tlsv1", '1', A::None, R::Local},
    {"tlsv1.0", 0, A::None, R::Local},
    {"tlsv1.1", 0, A::None, R::Local},
    {"tlsv1.2", 0, A::None, R::Local},
    {"tlsv1.3", 0, A::None, R::Local},
    {"tr-encoding", 0, A::Bool, R::Local},
    {"trace", 0, A::Argument, R::Local},
    {"trace-ascii", 0, A::Argument, R::Local},
    {"trace-config", 0, A::Argument, R::Local},
    {"trace-ids", 0, A::Bool, R::Local},
    {"trace-time", 0, A::Bool, R::Local},
    {"unix-socket", 0, A::Argument, R::OtherHost},
    {"upload-file", 'T', A::Argument, R::Local},
    {"upload-flags", 0, A::Argument, R::Local},
    {"url", 0, A::Argument, R::Local},
    {"url-query", 0, A::Argument, R::Local},
    {"use-ascii", 'B', A::Bool, R::Local},
    {"user", 'u', A::Argument, R::Local},
    {"user-agent", 'A', A::Argument, R::Local},
    {"variable", 0, A::Argument, R::Variables},
    {"verbose", 'v', A::Bool, R::Local},
    {"version", 'V', A::Bool, R::NoTransfer},
    {"vlan-priority", 0, A::Argument, R::Local},
    {"wdebug", 0, A::Bool, R::Local},
    {"write-out", 'w', A::Argument, R::Local},
    {"xattr", 0, A::Bool, R::Local},
};

bool byName(const Option &o, const QByteArray &name)
{
    return std::strcmp(o.name, name.constData()) < 0;
}

} // namespace

const Option *findLong(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return nullptr;
    const QByteArray key = name.toLatin1();
    const Option *end = std::end(kOptions);
    const Option *it = std::lower_bound(std::begin(kOptions), end, key, byName);
    return it != end && key == it->name ? it : nullptr;
}

const Option *findShort(QChar letter)
{
    if (letter.unicode() <= 0x20 || letter.unicode() >= 0x7f)
        return nullptr;
    for (const Option &o : kOptions)
        if (o.letter == char(letter.unicode()))
            return &o;
    return nullptr;
}

QList<const Option *> prefixMatches(QStringView word)
{
    QList<const Option *> hits;
    if (word.isEmpty())
        return hits;
    for (const Option &o : kOptions) {
        const QLatin1String name(o.name);
        if (name.compare(word, Qt::CaseInsensitive) == 0)
            return {&o}; // an exact match (in any case) wins over longer names
        if (name.startsWith(word, Qt::CaseInsensitive))
            hits << &o;
    }
    return hits;
}

QList<const Option *> all()
{
    QList<const Option *> list;
    for (const Option &o : kOptions)
        list << &o;
    return list;
}

} // namespace CurlOptions
} // namespace berth
