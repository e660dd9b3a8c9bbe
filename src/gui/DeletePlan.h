#pragma once

#include "operations/DeleteBatch.h"

#include <QList>
#include <QModelIndexList>
#include <QPersistentModelIndex>
#include <QString>
#include <QStringList>

namespace berth {

class RegistryTreeModel;
struct RegistryNode;

// What a delete will do, worked out from the rows the user selected, before anything is sent:
// the items, and for the confirmation the tags that go, the siblings that stay or go with them,
// index children and accessories. Immutable tags, and artifacts that carry one, are never
// items: Harbor refuses to delete them (412), so the plan lists them as kept.
struct DeletePlan
{
    enum class Mode { Tags, Artifacts, Repository };

    Mode mode = Mode::Tags;
    QString registry; // profile name; one registry per plan
    bool plainRegistry = false; // a plain OCI registry: items have no project, deletes go through /v2/
    QList<DeleteItem> items;
    QList<QPersistentModelIndex> rows; // the row each item came from (tag row, or any row of the artifact)
    QStringList removedTags; // "repo:tag"
    QStringList staying; // sibling tags that stay (tag removal)
    QStringList goingAlong; // siblings, children and accessories that go with an artifact
    QStringList immutable; // "repo:tag": immutable tags of the selection, kept (Harbor refuses them, 412)
    QStringList keptArtifacts; // "repo@digest (tag, ...)": artifacts kept for their immutable tags
    QString error; // non-empty: nothing can be planned (mixed registries, nothing deletable)

    bool needsTypedConfirmation() const { return mode == Mode::Repository || items.size() > 20; }
    QString typedConfirmation() const; // what the user must type
    QString describe() const; // the plan, one line per fact, for the dialog

    static DeletePlan build(const RegistryTreeModel *model, const QModelIndexList &sourceRows, Mode mode);
    // Why Harbor refuses to delete this row in this mode whoever asks (an immutable tag, an
    // artifact that carries one), or empty. build() keeps such rows out of the plan; the delete
    // gate greys the action when nothing else is selected.
    static QString refusal(const RegistryNode *node, Mode mode);
    // What each item of a plan in this mode does, and so the permission it needs.
    static DeleteAction actionFor(Mode mode);
};

} // namespace berth
