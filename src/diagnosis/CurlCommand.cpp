#include "CurlCommand.h"

#include <QCoreApplication>
#include <QSet>

namespace berth {
namespace CurlCommand {

namespace {

bool isNameChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit() && c.unicode() < 128);
}

// Reads $name, ${name} or a special parameter at text[i] (which is '$'). Returns the length
// consumed (0 when the '$' is literal) and the variable name.
int readParameter(const QString &text, int i, QString *name)
{
    if (i + 1 >= text.size())
        return 0;
    const QChar n = text.at(i + 1);
    if (n == QLatin1Char('{')) {
        const int close = text.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0)
            return 0;
        *name = text.mid(i + 2, close - i - 2);
        return close - i + 1;
    }
    if (isNameChar(n, true)) {
        int j = i + 1;
        while (j < text.size() && isNameChar(text.at(j), j == i + 1))
            ++j;
        *name = text.mid(i + 1, j - i - 1);
        return j - i;
    }
    if (n.isDigit() || QStringLiteral("@*#?$!-").contains(n)) {
        *name = QString(n);
        return 2;
    }
    return 0;
}

const QSet<QString> &optionsWithArgument()
{
    static const QSet<QString> opts {QStringLiteral("-X"), QStringLiteral("--request"), QStringLiteral("-H"),
        QStringLiteral("--header"), QStringLiteral("-u"), QStringLiteral("--user"), QStringLiteral("-b"),
        QStringLiteral("--cookie"), QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
        QStringLiteral("--data-binary"), QStringLiteral("--data-urlencode"), QStringLiteral("-o"),
        QStringLiteral("--output"), QStringLiteral("-w"), QStringLiteral("--write-out"), QStringLiteral("-A"),
        QStringLiteral("--user-agent"), QStringLiteral("-e"), QStringLiteral("--referer"), QStringLiteral("-m"),
        QStringLiteral("--max-time"), QStringLiteral("--connect-timeout"), QStringLiteral("-x"),
        QStringLiteral("--proxy"), QStringLiteral("--cacert"), QStringLiteral("-E"), QStringLiteral("--cert"),
        QStringLiteral("--key"), QStringLiteral("--retry"), QStringLiteral("-T"), QStringLiteral("--upload-file"),
        QStringLiteral("-F"), QStringLiteral("--form"), QStringLiteral("--url"), QStringLiteral("--oauth2-bearer"),
        QStringLiteral("-c"), QStringLiteral("--cookie-jar"), QStringLiteral("-K"), QStringLiteral("--config"),
        QStringLiteral("--resolve"), QStringLiteral("--max-redirs")};
    return opts;
}

// Short options that take an argument, for bundles like -sSXDELETE.
const QString kShortWithArgument = QStringLiteral("XHubdowAemxETFcK");

} // namespace

QList<Word> splitWords(const QString &input, QString *error)
{
    QList<Word> words;
    QString text = input;
    text.replace(QStringLiteral("\\\r\n"), QString());
    text.replace(QStringLiteral("\\\n"), QString());
    Word cur;
    bool inWord = false;
    int i = 0;
    const auto flush = [&] {
        if (inWord)
            words.append(cur);
        cur = Word {};
        inWord = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            flush();
            ++i;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            const int close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                if (error)
                    *error = QCoreApplication::translate("berth::CurlCommand", "a single quote is never closed");
                return {};
            }
            const QString lit = text.mid(i + 1, close - i - 1);
            cur.typed += lit;
            cur.expanded += lit;
            i = close + 1;
        } else if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()
                    && QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                    cur.typed += text.at(i + 1);
                    cur.expanded += text.at(i + 1);
                    i += 2;
                    continue;
                }
                if (d == QLatin1Char('$')) {
                    QString name;
                    const int n = readParameter(text, i, &name);
                    if (n > 0) {
                        cur.typed += text.mid(i, n);
                        cur.variables << name; // expands to nothing when unset
                        i += n;
                        continue;
                    }
                }
                cur.typed += d;
                cur.expanded += d;
                ++i;
            }
            if (!closed) {
                if (error)
                    *error = QCoreApplication::translate("berth::CurlCommand", "a double quote is never closed");
                return {};
            }
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < text.size()) {
                cur.typed += text.at(i + 1);
                cur.expanded += text.at(i + 1);
            }
            i += 2;
        } else if (c == QLatin1Char('$')) {
            QString name;
            const int n = readParameter(text, i, &name);
            if (n > 0) {
                cur.typed += text.mid(i, n);
                cur.variables << name;
                i += n;
            } else {
                cur.typed += c;
                cur.expanded += c;
                ++i;
            }
        } else {
            cur.typed += c;
            cur.expanded += c;
            ++i;
        }
    }
    flush();
    return words;
}

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

    bool methodSet = false;
    bool hasData = false;
    const auto noteShell = [&r](const Word &w, const QString &what) {
        for (const QString &v : w.variables)
            r.shellNotes << QCoreApplication::translate(
                "berth::CurlCommand", "%1: a shell expands $%2 (unset, so to nothing) before curl sees it")
                                .arg(what, v);
    };
    const auto handle = [&](const QString &opt, const Word &arg) {
        const QString value = arg.expanded;
        if (opt == QLatin1String("-X") || opt == QLatin1String("--request")) {
            r.method = value.toUpper().toLatin1();
            methodSet = true;
        } else if (opt == QLatin1String("-H") || opt == QLatin1String("--header")) {
            const int colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                return;
            const QString name = value.left(colon).trimmed();
            const QString v = value.mid(colon + 1).trimmed();
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
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
            } else if (name.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0) {
                r.cookieHeader = v;
                for (const QString &part : v.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    r.cookieNames << part.section(QLatin1Char('='), 0, 0).trimmed();
            } else {
                r.otherHeaders.append({name.toLatin1(), v.toUtf8()});
            }
        } else if (opt == QLatin1String("-u") || opt == QLatin1String("--user")) {
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
        } else if (opt == QLatin1String("-b") || opt == QLatin1String("--cookie")) {
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
        } else if (opt == QLatin1String("--oauth2-bearer")) {
            r.authScheme = QStringLiteral("bearer");
            r.bearerToken = value;
        } else if (opt.startsWith(QLatin1String("-d")) || opt.startsWith(QLatin1String("--data"))
            || opt == QLatin1String("-F") || opt == QLatin1String("--form")) {
            hasData = true;
        } else if (opt == QLatin1String("--url")) {
            r.rawUrl = value;
            noteShell(arg, QCoreApplication::translate("berth::CurlCommand", "the URL"));
        }
    };

    for (int i = 0; i < words.size(); ++i) {
        const Word &w = words.at(i);
        const QString t = w.expanded;
        if (t == QLatin1String("--"))
            continue;
        if (t.startsWith(QLatin1String("--"))) {
            const int eq = t.indexOf(QLatin1Char('='));
            const QString opt = eq > 0 ? t.left(eq) : t;
            if (optionsWithArgument().contains(opt)) {
                Word arg;
                if (eq > 0) {
                    arg.typed = w.typed.mid(w.typed.indexOf(QLatin1Char('=')) + 1);
                    arg.expanded = t.mid(eq + 1);
                    arg.variables = w.variables;
                } else if (i + 1 < words.size()) {
                    arg = words.at(++i);
                }
                handle(opt, arg);
            } else if (opt == QLatin1String("--head")) {
                r.method = "HEAD";
                methodSet = true;
            } else if (opt == QLatin1String("--insecure")) {
                r.notes << QCoreApplication::translate("berth::CurlCommand", "--insecure turns off TLS verification");
            } else if (opt == QLatin1String("--location")) {
                r.notes << QCoreApplication::translate(
                    "berth::CurlCommand", "--location follows redirects; curl drops -u credentials on another host");
            }
            continue;
        }
        if (t.startsWith(QLatin1Char('-')) && t.size() > 1) {
            // A bundle of short flags; the first one that takes an argument takes the rest.
            for (int k = 1; k < t.size(); ++k) {
                const QChar f = t.at(k);
                if (kShortWithArgument.contains(f)) {
                    Word arg;
                    if (k + 1 < t.size()) {
                        arg.expanded = t.mid(k + 1);
                        const int at = w.typed.indexOf(f);
                        arg.typed = at >= 0 ? w.typed.mid(at + 1) : arg.expanded;
                        arg.variables = w.variables;
                    } else if (i + 1 < words.size()) {
                        arg = words.at(++i);
                    }
                    handle(QStringLiteral("-") + f, arg);
                    break;
                }
                if (f == QLatin1Char('I')) {
                    r.method = "HEAD";
                    methodSet = true;
                } else if (f == QLatin1Char('k')) {
                    r.notes << QCoreApplication::translate("berth::CurlCommand", "-k turns off TLS verification");
                } else if (f == QLatin1Char('L')) {
                    r.notes << QCoreApplication::translate(
                        "berth::CurlCommand", "-L follows redirects; curl drops -u credentials on another host");
                }
            }
            continue;
        }
        if (r.rawUrl.isEmpty()) {
            r.rawUrl = t;
            noteShell(w, QCoreApplication::translate("berth::CurlCommand", "the URL"));
        }
    }
    if (!methodSet && hasData)
        r.method = "POST";
    if (r.rawUrl.isEmpty()) {
        r.error = QCoreApplication::translate("berth::CurlCommand", "no URL in the command");
        return r;
    }
    QString raw = r.rawUrl;
    if (!raw.contains(QLatin1String("://")))
        raw.prepend(QStringLiteral("https://"));
    r.url = QUrl::fromEncoded(raw.toUtf8(), QUrl::TolerantMode);
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
    return r;
}

QString corrected(const CurlRequest &request, const QString &fixedUrl, const QString &user, const QString &secret)
{
    QString cmd = QStringLiteral("curl");
    if (request.method != "GET")
        cmd += QStringLiteral(" -X ") + QString::fromLatin1(request.method);
    if (!user.isEmpty()) {
        QString cred = user + QLatin1Char(':') + (secret.isEmpty() ? QStringLiteral("<secret>") : secret);
        cred.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        cmd += QStringLiteral(" -u '%1'").arg(cred);
    }
    cmd += QStringLiteral(" '%1'").arg(fixedUrl);
    return cmd;
}

} // namespace CurlCommand
} // namespace berth
