// The main window's tree view lays out only the subtree that grew when rows arrive under an
// expanded row, or while a row expands and its fetch answers at once, instead of every visible
// row; and the result is the same tree a full layout gives: rows in order, selection, expansion
// and scroll position kept, no expanded/collapsed signals for what the user did not do.
#include "gui/LocalRelayoutTreeView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace berth;

namespace {

// Counts the view's full layouts (QAbstractItemView::doItemsLayout, which QTreeView runs for
// every relayout of all rows, immediate or delayed).
class CountingView : public LocalRelayoutTreeView
{
public:
    int fullLayouts = 0;
    void doItemsLayout() override
    {
        ++fullLayouts;
        LocalRelayoutTreeView::doItemsLayout();
    }
};

// A model whose fetchMore inserts its rows at once, as the registry tree does with its
// "Loading…" row: QTreeView asks for them in the middle of expanding the parent.
class FetchingModel : public QStandardItemModel
{
public:
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return parent.isValid() && !parent.parent().isValid() && !fetched.contains(parent.row());
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        fetched.insert(parent.row());
        QStandardItem *item = itemFromIndex(parent);
        for (int i = 0; i < 3; ++i)
            item->appendRow(new QStandardItem(QStringLiteral("fetched %1").arg(i)));
    }
    bool hasChildren(const QModelIndex &parent) const override
    {
        return canFetchMore(parent) || QStandardItemModel::hasChildren(parent);
    }
    QSet<int> fetched;
};

void fill(QStandardItemModel &model, int parents, int children)
{
    for (int p = 0; p < parents; ++p) {
        auto *item = new QStandardItem(QStringLiteral("parent %1").arg(p));
        for (int c = 0; c < children; ++c)
            item->appendRow(new QStandardItem(QStringLiteral("child %1.%2").arg(p).arg(c)));
        model.appendRow(item);
    }
}

// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// The rows the view shows, top to bottom, as the user walks them with the Down key.
QStringList shownRows(const QTreeView &view)
{
    QStringList out;
    for (QModelIndex i = view.model()->index(0, 0); i.isValid(); i = view.indexBelow(i))
        out << i.data().toString();
    return out;
}

// The view on `model` with uniform row heights, 400 by 300, shown; false if it never was.
bool showOn(CountingView &view, QAbstractItemModel &model)
{
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace

class TestLocalRelayoutTreeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsUnderAnExpandedParent_data()
    {
        QTest::addColumn<int>("parent");
        QTest::addColumn<int>("at"); // where the rows go among the parent's children
        QTest::addColumn<int>("count");
        QTest::newRow("appended to the first") << 0 << 40 << 5;
        QTest::newRow("inserted in the middle") << 1 << 10 << 3;
        QTest::newRow("before the first child") << 2 << 0 << 1;
        QTest::newRow("appended to the last") << 3 << 40 << 7;
    }

    void rowsUnderAnExpandedParent()
    {
        QFETCH(int, parent);
        QFETCH(int, at);
        QFETCH(int, count);
        QStandardItemModel model;
        fill(model, 4, 40);
        CountingView view;
        QVERIFY(showOn(view, model));
        view.expandAll();
        QCoreApplication::processEvents();
        const QModelIndex p = model.index(parent, 0);
        const QPersistentModelIndex selected = model.index(5, 0, model.index(1, 0));
        view.setCurrentIndex(selected);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        const int scroll = view.verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QSignalSpy expanded(&view, &QTreeView::expanded);
        QSignalSpy collapsed(&view, &QTreeView::collapsed);
        view.fullLayouts = 0;

        QList<QStandardItem *> rows;
        for (int i = 0; i < count; ++i)
            rows << new QStandardItem(QStringLiteral("new %1").arg(i));
        QStandardItem *item = model.itemFromIndex(p);
        for (int i = 0; i < count; ++i)
            item->insertRow(at + i, rows.at(i));
        QCoreApplication::processEvents();

        QCOMPARE(view.fullLayouts, 0);
        QCOMPARE(expanded.count(), 0);
        QCOMPARE(collapsed.count(), 0);
        QVERIFY(view.isExpanded(p));
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        QCOMPARE(QPersistentModelIndex(view.currentIndex()), selected); // the same row, wherever it moved
        QVERIFY(view.selectionModel()->isSelected(view.currentIndex()));
        // The same rows in the same order as a view that laid everything out afresh.
        QTreeView fresh;
        fresh.setModel(&model);
        fresh.expandAll();
        QCOMPARE(shownRows(view), shownRows(fresh));
        QCOMPARE(shownRows(view).size(), 4 + 4 * 40 + count);
    }

    void rowsUnderACollapsedParentStayHidden()
    {
        QStandardItemModel model;
        fill(model, 3, 10);
        CountingView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.expand(model.index(0, 0));
        QCoreApplication::processEvents();
        model.item(1)->appendRow(new QStandardItem(QStringLiteral("hidden")));
        QCoreApplication::processEvents();
        QVERIFY(!view.isExpanded(model.index(1, 0)));
        QCOMPARE(shownRows(view).size(), 3 + 10);
    }

    // QTreeView asks the model to fetch while it expands a row; rows that arrive then are laid
    // out by that same expand.
    void rowsFetchedWhileExpanding()
    {
        FetchingModel model;
        for (int p = 0; p < 3; ++p)
            model.appendRow(new QStandardItem(QStringLiteral("parent %1").arg(p)));
        CountingView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        view.fullLayouts = 0;
        view.expand(model.index(1, 0));
        QCoreApplication::processEvents();
        QCOMPARE(view.fullLayouts, 0);
        QCOMPARE(
            shownRows(view), (QStringList {"parent 0", "parent 1", "fetched 0", "fetched 1", "fetched 2", "parent 2"}));
    }

    // Rows that arrive under several expanded parents in one turn update the header and the
    // scroll bars once, after the last of them, not twice per parent (the collapse and the expand
    // of each local relayout); the range they end with is the one a full layout gives.
    void scrollBarsUpdatedOncePerTurn()
    {
        QStandardItemModel model;
        fill(model, 6, 30);
        CountingView view;
        QVERIFY(showOn(view, model));
        view.expandAll();
        QCoreApplication::processEvents();
        QSignalSpy ranges(view.verticalScrollBar(), &QScrollBar::rangeChanged);
        view.fullLayouts = 0;

        for (int p = 0; p < 5; ++p)
            model.item(p)->appendRow(new QStandardItem(QStringLiteral("new under %1").arg(p)));
        QCoreApplication::processEvents();

        QCOMPARE(view.fullLayouts, 0);
        QCOMPARE(ranges.count(), 1);
        QTreeView fresh;
        fresh.setUniformRowHeights(true);
        fresh.setModel(&model);
        fresh.resize(view.size());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        fresh.expandAll();
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->maximum(), fresh.verticalScrollBar()->maximum());
        QCOMPARE(shownRows(view), shownRows(fresh));
    }

    // A change to rows that are on screen repaints the window; a change to rows far below it,
    // or under a collapsed parent, does not.
    void onlyChangesOnScreenRepaint_data()
    {
        QTest::addColumn<int>("parent");
        QTest::addColumn<int>("child");
        QTest::addColumn<bool>("repaints");
        QTest::newRow("a shown row") << 0 << 2 << true;
        QTest::newRow("a row far below") << 1 << 150 << false;
        QTest::newRow("a row under a collapsed parent") << 2 << 0 << false;
        QTest::newRow("a top-level row on screen") << -1 << 0 << true;
    }

    void onlyChangesOnScreenRepaint()
    {
        QFETCH(int, parent);
        QFETCH(int, child);
        QFETCH(bool, repaints);
        QStandardItemModel model;
        fill(model, 3, 200);
        CountingView view;
        QVERIFY(showOn(view, model));
        view.expand(model.index(0, 0));
        view.expand(model.index(1, 0));
        QCoreApplication::processEvents();
        view.viewport()->repaint(); // the rows on screen have been drawn
        PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        view.fullLayouts = 0;

        QStandardItem *item = parent < 0 ? model.item(child) : model.item(parent)->child(child);
        item->setText(QStringLiteral("renamed"));
        QCoreApplication::processEvents();

        QCOMPARE(counter.paints > 0, repaints);
        QCOMPARE(view.fullLayouts, 0);
    }

    // A changed row only asks for a repaint (the view no longer looks it up among the shown rows,
    // which no test can see); what matters here is that its new text is what the view shows.
    void changedRowsNeedNoLayout()
    {
        QStandardItemModel model;
        fill(model, 2, 5);
        CountingView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.expandAll();
        QCoreApplication::processEvents();
        view.fullLayouts = 0;
        model.item(1)->child(2)->setText(QStringLiteral("renamed"));
        QCoreApplication::processEvents();
        QCOMPARE(view.fullLayouts, 0);
        QVERIFY(shownRows(view).contains(QStringLiteral("renamed")));
    }
};

QTEST_MAIN(TestLocalRelayoutTreeView)
#include "tst_localrelayouttreeview.moc"
