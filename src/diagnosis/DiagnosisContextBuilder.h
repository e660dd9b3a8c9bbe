#pragma once

#include "Diagnosis.h"

#include <optional>

namespace berth {

struct CredentialVerdict;
struct Profile;

// The one way a DiagnosisContext is put together, for the window and for berthctl alike.

// What the account says before anything fails: credentials are expected when a name is sent (a
// robot or user profile, or berthctl --user without one), and a robot's expiry from its profile.
// Where the connection is made, what reading and checking the secret gave is added to it
// (secretUnavailable, keyringSuspect, keyringMessage, secretLooksLikeToken).
DiagnosisContext credentialFacts(const std::optional<Profile> &profile, const QString &username = {});

// The context for one failed request: the connection's credential facts, what the request was
// for, and users/current's verdict when the caller asked it for this run. berthctl asks just
// before it acts; the window's verdict may be hours old, so it passes none and the diagnosis
// dialog probes again.
DiagnosisContext diagnosisContext(const DiagnosisContext &credentials, const QString &targetProject = {},
    const QString &neededPermission = {}, const CredentialVerdict *freshVerdict = nullptr);

} // namespace berth
