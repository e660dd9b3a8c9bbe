#include "DeletePlan.h"

#include "core/DigestText.h"
#include "models/RegistryTreeModel.h"

#include <QCoreApplication>
#include <QSet>

namespace berth {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("berth::DeletePlan", s);
}
} // namespace

QString DeletePlan::typedConfirmation() const
{
    if (mode == Mode::Repository && !items.isEmpty())
        return items.first().fullRepository();
    return QString::number(items.size());
}

QString DeletePlan::describe() const
{
    QStringList lines;
    switch (mode) {
    case Mode::Tags:
        lines << tr("Tags to remove (the artifacts stay):");
        for (const QString &t : removedTags)
            lines << QStringLiteral("  - ") + t;
        if (!staying.isEmpty()) {
            lines << QString() << tr("Other tags on the same artifacts stay:");
            for (const QString &t : staying)
                lines << QStringLiteral("  = ") + t;
        }
        break;
    case Mode::Artifacts:
        lines << tr("Artifacts to delete, with everything on them:");
        for (const DeleteItem &i : items)
            lines << QStringLiteral("  - ") + i.fullRepository() + QLatin1Char('@') + i.reference;
        if (!goingAlong.isEmpty()) {
            lines << QString() << tr("Going with them:");
            for (const QString &t : goingAlong)
                lines << QStringLiteral("  x ") + t;
        }
        break;
    case Mode::Repository:
        lines << tr("The whole repository, with all its artifacts and tags:");
        for (const DeleteItem &i : items)
            lines << QStringLiteral("  - ") + i.fullRepository();
        break;
    }
    if (!immutable.isEmpty()) {
        lines << QString() << tr("Immutable, Harbor will refuse these (412):");
        for (const QString &t : immutable)
            lines << QStringLiteral("  ! ") + t;
    }
    return lines.join(QLatin1Char('\n'));
}

DeleteAction DeletePlan::actionFor(Mode mode)
{
    switch (mode) {
    case Mode::Tags:
        return DeleteAction::RemoveTag;
    case Mode::Artifacts:
        return DeleteAction::DeleteArtifact;
    case Mode::Repository:
        return DeleteAction::DeleteRepository;
    }
    return DeleteAction::RemoveTag;
}

DeletePlan DeletePlan::build(const RegistryTreeModel *model, const QModelIndexList &sourceRows, Mode mode)
{
    DeletePlan plan;
    plan.mode = mode;
    QSet<const ArtifactRecord *> seenArtifacts;
    QSet<QString> removedKeys;
    for (const QModelIndex &idx : sourceRows) {
        const RegistryNode *n = model->node(idx.siblingAtColumn(0));
        if (!n)
            continue;
        const RegistryNode *registry = n->registry();
        if (!registry)
            continue;
        if (plan.registry.isEmpty())
            plan.registry = registry->name;
        else if (plan.registry != registry->name) {
            plan.error = tr("The selection spans several registries; delete from one registry at a time.");
            return plan;
        }
        const QString repo = n->repositoryFullName();
        const QString project = repo.section(QLatin1Char('/'), 0, 0);
        const QString path = repo.section(QLatin1Char('/'), 1);
        if (mode == Mode::Repository) {
            if (n->kind != NodeKind::Repository)
                continue;
            DeleteItem item;
            item.action = actionFor(mode);
            item.project = project;
            item.repository = path;
            item.label = repo;
            plan.items << item;
            plan.rows << QPersistentModelIndex(idx.siblingAtColumn(0));
            continue;
        }
        if (mode == Mode::Tags) {
            if (n->kind != NodeKind::Tag || !n->artifact)
                continue;
            DeleteItem item;
            item.action = actionFor(mode);
            item.project = project;
            item.repository = path;
            // By the digest the user saw: exactly that tag on exactly that artifact.
            item.reference = n->artifact->digest;
            item.digest = n->artifact->digest;
            item.tag = n->name;
            item.label = repo + QLatin1Char(':') + n->name;
            plan.items << item;
            plan.rows << QPersistentModelIndex(idx.siblingAtColumn(0));
            plan.removedTags << item.label;
            removedKeys.insert(item.label);
            if (n->immutable)
                plan.immutable << item.label;
            continue;
        }
        // Artifacts: tag rows and digest rows name their artifact; one item per digest.
        if ((n->kind != NodeKind::Tag && n->kind != NodeKind::Digest) || !n->artifact
            || seenArtifacts.contains(n->artifact))
            continue;
        seenArtifacts.insert(n->artifact);
        DeleteItem item;
        item.action = actionFor(mode);
        item.project = project;
        item.repository = path;
        item.reference = n->artifact->digest;
        item.digest = n->artifact->digest;
        item.label = repo + QLatin1Char('@') + n->artifact->digest;
        plan.items << item;
        plan.rows << QPersistentModelIndex(idx.siblingAtColumn(0));
        for (const QString &t : n->artifact->tagNames) {
            plan.goingAlong << tr("tag %1:%2").arg(repo, t);
            plan.removedTags << repo + QLatin1Char(':') + t;
        }
        for (const ChildReference &c : n->artifact->references)
            plan.goingAlong << tr("platform %1 (%2)").arg(c.platform.toString(), shortDigest(c.childDigest));
        for (const Accessory &a : n->artifact->accessories)
            plan.goingAlong << tr("%1 %2").arg(a.type, shortDigest(a.digest));
        // Immutable tags on an artifact make Harbor refuse the whole artifact.
        const RegistryNode *repoNode = n->repository();
        for (const auto &c : repoNode->children)
            if (c->artifact == n->artifact && c->immutable)
                plan.immutable << repo + QLatin1Char(':') + c->name;
    }
    if (mode == Mode::Tags) {
        for (const QModelIndex &idx : sourceRows) {
            const RegistryNode *n = model->node(idx.siblingAtColumn(0));
            if (!n || n->kind != NodeKind::Tag || !n->artifact)
                continue;
            const QString repo = n->repositoryFullName();
            for (const QString &t : n->artifact->tagNames) {
                const QString key = repo + QLatin1Char(':') + t;
                if (!removedKeys.contains(key) && !plan.staying.contains(key))
                    plan.staying << key;
            }
        }
    }
    if (plan.items.isEmpty() && plan.error.isEmpty())
        plan.error = mode == Mode::Tags ? tr("Select one or more tags to remove.")
            : mode == Mode::Artifacts   ? tr("Select tags or untagged artifacts whose artifacts to delete.")
                                        : tr("Select a repository.");
    return plan;
}

} // namespace berth
