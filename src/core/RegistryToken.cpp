#include "RegistryToken.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace berth {

namespace {

struct RegistryTokenText
{
    Q_DECLARE_TR_FUNCTIONS(berth::RegistryToken)
};

// A token goes into an Authorization header: visible ASCII only (RFC 9110 token68 and JWTs are
// a subset). A CR or LF would split the header.
bool isHeaderSafe(const QByteArray &token)
{
    for (const char c : token) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

// A token body is small; a larger one is not a token server's answer.
constexpr qsizetype kMaxTokenBodyBytes = 1024 * 1024;

} // namespace

Parsed<RegistryToken> parseRegistryToken(const QByteArray &body)
{
    // The messages never quote the body: it may hold a token.
    Parsed<RegistryToken> r;
    if (body.size() > kMaxTokenBodyBytes) {
        r.error = RegistryTokenText::tr("The token service's answer is %1 bytes, too large to be a token.")
                      .arg(body.size());
        return r;
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = RegistryTokenText::tr("The token service did not answer with a JSON object, so it gave no token.");
        return r;
    }
    const QJsonObject o = doc.object();
    // distribution docs/spec/auth/token.md: "token", and "access_token" for OAuth 2.0 clients;
    // both are the same when both are sent.
    QString text = o.value(QLatin1String("token")).toString();
    if (text.isEmpty())
        text = o.value(QLatin1String("access_token")).toString();
    if (text.isEmpty()) {
        r.error = RegistryTokenText::tr("The token service answered without a token.");
        return r;
    }
    r.value.token = text.toUtf8();
    if (!isHeaderSafe(r.value.token)) {
        r.value.token.fill('\0');
        r.value.token.clear();
        r.error = RegistryTokenText::tr("The token service sent a token with spaces or control characters, which "
                                        "cannot be sent back in a header.");
        return r;
    }

    // expires_in: 60 when absent (token.md). Zero, negative or not a number is read as absent; a
    // lifetime beyond a day is cut to a day (refreshing early is harmless, late is not).
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    if (expires.isDouble() && expires.toDouble() >= 1) {
        const double seconds = std::floor(expires.toDouble());
        r.value.expiresInSeconds
            = seconds >= double(kMaxTokenLifetimeSeconds) ? kMaxTokenLifetimeSeconds : static_cast<qint64>(seconds);
    }
    const QString issued = o.value(QLatin1String("issued_at")).toString();
    if (!issued.isEmpty())
        r.value.issuedAt = QDateTime::fromString(issued, Qt::ISODateWithMs);
    return r;
}

} // namespace berth
