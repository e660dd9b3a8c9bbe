#pragma once

#include <functional>
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace berth {

// A content-addressed cache on disk for manifests and configs, shared by every Berth process of
// the user (berth and berthctl alike). One file per digest, <dir>/sha256/<hex>; no index: the
// directory is the index, so there is nothing to get out of step when processes race.
// - Only a supported digest names a file (sha256 or sha512, lower-case hex, exact length); no
//   other text from a server reaches a path.
// - put() refuses bytes that do not match their digest; get() verifies again and removes an
//   entry that no longer matches (a miss, never wrong content).
// - Writes are atomic: a temporary file renamed over the entry (rename(2), which replaces a
//   link planted at the path instead of writing where it points).
// - Bounded in bytes; the least recently used entry goes first (get() touches the mtime).
//   A lock file serialises eviction and the rename that publishes an entry, so an eviction
//   never works from a listing that a concurrent write has already made stale.
// - pin(digest, until) keeps an entry out of eviction, and out of the bound, until then.
// Not thread-safe: one instance per thread.
class ContentCache
{
public:
    // One bound for every process (they share the folder, and a smaller bound in one would evict
    // the others' entries): room for a storage analysis of a large registry, whose manifests
    // average about 1 KB (100,000 of them are some 90 MB), so a second analysis reads no manifest
    // again. 64 MiB made berthctl plan's warm estimate on 100,000 tags evict and refetch.
    static constexpr qint64 kDefaultMaxBytes = 256 * 1024 * 1024;
    // The largest single entry: a config may be 8 MiB (core/OciManifest.h kMaxConfigBytes).
    static constexpr qint64 kMaxEntryBytes = 16 * 1024 * 1024;

    // directory empty: defaultDirectory().
    explicit ContentCache(const QString &directory = {}, qint64 maxBytes = kDefaultMaxBytes);

    // $XDG_CACHE_HOME/berth/content: the generic cache folder, so berth and berthctl share it
    // (QStandardPaths::CacheLocation would give each application a folder of its own).
    static QString defaultDirectory();
    // "sha256/<hex>" for a digest the cache accepts, else empty.
    static QString relativePathFor(const QString &digest);

    QString directory() const { return m_dir; }
    qint64 maxBytes() const { return m_maxBytes; }

    // The verified bytes, or nullopt (absent, unreadable, or corrupted: then removed).
    std::optional<QByteArray> get(const QString &digest);
    // Stores bytes under their digest. False (with *error) when the digest is refused, the
    // bytes do not match it, they are larger than the bound or kMaxEntryBytes, or the disk fails.
    bool put(const QString &digest, const QByteArray &bytes, QString *error = nullptr);
    // put() for many entries under one lock: QLockFile::tryLock syncs its file to disk
    // (qlockfile_unix.cpp: fdatasync), milliseconds each, which a scan writing thousands of
    // manifests would otherwise wait for once per entry. An entry put() would refuse is skipped;
    // false when any was (*error: the first reason).
    bool putMany(const QList<QPair<QString, QByteArray>> &entries, QString *error = nullptr);
    // Keeps the entry (present now or put later) outside the bound until `until`. A later pin of
    // the same digest extends, never shortens. Pins live in <dir>/pins.json.
    bool pin(const QString &digest, const QDateTime &until, QString *error = nullptr);
    // The pins that have not expired.
    QMap<QString, QDateTime> pins() const;
    // Enforces the bound now. put() calls it when the bound may have been passed.
    bool evict(QString *error = nullptr);

    struct Stats
    {
        int entries = 0; // on disk, pinned ones included
        qint64 bytes = 0;
        int pinnedEntries = 0;
        qint64 pinnedBytes = 0;
        // This instance's own counts.
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 corrupted = 0; // entries get() found not matching their digest, and removed
        qint64 evicted = 0;
    };
    Stats stats() const; // scans the directory

    // For tests: the time used for pin expiry and for the mtimes put() and get() set.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    struct Entry
    {
        QString digest;
        QString path;
        qint64 size = 0;
        QDateTime used;
    };

    bool ensureDirectories(QString *error);
    QList<Entry> scan() const;
    QMap<QString, QDateTime> readPins() const;
    bool writePins(const QMap<QString, QDateTime> &pins, QString *error);
    bool evictLocked(QString *error);
    QDateTime now() const;
    QString pathFor(const QString &digest) const;

    QString m_dir;
    qint64 m_maxBytes;
    std::function<QDateTime()> m_now;
    // What this instance knows of the size since its last scan: put() scans again only when the
    // bound may have been passed, not on every write.
    bool m_scanned = false;
    qint64 m_unpinnedBytesAtScan = 0;
    qint64 m_addedSinceScan = 0;
    mutable Stats m_counts;
};

} // namespace berth
