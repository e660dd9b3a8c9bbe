#pragma once

#include <QMetaType>
#include <QString>

namespace berth {

enum class CredentialStatus { Ok, NotFound, NoBackend, AccessDenied, Other };

struct CredentialResult
{
    CredentialStatus status = CredentialStatus::Other;
    QString secret; // only for successful reads
    QString message; // friendly sentence for the user
    QString detail; // the back end's own errorString(), for a "Details" section

    bool ok() const { return status == CredentialStatus::Ok; }

    static CredentialResult success(const QString &secret = {});
    static CredentialResult failure(CredentialStatus status, const QString &message, const QString &detail = {});
};

QString credentialStatusName(CredentialStatus status); // "NotFound", for logs and tests

} // namespace berth

Q_DECLARE_METATYPE(berth::CredentialResult)
