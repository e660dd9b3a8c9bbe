#include "OciConfig.h"

#include "JsonShape.h"
#include "OciMediaTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace berth {

namespace {

struct OciConfigText
{
    Q_DECLARE_TR_FUNCTIONS(berth::OciConfig)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Entrypoint and Cmd are lists of strings; Docker writes null for "none". Non-strings are skipped.
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            list.append(v.toString());
    }
    return list;
}

// ExposedPorts and Volumes are objects whose keys carry the meaning ({"80/tcp": {}}).
QStringList sortedKeys(const QJsonValue &value)
{
    QStringList keys = value.toObject().keys();
    keys.sort();
    return keys;
}

} // namespace

Parsed<OciImageConfig> parseOciImageConfig(const QByteArray &body)
{
    Parsed<OciImageConfig> r;
    if (body.size() > kMaxConfigBytes) {
        r.error = OciConfigText::tr("The image configuration is %1 bytes, more than the %2 bytes Berth reads.")
                      .arg(body.size())
                      .arg(kMaxConfigBytes);
        return r;
    }
    const QString refusal = JsonShape::structureRefusal(JsonShape::scan(body));
    if (!refusal.isEmpty()) {
        r.error = OciConfigText::tr("The image configuration was not read: it is %1.").arg(refusal);
        return r;
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        r.error = OciConfigText::tr("The image configuration is not JSON (%1 at byte %2).")
                      .arg(err.errorString())
                      .arg(err.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = OciConfigText::tr("The image configuration is JSON but not an object.");
        return r;
    }
    const QJsonObject o = doc.object();
    OciImageConfig &c = r.value;
    c.created = str(o, "created");
    c.author = str(o, "author");
    c.os = str(o, "os");
    c.architecture = str(o, "architecture");
    c.variant = str(o, "variant");
    c.osVersion = str(o, "os.version");

    // image-spec config.md "config": the runtime defaults, Docker's capitalised names.
    const QJsonObject run = o.value(QLatin1String("config")).toObject();
    c.entrypoint = strings(run.value(QLatin1String("Entrypoint")));
    c.cmd = strings(run.value(QLatin1String("Cmd")));
    c.env = strings(run.value(QLatin1String("Env")));
    c.workingDir = str(run, "WorkingDir");
    c.user = str(run, "User");
    c.stopSignal = str(run, "StopSignal");
    c.exposedPorts = sortedKeys(run.value(QLatin1String("ExposedPorts")));
    c.volumes = sortedKeys(run.value(QLatin1String("Volumes")));
    const QJsonObject labels = run.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.value().isString())
            c.labels.insert(it.key(), it.value().toString());
    }

    for (const QJsonValue &v : o.value(QLatin1String("history")).toArray()) {
        const QJsonObject h = v.toObject();
        OciHistoryEntry e;
        e.created = str(h, "created");
        e.createdBy = str(h, "created_by");
        e.author = str(h, "author");
        e.comment = str(h, "comment");
        e.emptyLayer = h.value(QLatin1String("empty_layer")).toBool();
        c.history.append(e);
    }
    c.diffIds = strings(o.value(QLatin1String("rootfs")).toObject().value(QLatin1String("diff_ids")));
    return r;
}

} // namespace berth
