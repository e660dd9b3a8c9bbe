#include "CleanupEvaluator.h"

#include "CleanupCandidate.h"
#include "core/DigestText.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace berth {

struct CleanupEvaluator::Compiled
{
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min();

    const CleanupRules &rules;
    QRegularExpression match;
    QRegularExpression keep;
    qint64 nowMs = 0;
    qint64 olderCut = 0; // a time in ms: before it is "older than"
    qint64 pulledCut = 0;
    qint64 keepPulledCut = 0;
    // The words, translated and filled in once per evaluation, not once per candidate.
    QString immutableWords, untaggedOnlyWords, matchUntaggedWords, matchNameWords, keepRegexWords, mediaWords,
        typeWords, notOlderWords, pulledWithinWords, keepPulledWords, keepLastWords, pushedWords, lastPulledWords,
        neverPulledWords, notAmongWords, untaggedWords, staticReasons, noRuleWords, removeWords, daysAgo, hoursAgo,
        minutesAgo, never, future;

    Compiled(const CleanupRules &r, const QDateTime &now, bool rankByCreated = false)
        : rules(r)
        , nowMs(now.toMSecsSinceEpoch())
    {
        if (!r.match.isEmpty())
            match = r.match.compile();
        if (!r.keep.isEmpty())
            keep = r.keep.compile();
        olderCut = nowMs - r.olderThanSecs.value_or(0) * 1000;
        pulledCut = nowMs - r.pulledBeforeSecs.value_or(0) * 1000;
        keepPulledCut = nowMs - r.keepPulledWithinSecs.value_or(0) * 1000;
        const QString older = Cleanup::formatDuration(r.olderThanSecs.value_or(0));
        const QString pulled = Cleanup::formatDuration(r.pulledBeforeSecs.value_or(0));
        const QString keepPulled = Cleanup::formatDuration(r.keepPulledWithinSecs.value_or(0));
        immutableWords = tr("kept: immutable tag (Harbor refuses to delete it)");
        untaggedOnlyWords = tr("kept: tagged, and the rules select untagged artifacts only");
        matchUntaggedWords = tr("kept: untagged, and the rules select tags matching %1").arg(r.match.describe());
        matchNameWords = tr("kept: the name does not match %1").arg(r.match.describe());
        keepRegexWords = tr("kept: matches the keep %1").arg(r.keep.describe());
        mediaWords = tr("kept: media type %1 is not %2");
        typeWords = tr("kept: type %1 is not %2");
        notOlderWords = tr("kept: pushed %1, not more than %2 ago").replace(QLatin1String("%2"), older);
        pulledWithinWords = tr("kept: pulled %1, within %2").replace(QLatin1String("%2"), pulled);
        keepPulledWords = tr("kept: pulled %1, within the last %2").replace(QLatin1String("%2"), keepPulled);
        keepLastWords = (rankByCreated ? tr("kept: #%1 of the %2 newest tags by image creation date")
                                       : tr("kept: #%1 of the %2 newest tags by push time"))
                            .replace(QLatin1String("%2"), QString::number(r.keepLast));
        pushedWords = tr("pushed %1 (more than %2)").replace(QLatin1String("%2"), older);
        lastPulledWords = tr("last pulled %1 (more than %2)").replace(QLatin1String("%2"), pulled);
        neverPulledWords = tr("never pulled");
        notAmongWords = tr("not among the %1 newest tags (#%2)").arg(r.keepLast);
        untaggedWords = tr("untagged");
        noRuleWords = tr("no rule keeps it");
        removeWords = tr("remove: %1");
        QStringList reasons;
        if (!r.match.isEmpty())
            reasons << tr("name matches %1").arg(r.match.describe());
        if (!r.mediaType.isEmpty())
            reasons << tr("media type %1").arg(r.mediaType);
        if (!r.artifactType.isEmpty())
            reasons << tr("type %1").arg(r.artifactType);
        staticReasons = reasons.join(QStringLiteral("; "));
        daysAgo = tr("%1d ago");
        hoursAgo = tr("%1h ago");
        minutesAgo = tr("%1m ago");
        never = tr("never");
        future = tr("in the future");
    }

    QString age(qint64 ms) const
    {
        if (ms == kNever)
            return never;
        const qint64 secs = (nowMs - ms) / 1000;
        if (secs < 0)
            return future;
        if (secs >= 86400)
            return daysAgo.arg(secs / 86400);
        if (secs >= 3600)
            return hoursAgo.arg(secs / 3600);
        return minutesAgo.arg(secs / 60);
    }

    // The name and type filters: what --keep-last ranks.
    // Whether the tag name matches the filter; `cache` (-1 = not yet) saves a second match.
    bool nameMatches(const CleanupCandidate &c, int *cache) const
    {
        if (*cache < 0)
            *cache = !c.tag.isEmpty() && match.match(c.tag).hasMatch() ? 1 : 0;
        return *cache == 1;
    }

    bool nameAndTypeSelect(const CleanupCandidate &c, int *cache) const
    {
        if (!rules.match.isEmpty() && !nameMatches(c, cache))
            return false;
        return typeSelects(c);
    }

    bool typeSelects(const CleanupCandidate &c) const
    {
        if (!rules.mediaType.isEmpty() && c.mediaType != rules.mediaType && c.manifestMediaType != rules.mediaType)
            return false;
        if (!rules.artifactType.isEmpty() && c.type.compare(rules.artifactType, Qt::CaseInsensitive) != 0
            && c.artifactType != rules.artifactType)
            return false;
        return true;
    }

    struct Decision
    {
        PlanItem::Action action = PlanItem::Action::Keep;
        QString id;
        QString words;
    };

    Decision decide(const CleanupCandidate &c, int rank, int *nameCache = nullptr) const
    {
        int localCache = -1;
        if (!nameCache)
            nameCache = &localCache;
        using A = PlanItem::Action;
        const CleanupRules &r = rules;
        if (c.immutable)
            return {A::Keep, QStringLiteral("immutable"), immutableWords};

        // Filters, in a fixed order; the first that does not select the candidate decides.
        if (r.untaggedOnly && !c.tag.isEmpty())
            return {A::Keep, QStringLiteral("not_matched:untagged"), untaggedOnlyWords};
        if (!r.match.isEmpty()) {
            if (c.tag.isEmpty())
                return {A::Keep, QStringLiteral("not_matched:match"), matchUntaggedWords};
            if (!nameMatches(c, nameCache))
                return {A::Keep, QStringLiteral("not_matched:match"), matchNameWords};
        }
        if (!r.mediaType.isEmpty() && c.mediaType != r.mediaType && c.manifestMediaType != r.mediaType)
            return {
                A::Keep, QStringLiteral("not_matched:media_type"), mediaWords.arg(c.manifestMediaType, r.mediaType)};
        if (!r.artifactType.isEmpty() && c.type.compare(r.artifactType, Qt::CaseInsensitive) != 0
            && c.artifactType != r.artifactType)
            return {A::Keep, QStringLiteral("not_matched:artifact_type"), typeWords.arg(c.type, r.artifactType)};
        // Unknown push times and "never pulled" (kNever) count as oldest.
        if (r.olderThanSecs && !(c.pushMs < olderCut))
            return {A::Keep, QStringLiteral("not_matched:older_than"), notOlderWords.arg(age(c.pushMs))};
        if (r.pulledBeforeSecs && !(c.pullMs < pulledCut))
            return {A::Keep, QStringLiteral("not_matched:pulled_before"), pulledWithinWords.arg(age(c.pullMs))};

        // Keep rules.
        if (!r.keep.isEmpty() && !c.tag.isEmpty() && keep.match(c.tag).hasMatch())
            return {A::Keep, QStringLiteral("keep_regex"), keepRegexWords};
        if (r.keepPulledWithinSecs && c.pullMs != kNever && c.pullMs >= keepPulledCut)
            return {A::Keep, QStringLiteral("keep_pulled"), keepPulledWords.arg(age(c.pullMs))};
        if (r.keepLast > 0 && rank > 0 && rank <= r.keepLast)
            return {A::Keep, QStringLiteral("keep_last"), keepLastWords.arg(rank)};

        QString why;
        why.reserve(160);
        const auto add = [&why](const QString &part) {
            if (!why.isEmpty())
                why += QStringLiteral("; ");
            why += part;
        };
        if (c.tag.isEmpty())
            add(untaggedWords);
        if (!staticReasons.isEmpty())
            add(staticReasons);
        if (r.olderThanSecs)
            add(pushedWords.arg(age(c.pushMs)));
        if (r.pulledBeforeSecs)
            add(c.pullMs == kNever ? neverPulledWords : lastPulledWords.arg(age(c.pullMs)));
        if (r.keepLast > 0 && !c.tag.isEmpty())
            add(notAmongWords.arg(rank));
        if (why.isEmpty())
            why = noRuleWords;
        return {A::Remove, QStringLiteral("remove"), removeWords.arg(why)};
    }
};

Plan CleanupEvaluator::evaluate(const CleanupRules &rules, const CleanupScope &scope,
    const QList<RepositoryArtifacts> &repositories, const QDateTime &now, bool rankByCreated)
{
    Plan plan;
    plan.asOf = now.toUTC();
    plan.computedAt = QDateTime::currentDateTimeUtc();
    plan.scope = scope;
    plan.rules = rules;
    const Compiled compiled(rules, now, rankByCreated);

    QList<const RepositoryArtifacts *> repos;
    for (const RepositoryArtifacts &r : repositories)
        if (scope.contains(r.repository))
            repos << &r;
    std::sort(repos.begin(), repos.end(),
        [](const RepositoryArtifacts *a, const RepositoryArtifacts *b) { return a->repository < b->repository; });
    plan.repositories = repos.size();
    qsizetype total = 0;
    for (const RepositoryArtifacts *repo : std::as_const(repos))
        for (const Artifact &a : repo->artifacts)
            total += qMax<qsizetype>(1, a.tags.size());
    plan.items.reserve(total);

    struct Entry
    {
        const Artifact *artifact;
        const Tag *tag;
        CleanupCandidate candidate;
        int rank = 0;
        int nameMatch = -1;
    };
    std::vector<Entry> entries;
    for (const RepositoryArtifacts *repo : std::as_const(repos)) {
        entries.clear();
        for (const Artifact &a : repo->artifacts) {
            if (a.tags.isEmpty())
                entries.push_back({&a, nullptr, CleanupCandidate::from(a, nullptr)});
            for (const Tag &t : a.tags)
                entries.push_back({&a, &t, CleanupCandidate::from(a, &t)});
        }
        // Display order: tags newest first (ties: name descending), then digest items newest first.
        const auto newer = [](const Entry &x, const Entry &y) {
            const bool xt = x.tag != nullptr;
            const bool yt = y.tag != nullptr;
            if (xt != yt)
                return xt;
            if (x.candidate.pushMs != y.candidate.pushMs)
                return x.candidate.pushMs > y.candidate.pushMs; // unknown (kNever) sorts last
            return xt ? x.candidate.tag > y.candidate.tag : x.artifact->digest < y.artifact->digest;
        };
        std::sort(entries.begin(), entries.end(), newer);
        if (rules.keepLast > 0) {
            int rank = 0;
            for (Entry &e : entries)
                if (e.tag && compiled.nameAndTypeSelect(e.candidate, &e.nameMatch))
                    e.rank = ++rank;
        }
        for (Entry &e : entries) {
            const auto d = compiled.decide(e.candidate, e.rank, &e.nameMatch);
            PlanItem item;
            item.repository = repo->repository;
            item.tag = e.candidate.tag;
            item.digest = e.artifact->digest;
            item.action = d.action;
            item.ruleId = d.id;
            item.rule = d.words;
            item.immutable = e.candidate.immutable;
            item.size = e.artifact->size;
            item.pushTime = e.candidate.pushTime;
            item.pullTime = e.candidate.lastPull;
            item.rank = e.rank;
            if (e.tag) {
                for (const Tag &t : e.artifact->tags)
                    if (t.name != e.tag->name)
                        item.blast.siblingTags << t.name;
            } else {
                for (const ChildReference &c : e.artifact->references)
                    item.blast.children.append({c.childDigest, c.platform.toString()});
                for (const Accessory &x : e.artifact->accessories)
                    item.blast.accessories.append({x.digest, x.type});
            }
            plan.items.append(std::move(item));
        }
    }
    plan.recount();
    return plan;
}

std::optional<QString> CleanupEvaluator::recheck(
    const CleanupRules &rules, const PlanItem &item, const Artifact &current, const QDateTime &now)
{
    if (current.digest != item.digest)
        return tr("%1 now points to %2, the plan had %3")
            .arg(item.ref(), shortDigest(current.digest), shortDigest(item.digest));
    const Tag *tag = nullptr;
    if (item.isTag()) {
        for (const Tag &t : current.tags)
            if (t.name == item.tag)
                tag = &t;
        if (!tag)
            return tr("the tag %1 is no longer on %2").arg(item.tag, shortDigest(item.digest));
        if (tag->immutable)
            return tr("the tag %1 is immutable now").arg(item.tag);
    } else if (!current.tags.isEmpty()) {
        QStringList names;
        for (const Tag &t : current.tags)
            names << t.name;
        return tr("the artifact has tags now: %1").arg(names.join(QStringLiteral(", ")));
    }
    const CleanupCandidate c = CleanupCandidate::from(current, tag);
    if (rules.keepLast > 0 && item.isTag() && item.pushTime.isValid() && c.pushTime.isValid()
        && c.pushTime > item.pushTime)
        return tr("%1 was pushed again since the plan").arg(item.ref());
    const Compiled compiled(rules, now);
    const auto d = compiled.decide(c, item.rank);
    if (d.action != PlanItem::Action::Remove)
        return tr("the rule no longer holds: %1").arg(d.words);
    return std::nullopt;
}

} // namespace berth
