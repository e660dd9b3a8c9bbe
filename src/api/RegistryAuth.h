#pragma once

#include "ApiError.h"
#include "ApiTransport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// Registry tokens by (realm, service, scope set), each until its expires_in minus a margin, so
// that a token is never sent in the last seconds of its life (distribution accepts 60 s of skew;
// docs/spec/auth/token.md). Times are a monotonic clock's milliseconds, passed in. The values are
// whole Authorization headers ("Bearer ..."): secrets, overwritten when they leave the cache.
class TokenCache
{
public:
    static constexpr int kMaxEntries = 256;
    static constexpr qint64 kMaxMarginSeconds = 30;

    TokenCache() = default;
    ~TokenCache();
    TokenCache(const TokenCache &) = delete;
    TokenCache &operator=(const TokenCache &) = delete;

    // The scopes sorted and without duplicates: the same set is the same key, in any order.
    static QString key(const QUrl &realm, const QString &service, const QStringList &scopes);
    // How long before expires_in a token stops being used: a fifth of its life, at most 30 s.
    static qint64 marginSeconds(qint64 expiresInSeconds);

    void put(const QString &key, const QByteArray &authorization, qint64 expiresInSeconds, qint64 nowMs);
    // Empty when absent or no longer usable (the entry is then dropped).
    QByteArray get(const QString &key, qint64 nowMs);
    void remove(const QString &key);
    void removeValue(const QByteArray &authorization);
    void clear();
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QByteArray authorization;
        qint64 usableUntilMs = 0;
    };
    void erase(QHash<QString, Entry>::iterator it);
    QHash<QString, Entry> m_entries;
};

// The token dance of one registry (distribution docs/spec/auth/token.md): GET
// realm?service=...&scope=... with the profile's Basic credentials when it has them (only to a
// realm realmRefusal() allows), anonymously otherwise. Tokens are cached (TokenCache), and
// concurrent requests for the same key share one fetch.
class RegistryAuth : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxTokenResponseBytes = 1024 * 1024;

    explicit RegistryAuth(ApiTransport *transport, QObject *parent = nullptr);

    // Delivers "Bearer <token>" for the challenge's realm, service and scopes, from the cache or
    // from one fetch. `realm` may be relative (resolved against the registry). Errors: the realm
    // refused (InsecureTransport, RealmRefused, naming the realm host), not a usable URL
    // (BadResponse, ChallengeMalformed), the token service's refusal (its status, TokenRefused),
    // or a body without a token (BadResponse; the body is never quoted).
    void token(const QString &realm, const QString &service, const QStringList &scopes, QObject *context,
        Callback<QByteArray> done);
    // The cached header for `scopes` at the realm and service this registry challenged with last;
    // empty when none is usable.
    QByteArray cachedAuthorization(const QStringList &scopes);
    // Drops a token the registry did not accept.
    void forget(const QByteArray &authorization);

    int fetches() const { return m_fetches; } // token requests sent so far
    static QUrl tokenUrl(const QUrl &realm, const QString &service, const QStringList &scopes);

private:
    void fetch(const QString &key, const QUrl &realm, const QString &service, const QStringList &scopes);
    void deliver(const QString &key, const QByteArray &authorization, const ApiError &error);
    qint64 nowMs() const { return m_clock.elapsed(); }

    QPointer<ApiTransport> m_transport;
    TokenCache m_cache;
    QElapsedTimer m_clock;
    QHash<QString, QList<std::pair<QPointer<QObject>, Callback<QByteArray>>>> m_waiting;
    QUrl m_lastRealm;
    QString m_lastService;
    int m_fetches = 0;
};

} // namespace berth
