// bench_gui_model: loads a whole registry into RegistryTreeModel, behind RegistryFilterProxy and a
// shown QTreeView set up like the main window's, by expanding every container as its row arrives.
// Prints one JSON object on stdout (measurement 3 in bench/README.md). Timings are reported, never asserted;
// the exit code says only whether the load worked (and found --expect-tags tags when given).
//
//   printf '%s\n' "$SECRET" | QT_QPA_PLATFORM=offscreen bench_gui_model --url http://127.0.0.1:PORT
//       --user 'robot$bench' --password-stdin [--expect-tags N] [--filter REGEX] [--timeout SECONDS]
#include "api/HarborClient.h"
#include "core/ConnectionSettings.h"
#include "credentials/SecretInput.h"
#include "gui/LocalRelayoutTreeView.h"
#include "gui/SlicedExpand.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <deque>
#include <malloc.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <sys/resource.h>

using namespace berth;

namespace {

struct Options
{
    QString url;
    QString user;
    bool passwordStdin = false;
    QString filter = QStringLiteral("t0*1[0-9]");
    qint64 expectTags = -1;
    int timeoutSeconds = 900;
    // The harness's own expanding (expand() and fetchMore() per row) gets at most this much of
    // an event-loop turn, as a user clicking would; 0 expands everything pending in one turn,
    // and then the longest stall is the harness's own pass (200-270 ms for 600 repositories).
    double sliceMs = 10;
    bool noView = false; // diagnosis: the window stays empty, the proxy is not shown
    bool loadOnly = false; // diagnosis: exit once loaded (for a profile of the load alone)
    // Also time QTreeView::expandAll() in one call, the app's "Expand all" before it was sliced.
    bool qtExpandAll = false;
};

// CPU time of the whole process (every thread), user + system, in seconds.
double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// VmRSS / VmHWM of this process, in bytes (0 if unreadable).
qint64 procStatusBytes(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QByteArray kb = line.mid(prefix.size()).trimmed().split(' ').value(0);
            return kb.toLongLong() * 1024;
        }
    }
    return 0;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

bool parseArgs(const QStringList &args, Options &o)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--url") && hasValue)
            o.url = args[++i];
        else if (a == QLatin1String("--user") && hasValue)
            o.user = args[++i];
        else if (a == QLatin1String("--password-stdin"))
            o.passwordStdin = true;
        else if (a == QLatin1String("--filter") && hasValue)
            o.filter = args[++i];
        else if (a == QLatin1String("--expect-tags") && hasValue)
            o.expectTags = args[++i].toLongLong();
        else if (a == QLatin1String("--no-view"))
            o.noView = true;
        else if (a == QLatin1String("--load-only"))
            o.loadOnly = true;
        else if (a == QLatin1String("--qt-expand-all"))
            o.qtExpandAll = true;
        else if (a == QLatin1String("--slice-ms") && hasValue)
            o.sliceMs = qBound(0.0, args[++i].toDouble(), 1000.0);
        else if (a == QLatin1String("--timeout") && hasValue)
            o.timeoutSeconds = qBound(1, args[++i].toInt(), 3600);
        else
            return false;
    }
    return !o.url.isEmpty();
}

bool isExpandable(NodeKind k)
{
    return k == NodeKind::Registry || k == NodeKind::Project || k == NodeKind::Folder || k == NodeKind::Repository;
}

// Rows of the proxy that are shown, recursively, and how many of them are tags.
void countVisible(const QAbstractItemModel *m, const QModelIndex &parent, qint64 &rows, qint64 &tags)
{
    const int n = m->rowCount(parent);
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        ++rows;
        if (NodeKind(i.data(KindRole).toInt()) == NodeKind::Tag)
            ++tags;
        countVisible(m, i, rows, tags);
    }
}

// Expands every container of the view as soon as its row shows up, and tells when nothing is
// left to load. Event-driven: rows are queued from rowsInserted and expanded from the event loop.
class Expander : public QObject
{
    Q_OBJECT

public:
    Expander(QTreeView *view, RegistryFilterProxy *proxy, RegistryTreeModel *model, double sliceMs)
        : m_sliceNs(qint64(sliceMs * 1e6))
        , m_view(view)
        , m_proxy(proxy)
        , m_model(model)
    {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &Expander::onRowsInserted);
        connect(model, &RegistryTreeModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                schedule();
        });
        connect(model, &RegistryTreeModel::fetchFailed, this,
            [this](const QModelIndex &, const ApiError &e) { m_failures << e.summary(); });
    }

    int expanded() const { return m_expanded; }
    const QStringList &failures() const { return m_failures; }

Q_SIGNALS:
    void settled();

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last)
    {
        for (int r = first; r <= last; ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (isExpandable(NodeKind(i.data(KindRole).toInt())))
                m_pending.emplace_back(i);
        }
        if (!m_pending.empty())
            schedule();
    }

    void schedule()
    {
        if (m_scheduled)
            return;
        m_scheduled = true;
        QTimer::singleShot(0, this, &Expander::expandPending);
    }

    void expandPending()
    {
        m_scheduled = false;
        // Time-boxed, so that the harness itself never stalls the main thread: a few ms of
        // expanding per event-loop turn, like a user clicking fast, then back to the loop.
        QElapsedTimer slice;
        slice.start();
        while (!m_pending.empty() && (m_sliceNs <= 0 || slice.nsecsElapsed() < m_sliceNs)) {
            const QPersistentModelIndex p = m_pending.front();
            m_pending.pop_front();
            if (!p.isValid())
                continue;
            const QModelIndex i = p;
            if (m_view->model())
                m_view->expand(i);
            ++m_expanded;
            if (m_proxy->canFetchMore(i))
                m_proxy->fetchMore(i);
            // Folders come with their children: queue those now, no insert signal will tell.
            if (NodeKind(i.data(KindRole).toInt()) == NodeKind::Folder) {
                for (int r = 0; r < m_proxy->rowCount(i); ++r) {
                    const QModelIndex c = m_proxy->index(r, 0, i);
                    if (isExpandable(NodeKind(c.data(KindRole).toInt())))
                        m_pending.emplace_back(c);
                }
            }
        }
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "expandPending %.1f ms, expanded %d\n", slice.nsecsElapsed() / 1e6, m_expanded);
        if (!m_pending.empty()) {
            schedule();
            return;
        }
        if (!m_model->isLoading() && m_expanded > 0 && !m_done) {
            m_done = true;
            Q_EMIT settled();
        }
    }

    qint64 m_sliceNs = 0;
    QTreeView *m_view;
    RegistryFilterProxy *m_proxy;
    RegistryTreeModel *m_model;
    std::deque<QPersistentModelIndex> m_pending;
    QStringList m_failures;
    int m_expanded = 0;
    bool m_scheduled = false;
    bool m_done = false;
};

// Counts the viewport's paint events (diagnosis: how often the load repaints the window).
class PaintCounter : public QObject
{
public:
    qint64 paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // As berth does: our categories speak at info and above unless QT_LOGGING_RULES asks for more.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));

    Options o;
    if (!parseArgs(QCoreApplication::arguments(), o)) {
        std::fprintf(stderr,
            "usage: bench_gui_model --url URL [--user NAME --password-stdin] [--expect-tags N] [--filter REGEX] "
            "[--timeout SECONDS]\n");
        return 2;
    }
    const QString secret = o.passwordStdin ? readSecretFromStdin() : QString();

    // The window first, set up like MainWindow's tree.
    RegistryTreeModel model;
    RegistryFilterProxy proxy;
    proxy.setSourceModel(&model);
    LocalRelayoutTreeView view; // the main window's tree view
    if (!o.noView)
        view.setModel(&proxy);
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.sortByColumn(-1, Qt::AscendingOrder);
    view.setAlternatingRowColors(true);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.header()->setStretchLastSection(false);
    view.setColumnWidth(int(Column::Name), 260);
    view.setColumnWidth(int(Column::Digest), 160);
    view.resize(1280, 800);
    view.show();
    for (int i = 0; i < 100 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();

    ConnectionSettings settings;
    settings.baseUrl = QUrl(o.url);
    settings.username = o.user;
    settings.secret = secret;
    HarborClient client(settings);
    QCoreApplication::processEvents();
    const qint64 rssBefore = procStatusBytes("VmRSS");

    // Main-thread heartbeat: how late does a 5 ms timer fire while loading?
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QElapsedTimer sinceBeat;
    double maxStallMs = 0;
    qint64 beats = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const double late = double(sinceBeat.nsecsElapsed()) / 1e6 - 5.0;
        maxStallMs = std::max(maxStallMs, late);
        ++beats;
        sinceBeat.restart();
    });

    Expander expander(&view, &proxy, &model, o.sliceMs);
    PaintCounter paintCounter;
    view.viewport()->installEventFilter(&paintCounter);
    QElapsedTimer load;
    double loadS = 0;
    double loadCpuS = 0;
    double cpuAtStart = 0;
    qint64 loadPaints = 0;
    bool timedOut = false;
    QObject::connect(&expander, &Expander::settled, &app, [&] {
        loadS = double(load.nsecsElapsed()) / 1e9;
        loadCpuS = processCpuSeconds() - cpuAtStart;
        loadPaints = paintCounter.paints;
        heartbeat.stop();
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(o.timeoutSeconds * 1000, &app, [&] {
        timedOut = true;
        QCoreApplication::exit(1);
    });

    cpuAtStart = processCpuSeconds();
    paintCounter.paints = 0;
    load.start();
    sinceBeat.start();
    heartbeat.start();
    model.addRegistry(QStringLiteral("bench"), &client, o.user.isEmpty() ? QStringLiteral("anonymous") : o.user);
    const int loopCode = QApplication::exec();

    if (o.loadOnly) {
        std::printf("{\"tags\": %lld, \"load_s\": %.3f, \"load_cpu_s\": %.3f, \"max_stall_ms\": %.1f, "
                    "\"load_paints\": %lld}\n",
            static_cast<long long>(model.counts().tags), loadS, loadCpuS, maxStallMs,
            static_cast<long long>(loadPaints));
        return timedOut || loopCode != 0 ? 1 : 0;
    }
    QCoreApplication::processEvents(); // let the view catch up with the last rows
    const double loadStallMs = maxStallMs; // the expand-all phase below measures its own
    const qint64 rssAfter = procStatusBytes("VmRSS");
    const qint64 peakLoad = procStatusBytes("VmHWM");
    const RegistryTreeModel::Counts counts = model.counts();
    // Diagnostic only: how much of the growth is heap the allocator kept but does not use.
    malloc_trim(0);
    const qint64 rssTrimmed = procStatusBytes("VmRSS");

    // The regex filter over every row, recursive filtering included; then the view's relayout.
    // The proxy may defer filtering to the first mapping the view asks for, so the figure for
    // the goal is the sum (filter_total_ms).
    QElapsedTimer f;
    f.start();
    QString filterError;
    const bool filterOk = proxy.setFilter(o.filter, RegistryFilterProxy::Mode::RegularExpression, &filterError);
    const double filterMs = double(f.nsecsElapsed()) / 1e6;
    f.restart();
    view.doItemsLayout();
    QCoreApplication::processEvents();
    const double filterLayoutMs = double(f.nsecsElapsed()) / 1e6;
    qint64 visibleRows = 0, visibleTags = 0;
    countVisible(&proxy, {}, visibleRows, visibleTags);
    f.restart();
    proxy.setFilter(QString(), RegistryFilterProxy::Mode::Substring);
    view.doItemsLayout();
    QCoreApplication::processEvents();
    const double clearMs = double(f.nsecsElapsed()) / 1e6;

    // Diagnosis: one synchronous repaint of the window's rows (what every event-loop turn that
    // changed the view pays on top of its own work).
    f.restart();
    view.viewport()->repaint();
    const double paintMs = double(f.nsecsElapsed()) / 1e6;

    // "Expand all" as the app does it (SlicedExpander): everything collapsed first, then the
    // longest lateness of the heartbeat until the last row is expanded.
    view.collapseAll();
    QCoreApplication::processEvents();
    double expandAllMs = 0, expandAllStallMs = 0;
    int expandSlices = 0;
    if (!o.noView) {
        SlicedExpander expander(&view);
        QEventLoop wait;
        QObject::connect(&expander, &SlicedExpander::finished, &wait, &QEventLoop::quit);
        maxStallMs = 0;
        f.restart();
        sinceBeat.restart();
        heartbeat.start();
        expander.expandAll();
        wait.exec();
        heartbeat.stop();
        expandAllMs = double(f.nsecsElapsed()) / 1e6;
        expandAllStallMs = maxStallMs;
        expandSlices = expander.slices();
    }
    // Sorting by push time, newest first, relayout included; then back to server order.
    f.restart();
    view.sortByColumn(int(Column::Pushed), Qt::DescendingOrder);
    view.doItemsLayout();
    QCoreApplication::processEvents();
    const double sortMs = double(f.nsecsElapsed()) / 1e6;
    view.sortByColumn(-1, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    // Diagnosis: the one-call QTreeView::expandAll() the app used before (one stall, all of it).
    double qtExpandAllMs = -1;
    if (o.qtExpandAll && !o.noView) {
        view.collapseAll();
        QCoreApplication::processEvents();
        f.restart();
        view.expandAll();
        QCoreApplication::processEvents();
        qtExpandAllMs = double(f.nsecsElapsed()) / 1e6;
    }
    const qint64 peakEnd = procStatusBytes("VmHWM");

    const qint64 tags = counts.tags;
    const double bytesPerTag = tags > 0 ? double(rssAfter - rssBefore) / double(tags) : 0.0;
    std::printf("{\"tags\": %lld, \"artifacts\": %lld, \"repositories\": %lld, \"projects\": %lld, "
                "\"load_s\": %.3f, \"load_cpu_s\": %.3f, \"load_paints\": %lld, \"peak_rss_mb\": %.1f, "
                "\"rss_before_mb\": %.1f, "
                "\"rss_after_mb\": %.1f, "
                "\"rss_after_trim_mb\": %.1f, \"bytes_per_tag\": %.0f, \"bytes_per_tag_after_trim\": %.0f, "
                "\"max_stall_ms\": %.1f, \"heartbeats\": %lld, \"filter\": \"%s\", \"filter_ms\": %.1f, "
                "\"filter_layout_ms\": %.1f, \"filter_total_ms\": %.1f, \"filter_clear_ms\": %.1f, "
                "\"filter_visible_rows\": %lld, "
                "\"filter_visible_tags\": %lld, \"expand_all_ms\": %.1f, \"expand_all_stall_ms\": %.1f, "
                "\"expand_all_slices\": %d, \"qt_expand_all_ms\": %.1f, \"sort_push_ms\": %.1f, \"paint_ms\": %.1f, "
                "\"peak_rss_end_mb\": %.1f, \"expanded\": %d, \"process_s\": %.3f}\n",
        static_cast<long long>(tags), static_cast<long long>(counts.artifacts),
        static_cast<long long>(counts.repositories), static_cast<long long>(counts.projects), loadS, loadCpuS,
        static_cast<long long>(loadPaints), mib(peakLoad), mib(rssBefore), mib(rssAfter), mib(rssTrimmed), bytesPerTag,
        tags > 0 ? double(rssTrimmed - rssBefore) / double(tags) : 0.0, loadStallMs, static_cast<long long>(beats),
        qPrintable(QString(o.filter).replace(QLatin1Char('\\'), QLatin1String("\\\\"))), filterMs, filterLayoutMs,
        filterMs + filterLayoutMs, clearMs, static_cast<long long>(visibleRows), static_cast<long long>(visibleTags),
        expandAllMs, expandAllStallMs, expandSlices, qtExpandAllMs, sortMs, paintMs, mib(peakEnd), expander.expanded(),
        double(sinceStart.nsecsElapsed()) / 1e9);
    std::fflush(stdout);

    int code = 0;
    if (timedOut || loopCode != 0) {
        std::fprintf(stderr, "bench_gui_model: loading did not finish within %d s\n", o.timeoutSeconds);
        code = 1;
    }
    for (const QString &e : expander.failures()) {
        std::fprintf(stderr, "bench_gui_model: fetch failed: %s\n", qPrintable(e));
        code = 1;
    }
    if (!filterOk) {
        std::fprintf(stderr, "bench_gui_model: bad filter: %s\n", qPrintable(filterError));
        code = 1;
    }
    if (o.expectTags >= 0 && tags != o.expectTags) {
        std::fprintf(stderr, "bench_gui_model: loaded %lld tags, expected %lld\n", static_cast<long long>(tags),
            static_cast<long long>(o.expectTags));
        code = 1;
    }
    return code;
}

#include "gui_model_bench.moc"
