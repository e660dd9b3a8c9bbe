#pragma once

#include "core/ConnectionSettings.h"

#include <functional>
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
    // Takes the secret out of the settings: from here on only this object holds it.
    explicit RequestPolicy(ConnectionSettings settings);
    // Overwrites the Basic header and the secret in place when no copy of them is left elsewhere.
    ~RequestPolicy();
    RequestPolicy(const RequestPolicy &) = default;
    RequestPolicy &operator=(const RequestPolicy &) = default;

    // Everything but the secret (settings().secret is always empty).
    const ConnectionSettings &settings() const { return m_settings; }

    // Lends the secret to `use` for one call and returns what `use` made of it: a text the user
    // asked to see with the secret in it (the diagnosis's curl command, revealed), or the same
    // credentials handed on to a new client or to the keychain. The one way to the secret.
    QString withSecret(const std::function<QString(const QString &secret)> &use) const;

    QNetworkRequest makeRequest(const QUrl &url, const QByteArray &requestId, bool withCredentials = true) const;
    bool sendsCredentials() const { return m_settings.hasCredentials(); }
    QString authScheme(bool withCredentials = true) const;

    // Refuses Basic over plain http to a host that is not loopback, unless the profile allows it.
    // Returns an empty string when the URL may be used.
    QString transportRefusal(const QUrl &url, bool withCredentials = true) const;
    // The same rule for any credential, such as a registry token on an anonymous profile.
    QString credentialTransportRefusal(const QUrl &url) const;

    // Refuses a URL whose path a server or Qt would read as another path: a segment that is "."
    // or ".." once percent-decoding is undone (Harbor decodes repository names twice), or a path
    // that dot-segment normalisation changes. Names are validated where they enter; this is the
    // last line, so that no name, typed or sent by a server, can turn a tag delete into a
    // repository delete. Returns the refusal reason, or empty if the URL may be used.
    static QString pathRefusal(const QUrl &url);

    // Same origin only (scheme, host, port): a redirect elsewhere would carry the credentials to
    // another server (Qt 6.4's default policy does forward a hand-set Authorization header), and
    // https -> http would send them in clear. Returns the refusal reason, or empty if allowed.
    static QString redirectRefusal(const QUrl &from, const QUrl &to);

    // Only GET and HEAD follow redirects. Any other method refuses every redirect, to its own
    // origin too: Qt re-sends the method on a 307/308 and turns 301-303 into a GET
    // (QNetworkReplyHttpImplPrivate::getRedirectOperation in qtbase's
    // src/network/access/qnetworkreplyhttpimpl.cpp), so a DELETE of one tag would remove
    // whatever the server names instead. `to` is empty when the answer had no usable Location.
    // Returns the refusal reason, or empty for GET and HEAD.
    static QString unsafeRedirectRefusal(const QByteArray &method, int status, const QUrl &to);

    // True when the server's own certificate (the leaf) has the profile's pinned SHA-256 and
    // every error names a certificate of the chain the server sent. Errors name whichever
    // certificate failed, for a private CA's chain the self-signed root; a pin compared with
    // them would let a pinned CA vouch for every leaf it signed.
    bool pinAccepts(
        const QSslCertificate &leaf, const QList<QSslCertificate> &peerChain, const QList<QSslError> &errors) const;

    static QByteArray newRequestId();
    static QString certificateSha256(const QSslCertificate &cert);

    // A manager set up for this policy: no cookie jar, replies auto-deleted off. Its proxy is
    // ApiTransport's (ProxyRule).
    static void configureManager(QNetworkAccessManager *manager);

private:
    ConnectionSettings m_settings;
    QString m_secret;
    QByteArray m_authorization;
    QSslConfiguration m_ssl;
    QByteArray m_userAgent;
};

} // namespace berth
