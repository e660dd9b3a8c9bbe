// TokenCache and RegistryAuth::tokenUrl: the registry token cache's keys, lifetimes and bound,
// without a server.
#include "api/RegistryAuth.h"

#include <QTest>
#include <QUrlQuery>

using namespace berth;

class TstTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyIgnoresScopeOrderAndDuplicates();
    void keySeparatesRealmServiceAndScopes_data();
    void keySeparatesRealmServiceAndScopes();
    void usableUntilExpiryMinusMargin_data();
    void usableUntilExpiryMinusMargin();
    void expiredEntryIsDropped();
    void replacedAndRemovedByValue();
    void boundedBySoonestExpiry();
    void tokenUrlCarriesServiceAndEachScope();
};

void TstTokenCache::keyIgnoresScopeOrderAndDuplicates()
{
    const QUrl realm(QStringLiteral("https://auth.example/token"));
    const QString a = TokenCache::key(realm, QStringLiteral("reg"),
        {QStringLiteral("repository:a/b:pull"), QStringLiteral("repository:c/d:pull,push")});
    const QString b = TokenCache::key(realm, QStringLiteral("reg"),
        {QStringLiteral("repository:c/d:pull,push"), QStringLiteral("repository:a/b:pull"),
            QStringLiteral("repository:a/b:pull")});
    QCOMPARE(a, b);
}

void TstTokenCache::keySeparatesRealmServiceAndScopes_data()
{
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("other realm host") << "https://other.example/token"
                                      << "reg" << QStringList {"repository:a/b:pull"};
    QTest::newRow("other realm port") << "https://auth.example:8443/token"
                                      << "reg" << QStringList {"repository:a/b:pull"};
    QTest::newRow("other service") << "https://auth.example/token"
                                   << "reg2" << QStringList {"repository:a/b:pull"};
    QTest::newRow("other repository") << "https://auth.example/token"
                                      << "reg" << QStringList {"repository:a/c:pull"};
    QTest::newRow("more actions") << "https://auth.example/token"
                                  << "reg" << QStringList {"repository:a/b:pull,push"};
    QTest::newRow("no scope") << "https://auth.example/token"
                              << "reg" << QStringList {};
    QTest::newRow("two scopes") << "https://auth.example/token"
                                << "reg" << QStringList {"repository:a/b:pull", "repository:x/y:pull"};
}

void TstTokenCache::keySeparatesRealmServiceAndScopes()
{
    QFETCH(QString, realm);
    QFETCH(QString, service);
    QFETCH(QStringList, scopes);
    const QString reference = TokenCache::key(QUrl(QStringLiteral("https://auth.example/token")), QStringLiteral("reg"),
        {QStringLiteral("repository:a/b:pull")});
    QVERIFY(TokenCache::key(QUrl(realm), service, scopes) != reference);
}

void TstTokenCache::usableUntilExpiryMinusMargin_data()
{
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<qint64>("usableSeconds");
    // A fifth of the life, at most 30 s, is kept back.
    QTest::newRow("distribution default 60 s") << qint64(60) << qint64(48);
    QTest::newRow("harbor 30 min") << qint64(1800) << qint64(1770);
    QTest::newRow("one second") << qint64(1) << qint64(1);
    QTest::newRow("ten seconds") << qint64(10) << qint64(8);
}

void TstTokenCache::usableUntilExpiryMinusMargin()
{
    QFETCH(qint64, expiresIn);
    QFETCH(qint64, usableSeconds);
    TokenCache cache;
    const qint64 t0 = 1000000;
    cache.put(QStringLiteral("k"), QByteArrayLiteral("Bearer t"), expiresIn, t0);
    QCOMPARE(cache.get(QStringLiteral("k"), t0), QByteArrayLiteral("Bearer t"));
    QCOMPARE(cache.get(QStringLiteral("k"), t0 + usableSeconds * 1000 - 1), QByteArrayLiteral("Bearer t"));
    QVERIFY(cache.get(QStringLiteral("k"), t0 + usableSeconds * 1000).isEmpty());
}

void TstTokenCache::expiredEntryIsDropped()
{
    TokenCache cache;
    cache.put(QStringLiteral("k"), QByteArrayLiteral("Bearer t"), 60, 0);
    QCOMPARE(cache.size(), 1);
    QVERIFY(cache.get(QStringLiteral("k"), 60 * 1000).isEmpty());
    QCOMPARE(cache.size(), 0);
    QVERIFY(cache.get(QStringLiteral("absent"), 0).isEmpty());
}

void TstTokenCache::replacedAndRemovedByValue()
{
    TokenCache cache;
    cache.put(QStringLiteral("a"), QByteArrayLiteral("Bearer one"), 600, 0);
    cache.put(QStringLiteral("a"), QByteArrayLiteral("Bearer two"), 600, 0);
    cache.put(QStringLiteral("b"), QByteArrayLiteral("Bearer two"), 600, 0);
    cache.put(QStringLiteral("c"), QByteArrayLiteral("Bearer three"), 600, 0);
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.get(QStringLiteral("a"), 1), QByteArrayLiteral("Bearer two"));
    cache.removeValue(QByteArrayLiteral("Bearer two")); // a token the registry refused
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.get(QStringLiteral("c"), 1), QByteArrayLiteral("Bearer three"));
}

void TstTokenCache::boundedBySoonestExpiry()
{
    TokenCache cache;
    for (int i = 0; i < TokenCache::kMaxEntries; ++i)
        cache.put(QString::number(i), QByteArrayLiteral("Bearer x"), 600 + i, 0);
    QCOMPARE(cache.size(), TokenCache::kMaxEntries);
    cache.put(QStringLiteral("new"), QByteArrayLiteral("Bearer n"), 600, 0);
    QCOMPARE(cache.size(), TokenCache::kMaxEntries);
    QVERIFY(cache.get(QStringLiteral("0"), 1).isEmpty()); // expired first, went first
    QCOMPARE(cache.get(QStringLiteral("1"), 1), QByteArrayLiteral("Bearer x"));
    QCOMPARE(cache.get(QStringLiteral("new"), 1), QByteArrayLiteral("Bearer n"));
}

void TstTokenCache::tokenUrlCarriesServiceAndEachScope()
{
    const QUrl url = RegistryAuth::tokenUrl(QUrl(QStringLiteral("https://auth.example/token?account=x")),
        QStringLiteral("harbor registry"),
        {QStringLiteral("repository:p/r:pull"), QStringLiteral("registry:catalog:*")});
    QCOMPARE(url.host(), QStringLiteral("auth.example"));
    QCOMPARE(url.path(), QStringLiteral("/token"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded), QStringLiteral("x"));
    QCOMPARE(q.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded), QStringLiteral("harbor registry"));
    QCOMPARE(q.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded),
        (QStringList {QStringLiteral("repository:p/r:pull"), QStringLiteral("registry:catalog:*")}));
}

QTEST_GUILESS_MAIN(TstTokenCache)
#include "tst_tokencache.moc"
