#include "StorageGraph.h"

#include "ContentDigest.h"

#include <algorithm>
#include <limits>
#include <QSet>

namespace berth {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

// Saturating: a hostile or broken registry may claim sizes whose sum passes 2^63.
void addBytes(qint64 &sum, qint64 value, bool &overflow)
{
    if (value > kMax - sum) {
        sum = kMax;
        overflow = true;
    } else {
        sum += value;
    }
}

} // namespace

QString StorageProblem::text() const
{
    switch (kind) {
    case Kind::SizeConflict:
        return QStringLiteral("%1 has two sizes (%2 and %3 bytes, in %4); the larger is counted")
            .arg(digest)
            .arg(size)
            .arg(otherSize)
            .arg(repository);
    case Kind::Missing:
        return QStringLiteral("%1@%2 could not be read (%3); it is not counted").arg(repository, digest, detail);
    case Kind::InvalidSize:
        return QStringLiteral("%1 has a negative size (%2) in %3; counted as 0").arg(digest).arg(size).arg(repository);
    case Kind::InvalidDigest:
        return QStringLiteral("\"%1\" in %2 is not a digest; ignored").arg(digest, repository);
    case Kind::Overflow:
        return QStringLiteral("the sizes add up to more than 2^63 bytes; the sum is capped");
    }
    return {};
}

void StorageGraph::addProblem(StorageProblem problem)
{
    ++m_problemCount;
    if (m_problems.size() < kMaxProblems)
        m_problems.append(std::move(problem));
}

void StorageGraph::noteSize(quint32 blob, qint64 size, const QString &repository, const QString &digest)
{
    if (size < 0) {
        StorageProblem p;
        p.kind = StorageProblem::Kind::InvalidSize;
        p.repository = repository;
        p.digest = digest;
        p.size = size;
        addProblem(p);
        size = 0;
    }
    Blob &b = m_blobs[blob];
    quint8 &flags = m_blobFlags[blob];
    const bool known = flags & kKnown;
    const qint64 grows = !known ? size : std::max<qint64>(size - b.size, 0);
    bool overflow = false;
    addBytes(m_totalBytes, grows, overflow);
    if (overflow && !m_overflowReported) {
        m_overflowReported = true;
        StorageProblem p;
        p.kind = StorageProblem::Kind::Overflow;
        p.repository = repository;
        p.digest = digest;
        p.size = size;
        addProblem(p);
    }
    if (!known) {
        flags |= kKnown;
        b.size = size;
    } else if (b.size != size) {
        // Never silent, never the smaller: the registry stores one file, whose real size we
        // cannot see; counting the larger keeps "stored" an upper bound.
        StorageProblem p;
        p.kind = StorageProblem::Kind::SizeConflict;
        p.repository = repository;
        p.digest = digest;
        p.size = std::min(b.size, size);
        p.otherSize = std::max(b.size, size);
        addProblem(p);
        b.size = std::max(b.size, size);
    }
}

void StorageGraph::addManifest(const QString &repository, const QString &digest, qint64 size, const QStringList &tags,
    const QList<StorageRef> &refs)
{
    const qint32 own = internDigest(digest, repository);
    if (own < 0)
        return;
    auto repoIt = m_repositoryIds.constFind(repository);
    if (repoIt == m_repositoryIds.cend()) {
        repoIt = m_repositoryIds.insert(repository, quint32(m_repositories.size()));
        m_repositories.append(repository);
    }
    if (findRevisionIds(*repoIt, quint32(own)) >= 0)
        return;
    noteSize(quint32(own), size, repository, digest);
    m_blobFlags[quint32(own)] |= kPresent;

    Rev rev;
    rev.repository = *repoIt;
    rev.blob = quint32(own);
    rev.tags = quint16(std::min<qsizetype>(tags.size(), 0xffff));
    rev.refsBegin = quint32(m_refs.size());
    rev.subjectsBegin = quint32(m_subjects.size());
    std::vector<quint32> sortedRefs; // only for manifests with many references
    for (const StorageRef &ref : refs) {
        const qint32 id = internDigest(ref.digest, repository);
        if (id < 0)
            continue;
        if (ref.kind == StorageRef::Kind::Subject) {
            if (rev.subjectsCount < 0xffff) {
                m_subjects.push_back(quint32(id));
                ++rev.subjectsCount;
            }
            continue;
        }
        noteSize(quint32(id), ref.size, repository, ref.digest);
        const bool child = ref.kind == StorageRef::Kind::Child;
        // A child manifest exists only if some repository has it as a revision; a config or a
        // layer the registry accepted the manifest with exists in blobs/.
        if (!child)
            m_blobFlags[quint32(id)] |= kPresent;
        const quint32 value = quint32(id) | (child ? kChildBit : 0u);
        // Layers listed twice (the empty gzip layer of many Docker images) are one blob. A
        // manifest with thousands of references would make this quadratic: those are checked
        // against a sorted copy instead.
        bool seen = quint32(id) == rev.blob;
        const size_t count = m_refs.size() - rev.refsBegin;
        if (!seen && count <= 64) {
            for (size_t i = rev.refsBegin; i < m_refs.size() && !seen; ++i)
                seen = (m_refs[i] & ~kChildBit) == quint32(id);
        } else if (!seen) {
            if (sortedRefs.size() != count) {
                for (size_t i = rev.refsBegin + sortedRefs.size(); i < m_refs.size(); ++i)
                    sortedRefs.insert(std::lower_bound(sortedRefs.begin(), sortedRefs.end(), m_refs[i] & ~kChildBit),
                        m_refs[i] & ~kChildBit);
            }
            seen = std::binary_search(sortedRefs.begin(), sortedRefs.end(), quint32(id));
        }
        if (!seen)
            m_refs.push_back(value);
    }
    rev.refsCount = quint32(m_refs.size()) - rev.refsBegin;
    m_revisions.push_back(rev);
    insertRevisionSlot(quint32(m_revisions.size() - 1));
}

void StorageGraph::addMissing(const QString &repository, const QString &digest, const QString &detail)
{
    const qint32 id = internDigest(digest, repository);
    if (id < 0)
        return;
    m_blobFlags[quint32(id)] |= kMissing;
    StorageProblem p;
    p.kind = StorageProblem::Kind::Missing;
    p.repository = repository;
    p.digest = digest;
    p.detail = detail;
    addProblem(p);
}

template<typename F>
void StorageGraph::forEachBlob(const Rev &rev, F f) const
{
    f(rev.blob);
    for (quint32 i = 0; i < rev.refsCount; ++i)
        f(m_refs[rev.refsBegin + i] & ~kChildBit);
}

bool StorageGraph::inScope(const QString &scope, const QString &repository)
{
    if (scope.isEmpty() || scope == QLatin1String("*"))
        return true;
    if (scope.endsWith(QLatin1Char('/')))
        return repository.startsWith(scope);
    return repository == scope
        || (repository.size() > scope.size() && repository.startsWith(scope)
            && repository.at(scope.size()) == QLatin1Char('/'));
}

QString StorageGraph::projectOf(const QString &repository)
{
    return repository.section(QLatin1Char('/'), 0, 0);
}

StorageFigures StorageGraph::figures(const QString &scope) const
{
    return figures([&scope](const QString &repository) { return inScope(scope, repository); });
}

StorageFigures StorageGraph::figures(const std::function<bool(const QString &)> &scope) const
{
    std::vector<quint8> repoIn(size_t(m_repositories.size()));
    for (int i = 0; i < m_repositories.size(); ++i)
        repoIn[size_t(i)] = scope(m_repositories.at(i)) ? 1 : 0;
    // bit 0: referenced inside the scope, bit 1: outside it
    std::vector<quint8> where(m_blobs.size());
    StorageFigures f;
    for (size_t r = 0; r < m_revisions.size(); ++r) {
        const Rev &rev = m_revisions[r];
        const quint8 bit = repoIn[rev.repository] ? 1 : 2;
        if (bit == 1)
            ++f.manifests;
        forEachBlob(rev, [&](quint32 b) { where[b] |= bit; });
    }
    for (size_t b = 0; b < m_blobs.size(); ++b) {
        if (!(where[b] & 1))
            continue;
        ++f.blobs;
        if (!present(quint32(b))) {
            ++f.missing;
            continue;
        }
        addBytes(f.stored, blobSize(quint32(b)), f.overflow);
        addBytes(where[b] & 2 ? f.shared : f.unique, blobSize(quint32(b)), f.overflow);
    }
    return f;
}

QList<StorageGraph::Group> StorageGraph::breakdown(const std::function<QString(const QString &)> &groupOf) const
{
    QStringList names;
    QHash<QString, int> ids;
    std::vector<int> groupOfRepo(size_t(m_repositories.size()), -1);
    for (int i = 0; i < m_repositories.size(); ++i) {
        const QString name = groupOf(m_repositories.at(i));
        if (name.isEmpty())
            continue;
        auto it = ids.constFind(name);
        if (it == ids.cend()) {
            it = ids.insert(name, int(names.size()));
            names.append(name);
        }
        groupOfRepo[size_t(i)] = *it;
    }
    // Per blob: the one group referencing it, or -2 when several do (or something outside any).
    std::vector<int> owner(m_blobs.size(), -1);
    std::vector<std::vector<quint32>> revsOf(size_t(names.size()));
    for (quint32 r = 0; r < quint32(m_revisions.size()); ++r) {
        const Rev &rev = m_revisions[r];
        const int g = groupOfRepo[rev.repository];
        if (g >= 0)
            revsOf[size_t(g)].push_back(r);
        const int tag = g >= 0 ? g : -3;
        forEachBlob(rev, [&](quint32 b) {
            if (owner[b] == -1)
                owner[b] = tag;
            else if (owner[b] != tag)
                owner[b] = -2;
        });
    }
    QList<Group> out;
    std::vector<int> stamp(m_blobs.size(), -1);
    for (int g = 0; g < names.size(); ++g) {
        Group group;
        group.name = names.at(g);
        StorageFigures &f = group.figures;
        for (const quint32 r : revsOf[size_t(g)]) {
            ++f.manifests;
            forEachBlob(m_revisions[r], [&](quint32 b) {
                if (stamp[b] == g)
                    return;
                stamp[b] = g;
                ++f.blobs;
                if (!present(b)) {
                    ++f.missing;
                    return;
                }
                addBytes(f.stored, blobSize(b), f.overflow);
                addBytes(owner[b] == g ? f.unique : f.shared, blobSize(b), f.overflow);
            });
        }
        out.append(group);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Group &a, const Group &b) { return a.figures.unique > b.figures.unique; });
    return out;
}

std::vector<quint8> StorageGraph::revisionSet(const QList<Revision> &list, int *unknown) const
{
    std::vector<quint8> set(m_revisions.size());
    for (const Revision &r : list) {
        const qint32 i = findRevision(r.first, r.second);
        if (i < 0)
            ++*unknown;
        else
            set[size_t(i)] = 1;
    }
    return set;
}

// GC's mark phase over every revision that stays.
std::vector<quint8> StorageGraph::markedWithout(const std::vector<quint8> &deletedRevisions) const
{
    std::vector<quint8> marked(m_blobs.size());
    for (size_t r = 0; r < m_revisions.size(); ++r) {
        if (!deletedRevisions[r])
            forEachBlob(m_revisions[r], [&](quint32 b) { marked[b] = 1; });
    }
    return marked;
}

StorageGraph::Freed StorageGraph::freedAfterGc(const QList<Revision> &deleted) const
{
    const QList<Freed> rows = freedPerRow({deleted});
    return rows.first();
}

QList<StorageGraph::Freed> StorageGraph::freedPerRow(const QList<QList<Revision>> &rows) const
{
    QList<Freed> out;
    std::vector<quint8> all(m_revisions.size());
    std::vector<std::vector<quint8>> sets;
    for (const QList<Revision> &row : rows) {
        Freed f;
        f.exact = m_complete;
        sets.push_back(revisionSet(row, &f.unknown));
        for (size_t r = 0; r < all.size(); ++r)
            all[r] |= sets.back()[r];
        out.append(f);
    }
    const std::vector<quint8> marked = markedWithout(all);
    std::vector<quint8> counted(m_blobs.size());
    std::vector<quint8> revCounted(m_revisions.size());
    for (int i = 0; i < out.size(); ++i) {
        Freed &f = out[i];
        const std::vector<quint8> &set = sets[size_t(i)];
        for (size_t r = 0; r < set.size(); ++r) {
            if (!set[r] || revCounted[r])
                continue;
            revCounted[r] = 1;
            ++f.manifests;
            forEachBlob(m_revisions[r], [&](quint32 b) {
                if (counted[b] || !present(b))
                    return;
                counted[b] = 1;
                if (marked[b]) {
                    addBytes(f.sharedKept, blobSize(b), f.overflow);
                } else {
                    ++f.blobs;
                    addBytes(f.freed, blobSize(b), f.overflow);
                }
            });
        }
    }
    return out;
}

QList<StorageGraph::Revision> StorageGraph::withHarborDependents(const QList<Revision> &artifacts) const
{
    int unknown = 0;
    std::vector<quint8> in = revisionSet(artifacts, &unknown);
    // Per revision that is an index child: its parents in the same repository.
    QHash<quint64, std::vector<quint32>> parents; // (repository << 32 | child blob) -> parent revisions
    QHash<quint64, std::vector<quint32>> accessories; // (repository << 32 | subject blob) -> revisions
    for (quint32 r = 0; r < quint32(m_revisions.size()); ++r) {
        const Rev &rev = m_revisions[r];
        for (quint32 i = 0; i < rev.refsCount; ++i) {
            const quint32 v = m_refs[rev.refsBegin + i];
            if (v & kChildBit)
                parents[(quint64(rev.repository) << 32) | (v & ~kChildBit)].push_back(r);
        }
        for (quint32 i = 0; i < rev.subjectsCount; ++i)
            accessories[(quint64(rev.repository) << 32) | m_subjects[rev.subjectsBegin + i]].push_back(r);
    }
    bool changed = true;
    while (changed) {
        changed = false;
        for (quint32 r = 0; r < quint32(m_revisions.size()); ++r) {
            if (!in[r])
                continue;
            const Rev &rev = m_revisions[r];
            const quint64 repoKey = quint64(rev.repository) << 32;
            for (quint32 i = 0; i < rev.refsCount; ++i) {
                const quint32 v = m_refs[rev.refsBegin + i];
                if (!(v & kChildBit))
                    continue;
                const qint32 child = findRevisionIds(rev.repository, v & ~kChildBit);
                if (child < 0 || in[size_t(child)])
                    continue;
                const std::vector<quint32> &ps = parents[repoKey | (v & ~kChildBit)];
                if (std::all_of(ps.begin(), ps.end(), [&](quint32 p) { return in[p] != 0; })) {
                    in[size_t(child)] = 1;
                    changed = true;
                }
            }
            const auto acc = accessories.constFind(repoKey | rev.blob);
            if (acc != accessories.cend()) {
                for (const quint32 a : *acc) {
                    if (!in[a]) {
                        in[a] = 1;
                        changed = true;
                    }
                }
            }
        }
    }
    QList<Revision> out;
    for (const Revision &r : artifacts) {
        if (findRevision(r.first, r.second) < 0)
            out.append(r); // unknown: passed on, counted as unknown later
    }
    for (quint32 r = 0; r < quint32(m_revisions.size()); ++r) {
        if (in[r])
            out.append({m_repositories.at(int(m_revisions[r].repository)), digestText(m_revisions[r].blob)});
    }
    return out;
}

bool StorageGraph::contains(const QString &repository, const QString &digest) const
{
    return findRevision(repository, digest) >= 0;
}

QStringList StorageGraph::repositories() const
{
    QStringList out = m_repositories;
    out.sort();
    return out;
}

QList<StorageGraph::Revision> StorageGraph::revisions(const QString &repository) const
{
    QList<Revision> out;
    const auto repo = m_repositoryIds.constFind(repository);
    if (repo == m_repositoryIds.cend())
        return out;
    for (size_t r = 0; r < m_revisions.size(); ++r) {
        if (m_revisions[r].repository == *repo)
            out.append({repository, digestText(m_revisions[r].blob)});
    }
    return out;
}

bool StorageGraph::addTag(const QString &repository, const QString &digest)
{
    const qint32 r = findRevision(repository, digest);
    if (r < 0)
        return false;
    Rev &rev = m_revisions[size_t(r)];
    if (rev.tags < 0xffff)
        ++rev.tags;
    return true;
}

int StorageGraph::tagCount(const QString &repository, const QString &digest) const
{
    const qint32 r = findRevision(repository, digest);
    return r < 0 ? -1 : int(m_revisions[size_t(r)].tags);
}

qint64 StorageGraph::revisionBytes(const QString &repository, const QString &digest) const
{
    const qint32 r = findRevision(repository, digest);
    if (r < 0)
        return -1;
    qint64 sum = 0;
    bool overflow = false;
    forEachBlob(m_revisions[size_t(r)], [&](quint32 b) {
        if (present(b))
            addBytes(sum, blobSize(b), overflow);
    });
    return sum;
}

qint64 StorageGraph::imageBytes(const QString &repository, const QString &digest) const
{
    const qint32 r = findRevision(repository, digest);
    if (r < 0)
        return -1;
    std::vector<quint32> queue {quint32(r)};
    QSet<quint32> revisionsSeen {quint32(r)};
    QSet<quint32> blobsSeen;
    qint64 sum = 0;
    bool overflow = false;
    while (!queue.empty()) {
        const Rev &rev = m_revisions[queue.back()];
        queue.pop_back();
        forEachBlob(rev, [&](quint32 b) {
            if (present(b) && !blobsSeen.contains(b)) {
                blobsSeen.insert(b);
                addBytes(sum, blobSize(b), overflow);
            }
        });
        for (quint32 i = 0; i < rev.refsCount; ++i) {
            const quint32 ref = m_refs[rev.refsBegin + i];
            if (!(ref & kChildBit))
                continue;
            const qint32 child = findRevisionIds(rev.repository, ref & ~kChildBit);
            if (child >= 0 && !revisionsSeen.contains(quint32(child))) {
                revisionsSeen.insert(quint32(child));
                queue.push_back(quint32(child));
            }
        }
    }
    return sum;
}

bool StorageGraph::hasChildren(const QString &repository, const QString &digest) const
{
    const qint32 r = findRevision(repository, digest);
    if (r < 0)
        return false;
    const Rev &rev = m_revisions[size_t(r)];
    for (quint32 i = 0; i < rev.refsCount; ++i)
        if (m_refs[rev.refsBegin + i] & kChildBit)
            return true;
    return false;
}

bool StorageGraph::setReportedSize(const QString &repository, const QString &digest, qint64 size)
{
    const qint32 r = findRevision(repository, digest);
    if (r < 0)
        return false;
    m_revisions[size_t(r)].reported = size < 0 ? -1 : size;
    return true;
}

qint64 StorageGraph::reportedSize(const QString &repository, const QString &digest) const
{
    const qint32 r = findRevision(repository, digest);
    return r < 0 ? -1 : m_revisions[size_t(r)].reported;
}

} // namespace berth
