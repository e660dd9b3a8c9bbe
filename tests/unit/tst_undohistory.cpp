// Undo's side of the journal without a server: old lines (before undo) and new ones read back
// alike; each delete is marked undoable, undone or no longer undoable (and why); --last picks the
// newest undoable batch; and UndoRun refuses, sending nothing, when the bytes are not kept.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "operations/ActionJournal.h"
#include "operations/UndoHistory.h"
#include "operations/UndoRecorder.h"
#include "operations/UndoRun.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);

JournalEntry del(const QString &id, const QString &digest, const QString &state = QStringLiteral("deleted"))
{
    JournalEntry e;
    e.time = kNow.addSecs(-60);
    e.source = QStringLiteral("berthctl");
    e.registry = QUrl(QStringLiteral("http://127.0.0.1:5000"));
    e.action = QStringLiteral("delete_artifact");
    e.repository = QStringLiteral("app");
    e.digest = digest;
    e.state = state;
    e.journalId = id;
    e.server = QStringLiteral("registry");
    e.tags = QStringList {QStringLiteral("v1"), QStringLiteral("stable")};
    e.mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    e.undoUntil = kNow.addDays(14);
    return e;
}

JournalEntry undoOf(const JournalEntry &e, const QString &state)
{
    JournalEntry u = e;
    u.action = QStringLiteral("undo");
    u.undoes = e.journalId;
    u.journalId.clear();
    u.state = state;
    return u;
}

QString digest(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

} // namespace

Q_DECLARE_METATYPE(berth::JournalEntry)

class TestUndoHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // Before any QSettings: the retention setting is read from here.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    // One setting for berth and berthctl: retention_days in $XDG_CONFIG_HOME/Berth/undo.ini.
    void retentionSetting()
    {
        QCOMPARE(UndoRecorder::retentionDays(), UndoRecorder::kDefaultRetentionDays);
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("Berth"))));
        QFile ini(m_config.filePath(QStringLiteral("Berth/undo.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[General]\nretention_days=3\n");
        ini.close();
        QCOMPARE(UndoRecorder::retentionDays(), 3);
    }

    void roundTripOldAndNewLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        {
            // A line as Berth wrote it before undo existed.
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"time":"2026-11-01T10:00:00.000Z","source":"berth","profile":"p","registry":"https://h.example",)"
                R"("username":"u","action":"remove_tag","project":"team","repository":"team/app","tag":"pr-1",)"
                R"("digest":null,"state":"deleted","http_status":null,"cause":null,"request_id":"r1"})"
                "\n");
        }
        ActionJournal journal(path);
        const JournalEntry written = del(QStringLiteral("20261206T025900Z-00ab12"), digest('a'));
        QVERIFY(journal.append(written));
        int skipped = -1;
        const QList<JournalEntry> read = journal.read(0, &skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(read.size(), 2);
        const JournalEntry &old = read.at(0);
        QCOMPARE(old.tag, QStringLiteral("pr-1"));
        QVERIFY(old.journalId.isEmpty());
        QVERIFY(old.tags.isEmpty());
        QVERIFY(!old.undoUntil.isValid());
        const JournalEntry &now = read.at(1);
        QCOMPARE(now.journalId, written.journalId);
        QCOMPARE(now.server, written.server);
        QCOMPARE(now.tags, written.tags);
        QCOMPARE(now.mediaType, written.mediaType);
        QCOMPARE(now.undoUntil, written.undoUntil);
        QCOMPARE(now.digest, written.digest);
        // The old line is no longer undoable, and says why.
        const UndoStatus s = UndoHistory::statusOf(old, {}, kNow);
        QCOMPARE(s.kind, UndoStatus::Kind::NotUndoable);
        QVERIFY(!s.why.isEmpty());
    }

    void journalIdsAreUniqueAndSortable()
    {
        const QString a = ActionJournal::newJournalId();
        const QString b = ActionJournal::newJournalId();
        QVERIFY(a != b);
        QCOMPARE(a.left(16), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).left(16));
    }

    void status_data()
    {
        QTest::addColumn<JournalEntry>("entry");
        QTest::addColumn<QList<JournalEntry>>("journal");
        QTest::addColumn<int>("kind");
        const JournalEntry ok = del(QStringLiteral("id1"), digest('a'));
        QTest::newRow("undoable") << ok << QList<JournalEntry> {} << int(UndoStatus::Kind::Undoable);
        QTest::newRow("undone") << ok << QList<JournalEntry> {undoOf(ok, QStringLiteral("restored"))}
                                << int(UndoStatus::Kind::Undone);
        QTest::newRow("refused undo leaves it undoable")
            << ok << QList<JournalEntry> {undoOf(ok, QStringLiteral("refused"))} << int(UndoStatus::Kind::Undoable);
        JournalEntry other = ok;
        other.digest = digest('b');
        QTest::newRow("another entry's undo")
            << ok << QList<JournalEntry> {undoOf(other, QStringLiteral("restored"))} << int(UndoStatus::Kind::Undoable);
        JournalEntry expired = ok;
        expired.undoUntil = kNow.addSecs(-1);
        QTest::newRow("expired") << expired << QList<JournalEntry> {} << int(UndoStatus::Kind::NotUndoable);
        JournalEntry unkept = ok;
        unkept.undoUntil = {};
        unkept.undoUnavailable = QStringLiteral("its manifest could not be kept");
        QTest::newRow("bytes not kept") << unkept << QList<JournalEntry> {} << int(UndoStatus::Kind::NotUndoable);
        QTest::newRow("failed delete") << del(QStringLiteral("id1"), digest('a'), QStringLiteral("failed"))
                                       << QList<JournalEntry> {} << int(UndoStatus::Kind::NotUndoable);
        JournalEntry repo = ok;
        repo.action = QStringLiteral("delete_repository");
        QTest::newRow("repository") << repo << QList<JournalEntry> {} << int(UndoStatus::Kind::NotUndoable);
    }

    void status()
    {
        QFETCH(JournalEntry, entry);
        QFETCH(QList<JournalEntry>, journal);
        QFETCH(int, kind);
        const UndoStatus s = UndoHistory::statusOf(entry, journal, kNow);
        QCOMPARE(int(s.kind), kind);
        QCOMPARE(s.why.isEmpty(), s.kind != UndoStatus::Kind::NotUndoable);
        // batches() finds the undo records by key, not by scanning them per entry: the same answer.
        const QList<HistoryBatch> batches = UndoHistory::batches(QList<JournalEntry> {entry} + journal, kNow);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(int(batches.at(0).status.at(0).kind), kind);
        QCOMPARE(batches.at(0).status.at(0).why, s.why);
        // statuses() answers every line in one pass, the same as statusOf line by line.
        const QList<JournalEntry> all = QList<JournalEntry> {entry} + journal;
        const QList<UndoStatus> each = UndoHistory::statuses(all, kNow);
        QCOMPARE(each.size(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            const UndoStatus one = UndoHistory::statusOf(all.at(i), all, kNow);
            QCOMPARE(int(each.at(i).kind), int(one.kind));
            QCOMPARE(each.at(i).why, one.why);
        }
    }

    void batchesAndLast()
    {
        const JournalEntry a1 = del(QStringLiteral("20261206T010000Z-000001"), digest('a'));
        const JournalEntry a2 = del(QStringLiteral("20261206T010000Z-000001"), digest('b'));
        const JournalEntry b1 = del(QStringLiteral("20261206T020000Z-000002"), digest('c'));
        const JournalEntry c1 = del(QStringLiteral("20261206T023000Z-000003"), digest('d'), QStringLiteral("failed"));
        const QList<JournalEntry> journal {a1, a2, b1, c1, undoOf(b1, QStringLiteral("restored"))};
        const QList<HistoryBatch> batches = UndoHistory::batches(journal, kNow);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0).entries.size(), 2);
        QCOMPARE(batches.at(0).summary.kind, UndoStatus::Kind::Undoable);
        QCOMPARE(batches.at(1).summary.kind, UndoStatus::Kind::Undone);
        QCOMPARE(batches.at(2).summary.kind, UndoStatus::Kind::NotUndoable);
        // The newest batch not yet undone, skipping the undone one and the one that deleted nothing.
        const HistoryBatch *last = UndoHistory::newestUndoable(batches);
        QVERIFY(last);
        QCOMPARE(last->journalId, a1.journalId);
        QCOMPARE(last->undoable().size(), 2);
    }

    // The accessories Harbor deletes with an artifact, and an undo's refusal in words, come back
    // from the journal as written; a line without them reads with none.
    void accessoriesAndMessageRoundTrip()
    {
        QTemporaryDir dir;
        ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
        JournalEntry written = del(QStringLiteral("20261206T025900Z-00ab12"), digest('a'));
        written.accessories = {{digest('b'), QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
                                   QStringLiteral("signature.cosign"), digest('a'),
                                   QStringList {QStringLiteral("sha256-") + QString(64, QLatin1Char('a')) + ".sig"}},
            {digest('c'), {}, QStringLiteral("subject.accessory"), digest('a'), {}}};
        JournalEntry refused = undoOf(written, QStringLiteral("refused"));
        refused.accessories.clear();
        refused.message = QStringLiteral("garbage collection removed blobs it needs: app@") + digest('d');
        QVERIFY(journal.append(QList<JournalEntry> {written, refused, del(QStringLiteral("id2"), digest('e'))}));
        const QList<JournalEntry> read = journal.read();
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).accessories.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(read.at(0).accessories.at(i).digest, written.accessories.at(i).digest);
            QCOMPARE(read.at(0).accessories.at(i).mediaType, written.accessories.at(i).mediaType);
            QCOMPARE(read.at(0).accessories.at(i).type, written.accessories.at(i).type);
            QCOMPARE(read.at(0).accessories.at(i).subject, written.accessories.at(i).subject);
            QCOMPARE(read.at(0).accessories.at(i).tags, written.accessories.at(i).tags);
        }
        QCOMPARE(read.at(1).message, refused.message);
        QVERIFY(read.at(2).accessories.isEmpty());
        QVERIFY(read.at(2).message.isEmpty());
    }

    // An undo refused (blobs collected, a tag taken) changes nothing: --last keeps offering that
    // batch, not an older one, and the history tells the newest attempt's outcome in words until
    // an attempt restores it.
    void refusedAttemptStaysLastAndSaysWhy()
    {
        const JournalEntry older = del(QStringLiteral("20261206T010000Z-000001"), digest('a'));
        const JournalEntry newer = del(QStringLiteral("20261206T020000Z-000002"), digest('b'));
        JournalEntry first = undoOf(newer, QStringLiteral("refused"));
        first.time = kNow.addSecs(-30);
        first.cause = QStringLiteral("tag_exists");
        first.message = QStringLiteral("the tag v1 in app now names ") + digest('c');
        JournalEntry second = first;
        second.time = kNow.addSecs(-10);
        second.cause = QStringLiteral("undo_blobs_collected");
        second.message = QStringLiteral("garbage collection removed blobs it needs: app@") + digest('d');
        QList<JournalEntry> journal {older, newer, first, second};
        QList<HistoryBatch> batches = UndoHistory::batches(journal, kNow);
        const HistoryBatch *last = UndoHistory::newestUndoable(batches);
        QVERIFY(last);
        QCOMPARE(last->journalId, newer.journalId);
        QCOMPARE(last->lastUndo.state, QStringLiteral("refused"));
        QCOMPARE(last->lastUndo.cause, QStringLiteral("undo_blobs_collected"));
        QCOMPARE(last->lastUndo.why, second.message);
        QCOMPARE(last->lastUndo.time, second.time);
        QVERIFY(batches.at(0).lastUndo.state.isEmpty()); // never attempted
        // Then an attempt that restores it: undone, and --last goes on to the older batch.
        JournalEntry restored = undoOf(newer, QStringLiteral("restored"));
        restored.time = kNow;
        journal << restored;
        batches = UndoHistory::batches(journal, kNow);
        QCOMPARE(batches.at(1).summary.kind, UndoStatus::Kind::Undone);
        QVERIFY(batches.at(1).lastUndo.state.isEmpty());
        QCOMPARE(UndoHistory::newestUndoable(batches)->journalId, older.journalId);
    }

    void runRefusesWithoutKeptBytes()
    {
        QTemporaryDir cache;
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never contacted
        ApiTransport transport(settings);
        RegistryClient registry(&transport);
        UndoRun::Request r;
        r.entries = {del(QStringLiteral("id1"), digest('e'))};
        r.registry = &registry;
        r.cacheDirectory = cache.path();
        UndoRun run(r);
        QSignalSpy finished(&run, &UndoRun::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.refusal(), UndoRun::Refusal::NotUndoable);
        QCOMPARE(run.results().at(0).state, QStringLiteral("refused"));
        QCOMPARE(registry.requestsSent(), 0);
        const QList<JournalEntry> records = run.undoRecords(QStringLiteral("berthctl"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).undoes, QStringLiteral("id1"));
        QCOMPARE(records.at(0).action, QStringLiteral("undo"));
        // A refused undo is no restore: the entry stays undoable.
        QCOMPARE(UndoHistory::statusOf(r.entries.at(0), records, kNow).kind, UndoStatus::Kind::Undoable);
    }
};

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
