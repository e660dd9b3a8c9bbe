#pragma once

#include "CleanupRules.h"
#include "core/ServerKind.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

// A cleanup plan: every candidate with the rule that decided it, the totals, and the plan file
// (JSON, which `berthctl plan --json` writes and `--from-plan` reads back) and CSV forms.
//
// What a removal does: a tag is removed with RemoveTag by digest (DELETE
// .../artifacts/{digest}/tags/{tag}), so a tag that moved to another digest cannot be removed by
// accident. A digest item is deleted with DeleteArtifact by digest. An artifact whose every tag
// the plan removes is NOT deleted: Harbor leaves it untagged, and the plan lists it under
// "untagged_leftovers" so that a later "untagged" plan can delete it. That keeps a plan's blast
// radius to exactly the tags it lists.
//
// On a plain OCI registry (server Registry) there is no tag delete and no project: see
// RegistryPlanRule.h for what a removal means there. Repositories are whole names ("alpine",
// "team/app"), push_time and pull_time are null, and `created` (the image config's) ranks tags.

struct BlastRadius
{
    struct Child
    {
        QString digest;
        QString platform;
    };
    struct Accessory
    {
        QString digest;
        QString type;
    };
    QStringList siblingTags; // other tags on the same artifact
    QList<Child> children; // index children (deleted with an artifact when nothing else refers to them)
    QList<Accessory> accessories; // signatures, SBOMs: deleted with the artifact
};

struct PlanItem
{
    enum class Action { Keep, Remove };

    QString repository; // full name, "team/backend/api"
    QString tag; // empty = digest item
    QString digest;
    Action action = Action::Keep;
    QString ruleId; // immutable, not_matched:<filter>, keep_regex, keep_pulled, keep_last, remove
    QString rule; // the rule that decided, in words
    bool immutable = false;
    qint64 size = 0; // of the artifact (0 = unknown)
    QDateTime pushTime;
    QDateTime pullTime; // last pull, invalid = never
    int rank = 0; // 1-based position by push time (plain registry: created) among ranked tags; 0 = not ranked
    QDateTime created; // plain registry: the image config's `created`; invalid = unknown or Harbor
    BlastRadius blast; // siblings for tags; children and accessories for digest items

    // Harbor names only; a plain registry's items have no project (DeleteItem: empty project,
    // the whole name as repository).
    QString project() const { return repository.section(QLatin1Char('/'), 0, 0); }
    QString repositoryPath() const { return repository.section(QLatin1Char('/'), 1); }
    bool isTag() const { return !tag.isEmpty(); }
    QString ref() const; // "team/app:v1" or "team/app@sha256:..."
};

// An artifact whose every tag the plan removes: Harbor keeps it, untagged.
struct UntaggedLeftover
{
    QString repository;
    QString digest;
    QStringList tags;
    qint64 size = 0;
};

struct PlanTotals
{
    int remove = 0;
    int keep = 0;
    int immutable = 0;
    int tagsRemoved = 0;
    int artifactsDeleted = 0;
    qint64 bytes = 0; // artifacts deleted plus artifacts left untagged, each counted once
    qint64 bytesDeleted = 0; // artifacts (and their accessories) deleted by this plan
    bool sizesComplete = true; // false when some artifact had no size
};

struct Plan
{
    QDateTime computedAt; // when the plan was made (wall clock)
    QDateTime asOf; // the `now` the age rules were evaluated against
    QString registry; // base URL, without user info
    ServerKind server = ServerKind::Harbor; // "server" in the file; absent = Harbor
    CleanupScope scope;
    CleanupRules rules;
    QList<PlanItem> items; // by repository, then ranked tags, then digest items
    QList<UntaggedLeftover> leftovers;
    PlanTotals totals;
    int repositories = 0;
    QStringList notes; // what the plan could not know, said once (plain registry), for people

    bool isPlainRegistry() const { return server == ServerKind::Registry; }
    QList<int> removals() const; // indexes of items to remove, in plan order
    void recount();

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    static std::optional<Plan> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace berth
