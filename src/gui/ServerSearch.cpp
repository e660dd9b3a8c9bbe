#include "ServerSearch.h"

#include "api/HarborClient.h"
#include "models/RegistryTreeModel.h"

#include <memory>

namespace berth {

int searchUnloadedProjects(RegistryTreeModel *model, const QString &text, QObject *context,
    std::function<void(const QPersistentModelIndex &project)> found)
{
    int asked = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex registry = model->index(r, 0);
        HarborClient *client = model->clientFor(registry);
        if (!client)
            continue;
        for (int p = 0; p < model->rowCount(registry); ++p) {
            const QModelIndex project = model->index(p, 0, registry);
            if (NodeKind(project.data(KindRole).toInt()) != NodeKind::Project || !model->canFetchMore(project))
                continue;
            ++asked;
            const QPersistentModelIndex keep(project);
            auto matches = std::make_shared<qint64>(0);
            client->listRepositories(
                project.data().toString(), QStringLiteral("name=~%1").arg(text), context,
                [matches](const QList<Repository> &items, qint64) { *matches += items.size(); },
                [keep, matches, found](const ApiError &e) {
                    if (!e && *matches > 0 && keep.isValid())
                        found(keep);
                });
        }
    }
    return asked;
}

} // namespace berth
