// RegistryClient's writes without a server: where an upload session's Location may lead (the
// next request carries credentials: same origin only), and the refusals that send nothing.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "api/RegistryJob.h"
#include "core/ContentDigest.h"

#include <QSignalSpy>
#include <QTest>

using namespace berth;

class TestRegistryWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uploadLocation_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString req = QStringLiteral("https://r.example.com:5000/v2/app/blobs/uploads/");
        QTest::newRow("relative, distribution 2.8")
            << req << QByteArray("/v2/app/blobs/uploads/u1?_state=x")
            << QStringLiteral("https://r.example.com:5000/v2/app/blobs/uploads/u1?_state=x");
        QTest::newRow("absolute, same origin")
            << req << QByteArray("https://r.example.com:5000/v2/app/blobs/uploads/u2")
            << QStringLiteral("https://r.example.com:5000/v2/app/blobs/uploads/u2");
        QTest::newRow("another host") << req << QByteArray("https://evil.example.net/v2/app/blobs/uploads/u3")
                                      << QString();
        QTest::newRow("another port") << req << QByteArray("https://r.example.com:5001/v2/app/blobs/uploads/u4")
                                      << QString();
        QTest::newRow("down to http") << req << QByteArray("http://r.example.com:5000/v2/app/blobs/uploads/u5")
                                      << QString();
        QTest::newRow("none") << req << QByteArray() << QString();
    }

    void uploadLocation()
    {
        QFETCH(QString, request);
        QFETCH(QByteArray, location);
        QFETCH(QString, expected);
        const QUrl got = RegistryClient::uploadLocation(QUrl(request), location);
        QCOMPARE(got.isValid() ? got.toString() : QString(), expected);
    }

    // By digest, bytes that do not hash to it are refused before anything is sent.
    void putManifestByWrongDigestSendsNothing()
    {
        ConnectionSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // discard: nothing may be sent
        ApiTransport transport(s);
        RegistryClient client(&transport);
        const QByteArray bytes = "{\"schemaVersion\":2}";
        const QString wrong = sha256Digest("something else");
        ApiError got;
        bool called = false;
        RegistryJob *job = client.putManifest(QStringLiteral("app"), wrong, bytes,
            QStringLiteral("application/vnd.oci.image.manifest.v1+json"), nullptr,
            [&](const QString &, const ApiError &e) {
                got = e;
                called = true;
            });
        QSignalSpy done(job, &RegistryJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(called);
        QCOMPARE(got.kind, ApiError::Kind::UnsafeRequest);
        QCOMPARE(client.requestsSent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryWrites)
#include "tst_registrywrites.moc"
