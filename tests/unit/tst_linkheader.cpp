// The rel="next" target of an RFC 8288 Link header, as registries page /v2/_catalog and
// tags/list with it: resolved against the page's URL, same origin only, never half-read.

#include "core/LinkHeader.h"

#include <QtTest>

using namespace berth;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
};

void TestLinkHeader::next_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected"); // empty: none
    QTest::addColumn<bool>("crossOrigin");
    QTest::addColumn<bool>("malformed");

    const QString base = QStringLiteral("http://127.0.0.1:5000/v2/_catalog?n=2");
    const QString https = QStringLiteral("https://registry.example/v2/_catalog?n=2");

    // distribution 2.8 registry/handlers/catalog.go: `<%s>; rel="next"` with a path-absolute URL.
    QTest::newRow("distribution: quoted rel, path-absolute")
        << QByteArray("</v2/_catalog?last=b&n=2>; rel=\"next\"") << base
        << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b&n=2") << false << false;
    QTest::newRow("unquoted rel") << QByteArray("</v2/_catalog?last=b&n=2>; rel=next") << base
                                  << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b&n=2") << false << false;
    QTest::newRow("rel in capitals, spaces around =")
        << QByteArray("</v2/_catalog?last=b&n=2> ; REL = \"Next\"") << base
        << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b&n=2") << false << false;
    QTest::newRow("several relation types")
        << QByteArray("</v2/_catalog?last=b&n=2>; rel=\"last next\"") << base
        << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b&n=2") << false << false;
    QTest::newRow("prev then next") << QByteArray(
        "</v2/_catalog?n=2>; rel=\"prev\", </v2/_catalog?last=d&n=2>; rel=\"next\"")
                                    << base << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=d&n=2") << false
                                    << false;
    QTest::newRow("next then other params and a link")
        << QByteArray("</v2/_catalog?last=d&n=2>; rel=\"next\"; title=\"page, two; yes\", <https://docs.example/>; "
                      "rel=\"help\"")
        << base << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=d&n=2") << false << false;
    QTest::newRow("only prev") << QByteArray("</v2/_catalog?n=2>; rel=\"prev\"") << base << QString() << false << false;
    QTest::newRow("rel=nextpage is not next")
        << QByteArray("</v2/_catalog?last=b>; rel=\"nextpage\"") << base << QString() << false << false;
    QTest::newRow("only the first rel counts")
        << QByteArray("</v2/_catalog?last=b>; rel=\"prev\"; rel=\"next\"") << base << QString() << false << false;
    QTest::newRow("empty header") << QByteArray() << base << QString() << false << false;
    QTest::newRow("spaces only") << QByteArray("   ") << base << QString() << false << false;
    QTest::newRow("relative to the page: query only")
        << QByteArray("<?last=b&n=2>; rel=\"next\"") << base
        << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b&n=2") << false << false;
    QTest::newRow("relative path") << QByteArray("<list?last=v9>; rel=\"next\"")
                                   << QStringLiteral("https://registry.example/v2/a/b/tags/list?n=10")
                                   << QStringLiteral("https://registry.example/v2/a/b/tags/list?last=v9") << false
                                   << false;
    QTest::newRow("absolute, same origin")
        << QByteArray("<https://registry.example/v2/_catalog?last=x&n=2>; rel=next") << https
        << QStringLiteral("https://registry.example/v2/_catalog?last=x&n=2") << false << false;
    QTest::newRow("absolute, explicit default port")
        << QByteArray("<https://registry.example:443/v2/_catalog?last=x>; "
                      "rel=next")
        << https << QStringLiteral("https://registry.example:443/v2/_catalog?last=x") << false << false;
    QTest::newRow("host in capitals is the same host")
        << QByteArray("<https://REGISTRY.example/v2/_catalog?last=x>; rel=next") << https
        << QStringLiteral("https://registry.example/v2/_catalog?last=x") << false << false;
    QTest::newRow("a fragment is dropped")
        << QByteArray("</v2/_catalog?last=b#frag>; rel=next") << base
        << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b") << false << false;
    QTest::newRow("the same next twice") << QByteArray(
        "</v2/_catalog?last=b>; rel=next, </v2/_catalog?last=b>; rel=next")
                                         << base << QStringLiteral("http://127.0.0.1:5000/v2/_catalog?last=b") << false
                                         << false;

    // Another origin: never followed, and said so.
    QTest::newRow("cross origin: other host")
        << QByteArray("<https://evil.example/v2/_catalog?last=x>; rel=\"next\"") << https << QString() << true << false;
    QTest::newRow("cross origin: other port")
        << QByteArray("<http://127.0.0.1:5001/v2/_catalog?last=x>; rel=next") << base << QString() << true << false;
    QTest::newRow("cross origin: https to http")
        << QByteArray("<http://registry.example/v2/_catalog?last=x>; rel=next") << https << QString() << true << false;
    QTest::newRow("cross origin: scheme-relative")
        << QByteArray("<//evil.example/v2/_catalog?last=x>; rel=next") << https << QString() << true << false;
    QTest::newRow("cross origin: localhost is not 127.0.0.1")
        << QByteArray("<http://localhost:5000/v2/_catalog?last=x>; rel=next") << base << QString() << true << false;

    // Garbage: unreadable, so the caller can refuse rather than stop as if the list ended.
    QTest::newRow("garbage: no angle brackets")
        << QByteArray("rel=next /v2/_catalog?last=b") << base << QString() << false << true;
    QTest::newRow("garbage: unclosed <") << QByteArray("</v2/_catalog?last=b; rel=next") << base << QString() << false
                                         << true;
    QTest::newRow("garbage: unclosed quote")
        << QByteArray("</v2/_catalog?last=b>; rel=\"next") << base << QString() << false << true;
    QTest::newRow("garbage: text after the URL")
        << QByteArray("</v2/_catalog?last=b> rel=next") << base << QString() << false << true;
    QTest::newRow("garbage: two different next links")
        << QByteArray("</v2/_catalog?last=b>; rel=next, </v2/_catalog?last=c>; rel=next") << base << QString() << false
        << true;
    QTest::newRow("garbage: empty next target") << QByteArray("<>; rel=next") << base << QString() << false << true;
    QTest::newRow("garbage: next to another scheme")
        << QByteArray("<ftp://127.0.0.1:5000/v2/_catalog>; rel=next") << base << QString() << false << true;
    QTest::newRow("garbage: next with userinfo")
        << QByteArray("<http://user:pw@127.0.0.1:5000/v2/_catalog?last=b>; rel=next") << base << QString() << false
        << true;
    QTest::newRow("garbage: a space inside the URL")
        << QByteArray("</v2/_cat alog?last=b>; rel=next") << base << QString() << false << true;
    QTest::newRow("garbage: too long") << (QByteArray("</v2/_catalog?last=") + QByteArray(20000, 'a') + "> ; rel=next")
                                       << base << QString() << false << true;
}

void TestLinkHeader::next()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QFETCH(bool, crossOrigin);
    QFETCH(bool, malformed);

    bool cross = !crossOrigin; // set to the wrong value, so the test sees that it is written
    bool bad = !malformed;
    const QUrl next = nextLink(header, QUrl(base), &cross, &bad);
    QCOMPARE(next.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(next.isValid(), !expected.isEmpty());
    QCOMPARE(cross, crossOrigin);
    QCOMPARE(bad, malformed);
    // The optional outputs may be left out.
    QCOMPARE(nextLink(header, QUrl(base)).toString(QUrl::FullyEncoded), expected);
}

QTEST_APPLESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
