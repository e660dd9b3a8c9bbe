#include "CleanupPlan.h"

#include "api/RegistryClient.h"
#include "core/Csv.h"
#include "core/HarborJson.h"
#include "core/ReferenceGrammar.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <utility>

namespace berth {

namespace {

// What toUTC().toString(Qt::ISODateWithMs) writes, without its per-field asprintf: a plan prints
// three times per row, and --json over 100,000 rows spent 14% of its CPU there (perf).
QString timeText(const QDateTime &t)
{
    return HarborJson::formatTime(t);
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

} // namespace

QString PlanItem::ref() const
{
    return isTag() ? repository + QLatin1Char(':') + tag : repository + QLatin1Char('@') + digest;
}

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
        if (c.tags > 0 && c.removed == c.tags && isPlainRegistry()) {
            // A plain registry removes these tags with one manifest delete (RegistryPlanRule.h).
            ++totals.artifactsDeleted;
            totals.bytesDeleted += c.size;
            totals.bytes += c.size;
            if (c.size <= 0)
                totals.sizesComplete = false;
        } else if (c.tags > 0 && c.removed == c.tags) {
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
            {QStringLiteral("project"), isPlainRegistry() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.project())},
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
            {QStringLiteral("created"), timeOrNull(it.created)},
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
        {QStringLiteral("server"), serverKindName(server)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
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
    const QJsonValue server = o.value(QStringLiteral("server"));
    if (!server.isUndefined() && !server.isNull()) {
        const std::optional<ServerKind> kind = serverKindFromName(server.toString());
        if (!kind)
            return fail(QStringLiteral("server: expected \"harbor\" or \"registry\""));
        plan.server = *kind;
    }
    for (const QJsonValue &n : o.value(QStringLiteral("notes")).toArray())
        plan.notes << n.toString();
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
        // A plan file is input like any other: names outside the registries' grammar (such as
        // "..") never reach a request.
        QString nameError;
        if (plan.isPlainRegistry()) {
            nameError = RegistryClient::repositoryError(it.repository);
        } else {
            if (it.repository.section(QLatin1Char('/'), 1).isEmpty())
                return bad(QStringLiteral("repository: expected PROJECT/REPO"));
            nameError = ReferenceGrammar::projectError(it.project());
            if (nameError.isEmpty())
                nameError = ReferenceGrammar::repositoryError(it.project(), it.repositoryPath());
        }
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
        it.created = parseTime(r.value(QStringLiteral("created")));
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
