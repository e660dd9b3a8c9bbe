// The tree from a snapshot in the real window: shown before the registry answers, read-only
// with a banner while it cannot be reached, confirmed and compared once it answers.
#include "credentials/CredentialJob.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "credentials/SnapshotFile.h"
#include "gui/ChangesView.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "gui/SnapshotController.h"
#include "MainWindowHarness.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "Translations.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

const QString kRepo = QStringLiteral("team-a/backend/api");

Profile simProfile(const QUrl &url)
{
    Profile p;
    p.name = QStringLiteral("sim");
    p.url = url;
    p.kind = AccountKind::Robot;
    p.username = SimAccounts::kCleaner;
    return p;
}

// A tag deleted behind Berth's back, as another client would.
bool deleteTag(const QUrl &base, const QString &tag)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(base.resolved(QUrl(QStringLiteral("api/v2.0/projects/team-a/repositories/backend%252Fapi/"
                                                          "artifacts/%1/tags/%1")
                                               .arg(tag))));
    req.setRawHeader("Authorization",
        "Basic " + (SimAccounts::kAdmin + QLatin1Char(':') + SimAccounts::kAdminPassword).toUtf8().toBase64());
    QNetworkReply *reply = nam.deleteResource(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError;
}

QModelIndex childNamed(QAbstractItemModel *m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex c = m->index(r, 0, parent);
        const QString text = c.data(TagRole).toString().isEmpty() ? c.data().toString() : c.data(TagRole).toString();
        if (text == name || text.startsWith(name + QStringLiteral(" — ")))
            return c;
    }
    return {};
}

// Expands team-a > backend > api as a user would and finds v1.2.0 there; true if every row is
// there and the tag is still the snapshot's (unconfirmed).
bool expandSnapshotPath(
    MainWindow &w, const QModelIndex &registry, QPersistentModelIndex &api, QPersistentModelIndex &tag)
{
    QAbstractItemModel *m = w.proxy();
    QModelIndex at = registry;
    for (const QString &name : {QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}) {
        at = childNamed(m, at, name);
        if (!at.isValid() || !at.data(UnconfirmedRole).toBool())
            return false;
        w.treeView()->expand(at);
    }
    api = at;
    tag = childNamed(m, api, QStringLiteral("v1.2.0"));
    return tag.isValid() && tag.data(UnconfirmedRole).toBool();
}

} // namespace

class TestTreeSnapshotGui : public QObject
{
    Q_OBJECT

    QString m_suffix; // "-zh_CN" for pictures in another language

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString lang = qEnvironmentVariable("BERTH_SCREENSHOT_LANG");
        if (!lang.isEmpty()) {
            QVERIFY(installTranslations(QCoreApplication::instance(), lang));
            m_suffix = QLatin1Char('-') + lang;
        }
    }

    // For a look at the window (BERTH_SCREENSHOT_DIR set, in BERTH_SCREENSHOT_LANG's language
    // when given): the PNG, else nothing.
    void keepPicture(QWidget *w, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(150);
        w->grab().save(QDir(dir).filePath(name + m_suffix + QStringLiteral(".png")));
    }

    // The keyring can be slow to start or locked: the tree shows from the snapshot before it
    // answers, and merges the live rows once it has, keeping what the user expanded.
    void showsTheSnapshotBeforeTheKeyringAnswers()
    {
        MainWindowHarness h;
        QVERIFY2(h.start(QString(), QString()), qPrintable(h.sim.errorString()));
        const Profile profile = simProfile(h.sim.url());
        QString error;
        QVERIFY2(h.profiles()->save(profile, &error), qPrintable(error));
        QFile::remove(snapshotfile::pathFor(profile.name));
        QSignalSpy written(
            h.keychain()->writeSecret(profile.credentialKey(), SimAccounts::kCleanerSecret), &CredentialJob::finished);
        QVERIFY(written.wait());
        h.window()->sessions()->openWithSecret(profile, SimAccounts::kCleanerSecret);
        QVERIFY(h.open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        h.window()->close();
        QVERIFY(QFile::exists(snapshotfile::pathFor(profile.name)));

        h.keychain()->holdReads();
        MainWindow w(h.profiles(), h.keychain());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.sessions()->open(profile); // reads the secret from the keyring, which does not answer yet
        QAbstractItemModel *m = w.proxy();
        const QPersistentModelIndex registry = m->index(0, 0);
        QVERIFY(registry.isValid());
        QVERIFY(registry.data(UnconfirmedRole).toBool());
        QPersistentModelIndex api, tag;
        QVERIFY2(
            expandSnapshotPath(w, registry, api, tag), "the snapshot's rows show while the keyring has not answered");
        QTest::qWait(300);
        QVERIFY(tag.isValid()); // nothing cleared it while waiting

        h.keychain()->releaseReads();
        QVERIFY(QTest::qWaitFor([&] { return !registry.data(UnconfirmedRole).toBool(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !tag.data(UnconfirmedRole).toBool(); }, 20000));
        QVERIFY(tag.isValid()); // the same row: merged, not replaced
        QVERIFY(w.treeView()->isExpanded(api));
    }

    void opensFromSnapshotThenConfirmsAndCompares()
    {
        MainWindowHarness h;
        QVERIFY2(h.start(QString(), QString()), qPrintable(h.sim.errorString()));
        const Profile profile = simProfile(h.sim.url());
        QString error;
        QVERIFY2(h.profiles()->save(profile, &error), qPrintable(error));
        QFile::remove(snapshotfile::pathFor(profile.name));

        // First visit: load the repository live, close the window: the snapshot is written.
        h.window()->sessions()->openWithSecret(profile, SimAccounts::kCleanerSecret);
        QVERIFY(h.open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        h.window()->close();
        QVERIFY(QFile::exists(snapshotfile::pathFor(profile.name)));

        // Meanwhile: a tag is pushed, one deleted, one moved to another digest; then the
        // registry stops answering (every connection reset).
        QVERIFY(!h.sim.push(kRepo, QStringLiteral("snap-new")).isEmpty());
        QVERIFY(deleteTag(h.sim.url(), QStringLiteral("ci-101")));
        QVERIFY(!h.sim.push(kRepo, QStringLiteral("v1.1.0")).isEmpty());
        QVERIFY(h.sim.addFault({{QStringLiteral("kind"), QStringLiteral("reset")}}));

        MainWindow w(h.profiles(), h.keychain());
        auto *snapshots = w.findChild<SnapshotController *>();
        QVERIFY(snapshots);
        snapshots->setRetryDelays(200, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.sessions()->openWithSecret(profile, SimAccounts::kCleanerSecret);
        QAbstractItemModel *m = w.proxy();
        const QPersistentModelIndex registry = m->index(0, 0);
        QVERIFY(registry.isValid());
        const bool english = m_suffix.isEmpty(); // the words are checked in English only
        QVERIFY(!english || registry.data().toString().contains(QStringLiteral("as of")));
        // The tree is there at once, from the file.
        QPersistentModelIndex api, tag;
        QVERIFY(expandSnapshotPath(w, registry, api, tag));

        // Offline: a banner says why and since when; deletes are greyed with the reason.
        auto *banner = w.findChild<QFrame *>(QStringLiteral("bannerFrame"));
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 20000));
        QVERIFY(!english
            || w.findChild<QLabel *>(QStringLiteral("bannerLabel"))
                   ->text()
                   .contains(QStringLiteral("cannot be reached")));
        w.treeView()->setCurrentIndex(tag);
        auto *removeTags = w.findChild<QAction *>(QStringLiteral("actionRemoveTags"));
        QVERIFY(removeTags);
        QVERIFY(!removeTags->isEnabled());
        QVERIFY(!english || removeTags->toolTip().contains(QStringLiteral("snapshot"))
            || removeTags->statusTip().contains(QStringLiteral("snapshot")));

        keepPicture(&w, QStringLiteral("snapshot-offline"));

        // Refresh (F5) while offline: the fetch fails again and the snapshot's rows stay, still
        // unconfirmed (a refresh that cleared them would leave an empty tree and lose the view).
        w.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTest::qWait(1500);
        QVERIFY(tag.isValid());
        QVERIFY(tag.data(UnconfirmedRole).toBool());
        QVERIFY(childNamed(m, registry, QStringLiteral("team-a")).isValid());

        // The registry answers again: the retry merges, rows are confirmed, changes listed.
        QVERIFY(h.sim.clearFaults());
        QVERIFY(QTest::qWaitFor([&] { return !registry.data(UnconfirmedRole).toBool(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return !tag.data(UnconfirmedRole).toBool(); }, 20000));
        QVERIFY(tag.isValid()); // the same row: expansion and selection survive
        QVERIFY(w.treeView()->isExpanded(api));
        QVERIFY(!banner->isVisible());
        auto *changes = w.findChild<ChangesView *>();
        QVERIFY(changes);
        QVERIFY(QTest::qWaitFor([&] { return changes->rowCount() > 0; }, 20000));
        QCOMPARE(changes->count(ChangesView::Kind::New), 1);
        QCOMPARE(changes->count(ChangesView::Kind::Removed), 1);
        QCOMPARE(changes->count(ChangesView::Kind::Moved), 1);
        QCOMPARE(childNamed(m, api, QStringLiteral("snap-new")).data(ChangeRole).toInt(), 1);
        QVERIFY(!childNamed(m, api, QStringLiteral("ci-101")).isValid());
        w.treeView()->setCurrentIndex(tag);
        QVERIFY(QTest::qWaitFor([&] { return removeTags->isEnabled(); }, 5000));
        keepPicture(&w, QStringLiteral("snapshot-changes"));
    }
};

QTEST_MAIN(TestTreeSnapshotGui)
#include "tst_treesnapshot_gui.moc"
