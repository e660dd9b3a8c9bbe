#pragma once

#include "Parsed.h"

#include <QByteArray>
#include <QDateTime>

namespace berth {

// The token server's answer (distribution docs/spec/auth/token.md "Token Response Fields").
struct RegistryToken
{
    QByteArray token; // a secret: never logged
    qint64 expiresInSeconds = 60; // clamped to [1, kMaxTokenLifetimeSeconds]
    QDateTime issuedAt; // invalid when absent or not RFC 3339
};

// One day: a longer claimed lifetime is treated as one day (we refresh earlier, never later).
inline constexpr qint64 kMaxTokenLifetimeSeconds = 24 * 60 * 60;

// "token" or "access_token" (token wins when both); expires_in absent or not a number -> 60.
// Not JSON, not an object, no token -> error. Messages never quote the body.
Parsed<RegistryToken> parseRegistryToken(const QByteArray &body);

} // namespace berth
