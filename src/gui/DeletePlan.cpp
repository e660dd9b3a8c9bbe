#include "DeletePlan.h"

#include "core/DigestText.h"
#include "models/RegistryTreeModel.h"

#include <QCoreApplication>
#include <QSet>

namespace berth {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("berth::DeletePlan", s, disambiguation, n);
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
    // What stays is said as staying: Harbor refuses these, so they are not part of the delete.
    if (mode == Mode::Tags && !immutable.isEmpty()) {
        lines << QString() << tr("Kept, immutable (Harbor refuses to delete them, 412):");
        for (const QString &t : immutable)
            lines << QStringLiteral("  = ") + t;
    }
    if (mode == Mode::Artifacts && !keptArtifacts.isEmpty()) {
        lines << QString() << tr("Kept, they carry immutable tags (Harbor refuses to delete them, 412):");
        for (const QString &a : keptArtifacts)
            lines << QStringLiteral("  = ") + a;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

// The immutable tags on a row's artifact, by the repository's rows. Only asked for artifacts
// known to carry one, so a large selection does not scan the repository per row.
QStringList immutableTagsOn(const RegistryNode *n)
{
    QStringList tags;
    const RegistryNode *repo = n->repository();
    if (!repo || !n->artifact || !n->artifact->hasImmutableTag)
        return tags;
    for (const auto &c : repo->children)
        if (c->kind == NodeKind::Tag && c->artifact == n->artifact && c->immutable)
            tags << c->name;
    return tags;
}

} // namespace

QString DeletePlan::refusal(const RegistryNode *n, Mode mode)
{
    // Harbor answers 412 "the tag ... configured as immutable, cannot be deleted" to a tag
    // delete, and to an artifact or repository delete that would take such a tag with it: each
    // goes through the tag controller's Delete (harbor: src/controller/tag/controller.go), and
    // Harbor's own e2e tests expect 412 for all three (tests/apitests/python/test_tag_immutability.py).
    if (n && mode == Mode::Repository && n->kind == NodeKind::Repository) {
        QStringList tags; // what is loaded; an unexpanded repository is left to Harbor
        for (const auto &c : n->children)
            if (c->kind == NodeKind::Tag && c->immutable)
                tags << c->name;
        if (tags.isEmpty())
            return {};
        return tr("Harbor refuses to delete the repository %1 (412): it holds %n immutable tags (%2).", nullptr,
            int(tags.size()))
            .arg(n->repositoryFullName(), tags.join(QStringLiteral(", ")));
    }
    if (!n || !n->artifact)
        return {};
    if (mode == Mode::Tags && n->kind == NodeKind::Tag && n->immutable)
        return tr("%1 is immutable: Harbor refuses to delete it (412).")
            .arg(n->repositoryFullName() + QLatin1Char(':') + n->name);
    if (mode == Mode::Artifacts && (n->kind == NodeKind::Tag || n->kind == NodeKind::Digest)
        && n->artifact->hasImmutableTag) {
        const QStringList tags = immutableTagsOn(n);
        return tr("Harbor refuses to delete the artifact %1 (412): it carries %n immutable tags (%2).", nullptr,
            int(tags.size()))
            .arg(n->repositoryFullName() + QLatin1Char('@') + shortDigest(n->artifact->digest()) + QChar(0x2026),
                tags.join(QStringLiteral(", ")));
    }
    return {};
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
    QString firstRefusal; // why Harbor refuses the first row left out
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
        // A plain registry has no projects: the repository is the whole name.
        plan.plainRegistry = registry->data && registry->data->plainRegistry;
        const QString project = plan.plainRegistry ? QString() : repo.section(QLatin1Char('/'), 0, 0);
        const QString path = plan.plainRegistry ? repo : repo.section(QLatin1Char('/'), 1);
        if (mode == Mode::Repository) {
            if (n->kind != NodeKind::Repository)
                continue;
            if (plan.plainRegistry) {
                // The distribution API has no repository delete: a repository goes with its last manifest.
                plan.error = tr("A plain registry cannot delete a repository: delete its artifacts instead.");
                return plan;
            }
            const QString why = refusal(n, mode);
            if (!why.isEmpty()) {
                if (firstRefusal.isEmpty())
                    firstRefusal = why;
                continue;
            }
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
            const QString why = refusal(n, mode);
            if (!why.isEmpty()) {
                if (firstRefusal.isEmpty())
                    firstRefusal = why;
                plan.immutable << repo + QLatin1Char(':') + n->name;
                continue;
            }
            DeleteItem item;
            item.action = actionFor(mode);
            item.project = project;
            item.repository = path;
            // By the digest the user saw: exactly that tag on exactly that artifact.
            item.reference = n->artifact->digest();
            item.digest = n->artifact->digest();
            item.tag = n->name;
            item.label = repo + QLatin1Char(':') + n->name;
            plan.items << item;
            plan.rows << QPersistentModelIndex(idx.siblingAtColumn(0));
            plan.removedTags << item.label;
            removedKeys.insert(item.label);
            continue;
        }
        // Artifacts: tag rows and digest rows name their artifact; one item per digest.
        if ((n->kind != NodeKind::Tag && n->kind != NodeKind::Digest) || !n->artifact || !n->artifact->hasDigest()
            || seenArtifacts.contains(n->artifact))
            continue;
        seenArtifacts.insert(n->artifact);
        if (const QString why = refusal(n, mode); !why.isEmpty()) {
            if (firstRefusal.isEmpty())
                firstRefusal = why;
            const QStringList tags = immutableTagsOn(n);
            plan.keptArtifacts << QStringLiteral("%1 (%2)").arg(
                repo + QLatin1Char('@') + shortDigest(n->artifact->digest()) + QChar(0x2026),
                tags.join(QStringLiteral(", ")));
            for (const QString &t : tags)
                plan.immutable << repo + QLatin1Char(':') + t;
            continue;
        }
        DeleteItem item;
        item.action = actionFor(mode);
        item.project = project;
        item.repository = path;
        item.reference = n->artifact->digest();
        item.digest = n->artifact->digest();
        item.label = repo + QLatin1Char('@') + n->artifact->digest();
        plan.items << item;
        plan.rows << QPersistentModelIndex(idx.siblingAtColumn(0));
        for (const QString &t : n->artifact->tagNames) {
            plan.goingAlong << tr("tag %1:%2").arg(repo, t);
            plan.removedTags << repo + QLatin1Char(':') + t;
        }
        for (const ChildReference &c : n->artifact->rare().references)
            plan.goingAlong << tr("platform %1 (%2)").arg(c.platform.toString(), shortDigest(c.childDigest));
        for (const Accessory &a : n->artifact->rare().accessories)
            plan.goingAlong << tr("%1 %2").arg(a.type, shortDigest(a.digest));
    }
    if (mode == Mode::Tags) {
        // The siblings of what goes; a kept immutable tag is listed once, as kept.
        const QSet<QString> kept(plan.immutable.cbegin(), plan.immutable.cend());
        QSet<QString> listed;
        for (const QPersistentModelIndex &idx : std::as_const(plan.rows)) {
            const RegistryNode *n = model->node(idx);
            if (!n || !n->artifact)
                continue;
            const QString repo = n->repositoryFullName();
            for (const QString &t : n->artifact->tagNames) {
                const QString key = repo + QLatin1Char(':') + t;
                if (!removedKeys.contains(key) && !kept.contains(key) && !listed.contains(key)) {
                    listed.insert(key);
                    plan.staying << key;
                }
            }
        }
    }
    // Nothing left but what Harbor refuses: say why, and there is nothing to confirm.
    if (plan.items.isEmpty() && plan.error.isEmpty())
        plan.error = firstRefusal;
    if (plan.items.isEmpty() && plan.error.isEmpty())
        plan.error = mode == Mode::Tags ? tr("Select one or more tags to remove.")
            : mode == Mode::Artifacts   ? tr("Select tags or untagged artifacts whose artifacts to delete.")
                                        : tr("Select a repository.");
    return plan;
}

} // namespace berth
