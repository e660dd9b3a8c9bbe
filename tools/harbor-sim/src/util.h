// Small helpers shared by the harbor-sim sources.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sim {

// Percent-decodes once; '+' is kept unless plusAsSpace (query strings).
QByteArray percentDecode(const QByteArray &in, bool plusAsSpace = false);
// Harbor time format: 2026-11-01T00:00:00.000Z; 0 means the zero time 0001-01-01T00:00:00.000Z.
QString harborTime(qint64 msecsSinceEpoch);
QString sha256Digest(const QByteArray &seed);
QString randomHex(int bytes);
QString uuid();
QByteArray base64Url(const QByteArray &data);
QByteArray compactJson(const QJsonObject &o);
QByteArray compactJson(const QJsonArray &a);
// {"errors":[{"code":...,"message":...}]}\n
QByteArray errorBody(const QString &code, const QString &message);
const char *reasonPhrase(int status);
// Glob with '*' and '?' only (immutability rules).
bool globMatch(const QString &pattern, const QString &text);
// "v2.12.0", "v2.12.0-abc", "2.12" >= major.minor; false for anything else.
bool harborVersionAtLeast(const QString &version, int major, int minor);

// Minimal streaming JSON writer (used on hot paths instead of QJsonObject).
class JsonWriter
{
public:
    explicit JsonWriter(int reserve = 1024) { m_out.reserve(reserve); }
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(const char *k)
    {
        comma();
        m_out += '"';
        m_out += k;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    JsonWriter &str(const QString &v) { return str(v.toUtf8()); }
    JsonWriter &str(const QByteArray &utf8);
    JsonWriter &num(qint64 v) { return raw(QByteArray::number(v)); }
    JsonWriter &dbl(double v) { return raw(QByteArray::number(v, 'g', 12)); }
    JsonWriter &boolean(bool v) { return raw(v ? "true" : "false"); }
    JsonWriter &null() { return raw("null"); }
    JsonWriter &raw(const QByteArray &json)
    {
        comma();
        m_out += json;
        return *this;
    }
    const QByteArray &data() const { return m_out; }

private:
    JsonWriter &open(char c)
    {
        comma();
        m_out += c;
        m_first = true;
        return *this;
    }
    JsonWriter &close(char c)
    {
        m_out += c;
        m_first = false;
        m_afterKey = false;
        return *this;
    }
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace sim
