// libFuzzer target: docker's config.json and the containers auth.json (imported logins). The first
// byte picks the format; the rest is the file. Also each "auths" key through parseAuthFileKey.
#include "core/ContainerAuthFile.h"
#include "core/DisplayText.h"
#include "core/RegistryUrl.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

bool printable(const QString &text)
{
    return !DisplayText::hasControl(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const AuthFileFormat format = (data[0] & 1) ? AuthFileFormat::Containers : AuthFileFormat::Docker;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    ContainerAuthFile f = parseContainerAuthFile(bytes, format);
    const ContainerAuthFile again = parseContainerAuthFile(bytes, format);
    FUZZ_CHECK(f.entries.size() == again.entries.size() && f.error == again.error); // deterministic
    if (!f.error.isEmpty())
        FUZZ_CHECK(f.entries.isEmpty() && f.credsStore.isEmpty());
    FUZZ_CHECK(f.entries.size() <= maxAuthFileEntries);
    FUZZ_CHECK(f.credsStore.isEmpty() || isValidCredentialHelperName(f.credsStore));
    for (const AuthFileEntry &e : f.entries) {
        // An entry either can be used or says why not, and never both.
        if (!e.error.isEmpty())
            FUZZ_CHECK(e.secret.isEmpty() && e.helper.isEmpty());
        FUZZ_CHECK(e.hasSecret == !e.secret.isEmpty());
        FUZZ_CHECK(!(e.identityToken && e.hasSecret)); // a refresh token is never taken as a password
        FUZZ_CHECK(e.helper.isEmpty() || isValidCredentialHelperName(e.helper));
        FUZZ_CHECK(printable(e.username));
        FUZZ_CHECK(!e.secret.contains(QLatin1Char('\n')) && !e.secret.contains(QChar(0)));
        if (e.error.isEmpty()) {
            FUZZ_CHECK(e.registry.isValid());
            FUZZ_CHECK(e.hasSecret || !e.helper.isEmpty() || e.identityToken);
        }
        if (e.registry.isValid()) {
            // The URL is already normalised: normalising again changes nothing (a keychain key).
            const RegistryUrl n = normalizeRegistryUrl(e.registry.registryUrl.toString());
            FUZZ_CHECK(n.isValid() && n.url == e.registry.registryUrl);
            FUZZ_CHECK(e.registry.registryUrl.userInfo().isEmpty());
        }
        // No sentence quotes the secret.
        if (e.secret.size() >= 4)
            FUZZ_CHECK(!e.error.contains(e.secret));
        const AuthFileKey k = parseAuthFileKey(e.key);
        FUZZ_CHECK(k.isValid() == e.registry.isValid());
        FUZZ_CHECK(printable(k.error));
    }
    for (const QString &w : f.warnings)
        FUZZ_CHECK(printable(w));
    FUZZ_CHECK(printable(f.error));
    f.wipeSecrets();
    for (const AuthFileEntry &e : f.entries)
        FUZZ_CHECK(e.secret.isEmpty());
    // The input as one key.
    const AuthFileKey k = parseAuthFileKey(QString::fromUtf8(bytes.left(512)));
    FUZZ_CHECK(k.isValid() ? k.error.isEmpty() && k.registryUrl.path() == QLatin1String("/") : !k.error.isEmpty());
    return 0;
}
