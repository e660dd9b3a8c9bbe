#include "query.h"

#include "requestcontext.h"
#include "responses.h"
#include "util.h"

#include <algorithm>

namespace sim {

bool parseBool(const QString &v, bool fallback)
{
    if (v.isEmpty())
        return fallback;
    const QString l = v.toLower();
    if (l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("t"))
        return true;
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("f"))
        return false;
    return fallback;
}

QList<QCond> parseQ(const QString &q)
{
    QList<QCond> out;
    // Harbor unescapes the q value a second time.
    const QString decoded = QString::fromUtf8(percentDecode(q.toUtf8()));
    for (const QString &item : decoded.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QCond c;
        c.key = item.left(eq).trimmed();
        QString v = item.mid(eq + 1).trimmed();
        if (v.startsWith(QLatin1Char('~'))) {
            c.fuzzy = true;
            v = v.mid(1);
        } else if (v.startsWith(QLatin1Char('{')) && v.endsWith(QLatin1Char('}'))) {
            c.anyOf = v.mid(1, v.size() - 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (v.startsWith(QLatin1Char('(')) && v.endsWith(QLatin1Char(')'))) {
            c.allOf = v.mid(1, v.size() - 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (v.startsWith(QLatin1Char('\\'))) {
            v = v.mid(1);
        }
        c.value = v;
        out.append(c);
    }
    return out;
}

bool matchString(const QCond &c, const QString &s)
{
    if (!c.anyOf.isEmpty())
        return c.anyOf.contains(s);
    if (!c.allOf.isEmpty())
        return c.allOf.size() == 1 && c.allOf.first() == s;
    return c.fuzzy ? s.contains(c.value) : s == c.value;
}

QList<SortKey> parseSort(const QString &sort, const QStringList &allowed)
{
    QList<SortKey> out;
    for (QString part : sort.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        SortKey k;
        if (part.startsWith(QLatin1Char('-'))) {
            k.desc = true;
            part = part.mid(1);
        }
        k.key = part;
        if (allowed.contains(k.key))
            out.append(k); // unknown keys are silently ignored, as in Harbor
    }
    return out;
}

bool Simulator::paging(const CtxPtr &ctx, qint64 *page, qint64 *pageSize, HttpResponse *error) const
{
    *page = 1;
    *pageSize = 10;
    QStringList problems;
    if (ctx->hasQ(QStringLiteral("page"))) {
        bool ok = false;
        const QString v = ctx->q(QStringLiteral("page"));
        *page = v.toLongLong(&ok);
        if (!ok)
            problems << QStringLiteral("page in query must be of type int64: \"%1\"").arg(v);
        else if (*page < 1)
            *page = 1;
    }
    if (ctx->hasQ(QStringLiteral("page_size"))) {
        bool ok = false;
        const QString v = ctx->q(QStringLiteral("page_size"));
        *pageSize = v.toLongLong(&ok);
        if (!ok)
            problems << QStringLiteral("page_size in query must be of type int64: \"%1\"").arg(v);
        else if (*pageSize > 100)
            problems << QStringLiteral("page_size in query should be less than or equal to 100");
        else if (*pageSize < 0)
            *pageSize = 10;
    }
    if (!problems.isEmpty()) {
        *error = errorResponse(422, QStringLiteral("UNPROCESSABLE_ENTITY"),
            QStringLiteral("validation failure list:\n") + problems.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

void Simulator::addListHeaders(const CtxPtr &ctx, HttpResponse *r, qint64 total, qint64 page, qint64 pageSize) const
{
    r->addHeader("X-Total-Count", QByteArray::number(total));
    if (pageSize == 0)
        return;
    // Harbor: url.Values.Encode() (keys sorted) then QueryUnescape; path+query only.
    auto linkFor = [&](qint64 p) {
        QList<QPair<QString, QString>> items;
        for (const auto &kv : ctx->query) {
            if (kv.first != QLatin1String("page") && kv.first != QLatin1String("page_size"))
                items.append(kv);
        }
        items.append({QStringLiteral("page"), QString::number(p)});
        items.append({QStringLiteral("page_size"), QString::number(pageSize)});
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList parts;
        for (const auto &kv : items)
            parts << kv.first + QLatin1Char('=') + kv.second;
        return QByteArray("<") + ctx->req.rawPath + '?' + parts.join(QLatin1Char('&')).toUtf8() + '>';
    };
    QList<QByteArray> links;
    if (page > 1 && (page - 1) * pageSize < total)
        links << linkFor(page - 1) + "; rel=\"prev\"";
    if (page * pageSize < total)
        links << linkFor(page + 1) + "; rel=\"next\"";
    if (!links.isEmpty())
        r->addHeader("Link", links.join(" , "));
}

} // namespace sim
