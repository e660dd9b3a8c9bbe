#pragma once

#include <functional>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <vector>

namespace berth {

// One reference from a manifest to another blob, as its descriptor says.
struct StorageRef
{
    // Config, Layer and Other are marked by distribution's GC as references; Child is an index
    // entry (a manifest, itself a revision of the same repository when the registry accepted the
    // index); Subject is an OCI 1.1 `subject`: NOT a reference for GC (distribution 2.8's
    // ocischema References() is config + layers), only how Harbor finds accessories.
    enum class Kind : quint8 { Config, Layer, Child, Other, Subject };
    QString digest;
    qint64 size = 0;
    Kind kind = Kind::Layer;
};

// Bytes of distinct blobs. Sums saturate at INT64_MAX and set `overflow` rather than wrap.
struct StorageFigures
{
    qint64 stored = 0; // every blob referenced in the scope, once
    qint64 unique = 0; // ... referenced by nothing outside the scope
    qint64 shared = 0; // ... also referenced outside it (stored = unique + shared)
    int manifests = 0; // revisions (repository, digest) in the scope
    int blobs = 0; // distinct blobs in the scope, manifests included
    int missing = 0; // referenced blobs known not to exist (an index child that answered 404)
    bool overflow = false;
};

// Something the input got wrong; never silent, never fatal.
struct StorageProblem
{
    enum class Kind {
        SizeConflict, // one blob, two sizes: the larger is counted
        Missing, // a manifest referenced (or listed) that the registry does not have
        InvalidSize, // negative size: counted as 0
        InvalidDigest, // not sha256/sha512: ignored
        Overflow, // a sum passed INT64_MAX: saturated
    };
    Kind kind = Kind::SizeConflict;
    QString repository, digest;
    qint64 size = 0, otherSize = 0; // SizeConflict: the two sizes
    QString detail; // Missing: why (e.g. "404")
    QString text() const; // one English sentence (core has no translations; the GUI words by kind)
};

// What distribution 2.8's `registry garbage-collect` keeps and frees, computed from the
// manifests a scan found. Its rules (registry/storage/garbagecollect.go, MarkAndSweep, v2.8.2):
// - mark: for every repository, every manifest revision linked in it (tagged or not; we model
//   the default mode, without --delete-untagged) marks its own digest and each descriptor of
//   manifest.References(): an image's config and layers, an index's child manifests. Marking is
//   NOT transitive: a child's layers are marked because the child is itself a revision.
// - sweep: every blob in blobs/ not marked is deleted. `_layers` links are not references.
// A manifest DELETE removes that repository's revision link (and its tags); the same digest in
// another repository stays linked there.
// Blob digests are interned to integers, each digest held once: a 100,000-manifest graph costs
// about 220 bytes per manifest (bench/README.md, "Storage graph memory"). Not thread-safe; fill
// it from one thread.
class StorageGraph
{
public:
    using Revision = QPair<QString, QString>; // (repository, manifest digest)

    struct Freed
    {
        qint64 freed = 0; // bytes GC deletes once these revisions are gone
        qint64 sharedKept = 0; // bytes they reference that stay, used by what remains
        bool exact = false; // complete(): nothing outside what was scanned can share a blob
        bool overflow = false;
        int manifests = 0; // revisions deleted that the graph knows
        int blobs = 0; // blobs freed
        int unknown = 0; // revisions asked for that the graph does not know (count nothing)
    };
    struct Group
    {
        QString name;
        StorageFigures figures;
    };

    // Adds a revision found by a scan: `size` is the manifest's own byte size. Refs listed twice
    // count once. A second add of the same revision merges nothing and is ignored.
    void addManifest(const QString &repository, const QString &digest, qint64 size, const QStringList &tags,
        const QList<StorageRef> &refs);
    // One more tag on a revision already added (a scan reads manifests while its listing still
    // finds tags). False when the graph does not know the revision.
    bool addTag(const QString &repository, const QString &digest);
    // A revision that could not be read (it vanished mid-scan, or an index child answered 404).
    void addMissing(const QString &repository, const QString &digest, const QString &detail);
    // Whether the scan saw the whole registry (then every figure is exact, else "at most").
    void setComplete(bool complete) { m_complete = complete; }
    bool complete() const { return m_complete; }

    // Scope: "" or "*" everything; "a/b/" the folder (repositories starting with it); otherwise
    // the repository of that name and every repository below it ("team-a" = a Harbor project).
    static bool inScope(const QString &scope, const QString &repository);
    StorageFigures figures(const QString &scope = {}) const;
    StorageFigures figures(const std::function<bool(const QString &repository)> &inScope) const;
    // One group per distinct groupOf(repository) (empty: left out), sorted by unique bytes, largest first.
    QList<Group> breakdown(const std::function<QString(const QString &repository)> &groupOf) const;
    static QString projectOf(const QString &repository); // "a/b/c" -> "a"

    // Freed after GC when these revisions are deleted (in addition to nothing else).
    Freed freedAfterGc(const QList<Revision> &deleted) const;
    // rm --dry-run: the rows' deletes together; a blob counts on the first row (in order) that
    // references it, so the rows add up to freedAfterGc of all of them.
    QList<Freed> freedPerRow(const QList<QList<Revision>> &rows) const;
    // What Harbor deletes with these artifacts (src/controller/artifact/controller.go deleteDeeply):
    // the artifacts, their index children not referenced by another remaining index, and their
    // accessories (manifests whose subject is a deleted one), recursively, in the same repository.
    QList<Revision> withHarborDependents(const QList<Revision> &artifacts) const;

    bool contains(const QString &repository, const QString &digest) const;
    QStringList repositories() const; // sorted
    QList<Revision> revisions(const QString &repository) const;
    int tagCount(const QString &repository, const QString &digest) const; // -1: unknown revision
    // Its own blob plus what it references, each once (an index: its child manifests, not their
    // layers); -1: unknown revision. What one image weighs, shared or not.
    qint64 revisionBytes(const QString &repository, const QString &digest) const;
    // The image with everything under it: its blob, its references and, for an index, its
    // children's (recursively, in the same repository), each blob once; -1: unknown revision.
    // What Harbor's artifact size describes, though Harbor adds each descriptor's size instead.
    qint64 imageBytes(const QString &repository, const QString &digest) const;
    bool hasChildren(const QString &repository, const QString &digest) const; // an index with entries
    // The size the registry's own API reports for the revision (Harbor's artifact `size`), kept to
    // show beside ours; -1 when none was reported. False when the graph does not know the revision.
    bool setReportedSize(const QString &repository, const QString &digest, qint64 size);
    qint64 reportedSize(const QString &repository, const QString &digest) const;
    int manifestCount() const { return int(m_revisions.size()); }
    int blobCount() const { return int(m_blobs.size()); }
    // The first kMaxProblems problems; problemCount() counts them all.
    QList<StorageProblem> problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }
    static constexpr int kMaxProblems = 1000;
    // Bytes held by the graph's own tables (bench: bytes per manifest).
    qint64 memoryBytes() const;

private:
    struct Digest32
    {
        quint64 w[4];
        bool operator==(const Digest32 &o) const
        {
            return w[0] == o.w[0] && w[1] == o.w[1] && w[2] == o.w[2] && w[3] == o.w[3];
        }
        bool isZero() const { return (w[0] | w[1] | w[2] | w[3]) == 0; }
    };
    // A vector in fixed chunks: growing never copies nor holds twice the bytes (std::vector's
    // doubling would, at the moment of growth), and at most one chunk is slack. Copyable.
    template<typename T>
    class Chunked
    {
    public:
        static constexpr size_t kShift = 10, kSize = size_t(1) << kShift;
        size_t size() const { return m_size; }
        T &operator[](size_t i) { return m_chunks[i >> kShift][i & (kSize - 1)]; }
        const T &operator[](size_t i) const { return m_chunks[i >> kShift][i & (kSize - 1)]; }
        void push_back(const T &v)
        {
            if ((m_size & (kSize - 1)) == 0) {
                m_chunks.emplace_back();
                m_chunks.back().reserve(kSize);
            }
            m_chunks.back().push_back(v);
            ++m_size;
        }
        qint64 bytes() const
        {
            return qint64(m_chunks.capacity() * sizeof(std::vector<T>) + m_chunks.size() * kSize * sizeof(T));
        }

    private:
        std::vector<std::vector<T>> m_chunks;
        size_t m_size = 0;
    };

    static constexpr quint8 kKnown = 1; // a size was seen
    static constexpr quint8 kPresent = 2; // known to exist: a revision added, or a non-child reference
    static constexpr quint8 kMissing = 4; // a 404 was recorded for it
    struct Blob
    {
        Digest32 digest; // sha256; zero for another algorithm (then in m_otherDigests)
        qint64 size = 0;
    };
    struct Rev
    {
        quint32 repository = 0;
        quint32 blob = 0; // the manifest's own
        quint32 refsBegin = 0; // into m_refs
        quint32 refsCount = 0;
        quint32 subjectsBegin = 0; // into m_subjects
        quint16 subjectsCount = 0;
        quint16 tags = 0;
        qint64 reported = -1; // setReportedSize
    };

    qint32 internDigest(const QString &digest, const QString &repository);
    qint32 findDigest(const QString &digest) const;
    qint32 findSha256(const Digest32 &d) const;
    void insertBlobSlot(quint32 blob);
    void insertRevisionSlot(quint32 revision);
    qint32 findRevisionIds(quint32 repository, quint32 blob) const;
    qint32 findRevision(const QString &repository, const QString &digest) const;
    bool present(quint32 blob) const { return m_blobFlags[blob] & kPresent; }
    qint64 blobSize(quint32 blob) const { return m_blobs[blob].size; }
    void noteSize(quint32 blob, qint64 size, const QString &repository, const QString &digest);
    QString digestText(quint32 blob) const;
    void addProblem(StorageProblem problem);
    template<typename F>
    void forEachBlob(const Rev &rev, F f) const; // own blob, then references
    std::vector<quint8> markedWithout(const std::vector<quint8> &deletedRevisions) const;
    std::vector<quint8> revisionSet(const QList<Revision> &list, int *unknown) const;

    // Interned digests: open addressing over blob ids (0 empty, else id + 1), the key read through
    // m_blobs, so a digest is held once (32 bytes) and the table costs 4 bytes a slot.
    Chunked<Blob> m_blobs;
    Chunked<quint8> m_blobFlags;
    std::vector<quint32> m_blobSlots;
    QHash<QString, quint32> m_otherDigests; // sha512 (rare)
    QStringList m_repositories; // interned repository names
    QHash<QString, quint32> m_repositoryIds;
    Chunked<Rev> m_revisions;
    std::vector<quint32> m_revisionSlots; // (repository, blob) -> revision id + 1, keyed through m_revisions
    Chunked<quint32> m_refs; // GC references, deduplicated per revision; kChildBit marks index children
    static constexpr quint32 kChildBit = 0x80000000u;
    Chunked<quint32> m_subjects;
    QList<StorageProblem> m_problems;
    int m_problemCount = 0;
    qint64 m_totalBytes = 0; // every known blob once, saturating: reports Overflow once
    bool m_overflowReported = false;
    bool m_complete = false;
};

} // namespace berth
