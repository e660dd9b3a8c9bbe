// Every field of a list of Artifacts as text, one line each, for the differential checks of the
// two artifact page readings (tst_harborjsonfast, fuzz_artifactsfast). Strings keep their
// null-ness and times their spec, so "the same values" means the same down to that.
#pragma once

#include "core/Artifact.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ArtifactDump {

inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("(null)") : QLatin1Char('"') + s + QLatin1Char('"');
}

inline QString text(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("(invalid)");
    return QString::number(t.toMSecsSinceEpoch()) + QLatin1Char('/') + QString::number(int(t.timeSpec()));
}

inline QString text(qint64 n)
{
    return QString::number(n);
}

inline QString text(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

inline void add(QStringList &out, const QString &at, const char *field, const QString &value)
{
    out.append(at + QLatin1String(field) + QLatin1String(" = ") + value);
}

inline QStringList lines(const QList<berth::Artifact> &list)
{
    QStringList out;
    out.append(QStringLiteral("count = %1").arg(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const berth::Artifact &a = list.at(i);
        const QString p = QStringLiteral("[%1].").arg(i);
        add(out, p, "id", text(a.id));
        add(out, p, "projectId", text(a.projectId));
        add(out, p, "repositoryId", text(a.repositoryId));
        add(out, p, "repositoryName", text(a.repositoryName));
        add(out, p, "type", text(a.type));
        add(out, p, "digest", text(a.digest));
        add(out, p, "size", text(a.size));
        add(out, p, "mediaType", text(a.mediaType));
        add(out, p, "manifestMediaType", text(a.manifestMediaType));
        add(out, p, "artifactType", text(a.artifactType));
        add(out, p, "pushTime", text(a.pushTime));
        add(out, p, "pullTime", text(a.pullTime));
        add(out, p, "tags.count", text(qint64(a.tags.size())));
        for (qsizetype j = 0; j < a.tags.size(); ++j) {
            const berth::Tag &t = a.tags.at(j);
            const QString q = p + QStringLiteral("tags[%1].").arg(j);
            add(out, q, "id", text(t.id));
            add(out, q, "artifactId", text(t.artifactId));
            add(out, q, "name", text(t.name));
            add(out, q, "pushTime", text(t.pushTime));
            add(out, q, "pullTime", text(t.pullTime));
            add(out, q, "immutable", text(t.immutable));
        }
        add(out, p, "labels.count", text(qint64(a.labels.size())));
        for (qsizetype j = 0; j < a.labels.size(); ++j) {
            const berth::Label &l = a.labels.at(j);
            const QString q = p + QStringLiteral("labels[%1].").arg(j);
            add(out, q, "id", text(l.id));
            add(out, q, "name", text(l.name));
            add(out, q, "color", text(l.color));
            add(out, q, "scope", text(l.scope));
        }
        add(out, p, "references.count", text(qint64(a.references.size())));
        for (qsizetype j = 0; j < a.references.size(); ++j) {
            const berth::ChildReference &r = a.references.at(j);
            const QString q = p + QStringLiteral("references[%1].").arg(j);
            add(out, q, "childId", text(r.childId));
            add(out, q, "childDigest", text(r.childDigest));
            add(out, q, "platform.architecture", text(r.platform.architecture));
            add(out, q, "platform.os", text(r.platform.os));
            add(out, q, "platform.variant", text(r.platform.variant));
            add(out, q, "platform.osVersion", text(r.platform.osVersion));
        }
        add(out, p, "accessories.count", text(qint64(a.accessories.size())));
        for (qsizetype j = 0; j < a.accessories.size(); ++j) {
            const berth::Accessory &x = a.accessories.at(j);
            const QString q = p + QStringLiteral("accessories[%1].").arg(j);
            add(out, q, "id", text(x.id));
            add(out, q, "artifactId", text(x.artifactId));
            add(out, q, "digest", text(x.digest));
            add(out, q, "type", text(x.type));
            add(out, q, "size", text(x.size));
            add(out, q, "subjectDigest", text(x.subjectDigest));
        }
        add(out, p, "scan.present", text(a.scan.present));
        add(out, p, "scan.status", text(a.scan.status));
        add(out, p, "scan.severity", text(a.scan.severity));
        add(out, p, "scan.total", text(qint64(a.scan.total)));
        add(out, p, "scan.fixable", text(qint64(a.scan.fixable)));
        add(out, p, "scan.scanner", text(a.scan.scanner));
        for (auto it = a.scan.bySeverity.cbegin(); it != a.scan.bySeverity.cend(); ++it)
            add(out, p, "scan.bySeverity.", it.key() + QLatin1String(" = ") + QString::number(it.value()));
    }
    return out;
}

} // namespace ArtifactDump
