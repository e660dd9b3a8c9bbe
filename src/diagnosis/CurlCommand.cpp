#include "CurlCommand.h"

#include "api/ApiError.h"
#include "core/RegistryUrl.h"
#include "core/ShellQuote.h"
#include "CurlOptions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

namespace berth {
namespace CurlCommand {

namespace {

bool isAuthorityChar(QChar c)
{
    if (c.unicode() >= 128)
        return !c.isSpace();
    return (c.isLetterOrNumber()) || QStringLiteral("-._~%!$&'()*+,;=:@[]").contains(c);
}

// A host as QUrl spells it (lower case, IDN decoded), so that two spellings of one host compare
// equal; the text in lower case when QUrl cannot read it.
QString normalizedHost(const QString &host)
{
    if (host.isEmpty())
        return {};
    const QUrl u(QStringLiteral("http://") + host + QLatin1Char('/'));
    return u.isValid() && !u.host().isEmpty() ? u.host() : host.toLower();
}

// A server as an argument names it: [user@]host[:port]. port is -1 when neither written nor
// implied by the scheme.
struct Server
{
    QString host;
    int port = -1;
};

int defaultPort(const QString &scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
        : scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0   ? 80
                                                                            : -1;
}

Server serverOf(const QString &authority, const QString &scheme = {})
{
    Server s;
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    QString port;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const int close = hostPort.indexOf(QLatin1Char(']'));
        s.host = normalizedHost(close > 0 ? hostPort.left(close + 1) : hostPort);
        if (close > 0 && hostPort.mid(close + 1).startsWith(QLatin1Char(':')))
            port = hostPort.mid(close + 2);
    } else {
        const int colon = hostPort.indexOf(QLatin1Char(':'));
        s.host = normalizedHost(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            port = hostPort.mid(colon + 1);
    }
    bool ok = false;
    const int n = port.toInt(&ok);
    s.port = ok ? n : defaultPort(scheme);
    return s;
}

// Every server written as a URL (scheme://host...) anywhere in text.
QList<Server> urlServersIn(const QString &text)
{
    QList<Server> servers;
    for (int at = text.indexOf(QLatin1String("://")); at >= 0; at = text.indexOf(QLatin1String("://"), at + 3)) {
        int start = at;
        while (start > 0 && text.at(start - 1).unicode() < 128
            && (text.at(start - 1).isLetterOrNumber() || QStringLiteral("+.-").contains(text.at(start - 1))))
            --start;
        int end = at + 3;
        while (end < text.size() && isAuthorityChar(text.at(end)))
            ++end;
        const Server s = serverOf(text.mid(at + 3, end - at - 3), text.mid(start, at - start));
        if (!s.host.isEmpty())
            servers << s;
    }
    return servers;
}

// A URL word as curl would use it; without a scheme Berth assumes https.
QUrl urlOf(const QString &word)
{
    QString raw = word;
    if (!raw.contains(QLatin1String("://")))
        raw.prepend(QStringLiteral("https://"));
    return QUrl::fromEncoded(raw.toUtf8(), QUrl::TolerantMode);
}

// Arguments that hold a secret: never searched for hosts, so no part of a secret is quoted.
bool carriesSecret(QLatin1String option, const QString &value)
{
    static const QLatin1String kSecret[] {QLatin1String("user"), QLatin1String("proxy-user"),
        QLatin1String("oauth2-bearer"), QLatin1String("pass"), QLatin1String("proxy-pass"),
        QLatin1String("tlspassword"), QLatin1String("proxy-tlspassword"), QLatin1String("cookie"),
        QLatin1String("variable")};
    for (const QLatin1String &s : kSecret)
        if (option == s)
            return true;
    if (option == QLatin1String("header") || option == QLatin1String("proxy-header")) {
        const QString name = value.section(QLatin1Char(':'), 0, 0).trimmed();
        for (const char *h : {"Authorization", "Proxy-Authorization", "Cookie"})
            if (name.compare(QLatin1String(h), Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

// curl expands {a,b} and [1-3] in a URL into several URLs unless -g (src/tool_urlglob.c); an
// IPv6 address in brackets right after "://" is not a pattern.
bool hasGlob(QString url)
{
    const int sep = url.indexOf(QLatin1String("://"));
    const int host = sep < 0 ? 0 : sep + 3;
    if (url.mid(host, 1) == QLatin1String("[")) {
        const int close = url.indexOf(QLatin1Char(']'), host);
        if (close > 0)
            url.remove(host, close - host + 1);
    }
    for (const QChar c : {QLatin1Char('{'), QLatin1Char('}'), QLatin1Char('['), QLatin1Char(']')})
        if (url.contains(c))
            return true;
    return false;
}

// An option as written, for messages; long garbage is cut.
QString shown(const QString &option)
{
    return option.size() > 40 ? option.left(40) + QStringLiteral("…") : option;
}

// How a refusal names a word curl would not know as an option. A word that merely starts with '-'
// may be a secret that an option before it left without its flag (--expand-user -u '--S3cret'),
// so only what looks like an option's name (a short one, or lower-case letters, digits, '.' and
// '-') is repeated; anything else by its length.
QString shownUnknown(const QString &option)
{
    static const QRegularExpression name(QStringLiteral("^(-|-[A-Za-z0-9#:]|--[a-z0-9][a-z0-9.-]{0,38})$"));
    if (name.match(option).hasMatch())
        return option;
    return QCoreApplication::translate(
        "berth::CurlCommand", "a word of %n characters starting with \"-\"", nullptr, int(option.size()));
}

} // namespace

CurlRequest parse(const QString &commandLine)
{
    CurlRequest r;
    if (commandLine.size() > 64 * 1024) {
        r.error = QCoreApplication::translate("berth::CurlCommand", "the command is longer than 64 KiB");
        return r;
    }
    QString err;
    QList<Word> words = splitWords(commandLine.trimmed(), &err);
    if (!err.isEmpty()) {
        r.error = err;
        return r;
    }
    if (!words.isEmpty()
        && (words.first().expanded == QLatin1String("curl") || words.first().expanded.endsWith(QLatin1String("/curl"))))
        words.removeFirst();
    if (words.isEmpty()) {
        r.error = QCoreApplication::translate("berth::CurlCommand", "no curl command found");
        return r;
    }

    using CurlOptions::Arity;
    using CurlOptions::Reach;
    bool methodSet = false;
    bool hasData = false;
    bool getMode = false;
    bool upload = false;
    bool globOff = false;
    QList<Word> urlWords;
    struct Mention
    {
        QString option;
        Server server;
    };
    QList<Mention> mentions; // servers written in option arguments
    const auto refuse = [&r](const QString &why) {
        if (!r.refusals.contains(why))
            r.refusals << why;
    };
    const auto note = [&r](const QString &what) {
        if (!r.notes.contains(what))
            r.notes << what;
    };
    const auto noteShell = [&r](const Word &w, const QString &what) {
        for (const QString &v : w.variables)
            r.shellNotes << QCoreApplication::translate(
                "berth::CurlCommand", "%1: a shell expands $%2 (unset, so to nothing) before curl sees it")
                                .arg(what, v);
    };
    const auto unknown = [&](const QString &spelled) {
        refuse(QCoreApplication::translate("berth::CurlCommand",
            "%1 is not an option of curl 7.88 to 8.x; Berth does not probe a command it cannot read completely")
                   .arg(shownUnknown(spelled)));
    };

    const auto reach = [&](Reach reach, const QString &spelled) {
        const char *why = nullptr;
        switch (reach) {
        case Reach::Local:
            return;
        case Reach::OtherHost:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 makes curl connect to or through a host other than the URL's; Berth does not probe when a "
                "command names more than one host");
            break;
        case Reach::ConfigFile:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 reads more options from a file that Berth does not read; it does not probe a command it cannot "
                "read completely");
            break;
        case Reach::NetrcFile:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 takes credentials from a .netrc file that Berth does not read; it does not probe without them");
            break;
        case Reach::Variables:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 fills in curl variables that Berth cannot see; it does not probe a command it cannot read "
                "completely");
            break;
        case Reach::OtherAuth:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 makes curl prove the credentials without sending the secret, and Berth's probes would send it; "
                "Berth does not probe");
            break;
        case Reach::MoreTransfers:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 starts another transfer; Berth explains one request and does not probe a command with several");
            break;
        case Reach::NoTransfer:
            why = QT_TRANSLATE_NOOP("berth::CurlCommand",
                "%1 makes curl print something and exit without sending a request; there is nothing to probe");
            break;
        }
        refuse(QCoreApplication::translate("berth::CurlCommand", why).arg(spelled));
    };

    // One option (on: not turned off with --no-), spelled as written, with its argument.
    const auto apply = [&](const CurlOptions::Option &o, bool on, const QString &spelled, const Word &arg) {
        const QLatin1String name(o.name);
        const QString value = arg.expanded;
        if (o.arity == Arity::Argument && o.reach == Reach::Local && !carriesSecret(name, value))
            for (const Server &server : urlServersIn(value))
                mentions.append({spelled, server});
        // --no-digest, --no-netrc: turned off, they change nothing.
        reach(!on && (o.reach == Reach::OtherAuth || o.reach == Reach::NetrcFile) ? Reach::Local : o.reach, spelled);

        if (name == QLatin1String("request")) {
            r.method = value.toUpper().toLatin1();
            methodSet = true;
        } else if (name == QLatin1String("header")) {
            const int colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return;
            const QString header = value.left(colon).trimmed();
            const QString v = value.mid(colon + 1).trimmed();
            if (header.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
                if (v.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
                    r.authScheme = QStringLiteral("bearer");
                    r.bearerToken = v.mid(7).trimmed();
                } else if (v.startsWith(QLatin1String("Basic "), Qt::CaseInsensitive)) {
                    r.authScheme = QStringLiteral("basic");
                    const QByteArray decoded = QByteArray::fromBase64(v.mid(6).trimmed().toLatin1());
                    const int c = decoded.indexOf(':');
                    r.userTyped = r.userSent = QString::fromUtf8(decoded.left(c < 0 ? decoded.size() : c));
                    r.secretSent = c < 0 ? QString() : QString::fromUtf8(decoded.mid(c + 1));
                } else {
                    r.authScheme = QStringLiteral("other");
                }
                noteShell(arg, QCoreApplication::translate("berth::CurlCommand", "the Authorization header"));
            } else if (header.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0) {
                r.cookieHeader = v;
                for (const QString &part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    r.cookieNames << part.section(QLatin1Char('='), 0, 0).trimmed();
            } else {
                if (header.compare(QLatin1String("Host"), Qt::CaseInsensitive) == 0 && !v.isEmpty())
                    mentions.append({spelled, serverOf(v)}); // the request would name that host
                r.otherHeaders.append({header.toLatin1(), v.toUtf8()});
            }
        } else if (name == QLatin1String("user")) {
            r.authScheme = QStringLiteral("basic");
            const int colonTyped = arg.typed.indexOf(QLatin1Char(':'));
            const int colonSent = value.indexOf(QLatin1Char(':'));
            r.userTyped = colonTyped < 0 ? arg.typed : arg.typed.left(colonTyped);
            r.userSent = colonSent < 0 ? value : value.left(colonSent);
            r.secretSent = colonSent < 0 ? QString() : value.mid(colonSent + 1);
            const QString typedSecret = colonTyped < 0 ? QString() : arg.typed.mid(colonTyped + 1);
            r.secretMangled = typedSecret.contains(QLatin1Char('$')) && typedSecret != r.secretSent;
            if (colonSent < 0)
                r.notes << QCoreApplication::translate(
                    "berth::CurlCommand", "-u has no ':secret' part; curl would prompt for the password");
            noteShell(arg, QStringLiteral("-u"));
        } else if (name == QLatin1String("cookie")) {
            if (!value.contains(QLatin1Char('='))) {
                r.notes << QCoreApplication::translate(
                    "berth::CurlCommand", "-b %1 reads cookies from a file, which may hold Harbor's sid")
                               .arg(value);
                r.cookieNames << QCoreApplication::translate("berth::CurlCommand", "(cookie file)");
                return;
            }
            r.cookieHeader = r.cookieHeader.isEmpty() ? value : r.cookieHeader + QStringLiteral("; ") + value;
            for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                r.cookieNames << part.section(QLatin1Char('='), 0, 0).trimmed();
        } else if (name == QLatin1String("oauth2-bearer")) {
            r.authScheme = QStringLiteral("bearer");
            r.bearerToken = value;
        } else if (name.startsWith(QLatin1String("data")) || name == QLatin1String("form")
            || name == QLatin1String("form-string") || name == QLatin1String("json")) {
            hasData = true;
        } else if (name == QLatin1String("url")) {
            urlWords.append(arg);
        } else if (name == QLatin1String("head")) {
            r.method = on ? "HEAD" : "GET";
            methodSet = on;
        } else if (name == QLatin1String("get")) {
            getMode = on;
        } else if (name == QLatin1String("upload-file")) {
            upload = true;
        } else if (name == QLatin1String("globoff")) {
            globOff = on;
        } else if (name == QLatin1String("insecure") && on) {
            note(spelled.startsWith(QLatin1String("--"))
                    ? QCoreApplication::translate("berth::CurlCommand", "--insecure turns off TLS verification")
                    : QCoreApplication::translate("berth::CurlCommand", "-k turns off TLS verification"));
        } else if (name == QLatin1String("location") && on) {
            note(spelled.startsWith(QLatin1String("--"))
                    ? QCoreApplication::translate(
                        "berth::CurlCommand", "--location follows redirects; curl drops -u credentials on another host")
                    : QCoreApplication::translate(
                        "berth::CurlCommand", "-L follows redirects; curl drops -u credentials on another host"));
        }
    };

    // curl's own reading (src/tool_getparam.c, parse_args and getparameter): a word starting
    // with '-' is an option until "--"; every other word is a URL.
    bool optionsEnded = false;
    for (int i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        const QString t = w.expanded;
        if (optionsEnded || !t.startsWith(QLatin1Char('-'))) {
            urlWords.append(w);
            continue;
        }
        if (t == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const auto takeNext = [&](const QString &spelled, Word *arg) {
            if (i + 1 >= words.size()) {
                r.error = QCoreApplication::translate(
                    "berth::CurlCommand", "%1 needs an argument; curl stops with \"requires parameter\"")
                              .arg(shown(spelled));
                return false;
            }
            *arg = words.at(++i);
            return true;
        };
        if (t.startsWith(QLatin1String("--"))) {
            // --no-NAME turns an on/off option off; --expand-NAME (curl 8.3) fills in variables;
            // --NAME=VALUE is one word in curl 8.16 and later.
            QString body = t.mid(2);
            const bool on = !body.startsWith(QLatin1String("no-"));
            const bool expand = body.startsWith(QLatin1String("expand-"));
            body = body.mid(!on ? 3 : expand ? 7 : 0);
            const int eq = body.indexOf(QLatin1Char('='));
            const QString name = eq >= 0 ? body.left(eq) : body;
            const QString spelled = eq >= 0 ? t.left(t.indexOf(QLatin1Char('='))) : t;
            const CurlOptions::Option *o = CurlOptions::findLong(name);
            if (!o) {
                // curl 7.88 to 8.5 also read a unique prefix, in any case: --doh-u is --doh-url there.
                const QList<const CurlOptions::Option *> hits
                    = eq < 0 ? CurlOptions::prefixMatches(name) : QList<const CurlOptions::Option *> {};
                if (hits.size() != 1) {
                    unknown(spelled);
                    continue;
                }
                o = hits.first();
                refuse(QCoreApplication::translate("berth::CurlCommand",
                    "curl before 8.6 reads %1 as --%2 and later versions reject it; Berth does not probe a command "
                    "that curl versions read differently")
                           .arg(shown(spelled), QLatin1String(o->name)));
            }
            if (!on && o->arity != Arity::Bool) {
                refuse(QCoreApplication::translate(
                    "berth::CurlCommand", "curl rejects %1: only an on/off option can be turned off with --no-")
                           .arg(shown(spelled)));
                continue;
            }
            if (expand)
                reach(Reach::Variables, shown(spelled));
            if (eq >= 0)
                note(QCoreApplication::translate("berth::CurlCommand",
                    "%1=… works in curl 8.16 and later; older versions stop with \"unknown option\"")
                         .arg(shown(spelled)));
            Word arg;
            if (o->arity == Arity::Argument && eq >= 0) {
                arg.typed = w.typed.mid(w.typed.indexOf(QLatin1Char('=')) + 1);
                arg.expanded = t.mid(t.indexOf(QLatin1Char('=')) + 1);
                arg.variables = w.variables;
            } else if (o->arity == Arity::Argument && !takeNext(spelled, &arg)) {
                return r;
            }
            apply(*o, on, spelled, arg);
            continue;
        }
        // Short options: -sSk is -s -S -k; a letter that takes an argument takes the rest of the
        // word (-XDELETE, -uuser:pw) or, at the end of the word, the next word. A lone "-" is
        // an unknown option to curl.
        if (t.size() == 1)
            unknown(t);
        for (int k = 1; k < t.size(); ++k) {
            const QChar f = t.at(k);
            const QString spelled = QStringLiteral("-") + f;
            const CurlOptions::Option *o = CurlOptions::findShort(f);
            if (!o) {
                unknown(spelled);
                break;
            }
            if (o->arity != Arity::Argument) {
                apply(*o, true, spelled, Word {});
                continue;
            }
            Word arg;
            if (k + 1 < t.size()) {
                arg.expanded = t.mid(k + 1);
                const int at = w.typed.indexOf(f);
                arg.typed = at >= 0 ? w.typed.mid(at + 1) : arg.expanded;
                arg.variables = w.variables;
            } else if (!takeNext(spelled, &arg)) {
                return r;
            }
            apply(*o, true, spelled, arg);
            break;
        }
    }
    if (!methodSet && upload)
        r.method = "PUT";
    else if (!methodSet && hasData && !getMode)
        r.method = "POST";
    if (getMode && hasData)
        note(QCoreApplication::translate(
            "berth::CurlCommand", "-G sends the data as a query string; Berth replays the URL without it"));

    if (urlWords.isEmpty()) {
        r.error = QCoreApplication::translate("berth::CurlCommand", "no URL in the command");
        return r;
    }
    for (const Word &u : std::as_const(urlWords)) {
        noteShell(u, QCoreApplication::translate("berth::CurlCommand", "the URL"));
        const QUrl url = urlOf(u.expanded);
        r.urlHosts << (url.isValid() ? url.host() : QString());
    }
    r.rawUrl = urlWords.first().expanded;
    r.url = urlOf(r.rawUrl);
    if (!r.url.isValid() || r.url.host().isEmpty()) {
        r.error = QCoreApplication::translate("berth::CurlCommand", "'%1' is not a URL").arg(r.rawUrl);
        return r;
    }
    if (!r.url.userName().isEmpty()) {
        r.notes << QCoreApplication::translate(
            "berth::CurlCommand", "credentials in the URL end up in logs and redirects; use -u instead");
        if (r.authScheme == QLatin1String("none")) {
            r.authScheme = QStringLiteral("basic");
            r.userTyped = r.userSent = r.url.userName();
            r.secretSent = r.url.password();
        }
        r.url.setUserInfo(QString());
    }

    // Where the probes would go, and whether the command names anywhere else.
    const QString target = r.url.host();
    if (urlWords.size() > 1) {
        QStringList hosts;
        for (const QString &h : std::as_const(r.urlHosts))
            hosts << (h.isEmpty() ? QStringLiteral("?") : h);
        refuse(QCoreApplication::translate("berth::CurlCommand",
            "the command names %n URLs (%1); curl sends a request to each, and Berth does not probe", nullptr,
            int(urlWords.size()))
                   .arg(hosts.join(QStringLiteral(", "))));
    }
    const int targetPort = r.url.port(defaultPort(r.url.scheme()));
    for (const Mention &m : std::as_const(mentions))
        if (m.server.host != target || (m.server.port != -1 && m.server.port != targetPort))
            refuse(QCoreApplication::translate("berth::CurlCommand",
                "%1 names a server other than %2; Berth does not probe when a command names more than one host")
                       .arg(m.option, r.url.authority()));
    if (!globOff && hasGlob(r.rawUrl))
        refuse(QCoreApplication::translate("berth::CurlCommand",
            "curl expands {…} and […] in a URL into several requests (-g turns that off); Berth does not probe"));
    const QString scheme = r.url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        refuse(QCoreApplication::translate("berth::CurlCommand", "Berth probes over https and http only, not %1")
                   .arg(shown(scheme)));
    else if (scheme == QLatin1String("http") && !isLoopbackHost(target))
        refuse(QCoreApplication::translate("berth::CurlCommand",
            "the URL is plain http to %1, which is not this machine; Berth sends credentials over https only")
                   .arg(target));
    return r;
}

namespace {

QString commandLine(const QByteArray &method, const QString &url, const QString &user, const QString &secret)
{
    QString cmd = QStringLiteral("curl");
    if (!method.isEmpty())
        cmd += QStringLiteral(" -X ") + QString::fromLatin1(method);
    if (!user.isEmpty())
        cmd += QStringLiteral(" -u ")
            + shellQuoteAlways(user + QLatin1Char(':') + (secret.isEmpty() ? QStringLiteral("<secret>") : secret));
    return cmd + QLatin1Char(' ') + shellQuoteAlways(url);
}

} // namespace

QString corrected(const CurlRequest &request, const QString &fixedUrl, const QString &user, const QString &secret)
{
    return commandLine(request.method == "GET" ? QByteArray() : request.method, fixedUrl, user, secret);
}

QString forFailure(const ApiError &error, const QString &secret)
{
    return commandLine(error.method.isEmpty() ? QByteArray("GET") : error.method,
        error.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded), error.username, secret);
}

} // namespace CurlCommand
} // namespace berth
