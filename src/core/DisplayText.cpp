#include "DisplayText.h"

#include <QChar>
#include <QList>

namespace berth {
namespace DisplayText {

namespace {

bool isEscaped(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
}

bool kept(char16_t c, Keep keep)
{
    return keep == Keep::LinesAndTabs && (c == u'\n' || c == u'\t');
}

void appendHex(QString &out, char16_t c, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(hex[(c >> shift) & 0xf]);
}

} // namespace

QString escapeControl(const QString &text, Keep keep)
{
    qsizetype first = 0;
    while (first < text.size()) {
        const char16_t c = text.at(first).unicode();
        if (isEscaped(c) && !kept(c, keep))
            break;
        ++first;
    }
    if (first == text.size())
        return text; // the usual case: shared, no copy
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isEscaped(c) || kept(c, keep)) {
            out += QChar(c);
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (c <= 0xff) {
            out += QLatin1String("\\x");
            appendHex(out, c, 2);
        } else {
            out += QLatin1String("\\u");
            appendHex(out, c, 4);
        }
    }
    return out;
}

bool hasControl(const QString &text)
{
    for (const QChar ch : text)
        if (isEscaped(ch.unicode()))
            return true;
    return false;
}

namespace {

// The length of an escaped character's UTF-8 form at i, 0 when there is none; *code gets it.
int controlAt(const QByteArray &utf8, qsizetype i, char16_t *code)
{
    const auto byte = [&](qsizetype k) { return k < utf8.size() ? static_cast<unsigned char>(utf8.at(k)) : 0u; };
    const unsigned b = byte(i);
    if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7f) {
        *code = char16_t(b);
        return 1;
    }
    if (b == 0xc2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9f) { // U+0080-U+009F
        *code = char16_t(byte(i + 1));
        return 2;
    }
    if (b == 0xe2 && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81) && (byte(i + 2) & 0xc0) == 0x80) {
        const auto c = char16_t(0x2000 | ((byte(i + 1) & 0x3f) << 6) | (byte(i + 2) & 0x3f));
        if (isEscaped(c)) {
            *code = c;
            return 3;
        }
    }
    return 0;
}

} // namespace

QByteArray escapeControlUtf8(const QByteArray &utf8)
{
    char16_t code = 0;
    qsizetype first = 0;
    // `ls --all --json` writes megabytes: look closer only at bytes that can start an escape.
    const char *data = utf8.constData();
    for (; first < utf8.size(); ++first) {
        const auto b = static_cast<unsigned char>(data[first]);
        if ((b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2) && controlAt(utf8, first, &code) > 0)
            break;
    }
    if (first == utf8.size())
        return utf8;
    static const char hex[] = "0123456789abcdef";
    QByteArray out = utf8.left(first);
    out.reserve(utf8.size() + 16);
    for (qsizetype i = first; i < utf8.size();) {
        const int len = controlAt(utf8, i, &code);
        if (len == 0) {
            out += utf8.at(i++);
            continue;
        }
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(code >> shift) & 0xf];
        i += len;
    }
    return out;
}

QString literalForAutoText(const QString &text)
{
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text;
    // <qt> makes Qt take it as rich text; the escaped body then shows literally.
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + html + QLatin1String("</qt>");
}

namespace {

// East Asian Width W and F (Unicode's EastAsianWidth.txt), in the blocks that matter for text
// Berth prints: Hangul Jamo, CJK and its punctuation, kana, Hangul syllables, compatibility
// ideographs, vertical and fullwidth forms, and the supplementary ideographic planes.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int terminalColumns(const QString &text)
{
    int columns = 0;
    for (const uint c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        columns += isWide(c) ? 2 : 1;
    }
    return columns;
}

QString padToColumns(const QString &text, int columns)
{
    const int have = terminalColumns(text);
    return have >= columns ? text : text + QString(columns - have, QLatin1Char(' '));
}

} // namespace DisplayText
} // namespace berth
