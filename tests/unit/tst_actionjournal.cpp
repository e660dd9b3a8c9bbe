// The action journal on disk: a private folder (0700) and file (0600), and nothing written or
// read through whatever is planted at its path (a symbolic link, a FIFO). The journal's content
// is tested through DeleteBatch (tst_deletebatch) and the GUI (tst_deleteflow).
#include "operations/ActionJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace berth;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

JournalEntry entry()
{
    JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.source = QStringLiteral("berthctl");
    e.registry = QUrl(QStringLiteral("https://harbor.example.com/"));
    e.action = QStringLiteral("remove_tag");
    e.project = QStringLiteral("team-a");
    e.repository = QStringLiteral("team-a/frontend");
    e.tag = QStringLiteral("pr-1");
    e.state = QStringLiteral("deleted");
    return e;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestActionJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // the usual umask: what Qt's defaults would turn into 0755 and 0644
    }

    void folderAndFileArePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("share/berth"));
        ActionJournal journal(folder + QStringLiteral("/journal.jsonl"));
        QString error;
        QVERIFY2(journal.append(entry(), &error), qPrintable(error));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(journal.path()), 0600);
        QVERIFY(!QFile::exists(journal.path() + QStringLiteral(".lock"))); // released
        QVERIFY2(journal.append(entry(), &error), qPrintable(error)); // appends to the existing file
        QCOMPARE(modeOf(journal.path()), 0600);
        QCOMPARE(journal.read().size(), 2);
    }

    // A symbolic link planted at the journal's path: the write fails, says why, and neither the
    // link's target nor its permissions change (the old code appended to it and chmod'ed it).
    void symlinkAtTheJournalPath_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::newRow("link to an existing file") << true;
        QTest::newRow("dangling link (would create the target)") << false;
    }

    void symlinkAtTheJournalPath()
    {
        QFETCH(bool, targetExists);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("victim.txt"));
        if (targetExists) {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious\n");
            f.close();
            QVERIFY(QFile::setPermissions(
                target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("berth"))));
        ActionJournal journal(dir.filePath(QStringLiteral("berth/journal.jsonl")));
        QVERIFY(QFile::link(target, journal.path()));

        QString error;
        QVERIFY(!journal.append(entry(), &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QVERIFY2(error.contains(journal.path()), qPrintable(error));
        if (targetExists) {
            QCOMPARE(contentOf(target), QByteArray("precious\n"));
            QCOMPARE(modeOf(target), 0644);
        } else {
            QVERIFY(!QFile::exists(target));
        }

        // Reading does not follow it either.
        QString readError;
        QVERIFY(journal.read(0, nullptr, &readError).isEmpty());
        if (targetExists)
            QVERIFY2(readError.contains(QLatin1String("symbolic link")), qPrintable(readError));
    }

    // A FIFO at the path would block a writer forever: refused at once instead.
    void fifoAtTheJournalPath()
    {
        QTemporaryDir dir;
        ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QCOMPARE(::mkfifo(QFile::encodeName(journal.path()).constData(), 0600), 0);
        QString error;
        QVERIFY(!journal.append(entry(), &error));
        QVERIFY2(!error.isEmpty(), "no error text");
    }

    // A symbolic link at the lock file's path: QLockFile creates its file with O_EXCL, which never
    // follows a link, and takes an old one for a stale lock and removes the link; Berth's own
    // chmod of the lock must not follow it either. The target stays as it was.
    void symlinkAtTheLockPath()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious\n");
            QVERIFY(f.flush()); // before the time is set, or the write would make it new again
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QVERIFY(
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(QFile::link(target, journal.path() + QStringLiteral(".lock")));
        QString error;
        QVERIFY2(journal.append(entry(), &error), qPrintable(error));
        QCOMPARE(contentOf(target), QByteArray("precious\n"));
        QCOMPARE(modeOf(target), 0644);
        QCOMPARE(journal.read().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActionJournal)
#include "tst_actionjournal.moc"
