// libFuzzer target: the simdjson reading of artifact pages against the QJsonDocument reading.
// parseArtifacts() must give what parseArtifactsReference() gives (the same error text, or the
// same values down to null strings and time specs); where parseArtifactsFast() reads a page the
// reference accepts, its values must be the reference's too. simdjson, like Qt, is not
// instrumented: the coverage that counts is the mapping in core/HarborJsonFast.cpp.
#include "ArtifactDump.h"
#include "core/HarborJson.h"
#include "core/HarborJsonFast.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace berth;

namespace {

void checkSame(const QList<Artifact> &got, const QList<Artifact> &want)
{
    const QStringList g = ArtifactDump::lines(got);
    const QStringList w = ArtifactDump::lines(want);
    if (g == w)
        return;
    for (qsizetype i = 0; i < qMin(g.size(), w.size()); ++i)
        if (g.at(i) != w.at(i)) {
            std::fprintf(stderr, "fast: %s\nreference: %s\n", qPrintable(g.at(i)), qPrintable(w.at(i)));
            break;
        }
    FUZZ_CHECK(g == w);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed<QList<Artifact>> want = HarborJson::parseArtifactsReference(body);
    const Parsed<QList<Artifact>> got = HarborJson::parseArtifacts(body);
    FUZZ_CHECK(got.error == want.error);
    checkSame(got.value, want.value);

    const std::optional<QList<Artifact>> fast = HarborJson::parseArtifactsFast(body);
    if (fast && want.ok())
        checkSame(*fast, want.value);
    return 0;
}
