// berth's command line as a user reads it: every option that makes berth quit by itself says so
// in --help, and does quit (offscreen, with no saved profiles, so nothing is contacted).
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBerthOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // berth in a private home: no saved profiles, no keychain, no display.
    bool runBerth(const QStringList &args, QByteArray *out, QByteArray *err, int *code)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BERTH"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return false;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return true;
    }

    // The --help text of one option, its lines joined.
    static QString helpOf(const QString &help, const QString &option)
    {
        const QStringList lines = help.split(QLatin1Char('\n'));
        QString text;
        bool in = false;
        for (const QString &line : lines) {
            const bool optionLine = line.trimmed().startsWith(QLatin1Char('-'));
            if (optionLine)
                in = line.contains(QStringLiteral("--") + option + QLatin1Char(' '))
                    || line.trimmed().endsWith(QStringLiteral("--") + option);
            if (in)
                text += line.simplified() + QLatin1Char(' ');
        }
        return text.simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("BERTH").isEmpty(), "BERTH names the berth binary");
        QVERIFY(m_home.isValid());
    }

    void selfExitingOptionsSaySo_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addRow("list-and-exit") << QStringLiteral("list-and-exit");
        QTest::addRow("screenshot") << QStringLiteral("screenshot");
        QTest::addRow("report-startup") << QStringLiteral("report-startup");
    }

    void selfExitingOptionsSaySo()
    {
        QFETCH(QString, option);
        QByteArray out, err;
        int code = -1;
        QVERIFY(runBerth({QStringLiteral("--help")}, &out, &err, &code));
        QCOMPARE(code, 0);
        const QString text = helpOf(QString::fromUtf8(out), option);
        QVERIFY2(!text.isEmpty(), qPrintable(QString::fromUtf8(out)));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b(exit|quit)\\b"))), qPrintable(text));
    }

    // And it does: --report-startup prints its JSON once loading settles, then berth quits.
    void reportStartupQuits()
    {
        QByteArray out, err;
        int code = -1;
        QVERIFY2(runBerth({QStringLiteral("--report-startup")}, &out, &err, &code), "berth did not quit by itself");
        QCOMPARE(code, 0);
        QVERIFY2(err.contains("\"first_window_ms\"") && err.contains("\"settled_ms\""), err.constData());
    }
};

QTEST_MAIN(TestBerthOptions)
#include "tst_berthoptions.moc"
