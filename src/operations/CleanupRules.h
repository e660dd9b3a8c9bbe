#pragma once

#include "core/Artifact.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

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
// What a removal does (see Plan): a tag is removed with RemoveTag by digest (DELETE
// .../artifacts/{digest}/tags/{tag}), so a tag that moved to another digest cannot be removed by
// accident. A digest item is deleted with DeleteArtifact by digest. An artifact whose every tag
// the plan removes is NOT deleted: Harbor leaves it untagged, and the plan lists it under
// "untagged_leftovers" so that a later "untagged" plan can delete it. That keeps a plan's blast
// radius to exactly the tags it lists.

struct TagPattern
{
    QString text;
    bool glob = false;

    bool isEmpty() const { return text.isEmpty(); }
    // The anchored expression, or an invalid one with `error` set.
    QRegularExpression compile(QString *error = nullptr) const;
    QString describe() const; // "regex 'ci-.*'" / "glob 'release-*'"
};

namespace Cleanup {
// "30d", "12h", "2w", "90m", "45s", also combined ("1w2d"); a number needs a unit. Returns the
// seconds, or nullopt with `error` set.
std::optional<qint64> parseDuration(const QString &text, QString *error = nullptr);
// The shortest exact form: 2592000 -> "30d", 1209600 -> "2w", 90000 -> "1d1h".
QString formatDuration(qint64 seconds);
// "3d ago" style text for a time difference, for rule words.
QString formatAge(const QDateTime &time, const QDateTime &now);
} // namespace Cleanup

struct CleanupScope
{
    enum class Kind { Registry, Project, Folder, Repository };
    Kind kind = Kind::Registry;
    QString project;
    QString path; // Repository: path without project; Folder: the folder path without slashes

    // "*" or "" -> registry; "team" -> project; "team/a/b" -> repository; "team/a/" -> folder.
    static std::optional<CleanupScope> parse(const QString &text, QString *error = nullptr);
    QString toString() const; // the inverse of parse
    bool contains(const QString &fullRepository) const;
    QString kindName() const; // registry, project, folder, repository
};

struct CleanupRules
{
    // Filters (AND).
    TagPattern match;
    std::optional<qint64> olderThanSecs; // by push time
    std::optional<qint64> pulledBeforeSecs; // by pull time, never pulled = oldest
    bool untaggedOnly = false;
    QString mediaType;
    QString artifactType;

    // Keep rules.
    int keepLast = 0; // 0 = off
    TagPattern keep;
    std::optional<qint64> keepPulledWithinSecs;

    bool hasFilter() const;
    bool hasKeepRule() const;
    bool isEmpty() const { return !hasFilter() && !hasKeepRule(); }
    // Checks that patterns compile and numbers make sense; an empty string means valid.
    QString validate() const;
    // "tags matching regex 'ci-.*', pushed more than 30d ago; keep the 3 newest" (for people).
    QString describe() const;

    QJsonObject toJson() const;
    static std::optional<CleanupRules> fromJson(const QJsonObject &o, QString *error = nullptr);
};

// What one candidate needs for evaluation; made from an Artifact (and one of its tags).
struct CleanupCandidate
{
    QString tag; // empty = digest item
    bool immutable = false;
    QDateTime pushTime; // invalid = unknown (oldest)
    QDateTime lastPull; // invalid = never
    qint64 pushMs = 0; // the same in ms since the epoch; unknown/never = the smallest qint64
    qint64 pullMs = 0;
    QString mediaType;
    QString manifestMediaType;
    QString type;
    QString artifactType;

    static CleanupCandidate from(const Artifact &artifact, const Tag *tag);
};

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
    int rank = 0; // 1-based position by push time among ranked tags; 0 = not ranked
    BlastRadius blast; // siblings for tags; children and accessories for digest items

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

// The artifacts of one repository, as listed (with tags, immutable status and accessories).
struct RepositoryArtifacts
{
    QString repository; // full name
    QList<Artifact> artifacts;
};

struct Plan
{
    QDateTime computedAt; // when the plan was made (wall clock)
    QDateTime asOf; // the `now` the age rules were evaluated against
    QString registry; // base URL, without user info
    CleanupScope scope;
    CleanupRules rules;
    QList<PlanItem> items; // by repository, then ranked tags, then digest items
    QList<UntaggedLeftover> leftovers;
    PlanTotals totals;
    int repositories = 0;

    QList<int> removals() const; // indexes of items to remove, in plan order
    void recount();

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    static std::optional<Plan> fromJson(const QByteArray &json, QString *error = nullptr);
};

class CleanupEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(CleanupEvaluator)

public:
    // Rules must be valid (see validate()); repositories outside the scope are skipped.
    static Plan evaluate(const CleanupRules &rules, const CleanupScope &scope,
        const QList<RepositoryArtifacts> &repositories, const QDateTime &now);

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
