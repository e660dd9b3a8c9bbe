// explain against harbor-sim: the user's own curl commands, read without being sent, probed
// with GETs, and explained with the right cause. Includes the classic failure end to end.
#include "BerthctlProcess.h"
#include "diagnosis/RequestExplainer.h"
#include "SimServer.h"

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

    RequestExplainer::Result explain(const QString &command)
    {
        RequestExplainer ex;
        QSignalSpy done(&ex, &RequestExplainer::finished);
        ex.explain(command, 10000);
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
        QCOMPARE(res.diagnosis.cause, QStringLiteral("bearer_ignored"));
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
        QCOMPARE(res.diagnosis.cause, cause);
        if (!correctedContains.isEmpty())
            QVERIFY2(res.correctedCommand.contains(correctedContains), qPrintable(res.correctedCommand));
        QVERIFY(!res.correctedCommand.contains(QStringLiteral("Secret1")));
        QCOMPARE(deletes(), 0);
        QVERIFY(sim.tagsOf(QStringLiteral("team-a/frontend")).contains(QStringLiteral("pr-1")));
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
