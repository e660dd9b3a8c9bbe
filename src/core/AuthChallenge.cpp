#include "AuthChallenge.h"

#include "DisplayText.h"
#include "HttpTokens.h"
#include "RegistryUrl.h"

#include <QCoreApplication>

namespace berth {

namespace {

struct AuthChallengeText
{
    Q_DECLARE_TR_FUNCTIONS(berth::AuthChallenge)
};

// RFC 9110 section 11.2 token68, without the trailing '='.
bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

// A recursive-descent reader of the challenge grammar (RFC 9110 section 11.6.1 and 11.2):
//   challenges = challenge *( OWS "," OWS challenge )      (empty list elements allowed, 5.6.1)
//   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//   auth-param = token BWS "=" BWS ( token / quoted-string )
// Commas inside quoted strings (scope="repository:a/b:pull,push") belong to the value.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(berth::AuthChallenge)

public:
    explicit Reader(const QByteArray &text)
        : h(text)
    { }

    Parsed<QList<AuthChallenge>> run()
    {
        Parsed<QList<AuthChallenge>> r;
        skipSeparators();
        if (p == h.size() && !commaSeen) {
            r.error = tr("The server's WWW-Authenticate header is empty, so it names no way to log in.");
            return r;
        }
        bool first = true;
        while (p < h.size() && error.isEmpty()) {
            if (!first && !commaSeen) {
                fail(tr("a comma is missing between two challenges"));
                break;
            }
            commaSeen = false;
            r.value.append(challenge());
            skipSeparators();
            first = false;
        }
        if (error.isEmpty() && r.value.isEmpty())
            error = tr("it names no authentication scheme");
        if (!error.isEmpty())
            return Parsed<QList<AuthChallenge>> {
                {}, tr("The server's WWW-Authenticate header cannot be read: %1.").arg(error)};
        return r;
    }

private:
    const QByteArray &h;
    qsizetype p = 0;
    bool commaSeen = false; // since the current challenge began
    QString error;

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message + tr(" (at character %1)").arg(p + 1);
    }

    char at(qsizetype i) const { return i < h.size() ? h.at(i) : '\0'; }

    void skipOws()
    {
        while (p < h.size() && (h.at(p) == ' ' || h.at(p) == '\t'))
            ++p;
    }

    // Whitespace and commas between list elements; true when at least one comma was read.
    bool skipSeparators()
    {
        bool comma = false;
        for (;;) {
            skipOws();
            if (at(p) != ',')
                return comma;
            comma = true;
            commaSeen = true;
            ++p;
        }
    }

    QByteArray token()
    {
        const qsizetype start = p;
        while (p < h.size() && isHttpTokenChar(h.at(p)))
            ++p;
        return h.mid(start, p - start);
    }

    AuthChallenge challenge()
    {
        AuthChallenge c;
        const QByteArray scheme = token();
        if (scheme.isEmpty()) {
            fail(tr("an authentication scheme such as Bearer or Basic was expected"));
            return c;
        }
        qsizetype q = p;
        while (q < h.size() && (h.at(q) == ' ' || h.at(q) == '\t'))
            ++q;
        if (at(q) == '=' && !isToken68Char(at(q + 1)) && at(q + 1) != '=') {
            fail(tr("it starts with a parameter, not with an authentication scheme"));
            return c;
        }
        c.scheme = QString::fromLatin1(scheme).toLower();
        if (p == h.size() || at(p) == ',')
            return c;
        if (at(p) != ' ' && at(p) != '\t') {
            fail(tr("an unexpected character follows the scheme"));
            return c;
        }
        skipOws();
        if (p == h.size() || at(p) == ',')
            return c;
        if (readToken68(c))
            return c;
        params(c);
        return c;
    }

    // "Negotiate abc==" (unused by registries, but valid): kept under the empty key.
    bool readToken68(AuthChallenge &c)
    {
        qsizetype e = p;
        while (e < h.size() && isToken68Char(h.at(e)))
            ++e;
        if (e == p)
            return false;
        while (at(e) == '=')
            ++e;
        qsizetype q = e;
        while (q < h.size() && (h.at(q) == ' ' || h.at(q) == '\t'))
            ++q;
        if (q < h.size() && h.at(q) != ',')
            return false; // "realm=..." or the next scheme: parameters
        c.params.insert(QString(), QString::fromLatin1(h.mid(p, e - p)));
        p = q;
        return true;
    }

    void params(AuthChallenge &c)
    {
        while (p < h.size() && error.isEmpty()) {
            const qsizetype start = p;
            const QString name = QString::fromLatin1(token()).toLower();
            skipOws();
            if (name.isEmpty() || at(p) != '=') {
                if (name.isEmpty() && p < h.size())
                    fail(tr("a parameter name was expected"));
                p = start; // the next challenge's scheme
                return;
            }
            ++p;
            skipOws();
            QString value;
            if (at(p) == '"') {
                value = quoted();
            } else {
                const QByteArray t = token();
                if (t.isEmpty())
                    fail(tr("the parameter %1 has no value").arg(name));
                value = QString::fromLatin1(t);
            }
            if (!error.isEmpty())
                return;
            if (c.params.contains(name)) {
                fail(tr("the parameter %1 appears twice").arg(name));
                return;
            }
            c.params.insert(name, value);
            skipOws();
            if (p < h.size() && at(p) != ',') {
                fail(tr("an unexpected character follows the value of %1").arg(name));
                return;
            }
            if (!skipSeparators())
                return;
        }
    }

    // RFC 9110 section 5.6.4: quoted-pair escapes one character; controls other than HTAB are
    // not allowed inside, so no value we return can rewrite a terminal.
    QString quoted()
    {
        QByteArray value;
        ++p;
        for (;;) {
            if (p >= h.size()) {
                fail(tr("a quoted value is not closed"));
                return {};
            }
            char ch = h.at(p);
            if (ch == '"') {
                ++p;
                // obs-text may be UTF-8 for a C1 control or a bidi override (U+0085, U+202E):
                // as invisible on a terminal as the C0 ones.
                const QString text = QString::fromUtf8(value);
                if (DisplayText::hasControl(QString(text).remove(QLatin1Char('\t')))) {
                    fail(tr("a quoted value contains a control character"));
                    return {};
                }
                return text;
            }
            if (ch == '\\') {
                ++p;
                if (p >= h.size()) {
                    fail(tr("a quoted value is not closed"));
                    return {};
                }
                ch = h.at(p);
            }
            if (isControl(ch)) {
                fail(tr("a quoted value contains a control character"));
                return {};
            }
            value.append(ch);
            ++p;
        }
    }
};

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

QString hostAndPort(const QUrl &url)
{
    QString s = url.host(QUrl::FullyEncoded);
    if (s.contains(QLatin1Char(':')))
        s = QLatin1Char('[') + s + QLatin1Char(']');
    if (url.port() != -1)
        s += QLatin1Char(':') + QString::number(url.port());
    return DisplayText::escapeControl(s);
}

} // namespace

QString AuthChallenge::realm() const
{
    return params.value(QStringLiteral("realm"));
}

QString AuthChallenge::service() const
{
    return params.value(QStringLiteral("service"));
}

QStringList AuthChallenge::scopes() const
{
    return params.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString AuthChallenge::error() const
{
    return params.value(QStringLiteral("error"));
}

Parsed<QList<AuthChallenge>> parseAuthChallenges(const QByteArray &header)
{
    return Reader(header).run();
}

QString realmRefusal(const QUrl &registry, const QUrl &realmAsSent)
{
    if (realmAsSent.isEmpty() || !realmAsSent.isValid())
        return AuthChallengeText::tr("The registry names no valid address for its token service.");
    // A relative realm ("/service/token") is resolved against the registry (RFC 3986 section 5):
    // it can only name the registry's own origin, which is allowed below.
    const QUrl realm = realmAsSent.isRelative() ? registry.resolved(realmAsSent) : realmAsSent;
    const QString scheme = realm.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return AuthChallengeText::tr("The registry's token service is not an http or https address; Berth does not "
                                     "send credentials there.");
    if (!realm.userInfo().isEmpty())
        return AuthChallengeText::tr("The registry's token service address carries a user name; Berth does not "
                                     "send credentials there.");
    if (realm.host().isEmpty())
        return AuthChallengeText::tr("The registry's token service address has no host.");

    const QString registryScheme = registry.scheme().toLower();
    const bool sameOrigin = scheme == registryScheme && realm.host().compare(registry.host(), Qt::CaseInsensitive) == 0
        && realm.port(defaultPort(scheme)) == registry.port(defaultPort(registryScheme));
    if (sameOrigin)
        return {};
    const bool realmLoopback = isLoopbackHost(realm.host());
    const bool registryLoopback = isLoopbackHost(registry.host());
    // crane's validateRealmURL (pkg/v1/remote/transport/bearer.go) refuses the same: a remote
    // server must not point Berth, with credentials, at a service on this machine.
    if (realmLoopback && !registryLoopback)
        return AuthChallengeText::tr("The registry sends Berth to %1 on this machine for a token; Berth refuses, as "
                                     "a remote server must not direct credentials to a local service.")
            .arg(hostAndPort(realm));
    if (scheme == QLatin1String("https") || (realmLoopback && registryLoopback))
        return {};
    return AuthChallengeText::tr("The registry sends Berth to %1 over plain http for a token; Berth refuses, as "
                                 "the credentials would travel unencrypted to a host you did not name.")
        .arg(hostAndPort(realm));
}

QString repositoryScope(const QString &repository, const QStringList &actions)
{
    return QStringLiteral("repository:") + repository + QLatin1Char(':') + actions.join(QLatin1Char(','));
}

} // namespace berth
