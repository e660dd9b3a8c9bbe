#include "ApiError.h"

#include "core/DisplayText.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ApiError)
};

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::MethodNotAllowed:
        return QStringLiteral("method_not_allowed");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::InsecureTransport:
        return QStringLiteral("insecure_transport");
    case Kind::UnsafeRequest:
        return QStringLiteral("unsafe_request");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::HttpOther:
        return QStringLiteral("http_other");
    case Kind::DigestMismatch:
        return QStringLiteral("digest_mismatch");
    }
    return QStringLiteral("unknown");
}

QString ApiError::denialName(RegistryDenial denial)
{
    switch (denial) {
    case RegistryDenial::None:
        return QStringLiteral("none");
    case RegistryDenial::NotPermitted:
        return QStringLiteral("not_permitted");
    case RegistryDenial::InsufficientScope:
        return QStringLiteral("insufficient_scope");
    case RegistryDenial::TokenRefused:
        return QStringLiteral("token_refused");
    case RegistryDenial::ChallengeMalformed:
        return QStringLiteral("challenge_malformed");
    case RegistryDenial::RealmRefused:
        return QStringLiteral("realm_refused");
    }
    return QStringLiteral("unknown");
}

bool ApiError::isProxyAuthRefusal() const
{
    return isError() && !proxy.isEmpty()
        && (networkError == QNetworkReply::ProxyAuthenticationRequiredError || httpStatus == 407);
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 405:
        return Kind::MethodNotAllowed;
    case 409:
        return Kind::Conflict;
    case 412:
        return Kind::PreconditionFailed;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return Kind::ServerError;
    if (status >= 200 && status <= 299)
        return Kind::None;
    return Kind::HttpOther;
}

QString ApiError::summary() const
{
    QString s
        = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded);
    if (httpStatus > 0) {
        s += QStringLiteral(" -> %1").arg(httpStatus);
        if (!harborCode.isEmpty())
            s += QLatin1Char(' ') + harborCode;
        if (!harborMessage.isEmpty())
            s += QLatin1Char(' ') + harborMessage;
    } else if (!transportMessage.isEmpty()) {
        s += QStringLiteral(" -> ") + transportMessage;
    }
    if (redirectRefused.isValid())
        s += ApiErrorText::tr(" (redirect to %1 refused)").arg(redirectRefused.toString(QUrl::RemoveUserInfo));
    if (!detail.isEmpty())
        s += QStringLiteral(" (%1)").arg(detail);
    // A display line (error rows, tooltips, logs, stderr) that quotes the server: one line, with
    // no control character a terminal or a widget would act on.
    return DisplayText::escapeControl(s);
}

} // namespace berth
