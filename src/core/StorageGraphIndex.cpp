// StorageGraph's interning: blob digests and revisions found again through open-addressing
// tables of 4-byte ids, the keys read back through the blob and revision arrays (each digest is
// held once), and the graph's own byte count.
#include "ContentDigest.h"
#include "StorageGraph.h"

#include <QHashSeed>

namespace berth {

namespace {

// murmur3's 64-bit finaliser over a per-process seed: sha256 digests are uniform already, but a
// hostile registry chooses the digests in its descriptors, and should not choose our collisions.
quint64 mix(quint64 k)
{
    k ^= quint64(QHashSeed::globalSeed());
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

// Open-addressing tables hold at most 7/10 of their slots; a power of two, at least 16.
size_t slotsFor(size_t entries)
{
    size_t n = 16;
    while (entries * 10 > n * 7)
        n *= 2;
    return n;
}

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    return -1;
}

} // namespace

namespace {

bool parseSha256(const QString &digest, quint64 (&w)[4])
{
    if (digest.size() != 71 || !digest.startsWith(QLatin1String("sha256:")))
        return false;
    w[0] = w[1] = w[2] = w[3] = 0;
    for (int i = 0; i < 64; ++i) {
        const int v = hexValue(digest.at(7 + i));
        if (v < 0)
            return false;
        w[i / 16] = (w[i / 16] << 4) | quint64(v);
    }
    return true;
}

} // namespace

qint32 StorageGraph::findSha256(const Digest32 &d) const
{
    if (m_blobSlots.empty())
        return -1;
    const size_t mask = m_blobSlots.size() - 1;
    for (size_t i = mix(d.w[0] ^ d.w[1] ^ d.w[2] ^ d.w[3]) & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_blobSlots[i];
        if (slot == 0)
            return -1;
        if (m_blobs[slot - 1].digest == d)
            return qint32(slot - 1);
    }
}

void StorageGraph::insertBlobSlot(quint32 blob)
{
    const size_t entries = m_blobs.size(); // blob is among them
    if (m_blobSlots.size() < slotsFor(entries)) {
        std::vector<quint32> old;
        old.swap(m_blobSlots);
        m_blobSlots.assign(slotsFor(entries), 0);
        for (const quint32 slot : old) {
            if (slot != 0)
                insertBlobSlot(slot - 1);
        }
    }
    const Digest32 &d = m_blobs[blob].digest;
    const size_t mask = m_blobSlots.size() - 1;
    size_t i = mix(d.w[0] ^ d.w[1] ^ d.w[2] ^ d.w[3]) & mask;
    while (m_blobSlots[i] != 0)
        i = (i + 1) & mask;
    m_blobSlots[i] = blob + 1;
}

qint32 StorageGraph::findDigest(const QString &digest) const
{
    Digest32 d;
    if (parseSha256(digest, d.w) && !d.isZero())
        return findSha256(d);
    const auto it = m_otherDigests.constFind(digest);
    return it == m_otherDigests.cend() ? -1 : qint32(*it);
}

qint32 StorageGraph::internDigest(const QString &digest, const QString &repository)
{
    Digest32 d;
    const bool sha256 = parseSha256(digest, d.w);
    // The all-zero sha256 is a digest like any other, but the table keeps zero for "another
    // algorithm": it goes with those, by its text.
    const bool inTable = sha256 && !d.isZero();
    if (!inTable && !isSupportedDigest(digest)) {
        StorageProblem p;
        p.kind = StorageProblem::Kind::InvalidDigest;
        p.repository = repository;
        p.digest = digest.left(200);
        addProblem(p);
        return -1;
    }
    const qint32 found = inTable ? findSha256(d) : findDigest(digest);
    if (found >= 0)
        return found;
    const quint32 id = quint32(m_blobs.size());
    Blob b;
    if (inTable)
        b.digest = d;
    else
        b.digest = Digest32 {{0, 0, 0, 0}};
    m_blobs.push_back(b);
    m_blobFlags.push_back(0);
    if (inTable)
        insertBlobSlot(id);
    else
        m_otherDigests.insert(digest, id);
    return qint32(id);
}

QString StorageGraph::digestText(quint32 blob) const
{
    const Digest32 &d = m_blobs[blob].digest;
    if (d.isZero()) {
        for (auto it = m_otherDigests.cbegin(); it != m_otherDigests.cend(); ++it) {
            if (*it == blob)
                return it.key();
        }
    }
    QString s = QStringLiteral("sha256:");
    for (int i = 0; i < 4; ++i)
        s += QStringLiteral("%1").arg(d.w[i], 16, 16, QLatin1Char('0'));
    return s;
}

namespace {

quint64 revisionKey(quint32 repository, quint32 blob)
{
    return (quint64(repository) << 32) | blob;
}

} // namespace

void StorageGraph::insertRevisionSlot(quint32 revision)
{
    const size_t entries = m_revisions.size();
    if (m_revisionSlots.size() < slotsFor(entries)) {
        m_revisionSlots.assign(slotsFor(entries), 0);
        for (quint32 r = 0; r < quint32(entries); ++r)
            insertRevisionSlot(r); // the table is large enough now: no recursion past this level
        return;
    }
    const Rev &rev = m_revisions[revision];
    const size_t mask = m_revisionSlots.size() - 1;
    size_t i = mix(revisionKey(rev.repository, rev.blob)) & mask;
    while (m_revisionSlots[i] != 0)
        i = (i + 1) & mask;
    m_revisionSlots[i] = revision + 1;
}

qint32 StorageGraph::findRevisionIds(quint32 repository, quint32 blob) const
{
    if (m_revisionSlots.empty())
        return -1;
    const size_t mask = m_revisionSlots.size() - 1;
    for (size_t i = mix(revisionKey(repository, blob)) & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_revisionSlots[i];
        if (slot == 0)
            return -1;
        const Rev &rev = m_revisions[slot - 1];
        if (rev.repository == repository && rev.blob == blob)
            return qint32(slot - 1);
    }
}

qint32 StorageGraph::findRevision(const QString &repository, const QString &digest) const
{
    const auto repo = m_repositoryIds.constFind(repository);
    if (repo == m_repositoryIds.cend())
        return -1;
    const qint32 blob = findDigest(digest);
    return blob < 0 ? -1 : findRevisionIds(*repo, quint32(blob));
}

qint64 StorageGraph::memoryBytes() const
{
    // The tables as allocated (chunks whole, slot arrays whole); QHash for the rare ones at about
    // (node + 1) * 2 bytes an entry (Qt 6 spans: 128 one-byte offsets, load factor up to 0.5).
    const auto hashBytes = [](qsizetype n, size_t node) { return qint64(n) * qint64(node + 1) * 2; };
    qint64 bytes = 0;
    bytes += m_blobs.bytes() + m_blobFlags.bytes();
    bytes += qint64(m_blobSlots.capacity() * sizeof(quint32));
    bytes += hashBytes(m_otherDigests.size(), sizeof(QString) + sizeof(quint32) + 4 + 160);
    bytes += m_revisions.bytes();
    bytes += qint64(m_revisionSlots.capacity() * sizeof(quint32));
    bytes += m_refs.bytes() + m_subjects.bytes();
    for (const QString &r : m_repositories)
        bytes += qint64(r.capacity() * 2 + 64);
    bytes += hashBytes(m_repositoryIds.size(), sizeof(QString) + sizeof(quint32) + 4);
    return bytes;
}

} // namespace berth
