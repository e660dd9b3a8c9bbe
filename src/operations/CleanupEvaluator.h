#pragma once

#include "CleanupPlan.h"
#include "CleanupRules.h"
#include "core/Artifact.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace berth {

// Cleanup rules and their pure evaluation: no I/O, `now` always given by the caller.
//
// Semantics (the contract the GUI, berthctl and the tests share):
//
// * Candidates. One per tag; an artifact without tags is one candidate of its own (a "digest
//   item"). Index children and accessories are never candidates: they go with their parent and
//   show up in its blast radius.
// * Filters select what may go and are combined with AND; with no filter at all, every candidate
//   is selected (so "--keep-last 3" alone means "everything but the three newest").
//     - tag name: a regular expression or a glob, matched against the WHOLE tag name
//       ("ci-.*" matches "ci-101", not "feature-ci-1"). Digest items have no name and never match.
//     - older than: the push time is more than D before now (a tag's own push time; the
//       artifact's when Harbor sends none). Unknown push times count as oldest.
//     - pulled before: the last pull is more than D before now, or there never was one ("never
//       pulled" counts as oldest). The last pull of a tag is the later of the tag's and its
//       artifact's pull times (a pull by digest keeps its tags in use).
//     - untagged only: only digest items are selected.
//     - media type: equal to the artifact's media_type or manifest_media_type.
//     - artifact type: equal (case-insensitive) to Harbor's type ("IMAGE", "CHART") or to the
//       OCI artifact_type.
// * Keep rules always win over filters:
//     - keep the newest N tags per repository by push time. The ranking covers the tags that pass
//       the NAME and TYPE filters (not the age filters, so the N newest stay even when they are
//       old). Ties are broken deterministically: later push time first, then the tag name in
//       descending code-point order ("v1.10" before "v1.9" before "v1.1" only when push times are
//       equal). Digest items never count.
//     - keep tags whose whole name matches a regex.
//     - keep anything pulled within D (a candidate pulled at exactly now - D is kept).
// * Immutable tags are always kept and decided as "immutable", before anything else.
// * Decision order, which names the rule that decided: immutable, then the first filter that does
//   not select the candidate, then the first keep rule that holds (keep regex, pulled within,
//   newest N), else remove.
//
// What a removal does is described in CleanupPlan.h.

// The artifacts of one repository, as listed (with tags, immutable status and accessories).
struct RepositoryArtifacts
{
    QString repository; // full name
    QList<Artifact> artifacts;
};

class CleanupEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(CleanupEvaluator)

public:
    // Rules must be valid (see validate()); repositories outside the scope are skipped.
    // rankByCreated: the artifacts' push times hold the image configs' `created` (a plain
    // registry records no push times), and the words say so.
    static Plan evaluate(const CleanupRules &rules, const CleanupScope &scope,
        const QList<RepositoryArtifacts> &repositories, const QDateTime &now, bool rankByCreated = false);

    // Execution's "does the rule still hold?": the planned item against the artifact as the
    // server shows it now (fetched by the tag, or by the digest for a digest item). Returns the
    // reason when the item changed since the plan, nullopt when it may go. The newest-N rank is
    // taken from the plan: a later push only moves a tag further down.
    static std::optional<QString> recheck(
        const CleanupRules &rules, const PlanItem &item, const Artifact &current, const QDateTime &now);

private:
    struct Compiled;
};

} // namespace berth
