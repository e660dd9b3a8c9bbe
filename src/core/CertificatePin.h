#pragma once

#include <QString>

namespace berth {

// A pinned certificate is named by the SHA-256 of its DER bytes, in lower-case hex. People paste
// it as browsers and `openssl x509 -fingerprint -sha256` print it (upper case, colon-separated,
// sometimes with spaces); this is the one form Berth stores, compares and shows.
QString normalizedPin(const QString &pin);

// 64 hex digits after normalizedPin(); empty is not a pin.
bool isWellFormedPin(const QString &normalized);

} // namespace berth
