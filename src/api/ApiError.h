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

    // Free-form detail from the client (e.g. "server reported 120 items but sent 100").
    QString detail;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    static QString kindName(Kind kind);
    // One line of facts, e.g. "DELETE https://h/api/v2.0/... -> 401 UNAUTHORIZED unauthorized", with
    // control characters from the server escaped (DisplayText::escapeControl).
    QString summary() const;
    // The request id worth quoting to an admin: the server's, else ours.
    QString effectiveRequestId() const { return responseRequestId.isEmpty() ? requestId : responseRequestId; }

    static Kind kindForStatus(int status);
};

} // namespace berth
