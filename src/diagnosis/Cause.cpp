#include "Cause.h"

namespace berth {

QString causeId(Cause cause)
{
    switch (cause) {
    case Cause::NoCredentials:
        return QStringLiteral("no_credentials");
    case Cause::KeyringLocked:
        return QStringLiteral("keyring_locked");
    case Cause::TokenAsSecret:
        return QStringLiteral("token_as_secret");
    case Cause::RobotPrefixMissing:
        return QStringLiteral("robot_prefix_missing");
    case Cause::ShellExpandedName:
        return QStringLiteral("shell_expanded_name");
    case Cause::CredentialsRejected:
        return QStringLiteral("credentials_rejected");
    case Cause::OidcPassword:
        return QStringLiteral("oidc_password");
    case Cause::RedirectWithheld:
        return QStringLiteral("redirect_withheld");
    case Cause::HeaderStripped:
        return QStringLiteral("header_stripped");
    case Cause::BearerIgnored:
        return QStringLiteral("bearer_ignored");
    case Cause::CookieCsrf:
        return QStringLiteral("cookie_csrf");
    case Cause::PermissionMissing:
        return QStringLiteral("permission_missing");
    case Cause::WrongProject:
        return QStringLiteral("wrong_project");
    case Cause::ReadOnly:
        return QStringLiteral("read_only");
    case Cause::AlreadyDeleted:
        return QStringLiteral("already_deleted");
    case Cause::TagMoved:
        return QStringLiteral("tag_moved");
    case Cause::BadEncoding:
        return QStringLiteral("bad_encoding");
    case Cause::ImmutableTag:
        return QStringLiteral("immutable_tag");
    case Cause::ReferencedByIndex:
        return QStringLiteral("referenced_by_index");
    case Cause::Validation:
        return QStringLiteral("validation");
    case Cause::RateLimited:
        return QStringLiteral("rate_limited");
    case Cause::ServerError:
        return QStringLiteral("server_error");
    case Cause::ProxyError:
        return QStringLiteral("proxy_error");
    case Cause::BadResponse:
        return QStringLiteral("bad_response");
    case Cause::TlsUntrusted:
        return QStringLiteral("tls_untrusted");
    case Cause::TlsProtocolVersion:
        return QStringLiteral("tls_protocol_version");
    case Cause::Timeout:
        return QStringLiteral("timeout");
    case Cause::Network:
        return QStringLiteral("network");
    case Cause::PlainHttpRefused:
        return QStringLiteral("plain_http_refused");
    case Cause::InvalidRef:
        return QStringLiteral("invalid_ref");
    case Cause::Cancelled:
        return QStringLiteral("cancelled");
    case Cause::Unknown:
        return QStringLiteral("unknown");
    case Cause::NoProblemFound:
        return QStringLiteral("no_problem_found");
    case Cause::ProbeRefused:
        return QStringLiteral("probe_refused");
    case Cause::DigestMismatch:
        return QStringLiteral("digest_mismatch");
    case Cause::PullNotPermitted:
        return QStringLiteral("pull_not_permitted");
    case Cause::RealmRefused:
        return QStringLiteral("realm_refused");
    case Cause::TagDeleteUnsupported:
        return QStringLiteral("tag_delete_unsupported");
    case Cause::RegistryDeleteDisabled:
        return QStringLiteral("registry_delete_disabled");
    case Cause::CatalogDenied:
        return QStringLiteral("catalog_denied");
    case Cause::TokenServiceUnreachable:
        return QStringLiteral("token_service_unreachable");
    case Cause::TokenDenied:
        return QStringLiteral("token_denied");
    case Cause::TagExists:
        return QStringLiteral("tag_exists");
    case Cause::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Cause::ProxyCacheProject:
        return QStringLiteral("proxy_cache_project");
    case Cause::UndoBlobsCollected:
        return QStringLiteral("undo_blobs_collected");
    }
    return QStringLiteral("unknown");
}

QList<Cause> allCauses()
{
    QList<Cause> causes;
    for (int i = 0; i <= int(Cause::UndoBlobsCollected); ++i)
        causes << Cause(i);
    return causes;
}

std::optional<Cause> causeFromId(const QString &id)
{
    for (const Cause c : allCauses())
        if (causeId(c) == id)
            return c;
    return std::nullopt;
}

QString actionId(DiagnosisAction action)
{
    switch (action) {
    case DiagnosisAction::CopyDetails:
        return QStringLiteral("copy_details");
    case DiagnosisAction::EditCredentials:
        return QStringLiteral("edit_credentials");
    case DiagnosisAction::Retry:
        return QStringLiteral("retry");
    case DiagnosisAction::ContinueAnonymously:
        return QStringLiteral("continue_anonymously");
    case DiagnosisAction::Refresh:
        return QStringLiteral("refresh");
    case DiagnosisAction::TrustCertificate:
        return QStringLiteral("trust_certificate");
    }
    return {};
}

} // namespace berth
