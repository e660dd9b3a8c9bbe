// "Expand all" expands in slices across event-loop turns instead of laying out every row in one
// call, and still ends with every row that has children expanded. No timing is asserted: the
// proof of slicing is that the event loop ran between the first and the last expand.
#include "gui/MainWindow.h"
#include "gui/SlicedExpand.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace berth;

namespace {

// Rows that have children but are not expanded, under `parent`, recursively.
int collapsedParents(const QTreeView *view, const QModelIndex &parent = {})
{
    const QAbstractItemModel *m = view->model();
    int n = 0;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (!m->hasChildren(i))
            continue;
        if (!view->isExpanded(i))
            ++n;
        n += collapsedParents(view, i);
    }
    return n;
}

// Counts event-loop turns: a 0 ms timer fires once per turn.
struct TurnCounter
{
    QTimer timer;
    int turns = 0;
    TurnCounter()
    {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] { ++turns; });
        timer.start();
    }
};

} // namespace

class TestSlicedExpand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsEverythingAcrossTurns_data()
    {
        QTest::addColumn<int>("parents");
        QTest::addColumn<int>("children");
        QTest::addColumn<int>("grandchildren");
        QTest::newRow("flat") << 40 << 0 << 0;
        QTest::newRow("two levels") << 30 << 50 << 0;
        QTest::newRow("three levels") << 10 << 20 << 3;
    }

    void expandsEverythingAcrossTurns()
    {
        QFETCH(int, parents);
        QFETCH(int, children);
        QFETCH(int, grandchildren);
        QStandardItemModel model;
        for (int p = 0; p < parents; ++p) {
            auto *pi = new QStandardItem(QStringLiteral("p%1").arg(p));
            for (int c = 0; c < children; ++c) {
                auto *ci = new QStandardItem(QStringLiteral("c%1").arg(c));
                for (int g = 0; g < grandchildren; ++g)
                    ci->appendRow(new QStandardItem(QStringLiteral("g%1").arg(g)));
                pi->appendRow(ci);
            }
            model.appendRow(pi);
        }
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = collapsedParents(&view);

        SlicedExpander expander(&view);
        expander.setSliceMs(0); // one expand per turn: the smallest slice
        QSignalSpy finished(&expander, &SlicedExpander::finished);
        TurnCounter counter;
        expander.expandAll();
        // Nothing happens inside the call: the work is the event loop's.
        QCOMPARE(collapsedParents(&view), before);
        QVERIFY(finished.wait(20000));
        QCOMPARE(collapsedParents(&view), 0);
        QVERIFY(!expander.isRunning());
        // Every row with children took a turn of its own (one expand per slice at 0 ms).
        const int expandable = parents * (children > 0 ? 1 : 0) + parents * (grandchildren > 0 ? children : 0);
        QVERIFY2(expander.slices() >= expandable, qPrintable(QString::number(expander.slices())));
        QVERIFY(counter.turns >= expandable);
    }

    void collapseStopsIt()
    {
        QStandardItemModel model;
        for (int p = 0; p < 50; ++p) {
            auto *pi = new QStandardItem(QStringLiteral("p%1").arg(p));
            pi->appendRow(new QStandardItem(QStringLiteral("c")));
            model.appendRow(pi);
        }
        QTreeView view;
        view.setModel(&model);
        view.show();
        SlicedExpander expander(&view);
        expander.setSliceMs(0);
        expander.expandAll();
        QTRY_VERIFY(view.isExpanded(model.index(2, 0)));
        expander.cancel();
        view.collapseAll();
        QTest::qWait(50);
        QCOMPARE(collapsedParents(&view), 50);
    }

    // The window's "Expand all" goes through the slicer: right after the action nothing more is
    // expanded (QTreeView::expandAll would have expanded every row already), and once the event
    // loop has run, every loaded row with children is.
    void windowExpandAllIsSliced()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kGlobal, SimAccounts::kGlobalSecret));
        auto *expandAll = h.child<QAction>("actionExpandAll");
        auto *collapseAll = h.child<QAction>("actionCollapseAll");
        QVERIFY(expandAll && collapseAll);
        QTRY_VERIFY(h.proxy()->rowCount() > 0);
        // Load what the account sees (expanding fetches), then start collapsed.
        const SlicedExpander *slicer = h.window()->findChild<SlicedExpander *>();
        for (int round = 0; round < 4; ++round) {
            expandAll->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!slicer || !slicer->isRunning(), 20000);
            QVERIFY(h.waitIdle());
        }
        collapseAll->trigger();
        const int collapsed = collapsedParents(h.tree());
        QVERIFY(collapsed > 3);

        expandAll->trigger();
        QCOMPARE(collapsedParents(h.tree()), collapsed);
        QTRY_COMPARE_WITH_TIMEOUT(collapsedParents(h.tree()), 0, 20000);
    }
};

QTEST_MAIN(TestSlicedExpand)
#include "tst_slicedexpand.moc"
