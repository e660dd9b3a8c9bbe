// Content addresses: computing sha256 digests, recognising the supported forms and verifying bytes
// against sha256 and sha512 digests.

#include "core/ContentDigest.h"

#include <QtTest>

using namespace berth;

namespace {

const QString kEmpty256 = QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QString kAbc256 = QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString kAbc512
    = QStringLiteral("sha512:ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a8"
                     "36ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
const QString kEmptyJson = QStringLiteral("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");

} // namespace

class TestContentDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sha256_data();
    void sha256();
    void supported_data();
    void supported();
    void matches_data();
    void matches();
};

void TestContentDigest::sha256_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("digest");

    QTest::newRow("empty") << QByteArray() << kEmpty256;
    QTest::newRow("abc") << QByteArray("abc") << kAbc256;
    // image-spec manifest.md "Guidance for an Empty Descriptor".
    QTest::newRow("empty JSON object") << QByteArray("{}") << kEmptyJson;
}

void TestContentDigest::sha256()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, digest);
    QCOMPARE(sha256Digest(bytes), digest);
    QVERIFY(isSupportedDigest(sha256Digest(bytes)));
}

void TestContentDigest::supported_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("supported");

    QTest::newRow("sha256") << kAbc256 << true;
    QTest::newRow("sha512") << kAbc512 << true;
    QTest::newRow("uppercase hex") << kAbc256.toUpper().replace(QLatin1String("SHA256"), QLatin1String("sha256"))
                                   << false;
    QTest::newRow("uppercase algorithm") << QString(kAbc256).replace(QLatin1String("sha256"), QLatin1String("SHA256"))
                                         << false;
    QTest::newRow("one hex digit short") << kAbc256.chopped(1) << false;
    QTest::newRow("one hex digit long") << kAbc256 + QLatin1Char('0') << false;
    QTest::newRow("sha512 name, sha256 length")
        << QString(kAbc256).replace(QLatin1String("sha256"), QLatin1String("sha512")) << false;
    QTest::newRow("sha256 name, sha512 length")
        << QString(kAbc512).replace(QLatin1String("sha512"), QLatin1String("sha256")) << false;
    QTest::newRow("non-hex letter") << QString(kAbc256).replace(8, 1, QLatin1Char('g')) << false;
    QTest::newRow("other algorithm (fits the grammar)")
        << QStringLiteral("blake3:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") << false;
    QTest::newRow("no algorithm") << kAbc256.mid(7) << false;
    QTest::newRow("trailing newline") << kAbc256 + QLatin1Char('\n') << false;
    QTest::newRow("leading space") << QLatin1Char(' ') + kAbc256 << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("fullwidth digit") << QString(kAbc256).replace(8, 1, QChar(0xff11)) << false;
}

void TestContentDigest::supported()
{
    QFETCH(QString, digest);
    QFETCH(bool, supported);
    QCOMPARE(isSupportedDigest(digest), supported);
}

void TestContentDigest::matches_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("matches");

    QTest::newRow("sha256 match") << kAbc256 << QByteArray("abc") << true;
    QTest::newRow("sha256 other bytes") << kAbc256 << QByteArray("abd") << false;
    QTest::newRow("sha256 one byte more") << kAbc256 << QByteArray("abc\n") << false;
    QTest::newRow("sha512 match") << kAbc512 << QByteArray("abc") << true;
    QTest::newRow("sha512 other bytes") << kAbc512 << QByteArray("ab") << false;
    QTest::newRow("empty content") << kEmpty256 << QByteArray() << true;
    QTest::newRow("uppercase hex of the right hash")
        << kAbc256.toUpper().replace(QLatin1String("SHA256"), QLatin1String("sha256")) << QByteArray("abc") << false;
    QTest::newRow("unsupported algorithm")
        << QStringLiteral("md5:900150983cd24fb0d6963f7d28e17f72") << QByteArray("abc") << false;
    QTest::newRow("sha512 hash labelled sha256")
        << QString(kAbc512).replace(QLatin1String("sha512"), QLatin1String("sha256")) << QByteArray("abc") << false;
    QTest::newRow("empty digest") << QString() << QByteArray() << false;
}

void TestContentDigest::matches()
{
    QFETCH(QString, digest);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, matches);
    QCOMPARE(digestMatches(digest, bytes), matches);
}

QTEST_APPLESS_MAIN(TestContentDigest)
#include "tst_contentdigest.moc"
