// libFuzzer target: X-Total-Count and Link parsing, and pageCount() over integers taken from
// the input and from whatever parseTotalCount() makes of it.
#include "core/PageInfo.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace berth;

namespace {

template<class T>
T take(const uint8_t *&data, size_t &size)
{
    T value {};
    const size_t n = size < sizeof(T) ? size : sizeof(T);
    std::memcpy(&value, data, n);
    data += n;
    size -= n;
    return value;
}

void checkPages(qint64 total, int pageSize, int cap)
{
    const int pages = PageInfo::pageCount(total, pageSize, cap);
    FUZZ_CHECK(pages >= 1); // the first page is always fetched
    if (cap > 0)
        FUZZ_CHECK(pages <= cap); // a lying total cannot make us fetch more than the cap
    if (pageSize > 0 && cap > 0 && total > 0 && pages < cap) {
        // Exactly enough pages for `total` items.
        FUZZ_CHECK(static_cast<qint64>(pages) * pageSize >= total);
        FUZZ_CHECK(static_cast<qint64>(pages - 1) * pageSize < total);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray whole(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const std::optional<qint64> total = PageInfo::parseTotalCount(whole);
    if (total)
        FUZZ_CHECK(*total >= 0);

    const PageInfo::Links links = PageInfo::parseLink(whole);
    // Whatever came back is text from inside <...>: it can never contain the delimiters.
    FUZZ_CHECK(!links.next.contains(QLatin1Char('>')) && !links.prev.contains(QLatin1Char('>')));

    // Derived integers: the first 16 bytes as (total, pageSize, cap), the rest as a header.
    const uint8_t *p = data;
    size_t left = size;
    const qint64 rawTotal = take<qint64>(p, left);
    const int pageSize = take<int>(p, left);
    const int cap = take<int>(p, left);
    checkPages(rawTotal, pageSize, cap);
    checkPages(rawTotal, 100, 5000); // the client's defaults
    checkPages(std::numeric_limits<qint64>::max(), pageSize, cap);
    checkPages(std::numeric_limits<qint64>::min(), pageSize, cap);
    const QByteArray tail(reinterpret_cast<const char *>(p), static_cast<qsizetype>(left));
    if (const std::optional<qint64> t = PageInfo::parseTotalCount(tail)) {
        FUZZ_CHECK(*t >= 0);
        checkPages(*t, pageSize, cap);
        checkPages(*t, 100, 5000);
    }
    PageInfo::parseLink(tail);
    return 0;
}
