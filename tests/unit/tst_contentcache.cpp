// ContentCache: hits and misses, verification on read, least-recently-used eviction, pins, two
// processes evicting at once, and digests that must never become a path.
#include "content/ContentCache.h"
#include "core/ContentDigest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

QByteArray blob(int i, int size = 1024)
{
    QByteArray b = QByteArray("entry-") + QByteArray::number(i) + '-';
    b = b.repeated(size / b.size() + 1);
    b.truncate(size);
    return b;
}

// Every file below the cache folder, relative, sorted.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// The writer half of concurrentProcessesNeverLoseAFreshEntry, run as a child process: writes
// `count` entries (the same contents in both writers, in opposite orders, so each rewrites what
// the other's eviction is looking at) and reads each back at once.
int runWriter(const QString &dir, int count, bool reverse)
{
    ContentCache cache(dir, 48 * 1024);
    for (int n = 0; n < count; ++n) {
        const int i = reverse ? count - 1 - n : n;
        const QByteArray bytes = blob(i);
        const QString digest = sha256Digest(bytes);
        QString error;
        if (!cache.put(digest, bytes, &error)) {
            fprintf(stderr, "put %d failed: %s\n", i, qPrintable(error));
            return 1;
        }
        if (cache.get(digest) != bytes) {
            fprintf(stderr, "entry %d lost right after it was written\n", i);
            return 1;
        }
    }
    return 0;
}

} // namespace

class TestContentCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QDateTime clock = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

    QString dir() const { return tmp.path() + QStringLiteral("/cache"); }
    std::unique_ptr<ContentCache> make(qint64 maxBytes = ContentCache::kDefaultMaxBytes)
    {
        auto c = std::make_unique<ContentCache>(dir(), maxBytes);
        c->setClock([this] { return clock; });
        return c;
    }
    void tick(int seconds = 1) { clock = clock.addSecs(seconds); }

private Q_SLOTS:
    void init()
    {
        for (const QFileInfo &f :
            QDir(tmp.path()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            f.isDir() && !f.isSymLink() ? QDir(f.filePath()).removeRecursively() : QFile::remove(f.filePath());
        clock = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    }

    void hitAndMiss()
    {
        auto cache = make();
        const QByteArray a = blob(1);
        QVERIFY(!cache->get(sha256Digest(a)));
        QVERIFY(cache->put(sha256Digest(a), a));
        QCOMPARE(cache->get(sha256Digest(a)), std::optional<QByteArray>(a));
        QVERIFY(!cache->get(sha256Digest(blob(2))));
        // Another instance on the same folder sees it: the folder is the index.
        ContentCache other(dir());
        QCOMPARE(other.get(sha256Digest(a)), std::optional<QByteArray>(a));
        const ContentCache::Stats s = cache->stats();
        QCOMPARE(s.hits, 1);
        QCOMPARE(s.misses, 2);
        QCOMPARE(s.entries, 1);
        QCOMPARE(s.bytes, qint64(a.size()));
        // One file named by the digest's hex; the lock file is gone once unlocked.
        QCOMPARE(filesUnder(dir()), QStringList {QStringLiteral("sha256/") + sha256Digest(a).mid(7)});
    }

    void sha512Entries()
    {
        auto cache = make();
        const QByteArray a = blob(3);
        const QString digest = QStringLiteral("sha512:")
            + QString::fromLatin1(QCryptographicHash::hash(a, QCryptographicHash::Sha512).toHex());
        QVERIFY(cache->put(digest, a));
        QCOMPARE(cache->get(digest), std::optional<QByteArray>(a));
        QVERIFY(QFile::exists(dir() + QStringLiteral("/sha512/") + digest.mid(7)));
    }

    void refusesBytesThatDoNotMatch()
    {
        auto cache = make();
        QString error;
        QVERIFY(!cache->put(sha256Digest(blob(1)), blob(2), &error));
        QVERIFY(error.contains(QLatin1String("do not match")));
        QVERIFY(!cache->get(sha256Digest(blob(1))));
    }

    void corruptedEntryIsRemovedAndMisses_data()
    {
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("one byte changed") << QByteArray(blob(1)).replace(0, 1, "E");
        QTest::newRow("truncated") << blob(1).left(1000);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("appended") << blob(1) + "x";
    }

    void corruptedEntryIsRemovedAndMisses()
    {
        QFETCH(QByteArray, replacement);
        auto cache = make();
        const QString digest = sha256Digest(blob(1));
        QVERIFY(cache->put(digest, blob(1)));
        const QString path = dir() + QLatin1Char('/') + ContentCache::relativePathFor(digest);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(replacement);
        f.close();
        QVERIFY(!cache->get(digest));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(cache->stats().corrupted, 1);
        // Written again, it is good again.
        QVERIFY(cache->put(digest, blob(1)));
        QCOMPARE(cache->get(digest), std::optional<QByteArray>(blob(1)));
    }

    void plantedLinkIsNotFollowed()
    {
        auto cache = make();
        const QString digest = sha256Digest(blob(1));
        QVERIFY(cache->put(digest, blob(1)));
        const QString path = dir() + QLatin1Char('/') + ContentCache::relativePathFor(digest);
        // A link to a file holding the right bytes: still not ours, and not read through.
        const QString outside = tmp.path() + QStringLiteral("/outside");
        QFile o(outside);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(blob(1));
        o.close();
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(outside, path));
        QVERIFY(!cache->get(digest));
        QVERIFY(!QFileInfo(path).isSymLink());
        QVERIFY(QFile::exists(outside));
        // put() replaces a planted link (rename), it does not write through it.
        QVERIFY(o.open(QIODevice::WriteOnly | QIODevice::Truncate));
        o.write("untouched");
        o.close();
        QVERIFY(QFile::link(outside, path));
        QVERIFY(cache->put(digest, blob(1)));
        QVERIFY(!QFileInfo(path).isSymLink());
        QVERIFY(o.open(QIODevice::ReadOnly));
        QCOMPARE(o.readAll(), QByteArray("untouched"));
        o.close();
        QCOMPARE(cache->get(digest), std::optional<QByteArray>(blob(1)));
    }

    void leastRecentlyUsedGoesFirst()
    {
        auto cache = make(3 * 1024); // three entries
        QStringList d;
        for (int i = 0; i < 5; ++i)
            d << sha256Digest(blob(i));
        QVERIFY(cache->put(d[0], blob(0)));
        tick();
        QVERIFY(cache->put(d[1], blob(1)));
        tick();
        QVERIFY(cache->put(d[2], blob(2)));
        tick();
        QVERIFY(cache->get(d[0])); // 0 is now the most recently used; 1 the least
        tick();
        QVERIFY(cache->put(d[3], blob(3)));
        QVERIFY(!QFile::exists(dir() + QLatin1Char('/') + ContentCache::relativePathFor(d[1])));
        QCOMPARE(cache->stats().entries, 3);
        tick();
        QVERIFY(cache->put(d[4], blob(4))); // then 2
        ContentCache fresh(dir(), 3 * 1024);
        QVERIFY(fresh.get(d[0]));
        QVERIFY(!fresh.get(d[1]));
        QVERIFY(!fresh.get(d[2]));
        QVERIFY(fresh.get(d[3]));
        QVERIFY(fresh.get(d[4]));
        QCOMPARE(cache->stats().evicted, 2);
        QVERIFY(cache->stats().bytes <= 3 * 1024);
    }

    // putMany: one lock for the batch, the same checks as put() per entry; what it refuses is
    // skipped (the first reason reported), no temporary file stays behind, and the bound holds.
    void putManyStoresEachAndSkipsTheRefused()
    {
        auto cache = make(8 * 1024);
        QString error;
        QVERIFY(!cache->putMany({{sha256Digest(blob(1)), blob(1)}, {sha256Digest(blob(2)), blob(3)},
                                    {QStringLiteral("sha256:../../x"), blob(5)}, {sha256Digest(blob(4)), blob(4)},
                                    {sha256Digest(blob(6, 9000)), blob(6, 9000)}},
            &error));
        QVERIFY2(error.contains(QLatin1String("do not match")), qPrintable(error));
        QCOMPARE(cache->get(sha256Digest(blob(1))), std::optional<QByteArray>(blob(1)));
        QCOMPARE(cache->get(sha256Digest(blob(4))), std::optional<QByteArray>(blob(4)));
        QVERIFY(!cache->get(sha256Digest(blob(2))));
        QVERIFY(!cache->get(sha256Digest(blob(3))));
        QStringList expected {QStringLiteral("sha256/") + sha256Digest(blob(1)).mid(7),
            QStringLiteral("sha256/") + sha256Digest(blob(4)).mid(7)};
        expected.sort();
        QCOMPARE(filesUnder(dir()), expected); // no temporary file, no lock file left
        QVERIFY(cache->putMany({}));
        QVERIFY(cache->putMany({{sha256Digest(blob(7)), blob(7)}}, &error));
    }

    void putManyKeepsTheBound()
    {
        auto cache = make(3 * 1024); // three entries
        QList<QPair<QString, QByteArray>> entries;
        for (int i = 0; i < 5; ++i)
            entries.append({sha256Digest(blob(i)), blob(i)});
        QVERIFY(cache->putMany(entries));
        QVERIFY(cache->stats().bytes <= 3 * 1024);
        QVERIFY(cache->stats().entries >= 1);
    }

    void tooLargeForTheBoundIsRefused()
    {
        auto cache = make(2048);
        QVERIFY(!cache->put(sha256Digest(blob(1, 4096)), blob(1, 4096)));
        QCOMPARE(cache->stats().entries, 0);
    }

    void pinsSurviveEvictionAndExpire()
    {
        auto cache = make(2 * 1024); // two unpinned entries
        const QString pinned = sha256Digest(blob(0));
        QVERIFY(cache->put(pinned, blob(0)));
        QVERIFY(cache->pin(pinned, clock.addSecs(100)));
        // A shorter pin never shortens it.
        QVERIFY(cache->pin(pinned, clock.addSecs(10)));
        QCOMPARE(cache->pins().value(pinned), clock.addSecs(100));
        for (int i = 1; i <= 6; ++i) {
            tick();
            QVERIFY(cache->put(sha256Digest(blob(i)), blob(i)));
        }
        // The pinned entry is the oldest, yet stays, and is outside the bound: two others stay too.
        ContentCache::Stats s = cache->stats();
        QCOMPARE(s.entries, 3);
        QCOMPARE(s.pinnedEntries, 1);
        QCOMPARE(s.pinnedBytes, qint64(1024));
        QVERIFY(cache->get(pinned));
        QVERIFY(cache->get(sha256Digest(blob(6))));
        QVERIFY(cache->get(sha256Digest(blob(5))));

        // Expired, it is an ordinary entry again and the least recently used goes.
        tick(200);
        QVERIFY(cache->pins().isEmpty());
        QVERIFY(cache->put(sha256Digest(blob(7)), blob(7)));
        QVERIFY(cache->evict());
        s = cache->stats();
        QCOMPARE(s.pinnedEntries, 0);
        QVERIFY(s.bytes <= 2 * 1024);
        // The expired pin left the file.
        QFile pins(dir() + QStringLiteral("/pins.json"));
        QVERIFY(pins.open(QIODevice::ReadOnly));
        QVERIFY(!pins.readAll().contains(pinned.toLatin1()));
    }

    void pinsAreSharedBetweenInstances()
    {
        auto a = make(1024);
        const QString pinned = sha256Digest(blob(0));
        QVERIFY(a->pin(pinned, clock.addSecs(60))); // pinned before it is there
        auto b = make(1024);
        QVERIFY(b->put(pinned, blob(0)));
        tick();
        QVERIFY(b->put(sha256Digest(blob(1)), blob(1)));
        tick();
        QVERIFY(b->put(sha256Digest(blob(2)), blob(2)));
        QVERIFY(b->get(pinned));
        QVERIFY(!b->get(sha256Digest(blob(1))));
    }

    void hostileDigestsAreRefused_data()
    {
        const QString hex = QString::fromLatin1(QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex());
        QTest::addColumn<QString>("digest");
        QTest::newRow("dot-dot") << QStringLiteral("../x");
        QTest::newRow("algorithm dot-dot") << QStringLiteral("sha256:../../../x");
        QTest::newRow("63 hex") << QStringLiteral("sha256:") + hex.left(63);
        QTest::newRow("65 hex") << QStringLiteral("sha256:") + hex + QLatin1Char('0');
        QTest::newRow("upper-case hex") << QStringLiteral("sha256:") + hex.toUpper();
        QTest::newRow("upper-case algorithm") << QStringLiteral("SHA256:") + hex;
        QTest::newRow("slash after") << QStringLiteral("sha256:") + hex + QStringLiteral("/x");
        QTest::newRow("newline after") << QStringLiteral("sha256:") + hex + QLatin1Char('\n');
        QTest::newRow("nul inside") << QStringLiteral("sha256:") + hex.left(10) + QChar(0) + hex.mid(11);
        QTest::newRow("sha512 length on sha256") << QStringLiteral("sha256:") + hex + hex;
        QTest::newRow("sha256 length on sha512") << QStringLiteral("sha512:") + hex;
        QTest::newRow("unknown algorithm") << QStringLiteral("sha384:") + hex;
        QTest::newRow("no algorithm") << hex;
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    }

    void hostileDigestsAreRefused()
    {
        QFETCH(QString, digest);
        QCOMPARE(ContentCache::relativePathFor(digest), QString());
        auto cache = make();
        QString error;
        QVERIFY(!cache->put(digest, "x", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cache->get(digest));
        QVERIFY(!cache->pin(digest, clock.addSecs(60)));
        // Nothing was written anywhere: not in the cache, not beside it.
        QCOMPARE(filesUnder(tmp.path()), QStringList());
    }

    void concurrentProcessesNeverLoseAFreshEntry()
    {
        // Two processes write and evict at once on a bound a sixth of what they write.
        const int count = 300;
        QList<QProcess *> writers;
        for (const bool reverse : {false, true}) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--writer"), dir(), QString::number(count),
                    reverse ? QStringLiteral("1") : QStringLiteral("0")});
            writers << p;
        }
        for (QProcess *p : writers) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
        }
        // Whatever is left is whole and verified, and after one more eviction within the bound.
        ContentCache cache(dir(), 48 * 1024);
        QVERIFY(cache.evict());
        const ContentCache::Stats s = cache.stats();
        QVERIFY(s.entries > 0);
        QVERIFY2(s.bytes <= 48 * 1024, qPrintable(QString::number(s.bytes)));
        for (const QString &f : filesUnder(dir())) {
            if (!f.startsWith(QLatin1String("sha256/")))
                continue;
            QVERIFY2(!f.contains(QLatin1Char('.')), qPrintable(f)); // no temporary file left
            QVERIFY(cache.get(QStringLiteral("sha256:") + f.mid(7)));
        }
        QCOMPARE(cache.stats().corrupted, 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--writer"))
        return runWriter(args.at(2), args.at(3).toInt(), args.at(4) == QLatin1String("1"));
    TestContentCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contentcache.moc"
