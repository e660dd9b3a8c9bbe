#include "credentials/CredentialResult.h"

namespace berth {

CredentialResult CredentialResult::success(const QString &secret)
{
    CredentialResult result;
    result.status = CredentialStatus::Ok;
    result.secret = secret;
    return result;
}

CredentialResult CredentialResult::failure(CredentialStatus status, const QString &message, const QString &detail)
{
    CredentialResult result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    return result;
}

QString credentialStatusName(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return QStringLiteral("Ok");
    case CredentialStatus::NotFound:
        return QStringLiteral("NotFound");
    case CredentialStatus::NoBackend:
        return QStringLiteral("NoBackend");
    case CredentialStatus::AccessDenied:
        return QStringLiteral("AccessDenied");
    case CredentialStatus::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

} // namespace berth
