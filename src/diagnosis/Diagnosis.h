#pragma once

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

// Stable cause ids: the same in the GUI, in berthctl's --json output and at the start of its
// human explanation, so that scripts and tests can branch on them.
namespace Cause {
inline const QString NoCredentials = QStringLiteral("no_credentials");
inline const QString KeyringLocked = QStringLiteral("keyring_locked");
inline const QString TokenAsSecret = QStringLiteral("token_as_secret");
inline const QString RobotPrefixMissing = QStringLiteral("robot_prefix_missing");
inline const QString ShellExpandedName = QStringLiteral("shell_expanded_name");
inline const QString CredentialsRejected = QStringLiteral("credentials_rejected");
inline const QString OidcPassword = QStringLiteral("oidc_password");
inline const QString RedirectWithheld = QStringLiteral("redirect_withheld");
inline const QString HeaderStripped = QStringLiteral("header_stripped");
inline const QString BearerIgnored = QStringLiteral("bearer_ignored");
inline const QString CookieCsrf = QStringLiteral("cookie_csrf");
inline const QString PermissionMissing = QStringLiteral("permission_missing");
inline const QString WrongProject = QStringLiteral("wrong_project");
inline const QString ReadOnly = QStringLiteral("read_only");
inline const QString AlreadyDeleted = QStringLiteral("already_deleted");
inline const QString TagMoved = QStringLiteral("tag_moved");
inline const QString BadEncoding = QStringLiteral("bad_encoding");
inline const QString ImmutableTag = QStringLiteral("immutable_tag");
inline const QString ReferencedByIndex = QStringLiteral("referenced_by_index");
inline const QString Validation = QStringLiteral("validation");
inline const QString RateLimited = QStringLiteral("rate_limited");
inline const QString ServerError = QStringLiteral("server_error");
inline const QString ProxyError = QStringLiteral("proxy_error");
inline const QString BadResponse = QStringLiteral("bad_response");
inline const QString TlsUntrusted = QStringLiteral("tls_untrusted");
inline const QString TlsProtocolVersion = QStringLiteral("tls_protocol_version"); // no TLS version in common
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Network = QStringLiteral("network");
inline const QString PlainHttpRefused = QStringLiteral("plain_http_refused");
inline const QString InvalidRef = QStringLiteral("invalid_ref"); // a name outside the grammar; nothing sent
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Unknown = QStringLiteral("unknown");
inline const QString NoProblemFound = QStringLiteral("no_problem_found"); // explain: the request should work
inline const QString ProbeRefused = QStringLiteral("probe_refused"); // explain: not safe to probe; nothing sent
} // namespace Cause

// Facts beyond the failed request itself: what the profile and keychain said, what the user's
// own command sent (for explain), and what the probes found. Unknown facts stay empty.
struct DiagnosisContext
{
    // How the credentials were (or were not) obtained.
    bool credentialsExpected = false; // the profile is a robot or user profile
    bool secretUnavailable = false; // expected, but none could be read
    bool keyringSuspect = false; // a saved secret read back as "not found", or the keyring refused
    QString keyringMessage;
    bool secretLooksLikeToken = false;
    QDateTime robotExpiresAt;

    // For requests that Berth did not send itself (explain).
    QString sentScheme; // overrides ApiError::authScheme: "basic", "bearer", "none", "other"
    QStringList cookieNames; // cookies the request carried
    QStringList shellNotes; // what a shell would have done to the command

    // Probes (GET only, same credentials).
    int usersCurrentStatus = 0; // 0 = not probed; 401, 412 (robot ok), 200 (user ok)
    QString authMode; // from systeminfo
    std::optional<bool> readOnly;
    QString targetProject;
    std::optional<QStringList> permissions; // "resource:action" in targetProject, when probed
    QString neededPermission; // e.g. "tag:delete"
    QString robotPrefix = QStringLiteral("robot$");
    // When the caller decided the cause from facts the presenter does not see (explain), it
    // names it here and the presenter only words it.
    QString decidedCause;
    QString suggestedName; // a name known to work (explain probed the name as typed)

    // 404 probes
    std::optional<bool> tagExists; // the tag exists somewhere in the repository
    QString tagNowOnDigest; // the digest the tag points to now, when it moved
};

struct Diagnosis
{
    QString cause; // stable id (Cause::...)
    QString title; // one line
    QString explanation;
    QStringList likelyCauses; // ranked, most likely first
    QString fix;
    QStringList
        actions; // "edit_credentials", "retry", "continue_anonymously", "copy_details", "refresh", "trust_certificate"
};

} // namespace berth
