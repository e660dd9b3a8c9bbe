// The cheap look at a body before it is parsed: top-level items (the page_size check), containers
// and values (what the parse would cost), and the refusals that name the cap.

#include "core/HarborJson.h"
#include "core/JsonShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace berth;

namespace {

QByteArray repeated(const QByteArray &head, const QByteArray &unit, qint64 count, const QByteArray &tail)
{
    QByteArray b = head;
    b.reserve(head.size() + count * (unit.size() + 1) + tail.size());
    for (qint64 i = 0; i < count; ++i) {
        if (i)
            b += ',';
        b += unit;
    }
    return b + tail;
}

// The scan stepping over every byte, as it did before it jumped from quote to quote: the
// reference for where a string ends.
JsonShape::Shape byteByByte(const QByteArray &body)
{
    JsonShape::Shape s;
    qsizetype i = 0;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\t' || body[i] == '\r'))
        ++i;
    s.topLevelArray = i < body.size() && body[i] == '[';
    qint64 depth = 0, commasAtTop = 0;
    bool contentAtTop = false, inString = false;
    for (; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (c == '"' || c == '[' || c == '{' || (depth == 1 && !space && c != ']' && c != '}' && c != ',' && c != ':'))
            contentAtTop = contentAtTop || depth == 1;
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++s.containers;
            ++s.values;
            ++depth;
        } else if (c == ']' || c == '}') {
            depth = depth > 0 ? depth - 1 : 0;
        } else if (c == ',' || c == ':') {
            ++s.values;
            commasAtTop += (c == ',' && depth == 1) ? 1 : 0;
        }
    }
    if (s.topLevelArray)
        s.topLevelItems = commasAtTop + (contentAtTop ? 1 : 0);
    return s;
}

} // namespace

class TestJsonShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void pageSize_data();
    void pageSize();
    void structureCaps_data();
    void structureCaps();
    void parserRefusesBeforeParsing();
    void stringsOfEveryLength();
};

void TestJsonShape::scan_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("array");
    QTest::addColumn<qint64>("items");
    QTest::addColumn<qint64>("containers");

    QTest::newRow("empty body") << QByteArray() << false << qint64(0) << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0) << qint64(0);
    QTest::newRow("empty array") << QByteArray("[]") << true << qint64(0) << qint64(1);
    QTest::newRow("spaces in empty array") << QByteArray(" [ \n ] ") << true << qint64(0) << qint64(1);
    QTest::newRow("one object") << QByteArray("[{}]") << true << qint64(1) << qint64(2);
    QTest::newRow("three objects") << QByteArray("[{},{},{}]") << true << qint64(3) << qint64(4);
    QTest::newRow("scalars") << QByteArray("[1, true, null, \"x\"]") << true << qint64(4) << qint64(1);
    QTest::newRow("nested commas do not count")
        << QByteArray(R"([{"tags":[{"name":"a"},{"name":"b"}],"x":[1,2,3]},{}])") << true << qint64(2) << qint64(7);
    QTest::newRow("brackets and commas inside strings")
        << QByteArray(R"([{"name":"a,b],[{c"},{"name":"]"}])") << true << qint64(2) << qint64(3);
    QTest::newRow("escaped quotes") << QByteArray(R"([{"name":"a\",\"b"},{"n":"\\"},{}])") << true << qint64(3)
                                    << qint64(4);
    // Runs of backslashes before a quote: an odd run escapes it, an even one does not (the scan
    // jumps from quote to quote and counts the run).
    QTest::newRow("two backslashes end the string")
        << QByteArray(R"(["a\\",{"b":"]"}])") << true << qint64(2) << qint64(2);
    QTest::newRow("three backslashes escape the quote")
        << QByteArray(R"(["a\\\",{",[",{}])") << true << qint64(2) << qint64(2);
    QTest::newRow("backslash run at the start of a string")
        << QByteArray(R"(["\\\\","\\\"]",[]])") << true << qint64(3) << qint64(2);
    QTest::newRow("string never closed") << QByteArray(R"([{},"abc\\\")") << true << qint64(2) << qint64(2);
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{},{}]") << true << qint64(2) << qint64(3);
    QTest::newRow("object at the top") << QByteArray(R"({"a":[1,2],"b":{}})") << false << qint64(0) << qint64(3);
    QTest::newRow("a million {}") << repeated("[", "{}", 1000000, "]") << true << qint64(1000000) << qint64(1000001);
    QTest::newRow("truncated") << QByteArray("[{},{},{") << true << qint64(3) << qint64(4);
    QTest::newRow("unbalanced closers") << QByteArray("]]][{},{}]") << false << qint64(0) << qint64(3);
}

// For valid JSON the count is exactly QJsonDocument's, so the check before parsing and the parse
// cannot disagree; for anything else it only has to terminate with some count.
void TestJsonShape::scan()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, array);
    QFETCH(qint64, items);
    QFETCH(qint64, containers);

    const JsonShape::Shape s = JsonShape::scan(body);
    QCOMPARE(s.topLevelArray, array);
    QCOMPARE(s.topLevelItems, items);
    QCOMPARE(s.containers, containers);
    QVERIFY(s.values >= s.containers);

    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isArray())
        QCOMPARE(s.topLevelItems, qint64(doc.array().size()));
}

void TestJsonShape::pageSize_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("refusal"); // a substring, or empty for none

    QTest::newRow("100 items") << repeated("[", R"({"name":"p"})", 100, "]") << QString();
    QTest::newRow("101 items") << repeated("[", R"({"name":"p"})", 101, "]")
                               << QStringLiteral("a page of 101 items, more than the page_size=100");
    QTest::newRow("a million {}") << repeated("[", "{}", 1000000, "]")
                                  << QStringLiteral("a page of 1000000 items, more than the page_size=100");
    QTest::newRow("one item nesting 300000 arrays")
        << QByteArray(R"([{"name":"p","x":)") + repeated("[", "[1]", 300000, "]") + "}]"
        << QStringLiteral("more than 200000 JSON objects and arrays, the cap for one response");
    QTest::newRow("one item holding 3 million values")
        << QByteArray(R"([{"name":"p","x":)") + repeated("[", "1", 3000000, "]") + "}]"
        << QStringLiteral("more than 2000000 JSON values, the cap for one response");
    QTest::newRow("null") << QByteArray("null") << QString();
}

void TestJsonShape::pageSize()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, refusal);
    const QString got = JsonShape::listPageRefusal(JsonShape::scan(body), 100);
    if (refusal.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(refusal), qPrintable(got));
}

void TestJsonShape::structureCaps_data()
{
    QTest::addColumn<qint64>("arrays"); // [1] elements inside the top-level array
    QTest::addColumn<qint64>("scalars"); // then that many more plain numbers
    QTest::addColumn<bool>("refused");

    // The document itself is one container, so kMaxContainers - 1 inner arrays is the most allowed.
    QTest::newRow("containers at the cap") << JsonShape::kMaxContainers - 1 << qint64(0) << false;
    QTest::newRow("containers one over") << JsonShape::kMaxContainers << qint64(0) << true;
    QTest::newRow("values well under") << qint64(0) << JsonShape::kMaxValues - 10 << false;
    QTest::newRow("values over") << qint64(0) << JsonShape::kMaxValues + 10 << true;
}

void TestJsonShape::structureCaps()
{
    QFETCH(qint64, arrays);
    QFETCH(qint64, scalars);
    QFETCH(bool, refused);
    QByteArray body = repeated("[", "[1]", arrays, "");
    if (scalars)
        body += repeated(arrays ? "," : "", "1", scalars, "");
    body += ']';
    QCOMPARE(!JsonShape::structureRefusal(JsonShape::scan(body)).isEmpty(), refused);
}

// Every typed parse goes through the same check, so no caller can build the expensive form of a
// hostile body: the error names the cap instead.
void TestJsonShape::parserRefusesBeforeParsing()
{
    const QByteArray body
        = QByteArray(R"([{"name":"p","project_id":1,"x":)") + repeated("[", "[1]", 300000, "]") + "}]";
    const Parsed<QList<Project>> projects = HarborJson::parseProjects(body);
    QVERIFY(!projects.ok());
    QVERIFY(projects.value.isEmpty());
    QVERIFY2(projects.error.contains(QStringLiteral("200000 JSON objects and arrays")), qPrintable(projects.error));

    const Parsed<CurrentUser> user
        = HarborJson::parseCurrentUser(QByteArray(R"({"username":"u","x":)") + repeated("[", "1", 3000000, "]}"));
    QVERIFY(!user.ok());
    QVERIFY2(user.error.contains(QStringLiteral("2000000 JSON values")), qPrintable(user.error));

    // Below the caps nothing changes.
    QVERIFY(HarborJson::parseProjects(repeated("[", R"({"name":"p","project_id":1})", 100, "]")).ok());
}

// The scan looks for a string's closing quote sixteen bytes at a time: strings of every length
// around those blocks, with escaped quotes and backslash runs at every position, end where a
// byte-by-byte reading ends them, and so count the same.
void TestJsonShape::stringsOfEveryLength()
{
    const QByteArray pieces[] = {"a", "\\\"", "\\\\", "\\\\\\\"", ",", "[", "{"};
    for (int length = 0; length <= 40; ++length) {
        for (const QByteArray &piece : pieces) {
            for (int at = 0; at <= length; ++at) {
                QByteArray text(length, 'x');
                text.insert(at, piece);
                for (const QByteArray &body :
                    {"[\"" + text + "\",{\"k\":[1,\"" + text + "\"]},2]", "[\"" + text + "\"", "\"" + text}) {
                    const JsonShape::Shape got = JsonShape::scan(body);
                    const JsonShape::Shape want = byteByByte(body);
                    const QByteArray why = body.left(120);
                    QVERIFY2(got.topLevelArray == want.topLevelArray, why.constData());
                    QVERIFY2(got.topLevelItems == want.topLevelItems, why.constData());
                    QVERIFY2(got.containers == want.containers, why.constData());
                    QVERIFY2(got.values == want.values, why.constData());
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonShape)
#include "tst_jsonshape.moc"
