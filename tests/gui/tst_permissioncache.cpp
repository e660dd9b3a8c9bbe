// The permission cache across a replaced client: a new client never inherits what an earlier
// one learnt, even when it is given the same address (which the heap does, and which the cache
// once used as its key). Clients talk to harbor-sim; the address is reused on purpose by
// building both clients in one buffer.
#include "api/HarborClient.h"
#include "gui/PermissionCache.h"
#include "SimServer.h"

#include <new>
#include <QTest>

using namespace berth;

namespace {

const QString kReader = QStringLiteral("robot$team-a+reader"); // may list, may not delete
const QString kCleaner = QStringLiteral("robot$team-a+cleaner"); // may delete tags

QString secretOf(const QString &user)
{
    return user == kReader ? QStringLiteral("ReaderSecret1") : QStringLiteral("CleanerSecret1");
}

// Clients made in place, so that the second one has exactly the first one's address.
class ClientSlot
{
public:
    ClientSlot() = default;
    ClientSlot(const ClientSlot &) = delete;
    ClientSlot &operator=(const ClientSlot &) = delete;
    ~ClientSlot() { clear(); }

    HarborClient *make(const QUrl &url, const QString &user)
    {
        clear();
        ConnectionSettings s;
        s.baseUrl = url;
        s.username = user;
        s.secret = secretOf(user);
        m_client = new (m_storage) HarborClient(s);
        return m_client;
    }
    void clear()
    {
        if (m_client)
            m_client->~HarborClient();
        m_client = nullptr;
    }

private:
    alignas(HarborClient) unsigned char m_storage[sizeof(HarborClient)];
    HarborClient *m_client = nullptr;
};

} // namespace

class TestPermissionCache : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    qint64 teamA = 0;

    qint64 projectId(HarborClient *client, const QString &name)
    {
        qint64 id = 0;
        bool done = false;
        client->project(name, this, [&](const Project &p, const ApiError &) {
            id = p.id;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) ? id : 0;
    }

    static bool fetched(PermissionCache &cache, HarborClient *client, qint64 project)
    {
        cache.fetch(client, project);
        return QTest::qWaitFor([&] { return cache.permissions(client, project).has_value(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        ClientSlot slot;
        teamA = projectId(slot.make(sim.url(), kReader), QStringLiteral("team-a"));
        QVERIFY(teamA > 0);
    }

    void replacedClientStartsUnknown_data()
    {
        QTest::addColumn<QString>("second");
        QTest::newRow("another robot at the same address") << kCleaner;
        QTest::newRow("the same robot again (saved again, or a trusted certificate)") << kReader;
    }

    // Learnt with the reader, which lacks tag:delete; the client goes, another takes its address.
    void replacedClientStartsUnknown()
    {
        QFETCH(QString, second);
        PermissionCache cache;
        ClientSlot slot;
        HarborClient *first = slot.make(sim.url(), kReader);
        QVERIFY(fetched(cache, first, teamA));
        QVERIFY(!cache.permissions(first, teamA)->contains(QStringLiteral("tag:delete")));
        QVERIFY(!cache.denial(first, teamA, QStringLiteral("team-a"), QStringLiteral("tag:delete")).isEmpty());

        HarborClient *next = slot.make(sim.url(), second);
        QCOMPARE(static_cast<void *>(next), static_cast<void *>(first));
        // Nothing carried over: unknown, so no menu is greyed for the new account.
        QVERIFY(!cache.permissions(next, teamA).has_value());
        QVERIFY(cache.denial(next, teamA, QStringLiteral("team-a"), QStringLiteral("tag:delete")).isEmpty());
        // And it asks Harbor for its own.
        QVERIFY(fetched(cache, next, teamA));
        QCOMPARE(cache.permissions(next, teamA)->contains(QStringLiteral("tag:delete")), second == kCleaner);
    }

    // A client that goes while its request is still out does not leave that request "pending"
    // for ever, which would keep every later client at that address from asking.
    void clientGoneMidRequest()
    {
        PermissionCache cache;
        ClientSlot slot;
        HarborClient *first = slot.make(sim.url(), kReader);
        cache.fetch(first, teamA);
        HarborClient *next = slot.make(sim.url(), kCleaner); // the first goes before any answer
        QCOMPARE(static_cast<void *>(next), static_cast<void *>(first));
        QVERIFY(fetched(cache, next, teamA));
        QVERIFY(cache.permissions(next, teamA)->contains(QStringLiteral("tag:delete")));
    }

    // Two clients alive at once, for two accounts on one registry, each keep their own.
    void twoAccountsSideBySide()
    {
        PermissionCache cache;
        ClientSlot readerSlot;
        ClientSlot cleanerSlot;
        HarborClient *reader = readerSlot.make(sim.url(), kReader);
        HarborClient *cleaner = cleanerSlot.make(sim.url(), kCleaner);
        QVERIFY(fetched(cache, reader, teamA));
        QVERIFY(!cache.permissions(cleaner, teamA).has_value());
        QVERIFY(fetched(cache, cleaner, teamA));
        QVERIFY(!cache.permissions(reader, teamA)->contains(QStringLiteral("tag:delete")));
        QVERIFY(cache.permissions(cleaner, teamA)->contains(QStringLiteral("tag:delete")));
    }
};

QTEST_GUILESS_MAIN(TestPermissionCache)
#include "tst_permissioncache.moc"
