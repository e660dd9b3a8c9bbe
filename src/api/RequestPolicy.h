#pragma once

#include "ConnectionSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace berth {

// The one place that decides how a Harbor request is sent: the preemptive Basic header (the
// API never challenges, so Qt's authenticationRequired would never fire), no cookies (a
// replayed `sid` turns DELETEs into CSRF 403s), X-Request-Id, User-Agent, the transfer
// timeout, the redirect rules and TLS trust.
class RequestPolicy
{
    Q_DECLARE_TR_FUNCTIONS(berth::RequestPolicy)

public:
    explicit RequestPolicy(ConnectionSettings settings);

    const ConnectionSettings &settings() const { return m_settings; }

    QNetworkRequest makeRequest(const QUrl &url, const QByteArray &requestId, bool withCredentials = true) const;
    bool sendsCredentials() const { return m_settings.hasCredentials(); }
    QString authScheme(bool withCredentials = true) const;

    // Refuses Basic over plain http to a host that is not loopback, unless the profile allows it.
    // Returns an empty string when the URL may be used.
    QString transportRefusal(const QUrl &url, bool withCredentials = true) const;

    // Same origin only (scheme, host, port): a redirect elsewhere would carry the credentials to
    // another server (Qt 6.4's default policy does forward a hand-set Authorization header), and
    // https -> http would send them in clear. Returns the refusal reason, or empty if allowed.
    static QString redirectRefusal(const QUrl &from, const QUrl &to);

    // True when every error is about a certificate whose SHA-256 equals the profile's pin.
    bool pinAccepts(const QList<QSslError> &errors) const;

    static QByteArray newRequestId();
    static QString certificateSha256(const QSslCertificate &cert);

    // A manager set up for this policy: no cookie jar, system proxy, replies auto-deleted off.
    static void configureManager(QNetworkAccessManager *manager);

private:
    ConnectionSettings m_settings;
    QByteArray m_authorization;
    QSslConfiguration m_ssl;
    QByteArray m_userAgent;
};

} // namespace berth
