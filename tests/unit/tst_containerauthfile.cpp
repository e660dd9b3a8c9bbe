// docker's config.json and the containers auth.json: every key shape, every way an entry holds
// (or points at) a secret, and hostile files, each ending in a clear per-entry or per-file error.
#include "core/ContainerAuthFile.h"

#include <QtTest>

using namespace berth;

namespace {

QByteArray b64(const char *text)
{
    return QByteArray(text).toBase64();
}

QByteArray authsWith(const QByteArray &key, const QByteArray &entry)
{
    return "{\"auths\":{\"" + key + "\":" + entry + "}}";
}

} // namespace

class TestContainerAuthFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url"); // empty = refused
        QTest::addColumn<QString>("ns");

        QTest::newRow("host") << "registry.example.com"
                              << "https://registry.example.com/"
                              << "";
        QTest::newRow("host:port") << "registry.example.com:5000"
                                   << "https://registry.example.com:5000/"
                                   << "";
        QTest::newRow("upper case") << "Registry.Example.COM"
                                    << "https://registry.example.com/"
                                    << "";
        QTest::newRow("https legacy v1") << "https://registry.example.com/v1/"
                                         << "https://registry.example.com/"
                                         << "";
        QTest::newRow("docker hub legacy") << "https://index.docker.io/v1/"
                                           << "https://registry-1.docker.io/"
                                           << "";
        QTest::newRow("docker.io") << "docker.io"
                                   << "https://registry-1.docker.io/"
                                   << "";
        QTest::newRow("docker.io namespace") << "docker.io/library"
                                             << "https://registry-1.docker.io/"
                                             << "library";
        QTest::newRow("quay namespace") << "quay.io/org"
                                        << "https://quay.io/"
                                        << "org";
        QTest::newRow("deep namespace, trailing slash") << "quay.io/org/team/image/"
                                                        << "https://quay.io/"
                                                        << "org/team/image";
        QTest::newRow("explicit http loopback") << "http://localhost:5000"
                                                << "http://localhost:5000/"
                                                << "";
        QTest::newRow("ipv6") << "[::1]:5000"
                              << "https://[::1]:5000/"
                              << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
        QTest::newRow("spaces only") << "   "
                                     << ""
                                     << "";
        QTest::newRow("control char") << QString::fromUtf8("evil\x1b[2Jhost") << ""
                                      << "";
        QTest::newRow("bidi override") << QString::fromUtf8("host\u202e.com") << ""
                                       << "";
        QTest::newRow("ftp scheme") << "ftp://host"
                                    << ""
                                    << "";
        QTest::newRow("user info") << "user:pw@host"
                                   << ""
                                   << "";
        QTest::newRow("no host") << "https:///v1/"
                                 << ""
                                 << "";
        QTest::newRow("bad port") << "host:99999"
                                  << ""
                                  << "";
        QTest::newRow("space in host") << "my host"
                                       << ""
                                       << "";
    }
    void keys()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(QString, ns);
        const AuthFileKey k = parseAuthFileKey(key);
        if (url.isEmpty()) {
            QVERIFY(!k.isValid());
            QVERIFY(!k.error.isEmpty());
            // The error shows the key escaped: no raw control character reaches a terminal.
            for (const QChar c : k.error)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(k.error));
            QVERIFY(!k.error.contains(QChar(0x202e)));
        } else {
            QVERIFY2(k.isValid(), qPrintable(k.error));
            QCOMPARE(k.registryUrl.toString(), url);
            QCOMPARE(k.namespacePath, ns);
        }
    }

    void entries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("format"); // 0 docker, 1 containers
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret"); // expected secret; empty = none
        QTest::addColumn<QString>("helper");
        QTest::addColumn<bool>("token");
        QTest::addColumn<QString>("errorPart"); // empty = no error expected

        QTest::newRow("auth") << authsWith("r.example", "{\"auth\":\"" + b64("alice:s3cret") + "\"}") << 0 << "alice"
                              << "s3cret"
                              << "" << false << "";
        QTest::newRow("auth, colon in secret")
            << authsWith("r.example", "{\"auth\":\"" + b64("alice:a:b:c") + "\"}") << 1 << "alice"
            << "a:b:c"
            << "" << false << "";
        QTest::newRow("auth, utf-8") << authsWith("r.example", "{\"auth\":\"" + b64("jos\xc3\xa9:p\xc3\xa4ss") + "\"}")
                                     << 1 << QString::fromUtf8("jos\xc3\xa9") << QString::fromUtf8("p\xc3\xa4ss") << ""
                                     << false << "";
        QTest::newRow("username/password")
            << authsWith("r.example", "{\"username\":\"bob\",\"password\":\"pw\"}") << 0 << "bob"
            << "pw"
            << "" << false << "";
        QTest::newRow("auth wins over username")
            << authsWith("r.example", "{\"auth\":\"" + b64("alice:x") + "\",\"username\":\"bob\",\"password\":\"y\"}")
            << 0 << "alice"
            << "x"
            << "" << false << "";
        QTest::newRow("bad base64") << authsWith("r.example", "{\"auth\":\"!!!not base64!!!\"}") << 0 << ""
                                    << ""
                                    << "" << false << "base64";
        QTest::newRow("missing colon") << authsWith("r.example", "{\"auth\":\"" + b64("alicepassword") + "\"}") << 0
                                       << ""
                                       << ""
                                       << "" << false << "“:”";
        QTest::newRow("empty user") << authsWith("r.example", "{\"auth\":\"" + b64(":pw") + "\"}") << 0 << ""
                                    << ""
                                    << "" << false << "empty user";
        QTest::newRow("empty password") << authsWith("r.example", "{\"auth\":\"" + b64("alice:") + "\"}") << 0 << ""
                                        << ""
                                        << "" << false << "empty password";
        QTest::newRow("control char in user")
            << authsWith("r.example", "{\"auth\":\"" + b64("al\x1b[31mice:pw") + "\"}") << 0 << ""
            << ""
            << "" << false << "control";
        QTest::newRow("newline in secret")
            << authsWith("r.example", "{\"auth\":\"" + b64("alice:p\nw") + "\"}") << 0 << ""
            << ""
            << "" << false << "line break";
        QTest::newRow("auth not a string") << authsWith("r.example", "{\"auth\":42}") << 0 << ""
                                           << ""
                                           << "" << false << "not a string";
        QTest::newRow("entry not an object") << authsWith("r.example", "\"x\"") << 0 << ""
                                             << ""
                                             << "" << false << "not a JSON object";
        QTest::newRow("entry array") << authsWith("r.example", "[1,2]") << 1 << ""
                                     << ""
                                     << "" << false << "not a JSON object";
        QTest::newRow("user without password") << authsWith("r.example", "{\"username\":\"bob\"}") << 1 << "bob"
                                               << ""
                                               << "" << false << "no password";
        QTest::newRow("identitytoken") << authsWith("r.example",
            "{\"auth\":\"" + b64("00000000-0000-0000-0000-000000000000:") + "\",\"identitytoken\":\"refresh-abc\"}")
                                       << 0 << "00000000-0000-0000-0000-000000000000"
                                       << ""
                                       << "" << true << "";
        QTest::newRow("identitytoken with password")
            << authsWith("r.example", "{\"auth\":\"" + b64("u:pw") + "\",\"identitytoken\":\"t\"}") << 0 << "u"
            << ""
            << "" << true << "";
        QTest::newRow("credsStore marker")
            << QByteArray("{\"auths\":{\"r.example\":{}},\"credsStore\":\"pass\"}") << 0 << ""
            << ""
            << "pass" << false << "";
        QTest::newRow("credHelpers wins over credsStore")
            << QByteArray("{\"auths\":{\"r.example\":{}},\"credsStore\":\"pass\","
                          "\"credHelpers\":{\"r.example\":\"ecr-login\"}}")
            << 0 << ""
            << ""
            << "ecr-login" << false << "";
        QTest::newRow("credsStore ignored by containers")
            << QByteArray("{\"auths\":{\"r.example\":{}},\"credsStore\":\"pass\"}") << 1 << ""
            << ""
            << "" << false << "no user name and no password";
        QTest::newRow("credHelpers in auth.json")
            << QByteArray("{\"auths\":{\"r.example\":{}},\"credHelpers\":{\"r.example\":\"secretservice\"}}") << 1 << ""
            << ""
            << "secretservice" << false << "";
        QTest::newRow("hostile helper name")
            << QByteArray("{\"credHelpers\":{\"r.example\":\"../../bin/sh\"}}") << 0 << ""
            << ""
            << "" << false << "not a valid helper name";
        QTest::newRow("helper name with space")
            << QByteArray("{\"auths\":{\"r.example\":{}},\"credHelpers\":{\"r.example\":\"a b\"}}") << 0 << ""
            << ""
            << "" << false << "not a valid helper name";
        QTest::newRow("empty entry, no helper") << authsWith("r.example", "{}") << 0 << ""
                                                << ""
                                                << "" << false << "no user name and no password";
        QTest::newRow("bad key") << authsWith("ftp://r.example", "{\"auth\":\"" + b64("a:b") + "\"}") << 0 << ""
                                 << ""
                                 << "" << false << "scheme";
    }
    void entries()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, format);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, helper);
        QFETCH(bool, token);
        QFETCH(QString, errorPart);
        ContainerAuthFile f
            = parseContainerAuthFile(json, format == 0 ? AuthFileFormat::Docker : AuthFileFormat::Containers);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.entries.size(), 1);
        const AuthFileEntry &e = f.entries.first();
        QCOMPARE(e.username, user);
        QCOMPARE(e.secret, secret);
        QCOMPARE(e.hasSecret, !secret.isEmpty());
        QCOMPARE(e.helper, helper);
        QCOMPARE(e.identityToken, token);
        if (errorPart.isEmpty()) {
            QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
        } else {
            QVERIFY2(e.error.contains(errorPart), qPrintable(e.error));
            QVERIFY(e.secret.isEmpty());
        }
        // No error quotes the secret or the encoded auth field.
        QVERIFY(!e.error.contains(QLatin1String("s3cret")));
        f.wipeSecrets();
        QVERIFY(f.entries.first().secret.isEmpty());
        QCOMPARE(f.entries.first().hasSecret, !secret.isEmpty());
    }

    void oneBadEntryLeavesTheOthers()
    {
        const QByteArray json = "{\"auths\":{\"a.example\":{\"auth\":\"" + b64("alice:one")
            + "\"},\"b.example\":{\"auth\":\"%%%\"},\"c.example\":{\"auth\":\"" + b64("carol:three") + "\"}}}";
        const ContainerAuthFile f = parseContainerAuthFile(json, AuthFileFormat::Containers);
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.entries.size(), 3);
        QCOMPARE(f.entries[0].secret, QStringLiteral("one"));
        QVERIFY(!f.entries[1].error.isEmpty());
        QCOMPARE(f.entries[2].secret, QStringLiteral("three"));
    }

    void helperOnlyRegistriesAreListed()
    {
        const ContainerAuthFile f = parseContainerAuthFile("{\"auths\":{},\"credHelpers\":{\"123.dkr.ecr.us-east-1."
                                                           "amazonaws.com\":\"ecr-login\",\"gcr.io\":\"gcloud\"}}",
            AuthFileFormat::Docker);
        QCOMPARE(f.entries.size(), 2);
        QCOMPARE(f.entries[0].helper, QStringLiteral("ecr-login"));
        QCOMPARE(f.entries[0].registry.registryUrl.toString(),
            QStringLiteral("https://123.dkr.ecr.us-east-1.amazonaws.com/"));
        QCOMPARE(f.entries[1].helper, QStringLiteral("gcloud"));
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileError"); // part of the file's error; empty = file fine
        QTest::addColumn<int>("warnings");

        QTest::newRow("empty") << QByteArray() << "not valid JSON" << 0;
        QTest::newRow("garbage") << QByteArray("\x00\x01\xff garbage", 12) << "not valid JSON" << 0;
        QTest::newRow("truncated") << QByteArray("{\"auths\":{\"a\":{\"auth\":\"") << "not valid JSON" << 0;
        QTest::newRow("array") << QByteArray("[1,2,3]") << "not a JSON object" << 0;
        QTest::newRow("number") << QByteArray("42") << "not valid JSON" << 0;
        QTest::newRow("too large") << QByteArray(maxAuthFileBytes + 1, ' ') << "larger than 1 MiB" << 0;
        QTest::newRow("auths is array") << QByteArray("{\"auths\":[]}") << "" << 1;
        QTest::newRow("credsStore number") << QByteArray("{\"credsStore\":7}") << "" << 1;
        QTest::newRow("credsStore hostile") << QByteArray("{\"credsStore\":\"x; rm -rf /\"}") << "" << 1;
        QTest::newRow("credHelpers string") << QByteArray("{\"credHelpers\":\"pass\"}") << "" << 1;
        QTest::newRow("empty object") << QByteArray("{}") << "" << 0;
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << "not valid JSON" << 0;
        QByteArray many = "{\"auths\":{";
        for (int i = 0; i <= maxAuthFileEntries; ++i)
            many += (i ? "," : "") + QByteArray("\"h") + QByteArray::number(i) + ".example\":{}";
        many += "}}";
        QTest::newRow("too many entries") << many << "more than 1000" << 0;
    }
    void hostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileError);
        QFETCH(int, warnings);
        for (const AuthFileFormat format : {AuthFileFormat::Docker, AuthFileFormat::Containers}) {
            const ContainerAuthFile f = parseContainerAuthFile(bytes, format);
            if (fileError.isEmpty()) {
                QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
            } else {
                QVERIFY2(f.error.contains(fileError), qPrintable(f.error));
                QVERIFY(f.entries.isEmpty());
            }
            QCOMPARE(f.warnings.size(), warnings);
            QVERIFY(f.credsStore.isEmpty());
        }
    }

    void helperNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("pass") << "pass" << true;
        QTest::newRow("ecr-login") << "ecr-login" << true;
        QTest::newRow("dots and underscore") << "my_helper.v2" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("slash") << "../sh" << false;
        QTest::newRow("leading dash") << "-rf" << false;
        QTest::newRow("leading dot") << ".hidden" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("semicolon") << "a;b" << false;
        QTest::newRow("newline") << "a\nb" << false;
        QTest::newRow("unicode") << QString::fromUtf8("p\xc3\xa4ss") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("64") << QString(64, QLatin1Char('a')) << true;
    }
    void helperNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidCredentialHelperName(name), valid);
    }
};

QTEST_GUILESS_MAIN(TestContainerAuthFile)
#include "tst_containerauthfile.moc"
