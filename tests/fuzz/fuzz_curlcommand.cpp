// libFuzzer target: the curl command parser behind `explain` (CurlCommand::parse), and the rule
// that its probes, which carry the pasted secret, go only to the host the command names as its
// URL. The first byte picks the mode:
//
// - even: the rest is a command line as pasted. No crash; when probing is allowed the command
//   has exactly one URL, the target is that URL's host, and it is https, or http to this machine.
// - odd: the bytes drive a generator that writes a curl command from options (with this file's
//   own knowledge of their arity, from curl's docs/cmdline-opts, independent of CurlOptions),
//   URL words, and arguments that look like hosts, in varied shell quoting. The generator knows
//   which words are URLs, so it checks that (1) the target is always a URL word's host, never a
//   host that only an option's argument named; (2) whenever the command names more than one
//   host (two URL words, or a URL in an argument naming another host), or has an option that
//   points curl elsewhere, or one curl does not know, or plain http to a remote host, nothing
//   may be probed; (3) no refusal quotes a secret.
#include "core/RegistryUrl.h"
#include "diagnosis/CurlCommand.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <QSet>

using namespace berth;

namespace {

class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    bool empty() const { return m_pos >= m_size; }
    int next() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    int pick(int n) { return n > 0 ? next() % n : 0; }
    QString text(int max)
    {
        const int n = qMin<int>(pick(max + 1), int(m_size - qMin(m_pos, m_size)));
        const QString s = QString::fromUtf8(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += size_t(n);
        return s;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

enum class Kind {
    Plain, // curl talks to the URL only; a URL in the argument is a named host
    Secret, // the argument holds a secret: never searched, never quoted
    Elsewhere, // curl talks to another host, or Berth cannot honour it: never probed
    Unknown, // not a curl 8.x option (or not spelled as one): never probed
};

struct GenOption
{
    const char *spelled;
    bool argument;
    Kind kind;
};

// From curl's docs/cmdline-opts/*.md ("Arg:" lines) and curl --help all.
const GenOption kOptions[] = {
    {"-s", false, Kind::Plain}, {"-S", false, Kind::Plain}, {"-k", false, Kind::Plain}, {"-L", false, Kind::Plain},
    {"-v", false, Kind::Plain}, {"-i", false, Kind::Plain}, {"-f", false, Kind::Plain}, {"-g", false, Kind::Plain},
    {"-G", false, Kind::Plain}, {"-I", false, Kind::Plain}, {"--compressed", false, Kind::Plain},
    {"--http1.1", false, Kind::Plain}, {"--no-progress-meter", false, Kind::Plain}, {"--insecure", false, Kind::Plain},
    {"--location-trusted", false, Kind::Plain}, {"--fail-with-body", false, Kind::Plain}, {"-X", true, Kind::Plain},
    {"--request", true, Kind::Plain}, {"-H", true, Kind::Plain}, {"--header", true, Kind::Plain},
    {"-o", true, Kind::Plain}, {"--output", true, Kind::Plain}, {"-D", true, Kind::Plain},
    {"--dump-header", true, Kind::Plain}, {"-e", true, Kind::Plain}, {"--referer", true, Kind::Plain},
    {"-A", true, Kind::Plain}, {"-d", true, Kind::Plain}, {"--data-raw", true, Kind::Plain},
    {"--json", true, Kind::Plain}, {"-F", true, Kind::Plain}, {"-w", true, Kind::Plain}, {"-m", true, Kind::Plain},
    {"--connect-timeout", true, Kind::Plain}, {"--cacert", true, Kind::Plain}, {"-E", true, Kind::Plain},
    {"-c", true, Kind::Plain}, {"-T", true, Kind::Plain}, {"-C", true, Kind::Plain}, {"-r", true, Kind::Plain},
    {"--retry", true, Kind::Plain}, {"--url-query", true, Kind::Plain}, {"--max-filesize", true, Kind::Plain},
    {"--trace-ascii", true, Kind::Plain}, {"--stderr", true, Kind::Plain}, {"--interface", true, Kind::Plain},
    {"--noproxy", true, Kind::Plain}, {"-u", true, Kind::Secret}, {"--user", true, Kind::Secret},
    {"--oauth2-bearer", true, Kind::Secret}, {"-b", true, Kind::Secret}, {"-U", true, Kind::Secret},
    {"-x", true, Kind::Elsewhere}, {"--proxy", true, Kind::Elsewhere}, {"--preproxy", true, Kind::Elsewhere},
    {"--doh-url", true, Kind::Elsewhere}, {"--connect-to", true, Kind::Elsewhere}, {"--resolve", true, Kind::Elsewhere},
    {"--socks5-hostname", true, Kind::Elsewhere}, {"--dns-servers", true, Kind::Elsewhere},
    {"--unix-socket", true, Kind::Elsewhere}, {"-K", true, Kind::Elsewhere}, {"--netrc-file", true, Kind::Elsewhere},
    {"--variable", true, Kind::Elsewhere}, {"-n", false, Kind::Elsewhere}, {"--digest", false, Kind::Elsewhere},
    {"--next", false, Kind::Elsewhere}, {"-:", false, Kind::Elsewhere}, {"--frobnicate", false, Kind::Unknown},
    {"-W", false, Kind::Unknown}, {"-", false, Kind::Unknown},
    {"--doh-u", false, Kind::Unknown}, // curl before 8.6 reads --doh-url
    {"--Insecure", false, Kind::Unknown}, // curl before 8.6 only
    {"--no-request", false, Kind::Unknown}, // --no- on an option with an argument
    {"--expand-user", false, Kind::Unknown}, // variables Berth cannot see
};

const char *const kUrlHosts[] = {"h0.test", "h1.test"};

struct Command
{
    QString text = QStringLiteral("curl");
    QSet<QString> urlHosts; // hosts of the words written as URLs
    QSet<QString> namedHosts; // urlHosts and the hosts of URLs in non-secret arguments
    int urlWords = 0;
    bool mustRefuse = false;
};

bool plainSafe(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word)
        if (!(c.unicode() < 128 && (c.isLetterOrNumber() || QStringLiteral("._:/@=+-,%").contains(c))))
            return false;
    return true;
}

// One word in one of the shell's quoting styles; always exactly one word to the shell.
QString quoted(const QString &word, Bytes &in)
{
    switch (in.pick(4)) {
    case 0:
        if (plainSafe(word))
            return word;
        [[fallthrough]];
    case 1: {
        QString w = word;
        return QLatin1Char('\'') + w.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    }
    case 2: {
        QString out = QStringLiteral("\"");
        for (const QChar c : word) {
            if (QStringLiteral("\"\\$`").contains(c))
                out += QLatin1Char('\\');
            out += c;
        }
        return out + QLatin1Char('"');
    }
    default: {
        if (word.contains(QLatin1Char('\n')) || word.isEmpty())
            return quoted(word, in);
        QString out;
        for (const QChar c : word)
            out += (c.isLetterOrNumber() ? QString() : QStringLiteral("\\")) + c;
        return out;
    }
    }
}

// A URL word; its host is recorded as a URL host.
QString urlWord(Bytes &in, Command &c)
{
    const QString host = QLatin1String(kUrlHosts[in.pick(2)]);
    const QString path = QStringLiteral("/api/v2.0/projects/p/repositories/r");
    QString url;
    QString named = host;
    switch (in.pick(7)) {
    case 0:
        url = host + path; // curl's default scheme; Berth asks over https
        break;
    case 1:
        url = QStringLiteral("http://") + host + path;
        c.mustRefuse = true; // plain http to a host that is not this machine
        break;
    case 2:
        named = QStringLiteral("127.0.0.1");
        url = QStringLiteral("http://127.0.0.1:8080") + path;
        break;
    case 3:
        url = QStringLiteral("https://robot:pw@") + host + path;
        break;
    case 4:
        url = QStringLiteral("https://") + host + path + QStringLiteral("?q=name%3Dx&page=2");
        break;
    default:
        url = QStringLiteral("https://") + host + path;
        break;
    }
    c.urlHosts.insert(named);
    c.namedHosts.insert(named);
    if (++c.urlWords > 1)
        c.mustRefuse = true; // curl sends a request to each
    return url;
}

// An option's argument. Hosts in it are "a<n>.test" (never a URL host) or, in URL form,
// another URL host or "o.test"; only URL forms in non-secret arguments count as named.
QString argumentWord(Bytes &in, Command &c, Kind kind, int n)
{
    const QString own = QStringLiteral("a%1.test").arg(n);
    switch (in.pick(8)) {
    case 0:
        return QStringLiteral("DELETE");
    case 1:
        return QStringLiteral("hdrs.txt");
    case 2:
        return own;
    case 3:
        return own + QStringLiteral(":8080");
    case 4:
        return QStringLiteral("h0.test:443:") + own + QStringLiteral(":443");
    case 5: {
        const int pick = in.pick(3);
        const QString host = pick < 2 ? QLatin1String(kUrlHosts[pick]) : QStringLiteral("o.test");
        if (kind == Kind::Plain)
            c.namedHosts.insert(host);
        return QStringLiteral("https://") + host + QStringLiteral("/x");
    }
    case 6:
        return QStringLiteral("robot$p+x:Zq9Canary");
    default:
        return in.text(24); // anything: it may name hosts the oracle does not count
    }
}

Command generate(Bytes &in)
{
    Command c;
    int words = 0;
    bool ended = false; // after "--" every word is a URL
    const int chunks = 1 + in.pick(12);
    for (int i = 0; i < chunks && !in.empty(); ++i) {
        ++words;
        if (ended || in.pick(4) == 0) {
            c.text += QLatin1Char(' ') + quoted(urlWord(in, c), in);
            continue;
        }
        const int choice = in.pick(int(std::size(kOptions)) + 3);
        if (choice == int(std::size(kOptions))) {
            const QString url = urlWord(in, c);
            c.text += in.pick(2) ? QStringLiteral(" --url ") + quoted(url, in)
                                 : QLatin1Char(' ') + quoted(QStringLiteral("--url=") + url, in);
            continue;
        }
        if (choice == int(std::size(kOptions)) + 1) {
            c.text += QStringLiteral(" --");
            ended = true;
            continue;
        }
        if (choice == int(std::size(kOptions)) + 2) {
            c.text += QStringLiteral(" -sS"); // a cluster of flags
            continue;
        }
        const GenOption &o = kOptions[choice];
        const QString spelled = QLatin1String(o.spelled);
        if (o.kind == Kind::Elsewhere || o.kind == Kind::Unknown)
            c.mustRefuse = true;
        if (!o.argument) {
            c.text += QLatin1Char(' ') + quoted(spelled, in);
            continue;
        }
        QString arg = argumentWord(in, c, o.kind, words);
        if (o.kind == Kind::Secret)
            arg += QStringLiteral("Zq9"); // a canary no message may repeat
        const bool isShort = spelled.size() == 2;
        // -X with nothing after it in the same word would take the next word: keep them apart.
        switch (arg.isEmpty() ? 0 : in.pick(3)) {
        case 0: // -X DELETE, --request DELETE
            c.text += QLatin1Char(' ') + quoted(spelled, in) + QLatin1Char(' ') + quoted(arg, in);
            break;
        case 1: // -XDELETE, --request=DELETE (curl 8.16)
            c.text += QLatin1Char(' ') + quoted(spelled + (isShort ? QString() : QStringLiteral("=")) + arg, in);
            break;
        default: // -sSX DELETE
            c.text += isShort ? QStringLiteral(" -sS") + spelled.mid(1) + QLatin1Char(' ') + quoted(arg, in)
                              : QLatin1Char(' ') + quoted(spelled, in) + QLatin1Char(' ') + quoted(arg, in);
            break;
        }
    }
    if (c.urlHosts.isEmpty() || in.pick(3) == 0)
        c.text += QLatin1Char(' ') + quoted(urlWord(in, c), in);
    static const char *const kTails[] = {"", " | jq .", " > out.json", " 2>&1", " && echo done", ";"};
    c.text += QLatin1String(kTails[in.pick(int(std::size(kTails)))]);
    return c;
}

void checkAllowed(const CurlRequest &r)
{
    FUZZ_CHECK(r.isValid() && r.refusals.isEmpty());
    FUZZ_CHECK(r.urlHosts.size() == 1 && r.url.host() == r.urlHosts.first());
    const QString scheme = r.url.scheme();
    FUZZ_CHECK(scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopbackHost(r.url.host())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if ((data[0] & 1) == 0) {
        const CurlRequest r = CurlCommand::parse(
            QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1)));
        if (r.mayProbe())
            checkAllowed(r);
        return 0;
    }
    Bytes in(data + 1, size - 1);
    const Command c = generate(in);
    const CurlRequest r = CurlCommand::parse(c.text);
    for (const QString &why : r.refusals)
        FUZZ_CHECK(!why.contains(QLatin1String("Zq9")));
    if (!r.mayProbe())
        return 0;
    checkAllowed(r);
    FUZZ_CHECK(c.urlHosts.contains(r.url.host())); // (1) a URL word's host, never an argument's
    FUZZ_CHECK(!c.mustRefuse); // (2) an option pointing elsewhere, unknown, or plain http
    FUZZ_CHECK(c.namedHosts.size() == 1); // (2) one host named in the whole command
    return 0;
}
