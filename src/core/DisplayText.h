#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// Text that came from a server (error messages, headers, body snippets, names), made safe to
// put on a terminal or into a widget.
namespace DisplayText {

enum class Keep {
    Nothing, // every control character is escaped: one field, one line
    LinesAndTabs, // '\n' and '\t' stay: a whole block whose line structure we built ourselves
};

// Control characters become visible escapes, everything else stays as it is (CJK, emoji,
// accents). Escaped: C0 (U+0000-U+001F, as \n, \r, \t or \xHH), DEL and C1 (U+007F-U+009F, as
// \xHH), and the characters that reorder or break lines without being seen: the Unicode
// bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, as \uHHHH;
// see "Trojan Source", CVE-2021-42574) and the line and paragraph separators U+2028/U+2029.
// A backslash is left alone, so escaping twice changes nothing (the function is idempotent):
// layers that each escape cannot double-escape.
QString escapeControl(const QString &text, Keep keep = Keep::Nothing);

// True when escapeControl() would change the text (with Keep::Nothing).
bool hasControl(const QString &text);

// For UTF-8 machine output on its way to a terminal (JSON, CSV): the characters escapeControl()
// escapes, except '\n', '\r' and '\t', become JSON escapes (\u001b, \u009b, \u202e). JSON
// escapes C0 controls itself (RFC 8259, section 7) but leaves DEL, C1 and the bidi controls raw,
// and a terminal acts on those as well. In JSON they can only occur inside strings, where the
// escape stands for the same character, so a document keeps its values. Unchanged (shared)
// when there is nothing to escape.
QByteArray escapeControlUtf8(const QByteArray &utf8);

// Text for a place that guesses whether it is HTML (Qt::AutoText: tooltips, QMessageBox's
// informative text), shown exactly as written. Those render rich text whenever
// Qt::mightBeRichText() guesses so (a tag such as <b> or <img> in the first line), so text that
// holds '<' or '&' is handed over as escaped HTML; other text is returned unchanged.
QString literalForAutoText(const QString &text);

// The columns a terminal gives the text: East Asian wide and fullwidth characters (CJK, Hangul,
// fullwidth forms) take two, combining marks none, everything else one. For aligning columns
// whose labels are translated; QString::size() counts UTF-16 units, not columns.
int terminalColumns(const QString &text);
// The text followed by spaces up to `columns` terminal columns (never cut).
QString padToColumns(const QString &text, int columns);

} // namespace DisplayText
} // namespace berth
