#pragma once

#include "CleanupPlan.h"

#include <QCoreApplication>
#include <QList>

namespace berth {

// What a plan's "remove" means on a plain OCI registry, in one place.
//
// The distribution API has no tag delete that servers honour: distribution 2.8 answers
// DELETE /v2/<name>/manifests/<tag> with 400 DIGEST_INVALID, others with 400/405 UNSUPPORTED
// (OCI distribution-spec "Deleting tags" is optional), and a delete by digest takes away every tag
// on the manifest (distribution docs/spec/api.md "Deleting an Image"). So on a plain registry:
//
// * the tags of one manifest (repository + digest) go together, with one DELETE of the digest,
//   and only when the plan removes EVERY tag on it;
// * a tag the rules would remove, whose manifest also carries a tag the plan keeps, is kept, with
//   rule id "shared_manifest" and words naming the kept tags: a kept tag is never deleted.
//
// The plan must hold every tag of each repository it covers (a plan's scope is whole
// repositories, and filters only mark items "keep"), so grouping its items finds every tag on a
// manifest; execution checks the server's tags again before each delete (PlanExecutor).
class RegistryPlanRule
{
    Q_DECLARE_TR_FUNCTIONS(RegistryPlanRule)

public:
    static constexpr const char *kSharedManifestId = "shared_manifest";

    // Applies the rule to the items in place; returns how many removals it turned into keeps.
    static int apply(QList<PlanItem> &items);
};

} // namespace berth
