#pragma once

#include "core/Artifact.h"
#include "core/Project.h"
#include "operations/DeleteBatch.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace berth {

// One listed row of `ls PROJECT/REPO`: a tag, or an untagged artifact (tag empty), or with
// --children/--accessories an index child or accessory.
struct TagRow
{
    QString project;
    QString repository; // full name
    QString tag; // empty = untagged
    QString digest;
    qint64 size = 0;
    QDateTime pushTime;
    QDateTime pullTime;
    QString mediaType;
    QString manifestMediaType;
    bool immutable = false;
    QString kind; // "tag", "untagged", "child", "accessory"
};

// The --json keys and the text columns in one place, so scripts and people see the same data.
namespace RowFormat {

QJsonObject projectJson(const Project &p);
QJsonObject repositoryJson(const Repository &r);
// A tag row as one compact JSON object, written directly: `ls --all --json` prints 100,000 of
// them, and building a QJsonObject and a QJsonDocument for each doubled berthctl's CPU time.
// Keys in the order QJsonDocument would write them, so the output did not change.
QByteArray tagJson(const TagRow &row);
QList<TagRow> rowsFor(const QString &project, const Artifact &a, bool children, bool accessories);
// The rows rowsFor() gives for `a`, each as tagJson() writes it and then as Terminal::out would
// put it on stdout (DisplayText::escapeControlUtf8), so they go out with Terminal::outTerminalSafe
// and no second look at every byte. Written straight into `out` without building TagRows, each
// row after "\n", or after ",\n" once `*first` is false (then set false). Returns the rows written.
int appendTerminalSafeTagRows(
    QByteArray &out, const QString &project, const Artifact &a, bool children, bool accessories, bool *first);
// A plain registry's tag row: the same keys as tagJson, null where a registry has no such fact
// (project, push and pull times) or it was not asked for (digest, size and media type come from
// a HEAD, with --digests).
QByteArray registryTagJson(const TagRow &row);
QString registryTagText(const TagRow &row);
// A plain registry's repository row: the keys of repositoryJson, null but for the name.
QJsonObject registryRepositoryJson(const QString &name);

QString projectText(const Project &p);
QString repositoryText(const Repository &r);
QString tagText(const TagRow &row);
QString humanSize(qint64 bytes);

// One JSON value, compact, for streaming arrays.
QByteArray compact(const QJsonObject &o);

} // namespace RowFormat
} // namespace berth
