// libFuzzer target: nextLink() over the input as a Link header, against a base picked by the
// first byte (loopback http with a port, https with a path prefix, https on a custom port).
#include "core/LinkHeader.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl bases[] = {
        QUrl(QStringLiteral("http://127.0.0.1:5000/v2/_catalog?n=100")),
        QUrl(QStringLiteral("https://registry.example/prefix/v2/a/b/tags/list")),
        QUrl(QStringLiteral("https://registry.example:8443/v2/_catalog?last=x&n=2")),
    };
    const QUrl &base = bases[size > 0 ? data[0] % 3 : 0];
    const QByteArray header(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    bool cross = false;
    bool malformed = false;
    const QUrl next = nextLink(header, base, &cross, &malformed);
    // At most one verdict, and a URL only without one.
    FUZZ_CHECK(!(cross && malformed));
    if (cross || malformed)
        FUZZ_CHECK(!next.isValid());
    if (next.isValid()) {
        // Same origin as the page, http(s), nothing of the caller's own: no userinfo, no fragment.
        FUZZ_CHECK(next.scheme() == base.scheme());
        FUZZ_CHECK(next.host().compare(base.host(), Qt::CaseInsensitive) == 0);
        FUZZ_CHECK(next.port(defaultPort(next)) == base.port(defaultPort(base)));
        FUZZ_CHECK(next.userInfo().isEmpty());
        FUZZ_CHECK(!next.hasFragment());
    }
    // Deterministic, and the optional outputs change nothing.
    FUZZ_CHECK(nextLink(header, base) == next);
    return 0;
}
