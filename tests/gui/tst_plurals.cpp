// Counts read as English in the real window: "1 tag", "2 tags", never "1 tag(s)" or "1 tags",
// in a locale Berth has no translation for (the C locale of a bare session or of CI), offscreen,
// against harbor-sim's generated data (one project, one repository, one artifact with two tags).
#include "gui/DeleteController.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace berth;

class TestPlurals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    QPersistentModelIndex project;
    QPersistentModelIndex repo;

    DeleteController *deleter() const { return h->window()->deleteController(); }

    QString countsText() const
    {
        for (QLabel *l : h->window()->statusBar()->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("loaded")))
                return l->text();
        return {};
    }

    // Keys reach the window's shortcuts only while it is active (a closed dialog may leave it not).
    bool activate() const
    {
        h->window()->activateWindow();
        h->tree()->setFocus();
        return QTest::qWaitForWindowActive(h->window());
    }

    QString subtitle() const { return h->window()->findChild<QLabel *>(QStringLiteral("subtitleLabel"))->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What berth does at start in a locale without a translation of its own.
        QVERIFY(!installTranslations(QCoreApplication::instance(), QStringLiteral("C")));
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(SimAccounts::kBench, SimAccounts::kBenchSecret,
            {QStringLiteral("--generate"), QStringLiteral("projects=1,repos=1,tags=2")}));
        project = h->open({QStringLiteral("proj-000")});
        repo = h->open({QStringLiteral("proj-000"), QStringLiteral("repo-000")});
        QVERIFY(project.isValid() && repo.isValid());
        QCOMPARE(h->proxy()->rowCount(repo), 2);
    }

    void cleanupTestCase() { h.reset(); }

    void cleanup()
    {
        // A failed comparison must not leave a confirmation in front of the next test's keys.
        if (QDialog *confirm = deleter()->confirmDialog()) {
            confirm->reject();
            QTRY_VERIFY(!deleter()->confirmDialog());
        }
    }

    void statusBar()
    {
        QTRY_COMPARE(countsText(), QStringLiteral("1 project · 1 repository · 1 artifact · 2 tags loaded"));
    }

    void detailsPane()
    {
        h->select({project});
        QCOMPARE(subtitle(), QStringLiteral("Private project, 1 repository"));
        h->select({repo});
        QCOMPARE(subtitle(), QStringLiteral("1 artifact"));
    }

    void actionsAndConfirmation_data()
    {
        QTest::addColumn<int>("tags");
        QTest::addColumn<QString>("artifactAction");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("heading");
        QTest::newRow("one") << 1 << QStringLiteral("(and its 2 tags: t00000, t00001)")
                             << QStringLiteral("Remove 1 tag?")
                             << QStringLiteral("Remove 1 tag from sim? Only the tag goes; the artifact stays.");
        QTest::newRow("two") << 2 << QStringLiteral("(and its 2 tags: t00000, t00001)")
                             << QStringLiteral("Remove 2 tags?")
                             << QStringLiteral("Remove 2 tags from sim? Only the tags go; the artifacts stay.");
    }

    void actionsAndConfirmation()
    {
        QFETCH(int, tags);
        QFETCH(QString, artifactAction);
        QFETCH(QString, title);
        QFETCH(QString, heading);
        QList<QModelIndex> rows;
        for (int r = 0; r < tags; ++r)
            rows << h->proxy()->index(r, 0, repo);
        h->select(rows);
        auto *removeTags = h->window()->findChild<QAction *>(QStringLiteral("actionRemoveTags"));
        if (tags > 1)
            QCOMPARE(removeTags->text(), QStringLiteral("Remove %1 selected tags…").arg(tags));
        const QString deleteArtifact
            = h->window()->findChild<QAction *>(QStringLiteral("actionDeleteArtifacts"))->text();
        QVERIFY2(deleteArtifact.endsWith(artifactAction), qPrintable(deleteArtifact));

        QVERIFY(activate());
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter()->confirmDialog());
        QDialog *confirm = deleter()->confirmDialog();
        QCOMPARE(confirm->windowTitle(), title);
        QCOMPARE(confirm->findChild<QLabel *>(QStringLiteral("headingLabel"))->text(), heading);
        confirm->reject();
        QTRY_VERIFY(!deleter()->confirmDialog());
    }

    void copyPullCommand()
    {
        h->select({h->proxy()->index(0, 0, repo)});
        QVERIFY(activate());
        QTest::keyClick(h->tree(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(h->window()->statusBar()->currentMessage(), QStringLiteral("Copied 1 pull command"));
    }
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
