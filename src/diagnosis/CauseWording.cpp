#include "CauseWording.h"

#include "core/CredentialHints.h"
#include "PermissionWords.h"

#include <QUrl>

namespace berth {

QString robotProject(const QString &username, const QString &prefix)
{
    if (!username.startsWith(prefix))
        return {};
    const QString rest = username.mid(prefix.size());
    const int plus = rest.indexOf(QLatin1Char('+'));
    return plus > 0 ? rest.left(plus) : QString();
}

// One entry per cause. Server text (Harbor's messages, transport errors, certificate names) runs
// into these sentences as it is; ErrorPresenter::present() escapes the result.
CauseWording CauseWording::of(Cause cause, const ApiError &e, const DiagnosisContext &c)
{
    using A = DiagnosisAction;
    CauseWording w;
    const QString user = e.username.isEmpty() ? tr("anonymous") : e.username;
    const QString project = c.targetProject;
    const QString requestId = e.effectiveRequestId();
    // "Listing worked" only when rows were listed with these credentials and the project the
    // request was for did not refuse them too: never for a users/current that failed at start-up.
    const bool listed = c.listedWithTheseCredentials && c.projectStatus != 401;
    const QString anonymousRule
        = tr("Harbor treats a request whose credentials fail as anonymous, and anonymous users may read public "
             "projects but never delete.")
        + QLatin1Char(' ')
        + (listed                   ? tr("That is why listing worked and this request got 401 Unauthorized.")
                : c.statusPredicted ? tr("That is why this request would get 401 Unauthorized.")
                                    : tr("That is why this request got 401 Unauthorized."));

    if (registryWording(cause, e, c, w))
        return w;
    switch (cause) {
    case Cause::BearerIgnored:
        w.title = tr("Harbor's REST API ignores registry Bearer tokens");
        w.explanation = tr("The request carried \"Authorization: Bearer …\". Tokens from /service/token are valid only "
                           "on the registry's /v2/ endpoints; the REST API under /api/v2.0 does not look at them. ")
            + anonymousRule;
        w.likelyCauses << tr("A token from docker login or /service/token was sent to /api/v2.0.");
        w.fix = tr("Send the robot's name and secret as HTTP Basic instead: curl -u 'robot$project+name:SECRET' …");
        w.actions = {A::EditCredentials};
        break;
    case Cause::NoCredentials:
        w.title = tr("No credentials were sent");
        w.explanation = tr("The request went out without an Authorization header, so Harbor handled it as anonymous. ")
            + anonymousRule;
        if (!c.cookieNames.isEmpty())
            w.likelyCauses << tr("The request carried browser session cookies (%1) instead of credentials; Harbor's "
                                 "API needs HTTP Basic for scripts.")
                                  .arg(c.cookieNames.join(QStringLiteral(", ")));
        w.likelyCauses << tr("The profile is anonymous, or no secret has been saved for it.");
        w.fix = tr("Add the robot account's name and secret to the profile (Edit credentials), or pass them with "
                   "--password-stdin.");
        w.actions = {A::EditCredentials, A::ContinueAnonymously};
        break;
    case Cause::KeyringLocked:
        w.title = tr("The secret could not be read from the keyring");
        w.explanation
            = tr("The profile says a secret was saved, but the keyring did not return it, so the request went "
                 "out without credentials and Harbor treated it as anonymous. The keyring may be locked, or "
                 "the secret was removed outside Berth.");
        if (!c.keyringMessage.isEmpty())
            w.likelyCauses << c.keyringMessage;
        w.likelyCauses << tr("The login keyring is locked.") << tr("The secret was removed outside Berth.");
        w.fix = tr("Unlock the keyring (for example in Seahorse) and retry, or enter the secret again.");
        w.actions = {A::Retry, A::EditCredentials};
        break;
    case Cause::TokenAsSecret:
        w.title = tr("The secret looks like a token, not a robot secret");
        w.explanation
            = tr("The secret starts like a JWT (eyJ…). Harbor's REST API wants the robot's own secret, the one "
                 "shown once when the robot was created. A registry token used as a password is rejected, and "
                 "the request then runs as anonymous. ")
            + anonymousRule;
        w.fix = tr("Use the robot secret from Harbor's \"export to file\" or refresh the robot's secret.");
        w.actions = {A::EditCredentials};
        break;
    case Cause::ShellExpandedName:
    case Cause::RobotPrefixMissing: {
        const CredentialCheck check = checkCredentials(e.username, QStringLiteral("x"), e.url, {}, c.robotPrefix);
        QString suggestion = c.suggestedName;
        for (const CredentialHint &h : check.hints)
            if (!h.suggestion.isEmpty() && suggestion.isEmpty())
                suggestion = h.suggestion;
        if (cause == Cause::ShellExpandedName) {
            w.title = tr("The robot name %1 looks mangled by a shell").arg(e.username);
            w.explanation
                = tr("In double quotes a shell expands $name, so \"robot$team+ci\" becomes \"robot+ci\". Harbor "
                     "does not recognise the result as a robot, tries it as a user login, fails, and carries on "
                     "anonymously. ")
                + anonymousRule;
        } else {
            w.title = tr("The name %1 lacks the robot prefix %2").arg(e.username, c.robotPrefix);
            w.explanation
                = tr("Harbor recognises a robot only by its prefix (%1 unless the admin changed it). Without it "
                     "the name is tried as a user login, which fails, and the request runs as anonymous. ")
                      .arg(c.robotPrefix)
                + anonymousRule;
        }
        if (!suggestion.isEmpty())
            w.likelyCauses << tr("The intended name is probably %1.").arg(suggestion);
        if (const QString left = projectPartLeftByShell(e.username, c.robotPrefix);
            cause == Cause::ShellExpandedName && !left.isEmpty() && c.suggestedName.isEmpty())
            w.likelyCauses << tr("The shell read the start of the project name as a variable and left only \"%1\" "
                                 "of it; <project> stands for that start.")
                                  .arg(left);
        w.fix = tr("Use the full robot name in single quotes, e.g. -u '%1:SECRET', or escape the dollar sign.")
                    .arg(suggestion.isEmpty() ? c.robotPrefix + QStringLiteral("project+name") : suggestion);
        w.actions = {A::EditCredentials};
        break;
    }
    case Cause::CredentialsRejected:
        w.title = tr("Harbor did not accept the credentials for %1").arg(user);
        w.explanation = anonymousRule + QLatin1Char(' ')
            + tr("Harbor does not say why credentials fail; its core log does, under request id %1.").arg(requestId);
        if (c.robotExpiresAt.isValid() && c.robotExpiresAt <= QDateTime::currentDateTimeUtc())
            w.likelyCauses << tr("The robot expired on %1.").arg(c.robotExpiresAt.toString(Qt::ISODate));
        w.likelyCauses << tr("The secret is wrong or was refreshed.")
                       << tr("The robot account is disabled, expired or was deleted.")
                       << tr("The name does not match exactly (project part, upper/lower case).");
        w.fix = tr("Ask a project admin to check the robot (Robot Accounts) and refresh its secret, then update the "
                   "profile.");
        w.actions = {A::EditCredentials, A::Retry, A::ContinueAnonymously};
        break;
    case Cause::OidcPassword:
        w.title = tr("An OIDC password cannot be used on Harbor's API");
        w.explanation = tr("This Harbor signs users in with OIDC. Its API accepts an OIDC user's CLI secret on a few "
                           "paths only, and never the identity provider's password; everything else runs as "
                           "anonymous. ")
            + anonymousRule;
        w.fix = tr("Use a robot account for automation, or the CLI secret from your Harbor user profile.");
        w.actions = {A::EditCredentials};
        break;
    case Cause::RedirectWithheld:
        if (e.kind == ApiError::Kind::RedirectRefused && e.method != "GET" && e.method != "HEAD") {
            // Refused for the method, whatever the origin: a redirected DELETE acts on what the server names.
            const QString method = QString::fromLatin1(e.method);
            w.title = tr("Berth did not follow a redirect of a %1 request").arg(method);
            w.explanation
                = tr("The server answered %1 %2 with a redirect to %3. Berth follows no redirect for a request "
                     "that changes data, because the new address may name something else, such as another "
                     "tag; nothing was sent there. Treat the item as still present until a refresh shows "
                     "otherwise.")
                      .arg(method, e.url.toString(QUrl::RemoveUserInfo),
                          e.redirectRefused.isValid() ? e.redirectRefused.toString(QUrl::RemoveUserInfo)
                                                      : tr("an address it did not name"));
            w.fix = tr("Refresh, then check the profile's URL and any proxy in front of Harbor: Harbor's API does "
                       "not redirect a %1.")
                        .arg(method);
            w.actions = {A::Refresh};
            break;
        }
        w.title = tr("Berth did not send the credentials to another server");
        w.explanation
            = tr("The server redirected the request to %1. Sending the robot's secret there could leak it, so "
                 "Berth refused. The profile's URL is probably not Harbor's canonical address.")
                  .arg(e.redirectRefused.isValid() ? e.redirectRefused.toString(QUrl::RemovePath | QUrl::RemoveQuery)
                                                   : tr("another address"));
        w.fix = tr("Change the profile's URL to the address the server redirects to (its external URL).");
        w.actions = {A::EditCredentials};
        break;
    case Cause::HeaderStripped:
        w.title = tr("The credentials are valid, but this request arrived without them");
        w.explanation = tr("Harbor accepts these credentials (users/current says so), yet it treated this request as "
                           "anonymous. Something between Berth and Harbor removed the Authorization header, such as a "
                           "proxy.");
        w.fix = tr("Check proxies and load balancers in front of Harbor for rules that drop Authorization.");
        w.actions = {A::Retry};
        break;
    case Cause::CookieCsrf:
        w.title = tr("Harbor rejected a session cookie (CSRF)");
        w.explanation = tr("The request carried Harbor's sid session cookie. With that cookie Harbor enforces the web "
                           "UI's CSRF protection, and the DELETE fails with 403 even when the credentials are right.");
        w.fix = tr("Send no cookies to the API: drop -b/--cookie and Cookie headers, and use -u with the robot.");
        w.actions = {A::Retry};
        break;
    case Cause::ReadOnly:
        w.title = tr("Harbor is in read-only mode");
        w.explanation = tr("An administrator has put Harbor into read-only mode; nothing can be deleted until it is "
                           "switched off.");
        w.fix = tr("Wait for the maintenance to end, or ask an administrator.");
        w.actions = {A::Retry};
        break;
    case Cause::WrongProject:
        w.title = tr("%1 is a robot of another project").arg(user);
        w.explanation = tr("A project robot may act only in its own project (%1); Harbor refuses it in %2 with 403.")
                            .arg(robotProject(e.username, c.robotPrefix), project);
        w.fix = tr("Use a robot of %1, or a system robot with access to it.").arg(project);
        w.actions = {A::EditCredentials};
        break;
    case Cause::PermissionMissing: {
        const QString perm = c.neededPermission.isEmpty() ? tr("the permission") : permissionWords(c.neededPermission);
        // The probe may show the permission there by now (granted since, or refused for another
        // reason): then "lacks" would be untrue.
        const bool holdsItNow = c.permissions && !c.neededPermission.isEmpty() && !project.isEmpty()
            && c.permissions->contains(c.neededPermission);
        if (holdsItNow) {
            w.title = tr("Harbor refused this request, though %1 now holds %2 in %3").arg(user, perm, project);
            w.explanation = tr("Harbor accepted the credentials and answered 403 Forbidden, yet it lists %1 among the "
                               "account's permissions in %2 now: it was probably granted after the request failed.")
                                .arg(perm, project);
            w.fix = tr("Retry; if Harbor refuses again, give the request id %1 to the Harbor admin.").arg(requestId);
        } else {
            w.title = project.isEmpty() ? tr("%1 lacks %2").arg(user, perm)
                                        : tr("%1 lacks %2 in %3").arg(user, perm, project);
            w.explanation = tr("Harbor accepted the credentials but the account is not allowed to do this (403 "
                               "Forbidden). A 403 for a project that does not exist looks the same.");
            w.fix = tr("Ask a project admin to grant %1 to the robot, or use one that has it.").arg(perm);
        }
        if (c.permissions)
            w.likelyCauses << tr("Its permissions in %1: %2.")
                                  .arg(project,
                                      c.permissions->isEmpty()
                                          ? tr("none")
                                          : permissionWords(*c.permissions).join(QStringLiteral(", ")));
        w.actions = {A::EditCredentials};
        break;
    }
    case Cause::BadEncoding:
        w.title = tr("The repository name was not encoded the way Harbor needs");
        w.explanation = tr("Harbor wants a repository name with '/' encoded twice in the path (a/b becomes a%252Fb). A "
                           "single %2F is decoded on the way in and the path no longer matches.");
        w.fix = tr("Replace %2F with %252F in the repository part of the URL.");
        break;
    case Cause::TagMoved:
        w.title = tr("The tag now points to another artifact");
        w.explanation = tr("The tag was re-pushed and is now on %1, so it is no longer attached to the artifact this "
                           "delete named.")
                            .arg(c.tagNowOnDigest);
        w.fix = tr("Refresh and check the new artifact before deleting again.");
        w.actions = {A::Refresh};
        break;
    case Cause::AlreadyDeleted:
        w.title = tr("It is not there (already deleted?)");
        w.explanation = tr("Harbor answered 404: the tag or artifact does not exist, most likely because someone or "
                           "something (retention, another script) already deleted it.");
        w.fix = tr("Refresh to see the current state.");
        w.actions = {A::Refresh};
        break;
    case Cause::ImmutableTag:
        w.title = tr("The tag is immutable");
        w.explanation
            = tr("An immutability rule protects it: Harbor refuses to delete it, or any artifact that carries "
                 "it (412 Precondition Failed).");
        w.fix = tr("Only a project admin can change the project's immutability rules.");
        break;
    case Cause::ReferencedByIndex:
        w.title = tr("The artifact is part of a multi-arch index");
        w.explanation = tr("A manifest list or OCI index references this artifact, so Harbor will not delete it on its "
                           "own.");
        w.fix = tr("Delete the index instead; its children go with it.");
        break;
    case Cause::Validation:
        w.title = tr("Harbor rejected the request as invalid");
        w.explanation = tr("Harbor said: %1").arg(e.harborMessage.isEmpty() ? tr("(no message)") : e.harborMessage);
        w.fix = tr("This is likely a bug in the request; please report it with the details.");
        break;
    case Cause::RateLimited:
        w.title = tr("Harbor is rate limiting requests");
        w.explanation = tr("The server answered 429 Too Many Requests, also after retries.");
        w.fix = tr("Retry later, or lower the concurrency or requests per second.");
        w.actions = {A::Retry};
        break;
    case Cause::ProxyError:
        if (e.isProxyAuthRefusal()) {
            // The proxy from http_proxy/https_proxy/all_proxy (api/ProxyRule); e.proxy is
            // host:port only, never its credentials.
            w.title = tr("The proxy %1 refused the proxy credentials").arg(e.proxy);
            w.explanation = tr("The request to %1 went through the proxy %2, named by the environment (https_proxy, "
                               "http_proxy or all_proxy). The proxy answered 407 Proxy Authentication Required: "
                               "it refused the user name and password in that variable, or none were given.")
                                .arg(e.url.host(), e.proxy);
            w.fix = tr("Put the proxy account in the variable (http://USER:PASSWORD@%1), or list %2 in no_proxy if "
                       "the registry is reachable without the proxy.")
                        .arg(e.proxy, e.url.host());
            break;
        }
        w.title = tr("A proxy answered instead of Harbor (HTTP %1)").arg(e.httpStatus);
        w.explanation
            = tr("The response is an HTML page, as a reverse proxy or load balancer sends when Harbor is down "
                 "or unreachable behind it.");
        w.fix = tr("Retry later; if it persists, ask the admin to check Harbor behind the proxy.");
        w.actions = {A::Retry};
        break;
    case Cause::ServerError:
        w.title = tr("Harbor failed with a server error (HTTP %1)").arg(e.httpStatus);
        w.explanation = tr("Harbor hides the details of server errors; its core log has them under request id %1.")
                            .arg(requestId);
        w.fix = tr("Retry; if it persists, give the request id to the Harbor admin.");
        w.actions = {A::Retry};
        break;
    case Cause::BadResponse:
        w.title = tr("The server's answer could not be used");
        w.explanation
            = tr("Expected Harbor's JSON, got %1.")
                  .arg(e.detail.isEmpty() ? (e.transportMessage.isEmpty() ? tr("something else") : e.transportMessage)
                                          : e.detail);
        w.fix = tr("Check that the URL points at Harbor itself, then retry.");
        w.actions = {A::Retry};
        break;
    case Cause::TlsUntrusted:
        w.title = tr("The server's certificate is not trusted");
        w.explanation = tr("TLS verification failed: %1.")
                            .arg(e.tlsErrors.isEmpty() ? e.transportMessage : e.tlsErrors.join(QStringLiteral("; ")));
        if (!e.peerCertificateSha256.isEmpty())
            w.likelyCauses << tr("Certificate %1, issued by %2, SHA-256 %3.")
                                  .arg(e.peerCertificateSubject, e.peerCertificateIssuer, e.peerCertificateSha256);
        w.fix = tr("Add the company CA to the profile (CA file), or trust exactly this certificate for this profile "
                   "after checking its fingerprint with the admin.");
        w.actions = {A::TrustCertificate};
        break;
    case Cause::TlsProtocolVersion:
        w.title = tr("The server speaks only a TLS version that is no longer accepted");
        w.explanation = tr("The TLS handshake failed before any certificate was checked: %1. Berth needs TLS 1.2 or "
                           "newer; a server that offers only TLS 1.0 or 1.1 is refused.")
                            .arg(e.transportMessage);
        w.fix = tr("Ask the admin to enable TLS 1.2 or 1.3 on Harbor, or on the proxy in front of it. Trusting a "
                   "certificate does not help here.");
        break;
    case Cause::Timeout:
        w.title = tr("Harbor did not answer in time");
        w.explanation = tr("No data arrived for %1 (%2).").arg(e.url.host(), e.transportMessage);
        if (e.method == "DELETE")
            w.explanation += QLatin1Char(' ')
                + tr("A DELETE that timed out may still have happened on the server; "
                     "refresh before you try again.");
        w.fix = tr("Retry, or raise the timeout for slow servers.");
        w.actions = {A::Retry};
        break;
    case Cause::Network:
        w.title = tr("Could not reach %1").arg(e.url.host());
        w.explanation = e.transportMessage;
        if (!e.proxy.isEmpty())
            w.likelyCauses << tr("The request went through the proxy %1, named by the environment; the proxy may be "
                                 "down, or may not reach %2.")
                                  .arg(e.proxy, e.url.host());
        w.fix = tr("Check the URL, the network and any proxy settings (https_proxy, no_proxy).");
        w.actions = {A::Retry};
        break;
    case Cause::PlainHttpRefused:
        w.title = tr("Credentials were not sent over plain http");
        w.explanation = e.transportMessage;
        w.fix = tr("Use https, or allow plain http in the profile if you accept the risk.");
        w.actions = {A::EditCredentials};
        break;
    case Cause::InvalidRef:
        w.title = tr("Nothing was sent: the name is not one a registry accepts");
        w.explanation = e.transportMessage;
        w.fix = tr("Check the name. Tags hold letters, digits, '_', '.' and '-' and do not start with '.' or '-'; "
                   "repository paths are lowercase.");
        break;
    case Cause::Cancelled:
        w.title = tr("Cancelled");
        w.explanation = tr("The request was cancelled before it finished.");
        break;
    case Cause::Unknown:
        w.title = tr("The request failed (HTTP %1)").arg(e.httpStatus);
        w.explanation = e.harborMessage.isEmpty() ? e.transportMessage : e.harborMessage;
        w.fix = tr("Retry; if it persists, report it with the details.");
        w.actions = {A::Retry};
        break;
    // The two causes of berthctl explain, decided by RequestExplainer from its probes; their words
    // keep RequestExplainer's translation context.
    case Cause::NoProblemFound:
        w.title = QCoreApplication::translate(
            "berth::RequestExplainer", "Harbor accepts these credentials for this request");
        w.explanation = QCoreApplication::translate("berth::RequestExplainer",
            "The probes found nothing that would make this request fail now: the credentials are accepted%1.")
                            .arg(c.neededPermission.isEmpty()
                                    ? QString()
                                    : QCoreApplication::translate("berth::RequestExplainer", " and include %1")
                                          .arg(c.neededPermission));
        w.fix = QCoreApplication::translate("berth::RequestExplainer",
            "If it still fails, run it again and paste the response; an immutable tag gives 412, an artifact in an "
            "index 412 too.");
        break;
    case Cause::ProbeRefused:
        // The caller lists what stopped the probes as the likely causes.
        w.title = QCoreApplication::translate(
            "berth::RequestExplainer", "Berth sent nothing: this command is not safe to probe");
        w.explanation = QCoreApplication::translate("berth::RequestExplainer",
            "The probes carry the command's credentials, so Berth sends them only to the one host the command names "
            "as its URL (%1), over https or to this machine. Here it asked no server at all:")
                            .arg(e.url.host());
        w.fix = QCoreApplication::translate("berth::RequestExplainer",
            "Remove or change what stops the probes (listed above) and explain the command again; Berth then asks %1 "
            "only, with GET requests.")
                    .arg(e.url.host());
        break;
    case Cause::DigestMismatch:
        w.title = tr("The registry sent content that does not match its digest");
        w.explanation = tr("Content asked for by digest must hash to that digest; this did not, so Berth refused it "
                           "and shows nothing of it. %1")
                            .arg(e.detail.isEmpty() ? e.transportMessage : e.detail);
        w.likelyCauses << tr("A proxy or cache between you and the registry changed the content.")
                       << tr("The registry's storage is damaged.");
        w.fix = tr("Retry. If it happens again, give the details to the registry's administrator.");
        w.actions = {A::Retry};
        break;
    case Cause::PullNotPermitted:
        w.title = tr("%1 may not pull from this repository").arg(user);
        w.explanation = tr("Harbor's registry endpoint (/v2/) answered 401 Unauthorized to credentials its API "
                           "accepts: the account lacks the pull permission (repository:pull) for %1. Listing and "
                           "deleting go through the API and still work; reading manifests, configs and layers "
                           "needs pull.")
                            .arg(project.isEmpty() ? tr("this project") : project);
        w.likelyCauses << tr("Cleanup robots are often given list and delete only.");
        w.fix = tr("Add \"Pull artifact\" (repository:pull) to the account's permissions in the project, or "
                   "inspect with an account that has it.");
        w.actions = {A::EditCredentials};
        break;
    case Cause::RealmRefused:
        w.title = tr("Credentials were not sent to the registry's token service");
        w.explanation = e.transportMessage;
        w.fix = tr("Connect to the registry over https. A token service on another host is used only over "
                   "https, where credentials cannot be read on the way.");
        break;
    case Cause::TagDeleteUnsupported:
    case Cause::RegistryDeleteDisabled:
    case Cause::CatalogDenied:
    case Cause::TokenServiceUnreachable:
    case Cause::TokenDenied:
    case Cause::TagExists:
    case Cause::QuotaExceeded:
    case Cause::ProxyCacheProject:
    case Cause::UndoBlobsCollected:
        break; // worded by registryWording()
    }
    return w;
}

} // namespace berth
