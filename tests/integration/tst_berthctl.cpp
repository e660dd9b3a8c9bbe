// berthctl end to end: the real binary against harbor-sim, checking JSON output, exit codes,
// cause ids and what reached the server.
#include "BerthctlProcess.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = BerthctlRun;

class TestBerthctl : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    Run berthctl(const QStringList &args, const QByteArray &stdinData = {}) { return ctl.run(args, stdinData); }

    Run as(const QString &user, const QString &secret, QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString();
        if (user.isEmpty())
            return berthctl(args);
        args << QStringLiteral("--user") << user << QStringLiteral("--password-stdin");
        return berthctl(args, secret.toUtf8() + '\n');
    }

    Run cleaner(const QStringList &args) { return as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret, args); }

    int deletesSeen() { return sim.requestCount(QStringLiteral("DELETE")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void lsProjectsAnonymous()
    {
        const Run r = as({}, {}, {QStringLiteral("ls"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QStringList names;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            names << o.value(QStringLiteral("name")).toString();
            QVERIFY(o.value(QStringLiteral("public")).isBool());
            QVERIFY(o.value(QStringLiteral("id")).isDouble());
            QVERIFY(o.value(QStringLiteral("repo_count")).isDouble());
        }
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("empty"), QStringLiteral("library")}));
    }

    void lsRepositories()
    {
        const Run r = cleaner({QStringLiteral("ls"), QStringLiteral("team-a"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QJsonValue &v : r.json().array()) {
            QCOMPARE(v.toObject().value(QStringLiteral("project")).toString(), QStringLiteral("team-a"));
            QVERIFY(v.toObject().value(QStringLiteral("artifact_count")).isDouble());
            names << v.toObject().value(QStringLiteral("name")).toString();
        }
        QVERIFY(names.contains(QStringLiteral("team-a/backend/api")));
    }

    void lsTagsRows()
    {
        const Run r = cleaner({QStringLiteral("ls"), QStringLiteral("team-a/backend/api"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QVERIFY(rows.size() >= 8);
        bool untagged = false, immutable = false, neverPulled = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *k : {"project", "repository", "tag", "digest", "size", "push_time", "pull_time",
                     "media_type", "manifest_media_type", "immutable"})
                QVERIFY2(o.contains(QLatin1String(k)), k);
            QCOMPARE(o.value(QStringLiteral("repository")).toString(), QStringLiteral("team-a/backend/api"));
            QVERIFY(o.value(QStringLiteral("digest")).toString().startsWith(QStringLiteral("sha256:")));
            untagged |= o.value(QStringLiteral("tag")).isNull();
            immutable |= o.value(QStringLiteral("tag")).toString() == QLatin1String("release-1.0")
                && o.value(QStringLiteral("immutable")).toBool();
            neverPulled |= o.value(QStringLiteral("pull_time")).isNull();
            if (!o.value(QStringLiteral("push_time")).isNull())
                QVERIFY(QDateTime::fromString(o.value(QStringLiteral("push_time")).toString(), Qt::ISODateWithMs)
                            .isValid());
        }
        QVERIFY(untagged);
        QVERIFY(immutable);
        QVERIFY(neverPulled);
    }

    void lsFolderPrefix()
    {
        const Run r = cleaner({QStringLiteral("ls"), QStringLiteral("team-a/tools"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(
            rows.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("team-a/tools/ci/runner"));
    }

    void lsAll()
    {
        const Run r = cleaner({QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QSet<QString> repos;
        for (const QJsonValue &v : r.json().array())
            repos.insert(v.toObject().value(QStringLiteral("repository")).toString());
        // library (public) and team-a (its own); never team-b.
        QVERIFY(repos.contains(QStringLiteral("library/nginx")));
        QVERIFY(repos.contains(QStringLiteral("team-a/frontend")));
        QVERIFY(!repos.contains(QStringLiteral("team-b/service")));
        // Index children and accessories only on request.
        for (const QJsonValue &v : r.json().array())
            QVERIFY(!v.toObject().contains(QStringLiteral("kind")));
        const Run withChildren = cleaner({QStringLiteral("ls"), QStringLiteral("library/nginx"),
            QStringLiteral("--json"), QStringLiteral("--children"), QStringLiteral("--accessories")});
        QCOMPARE(withChildren.exitCode, 0);
        int children = 0, accessories = 0;
        for (const QJsonValue &v : withChildren.json().array()) {
            children += v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("child");
            accessories += v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("accessory");
        }
        QVERIFY(children >= 2);
        QVERIFY(accessories >= 1);
    }

    void rmOutcomes_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("cause");
        const QString &c = SimAccounts::kCleaner;
        const QString &cs = SimAccounts::kCleanerSecret;
        QTest::newRow("deleted") << c << cs << "team-a/frontend:pr-1" << 0 << "deleted"
                                 << "";
        QTest::newRow("immutable 412") << c << cs << "team-a/backend/api:release-1.0" << 6 << "failed"
                                       << "immutable_tag";
        QTest::newRow("not found 404") << c << cs << "team-a/frontend:nope" << 5 << "not_found"
                                       << "already_deleted";
        QTest::newRow("reader 403") << SimAccounts::kReader << SimAccounts::kReaderSecret << "team-a/frontend:pr-1" << 4
                                    << "failed"
                                    << "permission_missing";
        QTest::newRow("other project 403") << c << cs << "team-b/service:1.0" << 4 << "failed"
                                           << "wrong_project";
        QTest::newRow("wrong secret 401") << c << "nope"
                                          << "team-a/frontend:pr-1" << 3 << "failed"
                                          << "credentials_rejected";
        QTest::newRow("shell ate $team-a") << "robot+cleaner" << cs << "team-a/frontend:pr-1" << 3 << "failed"
                                           << "shell_expanded_name";
        QTest::newRow("prefix missing") << "team-a+cleaner" << cs << "team-a/frontend:pr-1" << 3 << "failed"
                                        << "robot_prefix_missing";
        QTest::newRow("anonymous 401") << ""
                                       << ""
                                       << "library/nginx:1.25" << 3 << "failed"
                                       << "no_credentials";
        QTest::newRow("host prefix") << c << cs << "127.0.0.1:%1/team-a/frontend:pr-2" << 0 << "deleted"
                                     << "";
        QTest::newRow("wrong host") << c << cs << "harbor.example.com/team-a/frontend:pr-2" << 2 << "failed"
                                    << "invalid_ref";
    }

    void rmOutcomes()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, ref);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(QString, cause);
        if (ref.contains(QLatin1String("%1")))
            ref = ref.arg(sim.port());
        const Run r = as(user, secret, {QStringLiteral("rm"), ref, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject o = rows.first().toObject();
        QCOMPARE(o.value(QStringLiteral("ref")).toString(), ref);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), status);
        if (cause.isEmpty())
            QVERIFY(o.value(QStringLiteral("cause")).isNull());
        else
            QCOMPARE(o.value(QStringLiteral("cause")).toString(), cause);
        for (const char *k : {"http_status", "code", "message", "request_id"})
            QVERIFY2(o.contains(QLatin1String(k)), k);
        if (exitCode != 0 && exitCode != 2)
            QVERIFY2(r.err.contains(cause.toUtf8() + ':'), r.err.constData()); // the explanation starts with the id
    }

    void rejectedCredentialsSendNothingElse()
    {
        const Run r = as(SimAccounts::kCleaner, QStringLiteral("nope"),
            {QStringLiteral("rm"), QStringLiteral("team-a/frontend:pr-1"), QStringLiteral("team-a/frontend:pr-2"),
                QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().array().size(), 2);
        const QJsonArray log = sim.log();
        QCOMPARE(log.size(), 1); // just the users/current probe
        QVERIFY(
            log.first().toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/users/current")));
        QCOMPARE(deletesSeen(), 0);
    }

    void firstFailureInInputOrderDecides()
    {
        const Run r = cleaner(
            {QStringLiteral("rm"), QStringLiteral("team-a/frontend:pr-1"), QStringLiteral("team-a/frontend:missing"),
                QStringLiteral("team-a/backend/api:release-1.0"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_found"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    }

    void deleteArtifactByDigest()
    {
        const QStringList before = sim.digestsOf(QStringLiteral("team-a/frontend"));
        QVERIFY(!before.isEmpty());
        const Run r = cleaner(
            {QStringLiteral("rm"), QStringLiteral("team-a/frontend@") + before.first(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!sim.digestsOf(QStringLiteral("team-a/frontend")).contains(before.first()));
    }

    void dryRunChangesNothing()
    {
        const Run r = cleaner({QStringLiteral("rm"), QStringLiteral("--dry-run"),
            QStringLiteral("team-a/frontend:pr-1"), QStringLiteral("team-a/backend/api:release-1.0"),
            QStringLiteral("team-a/frontend:gone"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 6);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        QCOMPARE(rows[1].toObject().value(QStringLiteral("cause")).toString(), QStringLiteral("immutable_tag"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_found"));
        QCOMPARE(deletesSeen(), 0);
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));

        const Run reader = as(SimAccounts::kReader, SimAccounts::kReaderSecret,
            {QStringLiteral("rm"), QStringLiteral("--dry-run"), QStringLiteral("team-a/frontend:pr-1"),
                QStringLiteral("--json")});
        QCOMPARE(reader.exitCode, 4);
        QCOMPARE(reader.json().array().first().toObject().value(QStringLiteral("cause")).toString(),
            QStringLiteral("permission_missing"));
    }

    void fromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# cleanup\nteam-a/frontend:pr-1\n\nteam-a/frontend:pr-2\n");
        f.close();
        const Run r = cleaner({QStringLiteral("rm"), QStringLiteral("--from-file"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 2);
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/frontend")), QStringList {QStringLiteral("main")});
    }

    // A name outside the registries' grammar is a usage error naming the rule, and nothing at
    // all reaches the server: once, `rm team-a/frontend:..` went out as a DELETE of the
    // repository (Qt removed the dot segments) and was reported as a tag removal.
    void hostileReferencesSendNothing_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("rule");
        QTest::newRow("tag ..") << "team-a/frontend:.."
                                << "tag";
        QTest::newRow("tag .") << "team-a/frontend:."
                               << "tag";
        QTest::newRow("tag %2e%2e") << "team-a/frontend:%2e%2e"
                                    << "tag";
        QTest::newRow("repository ..") << "team-a/..:pr-1"
                                       << "repository";
        QTest::newRow("nested ..") << "team-a/frontend/..:pr-1"
                                   << "repository";
        QTest::newRow("project ..") << "../frontend:pr-1"
                                    << "project";
        QTest::newRow("digest ..") << "team-a/frontend@sha256:.."
                                   << "digest";
    }

    void hostileReferencesSendNothing()
    {
        QFETCH(QString, ref);
        QFETCH(QString, rule);
        const QStringList before = sim.tagsOf(QStringLiteral("team-a/frontend"));
        QVERIFY(!before.isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("refs.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("team-a/frontend:pr-1\n" + ref.toUtf8() + "\n");
        }
        const QList<QStringList> forms {
            {QStringLiteral("rm"), ref, QStringLiteral("--json")},
            {QStringLiteral("rm"), QStringLiteral("--dry-run"), ref, QStringLiteral("--json")},
            {QStringLiteral("rm"), QStringLiteral("team-a/frontend:pr-1"), ref, QStringLiteral("--json")},
            {QStringLiteral("rm"), QStringLiteral("--from-file"), file, QStringLiteral("--json")},
        };
        for (const QStringList &args : forms) {
            QVERIFY(sim.clearLog());
            const Run r = cleaner(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(rule.toUtf8()), r.err.constData());
            bool sawInvalid = false;
            for (const QJsonValue &v : r.json().array()) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(QStringLiteral("status")).toString() != QLatin1String("deleted"));
                QCOMPARE(o.value(QStringLiteral("cause")).toString(), QStringLiteral("invalid_ref"));
                sawInvalid = sawInvalid || o.value(QStringLiteral("ref")).toString() == ref;
            }
            QVERIFY(sawInvalid);
            QCOMPARE(sim.log().size(), 0); // not even the credential check
        }
        QCOMPARE(sim.tagsOf(QStringLiteral("team-a/frontend")), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList {"frobnicate"};
        QTest::newRow("stdin twice") << QStringList {
            "rm", "--from-file", "-", "--user", "x", "--password-stdin", "--url", "http://127.0.0.1:1"};
        QTest::newRow("rm without refs") << QStringList {"rm", "--url", "http://127.0.0.1:1"};
        QTest::newRow("bad concurrency") << QStringList {"ls", "--concurrency", "0", "--url", "http://127.0.0.1:1"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(berthctl(args).exitCode, 2);
    }

    void noProfileIsCredentialsUnavailable() { QCOMPARE(berthctl({QStringLiteral("ls")}).exitCode, 8); }

    void networkFailureIsSeven()
    {
        const Run r = berthctl({QStringLiteral("ls"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
            QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("network:"));
    }

    void secretNeverInOutput()
    {
        const Run r = as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret,
            {QStringLiteral("ls"), QStringLiteral("team-a"), QStringLiteral("-v")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(SimAccounts::kCleanerSecret.toUtf8()));
        QVERIFY(!r.err.contains(SimAccounts::kCleanerSecret.toUtf8()));
        QVERIFY(!r.err.contains(QByteArray("robot$team-a+cleaner:CleanerSecret1").toBase64()));
    }
};

QTEST_GUILESS_MAIN(TestBerthctl)
#include "tst_berthctl.moc"
