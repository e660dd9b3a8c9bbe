// berthctl ls --json writes tag rows by hand for speed; they must be the JSON that a
// QJsonObject of the same fields would give, whatever the server put in the strings.
#include "cli/RowFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Before the first QTest::addColumn<TagRow>, which instantiates QMetaTypeId<TagRow>.
Q_DECLARE_METATYPE(berth::TagRow)

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
