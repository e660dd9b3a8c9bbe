// An untrusted certificate in the GUI: the registry stops with a banner, the diagnosis shows
// the certificate, and trusting exactly that certificate pins it for the profile and loads.
// Behind a private CA, "that certificate" is the server's own (the leaf), never the CA.
#include "api/HarborClient.h"
#include "gui/DiagnosisDialog.h"
#include "gui/MainWindow.h"
#include "MainWindowHarness.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "TestPki.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace berth;

class TestTlsTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trustExactlyThisCertificate()
    {
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret, {QStringLiteral("--tls")}));
        QVERIFY(h.sim.url().scheme() == QLatin1String("https"));
        h.tree()->expand(h.proxy()->index(0, 0));
        auto *banner = h.window()->findChild<QWidget *>(QStringLiteral("bannerFrame"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(h.window()
                    ->findChild<QLabel *>(QStringLiteral("bannerLabel"))
                    ->text()
                    .contains(QStringLiteral("not trusted")));
        QVERIFY(!h.window()->findChild<QPushButton *>(QStringLiteral("bannerAnonymousButton"))->isVisible());
        QCOMPARE(h.model()->rowCount(h.model()->index(0, 0)), 1); // only the error row: nothing loaded
        QCOMPARE(NodeKind(h.model()->index(0, 0, h.model()->index(0, 0)).data(KindRole).toInt()), NodeKind::Error);

        h.window()->findChild<QPushButton *>(QStringLiteral("bannerExplainButton"))->click();
        DiagnosisDialog *d = nullptr;
        QTRY_VERIFY((d = h.window()->findChild<DiagnosisDialog *>()) != nullptr);
        QCOMPARE(d->cause(), QStringLiteral("tls_untrusted"));
        QVERIFY(d->diagnosis().likelyCauses.join(QLatin1Char(' ')).contains(QStringLiteral("SHA-256")));
        auto *trust = d->findChild<QPushButton *>(QStringLiteral("trust_certificateButton"));
        QVERIFY(trust);
        trust->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.window()->findChild<QMessageBox *>(QStringLiteral("trustCertificateBox"))) != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("SHA-256")));
        box->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
        // Reconnected with the pin: the projects load over TLS.
        QTRY_VERIFY_WITH_TIMEOUT(h.model()->rowCount(h.model()->index(0, 0)) >= 3, 20000);
        QCOMPARE(NodeKind(h.model()->index(0, 0, h.model()->index(0, 0)).data(KindRole).toInt()), NodeKind::Project);
    }

    // A server behind a private CA sends its leaf and the self-signed root. The diagnosis and
    // the trust box name the leaf, and the pin saved for the profile is the leaf's.
    void trustTheLeafNotTheCa()
    {
        TestPki pki;
        QVERIFY2(pki.createRoot(), qPrintable(pki.errorString()));
        QVERIFY2(pki.addLeaf(QStringLiteral("leaf1")), qPrintable(pki.errorString()));
        const QString leafSha = TestPki::sha256(pki.leaf(QStringLiteral("leaf1")));
        const QString rootSha = TestPki::sha256(pki.root());
        MainWindowHarness h;
        QVERIFY(h.start(SimAccounts::kCleaner, SimAccounts::kCleanerSecret,
            {QStringLiteral("--tls"), QStringLiteral("--cert"), pki.chainPath(QStringLiteral("leaf1")),
                QStringLiteral("--key"), pki.keyPath(QStringLiteral("leaf1"))}));
        h.tree()->expand(h.proxy()->index(0, 0));
        QTRY_VERIFY(h.window()->findChild<QWidget *>(QStringLiteral("bannerFrame"))->isVisible());
        h.window()->findChild<QPushButton *>(QStringLiteral("bannerExplainButton"))->click();
        DiagnosisDialog *d = nullptr;
        QTRY_VERIFY((d = h.window()->findChild<DiagnosisDialog *>()) != nullptr);
        const QString causes = d->diagnosis().likelyCauses.join(QLatin1Char(' '));
        QVERIFY2(causes.contains(leafSha), qPrintable(causes));
        QVERIFY2(!causes.contains(rootSha), qPrintable(causes));
        d->findChild<QPushButton *>(QStringLiteral("trust_certificateButton"))->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.window()->findChild<QMessageBox *>(QStringLiteral("trustCertificateBox"))) != nullptr);
        const QString shown = box->informativeText();
        QVERIFY2(shown.contains(QStringLiteral("Subject: leaf1")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("SHA-256: ") + leafSha), qPrintable(shown));
        QVERIFY2(!shown.contains(rootSha), qPrintable(shown));
        box->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(h.model()->rowCount(h.model()->index(0, 0)) >= 3, 20000);
        const HarborClient *client = h.model()->clientFor(h.model()->index(0, 0));
        QVERIFY(client);
        QCOMPARE(client->settings().pinnedSha256, leafSha);
    }
};

QTEST_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
