// bench_storage: the storage analysis figures ("Storage analysis" in bench/README.md). Prints one JSON
// object on stdout; timings are reported, never asserted. The exit code says only whether the run
// worked (and found --expect-manifests manifests when given).
//
//   bench_storage --synthetic N
//       No network: a StorageGraph of N manifests shaped like harbor-sim's --synthetic-content (per
//       manifest a unique config and one or two unique top layers over one to three of 48 shared base
//       layers, 100 manifests per repository); the graph's bytes per manifest (its own count and the
//       heap growth by mallinfo2), and how long figures() and freedAfterGc() take over it.
//   printf '%s\n' "$SECRET" | bench_storage --url URL --user NAME --password-stdin --cache DIR
//       [--parallel N] [--expect-manifests N] [--urls-out FILE]
//       StorageScan over Harbor (what berthctl du runs): wall time, manifests fetched and read from the
//       cache, the graph's bytes per manifest and the process's peak RSS. --urls-out writes the
//       /v2/<repo>/manifests/<digest> URL of every revision found, for the curl --parallel baseline.
#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "core/ConnectionSettings.h"
#include "core/StorageGraph.h"
#include "credentials/SecretInput.h"

#include <cstdio>
#include <malloc.h>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

using namespace berth;

namespace {

qint64 procStatusBytes(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// Bytes allocated: small blocks from the arenas plus the large ones glibc maps on their own.
qint64 heapInUse()
{
    const struct mallinfo2 mi = mallinfo2();
    return qint64(mi.uordblks + mi.hblkhd);
}

QString digestOf(const QByteArray &text)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int synthetic(int n)
{
    // The inputs first (digests as the scan would hold them for one manifest at a time), so the
    // heap growth below is the graph's alone.
    QStringList base;
    for (int i = 0; i < 48; ++i)
        base << digestOf("base:" + QByteArray::number(i));
    malloc_trim(0);
    const qint64 heap0 = heapInUse();
    QElapsedTimer t;
    t.start();
    qint64 heapPeak = heap0;
    StorageGraph g;
    const QStringList noTags;
    QList<StorageRef> refs;
    QString repository;
    for (int m = 0; m < n; ++m) {
        const quint32 h = quint32(m) * 2654435761u;
        if (m % 100 == 0)
            repository = QStringLiteral("p%1/r%2").arg(m / 10000).arg(m / 100);
        const int r = m / 100;
        const QByteArray seed = QByteArray::number(m);
        refs.clear();
        refs.append({digestOf("config:" + seed), 1500, StorageRef::Kind::Config});
        const int dist = (r * 7) % 16;
        for (int l = 0; l < 1 + (r % 3); ++l)
            refs.append({base.at(dist * 3 + l), 1000000 + dist * 3 + l, StorageRef::Kind::Layer});
        refs.append({digestOf("top1:" + seed), 50000 + (h % 1000), StorageRef::Kind::Layer});
        if (h & 0x100)
            refs.append({digestOf("top2:" + seed), 20000 + (h % 777), StorageRef::Kind::Layer});
        g.addManifest(repository, digestOf("manifest:" + seed), 900, noTags, refs);
        if (m % 997 == 0)
            heapPeak = std::max(heapPeak, heapInUse()); // a table growing holds old and new at once
    }
    const double buildS = double(t.nsecsElapsed()) / 1e9;
    const qint64 heap1 = heapInUse();
    heapPeak = std::max(heapPeak, heap1);
    t.restart();
    const StorageFigures all = g.figures();
    const auto groups = g.breakdown(&StorageGraph::projectOf);
    const double figuresS = double(t.nsecsElapsed()) / 1e9;
    QList<StorageGraph::Revision> del;
    for (const QString &repo : g.repositories()) {
        const auto revs = g.revisions(repo);
        for (int i = 0; i < revs.size(); i += 2)
            del.append(revs.at(i));
    }
    t.restart();
    const StorageGraph::Freed freed = g.freedAfterGc(del);
    const double freedS = double(t.nsecsElapsed()) / 1e9;
    print(QJsonObject {
        {QStringLiteral("manifests"), g.manifestCount()},
        {QStringLiteral("blobs"), g.blobCount()},
        {QStringLiteral("graph_bytes_per_manifest"), double(g.memoryBytes()) / n},
        {QStringLiteral("heap_bytes_per_manifest"), double(heap1 - heap0) / n},
        {QStringLiteral("heap_peak_bytes_per_manifest"), double(heapPeak - heap0) / n},
        {QStringLiteral("build_s"), buildS},
        {QStringLiteral("figures_s"), figuresS},
        {QStringLiteral("freed_s"), freedS},
        {QStringLiteral("stored"), double(all.stored)},
        {QStringLiteral("groups"), int(groups.size())},
        {QStringLiteral("freed"), double(freed.freed)},
    });
    return g.manifestCount() == n ? 0 : 1;
}

struct ScanOptions
{
    QString url, user, cacheDir, urlsOut;
    bool passwordStdin = false;
    int parallel = 6;
    qint64 expectManifests = -1;
};

int scan(const ScanOptions &o)
{
    const QString secret = o.passwordStdin ? readSecretFromStdin() : QString();
    ConnectionSettings settings;
    settings.baseUrl = QUrl(o.url);
    settings.username = o.user;
    settings.secret = secret;
    HarborClient harbor(settings);
    bool verified = false;
    harbor.verifyCredentials(&harbor, [&](const CredentialVerdict &) {
        verified = true;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    if (!verified)
        return 1;
    RegistryClient registry(&harbor);
    // Room for every manifest of the 100,000-tag set: a warm run must not evict what it reads.
    ContentCache cache(o.cacheDir, qint64(1024) * 1024 * 1024);
    malloc_trim(0);
    const qint64 rss0 = procStatusBytes("VmRSS");
    const qint64 heap0 = heapInUse();
    StorageScan s(&harbor, &registry, &cache);
    s.setParallel(o.parallel);
    ApiError result;
    bool done = false;
    qint64 heapPeak = 0;
    // mallinfo2 walks the arenas (about 10 ms per call once the heap holds 50,000 manifests' tables):
    // sampled every 256th progress signal it was 13% of the cold scan's main-thread CPU under perf, a
    // cost of the bench, not of the scan. Sampled at most every half second, then once at the end.
    QElapsedTimer sampled;
    sampled.start();
    QObject::connect(&s, &StorageScan::progress, &s, [&](int, int) {
        if (sampled.elapsed() >= 500) {
            heapPeak = std::max(heapPeak, heapInUse());
            sampled.restart();
        }
    });
    QObject::connect(&s, &StorageScan::finished, &s, [&](const ApiError &e) {
        result = e;
        done = true;
        QCoreApplication::exit(0);
    });
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(0, &s, [&] { s.start(); });
    QCoreApplication::exec();
    const double wallS = double(t.nsecsElapsed()) / 1e9;
    heapPeak = std::max(heapPeak, heapInUse());
    if (!done || result) {
        std::fprintf(stderr, "bench_storage: the scan failed: %s\n", qPrintable(result.summary()));
        return 1;
    }
    const StorageGraph &g = s.graph();
    const int n = std::max(1, g.manifestCount());
    const StorageFigures f = g.figures();
    if (!o.urlsOut.isEmpty()) {
        QFile out(o.urlsOut);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        QString base = o.url;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        for (const QString &repo : g.repositories()) {
            for (const StorageGraph::Revision &r : g.revisions(repo))
                out.write(
                    (base + QStringLiteral("/v2/") + repo + QStringLiteral("/manifests/") + r.second + u'\n').toUtf8());
        }
    }
    print(QJsonObject {
        {QStringLiteral("wall_s"), wallS},
        {QStringLiteral("manifests"), g.manifestCount()},
        {QStringLiteral("blobs"), g.blobCount()},
        {QStringLiteral("fetched"), s.manifestsFetched()},
        {QStringLiteral("from_cache"), s.manifestsFromCache()},
        {QStringLiteral("parallel"), s.parallel()},
        {QStringLiteral("stored"), double(f.stored)},
        {QStringLiteral("problems"), g.problemCount()},
        {QStringLiteral("warnings"), int(s.warnings().size())},
        {QStringLiteral("graph_bytes_per_manifest"), double(g.memoryBytes()) / n},
        {QStringLiteral("scan_heap_peak_bytes_per_manifest"), double(heapPeak - heap0) / n},
        {QStringLiteral("rss_growth_bytes_per_manifest"), double(procStatusBytes("VmHWM") - rss0) / n},
        {QStringLiteral("peak_rss_mb"), double(procStatusBytes("VmHWM")) / (1024.0 * 1024.0)},
    });
    // A scan that could not read what it listed is no figure to time.
    if (g.manifestCount() == 0 || g.problemCount() > 0) {
        std::fprintf(stderr, "bench_storage: %d manifests, %d problems%s%s\n", g.manifestCount(), g.problemCount(),
            g.problemCount() > 0 ? ", the first: " : "",
            g.problemCount() > 0 ? qPrintable(g.problems().first().text()) : "");
        return 1;
    }
    if (o.expectManifests >= 0 && g.manifestCount() != o.expectManifests) {
        std::fprintf(stderr, "bench_storage: %d manifests, expected %lld\n", g.manifestCount(),
            static_cast<long long>(o.expectManifests));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    ScanOptions o;
    int syntheticCount = 0;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--synthetic") && hasValue)
            syntheticCount = args[++i].toInt();
        else if (a == QLatin1String("--url") && hasValue)
            o.url = args[++i];
        else if (a == QLatin1String("--user") && hasValue)
            o.user = args[++i];
        else if (a == QLatin1String("--password-stdin"))
            o.passwordStdin = true;
        else if (a == QLatin1String("--cache") && hasValue)
            o.cacheDir = args[++i];
        else if (a == QLatin1String("--parallel") && hasValue)
            o.parallel = args[++i].toInt();
        else if (a == QLatin1String("--expect-manifests") && hasValue)
            o.expectManifests = args[++i].toLongLong();
        else if (a == QLatin1String("--urls-out") && hasValue)
            o.urlsOut = args[++i];
        else {
            std::fprintf(stderr,
                "usage: bench_storage --synthetic N | --url URL [--user NAME --password-stdin] --cache DIR "
                "[--parallel N] [--expect-manifests N] [--urls-out FILE]\n");
            return 2;
        }
    }
    if (syntheticCount > 0)
        return synthetic(syntheticCount);
    if (o.url.isEmpty() || o.cacheDir.isEmpty()) {
        std::fprintf(stderr, "bench_storage: --url and --cache are needed (or --synthetic N)\n");
        return 2;
    }
    return scan(o);
}
