// libFuzzer target: StorageGraph fed with manifests as a scan would feed it. Input layout: one flag
// byte, then up to 8 manifests separated by NUL bytes; each manifest's first byte picks its
// repository (of 3) and whether it is tagged, the rest is the body, parsed with parseOciManifest and
// added under its own sha256 (as StorageScan does; a body that does not parse counts its bytes
// only). Flag bit 0 turns every descriptor size into INT64_MAX minus it (sums must saturate, never
// wrap); bit 1 records a 404 for every index child; bits 2-3 add the first manifest again to
// another repository.
#include "core/ContentDigest.h"
#include "core/OciManifest.h"
#include "core/StorageGraph.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <QCryptographicHash>

using namespace berth;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

QString sha256Of(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void checkFigures(const StorageFigures &f)
{
    FUZZ_CHECK(f.stored >= 0 && f.unique >= 0 && f.shared >= 0);
    FUZZ_CHECK(f.unique <= f.stored && f.shared <= f.stored);
    if (!f.overflow)
        FUZZ_CHECK(f.unique + f.shared == f.stored);
    FUZZ_CHECK(f.missing <= f.blobs);
}

void checkFreed(const StorageGraph::Freed &f, const StorageFigures &all)
{
    FUZZ_CHECK(f.freed >= 0 && f.sharedKept >= 0);
    FUZZ_CHECK(f.freed <= all.stored && f.sharedKept <= all.stored);
    if (!f.overflow && !all.overflow)
        FUZZ_CHECK(f.freed + f.sharedKept <= all.stored);
    FUZZ_CHECK(f.exact == false); // never set complete here
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    const quint8 flags = data[0];
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QList<QByteArray> pieces = input.split('\0');
    const QStringList repos {QStringLiteral("p1/app"), QStringLiteral("p1/base"), QStringLiteral("p2/app")};

    StorageGraph g;
    QList<StorageGraph::Revision> added;
    int firstRepo = -1;
    QString firstDigest;
    for (int i = 0; i < pieces.size() && i < 8; ++i) {
        const QByteArray &piece = pieces.at(i);
        if (piece.isEmpty())
            continue;
        const int repo = quint8(piece.at(0)) % 3;
        const bool tagged = quint8(piece.at(0)) & 0x10;
        const QByteArray body = piece.mid(1);
        const QString digest = sha256Of(body);
        const QString &repository = repos.at(repo);
        const Parsed<OciManifest> parsed = parseOciManifest(body, {}, digest);
        QList<StorageRef> refs;
        const auto sized = [&](qint64 s) { return (flags & 1) ? kMax - s : s; };
        if (parsed.ok()) {
            const OciManifest &m = parsed.value;
            if (m.kind == OciManifest::Kind::Image) {
                refs.append({m.config.digest, sized(m.config.size), StorageRef::Kind::Config});
                for (const OciDescriptor &l : m.layers)
                    refs.append({l.digest, sized(l.size), StorageRef::Kind::Layer});
            } else if (m.kind == OciManifest::Kind::Index) {
                for (const OciDescriptor &c : m.manifests) {
                    refs.append({c.digest, sized(c.size), StorageRef::Kind::Child});
                    if (flags & 2)
                        g.addMissing(repository, c.digest, QStringLiteral("404"));
                }
            }
            if (m.subject)
                refs.append({m.subject->digest, sized(m.subject->size), StorageRef::Kind::Subject});
        }
        g.addManifest(repository, digest, sized(body.size()),
            tagged ? QStringList {QStringLiteral("latest")} : QStringList {}, refs);
        FUZZ_CHECK(g.contains(repository, digest));
        added.append({repository, digest});
        if (firstRepo < 0) {
            firstRepo = repo;
            firstDigest = digest;
        }
    }
    if (firstRepo >= 0 && (flags & 0x0c)) {
        const QString &other = repos.at((firstRepo + ((flags >> 2) & 3)) % 3);
        g.addManifest(other, firstDigest, 10, {}, {});
        added.append({other, firstDigest});
    }

    FUZZ_CHECK(g.problemCount() >= g.problems().size());
    const StorageFigures all = g.figures();
    checkFigures(all);
    FUZZ_CHECK(all.manifests == g.manifestCount());
    FUZZ_CHECK(all.blobs <= g.blobCount());
    for (const QString &scope : {QStringLiteral("p1"), QStringLiteral("p1/app"), QStringLiteral("p2/")}) {
        const StorageFigures f = g.figures(scope);
        checkFigures(f);
        FUZZ_CHECK(f.stored <= all.stored && f.manifests <= all.manifests);
    }
    for (const StorageGraph::Group &group : g.breakdown(&StorageGraph::projectOf))
        checkFigures(group.figures);

    // Deleting everything frees everything stored (nothing is left to mark).
    const StorageGraph::Freed everything = g.freedAfterGc(added);
    checkFreed(everything, all);
    if (!all.overflow && !everything.overflow)
        FUZZ_CHECK(everything.freed == all.stored && everything.sharedKept == 0);

    // One row per repository, in order: the rows add up to the union.
    QList<QList<StorageGraph::Revision>> rows;
    QList<StorageGraph::Revision> someOf;
    for (const QString &repository : repos) {
        QList<StorageGraph::Revision> row = g.revisions(repository);
        if (!row.isEmpty() && row.size() % 2 == 0)
            row.removeLast(); // leave something behind now and then
        someOf += row;
        rows.append(row);
    }
    rows.append({{QStringLiteral("p9/none"), QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))}});
    const QList<StorageGraph::Freed> perRow = g.freedPerRow(rows);
    FUZZ_CHECK(perRow.size() == rows.size());
    FUZZ_CHECK(perRow.last().unknown == 1 && perRow.last().freed == 0);
    const StorageGraph::Freed union_ = g.freedAfterGc(someOf);
    checkFreed(union_, all);
    qint64 freedSum = 0, keptSum = 0;
    bool overflow = union_.overflow || all.overflow;
    for (const StorageGraph::Freed &f : perRow) {
        checkFreed(f, all);
        overflow = overflow || f.overflow || f.freed > kMax - freedSum || f.sharedKept > kMax - keptSum;
        if (!overflow) {
            freedSum += f.freed;
            keptSum += f.sharedKept;
        }
    }
    if (!overflow) {
        FUZZ_CHECK(freedSum == union_.freed);
        FUZZ_CHECK(keptSum == union_.sharedKept);
    }

    // Harbor's expansion keeps what it was given.
    const QList<StorageGraph::Revision> deep = g.withHarborDependents(someOf);
    for (const StorageGraph::Revision &r : someOf)
        FUZZ_CHECK(deep.contains(r));
    for (const StorageGraph::Revision &r : deep)
        FUZZ_CHECK(g.contains(r.first, r.second));
    for (const StorageProblem &p : g.problems())
        FUZZ_CHECK(!p.text().isEmpty());
    return 0;
}
