// A server that answers a DELETE with a redirect, also to its own origin: the redirect is not
// followed (a 307/308 would re-send the DELETE to whatever the server names; Qt turns
// 301/302/303 into a GET), it is reported as a failure with its Location, and the journal and
// berthctl say what really happened. GETs still follow same-origin redirects.
#include "api/HarborClient.h"
#include "BerthctlProcess.h"
#include "diagnosis/ErrorPresenter.h"
#include "operations/ActionJournal.h"
#include "operations/DeleteBatch.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

const QString kRepo = QStringLiteral("team-a/frontend");
const QString kPr1 = QStringLiteral("/api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-1/tags/pr-1");
const QString kPr2 = QStringLiteral("/api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-2/tags/pr-2");

} // namespace

class TestUnsafeRedirect : public QObject
{
    Q_OBJECT

private:
    SimServer sim;
    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    ConnectionSettings cleaner() const
    {
        ConnectionSettings s;
        s.baseUrl = sim.url();
        s.username = SimAccounts::kCleaner;
        s.secret = SimAccounts::kCleanerSecret;
        s.timeoutMs = 20000;
        return s;
    }

    // A redirect of the DELETE of pr-1 to pr-2 (same origin), once.
    QUrl redirectDeleteOfPr1(int status, bool relative)
    {
        const QUrl target = sim.url().resolved(QUrl(kPr2));
        const QString location = relative ? kPr2 : target.toString();
        if (!sim.addFault(QJsonObject {{"kind", "redirect"}, {"status", status}, {"location", location},
                {"method", "DELETE"}, {"match", "/tags/pr-1"}, {"times", 1}}))
            return {};
        return target;
    }

    // Nothing but the one DELETE of pr-1 reached the server, and both tags are still there.
    void checkOnlyTheFirstDeleteArrived()
    {
        const QJsonArray log = sim.log();
        QStringList seen;
        for (const QJsonValue &v : log)
            seen << v.toObject().value(QStringLiteral("method")).toString() + QLatin1Char(' ')
                    + v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(
            !seen.join(QLatin1Char('\n')).contains(QLatin1String("pr-2")), qPrintable(seen.join(QLatin1Char('\n'))));
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 1);
        const QStringList tags = sim.tagsOf(kRepo);
        QVERIFY2(tags.contains(QStringLiteral("pr-1")), qPrintable(tags.join(QLatin1Char(' '))));
        QVERIFY2(tags.contains(QStringLiteral("pr-2")), qPrintable(tags.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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

    void deleteFollowsNoRedirect_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("relative");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d, absolute Location", status) << status << false;
            QTest::addRow("%d, relative Location", status) << status << true;
        }
    }

    void deleteFollowsNoRedirect()
    {
        QFETCH(int, status);
        QFETCH(bool, relative);
        const QUrl target = redirectDeleteOfPr1(status, relative);
        QVERIFY(target.isValid());
        HarborClient client(cleaner());
        ApiError error;
        bool done = false;
        client.deleteTag(QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-1"),
            QStringLiteral("pr-1"), &client, [&](const ApiError &e) {
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(ApiError::Kind::RedirectRefused));
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.redirectRefused, target);
        QVERIFY(error.redirectsFollowed.isEmpty());
        QVERIFY2(error.summary().contains(target.toString()), qPrintable(error.summary()));
        QVERIFY2(error.transportMessage.contains(target.toString()), qPrintable(error.transportMessage));
        checkOnlyTheFirstDeleteArrived();

        // Worded as a refused redirect of a DELETE, naming where it pointed.
        const Diagnosis d = ErrorPresenter::present(error, {});
        QCOMPARE(causeId(d.cause), QStringLiteral("redirect_withheld"));
        const QString text = ErrorPresenter::terminalText(error, d);
        QVERIFY2(text.contains(target.toString()), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("DELETE")), qPrintable(text));
    }

    // A 3xx whose Location Qt cannot follow (none, or not http/https) is still a redirect the
    // DELETE did not follow, and never a success.
    void deleteAnsweredByAnUnusableRedirect_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("location");
        QTest::newRow("307, ftp Location") << 307 << QStringLiteral("ftp://127.0.0.1/pr-2");
        QTest::newRow("300, no Location header") << 300 << QString();
    }

    void deleteAnsweredByAnUnusableRedirect()
    {
        QFETCH(int, status);
        QFETCH(QString, location);
        QJsonObject fault {{"method", "DELETE"}, {"match", "/tags/pr-1"}, {"times", 1}};
        if (location.isEmpty()) {
            fault.insert(QStringLiteral("kind"), QStringLiteral("body"));
            fault.insert(QStringLiteral("status"), status);
            fault.insert(QStringLiteral("content_type"), QStringLiteral("text/html"));
            fault.insert(QStringLiteral("body"), QStringLiteral("<html>choose</html>"));
        } else {
            fault.insert(QStringLiteral("kind"), QStringLiteral("redirect"));
            fault.insert(QStringLiteral("status"), status);
            fault.insert(QStringLiteral("location"), location);
        }
        QVERIFY(sim.addFault(fault));
        HarborClient client(cleaner());
        ApiError error;
        bool done = false;
        client.deleteTag(QStringLiteral("team-a"), QStringLiteral("frontend"), QStringLiteral("pr-1"),
            QStringLiteral("pr-1"), &client, [&](const ApiError &e) {
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(ApiError::Kind::RedirectRefused));
        QCOMPARE(error.httpStatus, status);
        if (!location.isEmpty())
            QVERIFY2(error.summary().contains(location), qPrintable(error.summary()));
        QCOMPARE(sim.requestCount(QStringLiteral("DELETE")), 1);
        QVERIFY(sim.tagsOf(kRepo).contains(QStringLiteral("pr-1")));
    }

    // The delete engine: failed, not deleted, and the journal says so.
    void deleteBatchJournalsFailed()
    {
        const QUrl target = redirectDeleteOfPr1(307, false);
        QVERIFY(target.isValid());
        QTemporaryDir dir;
        auto journal = std::make_shared<ActionJournal>(dir.filePath(QStringLiteral("journal.jsonl")));
        HarborClient client(cleaner());
        DeleteItem item;
        item.action = DeleteItem::Action::RemoveTag;
        item.project = QStringLiteral("team-a");
        item.repository = QStringLiteral("frontend");
        item.reference = QStringLiteral("pr-1");
        item.tag = QStringLiteral("pr-1");
        item.label = kRepo + QStringLiteral(":pr-1");
        DeleteBatch batch(&client, {item}, 1);
        DeleteBatch::JournalContext ctx;
        ctx.source = QStringLiteral("test");
        ctx.registry = sim.url();
        ctx.causeOf = [](const DeleteItem &, const ApiError &e) { return causeId(ErrorPresenter::causeOf(e, {})); };
        batch.setJournal(journal, ctx);
        QSignalSpy finished(&batch, &DeleteBatch::finished);
        batch.start();
        QVERIFY(finished.wait(30000));
        const DeleteOutcome &o = batch.outcomes().first();
        QCOMPARE(deleteStateName(o.state), QStringLiteral("failed"));
        QCOMPARE(o.attempts, 1);
        QCOMPARE(o.error.redirectRefused, target);
        // The batch writes its journal when the last item settles.
        const QList<JournalEntry> lines = journal->read();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().tag, QStringLiteral("pr-1"));
        QCOMPARE(lines.first().state, QStringLiteral("failed"));
        QCOMPARE(lines.first().httpStatus, 307);
        QCOMPARE(lines.first().cause, QStringLiteral("redirect_withheld"));
        checkOnlyTheFirstDeleteArrived();
    }

    // berthctl rm: a non-zero exit, a failed row naming the Location, a failed journal line.
    void berthctlRmReportsTheRedirect_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("--json") << true;
        QTest::newRow("text") << false;
    }

    void berthctlRmReportsTheRedirect()
    {
        QFETCH(bool, json);
        const QUrl target = redirectDeleteOfPr1(307, false);
        QVERIFY(target.isValid());
        QStringList args {QStringLiteral("rm"), kRepo + QStringLiteral(":pr-1"), QStringLiteral("--url"),
            sim.url().toString(), QStringLiteral("--user"), SimAccounts::kCleaner, QStringLiteral("--password-stdin")};
        if (json)
            args << QStringLiteral("--json");
        const BerthctlRun r = ctl.run(args, SimAccounts::stdinLine(SimAccounts::kCleanerSecret));
        QCOMPARE(r.exitCode, 7); // transport: the answer was not Harbor's confirmation
        if (json) {
            const QJsonArray rows = r.json().array();
            QCOMPARE(rows.size(), 1);
            const QJsonObject row = rows.first().toObject();
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QCOMPARE(row.value(QStringLiteral("cause")).toString(), QStringLiteral("redirect_withheld"));
            QCOMPARE(row.value(QStringLiteral("http_status")).toInt(), 307);
            QVERIFY2(row.value(QStringLiteral("message")).toString().contains(target.toString()), r.out.constData());
        } else {
            QCOMPARE(r.out, QByteArray("failed\tteam-a/frontend:pr-1\tredirect_withheld\n"));
        }
        QVERIFY2(r.err.contains("redirect_withheld:"), r.err.constData());
        QVERIFY2(r.err.contains(target.toString().toUtf8()), r.err.constData());

        const ActionJournal journal(QDir(home.path()).filePath(QStringLiteral("data/berth/journal.jsonl")));
        const QList<JournalEntry> lines = journal.read();
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last().tag, QStringLiteral("pr-1"));
        QCOMPARE(lines.last().state, QStringLiteral("failed"));
        QCOMPARE(lines.last().cause, QStringLiteral("redirect_withheld"));
        checkOnlyTheFirstDeleteArrived();
    }

    // Positive control: a GET still follows a same-origin redirect, a 307 included.
    void getStillFollowsSameOrigin()
    {
        const QUrl target = sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo?redirected=1")));
        QVERIFY(sim.addFault(QJsonObject {{"kind", "redirect"}, {"status", 307}, {"location", target.toString()},
            {"match", "/api/v2.0/systeminfo"}, {"times", 1}}));
        HarborClient client(cleaner());
        ApiRequest req;
        req.url = sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/systeminfo")));
        ApiJob *job = client.send(req);
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(job->ok(), qPrintable(job->error().summary()));
        QCOMPARE(job->error().redirectsFollowed, QList<QUrl> {target});
    }
};

QTEST_GUILESS_MAIN(TestUnsafeRedirect)
#include "tst_unsaferedirect.moc"
