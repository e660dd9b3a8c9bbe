// The window's layout as a user meets it, on the real MainWindow against harbor-sim: the banner
// stays one or two lines high, typing a filter never moves the tree (an invalid expression shows
// at the field, "no rows match" over the tree), the splitter stays where it is whatever is
// selected, registry rows fit their column or say all in a tooltip, and the history dialog
// opened from the Registry menu speaks words and local times.
//
// With BERTH_SCREENSHOT_DIR set, the states are saved as PNGs to look at; with
// BERTH_SCREENSHOT_LANG (e.g. zh_CN), in that language.
#include "core/DigestText.h"
#include "credentials/Profile.h"
#include "credentials/ProfileStore.h"
#include "diagnosis/CauseWording.h"
#include "gui/HistoryDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "operations/ActionJournal.h"
#include "SimAccounts.h"
#include "Translations.h"

#include <ctime>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace berth;

namespace {

using SimAccounts::kCleaner;
using SimAccounts::kCleanerSecret;
const QString kDigest = QStringLiteral("sha256:6c53f2137d4911031c18fe4e863c3af084d43f16e62f23e83728bff7b72fa6dc");

// Posted layout requests and the resizes they cause, to the end.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QRect geometryIn(const QWidget *w, const QWidget *window)
{
    return {w->mapTo(window, QPoint(0, 0)), w->size()};
}

// A tooltip request at a point of a widget, as the mouse resting there sends it.
QString toolTipAt(QWidget *w, const QPoint &pos)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, pos, w->mapToGlobal(pos));
    QApplication::sendEvent(w, &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    QString m_shots;

    template<class T>
    T *find(const char *name) const
    {
        return h->window()->findChild<T *>(QLatin1String(name));
    }

    QRect inWindow(const QWidget *w) const { return geometryIn(w, h->window()); }

    void shoot(QWidget *w, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        settle();
        QTest::qWait(100); // icons and fonts, for the picture only
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

    bool startWithLoadedTree()
    {
        if (!h->start(kCleaner, kCleanerSecret))
            return false;
        h->window()->resize(1280, 780);
        return h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid()
            && h->open({QStringLiteral("team-a"), QStringLiteral("frontend")}).isValid();
    }

    void clickRow(const QModelIndex &index)
    {
        h->tree()->scrollTo(index);
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(index).center());
        settle();
    }

    int column(const QTableWidget *table, const QString &header) const
    {
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A time zone eight hours east of UTC (POSIX TZ: no zone database needed), so local
        // times differ from the journal's UTC ones on any machine.
        qputenv("TZ", "XYZ-8");
        tzset();
        m_shots = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        if (!lang.isEmpty())
            QVERIFY(installTranslations(QCoreApplication::instance(), lang));
    }

    void init()
    {
        QFile::remove(ActionJournal().path());
        QSettings().remove(QStringLiteral("MainWindow")); // each test starts from the default layout
        h = std::make_unique<MainWindowHarness>();
    }

    void cleanup()
    {
        QToolTip::hideText();
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        h.reset();
    }

    // ---- the banner

    void bannerIsOneOrTwoLines_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("wide") << 1280;
        QTest::addRow("medium") << 900;
        QTest::addRow("narrow") << 640;
    }

    void bannerIsOneOrTwoLines()
    {
        QFETCH(int, width);
        QVERIFY(h->start(kCleaner, QStringLiteral("WrongSecret")));
        h->window()->resize(width, 700);
        h->tree()->expand(h->proxy()->index(0, 0));
        auto *banner = find<QFrame>("bannerFrame");
        auto *label = find<QLabel>("bannerLabel");
        QVERIFY(banner && label);
        QTRY_VERIFY(banner->isVisible());
        settle();

        // Text, icon and buttons on one band: two lines of text at most, or a button's height.
        int buttons = 0;
        for (const QAbstractButton *b : banner->findChildren<QAbstractButton *>())
            if (b->isVisible())
                buttons = qMax(buttons, b->height());
        const QMargins m = banner->layout()->contentsMargins();
        const int limit = qMax(2 * label->fontMetrics().lineSpacing(), buttons) + m.top() + m.bottom()
            + 2 * banner->frameWidth() + 2;
        QVERIFY2(banner->height() <= limit,
            qPrintable(QStringLiteral("banner %1 px high, at most %2 expected").arg(banner->height()).arg(limit)));
        // The tree gets the rest of the window.
        QVERIFY(inWindow(h->tree()).height() > h->window()->height() / 2);

        // The whole message stays reachable: in text(), and in the tooltip when it is cut.
        const QString text = label->text();
        QVERIFY(text.contains(QStringLiteral("sim")));
        if (label->fontMetrics().horizontalAdvance(text) > 2 * label->width()) {
            const QString tip = toolTipAt(label, label->rect().center());
            QVERIFY2(tip.contains(text.right(30)), qPrintable(tip));
        }
        if (width == 1280)
            shoot(h->window(), QStringLiteral("layout-banner"));
    }

    // ---- the filter

    void invalidExpressionIsShownAtTheField()
    {
        QVERIFY(startWithLoadedTree());
        auto *edit = find<QLineEdit>("filterEdit");
        auto *combo = find<QComboBox>("filterModeCombo");
        auto *error = find<QLabel>("filterErrorLabel");
        QVERIFY(edit && combo && error);
        settle();
        const QRect tree = inWindow(h->tree());
        const QRect field = inWindow(edit);
        const QColor base = edit->palette().color(QPalette::Base);
        combo->setCurrentIndex(2);

        // Keystroke by keystroke: nothing below the filter row moves.
        for (const QChar c : QStringLiteral("pr-(")) {
            QTest::keyClicks(edit, QString(c));
            QTest::qWait(200); // past the filter's debounce
            settle();
            QCOMPARE(inWindow(h->tree()), tree);
        }
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Invalid regular expression")));
        // Beside the field, in its row; the field itself tinted and explaining in its tooltip.
        const QRect at = inWindow(error);
        QVERIFY2(at.center().y() >= field.top() && at.center().y() <= field.bottom(),
            qPrintable(QStringLiteral("error at y %1, field from %2 to %3")
                           .arg(at.center().y())
                           .arg(field.top())
                           .arg(field.bottom())));
        QVERIFY(edit->palette().color(QPalette::Base) != base);
        QVERIFY(edit->toolTip().contains(QStringLiteral("Invalid regular expression")));
        QCOMPARE(proxy()->filterText(), QStringLiteral("pr-")); // the last valid filter still applies
        shoot(h->window(), QStringLiteral("layout-invalid-regex"));

        QTest::keyClick(edit, Qt::Key_Backspace);
        QTRY_VERIFY(!error->isVisible());
        settle();
        QCOMPARE(inWindow(h->tree()), tree);
        QCOMPARE(edit->palette().color(QPalette::Base), base);
        QVERIFY(!edit->toolTip().contains(QStringLiteral("Invalid regular expression")));
    }

    void noMatchesSaysSoWithTheMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("modeWords");
        QTest::addRow("substring") << 0 << QStringLiteral("zz-nothing") << QStringLiteral("(substring)");
        QTest::addRow("wildcard") << 1 << QStringLiteral("nothing*here") << QStringLiteral("(wildcard)");
        // An expression that spans levels, from a real session: nothing in the demo data has it.
        QTest::addRow("regular expression")
            << 2 << QStringLiteral("repo-0[0-2]5.*t0004[2-3]$") << QStringLiteral("(regular expression)");
    }

    void noMatchesSaysSoWithTheMode()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QFETCH(QString, modeWords);
        QVERIFY(startWithLoadedTree());
        settle();
        const QRect tree = inWindow(h->tree());
        find<QComboBox>("filterModeCombo")->setCurrentIndex(mode);
        auto *edit = find<QLineEdit>("filterEdit");
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(proxy()->filterText(), text);
        QCOMPARE(proxy()->rowCount(), 0);
        auto *empty = find<QLabel>("filterEmptyLabel");
        QVERIFY2(empty, "nothing says that no row matches");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(text) && empty->text().contains(modeWords), qPrintable(empty->text()));
        // Over the tree, inside it; the tree itself did not move.
        QVERIFY(inWindow(h->tree()).contains(inWindow(empty)));
        settle();
        QCOMPARE(inWindow(h->tree()), tree);
        if (mode == 2)
            shoot(h->window(), QStringLiteral("layout-no-matches"));

        // Rows again: the line goes.
        edit->clear();
        QTRY_VERIFY(proxy()->filterText().isEmpty());
        QTRY_VERIFY(!empty->isVisible());
        QTest::keyClicks(edit, QStringLiteral("pr-"));
        QTRY_COMPARE(proxy()->filterText(), QStringLiteral("pr-"));
        QVERIFY(proxy()->rowCount() > 0);
        settle();
        QVERIFY(!empty->isVisible());
    }

    // ---- the splitter and the name column

    void splitterStaysWhateverIsSelected()
    {
        QVERIFY(startWithLoadedTree());
        auto *splitter = find<QSplitter>("splitter");
        QVERIFY(splitter);
        const QPersistentModelIndex registry = h->proxy()->index(0, 0);
        const QPersistentModelIndex teamA = h->child(registry, QStringLiteral("team-a"));
        const QPersistentModelIndex backend = h->child(teamA, QStringLiteral("backend"));
        const QPersistentModelIndex api = h->child(backend, QStringLiteral("api"));
        QVERIFY(api.isValid());
        QModelIndex untagged;
        for (int r = 0; r < h->proxy()->rowCount(api); ++r)
            if (NodeKind(h->proxy()->index(r, 0, api).data(KindRole).toInt()) == NodeKind::Digest)
                untagged = h->proxy()->index(r, 0, api);
        QVERIFY(untagged.isValid());

        clickRow(teamA);
        const QList<int> sizes = splitter->sizes();
        const QRect tree = inWindow(h->tree());
        const QList<QModelIndex> rows {h->child(api, QStringLiteral("v1.2.0")), untagged, registry, backend, api,
            h->child(api, QStringLiteral("ci-101")), h->child(api, QStringLiteral("v1.2.0")), teamA};
        for (const QModelIndex &row : rows) {
            QVERIFY(row.isValid());
            clickRow(row);
            QCOMPARE(h->tree()->currentIndex(), row);
            QCOMPARE(splitter->sizes(), sizes);
            QCOMPARE(inWindow(h->tree()), tree);
        }
        clickRow(h->child(api, QStringLiteral("v1.2.0")));
        shoot(h->window(), QStringLiteral("layout-tag-selected"));
    }

    void registryRowFitsOrSaysAllInATooltip()
    {
        // Named as `berth --url` names a new account: host and port, then the account.
        QVERIFY(h->start({}, {}));
        h->window()->resize(1280, 780);
        Profile p;
        p.name = ProfileStore::defaultNameFor(h->sim.url());
        p.url = h->sim.url();
        p.kind = AccountKind::Robot;
        p.username = kCleaner;
        h->window()->sessions()->openWithSecret(p, kCleanerSecret);
        QTRY_COMPARE(h->proxy()->rowCount(), 1);
        const QPersistentModelIndex root = h->proxy()->index(0, 0);
        const QString name = root.data().toString();
        QVERIFY2(name.contains(kCleaner), qPrintable(name));
        QTreeView *tree = h->tree();
        // Fitted once the row is there: its text and icon after one step of indentation.
        const auto needed = [&] {
            return tree->sizeHintForIndex(root).width() + (tree->rootIsDecorated() ? tree->indentation() : 0);
        };
        QTRY_VERIFY2(tree->columnWidth(0) >= needed(),
            qPrintable(QStringLiteral("name column %1 px, the registry row needs %2")
                           .arg(tree->columnWidth(0))
                           .arg(needed())));
        // Where it fits, no tooltip repeats it.
        QVERIFY(!toolTipAt(tree->viewport(), tree->visualRect(root).center()).contains(kCleaner));

        // A user narrows the column: the cut row says all of itself in a tooltip.
        tree->header()->resizeSection(0, 120);
        settle();
        const QString tip = toolTipAt(tree->viewport(), tree->visualRect(root).center());
        QVERIFY2(tip.contains(name), qPrintable(tip));
    }

    // ---- the history dialog

    void historyFromTheRegistryMenu()
    {
        JournalEntry failed;
        failed.time = QDateTime(QDate(2026, 12, 5), QTime(16, 18, 11), Qt::UTC);
        failed.source = QStringLiteral("berth");
        failed.profile = QStringLiteral("sim");
        failed.registry = QUrl(QStringLiteral("http://127.0.0.1:1"));
        failed.username = kCleaner;
        failed.action = QStringLiteral("remove_tag");
        failed.project = QStringLiteral("team-a");
        failed.repository = QStringLiteral("team-a/backend/api");
        failed.tag = QStringLiteral("v1.2.0");
        failed.digest = kDigest;
        failed.state = QStringLiteral("failed");
        failed.httpStatus = 412;
        failed.cause = QStringLiteral("immutable_tag");
        failed.requestId = QStringLiteral("5f0c2d7e-8a41-4c1e-9d51-0b3a9b1c2d3e");
        JournalEntry deleted = failed;
        deleted.time = failed.time.addSecs(3600);
        deleted.action = QStringLiteral("delete_artifact");
        deleted.tag.clear();
        deleted.state = QStringLiteral("deleted");
        deleted.httpStatus = 0;
        deleted.cause.clear();
        QString error;
        QVERIFY2(ActionJournal().append({failed, deleted}, &error), qPrintable(error));

        QVERIFY(h->start(kCleaner, kCleanerSecret));
        h->window()->resize(1280, 780);
        h->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h->window()));
        // Registry menu (Alt+R), then History.
        QTest::keyClick(h->window(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *history = nullptr;
        for (QAction *a : menu->actions())
            if (a->objectName() == QLatin1String("actionHistory"))
                history = a;
        QVERIFY2(history, "no History in the Registry menu");
        menu->setActiveAction(history);
        QTest::keyClick(menu, Qt::Key_Return);
        HistoryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = h->window()->findChild<HistoryDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("table"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        settle();

        const int tagCol = column(table, HistoryDialog::tr("Tag"));
        const int digestCol = column(table, HistoryDialog::tr("Digest"));
        const int actionCol = column(table, HistoryDialog::tr("Action"));
        const int stateCol = column(table, HistoryDialog::tr("State"));
        const int causeCol = column(table, HistoryDialog::tr("Cause"));
        const int timeCol = column(table, HistoryDialog::tr("Time"));
        QVERIFY(tagCol >= 0 && digestCol >= 0 && actionCol >= 0 && stateCol >= 0 && causeCol >= 0 && timeCol >= 0);
        int f = -1;
        int d = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            (table->item(r, tagCol)->text() == failed.tag ? f : d) = r;
        QVERIFY(f >= 0 && d >= 0);
        const auto text = [table](int r, int c) { return table->item(r, c) ? table->item(r, c)->text() : QString(); };

        // A short digest, the whole one in the tooltip.
        QCOMPARE(text(f, digestCol), shortDigest(kDigest));
        QCOMPARE(table->item(f, digestCol)->toolTip(), kDigest);
        // Words, not ids.
        QCOMPARE(text(f, actionCol), HistoryDialog::tr("Remove tag"));
        QCOMPARE(text(d, actionCol), HistoryDialog::tr("Delete artifact"));
        QCOMPARE(text(f, stateCol), HistoryDialog::tr("Failed"));
        QCOMPARE(text(d, stateCol), HistoryDialog::tr("Deleted"));
        // The cause by its title; its id and the fix where a user looks for them, the tooltip.
        const QString title = CauseWording::of(Cause::ImmutableTag, {}, {}).title;
        QCOMPARE(text(f, causeCol), title);
        QVERIFY(table->item(f, causeCol)->toolTip().contains(QStringLiteral("immutable_tag")));
        QVERIFY(text(d, causeCol).isEmpty());
        // Local time (UTC+8 here), in the locale's short form.
        const QDateTime local(QDate(2026, 12, 6), QTime(0, 18, 11));
        QCOMPARE(text(f, timeCol), QLocale().toString(local, QLocale::ShortFormat));
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                for (const QString &raw : {QStringLiteral("remove_tag"), QStringLiteral("immutable_tag"),
                         QStringLiteral("delete_artifact"), QStringLiteral("T16:18")})
                    QVERIFY2(!text(r, c).contains(raw), qPrintable(text(r, c)));

        // State and cause in sight at the dialog's own size.
        const int right = table->viewport()->width();
        for (const int c : {stateCol, causeCol})
            QVERIFY2(table->horizontalHeader()->sectionViewportPosition(c) + table->horizontalHeader()->sectionSize(c)
                    <= right,
                qPrintable(QStringLiteral("column %1 ends at %2, the table shows %3 px")
                               .arg(table->horizontalHeaderItem(c)->text())
                               .arg(table->horizontalHeader()->sectionViewportPosition(c)
                                   + table->horizontalHeader()->sectionSize(c))
                               .arg(right)));
        shoot(dialog, QStringLiteral("layout-history"));

        // The CSV export keeps ids and UTC, for scripts.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("journal.csv"));
        QVERIFY(dialog->exportTo(csv, true, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.startsWith(
            QStringLiteral("time,source,profile,username,action,repository,tag,digest,state,cause,request_id\n")));
        for (const QString &raw : {QStringLiteral("\"remove_tag\""), QStringLiteral("\"immutable_tag\""),
                 QStringLiteral("\"2026-12-05T16:18:11.000Z\""), QStringLiteral("\"failed\""), kDigest})
            QVERIFY2(content.contains(raw), qPrintable(raw));
        dialog->close();
    }

private:
    RegistryFilterProxy *proxy() const { return h->proxy(); }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
