// The words for what only a plain OCI registry (the distribution API without Harbor beside it)
// answers: its deletion rules, its catalog and its token service. Also the credential causes in
// a plain registry's terms, where Harbor's anonymous fallback does not exist.
#include "CauseWording.h"

#include <QUrl>

namespace berth {

namespace {

using A = DiagnosisAction;

// "repository:team/app:pull" as the request needed it, or the words for "what was asked".
QString scopeWords(const ApiError &e)
{
    return e.registryScope.isEmpty() ? CauseWording::tr("the access this request needs") : e.registryScope;
}

QString realmWords(const ApiError &e)
{
    return e.realm.isValid() ? e.realm.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                             : CauseWording::tr("the token service");
}

// The repository of "/v2/<repository>/manifests/<reference>".
QString manifestRepository(const ApiError &e)
{
    const QString path = e.url.path();
    const int at = path.lastIndexOf(QLatin1String("/manifests/"));
    return at > 4 ? path.mid(4, at - 4) : QString();
}

} // namespace

bool CauseWording::registryWording(Cause cause, const ApiError &e, const DiagnosisContext &c, CauseWording &w)
{
    const QString user = e.username.isEmpty() ? tr("anonymous") : e.username;
    switch (cause) {
    case Cause::TagDeleteUnsupported: {
        const QString repository = manifestRepository(e);
        w.title = tr("This registry cannot remove a tag alone: it deletes manifests by digest only");
        w.explanation = tr("The registry refused to delete the tag (HTTP %1 %2). The distribution API deletes a "
                           "manifest by its digest, and that takes away every tag on it. Berth did not fall back to "
                           "a digest delete: nothing was deleted.")
                            .arg(e.httpStatus)
                            .arg(e.harborCode);
        if (!c.manifestDigest.isEmpty())
            w.likelyCauses << tr("The tag is on %1.").arg(c.manifestDigest);
        if (c.otherTags)
            w.likelyCauses << (c.otherTags->isEmpty() ? tr("No other tag is on that manifest.")
                                                      : tr("Deleting the manifest also removes these tags: %1.")
                                                            .arg(c.otherTags->join(QStringLiteral(", "))));
        w.fix = c.manifestDigest.isEmpty() || repository.isEmpty()
            ? tr("If the whole manifest should go, delete it by its digest, as a separate, explicit step.")
            : tr("If the whole manifest should go, with every tag on it, delete it by digest: berthctl rm %1@%2")
                  .arg(repository, c.manifestDigest);
        break;
    }
    case Cause::RegistryDeleteDisabled:
        w.title = tr("Deleting is turned off on this registry");
        w.explanation = tr("The registry answered 405 Method Not Allowed to a manifest delete: it refuses deletes for "
                           "everyone, whatever the credentials. This is the registry's configuration "
                           "(storage.delete.enabled in distribution's config.yml), not a missing permission.");
        w.fix = tr("Ask the registry's administrator to enable deletion (storage: delete: enabled: true) and "
                   "restart it; then delete again.");
        break;
    case Cause::TagExists: {
        const QString tag = e.url.path().section(QLatin1Char('/'), -1);
        w.title = tr("The tag %1 already names another artifact").arg(tag);
        w.explanation = tr("At the target, %1 in %2 is on %3. Berth never moves a tag silently: nothing was "
                           "changed.")
                            .arg(tag, manifestRepository(e),
                                c.tagNowOnDigest.isEmpty() ? tr("another digest") : c.tagNowOnDigest);
        w.fix = tr("Choose another tag, or remove that tag first if it should move.");
        w.actions = {A::Refresh};
        break;
    }
    case Cause::QuotaExceeded:
        w.title = tr("The project's storage quota is full");
        w.explanation = tr("Harbor refused the push (HTTP %1): %2").arg(e.httpStatus).arg(e.harborMessage);
        w.fix = tr("Free space in the project (delete artifacts, then run garbage collection), or ask a Harbor "
                   "administrator to raise its quota.");
        break;
    case Cause::ProxyCacheProject:
        w.title = tr("The project is a proxy cache: it takes no pushes and no deletes");
        w.explanation = tr("Harbor refused the request (HTTP %1): %2. A proxy-cache project only mirrors another "
                           "registry; what it holds comes from there.")
                            .arg(e.httpStatus)
                            .arg(e.harborMessage);
        w.fix = tr("Copy into an ordinary project instead.");
        break;
    case Cause::UndoBlobsCollected:
        w.title = tr("This delete can no longer be undone: garbage collection has run");
        w.explanation = tr("Undo needs every blob the deleted manifest names, and the registry no longer has "
                           "some (HEAD answered 404): %1. Nothing was changed.")
                            .arg(e.detail.isEmpty() ? e.transportMessage : e.detail);
        w.fix = tr("Push the image again from a copy (a CI build, another registry, a local image).");
        break;
    case Cause::CatalogDenied:
        w.title = tr("The registry does not list its repositories to %1").arg(user);
        w.explanation = tr("The catalog (/v2/_catalog) was refused (HTTP %1). Most hosted registries (Docker Hub, "
                           "GHCR, ...) deny it to users; others grant it to administrators only. Repositories "
                           "named by hand still work.")
                            .arg(e.httpStatus);
        w.fix = tr("Name the repository: berthctl ls REPO lists its tags, inspect and rm work as usual. In Berth's "
                   "window, add the repositories or namespaces to the profile.");
        w.actions = {A::EditCredentials};
        break;
    case Cause::TokenServiceUnreachable:
        w.title = tr("Could not reach the registry's token service at %1").arg(e.realm.host());
        w.explanation = tr("The registry sends clients to its token service (%1) for a token; that request failed "
                           "before any answer: %2")
                            .arg(realmWords(e), e.transportMessage);
        w.likelyCauses << tr("The token service is down, or its address is only reachable from the registry's own "
                             "network.")
                       << tr("A proxy or firewall blocks it (https_proxy, no_proxy).");
        w.fix = tr("Check that %1 is reachable from this machine; the registry's administrator sets it as "
                   "auth.token.realm.")
                    .arg(realmWords(e));
        w.actions = {A::Retry};
        break;
    case Cause::TokenDenied:
        w.title = tr("The token service granted %1 less than asked").arg(user);
        w.explanation = e.registryDenial == ApiError::RegistryDenial::TokenRefused
            ? tr("Berth asked the token service %1 for %2; it answered %3 Forbidden and granted nothing.")
                  .arg(realmWords(e), scopeWords(e))
                  .arg(e.httpStatus)
            : tr("Berth asked the token service %1 for %2; it gave a token, but the registry answered "
                 "insufficient_scope (HTTP %3): the token does not grant that.")
                  .arg(realmWords(e), scopeWords(e))
                  .arg(e.httpStatus);
        if (e.username.isEmpty())
            w.likelyCauses << tr("No credentials were sent: the token service grants anonymous users little or "
                                 "nothing.");
        w.likelyCauses << tr("The account may not do this in the repository.");
        w.fix = e.username.isEmpty()
            ? tr("Log in (berthctl login) with an account that may do this.")
            : tr("Ask the registry's administrator to grant %1 to %2.").arg(scopeWords(e), user);
        w.actions = {A::EditCredentials};
        break;
    case Cause::CredentialsRejected:
        if (!c.plainRegistry)
            return false;
        w.title = tr("The registry did not accept the credentials for %1").arg(user);
        w.explanation = e.registryDenial == ApiError::RegistryDenial::TokenRefused
            ? tr("The registry's token service (%1) answered %2 to these credentials.")
                  .arg(realmWords(e))
                  .arg(e.httpStatus)
            : tr("The registry answered 401 Unauthorized to these credentials.");
        w.likelyCauses << tr("The password or token is wrong or was changed.") << tr("The user name does not match.");
        w.fix = tr("Log in again with the right credentials (berthctl login).");
        w.actions = {A::EditCredentials, A::Retry};
        break;
    case Cause::AlreadyDeleted:
        if (!c.plainRegistry)
            return false;
        w.title = tr("It is not there (already deleted?)");
        w.explanation = e.harborCode.isEmpty()
            ? tr("The registry answered 404: the repository, tag or manifest does not exist, or no longer does.")
            : tr("The registry answered 404 %1: the repository, tag or manifest does not exist, or no longer does.")
                  .arg(e.harborCode);
        w.likelyCauses << tr("A typing mistake in the name.")
                       << tr("Someone or something (a cleanup job, another script) deleted it.");
        w.fix = tr("Check the name with berthctl ls, or refresh to see the current state.");
        w.actions = {A::Refresh};
        break;
    case Cause::NoCredentials:
        if (!c.plainRegistry)
            return false;
        w.title = tr("The registry wants credentials");
        w.explanation = tr("The request went out without credentials and the registry answered 401 Unauthorized: it "
                           "does not allow anonymous access here.");
        w.likelyCauses << tr("The profile is anonymous, or no secret has been saved for it.");
        w.fix = tr("Log in (berthctl login), or pass the credentials with --user and --password-stdin.");
        w.actions = {A::EditCredentials};
        break;
    default:
        return false;
    }
    return true;
}

} // namespace berth
