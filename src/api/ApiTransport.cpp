#include "ApiTransport.h"

#include "ApiJob.h"
#include "PlainHttpPool.h"

#include <QNetworkAccessManager>

namespace berth {

ApiTransport::ApiTransport(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(settings))
    , m_proxyEnvironment(ProxyEnvironment::fromProcess())
    , m_limiter(m_policy.settings().maxRequestsPerSecond)
    , m_manager(new QNetworkAccessManager(this))
{
    RequestPolicy::configureManager(m_manager);
    // One proxy rule for every request, not Qt's system configuration (see ProxyRule.h for what
    // Qt 6.4 on Debian would do instead). The manager owns the factory.
    m_manager->setProxyFactory(new ProxyRuleFactory(m_proxyEnvironment));
    if (PlainHttpPool::enabledByEnvironment())
        m_plainHttp = new PlainHttpPool(this);
}

ApiTransport::~ApiTransport()
{
    // The manager goes first, with its replies and its HTTP thread's connections: they hold
    // copies of the Authorization header. The policy, destroyed after this body, then holds the
    // only one and overwrites it (RequestPolicy::~RequestPolicy).
    delete m_manager;
    m_manager = nullptr;
    delete m_plainHttp; // its requests in flight hold the header too
    m_plainHttp = nullptr;
}

ApiJob *ApiTransport::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    job->start();
    return job;
}

} // namespace berth
