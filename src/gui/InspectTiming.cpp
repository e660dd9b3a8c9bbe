#include "InspectTiming.h"

#include "InspectorController.h"
#include "MainWindow.h"

#include <cstdio>
#include <memory>
#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QTreeView>

namespace berth {

void reportInspectTimings(MainWindow *window, const QString &screenshot)
{
    InspectorController *inspector = window->inspector();
    inspector->showContents();
    struct Sample
    {
        qint64 ms = -1;
        int requests = 0;
    };
    auto samples = std::make_shared<QList<Sample>>();
    QObject::connect(
        inspector, &InspectorController::shown, window, [window, samples, screenshot](qint64 ms, bool, int requests) {
            samples->append({ms, requests});
            QTreeView *tree = window->treeView();
            if (samples->size() == 1) {
                // Away and back, as a user clicks: the second showing reads the cache.
                const QPersistentModelIndex row(tree->currentIndex());
                tree->setCurrentIndex(row.parent());
                QTimer::singleShot(0, window, [tree, row] { tree->setCurrentIndex(row); });
                return;
            }
            if (samples->size() == 2) {
                if (!screenshot.isEmpty() && !window->grab().save(screenshot)) {
                    std::fprintf(stderr, "berth: could not write %s\n", qPrintable(screenshot));
                    QCoreApplication::exit(1);
                    return;
                }
                std::fprintf(stderr,
                    "{\"cold_ms\": %lld, \"cold_requests\": %d, \"cached_ms\": %lld, \"cached_requests\": %d}\n",
                    static_cast<long long>(samples->at(0).ms), samples->at(0).requests,
                    static_cast<long long>(samples->at(1).ms), samples->at(1).requests);
                QCoreApplication::exit(0);
            }
        });
    QTimer::singleShot(60000, window, [] {
        std::fprintf(stderr, "berth: no contents shown within 60 s\n");
        QCoreApplication::exit(1);
    });
}

} // namespace berth
