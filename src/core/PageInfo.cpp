#include "PageInfo.h"

#include <QList>

namespace berth {
namespace PageInfo {

std::optional<qint64> parseTotalCount(const QByteArray &header)
{
    const QByteArray t = header.trimmed();
    if (t.isEmpty() || t.size() > 18)
        return std::nullopt;
    for (char c : t)
        if (c < '0' || c > '9')
            return std::nullopt;
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

Links parseLink(const QByteArray &header)
{
    Links links;
    if (header.trimmed().isEmpty())
        return links;
    // Entries are separated by commas; a URL inside <> may itself contain commas (the
    // server unescapes the query), so split on '<' boundaries instead.
    const QByteArray h = header.left(16 * 1024);
    int pos = 0;
    while (pos < h.size()) {
        const int open = h.indexOf('<', pos);
        if (open < 0)
            break;
        const int close = h.indexOf('>', open + 1);
        if (close < 0) {
            links.malformed = true;
            break;
        }
        const QByteArray url = h.mid(open + 1, close - open - 1);
        int next = h.indexOf('<', close + 1);
        const QByteArray params = h.mid(close + 1, (next < 0 ? h.size() : next) - close - 1);
        const int relAt = params.indexOf("rel=");
        if (relAt < 0) {
            links.malformed = true;
        } else {
            QByteArray rel = params.mid(relAt + 4).trimmed();
            const int cut = rel.indexOf(',');
            if (cut >= 0)
                rel = rel.left(cut).trimmed();
            const int semi = rel.indexOf(';');
            if (semi >= 0)
                rel = rel.left(semi).trimmed();
            if (rel.startsWith('"') && rel.endsWith('"') && rel.size() >= 2)
                rel = rel.mid(1, rel.size() - 2);
            if (rel == "next")
                links.next = QString::fromUtf8(url);
            else if (rel == "prev")
                links.prev = QString::fromUtf8(url);
        }
        if (next < 0)
            break;
        pos = next;
    }
    if (links.next.isEmpty() && links.prev.isEmpty() && !h.contains('<'))
        links.malformed = true;
    return links;
}

int pageCount(qint64 total, int pageSize, int cap)
{
    if (pageSize <= 0 || cap <= 0)
        return 1;
    if (total <= 0)
        return 1;
    const qint64 pages = total / pageSize + (total % pageSize != 0 ? 1 : 0); // no overflow near INT64_MAX
    return static_cast<int>(qMin<qint64>(pages, cap));
}

} // namespace PageInfo
} // namespace berth
