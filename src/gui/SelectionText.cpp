#include "SelectionText.h"

#include "core/PullCommands.h"
#include "models/ModelRoles.h"
#include "models/RegistryNode.h"

#include <QUrl>

namespace berth {
namespace SelectionText {

namespace {

NodeKind kindOf(const QModelIndex &row)
{
    return NodeKind(row.data(KindRole).toInt());
}

} // namespace

QStringList pullCommands(const QModelIndexList &rows)
{
    QStringList lines;
    for (const QModelIndex &src : rows) {
        const NodeKind kind = kindOf(src);
        const QString repo = src.data(RepositoryRole).toString();
        const QUrl url = src.data(RegistryUrlRole).toUrl();
        QString line;
        if (kind == NodeKind::Tag)
            line = PullCommands::docker(url, repo, src.data(TagRole).toString());
        else if (kind == NodeKind::Digest || kind == NodeKind::Child || kind == NodeKind::Accessory)
            line = PullCommands::docker(url, repo, {}, src.data(DigestRole).toString());
        if (!line.isEmpty()) // empty for a name no registry accepts: never copied
            lines << line;
    }
    return lines;
}

QStringList digests(const QModelIndexList &rows)
{
    QStringList lines;
    for (const QModelIndex &src : rows)
        if (!src.data(DigestRole).toString().isEmpty())
            lines << src.data(DigestRole).toString();
    return lines;
}

QStringList names(const QModelIndexList &rows)
{
    QStringList lines;
    for (const QModelIndex &src : rows) {
        const NodeKind kind = kindOf(src);
        const QString repo = src.data(RepositoryRole).toString();
        if (kind == NodeKind::Tag)
            lines << repo + QLatin1Char(':') + src.data(TagRole).toString();
        else if (kind == NodeKind::Repository)
            lines << repo;
        else if (!src.data(DigestRole).toString().isEmpty())
            lines << repo + QLatin1Char('@') + src.data(DigestRole).toString();
        else
            lines << src.data(FilterTextRole).toString();
    }
    return lines;
}

} // namespace SelectionText
} // namespace berth
