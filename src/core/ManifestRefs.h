#pragma once

#include "core/StorageGraph.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace berth {

// What one manifest references, as a storage scan needs it: its own size, whether it is an index,
// and its config, layers, children and subject with their sizes. Derived from verified manifest
// bytes and immutable with them (a digest names the same bytes for ever), so it never goes stale.
struct ManifestRefs
{
    qint64 size = 0; // of the manifest itself
    bool index = false;
    QList<StorageRef> refs;

    bool operator==(const ManifestRefs &o) const;
};

// The binary records of the manifest-refs file (content/ManifestRefsIndex). A file is a header
// (magic and format version) and records; each record is its payload's length, an FNV-1a 64 sum
// of the payload, and the payload: the manifest digest, size, flags and references, each digest
// as an algorithm byte and its raw hash bytes (sha256 or sha512; no other text from a server).
// Little-endian throughout.
//
// The reader trusts nothing: a record whose sum, lengths, algorithm bytes, kinds or sizes do not
// hold is skipped and counted; a length that runs past the end stops the read there (a torn
// append). It never allocates more than the input's own size.
namespace ManifestRefsFormat {

constexpr quint32 kVersion = 1;
constexpr int kHeaderSize = 12; // "BRTHREFS" + version
constexpr int kRecordHeadSize = 12; // payload length + sum, before each payload
constexpr int kMaxRefs = 100000; // per manifest: far beyond any real image or index
constexpr int kMaxRecordBytes = 16 * 1024 * 1024;

QByteArray header();
bool hasValidHeader(const QByteArray &file);

// One record, or empty when the digest or a reference's digest is not a sha256/sha512 digest,
// or there are more than kMaxRefs references.
QByteArray encodeRecord(const QString &digest, const ManifestRefs &refs);

// The raw key of a digest ("\x01" + 32 bytes for sha256), or empty when not supported.
QByteArray digestKey(const QString &digest);

struct Scan
{
    // Key of each valid record -> offset of its payload in the buffer; a later record of the same
    // digest wins (it is the same content anyway).
    QHash<QByteArray, quint32> offsets;
    int skipped = 0; // records that failed their checks
    bool truncated = false; // the buffer ended inside a record
    bool badHeader = false; // not this format or version: nothing read
};
// Indexes a whole file's bytes (header included). Files over 4 GiB are not indexed.
Scan scan(const QByteArray &file);
// Decodes the payload at `offset` (from scan()), already checked there.
bool decodePayload(const QByteArray &file, quint32 offset, QString *digest, ManifestRefs *out);

} // namespace ManifestRefsFormat

} // namespace berth
