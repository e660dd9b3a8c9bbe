// Harbor's list query conventions: the q syntax, sort keys and boolean parameters. Paging and the
// X-Total-Count/Link headers are Simulator::paging and Simulator::addListHeaders (query.cpp).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sim {

bool parseBool(const QString &v, bool fallback);

// One condition of Harbor's q syntax: k=v, k=~v, k={a b}, k=(a b), k=[a~b].
struct QCond
{
    QString key;
    QString value; // exact or fuzzy value
    bool fuzzy = false;
    QStringList anyOf; // {a b}
    QStringList allOf; // (a b)
};

QList<QCond> parseQ(const QString &q);
bool matchString(const QCond &c, const QString &s);

struct SortKey
{
    QString key;
    bool desc = false;
};

QList<SortKey> parseSort(const QString &sort, const QStringList &allowed);

} // namespace sim
