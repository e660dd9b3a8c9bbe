#pragma once

#include "ApiError.h"
#include "ApiTransport.h"
#include "core/ServerKind.h"

#include <QObject>
#include <QString>

namespace berth {

// What answers at a profile's address, found by asking it.
struct ServerIdentity
{
    ServerKind kind = ServerKind::Registry;
    QString version; // Harbor: systeminfo harbor_version; registry: Docker-Distribution-Api-Version
};

// GET /api/v2.0/systeminfo (200 + JSON object with "harbor_version" or "auth_mode" => Harbor), else
// GET /v2/ (200, or 401 with a WWW-Authenticate challenge or Docker-Distribution-Api-Version => Registry),
// else an error saying this is neither (kind BadResponse, detail in words). Network/TLS errors as they are.
//
// Both first requests go without credentials, so that a wrong password or a plain-http remote
// host cannot hide what the server is; a Harbor that hides its version from anonymous callers
// (since v2.2) is asked once more with the profile's credentials, where the policy allows, and a
// failure of that request only leaves the version empty. `done` is not called when `context`
// is gone.
void detectServer(ApiTransport *transport, QObject *context, Callback<ServerIdentity> done);

} // namespace berth
