// berthctl ls --json writes tag rows by hand for speed; they must be the JSON that a
// QJsonObject of the same fields would give, whatever the server put in the strings.
#include "cli/RowFormat.h"
#include "core/DisplayText.h"
#include "core/HarborJson.h"
#include "core/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

// Before the first QTest::addColumn<TagRow>, which instantiates QMetaTypeId<TagRow>.
Q_DECLARE_METATYPE(berth::TagRow)
Q_DECLARE_METATYPE(berth::Artifact)

using namespace berth;

namespace {

// The row as it was built before the direct writer: the reference.
QJsonObject reference(const TagRow &row)
{
    const auto timeOrNull = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o {{QStringLiteral("project"), row.project}, {QStringLiteral("repository"), row.repository},
        {QStringLiteral("tag"), row.tag.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.tag)},
        {QStringLiteral("digest"), row.digest}, {QStringLiteral("size"), row.size},
        {QStringLiteral("push_time"), timeOrNull(row.pushTime)},
        {QStringLiteral("pull_time"), timeOrNull(row.pullTime)}, {QStringLiteral("media_type"), row.mediaType},
        {QStringLiteral("manifest_media_type"), row.manifestMediaType}, {QStringLiteral("immutable"), row.immutable}};
    if (row.kind == QLatin1String("child") || row.kind == QLatin1String("accessory"))
        o.insert(QStringLiteral("kind"), row.kind);
    return o;
}

TagRow plainRow()
{
    TagRow r;
    r.project = QStringLiteral("team-a");
    r.repository = QStringLiteral("team-a/backend/api");
    r.tag = QStringLiteral("release-1.0");
    r.digest = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    r.size = 20100000;
    r.pushTime = QDateTime(QDate(2026, 10, 12), QTime(8, 30, 1, 250), Qt::UTC);
    r.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    r.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    r.kind = QStringLiteral("tag");
    return r;
}

// The character classes DisplayText::escapeControlUtf8 changes (its documentation; the BMP walk
// in tst_displaytext checks the same set for escapeControl).
bool terminalEscapes(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

QString hostile(const QString &around)
{
    return around + QChar(0x7f) + QChar(0x9b) + QStringLiteral("2J\x1b[31m\"\\") + QChar(0x202e) + QChar(0x2028)
        + QChar(0x2069) + QStringLiteral("\t\n") + QChar(0xd800) + QStringLiteral("镜像🚢") + around;
}

Artifact plainArtifact()
{
    Artifact a;
    a.repositoryName = QStringLiteral("team-a/backend/api");
    a.digest = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    a.size = 20100000;
    a.pushTime = QDateTime(QDate(2026, 10, 12), QTime(8, 30, 1, 250), Qt::UTC);
    a.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    a.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    Tag t;
    t.name = QStringLiteral("v1");
    a.tags << t;
    t.name = QStringLiteral("latest");
    t.immutable = true;
    t.pushTime = QDateTime(QDate(2026, 10, 13), QTime(9, 0), Qt::UTC);
    t.pullTime = QDateTime(QDate(2026, 11, 1), QTime(23, 59, 59, 999), Qt::UTC);
    a.tags << t;
    ChildReference c;
    c.childDigest = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
    c.platform.os = QStringLiteral("linux");
    c.platform.architecture = QStringLiteral("arm64");
    c.platform.variant = QStringLiteral("v8");
    a.references << c;
    Accessory x;
    x.digest = QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222");
    x.type = QStringLiteral("signature.cosign");
    x.size = 512;
    a.accessories << x;
    return a;
}

} // namespace

class TestRowFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagJsonMatchesQJsonObject_data()
    {
        QTest::addColumn<TagRow>("row");
        TagRow r = plainRow();
        QTest::newRow("plain tag") << r;
        r.immutable = true;
        r.pullTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("immutable, pulled") << r;
        r = plainRow();
        r.tag.clear();
        r.kind = QStringLiteral("untagged");
        r.pushTime = {};
        QTest::newRow("untagged, no times") << r;
        r = plainRow();
        r.kind = QStringLiteral("accessory");
        QTest::newRow("accessory") << r;
        r = plainRow();
        r.tag = QStringLiteral("q\"uote\\back/slash\ttab\nnl\r\b\f") + QChar(0x01) + QChar(0x1f);
        r.repository = QStringLiteral("team-a/ünïcödé/镜像/🚢");
        r.mediaType = QString();
        QTest::newRow("escapes, unicode, empty string") << r;
        r = plainRow();
        // The edges of the plain-ASCII copy: DEL is copied, a C1 control and U+0080 are not.
        r.tag = QStringLiteral("del") + QChar(0x7f) + QStringLiteral("c1") + QChar(0x85) + QChar(0x80);
        r.project = QStringLiteral(" ~");
        QTest::newRow("DEL, C1 controls, edges of ASCII") << r;
        r = plainRow();
        r.size = (qint64(1) << 53) - 1;
        QTest::newRow("largest exact size") << r;
    }

    void tagJsonMatchesQJsonObject()
    {
        QFETCH(TagRow, row);
        const QByteArray written = RowFormat::tagJson(row);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u' ' + written));
        QCOMPARE(doc.object(), reference(row));
        QVERIFY2(!written.contains('\n'), written.constData()); // one row per line in the array
    }

    // Byte for byte what QJsonDocument wrote before, for ordinary rows: scripts diffing old
    // and new output see no change.
    void tagJsonKeepsTheBytes()
    {
        const TagRow row = plainRow();
        QCOMPARE(RowFormat::tagJson(row), QJsonDocument(reference(row)).toJson(QJsonDocument::Compact));
    }

    // `ls --json` writes its rows terminal-safe and Terminal skips its rescan of them, so the
    // writer must escape every character the rescan would, in the same way: for each code point
    // of each class, the bytes are escapeControlUtf8 of Qt's JSON string, and a rescan changes
    // nothing.
    void terminalSafeStringIsTheRescannedString_data()
    {
        QTest::addColumn<uint>("first");
        QTest::addColumn<uint>("last");
        QTest::addColumn<uint>("step");
        QTest::newRow("C0 controls") << 0x0u << 0x1fu << 1u;
        QTest::newRow("printable ASCII") << 0x20u << 0x7eu << 1u;
        QTest::newRow("DEL") << 0x7fu << 0x7fu << 1u;
        QTest::newRow("C1 controls") << 0x80u << 0x9fu << 1u;
        QTest::newRow("Latin-1 up to the bidi controls") << 0xa0u << 0x2027u << 1u;
        QTest::newRow("line and paragraph separators") << 0x2028u << 0x2029u << 1u;
        QTest::newRow("bidi embeddings and overrides") << 0x202au << 0x202eu << 1u;
        QTest::newRow("between them") << 0x202fu << 0x2065u << 1u;
        QTest::newRow("bidi isolates") << 0x2066u << 0x2069u << 1u;
        QTest::newRow("rest of the BMP, lone surrogates included") << 0x206au << 0xffffu << 1u;
        QTest::newRow("supplementary planes") << 0x10000u << 0x10ffffu << 17u;
        QTest::newRow("last code point") << 0x10ffffu << 0x10ffffu << 1u;
    }

    void terminalSafeStringIsTheRescannedString()
    {
        QFETCH(uint, first);
        QFETCH(uint, last);
        QFETCH(uint, step);
        for (char32_t c = first; c <= last; c += step) {
            const QString s = QStringLiteral("a") + QString::fromUcs4(&c, 1) + QStringLiteral("b");
            QByteArray qt;
            JsonText::appendString(qt, s);
            QByteArray safe("x"); // appends after what is there
            JsonText::appendTerminalSafeString(safe, s);
            const QByteArray why = QByteArray::number(uint(c), 16);
            QVERIFY2(safe == "x" + DisplayText::escapeControlUtf8(qt), why.constData());
            QVERIFY2(DisplayText::escapeControlUtf8(safe) == safe, why.constData());
            if (terminalEscapes(c))
                for (const char b : safe)
                    QVERIFY2(uchar(b) >= 0x20 && uchar(b) < 0x7f, why.constData());
        }
    }

    // The rows written straight from an Artifact are the rows rowsFor() gives, each as
    // QJsonDocument writes it and Terminal::out then escapes it: the bytes `ls --json` printed
    // before, whatever the server put in any field.
    void terminalSafeRowsAreTheRescannedRows_data()
    {
        QTest::addColumn<Artifact>("artifact");
        QTest::addColumn<bool>("children");
        QTest::addColumn<bool>("accessories");
        const Artifact plain = plainArtifact();
        QTest::newRow("tags") << plain << false << false;
        QTest::newRow("tags, children, accessories") << plain << true << true;
        Artifact a = plain;
        a.tags.clear();
        a.pushTime = {};
        QTest::newRow("untagged, never pushed") << a << true << false;
        a = plain;
        a.tags[0].name.clear(); // Harbor never sends one, but a null tag stays null
        a.tags[1].immutable = false;
        QTest::newRow("a tag without a name") << a << false << true;
        a = plain;
        a.repositoryName = hostile(QStringLiteral("repo"));
        a.digest = hostile(QStringLiteral("digest"));
        a.mediaType = hostile(QStringLiteral("media"));
        a.manifestMediaType = hostile(QStringLiteral("manifest"));
        a.tags[0].name = hostile(QStringLiteral("tag"));
        a.tags[1].name = QStringLiteral("del") + QChar(0x7f); // nothing else to escape in it
        a.references[0].childDigest = hostile(QStringLiteral("child"));
        a.references[0].platform.os = hostile(QStringLiteral("os"));
        a.accessories[0].digest = hostile(QStringLiteral("acc"));
        a.accessories[0].type = hostile(QStringLiteral("type"));
        QTest::newRow("control characters in every string") << a << true << true;
        a = plain;
        a.pushTime = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        a.pullTime = QDateTime(QDate(1, 1, 2), QTime(0, 0), Qt::UTC);
        a.tags[1].pushTime = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        a.tags[1].pullTime = QDateTime(QDate(2026, 3, 29), QTime(3, 30), QTimeZone(3600 * 5 + 1800));
        QTest::newRow("leap day, first and last years, an offset") << a << false << false;
        a = plain;
        a.pushTime = QDateTime(QDate(12026, 1, 1), QTime(0, 0), Qt::UTC);
        a.tags[1].pullTime = QDateTime(QDate(-5, 6, 7), QTime(8, 9, 10, 11), Qt::UTC);
        QTest::newRow("years formatTime leaves to Qt") << a << false << false;
        a = plain;
        a.size = 0;
        a.accessories[0].size = (qint64(1) << 53) - 1;
        QTest::newRow("sizes 0 and the largest exact") << a << false << true;
    }

    void terminalSafeRowsAreTheRescannedRows()
    {
        QFETCH(Artifact, artifact);
        QFETCH(bool, children);
        QFETCH(bool, accessories);
        const QString project = hostile(QStringLiteral("project"));
        for (const bool startFirst : {true, false}) {
            QByteArray expected;
            bool first = startFirst;
            const QList<TagRow> rows = RowFormat::rowsFor(project, artifact, children, accessories);
            for (const TagRow &row : rows) {
                expected += first ? "\n" : ",\n";
                first = false;
                // Times as the writer before wrote them: HarborJson::formatTime, null when that is
                // empty (toString(Qt::ISODateWithMs) writes nothing for years past 9999).
                QJsonObject o = reference(row);
                const auto time = [](const QDateTime &t) {
                    const QString text = HarborJson::formatTime(t);
                    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
                };
                o.insert(QStringLiteral("push_time"), time(row.pushTime));
                o.insert(QStringLiteral("pull_time"), time(row.pullTime));
                expected += QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            expected = DisplayText::escapeControlUtf8(expected);
            QByteArray written("[");
            first = startFirst;
            const int count
                = RowFormat::appendTerminalSafeTagRows(written, project, artifact, children, accessories, &first);
            QCOMPARE(count, int(rows.size()));
            QCOMPARE(first, startFirst && rows.isEmpty());
            QCOMPARE(written, "[" + expected);
        }
    }

    // Text rows are one line with a fixed number of columns, whatever the server put in a name:
    // a CR/LF cannot forge a row, a tab cannot add a column, an escape sequence shows as text.
    void textRowsHoldNoControlCharacters_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("visible");
        QTest::newRow("CR LF forging a row")
            << QStringLiteral("v1\r\nteam-a/backend/api:forged") << QStringLiteral("v1\\r\\nteam-a/backend/api:forged");
        QTest::newRow("tab adding a column") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("escape sequence") << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::newRow("bidi override") << QStringLiteral("x") + QChar(0x202e) + QStringLiteral("y")
                                       << QStringLiteral("x\\u202ey");
    }

    void textRowsHoldNoControlCharacters()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, visible);
        const auto check = [&](const QString &line, int tabs) {
            QVERIFY2(line.contains(visible), qPrintable(line));
            QCOMPARE(int(line.count(QLatin1Char('\t'))), tabs);
            for (const QChar c : line)
                QVERIFY2(
                    c == QLatin1Char('\t') || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e),
                    qPrintable(line));
        };
        TagRow row = plainRow();
        row.tag = hostile;
        check(RowFormat::tagText(row), 3);
        row = plainRow();
        row.repository = hostile;
        check(RowFormat::tagText(row), 3);
        row = plainRow();
        row.tag.clear();
        row.digest = hostile;
        check(RowFormat::tagText(row), 3);
        row = plainRow();
        row.kind = QStringLiteral("child");
        row.mediaType = hostile;
        check(RowFormat::tagText(row), 4);
        Project p;
        p.name = hostile;
        check(RowFormat::projectText(p), 2);
        Repository r;
        r.name = hostile;
        check(RowFormat::repositoryText(r), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowFormat)
#include "tst_rowformat.moc"
