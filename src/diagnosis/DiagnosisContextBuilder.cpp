#include "DiagnosisContextBuilder.h"

#include "api/HarborClient.h"
#include "credentials/Profile.h"

namespace berth {

DiagnosisContext credentialFacts(const std::optional<Profile> &profile, const QString &username)
{
    DiagnosisContext c;
    c.credentialsExpected = profile ? profile->needsSecret() : !username.isEmpty();
    if (profile)
        c.robotExpiresAt = profile->robotExpiresAt;
    return c;
}

DiagnosisContext diagnosisContext(const DiagnosisContext &credentials, const QString &targetProject,
    const QString &neededPermission, const CredentialVerdict *freshVerdict)
{
    DiagnosisContext c = credentials;
    c.targetProject = targetProject;
    c.neededPermission = neededPermission;
    // users/current: 412 for a robot Harbor accepts, 200 for a user, 401 for credentials it rejects.
    if (freshVerdict) {
        switch (freshVerdict->state) {
        case CredentialVerdict::State::AcceptedRobot:
            c.usersCurrentStatus = 412;
            break;
        case CredentialVerdict::State::AcceptedUser:
            c.usersCurrentStatus = 200;
            break;
        case CredentialVerdict::State::Rejected:
            c.usersCurrentStatus = 401;
            break;
        case CredentialVerdict::State::Anonymous:
        case CredentialVerdict::State::Unknown:
            break;
        }
    }
    return c;
}

} // namespace berth
