#pragma once

#include "TreeSnapshotFormat.h"
#include "TreeStore.h"

#include <QBrush>
#include <utility>
#include <vector>

namespace berth {

// What happened to a tag row since the snapshot (RegistryNode::change).
enum class TreeChange : quint8 { None, Added, Moved };
// The background of a changed tag row: translucent, so selection and the theme show through.
QBrush snapshotChangeBrush(TreeChange change);

// What a snapshot file gave: rows to put under the registry node (projects, or the repositories
// of a plain registry), and the artifact records of each repository, which the store adopts
// once the rows are in (TreeStore::adoptArtifacts). Every row is marked unconfirmed.
struct SnapshotContent
{
    snapshot::Header header;
    NodeRows rows;
    std::vector<std::pair<RegistryNode *, ArtifactRecords>> records;
    qint64 tags = 0;
    qint64 repositories = 0;
};

// A registry's subtree to and from the compact file of TreeSnapshotFormat.
class TreeSnapshot
{
public:
    // What the registry node holds now: projects, loaded repositories, their artifacts and tags.
    static QByteArray encode(
        const RegistryNode *registry, const QString &profileIdentity, qint64 savedAtMs, const QString &berthVersion);
    // Builds the rows; on any fault returns why and leaves `out` empty.
    static QString decode(
        const char *data, qint64 size, const snapshot::Expect &expect, RegistryNode *registry, SnapshotContent &out);

    // The file, mapped rather than read (a 40 MB snapshot costs no copy). Refuses files that
    // are not regular, or larger than the format allows, before reading a byte.
    static QString load(
        const QString &path, const snapshot::Expect &expect, RegistryNode *registry, SnapshotContent &out);
    // Temp file in the same folder, 0600 before a byte is written, then rename: a crash mid-write leaves
    // the old snapshot or none, never half a file.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace berth
