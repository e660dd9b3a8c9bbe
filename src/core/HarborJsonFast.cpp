#include "HarborJsonFast.h"

#include "HarborJson.h"

#if BERTH_HAVE_SIMDJSON
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <simdjson.h>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#endif

namespace berth {
namespace HarborJson {

#if BERTH_HAVE_SIMDJSON

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Whether any byte of s is below 0x20, DEL, C2 or E2: the bytes a character
// DisplayText::hasControl() finds begins with in UTF-8 (C0, DEL; C1 is C2 80-9F; the bidi
// controls and separators are E2 80 xx and E2 81 xx). Anything else decodes to none of them.
bool mayBeginControl(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i c0 = _mm_set1_epi8(0x1f), del = _mm_set1_epi8(0x7f);
    const __m128i c2 = _mm_set1_epi8(char(0xc2)), e2 = _mm_set1_epi8(char(0xe2));
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, c0), v); // v <= 0x1f, unsigned
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(low, _mm_cmpeq_epi8(v, del)), _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2)));
        if (_mm_movemask_epi8(hit) != 0)
            return true;
    }
#endif
    for (; i < n; ++i)
        if (p[i] < 0x20 || p[i] == 0x7f || p[i] == 0xc2 || p[i] == 0xe2)
            return true;
    return false;
}

// Each mapper below mirrors its QJsonObject twin in HarborJson.cpp line by line; `ok` turns
// false on anything the two readings could map differently, and the page falls back.
struct Reader
{
    bool ok = true;

    bool decline()
    {
        ok = false;
        return false;
    }

    bool maybeControl = false; // see parseArtifactsFast(body, maybeControl)

    // simdjson writes an escaped lone surrogate (\udc00) as its three UTF-8 bytes (ED B0 80)
    // where Qt keeps the UTF-16 unit; QString::fromUtf8 would then read U+FFFD.
    QString string(std::string_view s)
    {
        if (!maybeControl)
            maybeControl = mayBeginControl(s);
        const char *p = s.data();
        const char *const end = p + s.size();
        while ((p = static_cast<const char *>(std::memchr(p, '\xED', size_t(end - p)))) != nullptr) {
            if (end - p > 1 && uchar(p[1]) >= 0xA0)
                decline();
            ++p;
        }
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    // QJsonValue::toString(): the text of a string, a null QString for anything else.
    QString toString(const element *e)
    {
        std::string_view s;
        if (e && e->get_string().get(s) == simdjson::SUCCESS)
            return string(s);
        return {};
    }

    // The last bytes of a slot and what was made of them: fields repeat from item to item of a
    // page, so the same bytes give the same value again (a QString shared, not copied). The views
    // point into the parser's string buffer, which lives as long as the page's parse.
    template<typename T>
    struct Remembered
    {
        std::string_view bytes;
        T value;
        bool isString = false;

        template<typename Make>
        const T &recall(std::string_view s, Make make)
        {
            if (!isString || bytes != s) {
                bytes = s;
                value = make(s);
                isString = true;
            }
            return value;
        }
    };

    // toString() for repository name and media types.
    enum Repeating { RepositoryName, Type, MediaType, ManifestMediaType, ArtifactType, RepeatingCount };
    Remembered<QString> remembered[RepeatingCount];

    QString repeating(Repeating slot, const element *e)
    {
        std::string_view s;
        if (!e || e->get_string().get(s) != simdjson::SUCCESS)
            return {};
        return remembered[slot].recall(s, [this](std::string_view v) { return string(v); });
    }

    // parseTime(toString(e)): Harbor repeats times (an artifact's and its first tag's push time,
    // Go's zero time for "never pulled").
    enum TimeSlot { Push, Pull, TimeSlotCount };
    Remembered<QDateTime> rememberedTimes[TimeSlotCount];

    QDateTime time(TimeSlot slot, const element *e)
    {
        std::string_view s;
        if (!e || e->get_string().get(s) != simdjson::SUCCESS)
            return parseTime(QString());
        return rememberedTimes[slot].recall(s, [this](std::string_view v) {
            const std::optional<QDateTime> t = harborTime(v);
            return t ? *t : parseTime(string(v));
        });
    }

    // parseTime() of Go's two UTC shapes, "2006-01-02T15:04:05.000Z" and without the fraction,
    // read from the UTF-8 without a QString: the same checks and the same QDateTime as its
    // parseUtcFast() (HarborJsonTime.cpp), Go's zero day as "never". Anything else: nullopt,
    // and parseTime() reads the text.
    static std::optional<QDateTime> harborTime(std::string_view s)
    {
        const size_t n = s.size();
        if (n != 20 && n != 24)
            return std::nullopt;
        const char *p = s.data();
        if (p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[n - 1] != 'Z')
            return std::nullopt;
        const auto digits = [p](size_t at, int count, int *out) {
            int v = 0;
            for (int i = 0; i < count; ++i) {
                const char c = p[at + size_t(i)];
                if (c < '0' || c > '9')
                    return false;
                v = v * 10 + (c - '0');
            }
            *out = v;
            return true;
        };
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
        if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h) || !digits(14, 2, &mi)
            || !digits(17, 2, &sec))
            return std::nullopt;
        if (n == 24 && (p[19] != '.' || !digits(20, 3, &ms)))
            return std::nullopt;
        if (y < 1 || h > 23)
            return std::nullopt;
        const QDate date(y, mo, d);
        const QTime clock(h, mi, sec, ms);
        if (!date.isValid() || !clock.isValid())
            return std::nullopt;
        if (y == 1 && mo == 1 && d == 1)
            return QDateTime(); // parseTime(): Go's zero time is Harbor's "never"
        return QDateTime(date, clock, Qt::UTC);
    }

    // toInt64() in HarborJson.cpp: QJsonValue::toDouble() is the double of what Qt parsed.
    qint64 toInt64(const element *e)
    {
        if (!e)
            return 0;
        double d = 0;
        switch (e->type()) {
        case element_type::INT64:
            d = double(e->get_int64().value_unsafe());
            break;
        case element_type::UINT64:
            return 0; // above INT64_MAX, so above the 9e15 cap too
        case element_type::DOUBLE:
            d = e->get_double().value_unsafe();
            break;
        case element_type::STRING: {
            bool ok = false;
            d = toString(e).toDouble(&ok);
            if (!ok)
                return 0;
            break;
        }
        default:
            return 0;
        }
        if (!(d >= 0) || d > 9.0e15)
            return 0;
        return static_cast<qint64>(d);
    }

    bool toBool(const element *e)
    {
        if (!e)
            return false;
        if (e->type() == element_type::BOOL)
            return e->get_bool().value_unsafe();
        if (e->type() == element_type::STRING)
            return toString(e).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return false;
    }

    // Reads an object's fields into slots by name. A repeated key we read declines: which of the
    // two Qt keeps is its business, not ours to guess.
    template<size_t N>
    bool fields(const element &e, const std::string_view (&names)[N], const element *(&slots)[N], element (&store)[N])
    {
        for (size_t i = 0; i < N; ++i)
            slots[i] = nullptr;
        object o;
        if (e.get_object().get(o) != simdjson::SUCCESS)
            return true; // toObject() of a non-object: every field absent
        for (const auto field : o) {
            for (size_t i = 0; i < N; ++i) {
                if (field.key != names[i])
                    continue;
                if (slots[i])
                    return decline();
                store[i] = field.value;
                slots[i] = &store[i];
                break;
            }
        }
        return true;
    }

    static qsizetype arraySize(const element *e)
    {
        array arr;
        if (!e || e->get_array().get(arr) != simdjson::SUCCESS)
            return 0;
        return qsizetype(arr.size());
    }

    // Elements of an array that are objects; toArray() of anything else is empty.
    template<class F>
    void objectsOf(const element *e, F each)
    {
        array arr;
        if (!e || e->get_array().get(arr) != simdjson::SUCCESS)
            return;
        for (const element item : arr)
            if (ok && item.type() == element_type::OBJECT)
                each(item);
    }

    Tag tag(const element &e)
    {
        static constexpr std::string_view names[]
            = {"id", "artifact_id", "name", "push_time", "pull_time", "immutable"};
        const element *f[6];
        element store[6];
        Tag t;
        if (!fields(e, names, f, store))
            return t;
        t.id = toInt64(f[0]);
        t.artifactId = toInt64(f[1]);
        t.name = toString(f[2]);
        t.pushTime = time(Push, f[3]);
        t.pullTime = time(Pull, f[4]);
        t.immutable = toBool(f[5]);
        return t;
    }

    Label label(const element &e)
    {
        static constexpr std::string_view names[] = {"id", "name", "color", "scope"};
        const element *f[4];
        element store[4];
        Label l;
        if (!fields(e, names, f, store))
            return l;
        l.id = toInt64(f[0]);
        l.name = toString(f[1]);
        l.color = toString(f[2]);
        l.scope = toString(f[3]);
        return l;
    }

    // anyOf(): the first of the spellings that is present and not null, in the list's order.
    static const element *anyOf(std::initializer_list<const element *> candidates)
    {
        for (const element *e : candidates)
            if (e && !e->is_null())
                return e;
        return nullptr;
    }

    Platform platform(const element *e)
    {
        static constexpr std::string_view names[]
            = {"architecture", "os", "variant", "os.version", "'os.version'", "os_version"};
        const element *f[6];
        element store[6];
        Platform p;
        if (!e || !fields(*e, names, f, store))
            return p;
        p.architecture = toString(anyOf({f[0]}));
        p.os = toString(anyOf({f[1]}));
        p.variant = toString(anyOf({f[2]}));
        p.osVersion = toString(anyOf({f[3], f[4], f[5]}));
        return p;
    }

    ChildReference reference(const element &e)
    {
        static constexpr std::string_view names[] = {"child_id", "child_digest", "platform"};
        const element *f[3];
        element store[3];
        ChildReference r;
        if (!fields(e, names, f, store))
            return r;
        r.childId = toInt64(f[0]);
        r.childDigest = toString(f[1]);
        r.platform = platform(f[2]);
        return r;
    }

    Accessory accessory(const element &e)
    {
        static constexpr std::string_view names[]
            = {"id", "artifact_id", "digest", "type", "size", "subject_artifact_digest"};
        const element *f[6];
        element store[6];
        Accessory a;
        if (!fields(e, names, f, store))
            return a;
        a.id = toInt64(f[0]);
        a.artifactId = toInt64(f[1]);
        a.digest = toString(f[2]);
        a.type = toString(f[3]);
        a.size = toInt64(f[4]);
        a.subjectDigest = toString(f[5]);
        return a;
    }

    Artifact artifact(const element &e)
    {
        static constexpr std::string_view names[] = {"id", "project_id", "repository_id", "repository_name", "type",
            "digest", "size", "media_type", "manifest_media_type", "artifact_type", "push_time", "pull_time", "tags",
            "labels", "references", "accessories", "scan_overview"};
        constexpr size_t n = sizeof(names) / sizeof(names[0]);
        const element *f[n];
        element store[n];
        Artifact a;
        if (!fields(e, names, f, store))
            return a;
        a.id = toInt64(f[0]);
        a.projectId = toInt64(f[1]);
        a.repositoryId = toInt64(f[2]);
        a.repositoryName = repeating(RepositoryName, f[3]);
        a.type = repeating(Type, f[4]);
        a.digest = toString(f[5]);
        a.size = toInt64(f[6]);
        a.mediaType = repeating(MediaType, f[7]);
        a.manifestMediaType = repeating(ManifestMediaType, f[8]);
        a.artifactType = repeating(ArtifactType, f[9]);
        a.pushTime = time(Push, f[10]);
        a.pullTime = time(Pull, f[11]);
        a.tags.reserve(arraySize(f[12]));
        objectsOf(f[12], [&](const element &t) { a.tags.append(tag(t)); });
        objectsOf(f[13], [&](const element &l) { a.labels.append(label(l)); });
        objectsOf(f[14], [&](const element &r) { a.references.append(reference(r)); });
        objectsOf(f[15], [&](const element &x) { a.accessories.append(accessory(x)); });
        a.scan = scanOverview(f[16]);
        return a;
    }

    int toInt(const element *e)
    {
        const qint64 n = toInt64(e);
        return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(n);
    }

    // scanFromJson() takes the first report in QJsonObject's key order. Harbor sends one report
    // per scanner in use, nearly always one: that one is read, and more than one, or a report
    // whose key repeats, declines rather than imitate Qt's ordering of keys.
    ScanSummary scanOverview(const element *e)
    {
        ScanSummary s;
        object all;
        if (!e || e->get_object().get(all) != simdjson::SUCCESS)
            return s;
        std::string_view reportKey;
        element report;
        bool found = false;
        for (const auto field : all) {
            if (field.value.type() != element_type::OBJECT)
                continue;
            if (found) {
                decline();
                return s;
            }
            found = true;
            reportKey = field.key;
            report = field.value;
        }
        if (!found)
            return s;
        int sameKey = 0;
        for (const auto field : all)
            sameKey += field.key == reportKey ? 1 : 0;
        if (sameKey != 1) {
            decline();
            return s;
        }
        static constexpr std::string_view names[] = {"scan_status", "severity", "scanner", "summary"};
        const element *f[4];
        element store[4];
        if (!fields(report, names, f, store))
            return s;
        s.present = true;
        s.status = toString(f[0]);
        s.severity = toString(f[1]);
        static constexpr std::string_view scannerNames[] = {"name"};
        const element *sf[1];
        element sstore[1];
        if (f[2] && fields(*f[2], scannerNames, sf, sstore))
            s.scanner = toString(sf[0]);
        static constexpr std::string_view sumNames[] = {"total", "fixable", "summary"};
        const element *mf[3];
        element mstore[3];
        if (!f[3] || !fields(*f[3], sumNames, mf, mstore))
            return s;
        s.total = toInt(mf[0]);
        s.fixable = toInt(mf[1]);
        object bySeverity;
        if (!mf[2] || mf[2]->get_object().get(bySeverity) != simdjson::SUCCESS)
            return s;
        size_t members = 0;
        for (const auto field : bySeverity) {
            ++members;
            s.bySeverity.insert(string(field.key), toInt(&field.value));
        }
        if (size_t(s.bySeverity.size()) != members)
            decline(); // a repeated severity: which value Qt keeps is not ours to guess
        return s;
    }
};

// Qt refuses numbers that underflow (QByteArray::toDouble sets ok=false, and qjsonparser.cpp
// reports IllegalNumber); simdjson reads them as 0 or a subnormal. A page holding any zero or
// subnormal not written as an integer, anywhere, declines. simdjson bounds the depth (1024).
bool numbersQtReads(const element &e)
{
    switch (e.type()) {
    case element_type::DOUBLE:
        return std::fabs(e.get_double().value_unsafe()) >= std::numeric_limits<double>::min();
    // Each container into a local first: value_unsafe() on the temporary result returns a
    // reference into it, which a range-for over the call would keep past its lifetime.
    case element_type::ARRAY: {
        const array items = e.get_array().value_unsafe();
        for (const element item : items)
            if (!numbersQtReads(item))
                return false;
        return true;
    }
    case element_type::OBJECT: {
        const object fields = e.get_object().value_unsafe();
        for (const auto field : fields)
            if (!numbersQtReads(field.value))
                return false;
        return true;
    }
    default:
        return true;
    }
}

} // namespace

std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &body)
{
    bool maybeControl = false;
    return parseArtifactsFast(body, &maybeControl);
}

std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &body, bool *maybeControl)
{
    // One parser per thread keeps its buffers between pages.
    thread_local simdjson::dom::parser parser;
    element root;
    // realloc_if_needed: simdjson reads up to SIMDJSON_PADDING bytes past the end, so it copies
    // the body into a padded buffer (QByteArray promises one NUL, not 64 bytes).
    if (parser.parse(body.constData(), size_t(body.size()), true).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    array items;
    if (root.get_array().get(items) != simdjson::SUCCESS)
        return std::nullopt;
    if (!numbersQtReads(root))
        return std::nullopt;
    Reader reader;
    QList<Artifact> out;
    out.reserve(qsizetype(items.size()));
    for (const element item : items) {
        if (item.type() != element_type::OBJECT)
            return std::nullopt;
        out.append(reader.artifact(item));
        if (!reader.ok)
            return std::nullopt;
    }
    *maybeControl = reader.maybeControl;
    return out;
}

bool fastArtifactsAvailable()
{
    return true;
}

#else

std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &)
{
    return std::nullopt;
}

std::optional<QList<Artifact>> parseArtifactsFast(const QByteArray &, bool *)
{
    return std::nullopt;
}

bool fastArtifactsAvailable()
{
    return false;
}

#endif

} // namespace HarborJson
} // namespace berth
