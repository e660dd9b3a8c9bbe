// libFuzzer target: the manifest-refs file reader (core/ManifestRefs) on any bytes. The input is
// the file; "BRTHREFS" and version 1 are prepended when bit 0 of the first byte is set, so the
// fuzzer reaches the records without having to find the header first. Invariants: every record
// scan() accepts decodes, names the digest it is filed under, and encodes back to a record that
// scans to the same content; nothing is allocated beyond the input's size.
#include "core/ManifestRefs.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray file(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1)
        file.prepend(ManifestRefsFormat::header());
    const ManifestRefsFormat::Scan s = ManifestRefsFormat::scan(file);
    FUZZ_CHECK(!s.badHeader || s.offsets.isEmpty());
    for (auto it = s.offsets.cbegin(); it != s.offsets.cend(); ++it) {
        QString digest;
        ManifestRefs refs;
        FUZZ_CHECK(ManifestRefsFormat::decodePayload(file, it.value(), &digest, &refs));
        FUZZ_CHECK(ManifestRefsFormat::digestKey(digest) == it.key());
        FUZZ_CHECK(refs.size >= 0 && refs.refs.size() <= ManifestRefsFormat::kMaxRefs);
        const QByteArray again = ManifestRefsFormat::header() + ManifestRefsFormat::encodeRecord(digest, refs);
        const ManifestRefsFormat::Scan s2 = ManifestRefsFormat::scan(again);
        FUZZ_CHECK(s2.offsets.size() == 1 && s2.skipped == 0 && !s2.truncated);
        ManifestRefs back;
        FUZZ_CHECK(ManifestRefsFormat::decodePayload(again, s2.offsets.value(it.key()), nullptr, &back));
        FUZZ_CHECK(back == refs);
    }
    return 0;
}
