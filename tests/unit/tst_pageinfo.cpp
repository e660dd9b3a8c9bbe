// Pagination headers: X-Total-Count, Link (Harbor's exact format) and the page arithmetic.

#include "core/PageInfo.h"

#include <limits>
#include <QtTest>

using namespace berth;

class TestPageInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalCount_data();
    void totalCount();
    void link_data();
    void link();
    void pageCount_data();
    void pageCount();
};

void TestPageInfo::totalCount_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("plain") << QByteArray("42") << true << qint64(42);
    QTest::newRow("leading zeros") << QByteArray("007") << true << qint64(7);
    QTest::newRow("surrounding spaces") << QByteArray("  250 ") << true << qint64(250);
    QTest::newRow("tab and CRLF") << QByteArray("\t101\r\n") << true << qint64(101);
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << true << qint64(999999999999999999LL);
    QTest::newRow("negative") << QByteArray("-1") << false << qint64(0);
    QTest::newRow("explicit plus") << QByteArray("+5") << false << qint64(0);
    QTest::newRow("garbage") << QByteArray("lots") << false << qint64(0);
    QTest::newRow("digits then garbage") << QByteArray("12abc") << false << qint64(0);
    QTest::newRow("inner space") << QByteArray("1 2") << false << qint64(0);
    QTest::newRow("decimal") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("exponent") << QByteArray("1e3") << false << qint64(0);
    QTest::newRow("hex") << QByteArray("0x10") << false << qint64(0);
    QTest::newRow("huge 20 digits") << QByteArray("99999999999999999999") << false << qint64(0);
    QTest::newRow("int64 max + 1") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("only spaces") << QByteArray("   ") << false << qint64(0);
    QTest::newRow("two values (repeated header joined)") << QByteArray("10, 10") << false << qint64(0);
}

void TestPageInfo::totalCount()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const std::optional<qint64> n = PageInfo::parseTotalCount(header);
    QCOMPARE(n.has_value(), valid);
    if (valid)
        QCOMPARE(*n, expected);
}

void TestPageInfo::link_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("prev");
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("malformed");

    // Harbor's exact output (src/lib/link.go): entries joined by " , ", path+query only.
    QTest::newRow("harbor prev and next") << QByteArray("</api/v2.0/projects?page=1&page_size=10>; rel=\"prev\" , "
                                                        "</api/v2.0/projects?page=3&page_size=10>; rel=\"next\"")
                                          << QStringLiteral("/api/v2.0/projects?page=1&page_size=10")
                                          << QStringLiteral("/api/v2.0/projects?page=3&page_size=10") << false;
    QTest::newRow("next only") << QByteArray("</api/v2.0/projects?page=2&page_size=100>; rel=\"next\"") << QString()
                               << QStringLiteral("/api/v2.0/projects?page=2&page_size=100") << false;
    QTest::newRow("prev only") << QByteArray("</api/v2.0/projects?page=4&page_size=100>; rel=\"prev\"")
                               << QStringLiteral("/api/v2.0/projects?page=4&page_size=100") << QString() << false;
    QTest::newRow("next listed first") << QByteArray(
        "</p?page=3&page_size=10>; rel=\"next\" , </p?page=1&page_size=10>; rel=\"prev\"")
                                       << QStringLiteral("/p?page=1&page_size=10")
                                       << QStringLiteral("/p?page=3&page_size=10") << false;
    // The server unescapes the query before writing it, so q may hold raw spaces and commas.
    QTest::newRow("query with raw spaces and commas")
        << QByteArray("</api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts?page=1&page_size=10"
                      "&q=tags=~v1,labels=(5 6)&sort=-push_time,name>; rel=\"prev\" , "
                      "</api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts?page=3&page_size=10"
                      "&q=tags=~v1,labels=(5 6)&sort=-push_time,name>; rel=\"next\"")
        << QStringLiteral("/api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts?page=1&page_size=10"
                          "&q=tags=~v1,labels=(5 6)&sort=-push_time,name")
        << QStringLiteral("/api/v2.0/projects/library/repositories/tools%252Fnginx/artifacts?page=3&page_size=10"
                          "&q=tags=~v1,labels=(5 6)&sort=-push_time,name")
        << false;
    QTest::newRow("query with raw percent and unicode")
        << QByteArray("</api/v2.0/projects?page=2&page_size=10&q=name=~50% caf\xc3\xa9>; rel=\"next\"") << QString()
        << QStringLiteral("/api/v2.0/projects?page=2&page_size=10&q=name=~50% caf\u00e9") << false;
    QTest::newRow("unquoted rel") << QByteArray("</p?page=2>; rel=next") << QString() << QStringLiteral("/p?page=2")
                                  << false;
    QTest::newRow("comma separator without spaces")
        << QByteArray("</p?page=1>; rel=\"prev\",</p?page=3>; rel=\"next\"") << QStringLiteral("/p?page=1")
        << QStringLiteral("/p?page=3") << false;
    QTest::newRow("unknown rel ignored") << QByteArray("</p?page=1>; rel=\"first\" , </p?page=3>; rel=\"next\"")
                                         << QString() << QStringLiteral("/p?page=3") << false;
    QTest::newRow("empty header") << QByteArray() << QString() << QString() << false;
    QTest::newRow("blank header") << QByteArray("   ") << QString() << QString() << false;
    QTest::newRow("garbage") << QByteArray("this is not a link header") << QString() << QString() << true;
    QTest::newRow("unterminated <") << QByteArray("</api/v2.0/projects?page=2&page_size=10; rel=\"next\"") << QString()
                                    << QString() << true;
    QTest::newRow("second entry unterminated") << QByteArray("</p?page=1>; rel=\"prev\" , </p?page=3; rel=\"next\"")
                                               << QStringLiteral("/p?page=1") << QString() << true;
    QTest::newRow("no rel parameter") << QByteArray("</p?page=2>") << QString() << QString() << true;
}

void TestPageInfo::link()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, prev);
    QFETCH(QString, next);
    QFETCH(bool, malformed);

    const PageInfo::Links links = PageInfo::parseLink(header);
    QCOMPARE(links.prev, prev);
    QCOMPARE(links.next, next);
    QCOMPARE(links.malformed, malformed);
}

void TestPageInfo::pageCount_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("expected");

    QTest::newRow("0 items") << qint64(0) << 100 << 5000 << 1;
    QTest::newRow("1 item") << qint64(1) << 100 << 5000 << 1;
    QTest::newRow("99 items") << qint64(99) << 100 << 5000 << 1;
    QTest::newRow("100 items") << qint64(100) << 100 << 5000 << 1;
    QTest::newRow("101 items") << qint64(101) << 100 << 5000 << 2;
    QTest::newRow("250 items") << qint64(250) << 100 << 5000 << 3;
    QTest::newRow("250 items, page size 10") << qint64(250) << 10 << 5000 << 25;
    QTest::newRow("250 items, page size 1") << qint64(250) << 1 << 5000 << 250;
    QTest::newRow("negative total") << qint64(-5) << 100 << 5000 << 1;
    QTest::newRow("exactly at cap") << qint64(500000) << 100 << 5000 << 5000;
    QTest::newRow("one page over cap") << qint64(500001) << 100 << 5000 << 5000;
    QTest::newRow("lying total, capped") << qint64(999999999999999999LL) << 100 << 5000 << 5000;
    QTest::newRow("cap of 1") << qint64(250) << 100 << 1 << 1;
    QTest::newRow("zero page size") << qint64(250) << 0 << 5000 << 1;
    QTest::newRow("zero cap") << qint64(250) << 100 << 0 << 1;
    QTest::newRow("int64 max total") << std::numeric_limits<qint64>::max() << 100 << 5000 << 5000;
}

void TestPageInfo::pageCount()
{
    QFETCH(qint64, total);
    QFETCH(int, pageSize);
    QFETCH(int, cap);
    QFETCH(int, expected);

    QCOMPARE(PageInfo::pageCount(total, pageSize, cap), expected);
}

QTEST_APPLESS_MAIN(TestPageInfo)
#include "tst_pageinfo.moc"
