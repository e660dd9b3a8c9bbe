#include "CleanupPlanJson.h"

#include "core/HarborJson.h"
#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace berth {

namespace {

// Qt's indented form (qtbase src/corelib/serialization/qjsonwriter.cpp): four spaces a level,
// `"key": value`, members and elements one a line, an empty container as "{\n<indent>}".
class Writer
{
public:
    QByteArray out;

    void indent(int level) { out.append(4 * level, ' '); }

    void string(const QString &s) { JsonText::appendString(out, s); }
    void stringOrNull(const QString &s) { JsonText::appendStringOrNull(out, s); }
    void time(const QDateTime &t) { t.isValid() ? string(HarborJson::formatTime(t)) : void(out += "null"); }
    void number(qint64 v) { out += QByteArray::number(v); }
    void boolean(bool b) { out += b ? "true" : "false"; }

    void leaf(const QJsonValue &v) { JsonText::appendScalar(out, v); }

    void value(const QJsonValue &v, int level)
    {
        switch (v.type()) {
        case QJsonValue::Object: {
            const QJsonObject o = v.toObject();
            out += "{\n";
            for (auto it = o.begin(); it != o.end(); ++it) {
                key(it.key(), level + 1);
                value(it.value(), level + 1);
                out += std::next(it) == o.end() ? "\n" : ",\n";
            }
            indent(level);
            out += '}';
            return;
        }
        case QJsonValue::Array: {
            const QJsonArray a = v.toArray();
            out += "[\n";
            for (qsizetype i = 0; i < a.size(); ++i) {
                indent(level + 1);
                value(a.at(i), level + 1);
                out += i + 1 == a.size() ? "\n" : ",\n";
            }
            indent(level);
            out += ']';
            return;
        }
        case QJsonValue::String:
            string(v.toString());
            return;
        default:
            leaf(v);
            return;
        }
    }

    void key(QLatin1String name, int level)
    {
        indent(level);
        out += '"';
        out += name;
        out += "\": ";
    }
    void key(const QString &name, int level)
    {
        indent(level);
        string(name);
        out += ": ";
    }
    void strings(const QStringList &list, int level)
    {
        out += "[\n";
        for (qsizetype i = 0; i < list.size(); ++i) {
            indent(level + 1);
            string(list.at(i));
            out += i + 1 == list.size() ? "\n" : ",\n";
        }
        indent(level);
        out += ']';
    }

    // Plan::toJson's row, its keys in QJsonObject's (sorted) order.
    void item(const Plan &plan, const PlanItem &it, int level)
    {
        const int in = level + 1;
        out += "{\n";
        key(QLatin1String("action"), in);
        string(it.action == PlanItem::Action::Remove ? QStringLiteral("remove") : QStringLiteral("keep"));
        out += ",\n";
        if (!it.isTag()) {
            key(QLatin1String("blast_radius"), in);
            out += "{\n";
            key(QLatin1String("accessories"), in + 1);
            list(it.blast.accessories, in + 1, [this, in](const BlastRadius::Accessory &a) {
                pair(QLatin1String("digest"), a.digest, QLatin1String("type"), a.type, in + 3);
            });
            out += ",\n";
            key(QLatin1String("children"), in + 1);
            list(it.blast.children, in + 1, [this, in](const BlastRadius::Child &c) {
                pair(QLatin1String("digest"), c.digest, QLatin1String("platform"), c.platform, in + 3);
            });
            out += ",\n";
            key(QLatin1String("sibling_tags"), in + 1);
            strings({}, in + 1);
            out += '\n';
            indent(in);
            out += "},\n";
        }
        key(QLatin1String("created"), in);
        time(it.created);
        out += ",\n";
        key(QLatin1String("digest"), in);
        string(it.digest);
        out += ",\n";
        key(QLatin1String("immutable"), in);
        boolean(it.immutable);
        out += ",\n";
        key(QLatin1String("project"), in);
        plan.isPlainRegistry() ? void(out += "null") : string(it.project());
        out += ",\n";
        key(QLatin1String("pull_time"), in);
        time(it.pullTime);
        out += ",\n";
        key(QLatin1String("push_time"), in);
        time(it.pushTime);
        out += ",\n";
        key(QLatin1String("rank"), in);
        it.rank > 0 ? number(it.rank) : void(out += "null");
        out += ",\n";
        key(QLatin1String("repository"), in);
        string(it.repository);
        out += ",\n";
        key(QLatin1String("rule"), in);
        string(it.rule);
        out += ",\n";
        key(QLatin1String("rule_id"), in);
        string(it.ruleId);
        out += ",\n";
        if (it.isTag()) {
            key(QLatin1String("sibling_tags"), in);
            strings(it.blast.siblingTags, in);
            out += ",\n";
        }
        key(QLatin1String("size"), in);
        number(it.size);
        out += ",\n";
        key(QLatin1String("tag"), in);
        stringOrNull(it.tag);
        out += '\n';
        indent(level);
        out += '}';
    }

    void leftover(const UntaggedLeftover &l, int level)
    {
        out += "{\n";
        key(QLatin1String("digest"), level + 1);
        string(l.digest);
        out += ",\n";
        key(QLatin1String("repository"), level + 1);
        string(l.repository);
        out += ",\n";
        key(QLatin1String("size"), level + 1);
        number(l.size);
        out += ",\n";
        key(QLatin1String("tags"), level + 1);
        strings(l.tags, level + 1);
        out += '\n';
        indent(level);
        out += '}';
    }

    template<typename T, typename F>
    void list(const QList<T> &values, int level, F write)
    {
        out += "[\n";
        for (qsizetype i = 0; i < values.size(); ++i) {
            indent(level + 1);
            write(values.at(i));
            out += i + 1 == values.size() ? "\n" : ",\n";
        }
        indent(level);
        out += ']';
    }

    // {"<k1>": v1, "<k2>": v2} with k1 < k2.
    void pair(QLatin1String k1, const QString &v1, QLatin1String k2, const QString &v2, int level)
    {
        out += "{\n";
        key(k1, level);
        string(v1);
        out += ",\n";
        key(k2, level);
        string(v2);
        out += '\n';
        indent(level - 1);
        out += '}';
    }
};

} // namespace

QByteArray planJsonText(const Plan &plan, const QJsonObject &extra)
{
    // Every key but the rows from Plan::toJson itself, so those stay written in one place.
    Plan head = plan;
    head.items.clear();
    head.leftovers.clear();
    QJsonObject top = head.toJson();
    QJsonObject totals = top.value(QStringLiteral("totals")).toObject();
    totals.insert(QStringLiteral("artifacts_left_untagged"), plan.leftovers.size());
    top.insert(QStringLiteral("totals"), totals);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        top.insert(it.key(), it.value());

    Writer w;
    w.out.reserve(qsizetype(plan.items.size()) * 700 + qsizetype(plan.leftovers.size()) * 300 + 4096);
    w.out += "{\n";
    for (auto it = top.begin(); it != top.end(); ++it) {
        w.key(it.key(), 1);
        if (it.key() == QLatin1String("items") && !extra.contains(it.key()))
            w.list(plan.items, 1, [&w, &plan](const PlanItem &i) { w.item(plan, i, 2); });
        else if (it.key() == QLatin1String("untagged_leftovers") && !extra.contains(it.key()))
            w.list(plan.leftovers, 1, [&w](const UntaggedLeftover &l) { w.leftover(l, 2); });
        else
            w.value(it.value(), 1);
        w.out += std::next(it) == top.end() ? "\n" : ",\n";
    }
    w.out += "}\n";
    return w.out;
}

} // namespace berth
