// The simdjson reading of artifact pages against the QJsonDocument reading it stands in for:
// parseArtifacts() must give what parseArtifactsReference() gives, every field and every error
// word, for the fuzz corpus, Harbor-shaped pages and hostile bodies. Where the fast path does
// not decline, its values are compared on their own too; rows marked `fast` must not decline,
// so the comparison is not won by always falling back.

#include "ArtifactDump.h"
#include "core/HarborJson.h"
#include "core/HarborJsonFast.h"

#include <QDir>
#include <QtTest>

using namespace berth;

namespace {

// The first differing line, or an empty string.
QString firstDifference(const QStringList &got, const QStringList &want)
{
    for (qsizetype i = 0; i < qMax(got.size(), want.size()); ++i) {
        const QString g = i < got.size() ? got.at(i) : QStringLiteral("(missing)");
        const QString w = i < want.size() ? want.at(i) : QStringLiteral("(missing)");
        if (g != w)
            return QStringLiteral("fast: %1\nreference: %2").arg(g, w);
    }
    return {};
}

const QByteArray kDigest = "sha256:" + QByteArray(64, 'a');

// A listing page as Harbor writes it with with_tag, with_label, with_accessory and
// with_immutable_status (src/server/v2.0/handler/model/artifact.go).
QByteArray harborPage()
{
    return R"([
 {"accessories":[{"artifact_id":12,"creation_time":"2024-03-01T10:00:00.000Z","digest":"sha256:)"
        + QByteArray(64, 'c') + R"(","icon":"","id":5,"size":1234,"subject_artifact_digest":")" + kDigest
        + R"(","subject_artifact_id":11,"subject_artifact_repo":"team-a/app","type":"signature.cosign"}],
  "addition_links":{"build_history":{"absolute":false,"href":"/api/v2.0/x"}},
  "digest":")"
        + kDigest
        + R"(","extra_attrs":{"architecture":"amd64","config":{"Env":["PATH=/usr/bin"],"Labels":null},"created":"2024-01-01T00:00:00Z","os":"linux"},
  "icon":"sha256:0048162a053eef4d4ce3fe7518615bef084403614f8bca43b40ae2e762e11e06","id":11,
  "labels":[{"color":"#FF0000","creation_time":"2024-01-01T00:00:00Z","id":3,"name":"prod","scope":"g"}],
  "manifest_media_type":"application/vnd.oci.image.manifest.v1+json","media_type":"application/vnd.oci.image.config.v1+json",
  "project_id":2,"pull_time":"0001-01-01T00:00:00.000Z","push_time":"2024-02-03T04:05:06.789Z",
  "references":null,"repository_id":7,"repository_name":"team-a/app","size":56789012,
  "tags":[{"artifact_id":11,"id":21,"immutable":true,"name":"v1.0","pull_time":"2024-02-04T00:00:00Z",
           "push_time":"2024-02-03T04:05:06.789Z","repository_id":7,"signed":false},
          {"artifact_id":11,"id":22,"immutable":false,"name":"latest","pull_time":"0001-01-01T00:00:00.000Z",
           "push_time":"2024-02-03T04:05:07.000Z","repository_id":7,"signed":true}],
  "type":"IMAGE"},
 {"digest":"sha256:)"
        + QByteArray(64, 'b') + R"(","id":12,"manifest_media_type":"application/vnd.oci.image.index.v1+json",
  "media_type":"application/vnd.oci.image.index.v1+json","project_id":2,"push_time":"2024-02-03T04:05:06Z",
  "references":[{"annotations":null,"child_digest":"sha256:)"
        + QByteArray(64, 'd') + R"(","child_id":13,"parent_id":12,
    "platform":{"architecture":"arm64","os":"linux","variant":"v8","os.version":"10.0.1"},"urls":null},
   {"child_digest":"sha256:)"
        + QByteArray(64, 'e')
        + R"(","child_id":14,"platform":{"architecture":"amd64","os":"windows","'os.version'":"10.0.17763"}},
   {"child_digest":"x","child_id":15,"platform":{"os":"linux","os.version":null,"os_version":"5"}}],
  "repository_id":7,"repository_name":"team-a/app","size":1,"tags":null,"type":"IMAGE",
  "artifact_type":"application/vnd.example+type","scan_overview":{}}
])";
}

// Many artifacts with many tags: the size `ls --all` reads.
QByteArray bigPage()
{
    QByteArray b = "[";
    for (int i = 0; i < 100; ++i) {
        if (i)
            b += ',';
        b += R"({"id":)" + QByteArray::number(1000 + i)
            + R"(,"project_id":1,"repository_id":2,"repository_name":"p/r",)" + R"("digest":"sha256:)"
            + QByteArray::number(i).rightJustified(64, '0') + R"(","size":)" + QByteArray::number(qint64(i) * 1000003)
            + R"(,"push_time":"2024-05-0)" + QByteArray::number(1 + i % 9) + R"(T10:11:12.)"
            + QByteArray::number(100 + i) + R"(Z","tags":[)";
        for (int t = 0; t < 20; ++t) {
            if (t)
                b += ',';
            b += R"({"id":)" + QByteArray::number(i * 100 + t) + R"(,"artifact_id":)" + QByteArray::number(1000 + i)
                + R"(,"name":"t)" + QByteArray::number(t)
                + R"(","push_time":"2024-05-01T00:00:00Z","pull_time":"2024-06-0)" + QByteArray::number(1 + t % 9)
                + R"(T00:00:00.000Z","immutable":)" + (t % 3 ? "false" : "true") + "}";
        }
        b += "]}";
    }
    return b + "]";
}

QByteArray one(const QByteArray &fields)
{
    return "[{" + fields + "}]";
}

} // namespace

class TestHarborJsonFast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsReference_data();
    void sameAsReference();
    void timesSameAsReference_data();
    void timesSameAsReference();
    void repeatedStringsSameAsReference_data();
    void repeatedStringsSameAsReference();
    void controlCharactersInNames_data();
    void controlCharactersInNames();
};

void TestHarborJsonFast::sameAsReference_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("fast"); // the fast path must read it (not decline)

    // Everything the HarborJson fuzz target starts from and has found: whatever they are.
    const QString source = qEnvironmentVariable("BERTH_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "BERTH_SOURCE_DIR is not set");
    for (const char *dir : {"tests/fuzz/corpus/fuzz_harborjson", "tests/fuzz/regressions/fuzz_harborjson",
             "tests/fuzz/corpus/fuzz_artifactsfast"}) {
        const QDir d(source + QLatin1Char('/') + QLatin1String(dir));
        for (const QFileInfo &fi : d.entryInfoList(QDir::Files, QDir::Name)) {
            QFile f(fi.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const bool page
                = fi.fileName() == QLatin1String("artifacts.json") || fi.fileName() == QLatin1String("nested.json");
            QTest::newRow(qPrintable(QLatin1String(dir).mid(11) + QLatin1Char('/') + fi.fileName()))
                << f.readAll() << page;
        }
    }

    QTest::newRow("harbor page") << harborPage() << true;
    QTest::newRow("big page") << bigPage() << true;
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("empty array, spaces") << QByteArray(" \n[ ]\r\n") << true;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("object") << QByteArray(R"({"errors":[{"code":"X","message":"y"}]})") << false;
    QTest::newRow("non-object item") << QByteArray(R"([{"id":1},2])") << false;
    QTest::newRow("truncated") << harborPage().left(300) << false;
    QTest::newRow("trailing garbage") << QByteArray("[{}] x") << false;
    QTest::newRow("trailing comma") << QByteArray("[{},]") << false;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{\"id\":1}]") << false;
    QTest::newRow("html") << QByteArray("<html><title>502</title></html>") << false;

    // Every field null, then every field of the wrong type.
    QTest::newRow("nulls") << one(
        R"("id":null,"project_id":null,"repository_id":null,"repository_name":null,"type":null,
        "digest":null,"size":null,"media_type":null,"manifest_media_type":null,"artifact_type":null,"push_time":null,
        "pull_time":null,"tags":null,"labels":null,"references":null,"accessories":null,"scan_overview":null)")
                           << true;
    QTest::newRow("null items") << one(R"("tags":[null,{"name":null,"id":null,"immutable":null}],"labels":[null],
        "references":[null,{"platform":null}],"accessories":[null,{"digest":null}])")
                                << true;
    QTest::newRow("wrong types") << one(R"("id":"12","project_id":" 7 ","repository_id":"1e3","repository_name":5,
        "type":true,"digest":["sha256:x"],"size":"inf","media_type":{},"push_time":12,"pull_time":false,
        "tags":{"name":"x"},"labels":"prod","references":{"child_id":1},"accessories":7,"scan_overview":[1])")
                                 << true;
    QTest::newRow("wrong types inside") << one(R"("tags":[1,"x",{"id":"5","artifact_id":true,"name":7,"push_time":[],
        "immutable":"TRUE"},{"immutable":"yes"},{"immutable":1}],"references":[{"child_id":"x","child_digest":1,
        "platform":[{"os":"linux"}]},{"platform":{"architecture":1,"os":"linux","os.version":3,"os_version":"4"}}],
        "labels":[{"id":"3","name":[],"color":null}],"accessories":[{"size":"12","type":false}])")
                                        << true;
    QTest::newRow("numbers") << one(
        R"("id":-5,"project_id":1.9,"repository_id":9000000000000000,"size":9000000000000001,
        "tags":[{"id":1e15},{"id":1E2},{"id":-0},{"id":12345678901234567}])")
                             << true;
    QTest::newRow("huge integers") << one(R"("id":18446744073709551615,"size":9223372036854775807,
        "project_id":99999999999999999999999999999,"repository_id":-9223372036854775808)")
                                   << false;
    QTest::newRow("huge double") << one(R"("id":1e300,"size":1.7976931348623157e308)") << true;
    QTest::newRow("overflowing double") << one(R"("id":1e400)") << false;
    QTest::newRow("underflowing double") << one(R"("id":1e-400)") << false;
    QTest::newRow("underflow elsewhere") << one(R"("id":1,"extra_attrs":{"x":[1e-400]})") << false;
    QTest::newRow("subnormal") << one(R"("id":1,"extra":5e-324)") << false;
    QTest::newRow("zero double") << one(R"("id":0.0)") << false;
    QTest::newRow("leading zero") << one(R"("id":012)") << false;
    QTest::newRow("nan") << one(R"("id":NaN)") << false;
    QTest::newRow("string numbers") << one(R"("id":"0x10","size":"1e400","project_id":"-1","repository_id":"  3")")
                                    << true;

    // Repeated keys: in what we read (declines), in what we do not (does not matter).
    QTest::newRow("duplicate id") << one(R"("id":1,"id":2)") << false;
    QTest::newRow("duplicate tag name") << one(R"("tags":[{"name":"a","name":"b"}])") << false;
    QTest::newRow("duplicate tags") << one(R"("tags":[{"name":"a"}],"tags":[{"name":"b"}])") << false;
    QTest::newRow("duplicate platform os") << one(R"("references":[{"platform":{"os":"a","os":"b"}}])") << false;
    QTest::newRow("duplicate unknown key") << one(R"("id":1,"icon":"a","icon":"b")") << true;
    QTest::newRow("escaped key") << one(R"("\u0069d":4,"n\u0061me":"x","tags":[{"n\u0061me":"t"}])") << true;

    // Nesting: within both parsers' limits, and past simdjson's (1024).
    QTest::newRow("deep extra_attrs") << one("\"id\":1,\"extra_attrs\":" + QByteArray(200, '[') + QByteArray(200, ']'))
                                      << true;
    QTest::newRow("deeper than simdjson reads")
        << one("\"id\":1,\"extra_attrs\":" + QByteArray(1100, '[') + QByteArray(1100, ']')) << false;
    for (int depth = 1020; depth <= 1027; ++depth) // around both parsers' limits
        QTest::newRow(qPrintable(QStringLiteral("nesting %1").arg(depth)))
            << QByteArray("[{\"id\":1,\"x\":" + QByteArray(depth - 2, '[') + QByteArray(depth - 2, ']') + "}]")
            << false;
    QTest::newRow("deep objects") << one("\"id\":1,\"x\":" + QByteArray(300, '{').replace("{", "{\"a\":") + "1"
        + QByteArray(300, '}')) << true;

    // Strings: escapes, non-ASCII, and bytes that are not UTF-8.
    QTest::newRow("escapes") << one(
        R"("type":"a\"b\\c\/d\b\f\n\r\t","repository_name":"\u0070/\"r\"","tags":[{"name":"caf\u00e9 \ud83d\ude00 \u4e2d"}],
        "artifact_type":"\u0000","media_type":"")")
                             << true;
    QTest::newRow("raw non-ASCII") << one(
        "\"repository_name\":\"caf\xC3\xA9\",\"tags\":[{\"name\":\"\xE4\xB8\xAD\xF0\x9F\x98\x80\"}]")
                                   << true;
    QTest::newRow("noncharacter") << one("\"type\":\"\xEF\xBF\xBE\xEF\xBF\xBF\"") << true;
    QTest::newRow("lone high surrogate") << one(R"("type":"a\ud800b")") << false;
    QTest::newRow("lone low surrogate") << one(R"("type":"a\udc00b")") << false;
    QTest::newRow("lone surrogate unread") << one(R"("icon":"a\udc00b")") << false;
    QTest::newRow("invalid UTF-8") << one("\"type\":\"\xFF\"") << false;
    QTest::newRow("overlong UTF-8") << one("\"type\":\"\xC0\xAF\"") << false;
    QTest::newRow("UTF-8 surrogate") << one("\"type\":\"\xED\xA0\x80\"") << false;
    QTest::newRow("truncated UTF-8") << one("\"type\":\"\xE4\xB8\"") << false;
    QTest::newRow("raw control character") << one("\"type\":\"a\tb\"") << false;
    QTest::newRow("bad escape") << one(R"("type":"\x41")") << false;
    QTest::newRow("control character in a tag name") << one(R"("tags":[{"name":"a\u001b[2Jb"}])") << false;
    QTest::newRow("control character in a digest") << one(R"("digest":"sha256:\n")") << false;

    // Times: Harbor's forms, Go's zero, and ones only Qt's ISO reader takes.
    QTest::newRow("times") << one(R"("push_time":"2024-02-29T23:59:59Z","pull_time":"2024-02-03T04:05:06+02:00",
        "tags":[{"push_time":"0001-01-01T00:00:00Z","pull_time":"2024-13-01T00:00:00Z"},{"push_time":"2024-02-03T04:05:06.1Z"},
        {"push_time":"not a time","pull_time":"  "}])")
                           << true;

    // A scan overview with a report is left to the reference; without one it is read.
    // scan_overview: one report is read; two, or a repeated key, are left to the reference.
    QTest::newRow("scan report") << one(
        R"("id":1,"scan_overview":{"application/vnd.security.vulnerability.report; version=1.1":
        {"scan_status":"Success","severity":"High","summary":{"total":3,"fixable":1,"summary":{"High":2,"Low":1,"x":"7","y":1e12}},
        "scanner":{"name":"Trivy","vendor":"Aqua"}},"other":1})")
                                 << true;
    QTest::newRow("scan report, wrong types") << one(R"("scan_overview":{"r":{"scan_status":1,"summary":{"summary":[1]},
        "scanner":"Trivy"}})") << true;
    QTest::newRow("scan report, no summary") << one(R"("scan_overview":{"r":{"summary":null,"scanner":null}})") << true;
    QTest::newRow("scan report, empty") << one(R"("scan_overview":{"r":{}})") << true;
    QTest::newRow("two scan reports") << one(R"("scan_overview":{"b":{"scan_status":"B"},"a":{"scan_status":"A"}})")
                                      << false;
    QTest::newRow("scan report key repeated") << one(R"("scan_overview":{"r":{"scan_status":"A"},"r":2})") << false;
    QTest::newRow("scan report key repeated after")
        << one(R"("scan_overview":{"r":1,"r":{"scan_status":"A"}})") << false;
    QTest::newRow("severity repeated") << one(R"("scan_overview":{"r":{"summary":{"summary":{"High":1,"High":2}}}})")
                                       << false;
    QTest::newRow("scan status repeated")
        << one(R"("scan_overview":{"r":{"scan_status":"A","scan_status":"B"}})") << false;
    QTest::newRow("scan without report") << one(R"("id":1,"scan_overview":{"x":1,"y":null})") << true;
}

void TestHarborJsonFast::sameAsReference()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, fast);

    const Parsed<QList<Artifact>> want = HarborJson::parseArtifactsReference(body);
    const Parsed<QList<Artifact>> got = HarborJson::parseArtifacts(body);
    QCOMPARE(got.error, want.error);
    const QString diff = firstDifference(ArtifactDump::lines(got.value), ArtifactDump::lines(want.value));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    const std::optional<QList<Artifact>> direct = HarborJson::parseArtifactsFast(body);
    if (direct && want.ok()) {
        const QString d = firstDifference(ArtifactDump::lines(*direct), ArtifactDump::lines(want.value));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
    if (fast && HarborJson::fastArtifactsAvailable()) {
        QVERIFY2(want.ok(), qPrintable(want.error));
        QVERIFY2(direct.has_value(), "the fast path declined a page it should read");
    }
}

namespace {

void compareWithReference(const QByteArray &body)
{
    const Parsed<QList<Artifact>> want = HarborJson::parseArtifactsReference(body);
    QVERIFY2(want.ok(), qPrintable(want.error));
    const std::optional<QList<Artifact>> direct = HarborJson::parseArtifactsFast(body);
    if (HarborJson::fastArtifactsAvailable())
        QVERIFY2(direct.has_value(), "the fast path declined a page it should read");
    if (direct) {
        const QString d = firstDifference(ArtifactDump::lines(*direct), ArtifactDump::lines(want.value));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
}

} // namespace

// The fast path reads Go's two UTC shapes from the bytes and remembers the last time of each
// slot (push, pull); every other text goes to parseTime(). Each time appears where it is read
// (artifact and tag, push and pull), once again right after itself, after another time and
// after a non-string, so a remembered value is used, replaced and never leaks into a null.
void TestHarborJsonFast::timesSameAsReference_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::newRow("seconds") << QByteArray("2024-02-29T23:59:59Z");
    QTest::newRow("milliseconds") << QByteArray("2024-02-29T23:59:59.123Z");
    QTest::newRow("Go's zero time, never") << QByteArray("0001-01-01T00:00:00.000Z");
    QTest::newRow("later on Go's zero day, never") << QByteArray("0001-01-01T23:59:59Z");
    QTest::newRow("the day after") << QByteArray("0001-01-02T00:00:00Z");
    QTest::newRow("last millisecond of 9999") << QByteArray("9999-12-31T23:59:59.999Z");
    QTest::newRow("year 0") << QByteArray("0000-12-31T00:00:00Z");
    QTest::newRow("no such day") << QByteArray("2023-02-29T00:00:00Z");
    QTest::newRow("month 13") << QByteArray("2024-13-01T00:00:00Z");
    QTest::newRow("hour 24") << QByteArray("2024-01-01T24:00:00Z");
    QTest::newRow("minute 60") << QByteArray("2024-01-01T23:60:00Z");
    QTest::newRow("leap second") << QByteArray("2024-06-30T23:59:60Z");
    QTest::newRow("one fraction digit") << QByteArray("2024-01-01T10:00:00.5Z");
    QTest::newRow("offset") << QByteArray("2024-01-01T10:00:00+02:00");
    QTest::newRow("space for T") << QByteArray("2024-01-01 10:00:00Z");
    QTest::newRow("lower-case z") << QByteArray("2024-01-01T10:00:00z");
    QTest::newRow("Arabic-Indic digit") << QByteArray("2024-0\u0661-01T00:00:00Z");
    QTest::newRow("escaped digit") << QByteArray("2024-01-0\u0031T00:00:00Z");
    QTest::newRow("empty") << QByteArray("");
}

void TestHarborJsonFast::timesSameAsReference()
{
    QFETCH(QByteArray, time);
    const QByteArray t = '"' + time + '"';
    const QByteArray other = R"("2024-05-01T00:00:00Z")";
    const QByteArray body = "[{\"push_time\":" + t + ",\"pull_time\":" + t + ",\"tags\":[{\"push_time\":" + t
        + ",\"pull_time\":" + t + "},{\"push_time\":" + other + ",\"pull_time\":" + t + "},{\"push_time\":" + t
        + ",\"pull_time\":null}]},{\"push_time\":" + other + ",\"pull_time\":\"0001-01-01T00:00:00Z\"},"
        + "{\"push_time\":" + t + ",\"pull_time\":7},{\"push_time\":" + t + "}]";
    compareWithReference(body);
}

// Repository names and media types repeat from artifact to artifact, and the fast path hands
// out the previous QString for the same bytes: the values must still be each artifact's own.
void TestHarborJsonFast::repeatedStringsSameAsReference_data()
{
    QTest::addColumn<QByteArray>("values"); // one JSON value per artifact, for each repeated field
    QTest::newRow("same, then another, then the first again") << QByteArray(R"("p/a","p/a","p/b","p/a")");
    QTest::newRow("escaped and plain spelling of the same text") << QByteArray(R"("p\/a","p/a","p/a")");
    QTest::newRow("a prefix of the previous") << QByteArray(R"("p/ab","p/a","p/ab")");
    QTest::newRow("non-strings between") << QByteArray(R"("p/a",null,"p/a",5,"p/a",true,{},"p/a")");
    QTest::newRow("empty and absent") << QByteArray(R"("","",null,"x","")");
    QTest::newRow("non-ASCII") << QByteArray(R"("镜像","镜像","ü","镜像")");
}

void TestHarborJsonFast::repeatedStringsSameAsReference()
{
    QFETCH(QByteArray, values);
    QByteArray body = "[";
    int i = 0;
    for (const QByteArray &v : values.split(',')) {
        if (i++)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"repository_name\":" + v + ",\"type\":" + v
            + ",\"media_type\":" + v + ",\"manifest_media_type\":" + v + ",\"artifact_type\":" + v + "}";
    }
    compareWithReference(body + "]");
}

// parseArtifacts() looks at the names only when the fast path saw a byte a control character
// begins with: every character hasControl() finds, escaped or raw, in every name it checks,
// still refuses the page with the reference's words, and the neighbours of each class do not.
void TestHarborJsonFast::controlCharactersInNames_data()
{
    QTest::addColumn<QByteArray>("character"); // as it stands inside a JSON string
    QTest::addColumn<bool>("refused");
    const char16_t controls[]
        = {0x00, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069};
    for (const char16_t c : controls) {
        const QByteArray hex = QByteArray::number(uint(c), 16).rightJustified(4, '0');
        QTest::newRow(("\\u" + hex).constData()) << "\\u" + hex << true;
        if (c >= 0x20) // raw C0 is not JSON
            QTest::newRow(("raw U+" + hex).constData()) << QString(QChar(c)).toUtf8() << true;
    }
    const char16_t neighbours[] = {0x20, 0x7e, 0xa0, 0xc2, 0xe2, 0x2027, 0x202f, 0x2065, 0x206a};
    for (const char16_t c : neighbours) {
        const QByteArray hex = QByteArray::number(uint(c), 16).rightJustified(4, '0');
        QTest::newRow(("raw U+" + hex + ", allowed").constData()) << QString(QChar(c)).toUtf8() << false;
    }
}

void TestHarborJsonFast::controlCharactersInNames()
{
    QFETCH(QByteArray, character);
    QFETCH(bool, refused);
    const QByteArray x = "a" + character + "b";
    const QByteArray fields[] = {R"("repository_name":"X")", R"("digest":"X")",
        R"("tags":[{"name":"ok"},{"name":"X"}])", R"("references":[{"child_digest":"X"}])",
        R"("accessories":[{"digest":"X"}])", R"("accessories":[{"subject_artifact_digest":"X"}])"};
    for (QByteArray field : fields) {
        const QByteArray body = R"([{"id":1,"digest":"sha256:0"},{"id":2,)" + field.replace("X", x) + "}]";
        const Parsed<QList<Artifact>> want = HarborJson::parseArtifactsReference(body);
        const Parsed<QList<Artifact>> got = HarborJson::parseArtifacts(body);
        QCOMPARE(got.error, want.error);
        QCOMPARE(!got.error.isEmpty(), refused);
        if (refused)
            QVERIFY2(got.error.contains(QLatin1String("control character")), qPrintable(got.error));
    }
}

QTEST_GUILESS_MAIN(TestHarborJsonFast)
#include "tst_harborjsonfast.moc"
