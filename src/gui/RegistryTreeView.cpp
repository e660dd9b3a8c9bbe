#include "RegistryTreeView.h"

#include "MatchHighlightDelegate.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "NameColumnFit.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

namespace berth {

namespace {

// The tree's words keep the main window's context, so their translations stay.
struct TreeText
{
    Q_DECLARE_TR_FUNCTIONS(berth::MainWindow)
};

} // namespace

void setUpRegistryTreeView(QTreeView *tree, RegistryFilterProxy *proxy, QObject *owner)
{
    tree->setModel(proxy);
    tree->setItemDelegate(new MatchHighlightDelegate(proxy, tree));
    tree->sortByColumn(-1, Qt::AscendingOrder); // server order until the user picks a column
    tree->header()->setSectionsMovable(true);
    // onActivated toggles expansion for Enter and double-click alike; the view must not undo it.
    tree->setExpandsOnDoubleClick(false);
    tree->header()->setStretchLastSection(false);
    // Columns as wide as what they show in this font (and language), so that Pulled stays in
    // sight next to a registry row fitted by NameColumnFit.
    const auto fits = [tree](Column c, const QString &sample) {
        const QFontMetrics fm = tree->fontMetrics();
        const QString header = tree->model()->headerData(int(c), Qt::Horizontal).toString();
        return qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(header)) + 3 * fm.averageCharWidth();
    };
    tree->setColumnWidth(int(Column::Name), 260);
    tree->setColumnWidth(int(Column::Digest), fits(Column::Digest, QStringLiteral("sha256:0123456789ab")));
    tree->setColumnWidth(int(Column::Size), fits(Column::Size, QLocale::system().formattedDataSize(999 << 20, 1)));
    tree->setColumnWidth(int(Column::Pushed), fits(Column::Pushed, QStringLiteral("2026-12-31 23:59")));
    tree->setColumnWidth(int(Column::Pulled), fits(Column::Pulled, QStringLiteral("2026-12-31 23:59")));
    tree->setAccessibleName(TreeText::tr("Registry tree"));
    tree->setAccessibleDescription(TreeText::tr("Registries, projects, repositories and tags. Enter shows details "
                                                "or retries a failed row; the context menu has copy and refresh "
                                                "actions."));
    // The registry rows fit their column when they arrive; deeper cut rows have tooltips.
    new NameColumnFit(tree, int(Column::Name), owner);
}

} // namespace berth
