// berthctl login --import end to end, in a private keyring (scripts/with-keyring): logins found in
// docker's config.json ($DOCKER_CONFIG) and the containers auth.json ($XDG_RUNTIME_DIR,
// $REGISTRY_AUTH_FILE) are listed without their secrets, nothing is saved unless named (or
// --yes), a helper's secret is read only when its login is imported, and what is saved is the
// secret the file held, in the keychain.
#include "BerthctlProcess.h"
#include "credentials/KeychainCredentialStore.h"
#include "JobWait.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = BerthctlRun;

namespace {

const QByteArray kDockerSecret = "docker-s3cret-1";
const QByteArray kPodmanSecret = "podman-s3cret-2";
const QByteArray kHelperSecret = "helper-s3cret-3";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestBerthctlImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_path;
    BerthctlProcess ctl; // no home of its own: with-keyring's HOME and session bus

    QString path(const QString &rel) const { return m_dir.filePath(rel); }
    QString marker() const { return path(QStringLiteral("bin/helper-ran")); }

    QList<QByteArray> forbidden() const
    {
        QList<QByteArray> out;
        for (const QByteArray &s : {kDockerSecret, kPodmanSecret, kHelperSecret})
            out << s;
        out << QByteArray("alice:" + kDockerSecret).toBase64() << QByteArray("bob:" + kPodmanSecret).toBase64();
        return out;
    }

    void noSecretIn(const Run &r)
    {
        for (const QByteArray &s : forbidden()) {
            QVERIFY2(!r.out.contains(s), s.constData());
            QVERIFY2(!r.err.contains(s), s.constData());
        }
    }

    QJsonArray profiles()
    {
        const Run r = ctl.run({QStringLiteral("profiles"), QStringLiteral("--json")});
        return r.json().array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BERTH_TEST_KEYRING"), "run through scripts/with-keyring");
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY(m_dir.isValid());
        m_path = qgetenv("PATH");
    }

    void init()
    {
        // Everything berthctl reads lives in this test's folder: never the developer's files.
        QDir(path(QStringLiteral("run"))).removeRecursively();
        QDir(path(QStringLiteral("docker"))).removeRecursively();
        QDir(path(QStringLiteral("config"))).removeRecursively();
        QFile::remove(marker());
        qputenv("DOCKER_CONFIG", QFile::encodeName(path(QStringLiteral("docker"))));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path(QStringLiteral("run"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
        qunsetenv("REGISTRY_AUTH_FILE");
        qputenv("PATH", QFile::encodeName(path(QStringLiteral("bin"))) + ':' + m_path);
        // A fake docker-credential-fake that leaves a mark whenever it runs.
        writeFile(path(QStringLiteral("bin/docker-credential-fake")),
            "#!/bin/sh\ntouch '" + QFile::encodeName(marker())
                + "'\nread -r url\n"
                  "[ \"$url\" = helper.example ] && echo '{\"Username\":\"carol\",\"Secret\":\""
                + kHelperSecret + "\"}' && exit 0\necho 'credentials not found in native keychain'; exit 1\n");
        QFile::setPermissions(
            path(QStringLiteral("bin/docker-credential-fake")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        writeFile(path(QStringLiteral("docker/config.json")),
            "{\"auths\":{\"docker.example\":{\"auth\":\"" + QByteArray("alice:" + kDockerSecret).toBase64()
                + "\"},\"broken.example\":{\"auth\":\"%%%\"},\"helper.example\":{}},\"credsStore\":\"fake\"}");
        writeFile(path(QStringLiteral("run/containers/auth.json")),
            "{\"auths\":{\"quay.example/org\":{\"auth\":\"" + QByteArray("bob:" + kPodmanSecret).toBase64() + "\"}}}");
        ctl.clearTranscript();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }
    void cleanupTestCase() { qputenv("PATH", m_path); }

    void listsWithoutSecretsAndSavesNothing()
    {
        const Run r = ctl.run({QStringLiteral("login"), QStringLiteral("--import"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        noSecretIn(r);
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &v : r.json().array())
            rows.insert(v.toObject().value(QStringLiteral("registry")).toString(), v.toObject());
        QCOMPARE(rows.keys(), (QStringList {"broken.example", "docker.example", "helper.example", "quay.example/org"}));
        QCOMPARE(rows["docker.example"].value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(rows["docker.example"].value(QStringLiteral("importable")).toBool(), true);
        QCOMPARE(rows["quay.example/org"].value(QStringLiteral("namespace")).toString(), QStringLiteral("org"));
        QCOMPARE(
            rows["quay.example/org"].value(QStringLiteral("url")).toString(), QStringLiteral("https://quay.example/"));
        QVERIFY(rows["broken.example"].value(QStringLiteral("problem")).toString().contains(QLatin1String("base64")));
        QCOMPARE(rows["helper.example"].value(QStringLiteral("helper")).toString(), QStringLiteral("fake"));
        QVERIFY2(!QFile::exists(marker()), "listing must not run a credential helper");
        QCOMPARE(profiles().size(), 0);

        const Run text = ctl.run({QStringLiteral("login"), QStringLiteral("--import")});
        QCOMPARE(text.exitCode, 0);
        noSecretIn(text);
        QVERIFY(text.out.contains("docker.example"));
        QVERIFY(text.err.contains("Nothing was saved"));
        QCOMPARE(profiles().size(), 0);
    }

    void savesOnlyWhatIsNamed()
    {
        const Run r = ctl.run({QStringLiteral("login"), QStringLiteral("--import"), QStringLiteral("docker.example")});
        QCOMPARE(r.exitCode, 0);
        noSecretIn(r);
        const QJsonArray saved = profiles();
        QCOMPARE(saved.size(), 1);
        const QJsonObject p = saved.first().toObject();
        QCOMPARE(p.value(QStringLiteral("url")).toString(), QStringLiteral("https://docker.example/"));
        QCOMPARE(p.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(p.value(QStringLiteral("secret_saved")).toBool(), true);
        QVERIFY2(!QFile::exists(marker()), "the helper's login was not picked");

        // The keychain holds the file's secret under the profile's key.
        berth::KeychainCredentialStore store;
        berth::Profile profile;
        profile.url = QUrl(QStringLiteral("https://docker.example/"));
        profile.username = QStringLiteral("alice");
        const berth::CredentialResult secret = waitFor(store.readSecret(profile.credentialKey()));
        QVERIFY2(secret.ok(), qPrintable(secret.message));
        QCOMPARE(secret.secret, QString::fromLatin1(kDockerSecret));
        QVERIFY(waitFor(store.removeSecret(profile.credentialKey())).ok());
        QCOMPARE(
            ctl.run({QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("docker.example")}).exitCode,
            0);
    }

    void helperIsReadWhenPicked()
    {
        const Run r = ctl.run({QStringLiteral("login"), QStringLiteral("--import"), QStringLiteral("helper.example")});
        QCOMPARE(r.exitCode, 0);
        noSecretIn(r);
        QVERIFY(QFile::exists(marker()));
        const QJsonArray saved = profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("carol"));
        QCOMPARE(
            ctl.run({QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("helper.example")}).exitCode,
            0);
    }

    void yesImportsEveryImportable()
    {
        qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(path(QStringLiteral("run/containers/auth.json"))));
        const Run r = ctl.run({QStringLiteral("login"), QStringLiteral("--import"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        noSecretIn(r);
        QStringList urls;
        for (const QJsonValue &v : profiles())
            urls << v.toObject().value(QStringLiteral("url")).toString();
        urls.sort();
        QCOMPARE(urls, (QStringList {"https://docker.example/", "https://helper.example/", "https://quay.example/"}));
        for (const char *name : {"docker.example", "helper.example", "quay.example"})
            QCOMPARE(ctl.run({QStringLiteral("logout"), QStringLiteral("--profile"), QLatin1String(name)}).exitCode, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errPart");
        QTest::newRow("unknown registry")
            << QStringList {"login", "--import", "nowhere.example"} << 5 << "No login found";
        QTest::newRow("not importable") << QStringList {"login", "--import", "broken.example"} << 1 << "base64";
        QTest::newRow("with --url") << QStringList {"login", "--import", "--url", "https://x.example"} << 2
                                    << "login --import takes REGISTRY names";
        QTest::newRow("names without --import")
            << QStringList {"login", "docker.example"} << 2 << "belong to login --import";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errPart);
        const Run r = ctl.run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(errPart), r.err.constData());
        noSecretIn(r);
        QCOMPARE(profiles().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBerthctlImport)
#include "tst_berthctlimport.moc"
