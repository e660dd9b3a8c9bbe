#pragma once

#include <QString>

namespace berth {

// How a digest is shown where space is short: the algorithm and the first 12 hex digits
// ("sha256:0123456789ab"), as docker and Harbor's portal shorten them. The full digest goes
// in a tooltip or a copyable field; this is never used to identify anything.
QString shortDigest(const QString &digest);

} // namespace berth
