// DisplayText: server text made safe for a terminal or a widget. Control characters become
// visible escapes, ordinary text (accents, CJK, emoji, backslashes) stays as it is.
#include "core/DisplayText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace berth;
using DisplayText::Keep;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeControl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped"); // Keep::Nothing
        QTest::addColumn<QString>("keepingLines"); // Keep::LinesAndTabs

        const auto u = [](char16_t c) { return QString(QChar(c)); };
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("plain ASCII") << QStringLiteral("team-a/backend:v1.0") << QStringLiteral("team-a/backend:v1.0")
                                     << QStringLiteral("team-a/backend:v1.0");
        QTest::newRow("CJK, accents, emoji")
            << QStringLiteral("镜像 ünïcödé 🚢") << QStringLiteral("镜像 ünïcödé 🚢") << QStringLiteral("镜像 ünïcödé 🚢");
        QTest::newRow("backslash stays (idempotent)")
            << QStringLiteral("a\\x1b\\n") << QStringLiteral("a\\x1b\\n") << QStringLiteral("a\\x1b\\n");
        QTest::newRow("ESC sequence: retitle the terminal")
            << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07")
            << QStringLiteral("\\x1b]0;owned\\x07");
        QTest::newRow("ESC sequence: clear the screen")
            << QStringLiteral("x\x1b[2J\x1b[H") << QStringLiteral("x\\x1b[2J\\x1b[H")
            << QStringLiteral("x\\x1b[2J\\x1b[H");
        QTest::newRow("CR LF forging a row")
            << QStringLiteral("v1\r\nteam-a/x:forged") << QStringLiteral("v1\\r\\nteam-a/x:forged")
            << QStringLiteral("v1\\r\nteam-a/x:forged");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb") << QStringLiteral("a\tb");
        QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x") << QStringLiteral("\\x00x")
                             << QStringLiteral("\\x00x");
        QTest::newRow("backspace, bell, form feed, vertical tab") << QStringLiteral(
            "\b\a\f\v") << QStringLiteral("\\x08\\x07\\x0c\\x0b") << QStringLiteral("\\x08\\x07\\x0c\\x0b");
        QTest::newRow("unit separator 0x1f") << u(0x1f) << QStringLiteral("\\x1f") << QStringLiteral("\\x1f");
        QTest::newRow("space and tilde stay") << QStringLiteral(" ~") << QStringLiteral(" ~") << QStringLiteral(" ~");
        QTest::newRow("DEL") << u(0x7f) << QStringLiteral("\\x7f") << QStringLiteral("\\x7f");
        QTest::newRow("C1 CSI (8-bit ESC [)")
            << u(0x9b) + QStringLiteral("2J") << QStringLiteral("\\x9b2J") << QStringLiteral("\\x9b2J");
        QTest::newRow("C1 first and last")
            << u(0x80) + u(0x9f) << QStringLiteral("\\x80\\x9f") << QStringLiteral("\\x80\\x9f");
        QTest::newRow("NBSP and Latin-1 stay")
            << u(0xa0) + QStringLiteral("é") << u(0xa0) + QStringLiteral("é") << u(0xa0) + QStringLiteral("é");
        QTest::newRow("RLO reverses what follows")
            << QStringLiteral("tag") + u(0x202e) + QStringLiteral("gpj.exe") << QStringLiteral("tag\\u202egpj.exe")
            << QStringLiteral("tag\\u202egpj.exe");
        QTest::newRow("LRE, RLE, PDF, LRO")
            << u(0x202a) + u(0x202b) + u(0x202c) + u(0x202d) << QStringLiteral("\\u202a\\u202b\\u202c\\u202d")
            << QStringLiteral("\\u202a\\u202b\\u202c\\u202d");
        QTest::newRow("isolates LRI RLI FSI PDI")
            << u(0x2066) + u(0x2067) + u(0x2068) + u(0x2069) << QStringLiteral("\\u2066\\u2067\\u2068\\u2069")
            << QStringLiteral("\\u2066\\u2067\\u2068\\u2069");
        QTest::newRow("line and paragraph separators")
            << u(0x2028) + u(0x2029) << QStringLiteral("\\u2028\\u2029") << QStringLiteral("\\u2028\\u2029");
        QTest::newRow("neighbours of the bidi ranges stay")
            << u(0x202f) + u(0x2065) + u(0x206a) + u(0x2027) << u(0x202f) + u(0x2065) + u(0x206a) + u(0x2027)
            << u(0x202f) + u(0x2065) + u(0x206a) + u(0x2027);
        QTest::newRow("escape in the middle of CJK")
            << QStringLiteral("镜像\x1b[31m红") << QStringLiteral("镜像\\x1b[31m红")
            << QStringLiteral("镜像\\x1b[31m红");
    }

    void escapeControl()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QFETCH(QString, keepingLines);
        QCOMPARE(DisplayText::escapeControl(text), escaped);
        QCOMPARE(DisplayText::escapeControl(text, Keep::LinesAndTabs), keepingLines);
        // What comes out is printable: nothing escapable is left.
        QVERIFY(!DisplayText::hasControl(escaped));
        QCOMPARE(DisplayText::hasControl(text), escaped != text);
        // Escaping twice is escaping once: layers that each escape never double-escape.
        QCOMPARE(DisplayText::escapeControl(escaped), escaped);
        QCOMPARE(DisplayText::escapeControl(keepingLines, Keep::LinesAndTabs), keepingLines);
    }

    void everyEscapedCharacterIsCovered()
    {
        // Walk the whole BMP: exactly the documented characters change, each to an escape of
        // its own code, and everything else stays.
        for (char32_t c = 0; c <= 0xffff; ++c) {
            if (c >= 0xd800 && c <= 0xdfff)
                continue; // surrogates: only ever halves of a pair
            const QString s = QString(QChar(char16_t(c)));
            const bool expected = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
            const QString out = DisplayText::escapeControl(s);
            if (!expected) {
                QCOMPARE(out, s);
                continue;
            }
            QVERIFY2(out.startsWith(QLatin1Char('\\')), qPrintable(QString::number(c, 16)));
            for (const QChar ch : out)
                QVERIFY2(ch.unicode() >= 0x20 && ch.unicode() < 0x7f, qPrintable(QString::number(c, 16)));
        }
    }

    void escapeControlUtf8_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("JSON with line structure stays")
            << QByteArray("[\n    {\"a\": \"\\u001b\"}\r\n]\t") << QByteArray("[\n    {\"a\": \"\\u001b\"}\r\n]\t");
        QTest::newRow("CJK and emoji stay") << QStringLiteral("镜像🚢é").toUtf8() << QStringLiteral("镜像🚢é").toUtf8();
        QTest::newRow("raw ESC and BEL") << QByteArray("a\x1b]0;x\x07") << QByteArray("a\\u001b]0;x\\u0007");
        QTest::newRow("DEL") << QByteArray("\x7f") << QByteArray("\\u007f");
        QTest::newRow("C1 CSI, as UTF-8") << QByteArray("\xc2\x9b"
                                                        "2J")
                                          << QByteArray("\\u009b2J");
        QTest::newRow("C1 first and last") << QByteArray("\xc2\x80\xc2\x9f") << QByteArray("\\u0080\\u009f");
        QTest::newRow("NBSP (C2 A0) stays") << QByteArray("\xc2\xa0") << QByteArray("\xc2\xa0");
        QTest::newRow("RLO") << QStringLiteral("x\u202ey").toUtf8() << QByteArray("x\\u202ey");
        QTest::newRow("LRE and PDF") << QStringLiteral("\u202a\u202c").toUtf8() << QByteArray("\\u202a\\u202c");
        QTest::newRow("isolates") << QStringLiteral("\u2066\u2069").toUtf8() << QByteArray("\\u2066\\u2069");
        QTest::newRow("line separator") << QStringLiteral("\u2028").toUtf8() << QByteArray("\\u2028");
        QTest::newRow("en dash and ellipsis stay") << QStringLiteral("\u2013\u2026\u202f\u2065\u206a").toUtf8()
                                                   << QStringLiteral("\u2013\u2026\u202f\u2065\u206a").toUtf8();
        QTest::newRow("truncated sequence at the end stays") << QByteArray("a\xe2\x80") << QByteArray("a\xe2\x80");
    }

    void escapeControlUtf8()
    {
        QFETCH(QByteArray, utf8);
        QFETCH(QByteArray, escaped);
        QCOMPARE(DisplayText::escapeControlUtf8(utf8), escaped);
        QCOMPARE(DisplayText::escapeControlUtf8(escaped), escaped);
    }

    // JSON keeps its values: the escapes stand for the same characters.
    void escapeControlUtf8KeepsJsonValues()
    {
        QString every;
        for (char16_t c = 1; c < 0x2100; ++c)
            every += QChar(c);
        const QJsonObject o {{QStringLiteral("s"), every}, {QStringLiteral("k") + QChar(0x202e), 1}};
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray json = QJsonDocument(o).toJson(format);
            const QByteArray safe = DisplayText::escapeControlUtf8(json);
            QVERIFY(safe != json);
            QVERIFY(!DisplayText::hasControl(QString::fromUtf8(safe).remove(QLatin1Char('\n'))));
            QJsonParseError error;
            const QJsonDocument back = QJsonDocument::fromJson(safe, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(back.object(), o);
        }
    }

    void literalForAutoText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("plain text unchanged") << QStringLiteral("sha256:abc") << QStringLiteral("sha256:abc");
        QTest::newRow("bold tag shown literally")
            << QStringLiteral("x <b>boom</b>") << QStringLiteral("<qt>x &lt;b&gt;boom&lt;/b&gt;</qt>");
        QTest::newRow("html document shown literally") << QStringLiteral(
            "<html><img src=x></html>") << QStringLiteral("<qt>&lt;html&gt;&lt;img src=x&gt;&lt;/html&gt;</qt>");
        QTest::newRow("entity shown literally")
            << QStringLiteral("a &lt; b") << QStringLiteral("<qt>a &amp;lt; b</qt>");
        QTest::newRow("line breaks kept") << QStringLiteral("<i>\nb") << QStringLiteral("<qt>&lt;i&gt;<br>b</qt>");
    }

    void literalForAutoText()
    {
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        QCOMPARE(DisplayText::literalForAutoText(text), toolTip);
    }

    // Columns on a terminal, for aligning translated labels: a Chinese label is twice as wide as
    // its length, a combining accent takes no column.
    void terminalColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("ascii") << QStringLiteral("Digest") << 6;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("chinese") << QStringLiteral("摘要") << 4;
        QTest::newRow("mixed") << QStringLiteral("OS/架构") << 7;
        QTest::newRow("fullwidth bracket") << QStringLiteral("（1）") << 5;
        QTest::newRow("hangul") << QStringLiteral("태그") << 4;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("supplementary ideograph") << QString::fromUcs4(U"\U00020000") << 2;
    }

    void terminalColumns()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(DisplayText::terminalColumns(text), columns);
        const QString padded = DisplayText::padToColumns(text, 10);
        QCOMPARE(DisplayText::terminalColumns(padded), std::max(10, columns));
        QVERIFY(padded.startsWith(text));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
