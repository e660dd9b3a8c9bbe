// Deleting on a plain registry against real docker-registry instances (Debian's distribution 2.8):
// deleteManifest (202, then 404), deleteTag (400 DIGEST_INVALID: refused, never a digest delete
// instead), probeDeletion (404: on; 405: off), and DeleteBatch over a RegistryClient with every
// item accounted for, the journal and cancellation.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "operations/ActionJournal.h"
#include "operations/DeleteBatch.h"
#include "RegistryClientFixtures.h"
#include "RegistryServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace RegistryTest;

namespace {

const QString kUser = QStringLiteral("deleter");

struct Answer
{
    ApiError error;
    int status = 0;
    int requests = 0;
};

Answer runDelete(const std::function<RegistryJob *(DoneCallback)> &start)
{
    auto out = std::make_shared<Answer>();
    bool called = false;
    QEventLoop loop;
    RegistryJob *job = start([out, &called, &loop](const ApiError &e) {
        out->error = e;
        called = true;
        loop.quit();
    });
    QObject::connect(job, &RegistryJob::finished, job, [out, job] {
        out->status = job->status();
        out->requests = job->requests();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!called)
        loop.exec();
    return *out;
}

int deletesIn(const QByteArray &log)
{
    return int(log.count("\"DELETE /v2/"));
}

} // namespace

class TstRegistryDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void recognisers_data();
    void recognisers();
    void deleteManifestThenGone();
    void deleteTagRefusedNeverFallsBack();
    void probeDeletion();
    void deletionDisabled();
    void deleteBatchAccountsForEveryItem();
    void deleteBatchCancel();

private:
    int head(RegistryClient &client, const QString &repo, const QString &ref);

    RegistryServer m_open;
    RegistryServer m_off; // htpasswd Basic, storage.delete.enabled false
    const QByteArray m_password = "delete-secret-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    Content m_content;
};

void TstRegistryDelete::initTestCase()
{
    QVERIFY2(m_open.start(), qPrintable(m_open.errorString()));
    for (const QString &repo : {QStringLiteral("del/one"), QStringLiteral("del/two"), QStringLiteral("probe/app"),
             QStringLiteral("batch/app")})
        QVERIFY(m_content.pushAll(m_open.url(), repo));
    RegistryServer::Options off;
    off.username = kUser;
    off.password = m_password;
    off.deleteEnabled = false;
    QVERIFY2(m_off.start(off), qPrintable(m_off.errorString()));
    QVERIFY(m_content.pushAll(m_off.url(), QStringLiteral("kept/app"), basicHeader(kUser, m_password)));
}

void TstRegistryDelete::cleanupTestCase()
{
    m_open.stop();
    m_off.stop();
}

int TstRegistryDelete::head(RegistryClient &client, const QString &repo, const QString &ref)
{
    const auto h
        = run<RegistryClient::ManifestHead>([&](auto done) { return client.headManifest(repo, ref, nullptr, done); });
    return h.error.isError() ? h.error.httpStatus : 200;
}

void TstRegistryDelete::recognisers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("tagUnsupported");
    QTest::addColumn<bool>("disabled");

    const QString digest = RegistryClient::zeroDigest();
    QTest::newRow("distribution 2.8: tag read as a digest")
        << QByteArray("DELETE") << "v1" << 400 << "DIGEST_INVALID" << true << false;
    QTest::newRow("400 UNSUPPORTED on a tag") << QByteArray("DELETE") << "v1" << 400 << "UNSUPPORTED" << true << false;
    QTest::newRow("405 UNSUPPORTED on a tag") << QByteArray("DELETE") << "v1" << 405 << "UNSUPPORTED" << true << false;
    QTest::newRow("bare 405 on a tag") << QByteArray("DELETE") << "v1" << 405 << "" << true << false;
    QTest::newRow("405 UNSUPPORTED on a digest: off")
        << QByteArray("DELETE") << digest << 405 << "UNSUPPORTED" << false << true;
    QTest::newRow("bare 405 on a digest: off") << QByteArray("DELETE") << digest << 405 << "" << false << true;
    QTest::newRow("400 DIGEST_INVALID on a digest")
        << QByteArray("DELETE") << digest << 400 << "DIGEST_INVALID" << false << false;
    QTest::newRow("405 with another code on a digest")
        << QByteArray("DELETE") << digest << 405 << "DENIED" << false << false;
    QTest::newRow("400 TAG_INVALID on a tag") << QByteArray("DELETE") << "v1" << 400 << "TAG_INVALID" << false << false;
    QTest::newRow("404 on a tag") << QByteArray("DELETE") << "v1" << 404 << "MANIFEST_UNKNOWN" << false << false;
    QTest::newRow("403 on a digest") << QByteArray("DELETE") << digest << 403 << "DENIED" << false << false;
    QTest::newRow("a GET is no delete") << QByteArray("GET") << "v1" << 405 << "UNSUPPORTED" << false << false;
}

void TstRegistryDelete::recognisers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, reference);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, tagUnsupported);
    QFETCH(bool, disabled);
    ApiError e;
    e.kind = ApiError::kindForStatus(status);
    e.method = method;
    e.url = RegistryClient::v2Url(
        QUrl(QStringLiteral("http://127.0.0.1:5000")), QStringLiteral("a/b"), QStringLiteral("manifests"), reference);
    e.httpStatus = status;
    e.harborCode = code;
    QCOMPARE(RegistryClient::isTagDeleteUnsupported(e), tagUnsupported);
    QCOMPARE(RegistryClient::isDeletionDisabled(e), disabled);
}

void TstRegistryDelete::deleteManifestThenGone()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    const QString repo = QStringLiteral("del/one");
    const QString digest = sha256Digest(m_content.oci);
    QCOMPARE(head(client, repo, QStringLiteral("oci")), 200);
    const Answer first
        = runDelete([&](DoneCallback done) { return client.deleteManifest(repo, digest, nullptr, done); });
    QVERIFY2(!first.error.isError(), qPrintable(first.error.summary()));
    QCOMPARE(first.status, 202);
    QCOMPARE(first.requests, 1);
    // The digest's tag went with it; the other manifests' tags stay.
    QCOMPARE(head(client, repo, digest), 404);
    QCOMPARE(head(client, repo, QStringLiteral("oci")), 404);
    QCOMPARE(head(client, repo, QStringLiteral("docker")), 200);
    const Answer again
        = runDelete([&](DoneCallback done) { return client.deleteManifest(repo, digest, nullptr, done); });
    QCOMPARE(again.error.kind, ApiError::Kind::NotFound);
    QCOMPARE(again.error.harborCode, QStringLiteral("MANIFEST_UNKNOWN"));
    QCOMPARE(again.error.registryScope, QStringLiteral("repository:del/one:delete"));
    QVERIFY(!RegistryClient::isDeletionDisabled(again.error));

    // Names outside the grammar are refused unsent.
    const int before = deletesIn(m_open.log());
    const Answer bad = runDelete(
        [&](DoneCallback done) { return client.deleteManifest(QStringLiteral("../x"), digest, nullptr, done); });
    QCOMPARE(bad.error.kind, ApiError::Kind::UnsafeRequest);
    const Answer notDigest = runDelete(
        [&](DoneCallback done) { return client.deleteManifest(repo, QStringLiteral("docker"), nullptr, done); });
    QCOMPARE(notDigest.error.kind, ApiError::Kind::UnsafeRequest);
    QCOMPARE(deletesIn(m_open.log()), before);
}

void TstRegistryDelete::deleteTagRefusedNeverFallsBack()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    const QString repo = QStringLiteral("del/two");
    const int before = deletesIn(m_open.log());
    const Answer a
        = runDelete([&](DoneCallback done) { return client.deleteTag(repo, QStringLiteral("oci"), nullptr, done); });
    // Distribution 2.8 reads the tag as a digest.
    QCOMPARE(a.error.kind, ApiError::Kind::Validation);
    QCOMPARE(a.error.httpStatus, 400);
    QCOMPARE(a.error.harborCode, QStringLiteral("DIGEST_INVALID"));
    QVERIFY(RegistryClient::isTagDeleteUnsupported(a.error));
    QVERIFY(!RegistryClient::isDeletionDisabled(a.error));
    // One DELETE, of the tag; the manifest and every tag are still there.
    QCOMPARE(a.requests, 1);
    QCOMPARE(deletesIn(m_open.log()), before + 1);
    QVERIFY(m_open.log().contains("\"DELETE /v2/del/two/manifests/oci "));
    QCOMPARE(head(client, repo, QStringLiteral("oci")), 200);
    QCOMPARE(head(client, repo, sha256Digest(m_content.oci)), 200);
}

void TstRegistryDelete::probeDeletion()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    const auto on = run<RegistryClient::DeletionSupport>(
        [&](auto done) { return client.probeDeletion(QStringLiteral("probe/app"), nullptr, done); });
    QVERIFY2(!on.error.isError(), qPrintable(on.error.summary()));
    QCOMPARE(on.value, RegistryClient::DeletionSupport::Enabled);
    QCOMPARE(head(client, QStringLiteral("probe/app"), QStringLiteral("oci")), 200); // changed nothing

    ApiTransport offTransport(settingsFor(m_off.url(), kUser, QString::fromUtf8(m_password)));
    RegistryClient off(&offTransport);
    const auto disabled = run<RegistryClient::DeletionSupport>(
        [&](auto done) { return off.probeDeletion(QStringLiteral("kept/app"), nullptr, done); });
    QVERIFY2(!disabled.error.isError(), qPrintable(disabled.error.summary()));
    QCOMPARE(disabled.value, RegistryClient::DeletionSupport::Disabled);

    // Without credentials the registry says nothing about deleting: Unknown, with its 401.
    ApiTransport anonymousTransport(settingsFor(m_off.url()));
    RegistryClient anonymous(&anonymousTransport);
    const auto unknown = run<RegistryClient::DeletionSupport>(
        [&](auto done) { return anonymous.probeDeletion(QStringLiteral("kept/app"), nullptr, done); });
    QCOMPARE(unknown.value, RegistryClient::DeletionSupport::Unknown);
    QCOMPARE(unknown.error.kind, ApiError::Kind::Unauthorized);
}

void TstRegistryDelete::deletionDisabled()
{
    ApiTransport transport(settingsFor(m_off.url(), kUser, QString::fromUtf8(m_password)));
    RegistryClient client(&transport);
    const QString repo = QStringLiteral("kept/app");
    const Answer manifest = runDelete(
        [&](DoneCallback done) { return client.deleteManifest(repo, sha256Digest(m_content.oci), nullptr, done); });
    QCOMPARE(manifest.error.kind, ApiError::Kind::MethodNotAllowed);
    QCOMPARE(manifest.error.harborCode, QStringLiteral("UNSUPPORTED"));
    QVERIFY(RegistryClient::isDeletionDisabled(manifest.error));
    QVERIFY(!RegistryClient::isTagDeleteUnsupported(manifest.error));
    // A tag delete there is refused the same way (deletion is checked before the reference).
    const Answer tag
        = runDelete([&](DoneCallback done) { return client.deleteTag(repo, QStringLiteral("oci"), nullptr, done); });
    QCOMPARE(tag.error.httpStatus, 405);
    QVERIFY(RegistryClient::isTagDeleteUnsupported(tag.error));
    QCOMPARE(head(client, repo, QStringLiteral("oci")), 200);
}

void TstRegistryDelete::deleteBatchAccountsForEveryItem()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    const QString repo = QStringLiteral("batch/app");
    const QString docker = sha256Digest(m_content.docker);
    auto item = [&](DeleteAction action, const QString &repository, const QString &reference, const QString &tag,
                    const QString &digest) {
        DeleteItem i;
        i.action = action;
        i.repository = repository;
        i.reference = reference;
        i.tag = tag;
        i.digest = digest;
        i.label = repository + QLatin1Char(':') + reference;
        return i;
    };
    const QList<DeleteItem> items {
        item(DeleteAction::RemoveTag, repo, QStringLiteral("oci"), QStringLiteral("oci"), {}),
        item(DeleteAction::DeleteArtifact, repo, docker, {}, docker),
        item(DeleteAction::DeleteArtifact, repo, docker, {}, {}),
        item(DeleteAction::DeleteArtifact, repo, QStringLiteral("index"), {}, {}), // no digest: not sent
        item(DeleteAction::DeleteRepository, repo, {}, {}, {}), // no such request on /v2/
        item(DeleteAction::DeleteArtifact, QStringLiteral("../x"), docker, {}, docker),
    };
    QTemporaryDir dir;
    auto journal = std::make_shared<ActionJournal>(dir.filePath(QStringLiteral("journal.jsonl")));
    const int before = deletesIn(m_open.log());

    DeleteBatch batch(&client, items, 1);
    DeleteBatch::JournalContext ctx;
    ctx.source = QStringLiteral("test");
    ctx.registry = m_open.url();
    batch.setJournal(journal, ctx);
    QSignalSpy finished(&batch, &DeleteBatch::finished);
    QSignalSpy itemSpy(&batch, &DeleteBatch::itemFinished);
    batch.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(itemSpy.count(), items.size());

    const QList<DeleteOutcome> &o = batch.outcomes();
    QCOMPARE(o.at(0).state, DeleteState::Failed);
    QVERIFY(RegistryClient::isTagDeleteUnsupported(o.at(0).error));
    QCOMPARE(o.at(1).state, DeleteState::Deleted);
    QCOMPARE(o.at(2).state, DeleteState::NotFound);
    QCOMPARE(o.at(3).state, DeleteState::Failed);
    QCOMPARE(o.at(3).error.kind, ApiError::Kind::UnsafeRequest);
    QCOMPARE(o.at(4).state, DeleteState::Failed);
    QCOMPARE(o.at(4).error.kind, ApiError::Kind::UnsafeRequest);
    QCOMPARE(o.at(5).state, DeleteState::Failed);
    QCOMPARE(o.at(5).error.kind, ApiError::Kind::UnsafeRequest);
    int total = 0;
    for (DeleteState s : {DeleteState::Pending, DeleteState::Deleted, DeleteState::AlreadyGone, DeleteState::NotFound,
             DeleteState::Failed, DeleteState::Cancelled, DeleteState::ChangedSincePlan})
        total += batch.count(s);
    QCOMPARE(total, items.size());
    QCOMPARE(batch.count(DeleteState::Pending), 0);

    // Three DELETEs went out (the tag once, the digest twice); the tag was not deleted by digest.
    QCOMPARE(deletesIn(m_open.log()) - before, 3);
    QCOMPARE(head(client, repo, QStringLiteral("oci")), 200);
    QCOMPARE(head(client, repo, QStringLiteral("docker")), 404);

    // The journal names the repository without a project (no leading '/').
    const QList<JournalEntry> lines = journal->read();
    QCOMPARE(lines.size(), items.size());
    QCOMPARE(lines.at(0).repository, repo);
    QCOMPARE(lines.at(0).project, QString());
    QCOMPARE(lines.at(0).action, QStringLiteral("remove_tag"));
    QCOMPARE(lines.at(0).httpStatus, 400);
    QCOMPARE(lines.at(1).state, QStringLiteral("deleted"));
    QCOMPARE(lines.at(1).digest, docker);
}

void TstRegistryDelete::deleteBatchCancel()
{
    ApiTransport transport(settingsFor(m_open.url()));
    RegistryClient client(&transport);
    QList<DeleteItem> items;
    for (int i = 1; i <= 5; ++i) {
        const QString repo = QStringLiteral("cancel/r%1").arg(i);
        QVERIFY(m_content.pushAll(m_open.url(), repo));
        DeleteItem item;
        item.action = DeleteAction::DeleteArtifact;
        item.repository = repo;
        item.reference = sha256Digest(m_content.oci);
        item.label = repo;
        items << item;
    }
    DeleteBatch batch(&client, items, 1);
    connect(&batch, &DeleteBatch::itemFinished, &batch, [&batch](int index) {
        if (index == 0)
            batch.cancel();
    });
    QSignalSpy finished(&batch, &DeleteBatch::finished);
    batch.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(batch.outcomes().at(0).state, DeleteState::Deleted);
    for (int i = 1; i < items.size(); ++i) {
        QCOMPARE(batch.outcomes().at(i).state, DeleteState::Cancelled);
        QCOMPARE(head(client, items.at(i).repository, QStringLiteral("oci")), 200); // nothing sent for it
    }
    QCOMPARE(head(client, items.at(0).repository, QStringLiteral("oci")), 404);
}

QTEST_GUILESS_MAIN(TstRegistryDelete)
#include "tst_registrydelete.moc"
