#pragma once

#include "core/DeleteAction.h"
#include "DeletePlan.h"

#include <QCoreApplication>
#include <QModelIndex>
#include <QModelIndexList>
#include <QString>

namespace berth {

class PermissionCache;
class RegistryTreeModel;
struct Plan;
struct RegistryNode;

// Whether a delete may be asked for now, and if not, why.
struct DeleteAvailability
{
    bool enabled = false;
    QString reason; // why not, one sentence for a tooltip or the status bar; empty when enabled
    QModelIndexList rows; // the rows the delete takes (source model, column 0)
};

// The one place that decides whether a delete may be asked for: the Edit menu, the context menu,
// Del and Shift+Del, the delete flow itself and the Clean up dialog's Run button all read it, so
// nothing greyed can be reached another way. It judges from what is known (the selection, who
// Harbor said we are, users/current/permissions); Harbor still decides every request, and
// permissions not known yet leave the decision to Harbor.
class DeleteGate
{
    Q_DECLARE_TR_FUNCTIONS(berth::DeleteGate)

public:
    DeleteGate(const RegistryTreeModel *model, const PermissionCache *permissions);

    DeleteAvailability check(const QModelIndexList &sourceRows, DeletePlan::Mode mode) const;

    // Why the account may not run the removals of a clean-up plan on this registry, or empty.
    QString planDenial(const QModelIndex &registry, const Plan &plan) const;

    // Why this account may not do this in the project of the row, or empty (allowed, or not known).
    QString accountDenial(const QModelIndex &sourceIndex, DeleteAction action) const;

    // Why this row can never be deleted this way, whoever asks, or empty. Rows with a reason are
    // left out of the delete; when none is left the action is off with the first reason. Reasons
    // that belong to the item itself (an immutable tag, ...) go here.
    static QString rowRefusal(const RegistryNode *node, DeletePlan::Mode mode);

    // Whether a row of this kind takes part in a delete of this mode (as DeletePlan::build reads it).
    static bool takes(const RegistryNode *node, DeletePlan::Mode mode);

private:
    const RegistryTreeModel *m_model;
    const PermissionCache *m_permissions;
};

} // namespace berth
