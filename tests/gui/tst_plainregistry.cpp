// A plain OCI registry in the real window, on a real docker-registry (RegistryServer with
// tools/oci-fixtures): the tree lists repositories and tags, the filter narrows it, removing a
// tag the registry cannot remove alone says so and offers the manifest delete as a choice of its
// own (which then deletes on the server), and a registry with deletion turned off is explained
// as such.
#include "connection/ConnectionFactory.h"
#include "credentials/Profile.h"
#include "credentials/ProfileStore.h"
#include "gui/AccountsDialog.h"
#include "gui/DeleteController.h"
#include "gui/DeletePlan.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "gui/TreeContextMenu.h"
#include "MainWindowHarness.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "operations/ActionJournal.h"
#include "RegistryServer.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

QByteArray request(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
    const QByteArray &contentType = {}, int *status = nullptr, QByteArray *type = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json");
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (type)
        *type = reply->rawHeader("Content-Type");
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}

// The same manifest under a second tag: the two tags share one digest.
bool retag(const RegistryServer &r, const QString &repo, const QString &from, const QString &to)
{
    QByteArray type;
    const QByteArray bytes = request(
        "GET", r.url().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, from))), {}, {}, nullptr, &type);
    int status = 0;
    request("PUT", r.url().resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, to))), bytes, type, &status);
    return !bytes.isEmpty() && status == 201;
}

QStringList serverTags(const RegistryServer &r, const QString &repo)
{
    const QByteArray body = request("GET", r.url().resolved(QUrl(QStringLiteral("/v2/%1/tags/list").arg(repo))));
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QStringLiteral("tags")).toArray())
        tags << v.toString();
    return tags;
}

} // namespace

class TestPlainRegistry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;
    std::unique_ptr<RegistryServer> registry;

    DeleteController *deleter() const { return h->window()->deleteController(); }

    bool startWith(bool deleteEnabled)
    {
        registry = std::make_unique<RegistryServer>();
        RegistryServer::Options o;
        o.deleteEnabled = deleteEnabled;
        if (!registry->start(o)) {
            qWarning("%s", qPrintable(registry->errorString()));
            return false;
        }
        const RegistryServer::Result pushed = registry->pushFixtures(QStringLiteral("fix"),
            {QStringLiteral("oci-image"), QStringLiteral("sbom"), QStringLiteral("signature"),
                QStringLiteral("docker-image")});
        if (!pushed.ok()) {
            qWarning("%s", pushed.output.constData());
            return false;
        }
        if (!retag(*registry, QStringLiteral("fix/oci-image"), QStringLiteral("v1"), QStringLiteral("latest")))
            return false;
        h = std::make_unique<MainWindowHarness>();
        if (!h->start({}, {}))
            return false;
        // An anonymous plain-registry profile, as the accounts dialog saves one.
        Profile p;
        p.name = QStringLiteral("plain");
        p.url = registry->url();
        p.server = ServerKind::Registry;
        p.kind = AccountKind::Anonymous;
        h->window()->sessions()->open(p);
        return QTest::qWaitFor([this] { return h->proxy()->rowCount() == 1; }, 5000);
    }

    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int r = 0; r < h->proxy()->rowCount(parent); ++r)
            names << h->model()->node(h->proxy()->mapToSource(h->proxy()->index(r, 0, parent)))->name;
        names.sort();
        return names;
    }

    QPushButton *okButton(QDialog *d) const
    {
        auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QFile::remove(ActionJournal().path()); }

    void cleanup()
    {
        h.reset();
        registry.reset();
    }

    void treeShowsRepositoriesAndTags()
    {
        QVERIFY(startWith(true));
        const QPersistentModelIndex image = h->open({QStringLiteral("fix"), QStringLiteral("oci-image")});
        QVERIFY(image.isValid());
        QCOMPARE(childNames(h->child(h->proxy()->index(0, 0), QStringLiteral("fix"))),
            (QStringList {QStringLiteral("docker-image"), QStringLiteral("oci-image")}));
        // Two tags on one digest; the referrers tag hangs under its subject, not beside it.
        QCOMPARE(childNames(image), (QStringList {QStringLiteral("latest"), QStringLiteral("v1")}));
        const QModelIndex v1 = h->child(image, QStringLiteral("v1"));
        const QModelIndex v1Source = h->proxy()->mapToSource(v1); // nested rows are hidden by default
        QCOMPARE(h->model()->rowCount(v1Source), 1);
        QVERIFY(h->model()->index(0, 0, v1Source).data().toString().startsWith(QStringLiteral("referrers")));
        QCOMPARE(
            v1.siblingAtColumn(int(Column::Pushed)).data().toString(), QStringLiteral("not kept by this registry"));

        // Harbor-only actions refuse in words; none crashes without a Harbor API behind the tree.
        h->select({image});
        auto *cleanup = h->child<QAction>("actionCleanup");
        auto *deleteRepository = h->child<QAction>("actionDeleteRepository");
        QTRY_VERIFY(!cleanup->isEnabled());
        QVERIFY2(cleanup->toolTip().contains(QStringLiteral("Clean-up needs Harbor")), qPrintable(cleanup->toolTip()));
        QTRY_VERIFY(!deleteRepository->isEnabled());
        QVERIFY2(deleteRepository->statusTip().contains(QStringLiteral("cannot delete a repository")),
            qPrintable(deleteRepository->statusTip()));
        cleanup->trigger(); // greyed: nothing opens
        auto *search = h->child<QAbstractButton>("searchServerButton");
        QVERIFY(search);
        search->click();
        h->child<QAction>("actionRefresh")->trigger();
        QVERIFY(h->waitIdle());

        // The filter, as typed.
        auto *filter = h->child<QLineEdit>("filterEdit");
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("docker"));
        // The filter re-lays the proxy out: its indexes are looked up anew each time.
        QTRY_COMPARE(childNames(h->child(h->proxy()->index(0, 0), QStringLiteral("fix"))),
            QStringList {QStringLiteral("docker-image")});
    }

    // berth URL: an account not saved yet opens as whatever answers there, Harbor or a plain
    // registry; and the window closes cleanly with an unexpanded registry in a shown tree (its
    // destructor once let the hiding tree fetch into a half-destroyed window).
    void urlOpensAsWhatAnswers_data()
    {
        QTest::addColumn<bool>("harbor");
        QTest::newRow("docker-registry") << false;
        QTest::newRow("harbor-sim") << true;
    }

    void urlOpensAsWhatAnswers()
    {
        QFETCH(bool, harbor);
        registry = std::make_unique<RegistryServer>();
        QVERIFY2(registry->start(), qPrintable(registry->errorString()));
        QVERIFY(registry->pushFixtures(QStringLiteral("fix"), {QStringLiteral("oci-image")}).ok());
        h = std::make_unique<MainWindowHarness>();
        QVERIFY(h->start({}, {}));
        h->window()->show();
        Profile p = ConnectionFactory::sessionAccount(harbor ? h->sim.url() : registry->url(), {});
        p.name = QStringLiteral("typed");
        h->window()->sessions()->openDetecting(p, {});
        QTRY_COMPARE(h->proxy()->rowCount(), 1);
        const QModelIndex reg = h->proxy()->index(0, 0);
        QCOMPARE(h->model()->isPlainRegistry(h->proxy()->mapToSource(reg)), !harbor);
        h->tree()->expand(reg);
        const QString first = harbor ? QStringLiteral("empty") : QStringLiteral("fix");
        QTRY_VERIFY(h->proxy()->rowCount(reg) > 0
            && h->model()->node(h->proxy()->mapToSource(h->proxy()->index(0, 0, reg)))->name == first);
        // Harbor's web UI has a page for the row; a plain registry has no web UI to offer.
        const QModelIndex firstSource = h->proxy()->mapToSource(h->proxy()->index(0, 0, reg));
        QCOMPARE(TreeContextMenu::harborWebUiUrl(h->model(), firstSource).isValid(), harbor);
        h.reset(); // the window goes while its tree is shown
    }

    // The accounts form says what answers at the address, and the profile is saved as that.
    void accountsDialogTellsTheServers_data()
    {
        QTest::addColumn<bool>("plain");
        QTest::addColumn<QString>("found");
        QTest::newRow("docker-registry") << true << QStringLiteral("found OCI registry");
        QTest::newRow("harbor-sim") << false << QStringLiteral("found Harbor");
    }

    void accountsDialogTellsTheServers()
    {
        QFETCH(bool, plain);
        QFETCH(QString, found);
        QVERIFY(startWith(true));
        AccountsDialog d(h->window()->sessions(), h->window());
        d.show();
        d.newProfile();
        d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("detected"));
        d.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
            ->setText((plain ? registry->url() : h->sim.url()).toString());
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(AccountKind::Anonymous)));
        auto *server = d.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        QVERIFY(server);
        QCOMPARE(server->currentText(), QStringLiteral("Detect"));
        QSignalSpy tested(&d, &AccountsDialog::testFinished);
        d.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(30000));
        const QString label = d.findChild<QLabel *>(QStringLiteral("serverDetectedLabel"))->text();
        QVERIFY2(label.startsWith(found), qPrintable(label));
        if (plain)
            QVERIFY2(d.testResultText().contains(QStringLiteral("answers anonymous requests")),
                qPrintable(d.testResultText()));
        QSignalSpy saved(&d, &AccountsDialog::saved);
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("detected"));
        QVERIFY(p);
        QCOMPARE(p->server, plain ? ServerKind::Registry : ServerKind::Harbor);
    }

    // Where the catalog is denied the account names its repositories; the tree shows those, and
    // they are saved with the profile. Chosen by hand as an OCI registry: nothing is detected.
    void repositoriesTypedByHand()
    {
        QVERIFY(startWith(true));
        AccountsDialog d(h->window()->sessions(), h->window());
        d.show();
        d.newProfile();
        d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("by-hand"));
        d.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(registry->url().toString());
        auto *kind = d.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(AccountKind::Anonymous)));
        auto *server = d.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        server->setCurrentIndex(server->findData(int(ServerKind::Registry)));
        d.findChild<QLineEdit *>(QStringLiteral("repositoriesEdit"))->setText(QStringLiteral("fix/docker-image"));
        QSignalSpy saved(&d, &AccountsDialog::saved);
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.count() == 1 || saved.wait(10000));
        const auto p = h->profiles()->find(QStringLiteral("by-hand"));
        QVERIFY(p);
        QCOMPARE(p->server, ServerKind::Registry);
        QCOMPARE(p->repositories, QStringList {QStringLiteral("fix/docker-image")});
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("serverDetectedLabel"))->text().isEmpty()); // not asked

        const QModelIndex reg = h->model()->registryIndex(QStringLiteral("by-hand"));
        QVERIFY(reg.isValid());
        h->tree()->expand(h->proxy()->mapFromSource(reg));
        QTRY_VERIFY(
            h->model()->rowCount(reg) == 1 && h->model()->node(h->model()->index(0, 0, reg))->kind == NodeKind::Folder);
        const QModelIndex fix = h->model()->index(0, 0, reg);
        QCOMPARE(h->model()->rowCount(fix), 1);
        QCOMPARE(h->model()->node(h->model()->index(0, 0, fix))->name, QStringLiteral("docker-image"));
    }

    // Distribution 2.8 answers 400 DIGEST_INVALID to a tag delete. Nothing else is sent in its
    // place; the manifest delete is offered, confirmed with every tag it takes, and done.
    void removingATagOffersTheManifestDelete()
    {
        QVERIFY(startWith(true));
        const QPersistentModelIndex image = h->open({QStringLiteral("fix"), QStringLiteral("oci-image")});
        QVERIFY(image.isValid());
        h->select({h->child(image, QStringLiteral("latest"))});
        QSignalSpy finished(deleter(), &DeleteController::finished);
        QTest::keyClick(h->tree(), Qt::Key_Delete);
        QTRY_VERIFY(deleter()->confirmDialog());
        okButton(deleter()->confirmDialog())->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toInt(), 1); // failed
        // Both tags are still on the server: no digest delete went in the tag's place.
        QStringList tags = serverTags(*registry, QStringLiteral("fix/oci-image"));
        QVERIFY2(tags.contains(QStringLiteral("latest")) && tags.contains(QStringLiteral("v1")),
            qPrintable(tags.join(QLatin1Char(','))));
        QMessageBox *summary = deleter()->summaryDialog();
        QVERIFY(summary);
        QVERIFY2(summary->informativeText().contains(QStringLiteral("cannot remove a tag alone")),
            qPrintable(summary->informativeText()));
        // It names the other tag the manifest carries.
        QVERIFY2(summary->informativeText().contains(QStringLiteral("also removes these tags: v1")),
            qPrintable(summary->informativeText()));
        auto *manifest = summary->findChild<QPushButton *>(QStringLiteral("deleteManifestButton"));
        QVERIFY(manifest);

        // The offered delete opens its own confirmation, naming every tag on the digest.
        manifest->click();
        QTRY_VERIFY(deleter()->confirmDialog());
        const QString plan
            = deleter()->confirmDialog()->findChild<QPlainTextEdit *>(QStringLiteral("planText"))->toPlainText();
        QVERIFY2(
            plan.contains(QStringLiteral("fix/oci-image:latest")) && plan.contains(QStringLiteral("fix/oci-image:v1")),
            qPrintable(plan));
        finished.clear();
        okButton(deleter()->confirmDialog())->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1); // deleted
        tags = serverTags(*registry, QStringLiteral("fix/oci-image"));
        QVERIFY2(!tags.contains(QStringLiteral("latest")) && !tags.contains(QStringLiteral("v1")),
            qPrintable(tags.join(QLatin1Char(','))));
        QTRY_VERIFY(!h->child(image, QStringLiteral("v1")).isValid());
        QVERIFY(!h->child(image, QStringLiteral("latest")).isValid());
    }

    // storage.delete.enabled false: 405 to every delete. Known ahead from a harmless probe, so the
    // delete actions are greyed with the reason; a delete sent anyway is explained the same way.
    void deletionDisabledIsExplained()
    {
        QVERIFY(startWith(false));
        const QPersistentModelIndex image = h->open({QStringLiteral("fix"), QStringLiteral("oci-image")});
        QVERIFY(image.isValid());
        const QPersistentModelIndex v1 = h->child(image, QStringLiteral("v1"));
        h->select({v1});
        auto *deleteArtifacts = h->child<QAction>("actionDeleteArtifacts");
        QVERIFY(deleteArtifacts);
        QTRY_VERIFY(!deleteArtifacts->isEnabled());
        QVERIFY2(deleteArtifacts->statusTip().contains(QStringLiteral("Deleting is turned off")),
            qPrintable(deleteArtifacts->statusTip()));
        QTest::keyClick(h->tree(), Qt::Key_Delete, Qt::ShiftModifier);
        QTest::qWait(200);
        QVERIFY(!deleter()->confirmDialog()); // greyed: nothing to confirm, nothing sent

        // Sent anyway (as "Retry failed" does, past the gate): the registry's 405, in words.
        QSignalSpy finished(deleter(), &DeleteController::finished);
        deleter()->run(DeletePlan::build(h->model(), {h->proxy()->mapToSource(v1)}, DeletePlan::Mode::Artifacts));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        const QString rowError = v1.data(ErrorTextRole).toString();
        QVERIFY2(rowError.contains(QStringLiteral("Deleting is turned off")), qPrintable(rowError));
        const QList<JournalEntry> lines = ActionJournal().read();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().cause, QStringLiteral("registry_delete_disabled"));
        QVERIFY(serverTags(*registry, QStringLiteral("fix/oci-image")).contains(QStringLiteral("v1")));
    }
};

QTEST_MAIN(TestPlainRegistry)
#include "tst_plainregistry.moc"
