#include "TreeContextMenu.h"

#include "api/ApiPaths.h"
#include "models/RegistryTreeModel.h"

#include <QDesktopServices>
#include <QMenu>

namespace berth {

QMenu *TreeContextMenu::build(const RegistryTreeModel *model, const QModelIndex &src, const TreeMenuActions &actions,
    const TreeMenuCallbacks &callbacks, QWidget *parent)
{
    const auto kind = NodeKind(src.data(KindRole).toInt());
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool artifactRow
        = kind == NodeKind::Tag || kind == NodeKind::Digest || kind == NodeKind::Child || kind == NodeKind::Accessory;
    if (artifactRow && actions.inspect)
        menu->addAction(actions.inspect);
    if (artifactRow) {
        menu->addAction(actions.copyPull);
        menu->addAction(actions.copyDigest);
        menu->addSeparator();
        for (QAction *a : {actions.addTag, actions.copyTo}) {
            if (a)
                menu->addAction(a);
        }
        menu->setToolTipsVisible(true); // a greyed item says why
    }
    menu->addAction(actions.copyName);
    menu->addSeparator();
    addDeleteActions(menu, model, src, actions);
    if (kind == NodeKind::Error && callbacks.retry)
        menu->addAction(tr("Retry"), menu, callbacks.retry);
    if (callbacks.refresh)
        menu->addAction(tr("Refresh"), menu, callbacks.refresh);
    if (kind != NodeKind::Registry) {
        const QUrl page = harborWebUiUrl(model, src);
        if (page.isValid())
            menu->addAction(tr("Open in Harbor's web UI"), menu, [page] { QDesktopServices::openUrl(page); });
    }
    return menu;
}

QUrl TreeContextMenu::harborWebUiUrl(const RegistryTreeModel *model, const QModelIndex &src)
{
    const RegistryNode *n = model->node(src);
    if (!n || model->isPlainRegistry(src))
        return {};
    const QUrl base = src.data(RegistryUrlRole).toUrl();
    const RegistryNode *project = n->project();
    if (!project || !project->data)
        return base.resolved(QUrl(QStringLiteral("/harbor/projects")));
    const QString repo = src.data(RepositoryRole).toString();
    return repo.isEmpty()
        ? base.resolved(QUrl(QStringLiteral("/harbor/projects/%1/repositories").arg(project->data->projectId)))
        : ApiPaths::webUiRepository(base, project->data->projectId, repo.section(QLatin1Char('/'), 1));
}

void TreeContextMenu::addDeleteActions(
    QMenu *menu, const RegistryTreeModel *model, const QModelIndex &src, const TreeMenuActions &actions)
{
    const RegistryNode *n = model->node(src);
    if (!n)
        return;
    // The window's own actions: this menu, the Edit menu and the keys share one enabled state,
    // and a greyed item carries its reason as a tooltip.
    menu->setToolTipsVisible(true);
    if (n->kind == NodeKind::Tag && n->artifact) {
        menu->addAction(actions.removeTags);
        QMenu *sub = menu->addMenu(tr("Artifact"));
        sub->setToolTipsVisible(true);
        sub->addAction(actions.deleteArtifacts);
    } else if (n->kind == NodeKind::Digest && n->artifact) {
        menu->addAction(actions.deleteArtifacts);
    } else if (n->kind == NodeKind::Repository) {
        menu->addAction(actions.deleteRepository);
    }
    // Clean up… for this node: it is the current row now, so the action's scope is this node.
    if (n->kind == NodeKind::Registry || n->kind == NodeKind::Project || n->kind == NodeKind::Folder
        || n->kind == NodeKind::Repository)
        menu->addAction(actions.cleanup);
    menu->addSeparator();
}

} // namespace berth
