#pragma once

#include "core/ConnectionSettings.h"
#include "ProxyRule.h"
#include "RateLimiter.h"
#include "RequestPolicy.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace berth {

class ApiJob;
class PlainHttpPool;
struct ApiError;
struct ApiRequest;

template<class T>
using Callback = std::function<void(const T &value, const ApiError &error)>;
template<class T>
using PageCallback = std::function<void(const QList<T> &items, qint64 firstIndex)>;
using DoneCallback = std::function<void(const ApiError &error)>;

// What one request needs to go out for one registry profile: the request policy (credentials,
// TLS trust, redirects), the rate limiter and the network manager. HarborClient (/api/v2.0) and
// RegistryClient (/v2/) send through it, so both follow the same rules. It owns every job it
// makes.
class ApiTransport : public QObject
{
    Q_OBJECT

public:
    explicit ApiTransport(ConnectionSettings settings, QObject *parent = nullptr);
    // Lets the network manager go first: its replies and connections hold copies of the
    // Authorization header, and the policy overwrites its own once it holds the only one.
    ~ApiTransport() override;

    // Everything but the secret; see withSecret().
    const ConnectionSettings &settings() const { return m_policy.settings(); }
    // The secret, lent for one call (RequestPolicy::withSecret): for a text the user asked to
    // see with it, or to hand the same credentials on. Nothing else reads it.
    QString withSecret(const std::function<QString(const QString &secret)> &use) const
    {
        return m_policy.withSecret(use);
    }
    const RequestPolicy &policy() const { return m_policy; }
    RateLimiter &rateLimiter() { return m_limiter; }
    QNetworkAccessManager *manager() const { return m_manager; }
    // Berth's own client for plain http without a proxy (PlainHttpPool); null when turned off.
    PlainHttpPool *plainHttp() const { return m_plainHttp; }
    QUrl baseUrl() const { return settings().baseUrl; }
    // The proxy a request to `url` goes through (ProxyRule), from the environment as it was when
    // this transport was made. Its credentials stay inside; print display() only.
    ProxyChoice proxyFor(const QUrl &url) const { return chooseProxy(url, m_proxyEnvironment); }

    // A raw job (started).
    ApiJob *send(const ApiRequest &request);

private:
    RequestPolicy m_policy;
    ProxyEnvironment m_proxyEnvironment;
    RateLimiter m_limiter;
    QNetworkAccessManager *m_manager = nullptr;
    PlainHttpPool *m_plainHttp = nullptr;
};

} // namespace berth
