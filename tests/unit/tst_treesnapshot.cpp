// The tree snapshot: what it keeps, that it comes back the same, that every kind of damage is
// refused (never trusted, never a crash), where it lives and that it goes with its profile.
#include "credentials/ProfileStore.h"
#include "credentials/SnapshotFile.h"
#include "models/TreeSnapshot.h"

#include <cstring>
#include <functional>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace berth;

namespace {

const QString kUrl = QStringLiteral("https://harbor.example.test");
const QString kIdentity = QStringLiteral("identity-of-the-profile");
const QString kVersion = QStringLiteral("9.9.9");
constexpr qint64 kSavedAt = 1'700'000'000'000;

std::unique_ptr<RegistryNode> container(NodeKind kind, RegistryNode *parent, const QString &name)
{
    auto n = std::make_unique<RegistryNode>(kind, parent, name);
    n->data = std::make_unique<ContainerData>();
    return n;
}

// A registry as loaders leave it: two projects (one not loaded), a nested repository in a
// folder, tags sharing an artifact, an untagged artifact, a repository not expanded.
RegistryNode *buildRegistry(TreeStore &store)
{
    RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(kUrl), QStringLiteral("robot$ci"));
    reg->data->state = FetchState::Fetched;
    NodeRows projects;
    auto team = container(NodeKind::Project, reg, QStringLiteral("team"));
    team->data->projectId = 7;
    team->data->isPublic = true;
    team->data->count = 2;
    team->data->state = FetchState::Fetched;
    auto folder = std::make_unique<RegistryNode>(NodeKind::Folder, team.get(), QStringLiteral("backend"));
    auto api = container(NodeKind::Repository, folder.get(), QStringLiteral("api"));
    api->data->fullName = QStringLiteral("team/backend/api");
    api->data->count = 2;
    api->data->updateTime = QDateTime::fromMSecsSinceEpoch(kSavedAt - 5000, Qt::UTC);
    api->data->state = FetchState::Fetched;
    auto rec = std::make_unique<ArtifactRecord>();
    rec->setDigest(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
    rec->size = 1234;
    rec->pushMs = kSavedAt - 100;
    rec->pullMs = kSavedAt - 50;
    rec->mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    rec->manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    rec->tagNames = {QStringLiteral("v1"), QStringLiteral("latest")};
    rec->hasImmutableTag = true;
    auto odd = std::make_unique<ArtifactRecord>();
    odd->setDigest(QStringLiteral("sha512:") + QString(128, QLatin1Char('b'))); // not the raw form
    odd->kind = Artifact::Kind::Index;
    odd->editRare().platforms = QStringLiteral("linux/amd64, linux/arm64");
    for (const QString &t : rec->tagNames) {
        auto n = std::make_unique<RegistryNode>(NodeKind::Tag, api.get(), t);
        n->artifact = rec.get();
        n->pushMs = kSavedAt - 90;
        n->immutable = t == QLatin1String("v1");
        n->row = int(api->children.size());
        api->children.push_back(std::move(n));
    }
    auto d = std::make_unique<RegistryNode>(NodeKind::Digest, api.get(), QString());
    d->artifact = odd.get();
    d->row = int(api->children.size());
    api->children.push_back(std::move(d));
    api->data->artifacts.push_back(std::move(rec));
    api->data->artifacts.push_back(std::move(odd));
    folder->children.push_back(std::move(api));
    team->children.push_back(std::move(folder));
    auto web = container(NodeKind::Repository, team.get(), QStringLiteral("web"));
    web->data->fullName = QStringLiteral("team/web");
    web->data->count = 40;
    web->row = 1;
    team->children.push_back(std::move(web));
    projects.push_back(std::move(team));
    auto other = container(NodeKind::Project, reg, QStringLiteral("other"));
    other->data->count = 3;
    projects.push_back(std::move(other));
    store.appendChildren(reg, std::move(projects));
    return reg;
}

QByteArray goodFile()
{
    TreeStore store;
    return TreeSnapshot::encode(buildRegistry(store), kIdentity, kSavedAt, kVersion);
}

snapshot::Expect expected()
{
    return snapshot::Expect {kIdentity, kUrl, kVersion};
}

// The body's checksum written again after a change inside it: damage a checksum would not see.
QByteArray resealed(QByteArray file)
{
    const qint64 sum = qint64(snapshot::bodyChecksum(file.constData() + 32, file.size() - 32));
    const qint64 le = qToLittleEndian(sum);
    std::memcpy(file.data() + 24, &le, 8);
    return file;
}

} // namespace

class TestTreeSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const QByteArray file = goodFile();
        TreeStore store;
        RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(kUrl), QStringLiteral("robot$ci"));
        SnapshotContent content;
        QCOMPARE(TreeSnapshot::decode(file.constData(), file.size(), expected(), reg, content), QString());
        QCOMPARE(content.header.savedAtMs, kSavedAt);
        QCOMPARE(content.header.accountLabel, QStringLiteral("robot$ci"));
        QCOMPARE(content.tags, 2);
        QCOMPARE(content.repositories, 2);
        store.appendChildren(reg, std::move(content.rows));
        for (auto &[repo, records] : content.records)
            store.adoptArtifacts(repo, std::move(records));
        QCOMPARE(store.counts().tags, 2);
        QCOMPARE(store.counts().artifacts, 2);
        QCOMPARE(store.counts().projects, 2);
        // Unconfirmed repositories are written without their artifacts (they are not current).
        QVERIFY(TreeSnapshot::encode(reg, kIdentity, kSavedAt, kVersion).size() < file.size());
        // Once confirmed, written again from what was read: the same bytes, so nothing was lost or
        // invented.
        const std::function<void(RegistryNode *, bool)> mark = [&mark](RegistryNode *n, bool on) {
            n->unconfirmed = on;
            for (auto &c : n->children)
                mark(c.get(), on);
        };
        mark(reg, false);
        QCOMPARE(TreeSnapshot::encode(reg, kIdentity, kSavedAt, kVersion), file);
        mark(reg, true);

        const RegistryNode *team = reg->children.at(0).get();
        QCOMPARE(team->name, QStringLiteral("team"));
        QVERIFY(team->unconfirmed);
        QCOMPARE(team->data->projectId, 7);
        const RegistryNode *api = team->children.at(0)->children.at(0).get();
        QCOMPARE(api->data->fullName, QStringLiteral("team/backend/api"));
        QCOMPARE(api->data->state, FetchState::Fetched);
        QCOMPARE(api->children.size(), size_t(3));
        QCOMPARE(api->children.at(0)->kind, NodeKind::Tag);
        QVERIFY(api->children.at(0)->immutable);
        QVERIFY(api->children.at(0)->unconfirmed);
        QCOMPARE(api->children.at(0)->digest(), QStringLiteral("sha256:") + QString(64, QLatin1Char('a')));
        QCOMPARE(api->children.at(2)->kind, NodeKind::Digest);
        QCOMPARE(api->children.at(2)->artifact->kind, Artifact::Kind::Index);
        QCOMPARE(reg->children.at(1)->data->state, FetchState::NotFetched);
    }

    void noSecretsInTheFile()
    {
        // Only the label the tree shows; the identity is a hash, not the user or profile name.
        const QByteArray file = goodFile();
        QVERIFY(!file.contains("prod"));
        QVERIFY(file.contains("robot$ci"));
    }

    void liveMergeConfirmsRows()
    {
        const QByteArray file = goodFile();
        TreeStore store;
        RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(kUrl), QString());
        SnapshotContent content;
        QVERIFY(TreeSnapshot::decode(file.constData(), file.size(), expected(), reg, content).isEmpty());
        store.appendChildren(reg, std::move(content.rows));
        RegistryNode *team = reg->children.at(0).get();
        NodeRows fresh;
        fresh.push_back(container(NodeKind::Project, reg, QStringLiteral("team")));
        store.mergeChildren(reg, std::move(fresh));
        QCOMPARE(reg->children.size(), size_t(1));
        QCOMPARE(reg->children.at(0).get(), team); // kept: expansion and selection survive
        QVERIFY(!team->unconfirmed);
        QVERIFY(team->children.at(0)->unconfirmed); // below: not asked yet
    }

    void damageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectUrl");
        QTest::addColumn<QString>("expectIdentity");
        QTest::addColumn<QString>("expectVersion");
        const QByteArray good = goodFile();
        QTest::newRow("empty") << QByteArray() << kUrl << kIdentity << kVersion;
        QTest::newRow("other magic") << QByteArray("BERTHSNQ") + good.mid(8) << kUrl << kIdentity << kVersion;
        for (int cut : {8, 20, 31, 32, 40, 100, int(good.size()) - 1})
            QTest::addRow("truncated at %d", cut) << good.left(cut) << kUrl << kIdentity << kVersion;
        QTest::newRow("extended") << good + QByteArray(1, '\0') << kUrl << kIdentity << kVersion;
        for (int at : {40, 60, int(good.size()) / 2, int(good.size()) - 1}) {
            QByteArray flipped = good;
            flipped[at] = char(flipped[at] ^ 0x10);
            QTest::addRow("bit flipped at %d", at) << flipped << kUrl << kIdentity << kVersion;
        }
        QByteArray version = good;
        version[8] = 2;
        QTest::newRow("other format version") << version << kUrl << kIdentity << kVersion;
        QTest::newRow("other Berth") << good << kUrl << kIdentity << QStringLiteral("1.0.0");
        QTest::newRow("other profile") << good << kUrl << QStringLiteral("someone else") << kVersion;
        QTest::newRow("other registry") << good << QStringLiteral("https://other.test") << kIdentity << kVersion;
        // Sealed again, so only the structure can tell.
        QByteArray hugeSection = good;
        const quint32 huge = qToLittleEndian(quint32(0x7fffffff));
        std::memcpy(hugeSection.data() + 32 + 4, &huge, 4);
        QTest::newRow("section longer than the file") << resealed(hugeSection) << kUrl << kIdentity << kVersion;
        QByteArray badId = good;
        badId[32] = 'X';
        QTest::newRow("unknown section") << resealed(badId) << kUrl << kIdentity << kVersion;
        QByteArray lastByte = good;
        lastByte[lastByte.size() - 1] = char(7); // the last tag's flags
        QTest::newRow("bad flags") << resealed(lastByte) << kUrl << kIdentity << kVersion;
        QByteArray trailing = good + QByteArray("PROJ\0\0\0\0", 8);
        qint64 len = qToLittleEndian(qint64(trailing.size() - 32));
        std::memcpy(trailing.data() + 16, &len, 8);
        QTest::newRow("empty project section") << resealed(trailing) << kUrl << kIdentity << kVersion;

        // Written by a hostile hand through the writer itself: control characters, a
        // repository outside its project, a media type index out of range.
        snapshot::Header h {kUrl, kIdentity, QString(), kVersion, kSavedAt, false};
        {
            snapshot::Writer w(h);
            w.project({QStringLiteral("team"), 1, 1, false, true});
            w.repository({QStringLiteral("team/a"), 1, 0, true});
            w.artifact({QStringLiteral("sha256:x"), {}, {}, {}, 1, 0, 0, 0, false});
            w.tag({QStringLiteral("v1\x1b[2J"), 0, 0, false});
            QTest::newRow("control character in a tag") << w.finish() << kUrl << kIdentity << kVersion;
        }
        {
            snapshot::Writer w(h);
            w.project({QStringLiteral("team"), 1, 1, false, true});
            w.repository({QStringLiteral("elsewhere/a"), 1, 0, true});
            QTest::newRow("repository outside its project") << w.finish() << kUrl << kIdentity << kVersion;
        }
        {
            snapshot::Writer w(h);
            w.project({QString(), 1, 1, false, true});
            QTest::newRow("unnamed project in Harbor") << w.finish() << kUrl << kIdentity << kVersion;
        }
        {
            snapshot::Writer w(h);
            w.project({QStringLiteral("team"), 1, 1, false, true});
            w.repository({QStringLiteral("team/a"), 1, 0, true});
            w.artifact({QStringLiteral("sha256:x"), QStringLiteral("t"), {}, {}, 1, 0, 0, 0, false});
            QByteArray f = w.finish();
            // The artifact's media type index (after the digest) points past the table.
            const int at = f.indexOf(QByteArray("sha256:x")) + 8;
            f[at] = char(0x40);
            QTest::newRow("media type out of range") << resealed(f) << kUrl << kIdentity << kVersion;
        }
    }

    void damageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectUrl);
        QFETCH(QString, expectIdentity);
        QFETCH(QString, expectVersion);
        TreeStore store;
        RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(kUrl), QString());
        SnapshotContent content;
        content.tags = 99;
        const QString error = TreeSnapshot::decode(
            bytes.constData(), bytes.size(), snapshot::Expect {expectIdentity, expectUrl, expectVersion}, reg, content);
        QVERIFY2(!error.isEmpty(), "a damaged or foreign snapshot was accepted");
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(content.rows.empty()); // nothing of it is kept
        QCOMPARE(content.tags, 0);
    }

    void filesThatAreNotSnapshots()
    {
        QTemporaryDir dir;
        TreeStore store;
        RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(kUrl), QString());
        SnapshotContent content;
        QVERIFY(!TreeSnapshot::load(dir.filePath(QStringLiteral("missing")), expected(), reg, content).isEmpty());
        QVERIFY(!TreeSnapshot::load(dir.path(), expected(), reg, content).isEmpty());
        QVERIFY(TreeSnapshot::writeFile(dir.filePath(QStringLiteral("real.snap")), goodFile(), nullptr));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real.snap")), dir.filePath(QStringLiteral("link.snap"))));
        QVERIFY(!TreeSnapshot::load(dir.filePath(QStringLiteral("link.snap")), expected(), reg, content).isEmpty());
        QCOMPARE(TreeSnapshot::load(dir.filePath(QStringLiteral("real.snap")), expected(), reg, content), QString());
        QCOMPARE(content.tags, 2);
    }

    void writtenPrivatelyAndWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("snapshots/k.snap"));
        QVERIFY(TreeSnapshot::writeFile(path, QByteArray("old"), nullptr));
        QVERIFY(TreeSnapshot::writeFile(path, goodFile(), nullptr));
        // User read and write; nothing for group or others (0600).
        QCOMPARE(QFile::permissions(path) & 0x0fff, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), goodFile());
        // No temporary file left beside it.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("snapshots"))).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("k.snap")});
    }

    void pathHoldsNoNameAndGoesWithTheProfile()
    {
        const QString evil = QStringLiteral("../../etc/passwd");
        const QString p = snapshotfile::pathFor(evil);
        QVERIFY(p.startsWith(snapshotfile::directory() + QLatin1Char('/')));
        QVERIFY(!p.contains(QStringLiteral("..")));
        QVERIFY(snapshotfile::pathFor(QStringLiteral("a")) != snapshotfile::pathFor(QStringLiteral("b")));

        Profile a;
        a.name = QStringLiteral("prod");
        a.url = QUrl(kUrl);
        a.username = QStringLiteral("robot$ci");
        Profile b = a;
        b.username = QStringLiteral("robot$other");
        QVERIFY(snapshotfile::identityOf(a) != snapshotfile::identityOf(b));
        QVERIFY(!snapshotfile::identityOf(a).contains(QStringLiteral("robot")));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        QString error;
        QVERIFY2(profiles.save(a, &error), qPrintable(error));
        QVERIFY(TreeSnapshot::writeFile(snapshotfile::pathFor(a.name), goodFile(), nullptr));
        QVERIFY(QFile::exists(snapshotfile::pathFor(a.name)));
        QVERIFY(profiles.remove(a.name));
        QVERIFY(!QFile::exists(snapshotfile::pathFor(a.name)));
    }
};

QTEST_GUILESS_MAIN(TestTreeSnapshot)
#include "tst_treesnapshot.moc"
