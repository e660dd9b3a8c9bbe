// HttpResponseParser: the HTTP/1.1 response reader behind PlainHttpPool. Every row is read twice,
// whole and one byte at a time, and must give the same answer both ways.
#include "core/HttpResponseParser.h"

#include <QtTest>

using berth::HttpResponseParser;

namespace {

enum class Outcome { Done, Failed, Incomplete };

struct Result
{
    HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    bool keepAlive = false;
    QString failure;
    qsizetype used = 0;
};

Result run(const QByteArray &bytes, bool head, bool closeAtEnd, bool byteByByte)
{
    HttpResponseParser p(head);
    Result r;
    if (byteByByte) {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const qsizetype n = p.feed(bytes.constData() + i, 1, r.body);
            r.used += n;
            if (n == 0)
                break;
        }
    } else {
        r.used = p.feed(bytes.constData(), bytes.size(), r.body);
    }
    if (closeAtEnd)
        p.closed();
    r.state = p.state();
    r.status = p.status();
    r.keepAlive = p.keepAlive();
    r.failure = p.failure();
    return r;
}

} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("head");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::addColumn<QString>("failure"); // a part of the reason

        const int done = int(Outcome::Done), failed = int(Outcome::Failed), incomplete = int(Outcome::Incomplete);
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false
                                        << false << done << 200 << QByteArray("hello") << true << QString();
        QTest::newRow("content-length, body still coming")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello") << false << false << incomplete << 200
            << QByteArray("hello") << true << QString();
        QTest::newRow("content-length, closed early")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nhello") << false << true << failed << 200
            << QByteArray("hello") << false << QStringLiteral("before the whole body");
        QTest::newRow("content-length 0") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false
                                          << false << done << 200 << QByteArray() << true << QString();
        QTest::newRow("repeated equal lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok") << false << false
            << done << 200 << QByteArray("ok") << true << QString();
        QTest::newRow("two different lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok") << false << false
            << failed << 200 << QByteArray() << false << QStringLiteral("two different Content-Length");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false
                                         << false << failed << 200 << QByteArray() << false
                                         << QStringLiteral("not a usable number");
        QTest::newRow("length of 19 digits")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9999999999999999999\r\n\r\n") << false << false << failed
            << 200 << QByteArray() << false << QStringLiteral("not a usable number");
        QTest::newRow("chunked, extensions and a trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n6\r\n "
                          "world\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << false << false << done << 200 << QByteArray("hello world") << true << QString();
        QTest::newRow("chunked, upper-case hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
                          "A\r\n0123456789\r\n0\r\n\r\n")
            << false << false << done << 200 << QByteArray("0123456789") << true << QString();
        QTest::newRow("chunked beside a length: chunked wins, not reused")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 100\r\n\r\n2\r\nok\r\n0\r\n\r\n")
            << false << false << done << 200 << QByteArray("ok") << false << QString();
        QTest::newRow("chunk size not hexadecimal")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false << false << failed
            << 200 << QByteArray() << false << QStringLiteral("not a hexadecimal");
        QTest::newRow("chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << false << false
            << failed << 200 << QByteArray("ab") << false << QStringLiteral("longer than its size");
        QTest::newRow("chunk size overflows")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n") << false
            << false << failed << 200 << QByteArray() << false << QStringLiteral("too large");
        QTest::newRow("chunked, closed before the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n") << false << true << failed
            << 200 << QByteArray("ok") << false << QStringLiteral("before the whole body");
        QTest::newRow("a transfer coding never asked for")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << false << false << failed
            << 200 << QByteArray() << false << QStringLiteral("transfer coding");
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nabc") << false << true << done << 200
                                     << QByteArray("abc") << false << QString();
        QTest::newRow("until close, still open") << QByteArray("HTTP/1.1 200 OK\r\n\r\nabc") << false << false
                                                 << incomplete << 200 << QByteArray("abc") << false << QString();
        QTest::newRow("HEAD has no body whatever the length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n") << true << false << done << 200
            << QByteArray() << true << QString();
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << false << done << 204
                             << QByteArray() << true << QString();
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 7\r\n\r\n") << false << false
                             << done << 304 << QByteArray() << true << QString();
        QTest::newRow("100 Continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok") << false
            << false << done << 201 << QByteArray("ok") << true << QString();
        QByteArray interims;
        for (int i = 0; i <= HttpResponseParser::kMaxInterimResponses; ++i)
            interims += "HTTP/1.1 102 Processing\r\n\r\n";
        QTest::newRow("interim responses without end")
            << interims + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" << false << false << failed << 102
            << QByteArray() << false << QStringLiteral("interim (1xx) responses");
        QTest::newRow("bare LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << false
                                           << done << 200 << QByteArray("ok") << true << QString();
        QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n") << false << false
                                          << done << 404 << QByteArray() << true << QString();
        QTest::newRow("Connection: close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: "
                                                         "2\r\n\r\nok")
                                           << false << false << done << 200 << QByteArray("ok") << false << QString();
        QTest::newRow("HTTP/1.0 is not kept") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok") << false
                                              << false << done << 200 << QByteArray("ok") << false << QString();
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok") << false << false
            << done << 200 << QByteArray("ok") << true << QString();
        QTest::newRow("not HTTP/1.x") << QByteArray("HTTP/2 200\r\n\r\n") << false << false << failed << 0
                                      << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("not HTTP at all") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << false << failed << 0
                                         << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("status of two digits") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << false << failed << 0
                                              << QByteArray() << false << QStringLiteral("status line");
        QTest::newRow("switching protocols")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << false << false << failed << 101 << QByteArray()
            << false << QStringLiteral("switched protocols");
        QTest::newRow("field without a colon")
            << QByteArray("HTTP/1.1 200 OK\r\nBroken\r\n\r\n") << false << false << failed << 200 << QByteArray()
            << false << QStringLiteral("without a field name");
        QTest::newRow("white space before the colon")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok") << false << false << failed << 200
            << QByteArray() << false << QStringLiteral("not a token");
        QTest::newRow("closed before anything") << QByteArray() << false << true << failed << 0 << QByteArray() << false
                                                << QStringLiteral("before any response");
        QTest::newRow("closed inside the header")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-") << false << true << failed << 0 << QByteArray() << false
            << QStringLiteral("middle of the response's header");

        QByteArray big("HTTP/1.1 200 OK\r\n");
        while (big.size() <= HttpResponseParser::kMaxHeaderBytes)
            big += "X-Filler: " + QByteArray(100, 'a') + "\r\n";
        QTest::newRow("header block over 64 KiB")
            << big << false << false << failed << 0 << QByteArray() << false << QStringLiteral("larger than 64 KiB");
        QByteArray many("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i <= HttpResponseParser::kMaxHeaderFields; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        many += "\r\n";
        QTest::newRow("too many fields") << many << false << false << failed << 200 << QByteArray() << false
                                         << QStringLiteral("more than 200 header fields");
    }

    void responses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, head);
        QFETCH(bool, closeAtEnd);
        QFETCH(int, outcome);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        QFETCH(QString, failure);
        for (const bool byteByByte : {false, true}) {
            const Result r = run(bytes, head, closeAtEnd, byteByByte);
            const QByteArray how = byteByByte ? "one byte at a time" : "whole";
            const HttpResponseParser::State want = outcome == int(Outcome::Done) ? HttpResponseParser::State::Done
                : outcome == int(Outcome::Failed)                                ? HttpResponseParser::State::Failed
                                                                                 : HttpResponseParser::State::Body;
            QVERIFY2(r.state == want,
                qPrintable(how + ": state " + QByteArray::number(int(r.state)) + " " + r.failure.toUtf8()));
            QCOMPARE(r.status, status);
            QCOMPARE(r.body, body);
            if (outcome == int(Outcome::Done))
                QCOMPARE(r.keepAlive, keepAlive);
            if (outcome == int(Outcome::Failed)) {
                QVERIFY2(r.failure.contains(failure), qPrintable(how + ": " + r.failure.toUtf8()));
                QVERIFY(!r.keepAlive);
            } else {
                QVERIFY(r.failure.isEmpty());
            }
        }
    }

    void fieldsKeepTheirOrderAndRepeats()
    {
        const QByteArray bytes("HTTP/1.1 401 Unauthorized\r\nSet-Cookie: a=1\r\nWWW-Authenticate: Basic "
                               "realm=\"x\"\r\nSet-Cookie: b=2\r\nX-Folded: one\r\n two\r\nContent-Length: 0\r\n\r\n");
        HttpResponseParser p;
        QByteArray body;
        QCOMPARE(p.feed(bytes.constData(), bytes.size(), body), bytes.size());
        QVERIFY(p.isDone());
        QCOMPARE(p.reason(), QByteArray("Unauthorized"));
        const auto &h = p.headers();
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.at(0), qMakePair(QByteArray("Set-Cookie"), QByteArray("a=1")));
        QCOMPARE(h.at(1), qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"x\"")));
        QCOMPARE(h.at(2), qMakePair(QByteArray("Set-Cookie"), QByteArray("b=2")));
        QCOMPARE(h.at(3), qMakePair(QByteArray("X-Folded"), QByteArray("one two")));
    }

    void bytesAfterTheResponseAreNotTaken()
    {
        // A second response behind the first (or anything else) belongs to no request: the
        // caller sees it was left over and does not reuse the connection.
        const QByteArray first("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        const QByteArray bytes = first + "HTTP/1.1 200 OK\r\n";
        HttpResponseParser p;
        QByteArray body;
        QCOMPARE(p.feed(bytes.constData(), bytes.size(), body), first.size());
        QVERIFY(p.isDone());
        QCOMPARE(body, QByteArray("ok"));
    }

    void nothingReceivedUntilTheFirstByte()
    {
        HttpResponseParser p;
        QVERIFY(p.nothingReceived());
        QByteArray body;
        p.feed("H", 1, body);
        QVERIFY(!p.nothingReceived());
        p.reset(false);
        QVERIFY(p.nothingReceived());
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
