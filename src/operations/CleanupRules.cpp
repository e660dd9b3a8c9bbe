#include "CleanupRules.h"

#include "core/Csv.h"
#include "core/ReferenceGrammar.h"

#include <algorithm>
#include <limits>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace berth {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timeText(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonValue patternJson(const TagPattern &p)
{
    if (p.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{p.glob ? QStringLiteral("glob") : QStringLiteral("regex"), p.text}};
}

bool patternFromJson(const QJsonValue &v, TagPattern *out, const QString &key, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (v.isString()) { // a bare string is a regex
        out->text = v.toString();
        return true;
    }
    if (!v.isObject()) {
        *error = QStringLiteral("rules.%1: expected {\"regex\": ...} or {\"glob\": ...}").arg(key);
        return false;
    }
    const QJsonObject o = v.toObject();
    if (o.value(QStringLiteral("regex")).isString()) {
        out->text = o.value(QStringLiteral("regex")).toString();
    } else if (o.value(QStringLiteral("glob")).isString()) {
        out->text = o.value(QStringLiteral("glob")).toString();
        out->glob = true;
    } else {
        *error = QStringLiteral("rules.%1: expected {\"regex\": ...} or {\"glob\": ...}").arg(key);
        return false;
    }
    return true;
}

bool durationFromJson(const QJsonValue &v, std::optional<qint64> *out, const QString &key, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isString()) {
        *error = QStringLiteral("rules.%1: expected a duration such as \"30d\"").arg(key);
        return false;
    }
    QString why;
    *out = Cleanup::parseDuration(v.toString(), &why);
    if (!*out) {
        *error = QStringLiteral("rules.%1: %2").arg(key, why);
        return false;
    }
    return true;
}

QJsonValue durationJson(const std::optional<qint64> &d)
{
    return d ? QJsonValue(Cleanup::formatDuration(*d)) : QJsonValue(QJsonValue::Null);
}

QString shortDigest(const QString &digest)
{
    return digest.left(19); // "sha256:" + 12 hex
}

} // namespace

// --- TagPattern ------------------------------------------------------------------------------

QRegularExpression TagPattern::compile(QString *error) const
{
    const QString pattern = glob ? QRegularExpression::wildcardToRegularExpression(text) // tag names hold no slash
                                 : QRegularExpression::anchoredPattern(text);
    QRegularExpression re(pattern, QRegularExpression::DontCaptureOption);
    if (!re.isValid() && error)
        *error = QStringLiteral("%1: %2 at offset %3").arg(describe(), re.errorString()).arg(re.patternErrorOffset());
    if (re.isValid())
        re.optimize();
    return re;
}

QString TagPattern::describe() const
{
    return glob ? CleanupEvaluator::tr("glob '%1'").arg(text) : CleanupEvaluator::tr("regex '%1'").arg(text);
}

// --- durations -------------------------------------------------------------------------------

namespace Cleanup {

std::optional<qint64> parseDuration(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = CleanupEvaluator::tr("'%1' is not a duration (%2); use e.g. 30d, 12h, 2w").arg(text, why);
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(QStringLiteral("empty"));
    qint64 total = 0;
    int i = 0;
    while (i < t.size()) {
        const int start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i == start)
            return fail(CleanupEvaluator::tr("expected a number at '%1'").arg(t.mid(start)));
        if (i - start > 9)
            return fail(CleanupEvaluator::tr("number too large"));
        const qint64 n = t.mid(start, i - start).toLongLong();
        if (i >= t.size())
            return fail(CleanupEvaluator::tr("a unit is missing: s, m, h, d or w"));
        qint64 unit = 0;
        switch (t.at(i).unicode()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            return fail(CleanupEvaluator::tr("unknown unit '%1'").arg(t.at(i)));
        }
        ++i;
        total += n * unit;
        if (total > qint64(100) * 365 * 86400)
            return fail(CleanupEvaluator::tr("more than 100 years"));
    }
    return total;
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    QString out;
    const std::pair<qint64, char> units[] = {{7 * 86400, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    // A whole number of days reads better as days unless it is a whole number of weeks.
    qint64 rest = seconds;
    for (const auto &[size, letter] : units) {
        if (letter == 'w' && seconds % size != 0)
            continue;
        if (rest >= size) {
            out += QString::number(rest / size) + QLatin1Char(letter);
            rest %= size;
        }
    }
    return out;
}

QString formatAge(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return CleanupEvaluator::tr("never");
    const qint64 secs = time.secsTo(now);
    if (secs < 0)
        return CleanupEvaluator::tr("in the future");
    if (secs >= 86400)
        return CleanupEvaluator::tr("%1d ago").arg(secs / 86400);
    if (secs >= 3600)
        return CleanupEvaluator::tr("%1h ago").arg(secs / 3600);
    return CleanupEvaluator::tr("%1m ago").arg(secs / 60);
}

} // namespace Cleanup

// --- scope -----------------------------------------------------------------------------------

std::optional<CleanupScope> CleanupScope::parse(const QString &text, QString *error)
{
    CleanupScope s;
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("*"))
        return s;
    const bool folder = t.endsWith(QLatin1Char('/'));
    const QStringList parts = t.split(QLatin1Char('/'), folder ? Qt::SkipEmptyParts : Qt::KeepEmptyParts);
    for (const QString &p : parts) {
        if (p.isEmpty() || p.contains(QLatin1Char(':')) || p.contains(QLatin1Char('@'))
            || p.contains(QLatin1Char('*'))) {
            if (error)
                *error = CleanupEvaluator::tr("'%1' is not a scope: use PROJECT, PROJECT/REPO, PROJECT/FOLDER/ or *")
                             .arg(text);
            return std::nullopt;
        }
    }
    s.project = parts.first();
    if (parts.size() == 1) {
        s.kind = Kind::Project;
        return s;
    }
    s.path = parts.mid(1).join(QLatin1Char('/'));
    s.kind = folder ? Kind::Folder : Kind::Repository;
    return s;
}

QString CleanupScope::toString() const
{
    switch (kind) {
    case Kind::Registry:
        return QStringLiteral("*");
    case Kind::Project:
        return project;
    case Kind::Folder:
        return project + QLatin1Char('/') + path + QLatin1Char('/');
    case Kind::Repository:
        return project + QLatin1Char('/') + path;
    }
    return {};
}

QString CleanupScope::kindName() const
{
    switch (kind) {
    case Kind::Registry:
        return QStringLiteral("registry");
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Folder:
        return QStringLiteral("folder");
    case Kind::Repository:
        return QStringLiteral("repository");
    }
    return {};
}

bool CleanupScope::contains(const QString &fullRepository) const
{
    switch (kind) {
    case Kind::Registry:
        return true;
    case Kind::Project:
        return fullRepository.startsWith(project + QLatin1Char('/'));
    case Kind::Folder:
        return fullRepository.startsWith(project + QLatin1Char('/') + path + QLatin1Char('/'));
    case Kind::Repository:
        return fullRepository == project + QLatin1Char('/') + path;
    }
    return false;
}

// --- rules -----------------------------------------------------------------------------------

bool CleanupRules::hasFilter() const
{
    return !match.isEmpty() || olderThanSecs || pulledBeforeSecs || untaggedOnly || !mediaType.isEmpty()
        || !artifactType.isEmpty();
}

bool CleanupRules::hasKeepRule() const
{
    return keepLast > 0 || !keep.isEmpty() || keepPulledWithinSecs;
}

QString CleanupRules::validate() const
{
    QString error;
    if (!match.isEmpty() && !match.compile(&error).isValid())
        return QStringLiteral("match: %1").arg(error);
    if (!keep.isEmpty() && !keep.compile(&error).isValid())
        return QStringLiteral("keep: %1").arg(error);
    if (keepLast < 0)
        return CleanupEvaluator::tr("keep-last must not be negative");
    for (const auto &d : {olderThanSecs, pulledBeforeSecs, keepPulledWithinSecs})
        if (d && *d < 0)
            return CleanupEvaluator::tr("durations must not be negative");
    return {};
}

QString CleanupRules::describe() const
{
    QStringList select;
    if (untaggedOnly)
        select << CleanupEvaluator::tr("untagged artifacts");
    if (!match.isEmpty())
        select << CleanupEvaluator::tr("tags matching %1").arg(match.describe());
    if (olderThanSecs)
        select << CleanupEvaluator::tr("pushed more than %1 ago").arg(Cleanup::formatDuration(*olderThanSecs));
    if (pulledBeforeSecs)
        select << CleanupEvaluator::tr("not pulled in %1").arg(Cleanup::formatDuration(*pulledBeforeSecs));
    if (!mediaType.isEmpty())
        select << CleanupEvaluator::tr("media type %1").arg(mediaType);
    if (!artifactType.isEmpty())
        select << CleanupEvaluator::tr("type %1").arg(artifactType);
    QStringList keepParts;
    if (keepLast > 0)
        keepParts << CleanupEvaluator::tr("the %1 newest tags per repository").arg(keepLast);
    if (!keep.isEmpty())
        keepParts << CleanupEvaluator::tr("tags matching %1").arg(keep.describe());
    if (keepPulledWithinSecs)
        keepParts
            << CleanupEvaluator::tr("anything pulled within %1").arg(Cleanup::formatDuration(*keepPulledWithinSecs));
    keepParts << CleanupEvaluator::tr("immutable tags");
    const QString what = select.isEmpty() ? CleanupEvaluator::tr("everything") : select.join(QStringLiteral(", "));
    return CleanupEvaluator::tr("remove %1; keep %2").arg(what, keepParts.join(QStringLiteral(", ")));
}

QJsonObject CleanupRules::toJson() const
{
    return QJsonObject {
        {QStringLiteral("match"), patternJson(match)},
        {QStringLiteral("older_than"), durationJson(olderThanSecs)},
        {QStringLiteral("pulled_before"), durationJson(pulledBeforeSecs)},
        {QStringLiteral("untagged_only"), untaggedOnly},
        {QStringLiteral("media_type"), stringOrNull(mediaType)},
        {QStringLiteral("artifact_type"), stringOrNull(artifactType)},
        {QStringLiteral("keep_last"), keepLast > 0 ? QJsonValue(keepLast) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("keep"), patternJson(keep)},
        {QStringLiteral("keep_pulled_within"), durationJson(keepPulledWithinSecs)},
        {QStringLiteral("description"), describe()},
    };
}

std::optional<CleanupRules> CleanupRules::fromJson(const QJsonObject &o, QString *error)
{
    CleanupRules r;
    QString why;
    auto fail = [&](const QString &message) -> std::optional<CleanupRules> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!patternFromJson(o.value(QStringLiteral("match")), &r.match, QStringLiteral("match"), &why)
        || !patternFromJson(o.value(QStringLiteral("keep")), &r.keep, QStringLiteral("keep"), &why)
        || !durationFromJson(
            o.value(QStringLiteral("older_than")), &r.olderThanSecs, QStringLiteral("older_than"), &why)
        || !durationFromJson(
            o.value(QStringLiteral("pulled_before")), &r.pulledBeforeSecs, QStringLiteral("pulled_before"), &why)
        || !durationFromJson(o.value(QStringLiteral("keep_pulled_within")), &r.keepPulledWithinSecs,
            QStringLiteral("keep_pulled_within"), &why))
        return fail(why);
    const QJsonValue untagged = o.value(QStringLiteral("untagged_only"));
    if (!untagged.isUndefined() && !untagged.isNull() && !untagged.isBool())
        return fail(QStringLiteral("rules.untagged_only: expected true or false"));
    r.untaggedOnly = untagged.toBool();
    for (const auto &[key, field] : {std::pair {QStringLiteral("media_type"), &r.mediaType},
             std::pair {QStringLiteral("artifact_type"), &r.artifactType}}) {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(QStringLiteral("rules.%1: expected a string").arg(key));
        *field = v.toString();
    }
    const QJsonValue keepLast = o.value(QStringLiteral("keep_last"));
    if (!keepLast.isUndefined() && !keepLast.isNull()) {
        if (!keepLast.isDouble() || keepLast.toDouble() != double(keepLast.toInt()) || keepLast.toInt() < 0)
            return fail(QStringLiteral("rules.keep_last: expected a whole number"));
        r.keepLast = keepLast.toInt();
    }
    const QString invalid = r.validate();
    if (!invalid.isEmpty())
        return fail(QStringLiteral("rules: %1").arg(invalid));
    return r;
}

// --- candidates ------------------------------------------------------------------------------

CleanupCandidate CleanupCandidate::from(const Artifact &a, const Tag *tag)
{
    CleanupCandidate c;
    c.mediaType = a.mediaType;
    c.manifestMediaType = a.manifestMediaType;
    c.type = a.type;
    c.artifactType = a.artifactType;
    if (tag) {
        c.tag = tag->name;
        c.immutable = tag->immutable;
        c.pushTime = tag->pushTime.isValid() ? tag->pushTime : a.pushTime;
        // The later of the tag's and the artifact's last pull: a pull by digest counts too.
        if (tag->pullTime.isValid() && a.pullTime.isValid())
            c.lastPull = std::max(tag->pullTime, a.pullTime);
        else
            c.lastPull = tag->pullTime.isValid() ? tag->pullTime : a.pullTime;
    } else {
        c.pushTime = a.pushTime;
        c.lastPull = a.pullTime;
    }
    constexpr qint64 never = std::numeric_limits<qint64>::min();
    c.pushMs = c.pushTime.isValid() ? c.pushTime.toMSecsSinceEpoch() : never;
    c.pullMs = c.lastPull.isValid() ? c.lastPull.toMSecsSinceEpoch() : never;
    return c;
}

QString PlanItem::ref() const
{
    return isTag() ? repository + QLatin1Char(':') + tag : repository + QLatin1Char('@') + digest;
}

// --- evaluation ------------------------------------------------------------------------------

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

    Compiled(const CleanupRules &r, const QDateTime &now)
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
        keepLastWords = tr("kept: #%1 of the %2 newest tags by push time")
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
    const QList<RepositoryArtifacts> &repositories, const QDateTime &now)
{
    Plan plan;
    plan.asOf = now.toUTC();
    plan.computedAt = QDateTime::currentDateTimeUtc();
    plan.scope = scope;
    plan.rules = rules;
    const Compiled compiled(rules, now);

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

// --- plan ------------------------------------------------------------------------------------

QList<int> Plan::removals() const
{
    QList<int> out;
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).action == PlanItem::Action::Remove)
            out << i;
    return out;
}

void Plan::recount()
{
    totals = {};
    leftovers.clear();
    // Per artifact: how many tags it has in the plan and how many of them go.
    struct Count
    {
        int tags = 0;
        int removed = 0;
        qint64 size = 0;
        QStringList names;
    };
    using Key = std::pair<QString, QString>; // repository, digest
    QHash<Key, Count> byArtifact;
    QList<Key> order;
    for (const PlanItem &it : std::as_const(items)) {
        const bool remove = it.action == PlanItem::Action::Remove;
        remove ? ++totals.remove : ++totals.keep;
        totals.immutable += it.immutable ? 1 : 0;
        if (it.isTag()) {
            const Key key {it.repository, it.digest};
            auto found = byArtifact.find(key);
            if (found == byArtifact.end()) {
                found = byArtifact.insert(key, {});
                order << key;
            }
            ++found->tags;
            found->size = it.size;
            if (remove) {
                ++found->removed;
                found->names << it.tag;
                ++totals.tagsRemoved;
            }
        } else if (remove) {
            ++totals.artifactsDeleted;
            totals.bytesDeleted += it.size;
            totals.bytes += it.size;
            if (it.size <= 0)
                totals.sizesComplete = false;
        }
    }
    for (const Key &key : std::as_const(order)) {
        const Count &c = byArtifact[key];
        if (c.tags > 0 && c.removed == c.tags) {
            UntaggedLeftover l;
            l.repository = key.first;
            l.digest = key.second;
            l.tags = c.names;
            l.size = c.size;
            totals.bytes += c.size;
            if (c.size <= 0)
                totals.sizesComplete = false;
            leftovers << l;
        }
    }
}

QJsonObject Plan::toJson() const
{
    QJsonArray rows;
    for (const PlanItem &it : items) {
        QJsonObject o {
            {QStringLiteral("repository"), it.repository},
            {QStringLiteral("tag"), stringOrNull(it.tag)},
            {QStringLiteral("digest"), it.digest},
            {QStringLiteral("action"),
                it.action == PlanItem::Action::Remove ? QStringLiteral("remove") : QStringLiteral("keep")},
            {QStringLiteral("rule"), it.rule},
            {QStringLiteral("rule_id"), it.ruleId},
            {QStringLiteral("immutable"), it.immutable},
            {QStringLiteral("size"), it.size},
            {QStringLiteral("push_time"), timeOrNull(it.pushTime)},
            {QStringLiteral("pull_time"), timeOrNull(it.pullTime)},
            {QStringLiteral("rank"), it.rank > 0 ? QJsonValue(it.rank) : QJsonValue(QJsonValue::Null)},
        };
        if (it.isTag()) {
            o.insert(QStringLiteral("sibling_tags"), QJsonArray::fromStringList(it.blast.siblingTags));
        } else {
            QJsonArray children;
            for (const BlastRadius::Child &c : it.blast.children)
                children.append(
                    QJsonObject {{QStringLiteral("digest"), c.digest}, {QStringLiteral("platform"), c.platform}});
            QJsonArray accessories;
            for (const BlastRadius::Accessory &a : it.blast.accessories)
                accessories.append(
                    QJsonObject {{QStringLiteral("digest"), a.digest}, {QStringLiteral("type"), a.type}});
            o.insert(QStringLiteral("blast_radius"),
                QJsonObject {{QStringLiteral("sibling_tags"), QJsonArray()}, {QStringLiteral("children"), children},
                    {QStringLiteral("accessories"), accessories}});
        }
        rows.append(o);
    }
    QJsonArray left;
    for (const UntaggedLeftover &l : leftovers)
        left.append(QJsonObject {{QStringLiteral("repository"), l.repository}, {QStringLiteral("digest"), l.digest},
            {QStringLiteral("tags"), QJsonArray::fromStringList(l.tags)}, {QStringLiteral("size"), l.size}});
    return QJsonObject {
        {QStringLiteral("format"), QStringLiteral("berth-cleanup-plan/1")},
        {QStringLiteral("computed_at"), timeText(computedAt)},
        {QStringLiteral("as_of"), timeText(asOf)},
        {QStringLiteral("registry"), stringOrNull(registry)},
        {QStringLiteral("scope"), scope.toString()},
        {QStringLiteral("scope_kind"), scope.kindName()},
        {QStringLiteral("rules"), rules.toJson()},
        {QStringLiteral("items"), rows},
        {QStringLiteral("untagged_leftovers"), left},
        {QStringLiteral("totals"),
            QJsonObject {{QStringLiteral("remove"), totals.remove}, {QStringLiteral("keep"), totals.keep},
                {QStringLiteral("bytes"), totals.bytes}, {QStringLiteral("immutable"), totals.immutable},
                {QStringLiteral("tags_removed"), totals.tagsRemoved},
                {QStringLiteral("artifacts_deleted"), totals.artifactsDeleted},
                {QStringLiteral("artifacts_left_untagged"), leftovers.size()},
                {QStringLiteral("bytes_deleted"), totals.bytesDeleted},
                {QStringLiteral("sizes_complete"), totals.sizesComplete},
                {QStringLiteral("repositories"), repositories}}},
    };
}

QByteArray Plan::toCsv() const
{
    // The header is ours and constant; every data field is quoted and guarded against formulas,
    // because names, digests and rule texts come from the server and from the user.
    QString out = QStringLiteral("repository,tag,digest,action,rule,rule_id,immutable,size,push_time,pull_time\r\n");
    for (const PlanItem &it : items) {
        out += Csv::record({it.repository, it.tag, it.digest,
            it.action == PlanItem::Action::Remove ? QStringLiteral("remove") : QStringLiteral("keep"), it.rule,
            it.ruleId, it.immutable ? QStringLiteral("true") : QStringLiteral("false"), QString::number(it.size),
            timeText(it.pushTime), timeText(it.pullTime)});
    }
    return out.toUtf8();
}

std::optional<Plan> Plan::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Plan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("a plan is one JSON object, as 'berthctl plan --json' writes it"));
    const QJsonObject o = doc.object();
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String("berth-cleanup-plan/1"))
        return fail(QStringLiteral("unknown plan format '%1'").arg(format.toString()));

    Plan plan;
    plan.computedAt = parseTime(o.value(QStringLiteral("computed_at")));
    if (!plan.computedAt.isValid())
        return fail(QStringLiteral("computed_at: expected an RFC 3339 time"));
    plan.asOf = parseTime(o.value(QStringLiteral("as_of")));
    if (!plan.asOf.isValid())
        plan.asOf = plan.computedAt;
    plan.registry = o.value(QStringLiteral("registry")).toString();
    if (!o.value(QStringLiteral("scope")).isString())
        return fail(QStringLiteral("scope: expected a string"));
    QString why;
    const auto scope = CleanupScope::parse(o.value(QStringLiteral("scope")).toString(), &why);
    if (!scope)
        return fail(QStringLiteral("scope: %1").arg(why));
    plan.scope = *scope;
    if (!o.value(QStringLiteral("rules")).isObject())
        return fail(QStringLiteral("rules: expected an object"));
    const auto rules = CleanupRules::fromJson(o.value(QStringLiteral("rules")).toObject(), &why);
    if (!rules)
        return fail(why);
    plan.rules = *rules;
    if (!o.value(QStringLiteral("items")).isArray())
        return fail(QStringLiteral("items: expected an array"));
    const QJsonArray rows = o.value(QStringLiteral("items")).toArray();
    QSet<QString> repos;
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const auto bad = [&](const QString &what) { return fail(QStringLiteral("items[%1]: %2").arg(i).arg(what)); };
        if (!rows.at(i).isObject())
            return bad(QStringLiteral("expected an object"));
        const QJsonObject r = rows.at(i).toObject();
        PlanItem it;
        it.repository = r.value(QStringLiteral("repository")).toString();
        if (it.repository.section(QLatin1Char('/'), 1).isEmpty())
            return bad(QStringLiteral("repository: expected PROJECT/REPO"));
        // A plan file is input like any other: names outside the registries' grammar (such as
        // "..") never reach a request.
        QString nameError = ReferenceGrammar::projectError(it.project());
        if (nameError.isEmpty())
            nameError = ReferenceGrammar::repositoryError(it.project(), it.repositoryPath());
        if (!nameError.isEmpty())
            return bad(QStringLiteral("repository: %1").arg(nameError));
        if (!plan.scope.contains(it.repository))
            return bad(QStringLiteral("%1 is outside the plan's scope %2").arg(it.repository, plan.scope.toString()));
        const QJsonValue tag = r.value(QStringLiteral("tag"));
        if (!tag.isNull() && !tag.isUndefined() && (!tag.isString() || tag.toString().isEmpty()))
            return bad(QStringLiteral("tag: expected a name or null"));
        it.tag = tag.toString();
        if (it.isTag() && !(nameError = ReferenceGrammar::tagError(it.tag)).isEmpty())
            return bad(QStringLiteral("tag: %1").arg(nameError));
        it.digest = r.value(QStringLiteral("digest")).toString();
        if (!(nameError = ReferenceGrammar::digestError(it.digest)).isEmpty())
            return bad(QStringLiteral("digest: %1").arg(nameError));
        const QString action = r.value(QStringLiteral("action")).toString();
        if (action == QLatin1String("remove"))
            it.action = PlanItem::Action::Remove;
        else if (action == QLatin1String("keep"))
            it.action = PlanItem::Action::Keep;
        else
            return bad(QStringLiteral("action: expected \"remove\" or \"keep\""));
        seen.insert(it.ref());
        it.rule = r.value(QStringLiteral("rule")).toString();
        it.ruleId = r.value(QStringLiteral("rule_id")).toString();
        it.immutable = r.value(QStringLiteral("immutable")).toBool();
        it.size = qint64(r.value(QStringLiteral("size")).toDouble());
        it.pushTime = parseTime(r.value(QStringLiteral("push_time")));
        it.pullTime = parseTime(r.value(QStringLiteral("pull_time")));
        it.rank = r.value(QStringLiteral("rank")).toInt();
        for (const QJsonValue &s : r.value(QStringLiteral("sibling_tags")).toArray())
            it.blast.siblingTags << s.toString();
        const QJsonObject blast = r.value(QStringLiteral("blast_radius")).toObject();
        for (const QJsonValue &c : blast.value(QStringLiteral("children")).toArray())
            it.blast.children.append({c.toObject().value(QStringLiteral("digest")).toString(),
                c.toObject().value(QStringLiteral("platform")).toString()});
        for (const QJsonValue &a : blast.value(QStringLiteral("accessories")).toArray())
            it.blast.accessories.append({a.toObject().value(QStringLiteral("digest")).toString(),
                a.toObject().value(QStringLiteral("type")).toString()});
        repos.insert(it.repository);
        plan.items.append(std::move(it));
    }
    if (seen.size() != plan.items.size())
        return fail(QStringLiteral("items: an item is listed twice"));
    plan.repositories = repos.size();
    plan.recount();
    return plan;
}

} // namespace berth
