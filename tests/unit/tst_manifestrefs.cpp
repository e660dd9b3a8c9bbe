// The manifest-refs records (core/ManifestRefs) and their file beside the content cache
// (content/ManifestRefsIndex): round trips, every kind of damage skipped without a wrong entry,
// appends from two instances, and the rewrite that keeps the file bounded.
#include "content/ManifestRefsIndex.h"
#include "core/ManifestRefs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace berth;

namespace {

QString digestOf(const QByteArray &seed, bool sha512 = false)
{
    return sha512 ? QStringLiteral("sha512:")
            + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha512).toHex())
                  : QStringLiteral("sha256:")
            + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

ManifestRefs image(int n)
{
    ManifestRefs r;
    r.size = 500 + n;
    r.refs.append({digestOf("config" + QByteArray::number(n)), 1000 + n, StorageRef::Kind::Config});
    r.refs.append({digestOf("base"), 30000000, StorageRef::Kind::Layer});
    r.refs.append({digestOf("top" + QByteArray::number(n), true), 4096, StorageRef::Kind::Layer});
    r.refs.append({digestOf("subject"), 900, StorageRef::Kind::Subject});
    return r;
}

QByteArray fileOf(const QList<QByteArray> &records)
{
    QByteArray f = ManifestRefsFormat::header();
    for (const QByteArray &r : records)
        f += r;
    return f;
}

} // namespace

class TestManifestRefs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordRoundTrip()
    {
        ManifestRefs index;
        index.size = 321;
        index.index = true;
        index.refs.append({digestOf("child1"), 700, StorageRef::Kind::Child});
        index.refs.append({digestOf("child2"), 701, StorageRef::Kind::Child});
        const QList<QPair<QString, ManifestRefs>> all {{digestOf("m1"), image(1)}, {digestOf("m2", true), image(2)},
            {digestOf("idx"), index}, {digestOf("e"), {}}};
        QList<QByteArray> records;
        for (const auto &[digest, refs] : all)
            records << ManifestRefsFormat::encodeRecord(digest, refs);
        const QByteArray file = fileOf(records);
        const ManifestRefsFormat::Scan s = ManifestRefsFormat::scan(file);
        QCOMPARE(s.skipped, 0);
        QVERIFY(!s.truncated);
        QCOMPARE(s.offsets.size(), all.size());
        for (const auto &[digest, refs] : all) {
            const QByteArray key = ManifestRefsFormat::digestKey(digest);
            QVERIFY(s.offsets.contains(key));
            QString decoded;
            ManifestRefs out;
            QVERIFY(ManifestRefsFormat::decodePayload(file, s.offsets.value(key), &decoded, &out));
            QCOMPARE(decoded, digest);
            QVERIFY(out == refs);
        }
    }

    void refusedToEncode_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("refDigest");
        QTest::addColumn<qint64>("refSize");
        const QString good = digestOf("x");
        QTest::newRow("md5 digest") << QStringLiteral("md5:0123456789abcdef0123456789abcdef") << good << qint64(1);
        QTest::newRow("upper-case hex") << good.toUpper().replace(0, 7, QStringLiteral("sha256:")) << good << qint64(1);
        QTest::newRow("short hex") << good.left(40) << good << qint64(1);
        QTest::newRow("path in a reference") << good << QStringLiteral("sha256:../../etc/passwd") << qint64(1);
        QTest::newRow("negative size") << good << good << qint64(-1);
    }
    void refusedToEncode()
    {
        QFETCH(QString, digest);
        QFETCH(QString, refDigest);
        QFETCH(qint64, refSize);
        ManifestRefs r;
        r.refs.append({refDigest, refSize, StorageRef::Kind::Layer});
        QVERIFY(ManifestRefsFormat::encodeRecord(digest, r).isEmpty());
    }

    // Damage to the second of three records; the others must survive where the format can still
    // find them, and nothing damaged is ever returned.
    void damage_data()
    {
        QTest::addColumn<int>("offset"); // into the second record; -1: cut the file there
        QTest::addColumn<QByteArray>("bytes"); // written at offset; empty: the byte there is inverted
        QTest::addColumn<int>("expectEntries");
        QTest::addColumn<int>("expectSkipped");
        QTest::addColumn<bool>("expectTruncated");
        QTest::newRow("flipped payload byte") << 40 << QByteArray() << 2 << 1 << false;
        QTest::newRow("flipped sum") << 5 << QByteArray() << 2 << 1 << false;
        QTest::newRow("flipped kind byte") << 12 + 46 << QByteArray() << 2 << 1 << false;
        QTest::newRow("length zero: the rest is lost") << 0 << QByteArray(4, '\0') << 1 << 1 << false;
        QTest::newRow("length huge: the rest is lost") << 0 << QByteArray("\xff\xff\xff\x7f", 4) << 1 << 1 << false;
        QTest::newRow("length past the end") << 0 << QByteArray("\x00\x00\x00\x01", 4) << 1 << 0 << true;
        QTest::newRow("torn inside the record") << -1 << QByteArray() << 1 << 0 << true;
    }
    void damage()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(int, expectEntries);
        QFETCH(int, expectSkipped);
        QFETCH(bool, expectTruncated);
        const QByteArray r1 = ManifestRefsFormat::encodeRecord(digestOf("a"), image(1));
        const QByteArray r2 = ManifestRefsFormat::encodeRecord(digestOf("b"), image(2));
        const QByteArray r3 = ManifestRefsFormat::encodeRecord(digestOf("c"), image(3));
        QByteArray file = fileOf({r1, r2, r3});
        const int at = ManifestRefsFormat::kHeaderSize + int(r1.size());
        if (offset < 0)
            file.truncate(at + 30);
        else if (bytes.isEmpty())
            file[at + offset] = char(~file[at + offset]);
        else
            file.replace(at + offset, bytes.size(), bytes);
        const ManifestRefsFormat::Scan s = ManifestRefsFormat::scan(file);
        QCOMPARE(s.offsets.size(), expectEntries);
        QCOMPARE(s.skipped, expectSkipped);
        QCOMPARE(s.truncated, expectTruncated);
        QVERIFY(!s.offsets.contains(ManifestRefsFormat::digestKey(digestOf("b"))));
        QVERIFY(s.offsets.contains(ManifestRefsFormat::digestKey(digestOf("a"))));
    }

    void otherHeaderIsNotRead_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QByteArray rec = ManifestRefsFormat::encodeRecord(digestOf("a"), image(1));
        QByteArray v2 = fileOf({rec});
        qToLittleEndian<quint32>(2, v2.data() + 8);
        QTest::newRow("another version") << v2;
        QTest::newRow("another magic") << (QByteArray("NOTREFS!") + v2.mid(8));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header cut") << fileOf({}).left(10);
    }
    void otherHeaderIsNotRead()
    {
        QFETCH(QByteArray, file);
        const ManifestRefsFormat::Scan s = ManifestRefsFormat::scan(file);
        QVERIFY(s.badHeader);
        QVERIFY(s.offsets.isEmpty());
    }

    // A reference count the payload cannot hold is refused before anything is reserved.
    void hugeCountRefused()
    {
        QByteArray rec = ManifestRefsFormat::encodeRecord(digestOf("a"), {});
        // Payload: algo(1) + hash(32) + size(8) + flags(1) + count(4): set the count, fix the sum.
        QByteArray payload = rec.mid(ManifestRefsFormat::kRecordHeadSize);
        qToLittleEndian<quint32>(99999, payload.data() + 42);
        quint64 h = 14695981039346656037ULL;
        for (char c : payload) {
            h ^= quint8(c);
            h *= 1099511628211ULL;
        }
        qToLittleEndian<quint64>(h, rec.data() + 4);
        rec.replace(ManifestRefsFormat::kRecordHeadSize, payload.size(), payload);
        const ManifestRefsFormat::Scan s = ManifestRefsFormat::scan(fileOf({rec}));
        QCOMPARE(s.skipped, 1);
        QVERIFY(s.offsets.isEmpty());
    }

    void indexFileRoundTripAndAppend()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("cache"));
        {
            ManifestRefsIndex a(folder);
            a.load();
            QCOMPARE(a.entries(), 0);
            QVERIFY(!a.find(digestOf("a")));
            a.add(digestOf("a"), image(1));
            a.add(digestOf("a"), image(1)); // once
            QCOMPARE(a.pendingRecords(), 1);
            QVERIFY(a.flush());
            QCOMPARE(QFile(a.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                QFileDevice::Permissions());
        }
        {
            ManifestRefsIndex b(folder);
            b.load();
            QCOMPARE(b.entries(), 1);
            const std::optional<ManifestRefs> r = b.find(digestOf("a"));
            QVERIFY(r);
            QVERIFY(*r == image(1));
            b.add(digestOf("b"), image(2));
            QVERIFY(b.flush());
        }
        {
            // One instance flushing twice (a scan appends in batches): the second append keeps the first.
            ManifestRefsIndex twice(folder);
            twice.load();
            twice.add(digestOf("t1"), image(5));
            QVERIFY(twice.flush());
            twice.add(digestOf("t2"), image(6));
            QVERIFY(twice.flush());
        }
        ManifestRefsIndex c(folder);
        c.load();
        QCOMPARE(c.entries(), 4);
        QVERIFY(c.find(digestOf("t1")) && c.find(digestOf("t2")));
        QCOMPARE(c.skippedRecords(), 0);
        QVERIFY(c.find(digestOf("b")) && *c.find(digestOf("b")) == image(2));
    }

    // Past its bound the file is rewritten with what this instance used and what it adds.
    void boundedByRewrite()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("cache"));
        const int one = int(ManifestRefsFormat::encodeRecord(digestOf("x"), image(0)).size());
        {
            ManifestRefsIndex fill(folder);
            fill.load();
            for (int i = 0; i < 10; ++i)
                fill.add(digestOf("m" + QByteArray::number(i)), image(i));
            QVERIFY(fill.flush());
        }
        ManifestRefsIndex small(folder, ManifestRefsFormat::kHeaderSize + 11 * one);
        small.load();
        QCOMPARE(small.entries(), 10);
        QVERIFY(small.find(digestOf("m3")));
        small.add(digestOf("new1"), image(100));
        small.add(digestOf("new2"), image(101)); // 12 records would pass the bound
        QVERIFY(small.flush());
        ManifestRefsIndex after(folder);
        after.load();
        QCOMPARE(after.entries(), 3);
        QVERIFY(after.find(digestOf("m3")));
        QVERIFY(after.find(digestOf("new2")));
        QVERIFY(!after.find(digestOf("m4")));
    }

    // A file in another format is ignored on read and replaced on write; a link planted at the
    // path is never followed.
    void foreignFileReplaced()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("cache"));
        ManifestRefsIndex probe(folder);
        QVERIFY(QDir().mkpath(folder));
        {
            QFile f(probe.path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not an index at all, just text");
        }
        ManifestRefsIndex a(folder);
        a.load();
        QCOMPARE(a.entries(), 0);
        a.add(digestOf("a"), image(1));
        QVERIFY(a.flush());
        ManifestRefsIndex b(folder);
        b.load();
        QCOMPARE(b.entries(), 1);

        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QFile::remove(probe.path()));
        QVERIFY(QFile::link(target, probe.path()));
        ManifestRefsIndex c(folder);
        c.load();
        c.add(digestOf("c"), image(3));
        QVERIFY(!c.flush());
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestManifestRefs)
#include "tst_manifestrefs.moc"
