// berthctl ls --all against harbor-sim as different Harbor versions: from v2.12 the listing reads
// one artifact stream per project (GET /projects/{p}/artifacts) instead of a repository list and
// one artifact list per repository, and prints exactly the same rows.
#include "BerthctlProcess.h"
#include "cli/ListCommand.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestBerthctlLsAll : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    BerthctlRun as(const QString &user, const QString &secret, QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << user
             << QStringLiteral("--password-stdin");
        return ctl.run(args, secret.toUtf8() + '\n');
    }

    // API requests of the last run, by kind: project streams and per-repository artifact lists.
    void countLists(int *projectStreams, int *repositoryLists)
    {
        static const QRegularExpression stream(QStringLiteral("^/api/v2\\.0/projects/[^/]+/artifacts\\?"));
        static const QRegularExpression perRepo(
            QStringLiteral("^/api/v2\\.0/projects/[^/]+/repositories/.+/artifacts\\?"));
        *projectStreams = 0;
        *repositoryLists = 0;
        for (const QJsonValue &v : sim.log()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            *projectStreams += stream.match(path).hasMatch();
            *repositoryLists += perRepo.match(path).hasMatch();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        QVERIFY2(sim.start({QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}), qPrintable(sim.errorString()));
    }

    void init()
    {
        ctl.clearTranscript();
        QVERIFY(sim.reset());
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void sameRowsOnEveryVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("streams");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QStringList>("args");
        using namespace SimAccounts;
        const QStringList all {QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("--json")};
        const QStringList extras = all + QStringList {QStringLiteral("--children"), QStringLiteral("--accessories")};
        const QStringList one {
            QStringLiteral("ls"), QStringLiteral("--all"), QStringLiteral("team-a"), QStringLiteral("--json")};
        QTest::newRow("v2.11.0, robot") << "v2.11.0" << false << kCleaner << kCleanerSecret << all;
        QTest::newRow("v2.12.0, robot") << "v2.12.0" << true << kCleaner << kCleanerSecret << all;
        QTest::newRow("v2.12.0, admin, children and accessories")
            << "v2.12.0" << true << kAdmin << kAdminPassword << extras;
        QTest::newRow("v2.13.1-abc, one project") << "v2.13.1-abc" << true << kCleaner << kCleanerSecret << one;
        QTest::newRow("v2.11.2, admin, children and accessories")
            << "v2.11.2" << false << kAdmin << kAdminPassword << extras;
    }

    // The rows of every version equal, byte for byte, those of the per-repository path.
    void sameRowsOnEveryVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, streams);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QStringList, args);

        QVERIFY(sim.configure(QJsonObject {{QStringLiteral("harbor_version"), QStringLiteral("v2.10.0")}}));
        const BerthctlRun reference = as(user, secret, args);
        QCOMPARE(reference.exitCode, 0);
        QVERIFY(reference.json().array().size() > 5);

        QVERIFY(sim.configure(QJsonObject {{QStringLiteral("harbor_version"), version}}));
        QVERIFY(sim.clearLog());
        const BerthctlRun r = as(user, secret, args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, reference.out);
        int projectStreams = 0, repositoryLists = 0;
        countLists(&projectStreams, &repositoryLists);
        QCOMPARE(projectStreams > 0, streams);
        QCOMPARE(repositoryLists > 0, !streams);
    }

    void versionsWithProjectArtifacts_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("expected");
        QTest::newRow("v2.12.0") << "v2.12.0" << true;
        QTest::newRow("2.12.0 without v") << "2.12.0" << true;
        QTest::newRow("v2.14.1 with a build suffix") << "v2.14.1-6f0d2d1a" << true;
        QTest::newRow("v3.0.0") << "v3.0.0" << true;
        QTest::newRow("v2.11.9") << "v2.11.9" << false;
        QTest::newRow("v2.2.0 (not 2.20)") << "v2.2.0" << false;
        QTest::newRow("v1.10.0") << "v1.10.0" << false;
        QTest::newRow("empty (anonymous view)") << "" << false;
        QTest::newRow("unreadable") << "dev" << false;
    }
    void versionsWithProjectArtifacts()
    {
        QFETCH(QString, version);
        QFETCH(bool, expected);
        QCOMPARE(berth::harborHasProjectArtifacts(version), expected);
    }
};

QTEST_GUILESS_MAIN(TestBerthctlLsAll)
#include "tst_berthctllsall.moc"
