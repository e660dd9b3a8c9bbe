#include "RequestPolicy.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>
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

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

int effectivePort(const QUrl &u)
{
    return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

RequestPolicy::RequestPolicy(ConnectionSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.hasCredentials()) {
        const QByteArray pair = m_settings.username.toUtf8() + ':' + m_settings.secret.toUtf8();
        m_authorization = "Basic " + pair.toBase64();
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
    if (url.scheme() != QLatin1String("http") || !withCredentials || !sendsCredentials())
        return {};
    if (isLoopback(url.host()) || m_settings.allowPlainHttp)
        return {};
    return tr("refusing to send credentials over plain http to %1; use https, or allow plain http in the "
              "profile if you accept that the secret travels unencrypted")
        .arg(url.host());
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

bool RequestPolicy::pinAccepts(const QList<QSslError> &errors) const
{
    if (m_settings.pinnedSha256.isEmpty() || errors.isEmpty())
        return false;
    const QString pin = m_settings.pinnedSha256.toLower().remove(QLatin1Char(':'));
    for (const QSslError &e : errors) {
        if (e.certificate().isNull() || certificateSha256(e.certificate()) != pin)
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
    static const bool proxySetUp = [] {
        // Honours http_proxy, https_proxy and no_proxy from the environment on Linux.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(proxySetUp);
    manager->setCookieJar(new NoCookieJar(manager));
    manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    manager->setAutoDeleteReplies(false); // jobs deleteLater() their replies themselves
    manager->setStrictTransportSecurityEnabled(false);
}

} // namespace berth
