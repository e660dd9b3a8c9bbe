// explain against harbor-sim: the user's own curl commands, read without being sent, probed
// with GETs, and explained with the right cause. Includes the classic failure end to end, and
// commands that name a second host (a silent listener on loopback), which must get nothing.
#include "BerthctlProcess.h"
#include "diagnosis/RequestExplainer.h"
#include "SilentServer.h"
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace berth;

class TestExplain : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

    QString url(const QString &path) const { return sim.url().resolved(QUrl(path)).toString(); }

    RequestExplainer::Result explain(const QString &command, int timeoutMs = 10000)
    {
        RequestExplainer ex;
        QSignalSpy done(&ex, &RequestExplainer::finished);
        ex.explain(command, timeoutMs);
        if (!done.wait(30000))
            return {};
        return ex.result();
    }

    int deletes() { return sim.requestCount(QStringLiteral("DELETE")); }

    // A plain HTTP request, as a user's script would send it (test helper only).
    int send(const QByteArray &method, const QString &u, const QByteArray &authorization)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req {QUrl(u)};
        if (!authorization.isEmpty())
            req.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = nam.sendCustomRequest(req, method);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(sim.start(), qPrintable(sim.errorString())); }

    void init()
    {
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    // goharbor/harbor#20738: a registry token lists fine and then DELETE gets 401.
    void classicBearerFailureEndToEnd()
    {
        QNetworkAccessManager nam;
        QNetworkRequest tokenReq {QUrl(
            url(QStringLiteral("/service/token?service=harbor-registry&scope=repository:library/nginx:pull,delete")))};
        tokenReq.setRawHeader("Authorization", "Basic " + QByteArray("robot$ci-global:GlobalSecret1").toBase64());
        QNetworkReply *r = nam.get(tokenReq);
        QSignalSpy got(r, &QNetworkReply::finished);
        QVERIFY(got.wait(10000));
        const QString token = QJsonDocument::fromJson(r->readAll()).object().value(QStringLiteral("token")).toString();
        r->deleteLater();
        QVERIFY(token.startsWith(QStringLiteral("eyJ")));
        const QByteArray bearer = "Bearer " + token.toUtf8();
        // Listing the public project "works"...
        QCOMPARE(send("GET", url(QStringLiteral("/api/v2.0/projects/library/repositories")), bearer), 200);
        // ...the DELETE does not.
        const QString del
            = url(QStringLiteral("/api/v2.0/projects/library/repositories/nginx/artifacts/1.25/tags/1.25"));
        QCOMPARE(send("DELETE", del, bearer), 401);
        sim.clearLog();
        const auto res = explain(QStringLiteral("curl -X DELETE %1 -H \"Authorization: Bearer %2\"").arg(del, token));
        QCOMPARE(causeId(res.diagnosis.cause), QStringLiteral("bearer_ignored"));
        QCOMPARE(res.facts.httpStatus, 401);
        QVERIFY(res.correctedCommand.contains(QStringLiteral("-u '")));
        QVERIFY(!res.correctedCommand.contains(QStringLiteral("Bearer")));
        QCOMPARE(deletes(), 0); // explain never sends the DELETE
    }

    void examples_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("correctedContains");
        const QString tagUrl
            = QStringLiteral("%1api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-1/tags/pr-1");
        QTest::newRow("double-quoted robot$team-a+cleaner")
            << "curl -X DELETE -u \"robot$team-a+cleaner:CleanerSecret1\" " + tagUrl << "shell_expanded_name"
            << "-u 'robot$team-a+cleaner:<secret>'";
        QTest::newRow("browser request with sid cookie") << "curl '" + tagUrl
                + "' -X DELETE -H 'Cookie: sid=0123456789abcdef' -u 'robot$team-a+cleaner:CleanerSecret1'"
                                                         << "cookie_csrf"
                                                         << "-u 'robot$team-a+cleaner:<secret>'";
        QTest::newRow("single %2F in the repository")
            << "curl -X DELETE -u 'robot$team-a+cleaner:CleanerSecret1' "
               "%1api/v2.0/projects/team-a/repositories/backend%2Fapi/artifacts/ci-101/tags/ci-101"
            << "bad_encoding"
            << "backend%252Fapi";
        QTest::newRow("wrong secret") << "curl -X DELETE -u 'robot$team-a+cleaner:nope' " + tagUrl
                                      << "credentials_rejected"
                                      << "";
        QTest::newRow("no credentials") << "curl -X DELETE " + tagUrl << "no_credentials"
                                        << "";
        QTest::newRow("prefix missing") << "curl -X DELETE -u 'team-a+cleaner:CleanerSecret1' " + tagUrl
                                        << "robot_prefix_missing"
                                        << "robot$team-a+cleaner";
        QTest::newRow("reader lacks tag:delete")
            << "curl -X DELETE -u 'robot$team-a+reader:ReaderSecret1' " + tagUrl << "permission_missing"
            << "";
        QTest::newRow("robot of another project")
            << "curl -X DELETE -u 'robot$team-b+ci:TeamBSecret1' " + tagUrl << "wrong_project"
            << "";
        QTest::newRow("a request that would work")
            << "curl -X DELETE -u 'robot$team-a+cleaner:CleanerSecret1' " + tagUrl << "no_problem_found"
            << "";
        QTest::newRow("GET replayed, public project") << "curl %1api/v2.0/projects/library/repositories"
                                                      << "no_problem_found"
                                                      << "";
    }

    void examples()
    {
        QFETCH(QString, command);
        QFETCH(QString, cause);
        QFETCH(QString, correctedContains);
        const auto res = explain(command.arg(sim.url().toString()));
        QVERIFY2(res.request.isValid(), qPrintable(res.error));
        QCOMPARE(causeId(res.diagnosis.cause), cause);
        if (!correctedContains.isEmpty())
            QVERIFY2(res.correctedCommand.contains(correctedContains), qPrintable(res.correctedCommand));
        QVERIFY(!res.correctedCommand.contains(QStringLiteral("Secret1")));
        QCOMPARE(deletes(), 0);
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));
    }

    // The probes carry the pasted secret: they go to the command's one URL, never to a host an
    // option names. {sim} is harbor-sim's URL, {other} the other host's URL, {other-host} its
    // host:port.
    void otherHostGetsNothing_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("probed");
        const QString tag
            = QStringLiteral("{sim}api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-1/tags/pr-1");
        const QString cred = QStringLiteral(" -u 'robot$team-a+cleaner:CleanerSecret1' ");
        QTest::newRow("the issue's --doh-url")
            << "curl --doh-url {other}/dns-query" + cred + "-X DELETE " + tag << false;
        QTest::newRow("-D with a file name like a host") << "curl -D {other-host}" + cred + "-X DELETE " + tag << true;
        QTest::newRow("-o and -e (same host) are not targets")
            << "curl -s -o {other-host} -e {sim} -X DELETE" + cred + tag << true;
        QTest::newRow("--proxy") << "curl -x {other}" + cred + tag << false;
        QTest::newRow("--preproxy") << "curl --preproxy {other}" + cred + tag << false;
        QTest::newRow("--connect-to") << "curl --connect-to ::{other-host}" + cred + tag << false;
        QTest::newRow("--resolve") << "curl --resolve 127.0.0.1:1:{other-host}" + cred + tag << false;
        QTest::newRow("two URLs, the other first") << "curl" + cred + "{other}/api/v2.0/projects " + tag << false;
        QTest::newRow("--url and a bare URL") << "curl --url {other}/api/v2.0/projects" + cred + tag << false;
        QTest::newRow("--referer to the other host") << "curl -e {other}/" + cred + "-X DELETE " + tag << false;
        QTest::newRow("unknown option before the other host") << "curl --frobnicate {other}" + cred + tag << false;
        QTest::newRow("abbreviated --doh-url") << "curl --doh-u {other}/" + cred + tag << false;
    }

    void otherHostGetsNothing()
    {
        QFETCH(QString, command);
        QFETCH(bool, probed);
        SilentServer other;
        QVERIFY(other.listen());
        command.replace(QLatin1String("{sim}"), sim.url().toString())
            .replace(QLatin1String("{other-host}"), other.hostPort())
            .replace(QLatin1String("{other}"), other.url());
        const auto res = explain(command, 3000);
        QVERIFY2(res.request.isValid(), qPrintable(res.error));
        QCOMPARE(other.connections(), 0);
        QVERIFY2(res.probed == probed, qPrintable(res.request.refusals.join(QLatin1Char('\n'))));
        if (probed) {
            QCOMPARE(res.request.url.port(), int(sim.port()));
            QVERIFY(!sim.log().isEmpty()); // the probes went to harbor-sim
            QVERIFY(causeId(res.diagnosis.cause) != QLatin1String("probe_refused"));
        } else {
            QVERIFY2(sim.log().isEmpty(), QJsonDocument(sim.log()).toJson().constData());
            QCOMPARE(causeId(res.diagnosis.cause), QStringLiteral("probe_refused"));
            QVERIFY(!res.request.refusals.isEmpty());
            QVERIFY(!res.diagnosis.likelyCauses.join(QLatin1Char(' ')).contains(QLatin1String("CleanerSecret1")));
        }
        QCOMPARE(deletes(), 0);
    }

    // The documented form: the command on standard input (not in argv); the host is named on
    // stderr before anything is sent.
    void berthctlExplainStdinNamesTheHostFirst()
    {
        const QString command
            = QStringLiteral("curl -X DELETE -u \"robot$team-a+cleaner:CleanerSecret1\" "
                             "%1api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-1/tags/pr-1")
                  .arg(sim.url().toString());
        const BerthctlRun r
            = BerthctlProcess().run({QStringLiteral("explain"), QStringLiteral("-")}, command.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY(r.out.startsWith("shell_expanded_name: "));
        const QByteArray asking = QStringLiteral("asking http://127.0.0.1:%1").arg(sim.port()).toUtf8();
        QVERIFY2(r.err.contains(asking), r.err.constData());
        QVERIFY(!r.err.contains("CleanerSecret1") && !r.out.contains("CleanerSecret1"));
    }

    void berthctlRefusesAndSendsNothing()
    {
        SilentServer other;
        QVERIFY(other.listen());
        const QString command = QStringLiteral("curl --doh-url %1/dns-query -u 'robot$team-a+cleaner:CleanerSecret1' "
                                               "-X DELETE %2api/v2.0/projects/team-a/repositories/frontend/artifacts/"
                                               "pr-1/tags/pr-1")
                                    .arg(other.url(), sim.url().toString());
        const BerthctlRun r = BerthctlProcess().run(
            {QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("-")}, command.toUtf8());
        QVERIFY2(r.exitCode == 2, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("cause")).toString(), QStringLiteral("probe_refused"));
        QCOMPARE(o.value(QStringLiteral("probed")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("target_host")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(o.value(QStringLiteral("refusals")).toArray().first().toString().contains(QLatin1String("--doh-url")));
        QVERIFY(!r.err.contains("asking"));
        QCOMPARE(other.connections(), 0);
        QVERIFY(sim.log().isEmpty());
    }

    void berthctlExplainJson()
    {
        const BerthctlRun r
            = BerthctlProcess().run({QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("--"),
                QStringLiteral("curl -X DELETE -u \"robot$team-a+cleaner:CleanerSecret1\" %1api/v2.0/projects/team-a/"
                               "repositories/frontend/artifacts/pr-1/tags/pr-1")
                    .arg(sim.url().toString())});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("cause")).toString(), QStringLiteral("shell_expanded_name"));
        QVERIFY(o.value(QStringLiteral("corrected_command"))
                    .toString()
                    .contains(QStringLiteral("'robot$team-a+cleaner:<secret>'")));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
