#include "DeleteGate.h"

#include "api/HarborClient.h"
#include "diagnosis/CauseWording.h"
#include "models/RegistryTreeModel.h"
#include "operations/CleanupPlan.h"
#include "PermissionCache.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace berth {

namespace {

// DeletePlan's own words for an empty or mixed selection: one sentence, one translation.
QString planWords(const char *text)
{
    return QCoreApplication::translate("berth::DeletePlan", text);
}

QString nothingSelected(DeletePlan::Mode mode)
{
    switch (mode) {
    case DeletePlan::Mode::Tags:
        return planWords("Select one or more tags to remove.");
    case DeletePlan::Mode::Artifacts:
        return planWords("Select tags or untagged artifacts whose artifacts to delete.");
    case DeletePlan::Mode::Repository:
        return planWords("Select a repository.");
    }
    return {};
}

} // namespace

DeleteGate::DeleteGate(const RegistryTreeModel *model, const PermissionCache *permissions)
    : m_model(model)
    , m_permissions(permissions)
{ }

bool DeleteGate::takes(const RegistryNode *n, DeletePlan::Mode mode)
{
    if (!n)
        return false;
    switch (mode) {
    case DeletePlan::Mode::Tags:
        return n->kind == NodeKind::Tag && n->artifact;
    case DeletePlan::Mode::Artifacts:
        return (n->kind == NodeKind::Tag || n->kind == NodeKind::Digest) && n->artifact;
    case DeletePlan::Mode::Repository:
        return n->kind == NodeKind::Repository && n->data;
    }
    return false;
}

QString DeleteGate::rowRefusal(const RegistryNode *node, DeletePlan::Mode mode)
{
    // A row from the snapshot may be gone or hold another digest by now: only what the registry
    // confirmed is deleted.
    if (node && node->unconfirmed) {
        const RegistryNode *r = node->registry();
        const qint64 ms = r && r->data ? r->data->snapshotMs : 0;
        return tr("Shown from the snapshot of %1; waiting for the registry to confirm.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat));
    }
    // Immutable tags, and artifacts or repositories that carry one: Harbor answers 412 to anyone.
    return DeletePlan::refusal(node, mode);
}

QString DeleteGate::accountDenial(const QModelIndex &sourceIndex, DeleteAction action) const
{
    const RegistryNode *n = m_model->node(sourceIndex);
    if (!n)
        return {};
    const RegistryNode *registry = n->registry();
    if (registry && registry->data && registry->data->plainRegistry) {
        // No Harbor rule here: a plain registry may allow anonymous deletes, and whatever it
        // answers is explained afterwards. Only a repository delete does not exist in its API.
        if (!m_model->transportFor(sourceIndex))
            return tr("%1 is not connected.").arg(registry->name);
        if (registry->data->deletionDisabled) {
            // Known from the loader's harmless probe: every delete would get 405.
            DiagnosisContext c;
            c.plainRegistry = true;
            const CauseWording w = CauseWording::of(Cause::RegistryDeleteDisabled, ApiError(), c);
            return w.title + QStringLiteral(". ") + w.fix;
        }
        if (action == DeleteAction::DeleteRepository)
            return planWords("A plain registry cannot delete a repository: delete its artifacts instead.");
        return {};
    }
    // Harbor serves a request whose credentials fail as if none were sent (harbor:
    // src/server/middleware/security/unauthorized.go, the last generator), and anonymous callers
    // may never delete: every DELETE would get 401.
    if (registry && registry->data && registry->data->credentialState == QLatin1String("rejected"))
        return tr("Harbor rejected the credentials for %1, so it treats each request as anonymous, and "
                  "anonymous users may never delete. Fix the credentials in Registry → Accounts.")
            .arg(registry->name);
    HarborClient *client = m_model->clientFor(sourceIndex);
    if (!client)
        return tr("%1 is not connected.").arg(registry ? registry->name : QString());
    const RegistryNode *project = n->project();
    const qint64 projectId = project && project->data ? project->data->projectId : 0;
    return m_permissions->denial(client, projectId, project ? project->name : QString(), requiredPermission(action));
}

DeleteAvailability DeleteGate::check(const QModelIndexList &sourceRows, DeletePlan::Mode mode) const
{
    DeleteAvailability a;
    const DeleteAction action = DeletePlan::actionFor(mode);
    QString refusal;
    QHash<const RegistryNode *, QString> denialIn; // per project: one look-up for a large selection
    const RegistryNode *registry = nullptr;
    for (const QModelIndex &i : sourceRows) {
        const QModelIndex idx = i.siblingAtColumn(0);
        const RegistryNode *n = m_model->node(idx);
        if (!takes(n, mode))
            continue;
        const QString why = rowRefusal(n, mode);
        if (!why.isEmpty()) {
            if (refusal.isEmpty())
                refusal = why;
            continue;
        }
        if (registry && n->registry() != registry) {
            a.reason = planWords("The selection spans several registries; delete from one registry at a time.");
            a.rows.clear();
            return a;
        }
        registry = n->registry();
        const RegistryNode *project = n->project();
        auto it = denialIn.constFind(project);
        if (it == denialIn.cend())
            it = denialIn.insert(project, accountDenial(idx, action));
        if (!it->isEmpty()) {
            a.reason = *it;
            a.rows.clear();
            return a;
        }
        a.rows << idx;
    }
    a.enabled = !a.rows.isEmpty();
    if (!a.enabled)
        a.reason = refusal.isEmpty() ? nothingSelected(mode) : refusal;
    return a;
}

QString DeleteGate::planDenial(const QModelIndex &registry, const Plan &plan) const
{
    QSet<QString> asked; // "project\naction"
    for (int i : plan.removals()) {
        const PlanItem &item = plan.items.at(i);
        const DeleteAction action = item.isTag() ? DeleteAction::RemoveTag : DeleteAction::DeleteArtifact;
        const QString project = item.project();
        const QString key = project + QLatin1Char('\n') + QString::number(int(action));
        if (asked.contains(key))
            continue;
        asked.insert(key);
        // The project's row when the tree has it (its id is what permissions are kept by);
        // otherwise the registry's, which still knows who Harbor said we are.
        QModelIndex where = registry;
        for (int r = 0; r < m_model->rowCount(registry); ++r) {
            const QModelIndex c = m_model->index(r, 0, registry);
            const RegistryNode *n = m_model->node(c);
            if (n && n->kind == NodeKind::Project && n->name == project) {
                where = c;
                break;
            }
        }
        const QString why = accountDenial(where, action);
        if (!why.isEmpty())
            return why;
    }
    return {};
}

} // namespace berth
