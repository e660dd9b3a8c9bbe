#include "RequestPolicy.h"

#include "core/CertificatePin.h"
#include "core/ReferenceGrammar.h"
#include "core/RegistryUrl.h"
#include "Logging.h"
#include "SecretWipe.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSslCertificate>
#include <QUuid>

namespace berth {

namespace {

// A jar that never stores and never returns a cookie: belt and braces beside the per-request
// Manual cookie attributes.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

int effectivePort(const QUrl &u)
{
    return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

RequestPolicy::RequestPolicy(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_secret(std::move(m_settings.secret))
{
    m_settings.secret = QString();
    m_settings.pinnedSha256 = normalizedPin(m_settings.pinnedSha256);
    if (!m_settings.hasCredentials()) {
        m_secret = QString(); // anonymous: nothing is sent, so nothing is kept
    } else {
        // Built in reserved buffers, and the intermediate copies zeroed: no stray copy of the
        // secret is left behind in freed memory.
        QByteArray secret = m_secret.toUtf8();
        QByteArray pair = m_settings.username.toUtf8();
        pair.reserve(pair.size() + 1 + secret.size());
        pair += ':';
        pair += secret;
        QByteArray encoded = pair.toBase64();
        m_authorization.reserve(6 + encoded.size());
        m_authorization += "Basic ";
        m_authorization += encoded;
        wipeIfSoleOwner(secret);
        wipeIfSoleOwner(pair);
        wipeIfSoleOwner(encoded);
    }
    m_userAgent = m_settings.userAgent.isEmpty() ? QByteArray("Berth/" BERTH_VERSION) : m_settings.userAgent.toUtf8();

    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extra.isEmpty())
            qCWarning(lcApi) << "no PEM certificate could be read from the CA file" << m_settings.caFile;
        m_ssl.addCaCertificates(extra);
    }
}

RequestPolicy::~RequestPolicy()
{
    if (!m_settings.hasCredentials())
        return;
    // The client is done: overwrite the header and the secret, unless a copy is still in use
    // elsewhere (HarborClient lets its network manager go first, so its requests hold none).
    const bool header = wipeIfSoleOwner(m_authorization);
    const bool secret = wipeIfSoleOwner(m_secret);
    qCDebug(lcApi).nospace() << "on clean-up, overwrote the Authorization header: " << (header ? "yes" : "no")
                             << ", the secret: " << (secret ? "yes" : "no");
}

QString RequestPolicy::withSecret(const std::function<QString(const QString &secret)> &use) const
{
    return use(m_secret);
}

QString RequestPolicy::authScheme(bool withCredentials) const
{
    return withCredentials && sendsCredentials() ? QStringLiteral("basic") : QStringLiteral("none");
}

QNetworkRequest RequestPolicy::makeRequest(const QUrl &url, const QByteArray &requestId, bool withCredentials) const
{
    QNetworkRequest req(url);
    if (withCredentials && !m_authorization.isEmpty())
        req.setRawHeader("Authorization", m_authorization);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", m_userAgent);
    req.setRawHeader("X-Request-Id", requestId);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    req.setTransferTimeout(m_settings.timeoutMs);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_ssl);
    return req;
}

QString RequestPolicy::transportRefusal(const QUrl &url, bool withCredentials) const
{
    if (!withCredentials || !sendsCredentials())
        return {};
    return credentialTransportRefusal(url);
}

QString RequestPolicy::credentialTransportRefusal(const QUrl &url) const
{
    if (url.scheme() != QLatin1String("http"))
        return {};
    if (isLoopbackHost(url.host()) || m_settings.allowPlainHttp)
        return {};
    return tr("refusing to send credentials over plain http to %1; use https, or allow plain http in the "
              "profile if you accept that the secret travels unencrypted")
        .arg(url.host());
}

QString RequestPolicy::pathRefusal(const QUrl &url)
{
    return ReferenceGrammar::dotSegmentRefusal(url);
}

QString RequestPolicy::redirectRefusal(const QUrl &from, const QUrl &to)
{
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http"))
        return tr("redirect from https to http (a downgrade)");
    if (from.scheme() != to.scheme() || from.host().compare(to.host(), Qt::CaseInsensitive) != 0
        || effectivePort(from) != effectivePort(to))
        return tr("redirect to another origin (%1)")
            .arg(to.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    return {};
}

QString RequestPolicy::unsafeRedirectRefusal(const QByteArray &method, int status, const QUrl &to)
{
    if (method == "GET" || method == "HEAD")
        return {};
    const QString verb = QString::fromLatin1(method);
    const QString answer = status > 0 ? QString::number(status) : tr("a redirect");
    if (to.isEmpty())
        return tr("the server answered %1 with %2 and no usable Location; Berth follows no redirect for a request "
                  "that changes data")
            .arg(verb, answer);
    return tr("the server answered %1 with %2 to %3; Berth follows no redirect for a request that changes data, "
              "so nothing was sent there")
        .arg(verb, answer, to.toString(QUrl::RemoveUserInfo));
}

bool RequestPolicy::pinAccepts(
    const QSslCertificate &leaf, const QList<QSslCertificate> &peerChain, const QList<QSslError> &errors) const
{
    if (m_settings.pinnedSha256.isEmpty() || errors.isEmpty() || leaf.isNull())
        return false;
    if (certificateSha256(leaf) != m_settings.pinnedSha256)
        return false;
    // An error about a certificate the server did not send (or about none) is not one the pin
    // speaks for.
    for (const QSslError &e : errors) {
        const QSslCertificate named = e.certificate();
        if (named.isNull() || (named != leaf && !peerChain.contains(named)))
            return false;
    }
    return true;
}

QByteArray RequestPolicy::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString RequestPolicy::certificateSha256(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}

void RequestPolicy::configureManager(QNetworkAccessManager *manager)
{
    manager->setCookieJar(new NoCookieJar(manager));
    manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    manager->setAutoDeleteReplies(false); // jobs deleteLater() their replies themselves
    manager->setStrictTransportSecurityEnabled(false);
}

} // namespace berth
