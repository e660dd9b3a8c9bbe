#include "ErrorPresenter.h"

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

// The project a project robot belongs to: robot$team-a+cleaner -> team-a. Empty for system
// robots and users.
QString robotProject(const QString &username, const QString &prefix)
{
    if (!username.startsWith(prefix))
        return {};
    const QString rest = username.mid(prefix.size());
    const int plus = rest.indexOf(QLatin1Char('+'));
    return plus > 0 ? rest.left(plus) : QString();
}

QString who(const ApiError &e)
{
    return e.username.isEmpty() ? ErrorPresenter::tr("anonymous") : e.username;
}

// Server text (Harbor's messages, headers, body snippets, certificate names, Qt's transport
// errors that quote the server) runs into the sentences built here. They leave with every
// control character escaped, so neither a terminal nor a widget acts on one, and a line break
// in a message cannot start a line of its own. Escaping is idempotent: callers that escape
// again change nothing.
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

} // namespace

QString ErrorPresenter::credentialCause(const ApiError &e, const DiagnosisContext &c)
{
    const QString sent = scheme(e, c);
    if (sent == QLatin1String("bearer"))
        return Cause::BearerIgnored;
    if (sent == QLatin1String("none") || sent.isEmpty()) {
        if (e.redirectRefused.isValid())
            return Cause::RedirectWithheld;
        if (c.credentialsExpected && (c.keyringSuspect || c.secretUnavailable))
            return c.keyringSuspect ? Cause::KeyringLocked : Cause::NoCredentials;
        if (!c.cookieNames.isEmpty())
            return Cause::NoCredentials; // a browser session cookie is not an API credential
        return Cause::NoCredentials;
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

QString ErrorPresenter::causeOf(const ApiError &e, const DiagnosisContext &c)
{
    using K = ApiError::Kind;
    switch (e.kind) {
    case K::None:
        return {};
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
        return Cause::PlainHttpRefused;
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
    }
    return Cause::Unknown;
}

Diagnosis ErrorPresenter::present(const ApiError &e, const DiagnosisContext &c)
{
    Diagnosis d;
    d.cause = c.decidedCause.isEmpty() ? causeOf(e, c) : c.decidedCause;
    const QString user = who(e);
    const QString project = c.targetProject;
    const QString requestId = e.effectiveRequestId();
    const QString anonymousRule
        = tr("Harbor treats a request whose credentials fail as anonymous, and anonymous users may read public "
             "projects but never delete. That is why listing worked and this request got 401 Unauthorized.");
    d.actions << QStringLiteral("copy_details");

    if (d.cause == Cause::BearerIgnored) {
        d.title = tr("Harbor's REST API ignores registry Bearer tokens");
        d.explanation = tr("The request carried \"Authorization: Bearer …\". Tokens from /service/token are valid only "
                           "on the registry's /v2/ endpoints; the REST API under /api/v2.0 does not look at them. ")
            + anonymousRule;
        d.likelyCauses << tr("A token from docker login or /service/token was sent to /api/v2.0.");
        d.fix = tr("Send the robot's name and secret as HTTP Basic instead: curl -u 'robot$project+name:SECRET' …");
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::NoCredentials) {
        d.title = tr("No credentials were sent");
        d.explanation = tr("The request went out without an Authorization header, so Harbor handled it as anonymous. ")
            + anonymousRule;
        if (!c.cookieNames.isEmpty())
            d.likelyCauses << tr("The request carried browser session cookies (%1) instead of credentials; Harbor's "
                                 "API needs HTTP Basic for scripts.")
                                  .arg(c.cookieNames.join(QStringLiteral(", ")));
        d.likelyCauses << tr("The profile is anonymous, or no secret has been saved for it.");
        d.fix = tr("Add the robot account's name and secret to the profile (Edit credentials), or pass them with "
                   "--password-stdin.");
        d.actions << QStringLiteral("edit_credentials") << QStringLiteral("continue_anonymously");
    } else if (d.cause == Cause::KeyringLocked) {
        d.title = tr("The secret could not be read from the keyring");
        d.explanation
            = tr("The profile says a secret was saved, but the keyring did not return it, so the request went "
                 "out without credentials and Harbor treated it as anonymous. The keyring may be locked, or "
                 "the secret was removed outside Berth.");
        if (!c.keyringMessage.isEmpty())
            d.likelyCauses << c.keyringMessage;
        d.likelyCauses << tr("The login keyring is locked.") << tr("The secret was removed outside Berth.");
        d.fix = tr("Unlock the keyring (for example in Seahorse) and retry, or enter the secret again.");
        d.actions << QStringLiteral("retry") << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::TokenAsSecret) {
        d.title = tr("The secret looks like a token, not a robot secret");
        d.explanation
            = tr("The secret starts like a JWT (eyJ…). Harbor's REST API wants the robot's own secret, the one "
                 "shown once when the robot was created. A registry token used as a password is rejected, and "
                 "the request then runs as anonymous. ")
            + anonymousRule;
        d.fix = tr("Use the robot secret from Harbor's \"export to file\" or refresh the robot's secret.");
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::ShellExpandedName || d.cause == Cause::RobotPrefixMissing) {
        const CredentialCheck check = checkCredentials(e.username, QStringLiteral("x"), e.url, {}, c.robotPrefix);
        QString suggestion = c.suggestedName;
        for (const CredentialHint &h : check.hints)
            if (!h.suggestion.isEmpty() && suggestion.isEmpty())
                suggestion = h.suggestion;
        if (d.cause == Cause::ShellExpandedName) {
            d.title = tr("The robot name %1 looks mangled by a shell").arg(e.username);
            d.explanation
                = tr("In double quotes a shell expands $name, so \"robot$team+ci\" becomes \"robot+ci\". Harbor "
                     "does not recognise the result as a robot, tries it as a user login, fails, and carries on "
                     "anonymously. ")
                + anonymousRule;
        } else {
            d.title = tr("The name %1 lacks the robot prefix %2").arg(e.username, c.robotPrefix);
            d.explanation
                = tr("Harbor recognises a robot only by its prefix (%1 unless the admin changed it). Without it "
                     "the name is tried as a user login, which fails, and the request runs as anonymous. ")
                      .arg(c.robotPrefix)
                + anonymousRule;
        }
        if (!suggestion.isEmpty())
            d.likelyCauses << tr("The intended name is probably %1.").arg(suggestion);
        d.fix = tr("Use the full robot name in single quotes, e.g. -u '%1:SECRET', or escape the dollar sign.")
                    .arg(suggestion.isEmpty() ? c.robotPrefix + QStringLiteral("project+name") : suggestion);
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::CredentialsRejected) {
        d.title = tr("Harbor did not accept the credentials for %1").arg(user);
        d.explanation = anonymousRule + QLatin1Char(' ')
            + tr("Harbor does not say why credentials fail; its core log does, under request id %1.").arg(requestId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (c.robotExpiresAt.isValid() && c.robotExpiresAt <= now)
            d.likelyCauses << tr("The robot expired on %1.").arg(c.robotExpiresAt.toString(Qt::ISODate));
        d.likelyCauses << tr("The secret is wrong or was refreshed.")
                       << tr("The robot account is disabled, expired or was deleted.")
                       << tr("The name does not match exactly (project part, upper/lower case).");
        d.fix = tr("Ask a project admin to check the robot (Robot Accounts) and refresh its secret, then update the "
                   "profile.");
        d.actions << QStringLiteral("edit_credentials") << QStringLiteral("retry")
                  << QStringLiteral("continue_anonymously");
    } else if (d.cause == Cause::OidcPassword) {
        d.title = tr("An OIDC password cannot be used on Harbor's API");
        d.explanation = tr("This Harbor signs users in with OIDC. Its API accepts an OIDC user's CLI secret on a few "
                           "paths only, and never the identity provider's password; everything else runs as "
                           "anonymous. ")
            + anonymousRule;
        d.fix = tr("Use a robot account for automation, or the CLI secret from your Harbor user profile.");
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::RedirectWithheld && e.kind == ApiError::Kind::RedirectRefused && e.method != "GET"
        && e.method != "HEAD") {
        // Refused for the method, whatever the origin: a redirected DELETE acts on what the server names.
        const QString method = QString::fromLatin1(e.method);
        d.title = tr("Berth did not follow a redirect of a %1 request").arg(method);
        d.explanation = tr("The server answered %1 %2 with a redirect to %3. Berth follows no redirect for a request "
                           "that changes data, because the new address may name something else, such as another "
                           "tag; nothing was sent there. Treat the item as still present until a refresh shows "
                           "otherwise.")
                            .arg(method, e.url.toString(QUrl::RemoveUserInfo),
                                e.redirectRefused.isValid() ? e.redirectRefused.toString(QUrl::RemoveUserInfo)
                                                            : tr("an address it did not name"));
        d.fix = tr("Refresh, then check the profile's URL and any proxy in front of Harbor: Harbor's API does not "
                   "redirect a %1.")
                    .arg(method);
        d.actions << QStringLiteral("refresh");
    } else if (d.cause == Cause::RedirectWithheld) {
        d.title = tr("Berth did not send the credentials to another server");
        d.explanation
            = tr("The server redirected the request to %1. Sending the robot's secret there could leak it, so "
                 "Berth refused. The profile's URL is probably not Harbor's canonical address.")
                  .arg(e.redirectRefused.isValid() ? e.redirectRefused.toString(QUrl::RemovePath | QUrl::RemoveQuery)
                                                   : tr("another address"));
        d.fix = tr("Change the profile's URL to the address the server redirects to (its external URL).");
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::HeaderStripped) {
        d.title = tr("The credentials are valid, but this request arrived without them");
        d.explanation = tr("Harbor accepts these credentials (users/current says so), yet it treated this request as "
                           "anonymous. Something between Berth and Harbor removed the Authorization header, such as a "
                           "proxy.");
        d.fix = tr("Check proxies and load balancers in front of Harbor for rules that drop Authorization.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::CookieCsrf) {
        d.title = tr("Harbor rejected a session cookie (CSRF)");
        d.explanation = tr("The request carried Harbor's sid session cookie. With that cookie Harbor enforces the web "
                           "UI's CSRF protection, and the DELETE fails with 403 even when the credentials are right.");
        d.fix = tr("Send no cookies to the API: drop -b/--cookie and Cookie headers, and use -u with the robot.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::ReadOnly) {
        d.title = tr("Harbor is in read-only mode");
        d.explanation = tr("An administrator has put Harbor into read-only mode; nothing can be deleted until it is "
                           "switched off.");
        d.fix = tr("Wait for the maintenance to end, or ask an administrator.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::WrongProject) {
        d.title = tr("%1 is a robot of another project").arg(user);
        d.explanation = tr("A project robot may act only in its own project (%1); Harbor refuses it in %2 with 403.")
                            .arg(robotProject(e.username, c.robotPrefix), project);
        d.fix = tr("Use a robot of %1, or a system robot with access to it.").arg(project);
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::PermissionMissing) {
        const QString perm = c.neededPermission.isEmpty() ? tr("the permission") : c.neededPermission;
        d.title
            = project.isEmpty() ? tr("%1 lacks %2").arg(user, perm) : tr("%1 lacks %2 in %3").arg(user, perm, project);
        d.explanation = tr("Harbor accepted the credentials but the account is not allowed to do this (403 Forbidden). "
                           "A 403 for a project that does not exist looks the same.");
        if (c.permissions)
            d.likelyCauses << tr("Its permissions in %1: %2.")
                                  .arg(project,
                                      c.permissions->isEmpty() ? tr("none")
                                                               : c.permissions->join(QStringLiteral(", ")));
        d.fix = tr("Ask a project admin to grant %1 to the robot, or use one that has it.").arg(perm);
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::BadEncoding) {
        d.title = tr("The repository name was not encoded the way Harbor needs");
        d.explanation = tr("Harbor wants a repository name with '/' encoded twice in the path (a/b becomes a%252Fb). A "
                           "single %2F is decoded on the way in and the path no longer matches.");
        d.fix = tr("Replace %2F with %252F in the repository part of the URL.");
    } else if (d.cause == Cause::TagMoved) {
        d.title = tr("The tag now points to another artifact");
        d.explanation = tr("The tag was re-pushed and is now on %1, so it is no longer attached to the artifact this "
                           "delete named.")
                            .arg(c.tagNowOnDigest);
        d.fix = tr("Refresh and check the new artifact before deleting again.");
        d.actions << QStringLiteral("refresh");
    } else if (d.cause == Cause::AlreadyDeleted) {
        d.title = tr("It is not there (already deleted?)");
        d.explanation = tr("Harbor answered 404: the tag or artifact does not exist, most likely because someone or "
                           "something (retention, another script) already deleted it.");
        d.fix = tr("Refresh to see the current state.");
        d.actions << QStringLiteral("refresh");
    } else if (d.cause == Cause::ImmutableTag) {
        d.title = tr("The tag is immutable");
        d.explanation
            = tr("An immutability rule protects it: Harbor refuses to delete it, or any artifact that carries "
                 "it (412 Precondition Failed).");
        d.fix = tr("Only a project admin can change the project's immutability rules.");
    } else if (d.cause == Cause::ReferencedByIndex) {
        d.title = tr("The artifact is part of a multi-arch index");
        d.explanation = tr("A manifest list or OCI index references this artifact, so Harbor will not delete it on its "
                           "own.");
        d.fix = tr("Delete the index instead; its children go with it.");
    } else if (d.cause == Cause::Validation) {
        d.title = tr("Harbor rejected the request as invalid");
        d.explanation = tr("Harbor said: %1").arg(e.harborMessage.isEmpty() ? tr("(no message)") : e.harborMessage);
        d.fix = tr("This is likely a bug in the request; please report it with the details.");
    } else if (d.cause == Cause::RateLimited) {
        d.title = tr("Harbor is rate limiting requests");
        d.explanation = tr("The server answered 429 Too Many Requests, also after retries.");
        d.fix = tr("Retry later, or lower the concurrency or requests per second.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::ProxyError) {
        d.title = tr("A proxy answered instead of Harbor (HTTP %1)").arg(e.httpStatus);
        d.explanation
            = tr("The response is an HTML page, as a reverse proxy or load balancer sends when Harbor is down "
                 "or unreachable behind it.");
        d.fix = tr("Retry later; if it persists, ask the admin to check Harbor behind the proxy.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::ServerError) {
        d.title = tr("Harbor failed with a server error (HTTP %1)").arg(e.httpStatus);
        d.explanation = tr("Harbor hides the details of server errors; its core log has them under request id %1.")
                            .arg(requestId);
        d.fix = tr("Retry; if it persists, give the request id to the Harbor admin.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::BadResponse) {
        d.title = tr("The server's answer could not be used");
        d.explanation
            = tr("Expected Harbor's JSON, got %1.")
                  .arg(e.detail.isEmpty() ? (e.transportMessage.isEmpty() ? tr("something else") : e.transportMessage)
                                          : e.detail);
        d.fix = tr("Check that the URL points at Harbor itself, then retry.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::TlsUntrusted) {
        d.title = tr("The server's certificate is not trusted");
        d.explanation = tr("TLS verification failed: %1.")
                            .arg(e.tlsErrors.isEmpty() ? e.transportMessage : e.tlsErrors.join(QStringLiteral("; ")));
        if (!e.peerCertificateSha256.isEmpty())
            d.likelyCauses << tr("Certificate %1, issued by %2, SHA-256 %3.")
                                  .arg(e.peerCertificateSubject, e.peerCertificateIssuer, e.peerCertificateSha256);
        d.fix = tr("Add the company CA to the profile (CA file), or trust exactly this certificate for this profile "
                   "after checking its fingerprint with the admin.");
        d.actions << QStringLiteral("trust_certificate");
    } else if (d.cause == Cause::TlsProtocolVersion) {
        d.title = tr("The server speaks only a TLS version that is no longer accepted");
        d.explanation = tr("The TLS handshake failed before any certificate was checked: %1. Berth needs TLS 1.2 or "
                           "newer; a server that offers only TLS 1.0 or 1.1 is refused.")
                            .arg(e.transportMessage);
        d.fix = tr("Ask the admin to enable TLS 1.2 or 1.3 on Harbor, or on the proxy in front of it. Trusting a "
                   "certificate does not help here.");
    } else if (d.cause == Cause::Timeout) {
        d.title = tr("Harbor did not answer in time");
        d.explanation = tr("No data arrived for %1 (%2).").arg(e.url.host(), e.transportMessage);
        if (e.method == "DELETE")
            d.explanation += QLatin1Char(' ')
                + tr("A DELETE that timed out may still have happened on the server; "
                     "refresh before you try again.");
        d.fix = tr("Retry, or raise the timeout for slow servers.");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::Network) {
        d.title = tr("Could not reach %1").arg(e.url.host());
        d.explanation = e.transportMessage;
        d.fix = tr("Check the URL, the network and any proxy settings (https_proxy, no_proxy).");
        d.actions << QStringLiteral("retry");
    } else if (d.cause == Cause::PlainHttpRefused) {
        d.title = tr("Credentials were not sent over plain http");
        d.explanation = e.transportMessage;
        d.fix = tr("Use https, or allow plain http in the profile if you accept the risk.");
        d.actions << QStringLiteral("edit_credentials");
    } else if (d.cause == Cause::InvalidRef) {
        d.title = tr("Nothing was sent: the name is not one a registry accepts");
        d.explanation = e.transportMessage;
        d.fix = tr("Check the name. Tags hold letters, digits, '_', '.' and '-' and do not start with '.' or '-'; "
                   "repository paths are lowercase.");
    } else if (d.cause == Cause::Cancelled) {
        d.title = tr("Cancelled");
        d.explanation = tr("The request was cancelled before it finished.");
    } else {
        d.title = tr("The request failed (HTTP %1)").arg(e.httpStatus);
        d.explanation = e.harborMessage.isEmpty() ? e.transportMessage : e.harborMessage;
        d.fix = tr("Retry; if it persists, report it with the details.");
        d.actions << QStringLiteral("retry");
    }
    d.title = safe(d.title);
    d.explanation = safe(d.explanation);
    d.likelyCauses = safe(d.likelyCauses);
    d.fix = safe(d.fix);
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
    f << tr("Elapsed: %1 ms, %n attempt(s)", nullptr, e.attempts).arg(e.elapsedMs);
    return safe(f);
}

QString ErrorPresenter::curlCommand(const ApiError &e, const QString &secret)
{
    QString cmd
        = QStringLiteral("curl -X %1").arg(QString::fromLatin1(e.method.isEmpty() ? QByteArray("GET") : e.method));
    if (!e.username.isEmpty()) {
        QString cred = e.username + QLatin1Char(':') + (secret.isEmpty() ? QStringLiteral("<secret>") : secret);
        cred.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        cmd += QStringLiteral(" -u '%1'").arg(cred);
    }
    cmd += QStringLiteral(" '%1'").arg(e.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
    return cmd;
}

QString ErrorPresenter::terminalText(const ApiError &e, const DiagnosisContext &c)
{
    return terminalText(e, present(e, c));
}

QString ErrorPresenter::terminalText(const ApiError &e, const Diagnosis &d)
{
    // One line per piece: each piece is escaped on its own, so only our own line breaks remain.
    QString out = safe(d.cause + QStringLiteral(": ") + d.title) + QLatin1Char('\n');
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
