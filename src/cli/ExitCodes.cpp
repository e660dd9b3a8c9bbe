#include "ExitCodes.h"

namespace berth {

int exitCodeFor(const ApiError &e)
{
    using K = ApiError::Kind;
    switch (e.kind) {
    case K::None:
        return ExitOk;
    case K::Unauthorized:
        return ExitUnauthenticated;
    case K::Forbidden:
        return ExitForbidden;
    case K::NotFound:
        return ExitNotFound;
    case K::PreconditionFailed:
        return ExitPrecondition;
    case K::Timeout:
    case K::Network:
    case K::Tls:
    case K::RedirectRefused:
    case K::InsecureTransport:
        return ExitTransport;
    case K::UnsafeRequest:
        return ExitUsage; // the name was wrong; nothing was sent
    default:
        return ExitFailure;
    }
}

int exitCodeFor(const ApiError &e, Cause cause)
{
    switch (cause) {
    case Cause::PullNotPermitted:
    case Cause::PermissionMissing:
        return e.kind == ApiError::Kind::Unauthorized ? ExitForbidden : exitCodeFor(e);
    case Cause::DigestMismatch:
        return ExitFailure;
    // A plain registry's refusals, whatever status carried them (distribution answers 400 to a
    // tag delete and 401 insufficient_scope to a token that grants too little).
    case Cause::TagDeleteUnsupported:
    case Cause::TagExists:
    case Cause::UndoBlobsCollected:
        return ExitPrecondition;
    case Cause::QuotaExceeded:
    case Cause::ProxyCacheProject:
        return ExitForbidden;
    case Cause::RegistryDeleteDisabled:
    case Cause::CatalogDenied:
    case Cause::TokenDenied:
        return ExitForbidden;
    case Cause::TokenServiceUnreachable:
        return ExitTransport;
    default:
        return exitCodeFor(e);
    }
}

} // namespace berth
