#pragma once

#include <QByteArray>
#include <QString>

class QJsonValue;

namespace berth {

// JSON text written straight into a buffer, without building a QJsonDocument, byte for byte as
// Qt's writer (qtbase src/corelib/serialization/qjsonwriter.cpp) writes the same value: long
// outputs (a million rows, a hundred-thousand-item plan) stay fast and scripts see Qt's bytes.
namespace JsonText {

// A string with its quotes. Printable ASCII without `"` or `\` (nearly every digest, name, media
// type and time) is copied straight from UTF-16; anything else takes Qt's own escaping (control
// characters, quotes, non-ASCII as UTF-8, lone surrogates as \uXXXX).
void appendString(QByteArray &out, const QString &s);

// A string, or null when it is empty.
void appendStringOrNull(QByteArray &out, const QString &s);

// appendString() for output on its way to a terminal: the same bytes, after
// DisplayText::escapeControlUtf8, which turns the characters JSON leaves raw and a terminal acts
// on (DEL, C1, the bidi controls, U+2028/U+2029) into \uXXXX escapes of the same characters.
// Output built only from these strings and ASCII punctuation, digits and letters can skip
// Terminal's rescan (Terminal::outTerminalSafe).
void appendTerminalSafeString(QByteArray &out, const QString &s);

// Any scalar (string, number, bool, null) as Qt's compact writer puts it.
void appendScalar(QByteArray &out, const QJsonValue &v);

} // namespace JsonText

} // namespace berth
