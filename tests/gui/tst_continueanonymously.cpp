// "Continue anonymously" in the real window, against harbor-sim with Harbor's failed-login delay
// switched on: once the user chooses it (the banner's button, or the action in the diagnosis
// dialog the banner's "Explain" opens), no request carries an Authorization header, so none
// waits out the delay; the tree lists the public projects; the saved secret stays in the
// keychain, and the account still names its user.
#include "api/HarborClient.h"
#include "credentials/InMemoryCredentialStore.h"
#include "credentials/ProfileStore.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistrySessions.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"

#include <QFrame>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

namespace {

const QString kWrongSecret = QStringLiteral("NotTheCleanerSecret");

QString readSecret(CredentialStore *store, const QString &key)
{
    QString secret;
    bool done = false;
    CredentialJob *job = store->readSecret(key);
    QObject::connect(job, &CredentialJob::finished, job, [&](const CredentialResult &r) {
        secret = r.ok() ? r.secret : QStringLiteral("<%1>").arg(credentialStatusName(r.status));
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return QStringLiteral("<no answer>");
    return secret;
}

} // namespace

class TestContinueAnonymously : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindowHarness> h;

    // A saved robot account whose secret in the keychain Harbor rejects.
    Profile savedAccountWithWrongSecret()
    {
        Profile p;
        p.name = QStringLiteral("sim");
        p.url = h->sim.url();
        p.kind = AccountKind::Robot;
        p.username = SimAccounts::kCleaner;
        p.secretSaved = true;
        QSignalSpy written(h->keychain()->writeSecret(p.credentialKey(), kWrongSecret), &CredentialJob::finished);
        if (!written.wait(5000))
            return {};
        QString error;
        if (!h->profiles()->save(p, &error))
            qWarning("%s", qPrintable(error));
        return p;
    }

    // Selects the row with the mouse and opens it with the Right arrow, as a user does.
    bool expandByKeyboard(const QModelIndex &index)
    {
        h->tree()->scrollTo(index);
        QTest::mouseClick(h->tree()->viewport(), Qt::LeftButton, {}, h->tree()->visualRect(index).center());
        if (h->tree()->currentIndex() != index)
            return false;
        QTest::keyClick(h->tree(), Qt::Key_Right);
        return QTest::qWaitFor([&] { return h->tree()->isExpanded(index); }, 5000) && h->waitIdle();
    }

    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int r = 0; r < h->proxy()->rowCount(parent); ++r)
            names << h->model()->node(h->proxy()->mapToSource(h->proxy()->index(r, 0, parent)))->name;
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { h.reset(); }

    void noCredentialsAfterTheChoice_data()
    {
        QTest::addColumn<bool>("fromDialog");
        QTest::newRow("the banner's button") << false;
        QTest::newRow("the diagnosis dialog's action") << true;
    }

    void noCredentialsAfterTheChoice()
    {
        QFETCH(bool, fromDialog);
        h = std::make_unique<MainWindowHarness>();
        // Harbor answers a failed login only after a delay (1.5 s on a real Harbor).
        QVERIFY2(h->start({}, {}, {QStringLiteral("--auth-fail-delay"), QStringLiteral("0.5")}),
            qPrintable(h->sim.errorString()));
        const Profile account = savedAccountWithWrongSecret();
        QVERIFY(account.secretSaved);
        h->window()->sessions()->open(account);
        QTRY_COMPARE(h->proxy()->rowCount(), 1);
        const QPersistentModelIndex registry = h->proxy()->index(0, 0);
        QTRY_VERIFY(h->window()->sessions()->client(account.name));

        auto *banner = h->child<QFrame>("bannerFrame");
        QVERIFY(banner);
        QVERIFY(expandByKeyboard(registry));
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(registry.data(CredentialStateRole).toString(), QStringLiteral("rejected"));

        if (fromDialog) {
            QTest::mouseClick(h->child<QPushButton>("bannerExplainButton"), Qt::LeftButton);
            DiagnosisDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = h->window()->findChild<DiagnosisDialog *>()) != nullptr);
            // The dialog's probes go out with the credentials it explains; wait for them, as the
            // user reads the answer before choosing.
            QTRY_VERIFY(dialog->probesDone());
            QPointer<QPushButton> action
                = dialog->findChild<QPushButton *>(QStringLiteral("continue_anonymouslyButton"));
            QVERIFY(action);
            QVERIFY(h->sim.clearLog());
            QTest::mouseClick(action, Qt::LeftButton);
        } else {
            QVERIFY(h->sim.clearLog());
            QTest::mouseClick(h->child<QPushButton>("bannerAnonymousButton"), Qt::LeftButton);
        }
        QVERIFY(!banner->isVisible());

        // The public projects, and below them a repository and its tags, all loaded anew.
        QTRY_COMPARE(childNames(registry), (QStringList {"empty", "library"}));
        QVERIFY(h->waitIdle());
        QVERIFY(expandByKeyboard(h->child(registry, QStringLiteral("library"))));
        const QModelIndex nginx = h->child(h->child(registry, QStringLiteral("library")), QStringLiteral("nginx"));
        QVERIFY(nginx.isValid());
        QVERIFY(expandByKeyboard(nginx));
        QVERIFY(h->proxy()->rowCount(nginx) > 0);
        QVERIFY(registry.data().toString().contains(QStringLiteral("anonymous")));

        // Not one request since the choice carried credentials.
        int requests = 0;
        for (const QJsonValue &v : h->sim.log()) {
            const QJsonObject entry = v.toObject();
            if (entry.value(QStringLiteral("control")).toBool())
                continue;
            ++requests;
            QVERIFY2(entry.value(QStringLiteral("auth")).toString() == QLatin1String("none"),
                qPrintable(QStringLiteral("%1 %2 went with %3 as %4")
                               .arg(entry.value(QStringLiteral("method")).toString(),
                                   entry.value(QStringLiteral("path")).toString(),
                                   entry.value(QStringLiteral("auth")).toString(),
                                   entry.value(QStringLiteral("user")).toString())));
        }
        QVERIFY(requests >= 3); // projects, repositories, artifacts

        // The session's client is the anonymous one (deletes use it too); the account and its
        // secret are as they were.
        const HarborClient *client = h->window()->sessions()->client(account.name);
        QVERIFY(client);
        QVERIFY(!client->settings().hasCredentials());
        QCOMPARE(readSecret(h->keychain(), account.credentialKey()), kWrongSecret);
        QCOMPARE(h->profiles()->find(account.name)->username, SimAccounts::kCleaner);
        QVERIFY(h->profiles()->find(account.name)->secretSaved);
    }
};

QTEST_MAIN(TestContinueAnonymously)
#include "tst_continueanonymously.moc"
