#include "RevealPath.h"

#include "core/ImageRef.h"
#include "models/RegistryTreeModel.h"

namespace berth {

QModelIndexList revealPath(const RegistryTreeModel *model, const QString &text, bool *complete)
{
    *complete = true;
    QModelIndexList way;
    const ImageRef ref = parseImageRef(text, false);
    if (!ref.isValid() || model->rowCount() == 0)
        return way;
    QStringList names {ref.project};
    names += ref.repository.split(QLatin1Char('/'));
    if (!ref.tag.isEmpty())
        names << ref.tag;
    QModelIndex cur = model->index(0, 0);
    way << cur;
    for (const QString &name : std::as_const(names)) {
        QModelIndex next;
        for (int i = 0; i < model->rowCount(cur) && !next.isValid(); ++i) {
            const QModelIndex child = model->index(i, 0, cur);
            const bool isTag = NodeKind(child.data(KindRole).toInt()) == NodeKind::Tag;
            if (isTag ? child.data(TagRole).toString() == name : model->node(child)->name == name)
                next = child;
        }
        if (!next.isValid()) {
            *complete = false; // not loaded yet
            return way;
        }
        way << next;
        cur = next;
    }
    return way;
}

} // namespace berth
