#pragma once

#include "api/ApiError.h"
#include "diagnosis/Cause.h"

namespace berth {

// berthctl's exit codes; scripts depend on them.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // bad response, 422, 429 or 5xx after retries, anything else
    ExitUsage = 2,
    ExitUnauthenticated = 3, // 401, or the given credentials were rejected
    ExitForbidden = 4,
    ExitNotFound = 5,
    ExitPrecondition = 6,
    ExitTransport = 7, // network, timeout, TLS
    ExitCredentials = 8, // unknown profile, keychain error, no secret
};

int exitCodeFor(const ApiError &error);
// The same, refined by the diagnosis: Harbor's /v2/ says 401 where its API would say 403, so a
// robot that may not pull (cause pull_not_permitted) exits 4, as a refusal, not 3.
int exitCodeFor(const ApiError &error, Cause cause);

} // namespace berth
