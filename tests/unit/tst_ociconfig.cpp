// Image configuration blobs (OCI image-spec config.md, Docker image spec v1.2): every field the
// inspector shows, and what is refused.

#include "core/DisplayText.h"
#include "core/OciConfig.h"
#include "core/OciMediaTypes.h"

#include <QtTest>

using namespace berth;

class TestOciConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyField();
    void minimal();
    void wrongTypesLeftEmpty();
    void refused_data();
    void refused();
    void sizeLimit();
};

void TestOciConfig::everyField()
{
    const QByteArray body = R"({
      "created": "2024-03-01T12:00:00.123456789Z",
      "author": "Berth Tests <tests@example.com>",
      "architecture": "arm64",
      "variant": "v8",
      "os": "linux",
      "os.version": "6.1",
      "config": {
        "User": "1000:1000",
        "ExposedPorts": {"8080/tcp": {}, "53/udp": {}, "443/tcp": {}},
        "Env": ["PATH=/usr/local/bin:/usr/bin", "LANG=C.UTF-8"],
        "Entrypoint": ["/bin/entry", "--flag"],
        "Cmd": ["serve", "--port=8080"],
        "Volumes": {"/var/lib/data": {}, "/cache": {}},
        "WorkingDir": "/srv",
        "Labels": {"org.opencontainers.image.title": "demo", "maintainer": "someone", "odd": 5},
        "StopSignal": "SIGTERM"
      },
      "rootfs": {"type": "layers", "diff_ids": [
        "sha256:1111111111111111111111111111111111111111111111111111111111111111",
        "sha256:2222222222222222222222222222222222222222222222222222222222222222"]},
      "history": [
        {"created": "2024-03-01T11:00:00Z", "created_by": "/bin/sh -c #(nop) ADD file:abc in /",
         "author": "builder", "comment": "base"},
        {"created": "2024-03-01T11:30:00Z", "created_by": "ENV LANG=C.UTF-8", "empty_layer": true},
        {"created_by": "RUN make install"}
      ]
    })";
    const auto r = parseOciImageConfig(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const OciImageConfig &c = r.value;
    QCOMPARE(c.created, QStringLiteral("2024-03-01T12:00:00.123456789Z"));
    QCOMPARE(c.author, QStringLiteral("Berth Tests <tests@example.com>"));
    QCOMPARE(c.os, QStringLiteral("linux"));
    QCOMPARE(c.architecture, QStringLiteral("arm64"));
    QCOMPARE(c.variant, QStringLiteral("v8"));
    QCOMPARE(c.osVersion, QStringLiteral("6.1"));
    QCOMPARE(c.user, QStringLiteral("1000:1000"));
    QCOMPARE(c.exposedPorts, (QStringList {"443/tcp", "53/udp", "8080/tcp"})); // sorted
    QCOMPARE(c.env, (QStringList {"PATH=/usr/local/bin:/usr/bin", "LANG=C.UTF-8"})); // in order
    QCOMPARE(c.entrypoint, (QStringList {"/bin/entry", "--flag"}));
    QCOMPARE(c.cmd, (QStringList {"serve", "--port=8080"}));
    QCOMPARE(c.volumes, (QStringList {"/cache", "/var/lib/data"}));
    QCOMPARE(c.workingDir, QStringLiteral("/srv"));
    QCOMPARE(c.stopSignal, QStringLiteral("SIGTERM"));
    QCOMPARE(c.labels.size(), 2); // "odd" is not a string
    QCOMPARE(c.labels.value(QStringLiteral("org.opencontainers.image.title")), QStringLiteral("demo"));
    QCOMPARE(c.diffIds.size(), 2);
    QCOMPARE(
        c.diffIds.at(1), QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222"));
    QCOMPARE(c.history.size(), 3);
    QCOMPARE(c.history.at(0).createdBy, QStringLiteral("/bin/sh -c #(nop) ADD file:abc in /"));
    QCOMPARE(c.history.at(0).author, QStringLiteral("builder"));
    QCOMPARE(c.history.at(0).comment, QStringLiteral("base"));
    QVERIFY(!c.history.at(0).emptyLayer);
    QVERIFY(c.history.at(1).emptyLayer);
    QCOMPARE(c.history.at(1).created, QStringLiteral("2024-03-01T11:30:00Z"));
    QCOMPARE(c.history.at(2).created, QString());
}

void TestOciConfig::minimal()
{
    // The smallest config the spec allows; Docker writes null for absent lists.
    const auto r = parseOciImageConfig(
        R"({"architecture":"amd64","os":"linux","config":{"Cmd":null,"Env":null},"rootfs":{"type":"layers","diff_ids":[]}})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.architecture, QStringLiteral("amd64"));
    QVERIFY(r.value.cmd.isEmpty() && r.value.env.isEmpty() && r.value.diffIds.isEmpty() && r.value.history.isEmpty());
    QVERIFY(r.value.exposedPorts.isEmpty() && r.value.labels.isEmpty());
    // The empty descriptor's content ({}), as an artifact's config: not an error, just empty.
    const auto empty = parseOciImageConfig("{}");
    QVERIFY(empty.ok());
    QVERIFY(empty.value.os.isEmpty());
}

void TestOciConfig::wrongTypesLeftEmpty()
{
    // A config is shown, never enforced: odd field types leave the field empty.
    const auto r = parseOciImageConfig(
        R"({"os":5,"config":{"Entrypoint":"/bin/sh","Cmd":["a",1,null,"b"],"ExposedPorts":["80/tcp"],"Labels":[]},
            "history":{"created_by":"x"},"rootfs":{"diff_ids":"sha256:x"}})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.value.os, QString());
    QVERIFY(r.value.entrypoint.isEmpty());
    QCOMPARE(r.value.cmd, (QStringList {"a", "b"}));
    QVERIFY(r.value.exposedPorts.isEmpty());
    QVERIFY(r.value.labels.isEmpty() && r.value.history.isEmpty() && r.value.diffIds.isEmpty());
}

void TestOciConfig::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << QStringLiteral("not JSON");
    QTest::newRow("gzip bytes") << QByteArray("\x1f\x8b\x08\x00\x00\x00", 6) << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QByteArray("{\"os\":\"linux\",\"config\":{") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[{\"os\":\"linux\"}]") << QStringLiteral("not an object");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("The image configuration is");
}

void TestOciConfig::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const auto r = parseOciImageConfig(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY2(!DisplayText::hasControl(r.error), qPrintable(r.error));
    QVERIFY(r.value.os.isEmpty() && r.value.history.isEmpty());
}

void TestOciConfig::sizeLimit()
{
    QByteArray body = "{\"os\":\"linux\"}";
    body += QByteArray(kMaxConfigBytes - body.size(), ' ');
    QVERIFY(parseOciImageConfig(body).ok());
    body += ' ';
    const auto r = parseOciImageConfig(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QString::number(kMaxConfigBytes + 1)), qPrintable(r.error));
}

QTEST_APPLESS_MAIN(TestOciConfig)
#include "tst_ociconfig.moc"
