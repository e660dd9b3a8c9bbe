// libFuzzer target: the robot-export JSON import (the file Harbor's portal offers after a robot
// is created).
#include "core/RobotExport.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RobotExport r = parseRobotExport(json);
    if (r.error.isEmpty()) {
        // Success means something usable, already trimmed.
        FUZZ_CHECK(r.isValid());
        FUZZ_CHECK(r.name == r.name.trimmed() && r.secret == r.secret.trimmed());
        if (r.expiresAt.isValid())
            FUZZ_CHECK(r.expiresAt.toSecsSinceEpoch() > 0);
    } else {
        FUZZ_CHECK(!r.isValid());
        FUZZ_CHECK(r.secret.isEmpty() || !r.error.isEmpty());
    }
    return 0;
}
