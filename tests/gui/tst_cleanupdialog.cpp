// "Clean up…" in the GUI: rules, a live preview from fresh data, the tree highlighting what
// would go, and execution that leaves alone what changed since the plan.
#include "api/HarborClient.h"
#include "gui/CleanupDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace berth;

class TestCleanupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewHighlightAndRun()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        const QPersistentModelIndex api
            = h.open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        HarborClient *client = h.window()->sessions()->client(QStringLiteral("sim"));
        QVERIFY(client);
        CleanupDialog dialog(client, QStringLiteral("sim"), *CleanupScope::parse(QStringLiteral("team-a/backend/api")),
            h.model(), h.window());
        dialog.show();
        QSignalSpy updated(&dialog, &CleanupDialog::previewUpdated);
        QTRY_VERIFY(dialog.hasData());
        CleanupRules rules;
        rules.match = TagPattern {QStringLiteral("ci-*"), true};
        rules.keepLast = 1;
        dialog.setRules(rules);
        // ci-101, ci-102, ci-103: the newest (ci-103) stays.
        QCOMPARE(dialog.plan().totals.remove, 2);
        QStringList removed;
        for (int i : dialog.plan().removals())
            removed << dialog.plan().items.at(i).tag;
        removed.sort();
        QCOMPARE(removed, (QStringList {QStringLiteral("ci-101"), QStringLiteral("ci-102")}));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QVERIFY(table->rowCount() >= 8);
        // The tree shows what would go.
        const QModelIndex ci101 = h.proxy()->mapToSource(h.child(api, QStringLiteral("ci-101")));
        const QModelIndex ci103 = h.proxy()->mapToSource(h.child(api, QStringLiteral("ci-103")));
        QVERIFY(h.model()->isPlannedRemoval(ci101));
        QVERIFY(!h.model()->isPlannedRemoval(ci103));

        // Someone re-pushes ci-102 after the plan: it is left alone.
        QVERIFY(!h.sim.push(QStringLiteral("team-a/backend/api"), QStringLiteral("ci-102")).isEmpty());
        QSignalSpy executed(&dialog, &CleanupDialog::executed);
        dialog.run(true);
        QVERIFY(executed.wait(30000));
        QCOMPARE(executed.first().at(0).toInt(), 1); // removed
        QCOMPARE(executed.first().at(1).toInt(), 1); // changed since plan
        const QStringList tags = h.sim.tagsOf(QStringLiteral("team-a/backend/api"));
        QVERIFY(!tags.contains(QStringLiteral("ci-101")));
        QVERIFY(tags.contains(QStringLiteral("ci-102")));
        QVERIFY(tags.contains(QStringLiteral("ci-103")));
        QVERIFY(dialog.lastSummary().contains(QStringLiteral("1 changed since the plan")));
        dialog.reject();
        QVERIFY(!h.model()->isPlannedRemoval(ci103));
    }

    void invalidRulesDisableRun()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret));
        HarborClient *client = h.window()->sessions()->client(QStringLiteral("sim"));
        CleanupDialog dialog(
            client, QStringLiteral("sim"), *CleanupScope::parse(QStringLiteral("team-a")), h.model(), h.window());
        dialog.show();
        QTRY_VERIFY(dialog.hasData());
        CleanupRules rules;
        rules.match = TagPattern {QStringLiteral("ci-(")};
        dialog.setRules(rules);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("rulesErrorLabel"))->text().isEmpty());
    }
};

QTEST_MAIN(TestCleanupDialog)
#include "tst_cleanupdialog.moc"
