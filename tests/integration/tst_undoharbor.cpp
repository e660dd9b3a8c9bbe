// undo on harbor-sim in front of a real docker-registry (--registry-backend): a whole cleanup
// plan's batch (--last), a tag removal (Harbor's tags API), an artifact delete (the manifest PUT
// back by digest through /v2/, then its tags), each pulled or looked up again; and a delete-only
// robot refused with permission_missing, naming tag:create, with nothing added.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "BerthctlProcess.h"
#include "InspectFixtures.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimServer.h"
#include "SkopeoPull.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace RegistryTest;
using Run = BerthctlRun;

class TestUndoHarbor : public QObject
{
    Q_OBJECT

private:
    RegistryServer backend;
    SimServer sim;
    QTemporaryDir home;
    QTemporaryDir work;
    BerthctlProcess ctl {home.path()};
    QJsonObject fixtures;

    QString digestOf(const QString &name) const
    {
        return fixtures.value(name).toObject().value(QStringLiteral("digest")).toString();
    }

    Run as(const QString &user, const QString &secret, QStringList args)
    {
        args << QStringLiteral("--url") << sim.url().toString() << QStringLiteral("--user") << user
             << QStringLiteral("--password-stdin");
        return ctl.run(args, SimAccounts::stdinLine(secret));
    }
    Run admin(const QStringList &args) { return as(SimAccounts::kAdmin, SimAccounts::kAdminPassword, args); }

    QString head(const QString &repository, const QString &reference)
    {
        ApiTransport transport(settingsFor(sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        RegistryClient client(&transport);
        const auto h = run<RegistryClient::ManifestHead>(
            [&](auto done) { return client.headManifest(repository, reference, nullptr, done); });
        return h.error.isError() ? QString() : h.value.digest;
    }

    static QString journalIdOf(const Run &rm)
    {
        return rm.json().array().at(0).toObject().value(QStringLiteral("journal_id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(home.isValid() && work.isValid());
        QByteArray error;
        QVERIFY2(startRegistryWithFixtures(backend, sim, work.filePath(QStringLiteral("fx.json")), &fixtures, &error),
            error.constData());
    }

    void cleanupTestCase()
    {
        sim.stop();
        backend.stop();
    }

    void cleanup() { ctl.printTranscriptIfFailed(); }

    void planBatchUndoneWithLast()
    {
        const QString image = digestOf(QStringLiteral("oci-image"));
        const QString docker = digestOf(QStringLiteral("docker-image"));
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")), image);
        const Run plan = admin(
            {QStringLiteral("plan"), QStringLiteral("--match"), QStringLiteral("v1"), QStringLiteral("team-a/fx/"),
                QStringLiteral("--execute"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QString id = plan.json().object().value(QStringLiteral("journal_id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")).isEmpty());
        QVERIFY(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")).isEmpty());

        const Run u = admin({QStringLiteral("undo"), QStringLiteral("--last"), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(u.json().object().value(QStringLiteral("journal_id")).toString(), id);
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("v1")), image);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")), docker);
    }

    void tagRemovalUndone()
    {
        const QString image = digestOf(QStringLiteral("oci-image"));
        QCOMPARE(
            admin({QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("rc")}).exitCode, 0);
        const Run rm
            = admin({QStringLiteral("rm"), QStringLiteral("team-a/fx/oci-image:rc"), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("rc")).isEmpty());
        const QByteArray before = backend.log();
        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("rc")), image);
        // The artifact was still there: its tag came back through Harbor's tags API, no manifest PUT.
        QVERIFY(!backend.log().mid(before.size()).contains("\"PUT /v2/"));
    }

    void artifactDeleteUndone()
    {
        const QString docker = digestOf(QStringLiteral("docker-image"));
        const Run rm = admin(
            {QStringLiteral("rm"), QStringLiteral("team-a/fx/docker-image@") + docker, QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        QVERIFY(head(QStringLiteral("team-a/fx/docker-image"), docker).isEmpty());
        const Run u = admin({QStringLiteral("undo"), journalIdOf(rm), QStringLiteral("--json")});
        QCOMPARE(u.exitCode, 0);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), docker), docker);
        QCOMPARE(head(QStringLiteral("team-a/fx/docker-image"), QStringLiteral("v1")), docker);
        QCOMPARE(skopeoPulledDigest(QStringLiteral("docker://%1/team-a/fx/docker-image:v1").arg(sim.url().authority()),
                     work.filePath(QStringLiteral("pulled")),
                     SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword),
            docker);
    }

    // Undo needs what the delete did not: the cleaner robot (delete only, no pull) is refused at the
    // checks, the reader robot (pull, no tag:create) at its first write, naming tag:create. The tag
    // stays gone either way.
    void accountsWithoutWritePermissionRefused()
    {
        QCOMPARE(
            admin({QStringLiteral("tag"), QStringLiteral("team-a/fx/oci-image:v1"), QStringLiteral("tmp")}).exitCode,
            0);
        const Run rm = as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret,
            {QStringLiteral("rm"), QStringLiteral("team-a/fx/oci-image:tmp"), QStringLiteral("--json")});
        QCOMPARE(rm.exitCode, 0);
        const Run cleaner
            = as(SimAccounts::kCleaner, SimAccounts::kCleanerSecret, {QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(cleaner.exitCode, 4);
        const Run reader
            = as(SimAccounts::kReader, SimAccounts::kReaderSecret, {QStringLiteral("undo"), journalIdOf(rm)});
        QCOMPARE(reader.exitCode, 4);
        QVERIFY2(
            reader.err.contains("permission_missing") && reader.err.contains("tag:create"), reader.err.constData());
        QVERIFY(head(QStringLiteral("team-a/fx/oci-image"), QStringLiteral("tmp")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUndoHarbor)
#include "tst_undoharbor.moc"
