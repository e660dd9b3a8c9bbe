// bench_snapshot: how soon a tree appears from a snapshot ("Open from a snapshot" in
// bench/README.md). Two steps, so the file is on disk and in the page cache before the clock runs:
//
//   bench_snapshot --write FILE --projects 10 --repos N --tags 100
//       writes a synthetic snapshot: projects x repositories x tags, one artifact per tag
//   bench_snapshot --open FILE [--start-ns NS]
//       reads it into RegistryTreeModel as the window does, and prints one JSON object:
//       since_start_ms (from NS, `date +%s%N` taken just before exec, else from main()),
//       read_ms (the file to rows), model_ms (rows into the model), tags, file_mb,
//       peak_rss_mb, cpu_ms. Timings are reported, never asserted.
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "models/TreeSnapshot.h"

#include <cstdio>
#include <ctime>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <sys/resource.h>

using namespace berth;

namespace {

qint64 nowNs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

const qint64 mainNs = nowNs();

QString arg(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int writeSynthetic(const QString &path, int projects, int repos, int tags)
{
    snapshot::Header h;
    h.registryUrl = QStringLiteral("http://127.0.0.1:1");
    h.profileIdentity = QStringLiteral("bench");
    h.accountLabel = QStringLiteral("robot$bench");
    h.berthVersion = QStringLiteral(BERTH_VERSION);
    h.savedAtMs = 1'700'000'000'000;
    snapshot::Writer w(h);
    qint64 serial = 0;
    for (int p = 0; p < projects; ++p) {
        const QString project = QStringLiteral("p%1").arg(p);
        w.project({project, p + 1, repos, false, true});
        for (int r = 0; r < repos; ++r) {
            w.repository({QStringLiteral("%1/r%2").arg(project).arg(r), tags, h.savedAtMs, true});
            for (int t = 0; t < tags; ++t, ++serial) {
                snapshot::Artifact a;
                a.digest = QStringLiteral("sha256:%1").arg(serial, 64, 16, QLatin1Char('0'));
                a.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
                a.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
                a.size = 1000 + serial;
                a.pushMs = h.savedAtMs - serial;
                w.artifact(a);
                w.tag({QStringLiteral("t%1").arg(t), a.pushMs, 0, false});
            }
        }
    }
    QString error;
    if (!TreeSnapshot::writeFile(path, w.finish(), &error)) {
        std::fprintf(stderr, "bench_snapshot: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

double cpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--write")))
        return writeSynthetic(arg(args, QStringLiteral("--write")),
            arg(args, QStringLiteral("--projects"), "10").toInt(), arg(args, QStringLiteral("--repos"), "100").toInt(),
            arg(args, QStringLiteral("--tags"), "100").toInt());
    const QString path = arg(args, QStringLiteral("--open"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_snapshot --write FILE [--projects P --repos R --tags T] | --open FILE\n");
        return 2;
    }
    bool ok = false;
    const qint64 startNs = arg(args, QStringLiteral("--start-ns")).toLongLong(&ok);

    // As the window does it: a registry row, the snapshot under it.
    RegistryTreeModel model;
    const QModelIndex reg = model.addRegistry(QStringLiteral("bench"), nullptr, QStringLiteral("robot$bench"));
    QElapsedTimer t;
    t.start();
    SnapshotContent content;
    const QString error = TreeSnapshot::load(path, snapshot::Expect(), nullptr, content);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_snapshot: refused: %s\n", qPrintable(error));
        return 1;
    }
    const double readMs = t.nsecsElapsed() / 1e6;
    const qint64 tags = content.tags;
    t.restart();
    model.showSnapshot(reg, std::move(content));
    const double modelMs = t.nsecsElapsed() / 1e6;
    const qint64 doneNs = nowNs();
    if (model.counts().tags != tags) {
        std::fprintf(stderr, "bench_snapshot: %lld tags in the model, %lld in the file\n",
            static_cast<long long>(model.counts().tags), static_cast<long long>(tags));
        return 1;
    }
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    std::printf("{\"tags\": %lld, \"since_start_ms\": %.1f, \"since_main_ms\": %.1f, \"read_ms\": %.1f, "
                "\"model_ms\": %.1f, \"file_mb\": %.1f, \"peak_rss_mb\": %.1f, \"cpu_ms\": %.1f}\n",
        static_cast<long long>(tags), ((ok ? startNs : mainNs) > 0 ? (doneNs - (ok ? startNs : mainNs)) / 1e6 : 0.0),
        (doneNs - mainNs) / 1e6, readMs, modelMs, QFileInfo(path).size() / 1048576.0, u.ru_maxrss / 1024.0, cpuMs());
    return 0;
}
