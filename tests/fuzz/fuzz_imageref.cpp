// libFuzzer target: REF parsing in both modes (ls: bare repository allowed; rm: a tag or digest
// required) and digest validation.
#include "core/ImageRef.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

void checkRef(const QString &text, bool requireReference)
{
    const ImageRef r = parseImageRef(text, requireReference);
    if (!r.isValid()) {
        FUZZ_CHECK(!r.error.isEmpty());
        return;
    }
    FUZZ_CHECK(!r.project.isEmpty() && !r.repository.isEmpty());
    FUZZ_CHECK(!r.project.contains(QLatin1Char('/')) && !r.project.contains(QLatin1Char(':')));
    FUZZ_CHECK(r.tag.isEmpty() || r.digest.isEmpty()); // a digest wins over a tag
    FUZZ_CHECK(r.digest.isEmpty() || isValidDigest(r.digest));
    FUZZ_CHECK(!r.tag.contains(QLatin1Char('/')) && r.tag.size() <= 128);
    if (requireReference)
        FUZZ_CHECK(!r.reference().isEmpty());
    // What we print parses back to the same reference.
    const ImageRef again = parseImageRef(r.toString(), requireReference);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again.host == r.host && again.project == r.project && again.repository == r.repository);
    FUZZ_CHECK(again.tag == r.tag && again.digest == r.digest);
    r.fullRepository();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkRef(text, false);
    checkRef(text, true);
    if (isValidDigest(text)) {
        FUZZ_CHECK(text.size() == 7 + 64 || text.size() == 7 + 128);
        FUZZ_CHECK(text.startsWith(QLatin1String("sha256:")) || text.startsWith(QLatin1String("sha512:")));
    }
    // The same bytes as the digest of a known repository.
    checkRef(QStringLiteral("team-a/backend/api@") + text, true);
    checkRef(QStringLiteral("harbor.example.com:8443/team-a/api:") + text, true);
    return 0;
}
