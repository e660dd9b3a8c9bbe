// libFuzzer target: parseOciImageConfig. The input is the config blob.
#include "core/DisplayText.h"
#include "core/OciConfig.h"
#include "FuzzCheck.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

QString summary(const Parsed<OciImageConfig> &r)
{
    const OciImageConfig &c = r.value;
    QStringList parts {
        r.error, c.created, c.author, c.os, c.architecture, c.variant, c.osVersion, c.workingDir, c.user, c.stopSignal};
    parts << c.entrypoint << c.cmd << c.env << c.exposedPorts << c.volumes << c.diffIds;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        parts << it.key() << it.value();
    for (const OciHistoryEntry &h : c.history)
        parts << h.created << h.createdBy << h.author << h.comment << QString::number(h.emptyLayer);
    return parts.join(QChar(0));
}

bool isSorted(const QStringList &list)
{
    return std::is_sorted(list.cbegin(), list.cend());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Parsed<OciImageConfig> r = parseOciImageConfig(body);
    FUZZ_CHECK(summary(r) == summary(parseOciImageConfig(body)));
    if (!r.ok()) {
        FUZZ_CHECK(!DisplayText::hasControl(r.error));
        FUZZ_CHECK(summary(r) == summary(Parsed<OciImageConfig> {{}, r.error}));
        return 0;
    }
    // Keys of a JSON object: sorted and each once (QJsonObject keeps the last of duplicate keys).
    FUZZ_CHECK(isSorted(r.value.exposedPorts) && isSorted(r.value.volumes));
    FUZZ_CHECK(
        std::adjacent_find(r.value.exposedPorts.cbegin(), r.value.exposedPorts.cend()) == r.value.exposedPorts.cend());
    return 0;
}
