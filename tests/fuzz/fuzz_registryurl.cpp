// libFuzzer target: registry URL normalisation, loopback detection and the credential hints.
// Input layout: one flag byte, then up to four newline-separated fields: url, username, secret,
// robot prefix; the flag byte also picks the robot expiry relative to a fixed "now".
#include "core/CredentialHints.h"
#include "core/RegistryUrl.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

void checkNormalized(const QString &input)
{
    const RegistryUrl r = normalizeRegistryUrl(input);
    if (!r.isValid()) {
        FUZZ_CHECK(!r.error.isEmpty() || !r.url.isValid());
        return;
    }
    const QUrl &u = r.url;
    FUZZ_CHECK(u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
    FUZZ_CHECK(!u.host().isEmpty() && u.path() == QLatin1String("/"));
    FUZZ_CHECK(u.userInfo().isEmpty() && !u.hasQuery() && !u.hasFragment());
    // Normalising is idempotent: the stored form is a fixed point (it is a keychain key).
    const RegistryUrl again = normalizeRegistryUrl(u.toString());
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.url == u);
    FUZZ_CHECK(!registryHost(u).isEmpty());
    isLoopbackHost(u.host());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QStringList fields = text.split(QLatin1Char('\n'));
    const QString url = fields.value(0);
    const QString username = fields.value(1);
    const QString secret = fields.value(2);
    const QString prefix = fields.size() > 3 ? fields.value(3) : QStringLiteral("robot$");

    checkNormalized(url);
    checkNormalized(text);
    const bool loop = isLoopbackHost(url);
    if (loop)
        FUZZ_CHECK(!url.trimmed().isEmpty());

    const QDateTime now = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    QDateTime expires;
    if (flags & 0x80)
        expires = now.addSecs((static_cast<qint64>(flags & 0x7f) - 32) * 86400 / 2);
    const RegistryUrl normalized = normalizeRegistryUrl(url);
    const QUrl target = normalized.isValid() ? normalized.url : QUrl(url);
    const CredentialCheck check = checkCredentials(username, secret, target, expires, prefix, now);
    FUZZ_CHECK(check.username == username.trimmed() && check.secret == secret.trimmed());
    for (const CredentialHint &h : check.hints) {
        FUZZ_CHECK(!h.message.isEmpty());
        FUZZ_CHECK(hintKindName(h.kind) != QLatin1String("Unknown"));
    }

    // Hints quote the name, never the secret: the same fields with a canary in the secret.
    const QString canary = QStringLiteral("\u2603Canary9Z\u2603");
    const QString context = username + prefix + url;
    if (!context.contains(QLatin1String("Canary9Z"))) {
        const CredentialCheck withCanary = checkCredentials(username, secret + canary, target, expires, prefix, now);
        for (const CredentialHint &h : withCanary.hints)
            FUZZ_CHECK(
                !h.message.contains(QLatin1String("Canary9Z")) && !h.suggestion.contains(QLatin1String("Canary9Z")));
    }
    return 0;
}
