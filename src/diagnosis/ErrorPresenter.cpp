#include "ErrorPresenter.h"

#include "CauseWording.h"
#include "core/CredentialHints.h"
#include "core/DisplayText.h"

#include <QNetworkReply>
#include <QUrl>

namespace berth {

namespace {

QString scheme(const ApiError &e, const DiagnosisContext &c)
{
    return c.sentScheme.isEmpty() ? e.authScheme : c.sentScheme;
}

bool isHtml(const ApiError &e)
{
    const QByteArray head = e.bodySnippet.left(256).toLower();
    return e.contentType.startsWith(QLatin1String("text/html")) || head.contains("<html") || head.contains("<!doctype");
}

// Server text (Harbor's messages, headers, body snippets, certificate names, Qt's transport
// errors that quote the server) runs into the sentences of CauseWording and the facts built
// here. They leave with every control character escaped, so neither a terminal nor a widget acts
// on one, and a line break in a message cannot start a line of its own. Escaping is idempotent:
// callers that escape again change nothing.
QString safe(const QString &text)
{
    return DisplayText::escapeControl(text);
}

QStringList safe(QStringList lines)
{
    for (QString &l : lines)
        l = safe(l);
    return lines;
}

// The handshake failed before any certificate was looked at because client and server share no
// TLS version (a server that speaks only TLS 1.0 or 1.1; Qt 6 and OpenSSL 3 require 1.2). Qt
// reports only OpenSSL's reason text (never translated), so the reasons from OpenSSL's
// ssl/ssl_err.c are matched.
// "wrong version number" is left out: that is what a plain-http server on the port gives.
bool isProtocolVersionFailure(const ApiError &e)
{
    if (e.networkError != QNetworkReply::SslHandshakeFailedError || !e.tlsErrors.isEmpty())
        return false;
    for (const char *reason : {"unsupported protocol", "alert protocol version", "no protocols available",
             "version too low", "wrong ssl version"}) {
        if (e.transportMessage.contains(QLatin1String(reason), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "/v2/<name>/manifests/<reference>": the reference, empty for any other path.
QString manifestReference(const ApiError &e)
{
    const QString path = e.url.path();
    const int at = path.lastIndexOf(QLatin1String("/manifests/"));
    if (!path.startsWith(QLatin1String("/v2/")) || at < 0)
        return {};
    return path.mid(at + int(qstrlen("/manifests/")));
}

bool isDigestReference(const QString &reference)
{
    return reference.contains(QLatin1Char(':'));
}

// The token request itself failed in transport: RegistryAuth reports the token URL as the
// request and the realm beside it (src/api/RegistryAuth.cpp).
bool isTokenRequest(const ApiError &e)
{
    return e.realm.isValid() && e.url.host() == e.realm.host() && e.url.port() == e.realm.port()
        && e.url.path() == e.realm.path();
}

// Causes only a registry's own answers (/v2/, its token service) give: decided before the HTTP
// status's general meaning. Deletion follows the distribution API (docs/spec/api.md "Deleting an
// Image"): 405 UNSUPPORTED where deletion is off; distribution 2.8 reads a tag in a DELETE as a
// digest and answers 400 DIGEST_INVALID, other registries 400 or 405 UNSUPPORTED.
std::optional<Cause> registryCause(const ApiError &e, const DiagnosisContext &c)
{
    using K = ApiError::Kind;
    using D = ApiError::RegistryDenial;
    // Harbor's token service is Harbor itself (/service/token): there a failure is the network's.
    if (c.plainRegistry && (e.kind == K::Network || e.kind == K::Timeout || e.kind == K::Tls) && isTokenRequest(e))
        return Cause::TokenServiceUnreachable;
    if (isHtml(e))
        return std::nullopt; // a proxy's page: ProxyError below
    const QString reference = manifestReference(e);
    if (e.method == "DELETE" && !reference.isEmpty()) {
        const bool unsupportedCode
            = e.harborCode == QLatin1String("UNSUPPORTED") || e.harborCode == QLatin1String("DIGEST_INVALID");
        if (!isDigestReference(reference) && (e.httpStatus == 405 || (e.httpStatus == 400 && unsupportedCode)))
            return Cause::TagDeleteUnsupported;
        if (isDigestReference(reference) && e.httpStatus == 405)
            return Cause::RegistryDeleteDisabled;
    }
    const bool refused
        = e.kind == K::Forbidden || (e.kind == K::Unauthorized && e.registryDenial == D::InsufficientScope);
    if (refused
        && (e.registryScope.startsWith(QLatin1String("registry:catalog:"))
            || e.url.path() == QLatin1String("/v2/_catalog")))
        return Cause::CatalogDenied;
    if (e.kind == K::Forbidden && e.registryDenial == D::TokenRefused)
        return Cause::TokenDenied;
    // A Harbor proxy-cache project refuses pushes: 403 DENIED "can not push artifact to a proxy
    // project: <name>" (goharbor/harbor src/server/middleware/repoproxy/proxy.go; 405 before 2.2).
    if ((e.kind == K::Forbidden || e.kind == K::MethodNotAllowed)
        && e.harborMessage.contains(QLatin1String("proxy project"), Qt::CaseInsensitive))
        return Cause::ProxyCacheProject;
    // Harbor's project quota: 403 DENIED "adding N of storage resource, which when updated to
    // current usage of M will exceed the configured upper limit of L." (src/pkg/quota/errors.go,
    // ResourceOverflow).
    if (e.kind == K::Forbidden
        && (e.harborMessage.contains(QLatin1String("exceed the configured upper limit"), Qt::CaseInsensitive)
            || e.harborMessage.contains(QLatin1String("quota"), Qt::CaseInsensitive)))
        return Cause::QuotaExceeded;
    if (c.plainRegistry && e.kind == K::Unauthorized && e.registryDenial == D::InsufficientScope)
        return Cause::TokenDenied;
    return std::nullopt;
}

} // namespace

Cause ErrorPresenter::credentialCause(const ApiError &e, const DiagnosisContext &c)
{
    // The registry side (/v2/): Harbor answers 401 where its API would say 403
    // (src/server/middleware/v2auth/auth.go). When the API accepts the same credentials, the
    // account lacks the action, and the only action Berth asks /v2/ for is pull.
    using D = ApiError::RegistryDenial;
    const bool accepted = c.usersCurrentStatus == 412 || c.usersCurrentStatus == 200;
    if ((e.registryDenial == D::NotPermitted || e.registryDenial == D::InsufficientScope) && accepted)
        return e.registryAction.isEmpty() || e.registryAction == QLatin1String("pull") ? Cause::PullNotPermitted
                                                                                       : Cause::PermissionMissing;
    const QString sent = scheme(e, c);
    // A plain registry has no anonymous fallback and no robot names to check: sent credentials
    // that got 401 were rejected (by the registry, or by its token service).
    if (c.plainRegistry) {
        const bool anonymous = sent == QLatin1String("none") || sent.isEmpty()
            || (sent == QLatin1String("bearer") && e.username.isEmpty());
        if (anonymous)
            return c.credentialsExpected && c.keyringSuspect ? Cause::KeyringLocked : Cause::NoCredentials;
        return Cause::CredentialsRejected;
    }
    // A token on /v2/ is what the registry asked for; only the REST API ignores one.
    const bool registrySide = e.url.path().startsWith(QLatin1String("/v2/"));
    if (sent == QLatin1String("bearer") && !registrySide)
        return Cause::BearerIgnored;
    // An anonymous token on /v2/ (the registry's challenge answered without credentials).
    if (sent == QLatin1String("bearer") && e.username.isEmpty())
        return c.credentialsExpected && c.keyringSuspect ? Cause::KeyringLocked : Cause::NoCredentials;
    if (sent == QLatin1String("none") || sent.isEmpty()) {
        if (e.redirectRefused.isValid())
            return Cause::RedirectWithheld;
        if (c.credentialsExpected && c.keyringSuspect)
            return Cause::KeyringLocked;
        return Cause::NoCredentials; // browser session cookies included: they are no API credential
    }
    // Basic credentials were sent. If the probe says they are good, this request lost them.
    if (c.usersCurrentStatus == 412 || c.usersCurrentStatus == 200)
        return e.redirectsFollowed.isEmpty() && !e.redirectRefused.isValid() ? Cause::HeaderStripped
                                                                             : Cause::RedirectWithheld;
    if (c.secretLooksLikeToken)
        return Cause::TokenAsSecret;
    const CredentialCheck check = checkCredentials(e.username, QStringLiteral("x"), e.url, {}, c.robotPrefix);
    if (check.hasHint(HintKind::ShellExpandedName))
        return Cause::ShellExpandedName;
    if (check.hasHint(HintKind::RobotPrefixMissing))
        return Cause::RobotPrefixMissing;
    if (c.authMode == QLatin1String("oidc_auth") && !e.username.startsWith(c.robotPrefix)
        && e.username != QLatin1String("admin"))
        return Cause::OidcPassword;
    return Cause::CredentialsRejected;
}

Cause ErrorPresenter::causeOf(const ApiError &e, const DiagnosisContext &c)
{
    using K = ApiError::Kind;
    // The proxy from the environment (ProxyRule) refused its credentials: 407 to the request
    // (http) or to CONNECT (https, no status). Worded as ProxyError, naming the proxy.
    if (e.isProxyAuthRefusal())
        return Cause::ProxyError;
    if (e.kind != K::None)
        if (const std::optional<Cause> cause = registryCause(e, c))
            return *cause;
    // Harbor's tags API: a name the repository has already is 409 (the tag table's unique key;
    // goharbor/harbor src/server/v2.0/handler/artifact.go, CreateTag).
    if (e.kind == K::Conflict && e.method == "POST" && e.url.path().endsWith(QLatin1String("/tags")))
        return Cause::TagExists;
    switch (e.kind) {
    case K::None: // not a failure; callers ask only about failures
        return Cause::Unknown;
    case K::Cancelled:
        return Cause::Cancelled;
    case K::Tls:
        return isProtocolVersionFailure(e) ? Cause::TlsProtocolVersion : Cause::TlsUntrusted;
    case K::Timeout:
        return Cause::Timeout;
    case K::Network:
        return Cause::Network;
    case K::RedirectRefused:
        return Cause::RedirectWithheld;
    case K::InsecureTransport:
        return e.registryDenial == ApiError::RegistryDenial::RealmRefused ? Cause::RealmRefused
                                                                          : Cause::PlainHttpRefused;
    case K::UnsafeRequest:
        return Cause::InvalidRef;
    case K::BadResponse:
        return isHtml(e) ? Cause::ProxyError : Cause::BadResponse;
    case K::Unauthorized:
        return credentialCause(e, c);
    case K::Forbidden: {
        const QString msg = e.harborMessage;
        if (msg.contains(QLatin1String("CSRF"), Qt::CaseInsensitive))
            return Cause::CookieCsrf;
        if (e.harborCode == QLatin1String("DENIED") && msg.contains(QLatin1String("read only"), Qt::CaseInsensitive))
            return Cause::ReadOnly;
        if (c.readOnly.value_or(false) && e.method != "GET")
            return Cause::ReadOnly;
        const QString own = robotProject(e.username, c.robotPrefix);
        if (!own.isEmpty() && !c.targetProject.isEmpty() && own != c.targetProject)
            return Cause::WrongProject;
        if (isHtml(e))
            return Cause::ProxyError;
        return Cause::PermissionMissing;
    }
    case K::NotFound: {
        const QByteArray path = e.url.toEncoded(QUrl::RemoveQuery);
        const bool singleEncoded = path.contains("%2F") || path.contains("%2f");
        if (singleEncoded || e.harborMessage.startsWith(QLatin1String("path ")))
            return Cause::BadEncoding;
        if (!c.tagNowOnDigest.isEmpty())
            return Cause::TagMoved;
        return Cause::AlreadyDeleted;
    }
    case K::PreconditionFailed:
        if (e.harborCode == QLatin1String("VIOLATE_FOREIGN_KEY_CONSTRAINT")
            || e.harborMessage.contains(QLatin1String("referenced"), Qt::CaseInsensitive))
            return Cause::ReferencedByIndex;
        return Cause::ImmutableTag;
    case K::Validation:
        return Cause::Validation;
    case K::RateLimited:
        return Cause::RateLimited;
    case K::ServerError:
        return isHtml(e) ? Cause::ProxyError : Cause::ServerError;
    case K::MethodNotAllowed:
    case K::Conflict:
    case K::HttpOther:
        return isHtml(e) ? Cause::ProxyError : Cause::Unknown;
    case K::DigestMismatch:
        return Cause::DigestMismatch;
    }
    return Cause::Unknown;
}

Diagnosis ErrorPresenter::present(const ApiError &e, const DiagnosisContext &c)
{
    Diagnosis d;
    d.cause = c.decidedCause ? *c.decidedCause : causeOf(e, c);
    const CauseWording w = CauseWording::of(d.cause, e, c);
    d.title = safe(w.title);
    d.explanation = safe(w.explanation);
    d.likelyCauses = safe(w.likelyCauses);
    d.fix = safe(w.fix);
    d.actions = QList<DiagnosisAction> {DiagnosisAction::CopyDetails} + w.actions;
    return d;
}

QStringList ErrorPresenter::sentFacts(const ApiError &e, const DiagnosisContext &c)
{
    QStringList f;
    f << tr("Request: %1 %2")
             .arg(QString::fromLatin1(e.method), e.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
    const QString sent = scheme(e, c);
    if (sent == QLatin1String("basic"))
        f << tr("Authorization: Basic, as %1").arg(e.username);
    else if (sent == QLatin1String("bearer"))
        f << tr("Authorization: Bearer token");
    else
        f << tr("Authorization: none");
    const bool cookie = e.cookieSent || !c.cookieNames.isEmpty();
    f << (cookie ? tr("Cookies: %1").arg(c.cookieNames.isEmpty() ? tr("yes") : c.cookieNames.join(QStringLiteral(", ")))
                 : tr("Cookies: none"));
    for (const QUrl &r : e.redirectsFollowed)
        f << tr("Redirect followed: %1").arg(r.toString(QUrl::RemoveUserInfo));
    if (e.redirectRefused.isValid())
        f << tr("Redirect refused: %1").arg(e.redirectRefused.toString(QUrl::RemoveUserInfo));
    if (!e.requestId.isEmpty())
        f << tr("X-Request-Id sent: %1").arg(e.requestId);
    return safe(f);
}

QStringList ErrorPresenter::receivedFacts(const ApiError &e)
{
    QStringList f;
    if (e.httpStatus > 0)
        f << tr("Status: %1").arg(e.httpStatus);
    else
        f << tr("No HTTP response: %1").arg(e.transportMessage);
    if (!e.harborCode.isEmpty() || !e.harborMessage.isEmpty())
        f << tr("Harbor said: %1 %2").arg(e.harborCode, e.harborMessage);
    if (!e.responseRequestId.isEmpty())
        f << tr("X-Request-Id: %1 (search harbor-core's log for it)").arg(e.responseRequestId);
    if (!e.wwwAuthenticate.isEmpty())
        f << tr("WWW-Authenticate: %1").arg(e.wwwAuthenticate);
    if (!e.bodySnippet.isEmpty())
        f << tr("Body began: %1").arg(QString::fromUtf8(e.bodySnippet.left(160)).simplified());
    f << tr("Elapsed: %1 ms, %n attempts", nullptr, e.attempts).arg(e.elapsedMs);
    return safe(f);
}

QString ErrorPresenter::terminalText(const ApiError &e, const DiagnosisContext &c)
{
    return terminalText(e, present(e, c));
}

QString ErrorPresenter::terminalText(const ApiError &e, const Diagnosis &d)
{
    // One line per piece: each piece is escaped on its own, so only our own line breaks remain.
    QString out = safe(causeId(d.cause) + QStringLiteral(": ") + d.title) + QLatin1Char('\n');
    if (!d.explanation.isEmpty())
        out += QStringLiteral("  ") + safe(d.explanation) + QLatin1Char('\n');
    for (const QString &l : d.likelyCauses)
        out += QStringLiteral("  - ") + safe(l) + QLatin1Char('\n');
    if (!d.fix.isEmpty())
        out += QStringLiteral("  ") + safe(tr("Fix: %1").arg(d.fix)) + QLatin1Char('\n');
    out += QStringLiteral("  ") + safe(e.summary()) + QLatin1Char('\n');
    if (!e.effectiveRequestId().isEmpty())
        out += QStringLiteral("  ") + safe(tr("Request id: %1").arg(e.effectiveRequestId())) + QLatin1Char('\n');
    return out;
}

} // namespace berth
