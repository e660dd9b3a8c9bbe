#include "RegistryAuth.h"

#include "ApiJob.h"
#include "core/AuthChallenge.h"
#include "core/RegistryToken.h"
#include "Logging.h"
#include "SecretWipe.h"

#include <algorithm>
#include <QTimer>
#include <QUrlQuery>

namespace berth {

TokenCache::~TokenCache()
{
    clear();
}

QString TokenCache::key(const QUrl &realm, const QString &service, const QStringList &scopes)
{
    QStringList sorted = scopes;
    sorted.removeAll(QString());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // Newlines cannot occur in a URL, a service or a scope that came through a header.
    return realm.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo) + QLatin1Char('\n') + service + QLatin1Char('\n')
        + sorted.join(QLatin1Char(' '));
}

qint64 TokenCache::marginSeconds(qint64 expiresInSeconds)
{
    return std::clamp<qint64>(expiresInSeconds / 5, 0, kMaxMarginSeconds);
}

void TokenCache::put(const QString &key, const QByteArray &authorization, qint64 expiresInSeconds, qint64 nowMs)
{
    remove(key);
    if (m_entries.size() >= kMaxEntries) {
        // The entry that would expire first goes.
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->usableUntilMs < oldest->usableUntilMs)
                oldest = it;
        erase(oldest);
    }
    const qint64 seconds = std::max<qint64>(0, expiresInSeconds - marginSeconds(expiresInSeconds));
    m_entries.insert(key, Entry {authorization, nowMs + seconds * 1000});
}

QByteArray TokenCache::get(const QString &key, qint64 nowMs)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return {};
    if (nowMs >= it->usableUntilMs) {
        erase(it);
        return {};
    }
    return it->authorization;
}

void TokenCache::remove(const QString &key)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end())
        erase(it);
}

void TokenCache::removeValue(const QByteArray &authorization)
{
    if (authorization.isEmpty())
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->authorization == authorization) {
            wipeIfSoleOwner(it->authorization);
            it = m_entries.erase(it);
        } else {
            ++it;
        }
    }
}

void TokenCache::clear()
{
    while (!m_entries.isEmpty())
        erase(m_entries.begin());
}

void TokenCache::erase(QHash<QString, Entry>::iterator it)
{
    wipeIfSoleOwner(it->authorization);
    m_entries.erase(it);
}

RegistryAuth::RegistryAuth(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    m_clock.start();
}

QUrl RegistryAuth::tokenUrl(const QUrl &realm, const QString &service, const QStringList &scopes)
{
    QUrl url = realm;
    QUrlQuery query(realm);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), QString::fromLatin1(QUrl::toPercentEncoding(service)));
    // One scope parameter each (docs/spec/auth/scope.md); a space inside one would split it.
    for (const QString &scope : scopes)
        if (!scope.isEmpty())
            query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    url.setQuery(query);
    return url;
}

QByteArray RegistryAuth::cachedAuthorization(const QStringList &scopes)
{
    if (m_lastRealm.isEmpty())
        return {};
    return m_cache.get(TokenCache::key(m_lastRealm, m_lastService, scopes), nowMs());
}

void RegistryAuth::forget(const QByteArray &authorization)
{
    m_cache.removeValue(authorization);
}

void RegistryAuth::token(const QString &realm, const QString &service, const QStringList &scopes, QObject *context,
    Callback<QByteArray> done)
{
    const QUrl registry = m_transport->baseUrl();
    const QUrl realmUrl = registry.resolved(QUrl(realm, QUrl::StrictMode));
    const auto failLater = [this, context, done](const ApiError &e) {
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [ctx, context, done, e] {
            if (context && !ctx)
                return;
            done({}, e);
        });
    };
    if (realm.isEmpty() || !realmUrl.isValid() || realmUrl.host().isEmpty()
        || (realmUrl.scheme() != QLatin1String("https") && realmUrl.scheme() != QLatin1String("http"))) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.registryDenial = ApiError::RegistryDenial::ChallengeMalformed;
        e.method = "GET";
        e.url = registry;
        e.detail = tr("the registry's Bearer challenge names no usable token service (realm \"%1\")").arg(realm);
        failLater(e);
        return;
    }
    const QString refusal = realmRefusal(registry, realmUrl);
    if (!refusal.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureTransport;
        e.registryDenial = ApiError::RegistryDenial::RealmRefused;
        e.method = "GET";
        e.url = realmUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        e.realm = e.url;
        e.transportMessage = tr("refusing the token service at %1: %2").arg(realmUrl.host(), refusal);
        e.detail = e.transportMessage;
        failLater(e);
        return;
    }
    m_lastRealm = realmUrl;
    m_lastService = service;
    const QString key = TokenCache::key(realmUrl, service, scopes);
    const QByteArray cached = m_cache.get(key, nowMs());
    if (!cached.isEmpty()) {
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [ctx, context, done, cached] {
            if (context && !ctx)
                return;
            done(cached, ApiError {});
        });
        return;
    }
    auto &waiters = m_waiting[key];
    waiters.append({QPointer<QObject>(context ? context : this), std::move(done)});
    if (waiters.size() == 1)
        fetch(key, realmUrl, service, scopes);
}

void RegistryAuth::fetch(const QString &key, const QUrl &realm, const QString &service, const QStringList &scopes)
{
    ++m_fetches;
    ApiRequest req;
    req.url = tokenUrl(realm, service, scopes);
    // Basic when the profile has credentials (realmRefusal allowed this realm); else anonymous.
    req.withCredentials = m_transport->settings().hasCredentials();
    req.maxBodyBytes = kMaxTokenResponseBytes;
    ApiJob *job = m_transport->send(req);
    connect(job, &ApiJob::finished, this, [this, job, key, realm] {
        ApiError e = job->error();
        e.realm = realm.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (!job->ok()) {
            if (e.httpStatus == 401 || e.httpStatus == 403)
                e.registryDenial = ApiError::RegistryDenial::TokenRefused;
            deliver(key, {}, e);
            return;
        }
        Parsed<RegistryToken> t = parseRegistryToken(job->body());
        if (!t.ok()) {
            e.kind = ApiError::Kind::BadResponse;
            e.detail = tr("the token service at %1 answered without a usable token: %2").arg(realm.host(), t.error);
            e.bodySnippet.clear(); // the body may hold a token
            deliver(key, {}, e);
            wipeIfSoleOwner(t.value.token);
            return;
        }
        QByteArray authorization;
        authorization.reserve(7 + t.value.token.size());
        authorization += "Bearer ";
        authorization += t.value.token;
        wipeIfSoleOwner(t.value.token);
        m_cache.put(key, authorization, t.value.expiresInSeconds, nowMs());
        qCDebug(lcApi).noquote() << "registry token for" << key.section(QLatin1Char('\n'), 2) << "valid for"
                                 << t.value.expiresInSeconds << "s";
        deliver(key, authorization, ApiError {});
    });
}

void RegistryAuth::deliver(const QString &key, const QByteArray &authorization, const ApiError &error)
{
    const auto waiters = m_waiting.take(key);
    for (const auto &[ctx, cb] : waiters)
        if (ctx)
            cb(authorization, error);
}

} // namespace berth
