// A hostile server must not be able to exhaust our memory through the list path: a page with more
// items than page_size, endless pages without X-Total-Count, pages of 60 MB, lists that pass the
// caps for one list or one session. Each case must end, with an error that names the cap and its
// value (cause bad_response), while the peak memory of this process (VmHWM: client and server)
// grows by less than kMaxGrowthMb.

#include "api/HarborClient.h"
#include "BerthctlProcess.h"
#include "diagnosis/ErrorPresenter.h"
#include "HostileListServer.h"

#include <limits>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace berth;
using Shape = HostileListServer::Shape;

Q_DECLARE_METATYPE(HostileListServer::Shape)

namespace {

constexpr qint64 kMaxGrowthMb = 300;
constexpr qint64 kMiB = 1024 * 1024;

qint64 statusKb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Peak memory from here on: VmHWM is reset to the current RSS ("5" to /proc/self/clear_refs,
// Linux 4.0+, see proc(5)), so each case is measured from where it starts.
struct PeakMemory
{
    qint64 baseKb = 0;
    PeakMemory()
    {
        QFile f(QStringLiteral("/proc/self/clear_refs"));
        const bool reset = f.open(QIODevice::WriteOnly) && f.write("5") == 1;
        f.close();
        // Without the reset the growth is measured from the old peak: it can only under-report.
        if (!reset)
            qWarning("cannot reset VmHWM; peak growth is measured from the process's earlier peak");
        baseKb = reset ? statusKb("VmRSS") : statusKb("VmHWM");
    }
    qint64 growthMb() const { return (statusKb("VmHWM") - baseKb) / 1024; }
};

struct Outcome
{
    bool finished = false;
    ApiError error;
    qint64 items = 0;
    int requests = 0;
    qint64 growthMb = 0;
};

ConnectionSettings settingsFor(const HostileListServer &server, const QVariantMap &overrides)
{
    ConnectionSettings s;
    s.baseUrl = server.url();
    s.timeoutMs = 20000;
    s.maxListBytes = overrides.value(QStringLiteral("maxListBytes"), s.maxListBytes).toLongLong();
    s.maxListItems = overrides.value(QStringLiteral("maxListItems"), s.maxListItems).toLongLong();
    s.maxPages = overrides.value(QStringLiteral("maxPages"), s.maxPages).toInt();
    s.maxSessionItems = overrides.value(QStringLiteral("maxSessionItems"), s.maxSessionItems).toLongLong();
    s.maxSessionBytes = overrides.value(QStringLiteral("maxSessionBytes"), s.maxSessionBytes).toLongLong();
    return s;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    QTemporaryDir home;
    BerthctlProcess ctl {home.path()};

    // One list of projects, with every item kept, as berthctl ls --all and the tree keep them.
    Outcome listOnce(HostileListServer &server, const ConnectionSettings &settings)
    {
        Outcome o;
        const PeakMemory peak;
        {
            HarborClient client(settings);
            QList<Project> kept;
            client.listProjects(
                {}, this,
                [&](const QList<Project> &items, qint64) {
                    kept += items;
                    o.items += items.size();
                },
                [&](const ApiError &e) {
                    o.error = e;
                    o.finished = true;
                });
            o.finished = QTest::qWaitFor([&] { return o.finished; }, 120000);
            o.growthMb = peak.growthMb();
        }
        o.requests = server.listRequests();
        return o;
    }

    // `lists` lists of the same client, each started from the previous one's end: one session.
    Outcome chainedLists(HarborClient &client, int lists)
    {
        Outcome o;
        std::function<void(int)> next = [&](int left) {
            client.listProjects(
                {}, this, [&](const QList<Project> &items, qint64) { o.items += items.size(); },
                [&, left](const ApiError &e) {
                    o.error = e;
                    if (e || left == 1)
                        o.finished = true;
                    else
                        next(left - 1);
                });
        };
        next(lists);
        o.finished = QTest::qWaitFor([&] { return o.finished; }, 60000);
        return o;
    }

    static void checkShownAsBadResponse(const ApiError &e, const QString &capText)
    {
        QCOMPARE(int(e.kind), int(ApiError::Kind::BadResponse));
        QVERIFY2(e.detail.contains(capText), qPrintable(e.summary()));
        QCOMPARE(causeId(ErrorPresenter::causeOf(e)), QStringLiteral("bad_response"));
        // The words the dialog, berthctl and the tree's error row show carry the cap.
        QVERIFY2(ErrorPresenter::present(e).explanation.contains(capText), qPrintable(e.summary()));
        QVERIFY2(e.summary().contains(capText), qPrintable(e.summary()));
    }

private Q_SLOTS:
    void cleanup() { ctl.printTranscriptIfFailed(); }

    void hostilePages_data()
    {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<QVariantMap>("overrides");
        QTest::addColumn<QString>("capText");
        QTest::addColumn<int>("maxRequests");

        QTest::newRow("a million {} in one 3 MB page")
            << Shape::MillionEmptyObjects << QVariantMap {}
            << QStringLiteral("a page of 1000000 items, more than the page_size=100") << 1;
        QTest::newRow("60 MB pages, no Content-Length")
            << Shape::HugePages << QVariantMap {}
            << QStringLiteral("a list page larger than 8 MiB, the cap for one page of a list") << 1;
        QTest::newRow("60 MB pages with Content-Length")
            << Shape::HugePagesWithLength << QVariantMap {}
            << QStringLiteral("a list page larger than 8 MiB, the cap for one page of a list") << 1;
        // The default cap for one list is 1 GiB: 500 pages of 2 MB. A lower cap keeps the run
        // short; the path is the same.
        QTest::newRow("endless 2 MB pages, no X-Total-Count, Link next")
            << Shape::EndlessFatPages << QVariantMap {{QStringLiteral("maxListBytes"), 40 * kMiB}}
            << QStringLiteral("a list larger than 40 MiB, the cap for one list") << 21;
        QTest::newRow("endless small pages, no X-Total-Count, Link next")
            << Shape::EndlessSmallPages << QVariantMap {{QStringLiteral("maxPages"), 30}}
            << QStringLiteral("a list that did not end after 30 pages, the cap for one list") << 30;
        QTest::newRow("a list longer than the cap for one list")
            << Shape::Legit << QVariantMap {{QStringLiteral("maxListItems"), 250}}
            << QStringLiteral("a list of more than 250 items, the cap for one list") << 10;
    }

    void hostilePages()
    {
        QFETCH(Shape, shape);
        QFETCH(QVariantMap, overrides);
        QFETCH(QString, capText);
        QFETCH(int, maxRequests);

        HostileListServer::Config config;
        config.shape = shape;
        config.total = 1000;
        HostileListServer server(config);
        QVERIFY(server.start());
        const ConnectionSettings settings = settingsFor(server, overrides);
        const Outcome o = listOnce(server, settings);
        qInfo("%s: peak memory +%lld MB, %d list requests, %lld items, %s", QTest::currentDataTag(), o.growthMb,
            o.requests, o.items, qPrintable(o.error.summary()));

        QVERIFY2(o.finished, "the list did not end");
        checkShownAsBadResponse(o.error, capText);
        QVERIFY2(o.requests <= maxRequests, qPrintable(QString::number(o.requests)));
        QVERIFY(o.items <= settings.maxListItems);
        QVERIFY2(o.growthMb < kMaxGrowthMb, qPrintable(QStringLiteral("+%1 MB").arg(o.growthMb)));
    }

    // Lists that each stay under the caps for one list still add up: started back to back, they
    // are one session.
    void sessionCaps_data()
    {
        QTest::addColumn<QVariantMap>("overrides");
        QTest::addColumn<QString>("capText");

        QTest::newRow("items") << QVariantMap {{QStringLiteral("maxSessionItems"), 600}}
                               << QStringLiteral("more than 600 list items in one session, the cap for one session");
        // Each list is 250 items of about 1 KB: the fourth or fifth passes 1 MiB.
        QTest::newRow("bytes") << QVariantMap {{QStringLiteral("maxSessionBytes"), kMiB}}
                               << QStringLiteral("more than 1 MiB of lists in one session, the cap for one session");
    }

    void sessionCaps()
    {
        QFETCH(QVariantMap, overrides);
        QFETCH(QString, capText);

        HostileListServer::Config config;
        config.itemBytes = 1000;
        HostileListServer server(config);
        QVERIFY(server.start());
        HarborClient client(settingsFor(server, overrides));
        const Outcome o = chainedLists(client, 10);
        QVERIFY2(o.finished, "the lists did not end");
        checkShownAsBadResponse(o.error, capText);
        QVERIFY(o.items < 10 * 250);
        QVERIFY(client.sessionUsage().items <= client.settings().maxSessionItems);
        QVERIFY(client.sessionUsage().bytes <= client.settings().maxSessionBytes);
    }

    // A client left idle starts a new session, so a window open for days is not refused because
    // of earlier refreshes; without the idle time, the same lists hit the cap.
    void idleClientStartsANewSession_data()
    {
        QTest::addColumn<int>("idleResetMs");
        QTest::addColumn<bool>("refused");
        QTest::newRow("reset after any idle time") << 0 << false;
        QTest::newRow("never reset") << std::numeric_limits<int>::max() << true;
    }

    void idleClientStartsANewSession()
    {
        QFETCH(int, idleResetMs);
        QFETCH(bool, refused);

        HostileListServer server(HostileListServer::Config {});
        QVERIFY(server.start());
        ConnectionSettings s = settingsFor(server, {{QStringLiteral("maxSessionItems"), 600}});
        s.sessionIdleResetMs = idleResetMs;
        HarborClient client(s);
        ApiError last;
        for (int i = 0; i < 4 && !last; ++i) {
            bool done = false;
            client.listProjects({}, this, {}, [&](const ApiError &e) { last = e, done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000); // back in the event loop: the client is idle
        }
        QCOMPARE(last.isError(), refused);
    }

    // Outside the list path the same caps hold for one document: a body of millions of numbers
    // is refused before QJsonDocument builds it, for a typed GET and for a DELETE's answer.
    void nonListAnswersAreCapped_data()
    {
        QTest::addColumn<bool>("deleting");
        QTest::newRow("users/current") << false;
        QTest::newRow("the answer to a DELETE") << true;
    }

    void nonListAnswersAreCapped()
    {
        QFETCH(bool, deleting);
        HostileListServer::Config config;
        config.shape = Shape::ManyValues;
        HostileListServer server(config);
        QVERIFY(server.start());
        HarborClient client(settingsFor(server, {}));
        bool done = false;
        ApiError error;
        if (deleting)
            client.deleteTag(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("t"), QStringLiteral("t"), this,
                [&](const ApiError &e) { error = e, done = true; });
        else
            client.currentUser(this, [&](const CurrentUser &, const ApiError &e) { error = e, done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        checkShownAsBadResponse(error, QStringLiteral("more than 2000000 JSON values, the cap for one response"));
    }

    // berthctl shows the same error: the cause id, the cap, exit 1.
    void berthctlNamesTheCap()
    {
        QVERIFY(!qgetenv("BERTHCTL").isEmpty());
        HostileListServer::Config config;
        config.shape = Shape::MillionEmptyObjects;
        HostileListServer server(config);
        QVERIFY(server.start());
        const BerthctlRun r = ctl.run({QStringLiteral("ls"), QStringLiteral("--url"), server.url().toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad_response"), r.err.constData());
        QVERIFY2(r.err.contains("a page of 1000000 items, more than the page_size=100"), r.err.constData());
        QCOMPARE(server.listRequests(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
