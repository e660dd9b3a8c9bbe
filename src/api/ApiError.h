#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace berth {

// Everything known about a failed request: the facts the diagnosis reasons from. It never
// holds a secret; `username` is the name that went into the Basic header.
struct ApiError
{
    enum class Kind {
        None,
        Unauthorized, // 401: Harbor treated the request as anonymous
        Forbidden, // 403
        NotFound, // 404
        MethodNotAllowed, // 405
        Conflict, // 409
        PreconditionFailed, // 412
        Validation, // 400, 422
        RateLimited, // 429 after retries
        ServerError, // 5xx after retries
        BadResponse, // a body we could not use (HTML page, malformed JSON, too large)
        Timeout,
        Network, // connection refused, reset, DNS, ...
        Tls, // certificate not trusted, pin mismatch, handshake failure
        RedirectRefused, // cross-origin or downgrading redirect, not followed
        InsecureTransport, // plain http to a remote host without the profile's consent
        UnsafeRequest, // refused before sending: a name would have changed the request's path
        Cancelled,
        HttpOther,
        DigestMismatch, // content fetched by digest did not hash to it: refused (detail: expected vs received)
    };

    // Why a registry (/v2/) request was not authorised, beyond the HTTP status.
    enum class RegistryDenial {
        None,
        // Credentials were sent and the registry answered 401 with a Basic challenge. Harbor
        // answers so (not 403) when the account may not do `registryAction` on `registryScope`
        // (src/server/middleware/v2auth/auth.go), and also when the credentials are wrong: the
        // API's credential verdict tells the two apart.
        NotPermitted,
        // A token was sent and the registry answered 401 Bearer error="insufficient_scope".
        InsufficientScope,
        // The token service (the realm) refused the credentials, or refused an anonymous token.
        TokenRefused,
        // The WWW-Authenticate header could not be read (kind BadResponse).
        ChallengeMalformed,
        // The realm may not be sent credentials (realmRefusal: plain http on another host;
        // kind InsecureTransport); `realm` names it.
        RealmRefused,
    };

    Kind kind = Kind::None;

    // What was sent.
    QByteArray method;
    QUrl url; // as sent (encoded form), never with userinfo
    QString authScheme; // "basic", "none"
    QString username;
    bool cookieSent = false;
    QList<QUrl> redirectsFollowed;
    QUrl redirectRefused; // target we refused to follow
    QString requestId; // the X-Request-Id we sent

    // What came back.
    int httpStatus = 0;
    QString harborCode;
    QString harborMessage;
    QString responseRequestId; // X-Request-Id the server echoed or made
    QString wwwAuthenticate;
    QString contentType;
    QByteArray bodySnippet; // the first bytes of a body we could not parse
    qint64 elapsedMs = 0;
    int attempts = 1;
    QString retryAfter;

    // Transport.
    int networkError = 0; // QNetworkReply::NetworkError
    QString transportMessage;
    QStringList tlsErrors;
    QString peerCertificateSha256; // hex, for a TLS failure: what the user may choose to pin
    QString peerCertificateSubject;
    QString peerCertificateIssuer;
    QString peerCertificateValidity;
    // host:port of the proxy the request went through (ProxyRule); empty when direct. Never the
    // proxy's credentials.
    QString proxy;

    // Registry (/v2/) facts.
    QString registryScope; // the scope the request needed, "repository:p/r:pull"
    QString registryAction; // the action in it the request needed, "pull"
    RegistryDenial registryDenial = RegistryDenial::None;
    QUrl realm; // the token service the challenge named (never with userinfo)

    // Free-form detail from the client (e.g. "server reported 120 items but sent 100").
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // The proxy in `proxy` refused its credentials: 407 to the request, or to CONNECT for https.
    bool isProxyAuthRefusal() const;
    explicit operator bool() const { return isError(); }

    static QString kindName(Kind kind);
    static QString denialName(RegistryDenial denial); // "not_permitted", ...
    // One line of facts, e.g. "DELETE https://h/api/v2.0/... -> 401 UNAUTHORIZED unauthorized", with
    // control characters from the server escaped (DisplayText::escapeControl).
    QString summary() const;
    // The request id worth quoting to an admin: the server's, else ours.
    QString effectiveRequestId() const { return responseRequestId.isEmpty() ? requestId : responseRequestId; }

    static Kind kindForStatus(int status);
};

} // namespace berth
