// berthctl and CA files: one that cannot be used is an error before anything is sent (exit 2
// for --ca-file, a mistake in the arguments; exit 7 for a saved profile's, a TLS trust problem),
// never a warning followed by a request. Saving a relative --ca-file as an absolute path is
// tested with the keychain (tests/keychain/tst_logincafile.cpp), since login needs one.
#include "BerthctlProcess.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestCaFile : public QObject
{
    Q_OBJECT

private:
    SimServer plain; // http: a request that should not happen would show in its log
    SimServer tls; // https with its own self-signed certificate
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};
    QTemporaryDir files;

    // A CA file of the given kind; relative kinds are returned as typed.
    QString caFile(const QString &kind)
    {
        if (kind == QLatin1String("missing"))
            return files.filePath(QStringLiteral("gone.pem"));
        if (kind == QLatin1String("directory"))
            return files.path();
        if (kind == QLatin1String("relative"))
            return QStringLiteral("corp-ca.pem");
        if (kind == QLatin1String("server"))
            return tls.certificatePath();
        const QString path = files.filePath(QStringLiteral("not-a-certificate.pem"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        return path;
    }

    void saveProfile(const QUrl &url, const QString &ca)
    {
        // As berth and berthctl store it (ProfileStore), written raw so that a relative path left by
        // an older version can be planted too.
        QSettings s(home.filePath(QStringLiteral("config/Berth/berth.conf")), QSettings::IniFormat);
        s.clear();
        s.setValue(QStringLiteral("profilesVersion"), 1);
        s.beginWriteArray(QStringLiteral("profiles"), 1);
        s.setArrayIndex(0);
        s.setValue(QStringLiteral("name"), QStringLiteral("corp"));
        s.setValue(QStringLiteral("url"), url.toString());
        s.setValue(QStringLiteral("kind"), QStringLiteral("anonymous"));
        s.setValue(QStringLiteral("caFile"), ca);
        s.endArray();
        s.sync();
        QCOMPARE(s.status(), QSettings::NoError);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        QVERIFY2(tls.start({QStringLiteral("--tls")}), qPrintable(tls.errorString()));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(plain.clearLog());
        QVERIFY(tls.clearLog());
        QFile::remove(home.filePath(QStringLiteral("config/Berth/berth.conf")));
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void unusableCaFileArgument_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ls, no such file")
            << QStringLiteral("missing") << QStringLiteral("ls") << QStringLiteral("cannot read");
        QTest::newRow("ls, no PEM certificate in it")
            << QStringLiteral("garbage") << QStringLiteral("ls") << QStringLiteral("no PEM certificate");
        QTest::newRow("ls, a directory") << QStringLiteral("directory") << QStringLiteral("ls")
                                         << QStringLiteral("cannot read");
        QTest::newRow("whoami with a secret on stdin, no such file")
            << QStringLiteral("missing") << QStringLiteral("whoami") << QStringLiteral("cannot read");
        QTest::newRow("login, no such file")
            << QStringLiteral("missing") << QStringLiteral("login") << QStringLiteral("cannot read");
        QTest::newRow("explain, no such file")
            << QStringLiteral("missing") << QStringLiteral("explain") << QStringLiteral("cannot read");
    }

    void unusableCaFileArgument()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        QFETCH(QString, reason);
        const QString ca = caFile(kind);
        const QString target = plain.url().toString();
        QStringList args {command, QStringLiteral("--ca-file"), ca};
        QByteArray input;
        if (command == QLatin1String("explain")) {
            args << QStringLiteral("--")
                 << QStringLiteral("curl -u 'robot$team-a+cleaner:CleanerSecret1' %1api/v2.0/systeminfo").arg(target);
        } else {
            args << QStringLiteral("--url") << target;
            if (command != QLatin1String("ls")) {
                args << QStringLiteral("--user") << SimAccounts::kCleaner << QStringLiteral("--password-stdin");
                input = SimAccounts::stdinLine(SimAccounts::kCleanerSecret);
            }
        }
        const BerthctlRun r = ctl.run(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("berthctl: --ca-file: "), r.err.constData());
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(ca.toUtf8()), r.err.constData());
        QVERIFY(plain.log().isEmpty()); // nothing was sent, not even the credentials check
    }

    // The profile's CA file: exit 7 (trust cannot be set up) and nothing sent; a usable one works.
    void profileCaFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("deleted since it was saved") << QStringLiteral("missing") << 7 << QStringLiteral("cannot read");
        QTest::newRow("relative, as older versions saved it")
            << QStringLiteral("relative") << 7 << QStringLiteral("relative path");
        QTest::newRow("no PEM certificate in it")
            << QStringLiteral("garbage") << 7 << QStringLiteral("no PEM certificate");
        QTest::newRow("the server's certificate (works, over https)") << QStringLiteral("server") << 0 << QString();
    }

    void profileCaFile()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        SimServer &sim = kind == QLatin1String("server") ? tls : plain;
        saveProfile(sim.url(), caFile(kind));
        const BerthctlRun r = ctl.run({QStringLiteral("ls"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY(!r.json().array().isEmpty());
            QVERIFY(!sim.log().isEmpty());
            return;
        }
        QVERIFY2(r.err.contains("the CA file of profile 'corp' cannot be used"), r.err.constData());
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QVERIFY(sim.log().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCaFile)
#include "tst_cafile.moc"
