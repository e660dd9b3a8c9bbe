#pragma once

#include "core/ManifestRefs.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace berth {

// What each manifest references (core/ManifestRefs), kept in one file beside the content cache,
// <cache>/manifest-refs.bin, so that a storage scan that has seen a manifest before reads one file
// instead of opening, verifying and parsing one cache entry per revision (the warm scan's cost).
// Records are only ever derived from bytes verified against their digest, and a digest's bytes never
// change, so an entry is never stale.
// - load() reads the file once; damaged records are skipped and counted, a torn tail is ignored,
//   another format or version is ignored (and replaced at the next flush). Never trusted beyond
//   its checks, never a crash.
// - add() collects new records; flush() appends them under a lock file, in one write. When the
//   file would pass kMaxFileBytes it is rewritten (temporary file renamed over it) with only the
//   entries this instance used, so it stays about the size of the largest scope scanned.
// - The file is opened with O_NOFOLLOW and must be a regular file; it is created 0600.
// Not thread-safe: one instance per thread.
class ManifestRefsIndex
{
public:
    static constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

    // `directory`: the content cache's folder (ContentCache::directory()).
    explicit ManifestRefsIndex(QString directory, qint64 maxFileBytes = kMaxFileBytes);

    QString path() const;
    void load();
    bool isLoaded() const { return m_loaded; }

    std::optional<ManifestRefs> find(const QString &digest);
    void add(const QString &digest, const ManifestRefs &refs);
    bool flush(QString *error = nullptr);

    int entries() const { return int(m_scan.offsets.size()); }
    int skippedRecords() const { return m_scan.skipped; }
    int pendingRecords() const { return int(m_pending.size()); }

private:
    bool rewrite(const QByteArray &tail, QString *error);

    QString m_dir;
    qint64 m_maxFileBytes;
    bool m_loaded = false;
    QByteArray m_file; // the file as loaded
    ManifestRefsFormat::Scan m_scan;
    QSet<QByteArray> m_used; // keys found or added by this instance
    QHash<QByteArray, QByteArray> m_pending; // key -> record, not yet written
};

} // namespace berth
