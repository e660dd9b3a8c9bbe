// core/StreamHash (OpenSSL's EVP where built with it) against the published test vectors and
// against QCryptographicHash for every length and chunking, so a layer hashed in pieces is
// named exactly as the registry names it.
#include "core/ContentDigest.h"
#include "core/StreamHash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace berth;

class TestStreamHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<bool>("sha512");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 examples.
        QTest::newRow("sha256 empty") << false << QByteArray()
                                      << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("sha256 abc") << false << QByteArray("abc")
                                    << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha512 abc")
            << true << QByteArray("abc")
            << QByteArray(
                   "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
                   "454d4423643ce80e2a9ac94fa54ca49f");
    }
    void vectors()
    {
        QFETCH(bool, sha512);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        const auto algorithm = sha512 ? StreamHash::Algorithm::Sha512 : StreamHash::Algorithm::Sha256;
        QCOMPARE(StreamHash::hex(algorithm, input), hex);
    }

    void chunked_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        for (int size : {0, 1, 55, 56, 64, 111, 112, 128, 1000, (1 << 20) + 3})
            for (int chunk : {1, 7, 64, 4096, 1 << 21}) {
                if (chunk == 1 && size > 1000)
                    continue;
                QTest::addRow("%d bytes in %d-byte pieces", size, chunk) << size << chunk;
            }
    }
    void chunked()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator rng(quint32(size * 31 + chunk));
        for (char &c : data)
            c = char(rng.bounded(256));
        for (const auto &[ours, qt] : {std::pair {StreamHash::Algorithm::Sha256, QCryptographicHash::Sha256},
                 std::pair {StreamHash::Algorithm::Sha512, QCryptographicHash::Sha512}}) {
            StreamHash h(ours);
            for (qsizetype at = 0; at < data.size(); at += chunk)
                h.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(chunk, data.size() - at)));
            const QByteArray expected = QCryptographicHash::hash(data, qt).toHex();
            QCOMPARE(h.hexResult(), expected);
            QCOMPARE(h.hexResult(), expected); // finished: the same again
        }
        QVERIFY(digestMatches(sha256Digest(data), data));
    }
};

QTEST_GUILESS_MAIN(TestStreamHash)
#include "tst_streamhash.moc"
