// Pull commands are pasted into shells: they are built only from names a registry accepts,
// and quoted, so a name sent by a hostile server cannot become a second command.
#include "core/PullCommands.h"
#include "core/ShellQuote.h"

#include <QtTest>

using namespace berth;

class TestPullCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("docker");
        QTest::addColumn<QString>("podman");
        const QString d = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        QTest::newRow("tag") << "https://harbor.example.com"
                             << "team/backend/api"
                             << "v1.2" << QString() << "docker pull harbor.example.com/team/backend/api:v1.2"
                             << "podman pull harbor.example.com/team/backend/api:v1.2";
        QTest::newRow("digest wins") << "https://harbor.example.com:8443"
                                     << "team/app"
                                     << "v1" << d << "docker pull harbor.example.com:8443/team/app@" + d
                                     << "podman pull harbor.example.com:8443/team/app@" + d;
        QTest::newRow("plain http tells podman") << "http://127.0.0.1:5000"
                                                 << "p/r"
                                                 << "v1" << QString() << "docker pull 127.0.0.1:5000/p/r:v1"
                                                 << "podman pull --tls-verify=false 127.0.0.1:5000/p/r:v1";
        QTest::newRow("IPv6 host is quoted (brackets glob)") << "http://[::1]:5000"
                                                             << "p/r"
                                                             << "v1" << QString() << "docker pull '[::1]:5000/p/r:v1'"
                                                             << "podman pull --tls-verify=false '[::1]:5000/p/r:v1'";
        QTest::newRow("host case folded") << "https://Harbor.Example.COM"
                                          << "p/r"
                                          << "v1" << QString() << "docker pull harbor.example.com/p/r:v1"
                                          << "podman pull harbor.example.com/p/r:v1";
        // Names no registry accepts give no command at all.
        const QString none;
        for (const char *tag : {"$(reboot)", "v1;reboot", "v1\nreboot", "`id`", "..", "-v", "v1 v2", "v1'x"})
            QTest::addRow("hostile tag %s", tag) << "https://h.example"
                                                 << "p/r" << QString::fromUtf8(tag) << QString() << none << none;
        for (const char *repo : {"p/$(id)", "p/a b", "p/..", "P/r", "p/r;id", "p/r\nx"})
            QTest::addRow("hostile repository %s", repo)
                << "https://h.example" << QString::fromUtf8(repo) << "v1" << QString() << none << none;
        QTest::newRow("hostile digest") << "https://h.example"
                                        << "p/r" << QString() << "sha256:$(id)" << none << none;
    }

    void commands()
    {
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, docker);
        QFETCH(QString, podman);
        const QUrl url(registry);
        QCOMPARE(PullCommands::docker(url, repository, tag, digest), docker);
        QCOMPARE(PullCommands::podman(url, repository, tag, digest), podman);
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "harbor.example.com/p/r:v1"
                               << "harbor.example.com/p/r:v1";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("dollar") << "robot$team+ci"
                                << "'robot$team+ci'";
        QTest::newRow("single quote") << "it's"
                                      << "'it'\\''s'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\nb'";
        QTest::newRow("glob") << "[::1]"
                              << "'[::1]'";
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(berth::shellQuote(word), quoted);
    }
};

QTEST_GUILESS_MAIN(TestPullCommands)
#include "tst_pullcommands.moc"
