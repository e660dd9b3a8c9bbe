// berthctl inspect end to end: a real docker-registry behind harbor-sim (--registry-backend), the
// fixtures pushed through harbor-sim by tools/oci-fixtures, and berthctl's output compared with
// what the fixture tool recorded of the bytes it pushed (manifests and configs, raw).
#include "BerthctlProcess.h"
#include "InspectFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = BerthctlRun;

namespace {

// What inspect --json must say of a config: its descriptor, and for an image config the fields
// computed here from the raw config bytes.
QJsonObject expectedConfig(const QJsonObject &record)
{
    QJsonObject o {{QStringLiteral("digest"), record.value(QStringLiteral("digest"))},
        {QStringLiteral("mediaType"), record.value(QStringLiteral("mediaType"))},
        {QStringLiteral("size"), record.value(QStringLiteral("size"))}};
    if (!isImageConfig(record.value(QStringLiteral("mediaType")).toString()))
        return o;
    const QJsonObject fields = expectedConfigFields(QJsonDocument::fromJson(rawOf(record)).object());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;
    SimServer sim;
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;

    Run as(const QString &user, const QString &secret, QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << user
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(secret));
    }
    Run reader(const QStringList &args) { return as(SimAccounts::kReader, SimAccounts::kReaderSecret, args); }
    QJsonObject fixture(const char *name) const { return fixtures.value(QLatin1String(name)).toObject(); }
    QString cacheDir() const { return home.path() + QStringLiteral("/.cache/berth/content"); }
    QString cachePath(const QString &digest) const { return cacheDir() + QStringLiteral("/sha256/") + digest.mid(7); }
    // The /v2/ requests harbor-sim saw since the last clearLog(), as "METHOD path".
    QStringList v2Requests()
    {
        QStringList out;
        for (const QJsonValue &v : sim.log()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            if (path.startsWith(QLatin1String("/v2/")))
                out << v.toObject().value(QStringLiteral("method")).toString() + QLatin1Char(' ') + path;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QByteArray error;
        QVERIFY2(
            startRegistryWithFixtures(registry, sim, work.filePath(QStringLiteral("pushed.json")), &fixtures, &error),
            error.constData());
        QVERIFY(fixtures.contains(QStringLiteral("oci-index")));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(sim.clearFaults());
        QVERIFY(sim.clearLog());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    // Every fixture, by the reference it was pushed as: inspect --json says what the registry
    // serves, and --raw prints the manifest's bytes exactly.
    void jsonMatchesWhatWasPushed_data() { addFixtureRows(fixtures); }

    void jsonMatchesWhatWasPushed()
    {
        QFETCH(QString, name);
        const QJsonObject rec = fixtures.value(name).toObject();
        const QString ref = rec.value(QStringLiteral("reference")).toString();
        const Run r = reader({QStringLiteral("inspect"), ref, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("reference")).toString(), ref);
        QCOMPARE(o.value(QStringLiteral("digest")).toString(), rec.value(QStringLiteral("digest")).toString());
        QCOMPARE(o.value(QStringLiteral("mediaType")).toString(), rec.value(QStringLiteral("mediaType")).toString());
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), rawOf(rec).size());
        QCOMPARE(o.value(QStringLiteral("artifactType")), rec.value(QStringLiteral("artifactType")));
        QVERIFY(o.value(QStringLiteral("referrers")).isArray());
        const QString mediaType = rec.value(QStringLiteral("mediaType")).toString();
        if (mediaType.contains(QLatin1String("index")) || mediaType.contains(QLatin1String("list"))) {
            QJsonArray expected;
            for (const QJsonValue &v : rec.value(QStringLiteral("manifests")).toArray()) {
                const QJsonObject e = v.toObject();
                expected.append(QJsonObject {{QStringLiteral("digest"), e.value(QStringLiteral("digest"))},
                    {QStringLiteral("mediaType"), e.value(QStringLiteral("mediaType"))},
                    {QStringLiteral("size"), e.value(QStringLiteral("size"))},
                    {QStringLiteral("platform"), platformOf(e.value(QStringLiteral("platform")).toObject())}});
            }
            compareJson(o.value(QStringLiteral("manifests")), expected, "manifests");
            QVERIFY(!o.contains(QStringLiteral("config")));
        } else {
            QJsonArray layers;
            qint64 total = rawOf(rec).size();
            for (const QJsonValue &v : rec.value(QStringLiteral("layers")).toArray()) {
                const QJsonObject l = v.toObject();
                layers.append(QJsonObject {{QStringLiteral("digest"), l.value(QStringLiteral("digest"))},
                    {QStringLiteral("mediaType"), l.value(QStringLiteral("mediaType"))},
                    {QStringLiteral("size"), l.value(QStringLiteral("size"))}});
                total += l.value(QStringLiteral("size")).toInteger();
            }
            const QJsonObject config = rec.value(QStringLiteral("config")).toObject();
            total += config.value(QStringLiteral("size")).toInteger();
            compareJson(o.value(QStringLiteral("layers")), layers, "layers");
            compareJson(o.value(QStringLiteral("config")), expectedConfig(config), "config");
            QCOMPARE(o.value(QStringLiteral("totalSize")).toInteger(), total);
        }
        const Run raw = reader({QStringLiteral("inspect"), ref, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, rawOf(rec));
    }

    void platformChoosesTheIndexEntry()
    {
        const QJsonObject rec = fixture("oci-index");
        QJsonObject arm;
        for (const QJsonValue &v : rec.value(QStringLiteral("manifests")).toArray())
            if (v.toObject().value(QStringLiteral("platform")).toObject().value(QStringLiteral("architecture"))
                == QLatin1String("arm64"))
                arm = v.toObject();
        QVERIFY(!arm.isEmpty());
        const QString ref = rec.value(QStringLiteral("reference")).toString();
        // --json before the command, --platform after it: as every command takes options.
        const Run r = reader({QStringLiteral("--json"), QStringLiteral("inspect"), ref, QStringLiteral("--platform"),
            QStringLiteral("linux/arm64")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject image = r.json().object().value(QStringLiteral("image")).toObject();
        QCOMPARE(image.value(QStringLiteral("digest")), arm.value(QStringLiteral("digest")));
        compareJson(image.value(QStringLiteral("platform")),
            platformOf(arm.value(QStringLiteral("platform")).toObject()), "platform");
        const QJsonObject child = arm.value(QStringLiteral("manifest")).toObject();
        compareJson(image.value(QStringLiteral("config")),
            expectedConfig(child.value(QStringLiteral("config")).toObject()), "config");
        const Run raw = reader({QStringLiteral("inspect"), ref, QStringLiteral("--platform"),
            QStringLiteral("linux/arm64/v8"), QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out, rawOf(child));
    }

    void referrersAreListed()
    {
        const Run r = reader({QStringLiteral("inspect"),
            fixture("oci-image").value(QStringLiteral("reference")).toString(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QMap<QString, QString> seen;
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("referrers")).toArray())
            seen.insert(v.toObject().value(QStringLiteral("digest")).toString(),
                v.toObject().value(QStringLiteral("artifactType")).toString());
        for (const char *name : {"signature", "sbom"}) {
            const QJsonObject rec = fixture(name);
            QCOMPARE(seen.value(rec.value(QStringLiteral("digest")).toString()),
                rec.value(QStringLiteral("artifactType")).toString());
        }
    }

    // A digest is read from the cache; a tag is always asked afresh.
    void cacheServesDigestsButNeverTags()
    {
        QDir(cacheDir()).removeRecursively();
        const QJsonObject rec = fixture("docker-image");
        const QString digest = rec.value(QStringLiteral("digest")).toString();
        const QString config
            = rec.value(QStringLiteral("config")).toObject().value(QStringLiteral("digest")).toString();
        const QString repo = rec.value(QStringLiteral("repository")).toString();
        const QString byDigest = repo + QLatin1Char('@') + digest;
        const QString manifestGet = QStringLiteral("GET /v2/%1/manifests/%2").arg(repo, digest);
        const QString configGet = QStringLiteral("GET /v2/%1/blobs/%2").arg(repo, config);

        const Run cold = reader({QStringLiteral("inspect"), byDigest, QStringLiteral("--json")});
        QCOMPARE(cold.exitCode, 0);
        QStringList seen = v2Requests();
        QVERIFY2(seen.contains(manifestGet) && seen.contains(configGet), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(cachePath(digest)));
        QVERIFY(QFile::exists(cachePath(config)));

        QVERIFY(sim.clearLog());
        const Run warm = reader({QStringLiteral("inspect"), byDigest, QStringLiteral("--json")});
        QCOMPARE(warm.exitCode, 0);
        QCOMPARE(warm.out, cold.out);
        seen = v2Requests();
        QVERIFY2(!seen.contains(manifestGet) && !seen.contains(configGet), qPrintable(seen.join(QLatin1Char('\n'))));

        QVERIFY(sim.clearLog());
        const QString byTag = rec.value(QStringLiteral("reference")).toString();
        const Run tag = reader({QStringLiteral("inspect"), byTag, QStringLiteral("--json")});
        QCOMPARE(tag.exitCode, 0);
        seen = v2Requests();
        QVERIFY2(seen.contains(
                     QStringLiteral("GET /v2/%1/manifests/%2").arg(repo, rec.value(QStringLiteral("tag")).toString())),
            qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY(!seen.contains(configGet));
    }

    // A cache entry that no longer matches its digest is never shown: it is fetched again.
    void corruptedCacheEntryIsFetchedAgain()
    {
        const QJsonObject rec = fixture("zstd-image");
        const QString digest = rec.value(QStringLiteral("digest")).toString();
        const QString byDigest = rec.value(QStringLiteral("repository")).toString() + QLatin1Char('@') + digest;
        QCOMPARE(reader({QStringLiteral("inspect"), byDigest, QStringLiteral("--raw")}).exitCode, 0);
        QFile entry(cachePath(digest));
        QVERIFY(entry.open(QIODevice::ReadWrite));
        QByteArray bytes = entry.readAll();
        bytes.replace("zstd", "ZSTD");
        QVERIFY(entry.seek(0));
        entry.write(bytes);
        entry.close();
        QVERIFY(sim.clearLog());
        const Run r = reader({QStringLiteral("inspect"), byDigest, QStringLiteral("--raw")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, rawOf(rec));
        QVERIFY(v2Requests().contains(
            QStringLiteral("GET /v2/%1/manifests/%2").arg(rec.value(QStringLiteral("repository")).toString(), digest)));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QCOMPARE(entry.readAll(), rawOf(rec));
    }

    void digestMismatchIsExitOne()
    {
        QDir(cacheDir()).removeRecursively();
        const QJsonObject rec = fixture("scratch");
        const QString digest = rec.value(QStringLiteral("digest")).toString();
        // The registry (or something before it) answers with other bytes.
        QVERIFY(sim.addFault(QJsonObject {{QStringLiteral("kind"), QStringLiteral("body")},
            {QStringLiteral("match"), QStringLiteral("/manifests/") + digest},
            {QStringLiteral("content_type"), rec.value(QStringLiteral("mediaType"))},
            {QStringLiteral("body"), QString::fromUtf8(rawOf(fixture("oci-image")))}}));
        const Run r = reader({QStringLiteral("inspect"),
            rec.value(QStringLiteral("repository")).toString() + QLatin1Char('@') + digest, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("digest_mismatch:"), r.err.constData());
        QVERIFY(!QFile::exists(cachePath(digest)));
    }

    // Harbor's /v2/ answers 401 where its API would say 403: exit 4, not 3.
    void pullNotPermittedIsExitFour()
    {
        const Run r = as(SimAccounts::kTeamB, SimAccounts::kTeamBSecret,
            {QStringLiteral("inspect"), fixture("oci-image").value(QStringLiteral("reference")).toString()});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith("pull_not_permitted:"), r.err.constData());
        QVERIFY(r.err.contains("repository:pull"));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        const QString index
            = fixtures.value(QStringLiteral("oci-index")).toObject().value(QStringLiteral("reference")).toString();
        QTest::newRow("no such tag") << QStringList {"inspect", "team-a/fx/oci-image:nope"} << 5 << "already_deleted";
        QTest::newRow("no such platform")
            << QStringList {"inspect", index, "--platform", "linux/s390x"} << 5 << "linux/amd64, linux/arm64/v8";
        QTest::newRow("--raw and --json") << QStringList {"inspect", index, "--raw", "--json"} << 2 << "exclude";
        QTest::newRow("bad --platform") << QStringList {"inspect", index, "--platform", "linux"} << 2 << "OS/ARCH";
        QTest::newRow("no REF") << QStringList {"inspect"} << 2 << "one REF";
        QTest::newRow("two REFs") << QStringList {"inspect", index, index} << 2 << "one REF";
        QTest::newRow("no tag or digest") << QStringList {"inspect", "team-a/fx/oci-image"} << 2 << "invalid reference";
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        const Run r = reader(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(stderrHas.toUtf8()), r.err.constData());
    }

    void humanOutputHasTheSections()
    {
        const Run r
            = reader({QStringLiteral("inspect"), fixture("oci-image").value(QStringLiteral("reference")).toString()});
        QCOMPARE(r.exitCode, 0);
        for (const char *line :
            {"\nConfig\n", "\nLayers (2, ", "\nReferrers (2)\n", "  Exposed ports    8080/tcp, 9090/udp\n"})
            QVERIFY2(r.out.contains(line), line);
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
