#include "JsonShape.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <QCoreApplication>

namespace berth {
namespace JsonShape {

namespace {

struct JsonShapeText
{
    Q_DECLARE_TR_FUNCTIONS(berth::JsonShape)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first '"' in [p, end), or nullptr: memchr's answer. Most strings of a page (keys, names,
// times) are short, and for them a call to memchr costs more than the search; sixteen bytes at a
// time here, the same answer.
const char *nextQuote(const char *p, const char *const end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    for (; end - p >= 16; p += 16) {
        const int hits
            = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), quote));
        if (hits != 0)
            return p + __builtin_ctz(unsigned(hits));
    }
#endif
    return static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
}

} // namespace

Shape scan(const QByteArray &body)
{
    Shape s;
    const char *p = body.constData();
    const char *const end = p + body.size();
    // Qt's parser skips a UTF-8 byte order mark (qjsonparser.cpp), so the scan does too.
    if (end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF)
        p += 3;
    while (p < end && isSpace(*p))
        ++p;
    s.topLevelArray = p < end && *p == '[';

    qint64 depth = 0;
    qint64 commasAtTop = 0; // separators inside the top-level array
    bool contentAtTop = false; // anything inside the top-level array
    bool inString = false;
    for (; p < end; ++p) {
        const char c = *p;
        if (inString) {
            // Jump to the next quote (memchr is vectorised; strings are most of a page's bytes).
            // It ends the string unless an odd run of backslashes escapes it: the same reading
            // as stepping over each escaped character.
            const char *q = nextQuote(p, end);
            if (!q) {
                p = end - 1;
                continue;
            }
            const char *b = q;
            while (b > p && b[-1] == '\\')
                --b;
            p = q;
            inString = ((q - b) % 2) != 0;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            contentAtTop = contentAtTop || depth == 1;
            break;
        case '[':
        case '{':
            ++s.containers;
            ++s.values;
            contentAtTop = contentAtTop || depth == 1;
            ++depth;
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        case ',':
            ++s.values;
            if (depth == 1)
                ++commasAtTop;
            break;
        case ':':
            ++s.values;
            break;
        default:
            if (depth == 1 && !isSpace(c))
                contentAtTop = true;
            break;
        }
    }
    if (s.topLevelArray)
        s.topLevelItems = commasAtTop + (contentAtTop ? 1 : 0);
    return s;
}

QString structureRefusal(const Shape &shape)
{
    if (shape.containers > kMaxContainers)
        return JsonShapeText::tr("a body of more than %1 JSON objects and arrays, the cap for one response")
            .arg(kMaxContainers);
    if (shape.values > kMaxValues)
        return JsonShapeText::tr("a body of more than %1 JSON values, the cap for one response").arg(kMaxValues);
    return {};
}

QString listPageRefusal(const Shape &shape, int pageSize)
{
    if (shape.topLevelItems > pageSize)
        return JsonShapeText::tr("a page of %1 items, more than the page_size=%2 that was asked for")
            .arg(shape.topLevelItems)
            .arg(pageSize);
    return structureRefusal(shape);
}

} // namespace JsonShape
} // namespace berth
