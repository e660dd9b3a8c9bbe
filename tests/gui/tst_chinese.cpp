#include "ApiErrorFixtures.h"
#include "gui/DiagnosisDialog.h"
#include "SimAccounts.h"
#include "TextChecks.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

// The 401 dialog in Simplified Chinese, rendered offscreen with a CJK font.
class TestChinese : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before any widget exists: setupUi() translates the forms once.
        QVERIFY(installTranslations(QCoreApplication::instance(), QStringLiteral("zh_CN")));
        const QStringList cjkFamilies = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        QVERIFY2(!cjkFamilies.isEmpty(),
            "No font for Simplified Chinese: install fonts-wqy-microhei (scripts/install-deps), or Chinese renders "
            "as empty boxes");
        qInfo("CJK fonts: %s", qPrintable(cjkFamilies.join(QStringLiteral(", "))));
    }

    void diagnosis401()
    {
        const ApiError e = rejectedTagDelete(QStringLiteral("https://harbor.example.com/"));
        DiagnosisDialog::Target t {QStringLiteral("library"), QStringLiteral("nginx"), QStringLiteral("1.25"),
            QStringLiteral("1.25"), QStringLiteral("tag:delete")};
        // No client: no probes run, the diagnosis comes from the error alone.
        DiagnosisDialog d(e, {}, nullptr, t);
        d.resize(820, 680);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.probesDone());
        QCOMPARE(d.cause(), QStringLiteral("credentials_rejected"));

        auto *title = d.findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY(title);
        QVERIFY2(hasCjk(title->text()), qPrintable(title->text()));
        QVERIFY(title->text().contains(SimAccounts::kCleaner));
        QVERIFY2(hasCjk(d.windowTitle()), qPrintable(d.windowTitle()));
        QVERIFY(hasCjk(d.diagnosis().explanation));
        QVERIFY(d.diagnosis().explanation.contains(QStringLiteral("401")));
        // Cause ids stay untranslated: scripts branch on them.
        QVERIFY(d.windowTitle().contains(QStringLiteral("credentials_rejected")));

        const QPixmap shot = d.grab();
        QVERIFY(!shot.isNull());
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(shot.save(tmp.filePath(QStringLiteral("diagnosis-401-zh_CN.png"))));
        const QString outDir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!outDir.isEmpty()) {
            QVERIFY(QDir().mkpath(outDir));
            const QString path = QDir(outDir).filePath(QStringLiteral("diagnosis-401-zh_CN.png"));
            QVERIFY2(shot.save(path), qPrintable(path));
            qInfo("Screenshot: %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestChinese)
#include "tst_chinese.moc"
