#include "RowFormat.h"

#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "core/EffectiveTimes.h"
#include "core/HarborJson.h"
#include "core/JsonText.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <QJsonDocument>

namespace berth {
namespace RowFormat {

namespace {
QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(HarborJson::formatTime(t)) : QJsonValue(QJsonValue::Null);
}
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("never");
}
// A cell of a text row: server text with every control character escaped, so a tab or line
// break in it cannot add a column or forge a row.
QString cell(const QString &serverText)
{
    return DisplayText::escapeControl(serverText);
}
} // namespace

QJsonObject projectJson(const Project &p)
{
    return QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("id"), p.id},
        {QStringLiteral("public"), p.isPublic}, {QStringLiteral("repo_count"), p.repoCount}};
}

QJsonObject repositoryJson(const Repository &r)
{
    return QJsonObject {{QStringLiteral("project"), r.projectName()}, {QStringLiteral("name"), r.name},
        {QStringLiteral("artifact_count"), r.artifactCount}, {QStringLiteral("pull_count"), r.pullCount},
        {QStringLiteral("update_time"), timeOrNull(r.updateTime)}};
}

namespace {

// A tag row's fields by reference: the row writer reads them from a TagRow or straight from an
// Artifact and its Tag.
struct RowFields
{
    const QString &project;
    const QString &repository;
    const QString &tag; // empty: null
    const QString &digest;
    qint64 size;
    const QDateTime &pushTime;
    const QDateTime &pullTime;
    const QString &mediaType;
    const QString &manifestMediaType;
    bool immutable;
    const char *kind; // "child" or "accessory", written; nullptr for tags and untagged artifacts
};

// Copies n UTF-16 units to `to` as bytes; true when every one is printable ASCII other than `"`
// and `\` (0x20-0x7e), which JSON and the terminal rescan both leave as they are. Nearly every
// string of a row is (digests, names, media types), and this is most of writing one.
bool copyPlain(const char16_t *from, qsizetype n, char *to)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time. Units from 0x8000 up are negative as int16 and fail the first test.
    const __m128i below = _mm_set1_epi16(0x1f), above = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16(u'"'), backslash = _mm_set1_epi16(u'\\');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
        const __m128i inRange = _mm_and_si128(_mm_cmpgt_epi16(v, below), _mm_cmplt_epi16(v, above));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, inRange)) != 0xffff)
            return false;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(to + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = from[i];
        if (c < 0x20 || c >= 0x7f || c == u'"' || c == u'\\')
            return false;
        to[i] = char(c);
    }
    return true;
}

// Appends through a raw pointer, with one capacity check per piece instead of a
// QByteArray::append (an insert() with its own checks) per key. The array's size runs ahead of
// what is written; finish() trims it.
class Sink
{
public:
    explicit Sink(QByteArray &out)
        : m_out(out)
    {
        reload();
    }

    void literal(const char *s, qsizetype n)
    {
        room(n);
        std::memcpy(m_p, s, size_t(n));
        m_p += n;
    }
    template<qsizetype N>
    void literal(const char (&s)[N])
    {
        literal(s, N - 1);
    }

    // `terminalSafe`: JsonText::appendTerminalSafeString, else JsonText::appendString. Both copy
    // printable ASCII without `"` or `\` as it is; this does that here and leaves the rest to them.
    void string(const QString &s, bool terminalSafe)
    {
        const qsizetype n = s.size();
        room(n + 2);
        *m_p = '"';
        if (!copyPlain(reinterpret_cast<const char16_t *>(s.constData()), n, m_p + 1)) {
            if (terminalSafe)
                JsonText::appendTerminalSafeString(finish(), s);
            else
                JsonText::appendString(finish(), s);
            reload();
            return;
        }
        m_p[n + 1] = '"';
        m_p += n + 2;
    }

    void stringOrNull(const QString &s, bool terminalSafe)
    {
        if (s.isEmpty())
            literal("null");
        else
            string(s, terminalSafe);
    }

    void number(qint64 n)
    {
        room(24);
        m_p = std::to_chars(m_p, m_p + 24, n).ptr; // QByteArray::number's digits
    }

    // JsonText::appendStringOrNull(HarborJson::formatTime(t)): for the years formatTime writes
    // itself, the same 24 characters, with the date split once instead of once per field.
    void time(const QDateTime &t, bool terminalSafe)
    {
        if (!t.isValid()) {
            literal("null");
            return;
        }
        const QDateTime utc = t.toUTC();
        int year = 0, month = 0, day = 0;
        utc.date().getDate(&year, &month, &day);
        if (year < 1 || year > 9999) {
            stringOrNull(HarborJson::formatTime(t), terminalSafe);
            return;
        }
        const int ms = utc.time().msecsSinceStartOfDay();
        room(26);
        const auto put = [this](int value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                m_p[i] = char('0' + value % 10);
            m_p += width;
        };
        *m_p++ = '"';
        put(year, 4);
        *m_p++ = '-';
        put(month, 2);
        *m_p++ = '-';
        put(day, 2);
        *m_p++ = 'T';
        put(ms / 3600000, 2);
        *m_p++ = ':';
        put(ms / 60000 % 60, 2);
        *m_p++ = ':';
        put(ms / 1000 % 60, 2);
        *m_p++ = '.';
        put(ms % 1000, 3);
        *m_p++ = 'Z';
        *m_p++ = '"';
    }

    QByteArray &finish()
    {
        m_out.resize(m_p - m_out.constData());
        return m_out;
    }

private:
    void reload()
    {
        m_p = m_out.data() + m_out.size();
        m_end = m_p;
    }
    void room(qsizetype n)
    {
        if (m_end - m_p >= n)
            return;
        const qsizetype used = m_p - m_out.constData();
        // Up to the capacity there is (no allocation), else a growing one (QArrayData::Grow).
        m_out.resize(used + n <= m_out.capacity() ? m_out.capacity() : used + std::max<qsizetype>(n, 1024));
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }

    QByteArray &m_out;
    char *m_p = nullptr;
    char *m_end = nullptr;
};

void writeRow(Sink &o, const RowFields &row, bool terminalSafe)
{
    o.literal("{\"digest\":");
    o.string(row.digest, terminalSafe);
    if (row.immutable)
        o.literal(",\"immutable\":true");
    else
        o.literal(",\"immutable\":false");
    if (row.kind) {
        o.literal(",\"kind\":\"");
        o.literal(row.kind, qsizetype(std::strlen(row.kind)));
        o.literal("\"");
    }
    o.literal(",\"manifest_media_type\":");
    o.string(row.manifestMediaType, terminalSafe);
    o.literal(",\"media_type\":");
    o.string(row.mediaType, terminalSafe);
    o.literal(",\"project\":");
    o.string(row.project, terminalSafe);
    o.literal(",\"pull_time\":");
    o.time(row.pullTime, terminalSafe);
    o.literal(",\"push_time\":");
    o.time(row.pushTime, terminalSafe);
    o.literal(",\"repository\":");
    o.string(row.repository, terminalSafe);
    o.literal(",\"size\":");
    o.number(row.size);
    o.literal(",\"tag\":");
    o.stringOrNull(row.tag, terminalSafe);
    o.literal("}");
}

} // namespace

QByteArray tagJson(const TagRow &row)
{
    QByteArray out;
    out.reserve(512);
    const char *kind = row.kind == QLatin1String("child") ? "child"
        : row.kind == QLatin1String("accessory")          ? "accessory"
                                                          : nullptr;
    Sink o(out);
    writeRow(o,
        RowFields {row.project, row.repository, row.tag, row.digest, row.size, row.pushTime, row.pullTime,
            row.mediaType, row.manifestMediaType, row.immutable, kind},
        false);
    o.finish();
    return out;
}

int appendTerminalSafeTagRows(
    QByteArray &out, const QString &project, const Artifact &a, bool children, bool accessories, bool *first)
{
    Sink o(out);
    int rows = 0;
    const auto row = [&](const RowFields &fields) {
        if (*first)
            o.literal("\n");
        else
            o.literal(",\n");
        *first = false;
        writeRow(o, fields, true);
        ++rows;
    };
    const QString none;
    const QDateTime never;
    // The same rows, fields and order as rowsFor().
    if (a.tags.isEmpty())
        row(RowFields {project, a.repositoryName, none, a.digest, a.size, a.pushTime, a.pullTime, a.mediaType,
            a.manifestMediaType, false, nullptr});
    for (const Tag &t : a.tags) {
        const QDateTime push = effectivePushTime(t.pushTime, a.pushTime);
        const QDateTime pull = effectivePullTime(t.pullTime, a.pullTime);
        row(RowFields {project, a.repositoryName, t.name, a.digest, a.size, push, pull, a.mediaType,
            a.manifestMediaType, t.immutable, nullptr});
    }
    if (children) {
        for (const ChildReference &c : a.references) {
            const QString platform = c.platform.toString();
            row(RowFields {
                project, a.repositoryName, none, c.childDigest, 0, a.pushTime, never, platform, none, false, "child"});
        }
    }
    if (accessories) {
        for (const Accessory &acc : a.accessories)
            row(RowFields {project, a.repositoryName, none, acc.digest, acc.size, never, never, acc.type, none, false,
                "accessory"});
    }
    o.finish();
    return rows;
}

QByteArray registryTagJson(const TagRow &row)
{
    QByteArray o;
    o.reserve(300);
    o += "{\"digest\":";
    JsonText::appendStringOrNull(o, row.digest);
    o += ",\"immutable\":false,\"manifest_media_type\":";
    JsonText::appendStringOrNull(o, row.manifestMediaType);
    o += ",\"media_type\":";
    JsonText::appendStringOrNull(o, row.mediaType);
    o += ",\"project\":null,\"pull_time\":null,\"push_time\":null,\"repository\":";
    JsonText::appendString(o, row.repository);
    o += ",\"size\":";
    o += row.size >= 0 ? QByteArray::number(row.size) : QByteArrayLiteral("null");
    o += ",\"tag\":";
    JsonText::appendStringOrNull(o, row.tag);
    o += '}';
    return o;
}

QString registryTagText(const TagRow &row)
{
    QString line = cell(row.repository + QLatin1Char(':') + row.tag);
    if (!row.digest.isEmpty())
        line += QLatin1Char('\t') + cell(shortDigest(row.digest)) + QLatin1Char('\t')
            + (row.size >= 0 ? humanSize(row.size) : QStringLiteral("-"));
    return line;
}

QJsonObject registryRepositoryJson(const QString &name)
{
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("project"), null}, {QStringLiteral("name"), name},
        {QStringLiteral("artifact_count"), null}, {QStringLiteral("pull_count"), null},
        {QStringLiteral("update_time"), null}};
}

QList<TagRow> rowsFor(const QString &project, const Artifact &a, bool children, bool accessories)
{
    QList<TagRow> rows;
    TagRow base;
    base.project = project;
    base.repository = a.repositoryName;
    base.digest = a.digest;
    base.size = a.size;
    base.pushTime = a.pushTime;
    base.pullTime = a.pullTime;
    base.mediaType = a.mediaType;
    base.manifestMediaType = a.manifestMediaType;
    if (a.tags.isEmpty()) {
        base.kind = QStringLiteral("untagged");
        rows << base;
    }
    for (const Tag &t : a.tags) {
        TagRow r = base;
        r.tag = t.name;
        r.kind = QStringLiteral("tag");
        r.immutable = t.immutable;
        // As the tree and the planner show them: a pull by digest counts for every tag.
        r.pushTime = effectivePushTime(t.pushTime, a.pushTime);
        r.pullTime = effectivePullTime(t.pullTime, a.pullTime);
        rows << r;
    }
    if (children) {
        for (const ChildReference &c : a.references) {
            TagRow r;
            r.project = project;
            r.repository = a.repositoryName;
            r.digest = c.childDigest;
            r.kind = QStringLiteral("child");
            r.mediaType = c.platform.toString();
            r.pushTime = a.pushTime;
            rows << r;
        }
    }
    if (accessories) {
        for (const Accessory &acc : a.accessories) {
            TagRow r;
            r.project = project;
            r.repository = a.repositoryName;
            r.digest = acc.digest;
            r.size = acc.size;
            r.kind = QStringLiteral("accessory");
            r.mediaType = acc.type;
            rows << r;
        }
    }
    return rows;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 ? 1 : 0).arg(QLatin1String(units[u]));
}

QString projectText(const Project &p)
{
    return QStringLiteral("%1\t%2\t%3 repositories")
        .arg(cell(p.name), p.isPublic ? QStringLiteral("public") : QStringLiteral("private"))
        .arg(p.repoCount);
}

QString repositoryText(const Repository &r)
{
    return QStringLiteral("%1\t%2 artifacts").arg(cell(r.name)).arg(r.artifactCount);
}

QString tagText(const TagRow &row)
{
    const QString ref = row.tag.isEmpty() ? QStringLiteral("@") + row.digest : QStringLiteral(":") + row.tag;
    QString line = cell(row.repository + ref) + QLatin1Char('\t') + cell(shortDigest(row.digest)) + QLatin1Char('\t')
        + humanSize(row.size) + QLatin1Char('\t') + timeText(row.pushTime);
    if (row.immutable)
        line += QStringLiteral("\timmutable");
    if (row.kind == QLatin1String("child") || row.kind == QLatin1String("accessory"))
        line += QLatin1Char('\t') + row.kind + QLatin1Char(' ') + cell(row.mediaType);
    return line;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace RowFormat
} // namespace berth
