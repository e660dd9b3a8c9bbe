// The simdjson reading of artifact pages against the QJsonDocument reading, on the pages
// harbor-sim serves: its demo data (tags, labels, index children with platforms, accessories,
// scan overviews) and --generate data (the bench's shape). Every page must parse to the same
// values both ways, and the fast path must read each one rather than fall back.

#include "ArtifactDump.h"
#include "core/HarborJson.h"
#include "core/HarborJsonFast.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

using namespace berth;

namespace {

// GET with Basic credentials (test code: its own short event loop).
QByteArray get(QNetworkAccessManager &nam, const QUrl &url, const QString &user, const QString &secret, int *status)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestHarborJsonFastSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simPages_data();
    void simPages();
};

void TestHarborJsonFastSim::simPages_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::newRow("demo") << QStringList() << SimAccounts::kAdmin << SimAccounts::kAdminPassword;
    QTest::newRow("generated") << QStringList {QStringLiteral("--generate"),
        QStringLiteral("projects=2,repos=4,tags=30")}
                               << SimAccounts::kBench << SimAccounts::kBenchSecret;
}

void TestHarborJsonFastSim::simPages()
{
    QFETCH(QStringList, options);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    if (!HarborJson::fastArtifactsAvailable())
        QSKIP("built without simdjson (BERTH_SIMDJSON=OFF)");

    SimServer sim;
    QVERIFY2(sim.start(options
                 + QStringList {QStringLiteral("--harbor-version"), QStringLiteral("v2.12.0"),
                     QStringLiteral("--auth-fail-delay"), QStringLiteral("0")}),
        qPrintable(sim.errorString()));
    QNetworkAccessManager nam;
    int status = 0;
    const auto projects = HarborJson::parseProjects(
        get(nam, sim.url().resolved(QUrl(QStringLiteral("/api/v2.0/projects?page_size=100"))), user, secret, &status));
    QCOMPARE(status, 200);
    QVERIFY2(projects.ok(), qPrintable(projects.error));
    QVERIFY(!projects.value.isEmpty());

    int pages = 0;
    int artifacts = 0;
    for (const Project &p : projects.value) {
        for (int page = 1;; ++page) {
            const QUrl url = sim.url().resolved(QUrl(
                QStringLiteral("/api/v2.0/projects/%1/artifacts?with_tag=true&with_label=true&with_scan_overview=true"
                               "&with_accessory=true&with_immutable_status=true&page_size=25&page=%2")
                    .arg(p.id)
                    .arg(page)));
            const QByteArray body = get(nam, url, user, secret, &status);
            QVERIFY2(status == 200, qPrintable(url.toString() + QStringLiteral(": ") + QString::number(status)));
            const auto want = HarborJson::parseArtifactsReference(body);
            QVERIFY2(want.ok(), qPrintable(want.error));
            const auto got = HarborJson::parseArtifacts(body);
            QCOMPARE(got.error, want.error);
            QCOMPARE(ArtifactDump::lines(got.value), ArtifactDump::lines(want.value));
            const auto fast = HarborJson::parseArtifactsFast(body);
            QVERIFY2(fast.has_value(), qPrintable(QStringLiteral("the fast path declined ") + url.toString()));
            QCOMPARE(ArtifactDump::lines(*fast), ArtifactDump::lines(want.value));
            ++pages;
            artifacts += int(want.value.size());
            if (want.value.size() < 25)
                break;
        }
    }
    qInfo("%d pages, %d artifacts compared", pages, artifacts);
    QVERIFY(artifacts > 0);
}

QTEST_GUILESS_MAIN(TestHarborJsonFastSim)
#include "tst_harborjsonfast_sim.moc"
