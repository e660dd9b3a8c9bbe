#include "RegistryPlanRule.h"

#include <QHash>
#include <utility>

namespace berth {

int RegistryPlanRule::apply(QList<PlanItem> &items)
{
    using Key = std::pair<QString, QString>; // repository, digest
    QHash<Key, QStringList> kept; // the tags the plan keeps, per manifest
    for (const PlanItem &it : std::as_const(items))
        if (it.isTag() && it.action == PlanItem::Action::Keep)
            kept[Key {it.repository, it.digest}] << it.tag;
    int changed = 0;
    for (PlanItem &it : items) {
        if (!it.isTag() || it.action != PlanItem::Action::Remove)
            continue;
        const auto found = kept.constFind(Key {it.repository, it.digest});
        if (found == kept.cend())
            continue;
        it.action = PlanItem::Action::Keep;
        it.ruleId = QString::fromLatin1(kSharedManifestId);
        it.rule = tr("kept: its manifest also carries %1, which the plan keeps; this registry deletes whole "
                     "manifests only (rules alone: %2)")
                      .arg(found->join(QStringLiteral(", ")), it.rule);
        ++changed;
    }
    return changed;
}

} // namespace berth
