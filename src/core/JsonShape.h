#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// A cheap look at a JSON body before anything is built from it. QJsonDocument spends about 200
// bytes on every non-empty object or array and 16 on every value, and our mappers a few hundred
// more on every list item, so four bytes of `[1],` can cost a hundred times their size. The
// scan reads the bytes once, allocates nothing and never fails: a malformed body is left to the
// real parser to report.
namespace JsonShape {

struct Shape
{
    bool topLevelArray = false;
    qint64 topLevelItems = 0; // elements of the top-level array; 0 for anything else
    qint64 containers = 0; // objects and arrays at any depth, the document itself included
    qint64 values = 0; // values and keys at any depth (an upper bound: counted from , : [ {)
};

Shape scan(const QByteArray &body);

// Caps for one document. A Harbor page of 100 artifacts holds a few thousand containers and some
// ten thousand values; the caps leave room for artifacts carrying a thousand inline tags each, and
// bound what one body can cost to some 40 MB of objects and 32 MB of values.
constexpr qint64 kMaxContainers = 200000;
constexpr qint64 kMaxValues = 2000000;

// Why the body must not be parsed, naming the cap and its value; empty when it may be.
QString structureRefusal(const Shape &shape);

// The same for one page of a list asked for with page_size=pageSize: more items than asked for
// is a protocol violation (Harbor's LIMIT is page_size: src/lib/orm/query.go in goharbor/harbor).
QString listPageRefusal(const Shape &shape, int pageSize);

} // namespace JsonShape
} // namespace berth
