#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace berth {

// Pagination headers. Harbor computes pages from X-Total-Count; Link is informative and its
// query is unescaped by the server, so we never follow it blindly.
namespace PageInfo {

// X-Total-Count: a non-negative integer, or nothing for a missing or garbage header.
std::optional<qint64> parseTotalCount(const QByteArray &header);

struct Links
{
    QString next; // path+query, empty when absent
    QString prev;
    bool malformed = false;
};

// `<path?query>; rel="prev" , <path?query>; rel="next"`
Links parseLink(const QByteArray &header);

// Number of pages for `total` items at `pageSize`, never below 1 (the first page is always
// fetched) and never above `cap`.
int pageCount(qint64 total, int pageSize, int cap);

} // namespace PageInfo
} // namespace berth
