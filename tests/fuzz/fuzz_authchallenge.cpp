// libFuzzer target: the registry login path. parseAuthChallenges on the whole input and on its
// first line, realmRefusal for every realm found against a registry picked by the flag byte (or
// given on the second line), and parseRegistryToken on the whole input.
// Input layout: one flag byte, then the text.
#include "core/AuthChallenge.h"
#include "core/DisplayText.h"
#include "core/RegistryToken.h"
#include "core/RegistryUrl.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

bool hasControlBesidesTab(const QString &text)
{
    return DisplayText::hasControl(QString(text).remove(QLatin1Char('\t')));
}

bool isTokenText(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u > 0x7e || u <= 0x20 || QStringLiteral("\"(),/:;<=>?@[\\]{}").contains(c))
            return false;
    }
    return true;
}

// The challenges written back as a header: scheme, then key="value" with '"' and '\' escaped.
QByteArray serialize(const QList<AuthChallenge> &list)
{
    QStringList challenges;
    for (const AuthChallenge &c : list) {
        QString text = c.scheme;
        QStringList params;
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
            if (it.key().isEmpty()) {
                params << it.value(); // token68
                continue;
            }
            QString v = it.value();
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
            params << it.key() + QLatin1String("=\"") + v + QLatin1Char('"');
        }
        if (!params.isEmpty())
            text += QLatin1Char(' ') + params.join(QLatin1String(", "));
        challenges << text;
    }
    return challenges.join(QLatin1String(", ")).toUtf8();
}

QString flatten(const Parsed<QList<AuthChallenge>> &r)
{
    QStringList parts {r.error};
    for (const AuthChallenge &c : r.value) {
        parts << c.scheme;
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
            parts << it.key() << it.value();
    }
    return parts.join(QChar(0));
}

int defaultPort(const QUrl &u)
{
    return u.scheme().toLower() == QLatin1String("https") ? 443 : 80;
}

void checkRealm(const QUrl &registry, const QString &realmText)
{
    const QUrl realm(realmText);
    const QString refusal = realmRefusal(registry, realm);
    FUZZ_CHECK(refusal == realmRefusal(registry, realm));
    FUZZ_CHECK(!DisplayText::hasControl(refusal));
    if (!refusal.isEmpty())
        return;
    // Allowed: http(s) with a host and no user info, and either the registry's own origin, or
    // https to a host that is not this machine (unless the registry is), or loopback to loopback.
    const QUrl r = realm.isRelative() ? registry.resolved(realm) : realm;
    const QString scheme = r.scheme().toLower();
    FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    FUZZ_CHECK(!r.host().isEmpty() && r.userInfo().isEmpty());
    const bool sameOrigin = scheme == registry.scheme().toLower()
        && r.host().compare(registry.host(), Qt::CaseInsensitive) == 0
        && r.port(defaultPort(r)) == registry.port(defaultPort(registry));
    const bool realmLoop = isLoopbackHost(r.host());
    const bool registryLoop = isLoopbackHost(registry.host());
    FUZZ_CHECK(sameOrigin
        || ((!realmLoop || registryLoop) && (scheme == QLatin1String("https") || (realmLoop && registryLoop))));
}

void checkChallenges(const QByteArray &header, const QUrl &registry)
{
    const Parsed<QList<AuthChallenge>> r = parseAuthChallenges(header);
    FUZZ_CHECK(flatten(r) == flatten(parseAuthChallenges(header)));
    if (!r.ok()) {
        FUZZ_CHECK(r.value.isEmpty());
        FUZZ_CHECK(!DisplayText::hasControl(r.error));
        return;
    }
    FUZZ_CHECK(!r.value.isEmpty());
    for (const AuthChallenge &c : r.value) {
        FUZZ_CHECK(isTokenText(c.scheme) && c.scheme == c.scheme.toLower());
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
            FUZZ_CHECK(it.key().isEmpty() || (isTokenText(it.key()) && it.key() == it.key().toLower()));
            FUZZ_CHECK(!hasControlBesidesTab(it.value()));
        }
        for (const QString &scope : c.scopes())
            FUZZ_CHECK(!scope.isEmpty() && !scope.contains(QLatin1Char(' ')));
        if (c.params.contains(QStringLiteral("realm")))
            checkRealm(registry, c.realm());
    }
    // Written back with every value quoted, the header reads the same.
    const Parsed<QList<AuthChallenge>> again = parseAuthChallenges(serialize(r.value));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(flatten(again) == flatten(r));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QByteArray text(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const qsizetype newline = text.indexOf('\n');
    const QByteArray firstLine = newline < 0 ? text : text.left(newline);

    static const QUrl registries[]
        = {QUrl(QStringLiteral("https://harbor.example.com/")), QUrl(QStringLiteral("http://127.0.0.1:5000/")),
            QUrl(QStringLiteral("http://reg.lan:5000/")), QUrl(QStringLiteral("https://[::1]:8443/"))};
    QUrl registry = registries[flags & 3];
    if ((flags & 4) && newline >= 0)
        registry = QUrl(QString::fromUtf8(text.mid(newline + 1).split('\n').value(0)));

    checkChallenges(text, registry);
    checkChallenges(firstLine, registry);
    checkRealm(registry, QString::fromUtf8(firstLine));

    const Parsed<RegistryToken> t = parseRegistryToken(text);
    if (!t.ok()) {
        FUZZ_CHECK(t.value.token.isEmpty() && !DisplayText::hasControl(t.error));
    } else {
        FUZZ_CHECK(!t.value.token.isEmpty());
        for (const char c : t.value.token)
            FUZZ_CHECK(c > 0x20 && c < 0x7f);
        FUZZ_CHECK(t.value.expiresInSeconds >= 1 && t.value.expiresInSeconds <= kMaxTokenLifetimeSeconds);
    }
    repositoryScope(QString::fromUtf8(firstLine), {QStringLiteral("pull")});
    return 0;
}
