#include "JsonText.h"

#include "DisplayText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace berth::JsonText {

void appendString(QByteArray &out, const QString &s)
{
    const char16_t *u = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    bool plain = true;
    for (qsizetype i = 0; i < n && plain; ++i)
        plain = u[i] >= 0x20 && u[i] < 0x80 && u[i] != u'"' && u[i] != u'\\';
    if (!plain) {
        appendScalar(out, QJsonValue(s));
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + n + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (qsizetype i = 0; i < n; ++i)
        *p++ = char(u[i]);
    *p = '"';
}

void appendTerminalSafeString(QByteArray &out, const QString &s)
{
    // Printable ASCII without `"` or `\` holds no byte escapeControlUtf8 changes; anything else
    // (DEL included) is Qt's bytes put through it. Qt writes valid UTF-8 (a lone surrogate as
    // \uXXXX), so no character straddles the string's edges and escaping it alone gives the
    // bytes that escaping the whole row would.
    const char16_t *u = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && u[i] >= 0x20 && u[i] < 0x7f && u[i] != u'"' && u[i] != u'\\')
        ++i;
    if (i < n) {
        QByteArray qt;
        appendScalar(qt, QJsonValue(s));
        out += DisplayText::escapeControlUtf8(qt);
        return;
    }
    const qsizetype at = out.size();
    out.resize(at + n + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (i = 0; i < n; ++i)
        *p++ = char(u[i]);
    *p = '"';
}

void appendStringOrNull(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendString(out, s);
}

void appendScalar(QByteArray &out, const QJsonValue &v)
{
    // Qt writes a scalar only inside a container: the compact text of a one-element array,
    // without its brackets.
    const QByteArray a = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    out.append(a.constData() + 1, a.size() - 2);
}

} // namespace berth::JsonText
