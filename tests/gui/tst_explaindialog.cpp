// Help → Explain a failed request: the dialog names the one server it would ask next to the
// Explain button before anything is sent, and a command that names another host sends nothing.
#include "gui/ExplainDialog.h"
#include "SilentServer.h"
#include "SimAccounts.h"
#include "SimServer.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace berth;

class TestExplainDialog : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

    QString tagUrl() const
    {
        return sim.url().toString()
            + QStringLiteral("api/v2.0/projects/team-a/repositories/frontend/artifacts/pr-1/tags/pr-1");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(sim.start(), qPrintable(sim.errorString())); }

    void init()
    {
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    void namesTheServerBeforeAsking()
    {
        ExplainDialog dialog;
        dialog.show();
        auto *target = dialog.findChild<QLabel *>(QStringLiteral("targetLabel"));
        QVERIFY(target);
        QVERIFY(target->text().isEmpty());
        dialog.setCommand(
            QStringLiteral("curl -D hdrs.txt -X DELETE -u 'robot$team-a+cleaner:CleanerSecret1' ") + tagUrl());
        QVERIFY2(
            target->text().contains(QStringLiteral("http://127.0.0.1:%1").arg(sim.port())), qPrintable(target->text()));
        QVERIFY(!target->text().contains(QLatin1String("hdrs.txt")));
        QCOMPARE(target->textFormat(), Qt::PlainText);
        QVERIFY(sim.log().isEmpty()); // named, not asked

        QSignalSpy explained(&dialog, &ExplainDialog::explained);
        dialog.findChild<QPushButton *>(QStringLiteral("explainButton"))->click();
        QVERIFY(explained.wait(20000));
        QCOMPARE(dialog.cause(), QStringLiteral("no_problem_found"));
        QVERIFY(!sim.log().isEmpty());
    }

    void refusedCommandSendsNothing()
    {
        SilentServer other;
        QVERIFY(other.listen());
        ExplainDialog dialog;
        dialog.show();
        dialog.setCommand(QStringLiteral("curl --doh-url %1/dns-query -u 'robot$team-a+cleaner:CleanerSecret1' "
                                         "-X DELETE %2")
                              .arg(other.url(), tagUrl()));
        auto *target = dialog.findChild<QLabel *>(QStringLiteral("targetLabel"));
        QVERIFY2(target->text().contains(QLatin1String("--doh-url")), qPrintable(target->text()));
        QVERIFY(!target->text().contains(SimAccounts::kCleanerSecret));

        QSignalSpy explained(&dialog, &ExplainDialog::explained);
        dialog.explain();
        QVERIFY(explained.wait(20000));
        QCOMPARE(dialog.cause(), QStringLiteral("probe_refused"));
        QCOMPARE(other.connections(), 0);
        QVERIFY(sim.log().isEmpty());
    }
};

QTEST_MAIN(TestExplainDialog)
#include "tst_explaindialog.moc"
