// Add tag…, Copy to… and drops in the real window, on a plain docker-registry and on harbor-sim in
// front of one (--registry-backend): the dialogs check names as typed and say what OK creates,
// the registry has the result (read back over /v2/), the tree shows it, a tag on another digest is
// moved only when the user says so, a drop on a repository, folder or registry row opens the copy
// confirmation pre-filled, and a cancelled copy leaves nothing tagged and resumes when run again.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "credentials/Profile.h"
#include "gui/AddTagDialog.h"
#include "gui/CopyController.h"
#include "gui/CopyToDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "gui/TreeContextMenu.h"
#include "InspectFixtures.h"
#include "MainWindowHarness.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "operations/ArtifactCopy.h"
#include "RegistryServer.h"
#include "SimAccounts.h"
#include "SimFixtures.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

class TestGuiCopy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    std::unique_ptr<RegistryServer> registry;
    std::unique_ptr<RegistryServer> second; // another plain registry, for copies across
    bool harbor = false;

    CopyController *copier() const { return h->window()->copyController(); }
    QString repo(const QString &name) const
    {
        return harbor ? QStringLiteral("team-a/fx/") + name : QStringLiteral("fix/") + name;
    }
    QStringList pathTo(const QString &name) const
    {
        return harbor ? QStringList {QStringLiteral("team-a"), QStringLiteral("fx"), name}
                      : QStringList {QStringLiteral("fix"), name};
    }

    // A plain docker-registry in the window, or harbor-sim in front of one (as admin); `extra`
    // fixtures beside oci-image and docker-image (plain registry only), their record in `record`.
    bool start(bool onHarbor, const QStringList &extra = {}, QJsonObject *record = nullptr)
    {
        harbor = onHarbor;
        registry = std::make_unique<RegistryServer>();
        if (!registry->start()) {
            qWarning("%s", qPrintable(registry->errorString()));
            return false;
        }
        h = std::make_unique<MainWindowHarness>();
        if (harbor) {
            if (!h->start(SimAccounts::kAdmin, SimAccounts::kAdminPassword,
                    {QStringLiteral("--registry-backend"), registry->url().toString()}))
                return false;
            QJsonObject fixtures;
            QByteArray error;
            if (!pushFixturesThroughSim(h->sim.url(), h->tempPath(QStringLiteral("fx.json")), &fixtures, &error,
                    {QStringLiteral("oci-image"), QStringLiteral("docker-image")})) {
                qWarning("%s", error.constData());
                return false;
            }
            return QTest::qWaitFor([this] { return h->proxy()->rowCount() == 1; }, 5000);
        }
        const RegistryServer::Result pushed = registry->pushFixtures(QStringLiteral("fix"),
            QStringList {QStringLiteral("oci-image"), QStringLiteral("docker-image")} + extra, record);
        if (!pushed.ok()) {
            qWarning("%s", pushed.output.constData());
            return false;
        }
        if (!h->start({}, {}))
            return false;
        openPlain(QStringLiteral("plain"), registry->url());
        return QTest::qWaitFor([this] { return h->proxy()->rowCount() == 1; }, 5000);
    }

    void openPlain(const QString &name, const QUrl &url)
    {
        Profile p;
        p.name = name;
        p.url = url;
        p.server = ServerKind::Registry;
        p.kind = AccountKind::Anonymous;
        h->window()->sessions()->open(p);
    }

    // The digest a reference names, read over /v2/ with the test's own client.
    QString head(const QString &repository, const QString &reference, const QUrl &plainUrl = {})
    {
        ApiTransport transport(plainUrl.isValid() || !harbor
                ? settingsFor(plainUrl.isValid() ? plainUrl : registry->url())
                : settingsFor(h->sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword));
        RegistryClient client(&transport);
        QString digest;
        bool done = false;
        client.headManifest(
            repository, reference, nullptr, [&](const RegistryClient::ManifestHead &head, const ApiError &e) {
                digest = e.isError() ? QString() : head.digest;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            return QStringLiteral("timeout");
        return digest;
    }

    // Another digest under `tag` in `repository`, put there by the test (as a user would push it).
    bool plantTag(const QString &fromRepository, const QString &toRepository, const QString &tag)
    {
        ApiTransport transport(harbor ? settingsFor(h->sim.url(), SimAccounts::kAdmin, SimAccounts::kAdminPassword)
                                      : settingsFor(registry->url()));
        RegistryClient client(&transport);
        ArtifactCopy::Request r;
        r.source = r.target = &client;
        r.sourceRepository = fromRepository;
        r.sourceReference = QStringLiteral("v1");
        r.targetRepository = toRepository;
        r.tags = {tag};
        ArtifactCopy copy(r);
        QSignalSpy finished(&copy, &ArtifactCopy::finished);
        copy.start();
        return finished.wait(30000) && copy.ok();
    }

    QPushButton *okOf(QDialog *d) const
    {
        auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int r = 0; r < h->proxy()->rowCount(parent); ++r)
            names << h->model()->node(h->proxy()->mapToSource(h->proxy()->index(r, 0, parent)))->name;
        return names;
    }

    // The repository row shows `tag` (after the controller's refresh), looked up afresh each time.
    bool treeShowsTag(const QString &name, const QString &tag)
    {
        return QTest::qWaitFor(
            [&] {
                const QModelIndex r = h->open(pathTo(name));
                return r.isValid() && childNames(r).contains(tag);
            },
            20000);
    }

    QPersistentModelIndex selectTag(const QString &name, const QString &tag)
    {
        const QPersistentModelIndex r = h->open(pathTo(name));
        const QModelIndex t = r.isValid() ? h->child(r, tag) : QModelIndex();
        if (t.isValid())
            h->select({t});
        return QPersistentModelIndex(t);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        h.reset();
        registry.reset();
        second.reset();
    }

    void greyedWithReason_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("tagRow");
        QTest::addColumn<QString>("addTagReason"); // empty: enabled
        QTest::addColumn<QString>("copyReason");
        QTest::newRow("reader robot, tag row") << SimAccounts::kReader << SimAccounts::kReaderSecret << true
                                               << QStringLiteral("lacks tag:create in team-a") << QString();
        QTest::newRow("alice (maintainer), tag row")
            << SimAccounts::kAlice << SimAccounts::kAlicePassword << true << QString() << QString();
        QTest::newRow("repository row") << SimAccounts::kAlice << SimAccounts::kAlicePassword << false
                                        << QStringLiteral("Choose a tag or an artifact first.")
                                        << QStringLiteral("Choose a tag or an artifact first.");
    }

    // Greyed with the reason, as the delete actions are: from the account's permissions (Harbor's
    // users/current/permissions) and the row.
    void greyedWithReason()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(bool, tagRow);
        QFETCH(QString, addTagReason);
        QFETCH(QString, copyReason);
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start(user, secret));
        const QPersistentModelIndex api
            = h->open({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        h->select({tagRow ? h->proxy()->index(0, 0, api) : QModelIndex(api)});
        for (const auto &[action, reason] : {std::make_pair(copier()->addTagAction(), addTagReason),
                 std::make_pair(copier()->copyToAction(), copyReason)}) {
            QTRY_COMPARE_WITH_TIMEOUT(action->isEnabled(), reason.isEmpty(), 10000);
            QVERIFY2(action->statusTip().contains(reason), qPrintable(action->statusTip()));
            QVERIFY(reason.isEmpty() || !action->toolTip().isEmpty());
        }
        if (!addTagReason.isEmpty()) {
            copier()->addTagAction()->trigger(); // greyed: nothing opens
            QVERIFY(!copier()->addTagDialog());
        }
    }

    void addTag_data()
    {
        QTest::addColumn<bool>("onHarbor");
        QTest::newRow("docker-registry") << false;
        QTest::newRow("harbor-sim") << true;
    }

    // Right-click a tag, Add tag…, type, OK: the registry has the tag on the same digest, and the
    // tree shows it.
    void addTag()
    {
        QFETCH(bool, onHarbor);
        QVERIFY(start(onHarbor));
        const QPersistentModelIndex v1 = selectTag(QStringLiteral("oci-image"), QStringLiteral("v1"));
        QVERIFY(v1.isValid());
        const QString digest = head(repo(QStringLiteral("oci-image")), QStringLiteral("v1"));
        QVERIFY(!digest.isEmpty());

        // The row's context menu offers it, enabled.
        QAction *action = copier()->addTagAction();
        QTRY_VERIFY2(action->isEnabled(), qPrintable(action->statusTip()));
        const TreeMenuActions actions {h->child<QAction>("actionCopyPull"), h->child<QAction>("actionCopyDigest"),
            h->child<QAction>("actionCopyName"), h->child<QAction>("actionRemoveTags"),
            h->child<QAction>("actionDeleteArtifacts"), h->child<QAction>("actionDeleteRepository"),
            h->child<QAction>("actionCleanup"), nullptr, action, copier()->copyToAction()};
        std::unique_ptr<QMenu> menu(
            TreeContextMenu::build(h->model(), h->proxy()->mapToSource(v1), actions, {}, h->window()));
        QVERIFY(menu->actions().contains(action));
        QVERIFY(menu->actions().contains(copier()->copyToAction()));
        action->trigger();

        AddTagDialog *dialog = copier()->addTagDialog();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("tagEdit"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(edit && message);
        // Outside the grammar: OK off, the rule said at once.
        QTest::keyClicks(edit, QStringLiteral(".bad"));
        QVERIFY(!okOf(dialog)->isEnabled());
        QVERIFY(!message->text().isEmpty());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("latest-but-not"));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("v1")); // the artifact has it already
        QVERIFY(!okOf(dialog)->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("candidate"));
        QVERIFY(okOf(dialog)->isEnabled());
        QVERIFY2(message->text().contains(QStringLiteral("candidate")), qPrintable(message->text()));
        QSignalSpy finished(copier(), &CopyController::finished);
        okOf(dialog)->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(head(repo(QStringLiteral("oci-image")), QStringLiteral("candidate")), digest);
        QVERIFY(treeShowsTag(QStringLiteral("oci-image"), QStringLiteral("candidate")));
    }

    void moveTagAsks_data()
    {
        QTest::addColumn<bool>("onHarbor");
        QTest::addColumn<bool>("agree");
        QTest::newRow("docker-registry, no") << false << false;
        QTest::newRow("docker-registry, yes") << false << true;
        QTest::newRow("harbor-sim, no") << true << false;
        QTest::newRow("harbor-sim, yes") << true << true;
    }

    // A tag on another digest: the user is asked, with both short digests; No changes nothing,
    // Yes moves it.
    void moveTagAsks()
    {
        QFETCH(bool, onHarbor);
        QFETCH(bool, agree);
        QVERIFY(start(onHarbor));
        QVERIFY(
            plantTag(repo(QStringLiteral("docker-image")), repo(QStringLiteral("oci-image")), QStringLiteral("other")));
        const QString mine = head(repo(QStringLiteral("oci-image")), QStringLiteral("v1"));
        const QString theirs = head(repo(QStringLiteral("oci-image")), QStringLiteral("other"));
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty() && mine != theirs);
        QVERIFY(selectTag(QStringLiteral("oci-image"), QStringLiteral("v1")).isValid());
        QTRY_VERIFY(copier()->addTagAction()->isEnabled());
        copier()->addTagAction()->trigger();
        AddTagDialog *dialog = copier()->addTagDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tagEdit")), QStringLiteral("other"));
        okOf(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(copier()->question(), 30000);
        QMessageBox *question = copier()->question();
        QVERIFY2(question->text().contains(QStringLiteral("Move tag other from")), qPrintable(question->text()));
        QVERIFY(question->text().contains(theirs.mid(7, 12)));
        QVERIFY(question->text().contains(mine.mid(7, 12)));
        // Nothing was written before asking.
        QCOMPARE(head(repo(QStringLiteral("oci-image")), QStringLiteral("other")), theirs);
        QSignalSpy finished(copier(), &CopyController::finished);
        question->button(agree ? QMessageBox::Yes : QMessageBox::No)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().first().toBool(), agree);
        QCOMPARE(head(repo(QStringLiteral("oci-image")), QStringLiteral("other")), agree ? mine : theirs);
        if (agree) {
            QVERIFY(treeShowsTag(QStringLiteral("oci-image"), QStringLiteral("other")));
            QTRY_VERIFY(h->model()
                            ->node(h->proxy()->mapToSource(
                                h->child(h->open(pathTo(QStringLiteral("oci-image"))), QStringLiteral("other"))))
                            ->digest()
                == mine);
        }
    }

    void copyTo_data()
    {
        QTest::addColumn<bool>("onHarbor");
        QTest::addColumn<QString>("target");
        QTest::newRow("docker-registry") << false << QStringLiteral("fix/copied");
        QTest::newRow("harbor-sim, another project") << true << QStringLiteral("team-b/copied");
    }

    // Copy to… into another repository: the dialog says what will be created, OK copies with a
    // progress dialog, the result is said, the registry has it and the tree shows the repository.
    void copyTo()
    {
        QFETCH(bool, onHarbor);
        QFETCH(QString, target);
        QVERIFY(start(onHarbor));
        QVERIFY(selectTag(QStringLiteral("oci-image"), QStringLiteral("v1")).isValid());
        const QString digest = head(repo(QStringLiteral("oci-image")), QStringLiteral("v1"));
        QTRY_VERIFY(copier()->copyToAction()->isEnabled());
        copier()->copyToAction()->trigger();
        CopyToDialog *dialog = copier()->copyDialog();
        QVERIFY(dialog);
        auto *repository = dialog->findChild<QLineEdit *>(QStringLiteral("repositoryEdit"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(repository->text(), repo(QStringLiteral("oci-image"))); // pre-filled with the source's
        repository->clear();
        QTest::keyClicks(repository, QStringLiteral("Bad/Name"));
        QVERIFY(!okOf(dialog)->isEnabled());
        repository->clear();
        QTest::keyClicks(repository, target);
        dialog->setTags(CopyToDialog::Tags::New, QStringLiteral("prod, stable"));
        QVERIFY(okOf(dialog)->isEnabled());
        QVERIFY2(summary->text().contains(target) && summary->text().contains(QStringLiteral("prod, stable")),
            qPrintable(summary->text()));
        QSignalSpy finished(copier(), &CopyController::finished);
        okOf(dialog)->click();
        QVERIFY(copier()->progressDialog());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(copier()->resultBox()->text()));
        QVERIFY2(copier()->resultBox()->text().contains(target), qPrintable(copier()->resultBox()->text()));
        QCOMPARE(head(target, QStringLiteral("prod")), digest);
        QCOMPARE(head(target, QStringLiteral("stable")), digest);
        QCOMPARE(head(target, QStringLiteral("v1")), QString()); // only the tags chosen
        // The tree lists the new repository (its parent was refreshed).
        const QStringList path = harbor ? QStringList {QStringLiteral("team-b"), QStringLiteral("copied")}
                                        : QStringList {QStringLiteral("fix"), QStringLiteral("copied")};
        QTRY_VERIFY_WITH_TIMEOUT(h->open(path).isValid(), 20000);
    }

    void referrersCheckbox_data()
    {
        QTest::addColumn<bool>("checked");
        QTest::newRow("checked (the default)") << true;
        QTest::newRow("unchecked") << false;
    }

    // "Copy signatures and other referrers" is on by default and reaches the copy: the image's
    // signature (a referrer with subject) arrives with it, or, unchecked, does not.
    void referrersCheckbox()
    {
        QFETCH(bool, checked);
        QJsonObject record;
        QVERIFY(start(false, {QStringLiteral("signature")}, &record));
        const QString signature = record.value(QStringLiteral("fixtures"))
                                      .toObject()
                                      .value(QStringLiteral("signature"))
                                      .toObject()
                                      .value(QStringLiteral("digest"))
                                      .toString();
        QVERIFY(!signature.isEmpty());
        QVERIFY(selectTag(QStringLiteral("oci-image"), QStringLiteral("v1")).isValid());
        QTRY_VERIFY(copier()->copyToAction()->isEnabled());
        copier()->copyToAction()->trigger();
        CopyToDialog *dialog = copier()->copyDialog();
        QVERIFY(dialog);
        auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("referrersCheck"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        if (!checked)
            box->click();
        QCOMPARE(dialog->copyReferrers(), checked);
        auto *repository = dialog->findChild<QLineEdit *>(QStringLiteral("repositoryEdit"));
        repository->clear();
        QTest::keyClicks(repository, QStringLiteral("fix/signed"));
        QSignalSpy finished(copier(), &CopyController::finished);
        okOf(dialog)->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(copier()->resultBox()->text()));
        QCOMPARE(head(QStringLiteral("fix/signed"), QStringLiteral("v1")),
            head(QStringLiteral("fix/oci-image"), QStringLiteral("v1")));
        QCOMPARE(head(QStringLiteral("fix/signed"), signature), checked ? signature : QString());
        QCOMPARE(copier()->resultBox()->text().contains(QStringLiteral("referrers: 1 copied")), checked);
    }

    void dropOpensConfirmation_data()
    {
        QTest::addColumn<QStringList>("onto");
        QTest::addColumn<QString>("repository");
        QTest::newRow("repository") << QStringList {QStringLiteral("fix"), QStringLiteral("docker-image")}
                                    << QStringLiteral("fix/docker-image");
        QTest::newRow("folder") << QStringList {QStringLiteral("fix")} << QStringLiteral("fix/oci-image");
        QTest::newRow("registry") << QStringList {} << QStringLiteral("fix/oci-image");
        QTest::newRow("a tag takes no drop")
            << QStringList {QStringLiteral("fix"), QStringLiteral("docker-image"), QStringLiteral("v1")} << QString();
    }

    // A tag row dragged onto a row: the model's drag data, dropped as a user's drop ends, opens
    // the copy confirmation for that target, saying what will be created; OK copies.
    void dropOpensConfirmation()
    {
        QFETCH(QStringList, onto);
        QFETCH(QString, repository);
        QVERIFY(start(false));
        const QPersistentModelIndex v1 = selectTag(QStringLiteral("oci-image"), QStringLiteral("v1"));
        QVERIFY(v1.isValid());
        QVERIFY(h->proxy()->flags(v1) & Qt::ItemIsDragEnabled);
        QPersistentModelIndex target;
        if (onto.isEmpty())
            target = h->proxy()->index(0, 0);
        else if (onto.size() < 3)
            target = h->open(onto);
        else
            target = h->child(h->open(onto.mid(0, 2)), onto.last());
        QVERIFY(target.isValid());
        h->tree()->scrollTo(target);
        std::unique_ptr<QMimeData> mime(h->proxy()->mimeData({v1}));
        QVERIFY(mime && mime->hasFormat(RegistryTreeModel::artifactMimeType()));
        const QPoint at = h->tree()->visualRect(target).center();
        QWidget *viewport = h->tree()->viewport();
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted()); // ours: the moves that follow say where it may land
        QCoreApplication::sendEvent(viewport, &move);
        QCOMPARE(move.isAccepted(), !repository.isEmpty());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QCOMPARE(drop.isAccepted(), !repository.isEmpty());
        if (repository.isEmpty()) {
            QVERIFY(!copier()->copyDialog());
            return;
        }
        QCOMPARE(drop.dropAction(), Qt::CopyAction);
        CopyToDialog *dialog = copier()->copyDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->registry(), QStringLiteral("plain"));
        QCOMPARE(dialog->repository(), repository);
        dialog->setTags(CopyToDialog::Tags::New, QStringLiteral("dropped"));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Creates fix/oci-image:v1 in ") + repository), qPrintable(summary));
        QSignalSpy finished(copier(), &CopyController::finished);
        okOf(dialog)->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(
            head(repository, QStringLiteral("dropped")), head(QStringLiteral("fix/oci-image"), QStringLiteral("v1")));
    }

    // Cancel while blobs travel to another registry: nothing is tagged there, the result says the
    // copy can be resumed, and copying again skips the blobs that arrived.
    void cancelMidCopyResumes()
    {
        QVERIFY(start(false));
        second = std::make_unique<RegistryServer>();
        QVERIFY2(second->start(), qPrintable(second->errorString()));
        openPlain(QStringLiteral("other"), second->url());
        QTRY_COMPARE(h->proxy()->rowCount(), 2);
        QVERIFY(selectTag(QStringLiteral("oci-image"), QStringLiteral("v1")).isValid());
        const QString digest = head(QStringLiteral("fix/oci-image"), QStringLiteral("v1"));
        const auto copyAcross = [this] {
            copier()->copyToAction()->trigger();
            CopyToDialog *dialog = copier()->copyDialog();
            dialog->findChild<QComboBox *>(QStringLiteral("registryCombo"))->setCurrentText(QStringLiteral("other"));
            QCOMPARE(dialog->registry(), QStringLiteral("other"));
            okOf(dialog)->click();
        };
        QTRY_VERIFY(copier()->copyToAction()->isEnabled());
        copyAcross();
        // The user's Cancel, once the first blob has arrived.
        auto *copy = copier()->findChild<ArtifactCopy *>();
        QVERIFY(copy);
        QPointer<QProgressDialog> progress = copier()->progressDialog();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        // Progress past the first blob's bytes: the first blob is there, the next one travels.
        auto first = std::make_shared<qint64>(0);
        connect(copy, &ArtifactCopy::progress, cancel, [cancel, first](qint64 done, qint64 total) {
            if (*first == 0)
                *first = done;
            else if (done > *first && done < total && cancel->isVisible())
                cancel->click();
        });
        QSignalSpy finished(copier(), &CopyController::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(copier()->resultBox()->text().contains(QStringLiteral("continues where it stopped")),
            qPrintable(copier()->resultBox()->text()));
        QCOMPARE(head(QStringLiteral("fix/oci-image"), QStringLiteral("v1"), second->url()), QString());
        copier()->resultBox()->close();

        copyAcross();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(head(QStringLiteral("fix/oci-image"), QStringLiteral("v1"), second->url()), digest);
        const QString result = copier()->resultBox()->text();
        QVERIFY2(!result.contains(QStringLiteral(", 0 already there")), qPrintable(result));
    }
};

QTEST_MAIN(TestGuiCopy)
#include "tst_guicopy.moc"
