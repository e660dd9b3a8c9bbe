#pragma once

#include <optional>
#include <QList>
#include <QString>

namespace berth {

// Why a request failed, as Berth decides it (ErrorPresenter::causeOf) and words it (CauseWording).
// A new cause is one value here, one id in causeId() and one entry in CauseWording::of(): the
// compiler names every switch that misses it.
enum class Cause {
    NoCredentials,
    KeyringLocked,
    TokenAsSecret,
    RobotPrefixMissing,
    ShellExpandedName,
    CredentialsRejected,
    OidcPassword,
    RedirectWithheld,
    HeaderStripped,
    BearerIgnored,
    CookieCsrf,
    PermissionMissing,
    WrongProject,
    ReadOnly,
    AlreadyDeleted,
    TagMoved,
    BadEncoding,
    ImmutableTag,
    ReferencedByIndex,
    Validation,
    RateLimited,
    ServerError,
    ProxyError,
    BadResponse,
    TlsUntrusted,
    TlsProtocolVersion, // no TLS version in common
    Timeout,
    Network,
    PlainHttpRefused,
    InvalidRef, // a name outside the grammar; nothing sent
    Cancelled,
    Unknown,
    NoProblemFound, // explain: the request should work
    ProbeRefused, // explain: not safe to probe; nothing sent
    // The registry side (/v2/).
    DigestMismatch, // content fetched by digest hashed to another digest: refused
    PullNotPermitted, // Harbor's /v2/ said 401 to credentials its API accepts: no repository:pull
    RealmRefused, // the token service is on another host over plain http: no credentials sent
    // A plain OCI registry (no Harbor API beside /v2/).
    TagDeleteUnsupported, // the registry deletes manifests by digest only; a tag alone cannot go
    RegistryDeleteDisabled, // deletion is turned off for everyone (storage.delete.enabled false)
    CatalogDenied, // /v2/_catalog refused: repositories must be named by hand
    TokenServiceUnreachable, // the token service (realm) could not be reached
    TokenDenied, // the token service answered but granted less than asked
    // Writes (tag, copy).
    TagExists, // the tag names another digest at the target: never moved
    QuotaExceeded, // Harbor's project quota refused the push
    ProxyCacheProject, // a Harbor proxy-cache project refuses pushes and deletes
    // Undo.
    UndoBlobsCollected, // garbage collection took blobs a deleted manifest needs: it cannot come back
    // Keep UndoBlobsCollected (or whatever is added after it) last: allCauses() counts up to it.
};

// The stable id: the same in the GUI, in berthctl's --json output and at the start of its human
// explanation, and in the action journal, so that scripts and tests can branch on it. Never
// translated, never renamed.
QString causeId(Cause cause);
// The cause an id names; empty for an id Berth does not know (a journal written by a newer version).
std::optional<Cause> causeFromId(const QString &id);
// Every cause, in declaration order.
QList<Cause> allCauses();

// What the user can do about a failure, offered as buttons by the diagnosis dialog.
enum class DiagnosisAction {
    CopyDetails,
    EditCredentials,
    Retry,
    ContinueAnonymously,
    Refresh,
    TrustCertificate,
};

// A stable name for each action: the dialog's buttons are "<id>Button", so tests find them.
QString actionId(DiagnosisAction action);

} // namespace berth
