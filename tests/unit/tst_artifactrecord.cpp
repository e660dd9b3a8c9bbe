// ArtifactRecord keeps what a million tags share in as few bytes as it can: a lower-case sha256
// digest as its 32 bytes, and scan results, labels, platforms, children and accessories in a
// block allocated only for the artifacts that have them. These tests prove that every digest
// comes back exactly as given, that a plain artifact gets no extra block, and that what moved
// into the block (and the nested rows' own digests, now read from it) still reads back.
#include "models/RegistryNode.h"
#include "models/TreeRows.h"
#include "models/TreeStore.h"

#include <QTest>

using namespace berth;

namespace {

const QString kSha = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

Artifact plainArtifact()
{
    Artifact a;
    a.id = 42;
    a.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));
    a.type = QStringLiteral("IMAGE");
    a.mediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    a.manifestMediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    a.size = 1000;
    for (const char *name : {"v1", "latest"}) {
        Tag t;
        t.name = QString::fromLatin1(name);
        a.tags << t;
    }
    return a;
}

} // namespace

class TestArtifactRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestRoundTrip_data();
    void digestRoundTrip();
    void digestReplaced();
    void rareBlockOnlyWhenPresent_data();
    void rareBlockOnlyWhenPresent();
    void nestedRowsReadTheirOwnDigest();
    void nestedRowsKeepTheirDigestAcrossARefresh();
};

void TestArtifactRecord::digestRoundTrip_data()
{
    QTest::addColumn<QString>("digest");
    QTest::addColumn<bool>("compact");

    QTest::newRow("sha256") << kSha << true;
    QTest::newRow("all zero") << QStringLiteral("sha256:") + QString(64, QLatin1Char('0')) << true;
    QTest::newRow("all f") << QStringLiteral("sha256:") + QString(64, QLatin1Char('f')) << true;
    QTest::newRow("empty") << QString() << false;
    // Kept as given, so they come back with their case and their length.
    QTest::newRow("upper-case hex") << QStringLiteral("sha256:") + QString(64, QLatin1Char('A')) << false;
    QTest::newRow("one upper-case digit") << QString(kSha).replace(70, 1, QLatin1Char('F')) << false;
    QTest::newRow("upper-case algorithm") << QString(kSha).replace(0, 6, QStringLiteral("SHA256")) << false;
    QTest::newRow("sha512") << QStringLiteral("sha512:") + QString(128, QLatin1Char('b')) << false;
    QTest::newRow("63 digits") << kSha.left(70) << false;
    QTest::newRow("65 digits") << kSha + QLatin1Char('0') << false;
    QTest::newRow("prefix only") << QStringLiteral("sha256:") << false;
    QTest::newRow("not hex") << QString(kSha).replace(7, 1, QLatin1Char('g')) << false;
    QTest::newRow("not Latin-1") << QString(kSha).replace(8, 1, QChar(0x0663)) << false; // ARABIC-INDIC 3
    QTest::newRow("no algorithm") << kSha.mid(7) + QStringLiteral("0123456") << false;
}

void TestArtifactRecord::digestRoundTrip()
{
    QFETCH(QString, digest);
    QFETCH(bool, compact);

    ArtifactRecord rec;
    rec.setDigest(digest);
    QCOMPARE(rec.digest(), digest);
    QCOMPARE(rec.hasDigest(), !digest.isEmpty());
    QCOMPARE(rec.digestIsCompact(), compact);
    // Only a digest kept as given needs the extra block.
    QCOMPARE(rec.hasRareData(), !compact && !digest.isEmpty());
}

void TestArtifactRecord::digestReplaced()
{
    const QString odd = QStringLiteral("sha512:") + QString(128, QLatin1Char('b'));
    ArtifactRecord rec;
    rec.setDigest(odd);
    rec.setDigest(kSha);
    QCOMPARE(rec.digest(), kSha);
    QVERIFY(rec.rare().otherDigest.isEmpty()); // the old text does not linger
    rec.setDigest(odd);
    QCOMPARE(rec.digest(), odd);
    rec.setDigest(QString());
    QVERIFY(!rec.hasDigest());
    QCOMPARE(rec.digest(), QString());
}

void TestArtifactRecord::rareBlockOnlyWhenPresent_data()
{
    QTest::addColumn<QString>("extra");
    QTest::addColumn<bool>("rare");
    QTest::addColumn<QString>("platforms");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<QString>("scanSeverity");

    QTest::newRow("nothing") << QString() << false << QString() << QString() << QString();
    QTest::newRow("labels") << QStringLiteral("labels") << true << QString() << QStringLiteral("prod, qa") << QString();
    QTest::newRow("scan") << QStringLiteral("scan") << true << QString() << QString() << QStringLiteral("High");
    QTest::newRow("index") << QStringLiteral("index") << true << QStringLiteral("linux/amd64, linux/arm64") << QString()
                           << QString();
    QTest::newRow("accessory") << QStringLiteral("accessory") << true << QString() << QString() << QString();
}

void TestArtifactRecord::rareBlockOnlyWhenPresent()
{
    QFETCH(QString, extra);
    QFETCH(bool, rare);
    QFETCH(QString, platforms);
    QFETCH(QString, labels);
    QFETCH(QString, scanSeverity);

    Artifact a = plainArtifact();
    if (extra == QLatin1String("labels")) {
        a.labels = {Label {1, QStringLiteral("prod"), {}, {}}, Label {2, QStringLiteral("qa"), {}, {}}};
    } else if (extra == QLatin1String("scan")) {
        a.scan.present = true;
        a.scan.severity = QStringLiteral("High");
        a.scan.total = 9;
        a.scan.fixable = 2;
        a.scan.bySeverity = {{QStringLiteral("High"), 2}, {QStringLiteral("Medium"), 7}};
    } else if (extra == QLatin1String("index")) {
        for (const char *arch : {"amd64", "arm64"}) {
            ChildReference c;
            c.childDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char(arch[1] == 'm' ? '1' : '2'));
            c.platform.os = QStringLiteral("linux");
            c.platform.architecture = QString::fromLatin1(arch);
            a.references << c;
        }
    } else if (extra == QLatin1String("accessory")) {
        Accessory acc;
        acc.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('d'));
        acc.type = QStringLiteral("signature.cosign");
        a.accessories << acc;
    }

    RegistryNode repository(NodeKind::Repository, nullptr, QStringLiteral("app"));
    NodeRows rows;
    ArtifactRecords records;
    TreeRows().artifacts(&repository, {a}, rows, records);
    QCOMPARE(records.size(), size_t(1));
    const ArtifactRecord &rec = *records.front();
    QCOMPARE(rec.hasRareData(), rare);
    QVERIFY(rec.digestIsCompact());
    QCOMPARE(rec.digest(), a.digest);
    QCOMPARE(rec.artifactId, a.id);
    QCOMPARE(rec.tagNames, QStringList({QStringLiteral("v1"), QStringLiteral("latest")}));
    QCOMPARE(rec.rare().platforms, platforms);
    QCOMPARE(rec.rare().labels, labels);
    QCOMPARE(rec.rare().scanSeverity, scanSeverity);
    if (extra == QLatin1String("scan")) {
        QCOMPARE(rec.rare().scanTotal, 9);
        QCOMPARE(rec.rare().scanFixable, 2);
        QCOMPARE(rec.rare().scanSummary, QStringLiteral("High: 2, Medium: 7"));
    }
    QCOMPARE(rec.rare().references.size(), a.references.size());
    QCOMPARE(rec.rare().accessories.size(), a.accessories.size());
}

void TestArtifactRecord::nestedRowsReadTheirOwnDigest()
{
    Artifact a = plainArtifact();
    a.tags.removeLast();
    const QString amd = QStringLiteral("sha256:") + QString(64, QLatin1Char('1'));
    const QString arm = QStringLiteral("sha256:") + QString(64, QLatin1Char('2'));
    const QString sig = QStringLiteral("sha256:") + QString(64, QLatin1Char('3'));
    const QString sbom = QStringLiteral("sha256:") + QString(64, QLatin1Char('4'));
    for (const QString &d : {amd, arm}) {
        ChildReference c;
        c.childDigest = d;
        a.references << c;
    }
    a.accessories << Accessory {0, 0, sig, QStringLiteral("signature.cosign"), 0, a.digest}
                  << Accessory {0, 0, sbom, QStringLiteral("harbor.sbom"), 0, a.digest};

    RegistryNode repository(NodeKind::Repository, nullptr, QStringLiteral("app"));
    NodeRows rows;
    ArtifactRecords records;
    TreeRows().artifacts(&repository, {a}, rows, records);
    QCOMPARE(rows.size(), size_t(1));
    const RegistryNode &tag = *rows.front();
    QCOMPARE(tag.ownDigest(), QString()); // a tag row has none: it stands for its artifact
    QCOMPARE(tag.digest(), a.digest);
    QCOMPARE(tag.children.size(), size_t(4));
    const QStringList expected = {amd, arm, sig, sbom};
    const QList<NodeKind> kinds = {NodeKind::Child, NodeKind::Child, NodeKind::Accessory, NodeKind::Accessory};
    QSet<QString> keys;
    for (int i = 0; i < 4; ++i) {
        const RegistryNode &n = *tag.children.at(size_t(i));
        QCOMPARE(n.kind, kinds.at(i));
        QCOMPARE(n.ownDigest(), expected.at(i));
        QCOMPARE(n.digest(), expected.at(i));
        keys.insert(n.key());
    }
    QCOMPARE(keys.size(), 4); // distinct among siblings, so a refresh keeps each row's state
}

// A refresh that lists the accessories in another order keeps each row (selection, expansion)
// and each row must still show its own digest, not the one now at its old position.
void TestArtifactRecord::nestedRowsKeepTheirDigestAcrossARefresh()
{
    const QString sig = QStringLiteral("sha256:") + QString(64, QLatin1Char('3'));
    const QString sbom = QStringLiteral("sha256:") + QString(64, QLatin1Char('4'));
    Artifact a = plainArtifact();
    a.tags.removeLast();
    a.accessories << Accessory {0, 0, sig, QStringLiteral("signature.cosign"), 0, a.digest}
                  << Accessory {0, 0, sbom, QStringLiteral("harbor.sbom"), 0, a.digest};

    TreeStore store;
    RegistryNode *reg = store.addRegistry(QStringLiteral("prod"), QUrl(QStringLiteral("https://h.test")), QString());
    NodeRows repos;
    repos.push_back(std::make_unique<RegistryNode>(NodeKind::Repository, reg, QStringLiteral("app")));
    repos.back()->data = std::make_unique<ContainerData>();
    RegistryNode *repo = repos.back().get();
    store.appendChildren(reg, std::move(repos));

    NodeRows rows;
    ArtifactRecords records;
    TreeRows().artifacts(repo, {a}, rows, records);
    store.appendChildren(repo, std::move(rows));
    store.adoptArtifacts(repo, std::move(records));
    const RegistryNode *tag = repo->children.at(0).get();
    const RegistryNode *sigRow = tag->children.at(0).get();
    const RegistryNode *sbomRow = tag->children.at(1).get();
    QCOMPARE(sigRow->ownDigest(), sig);
    QCOMPARE(sbomRow->ownDigest(), sbom);

    std::swap(a.accessories[0], a.accessories[1]);
    TreeRows().artifacts(repo, {a}, rows, records);
    store.mergeChildren(repo, std::move(rows));
    store.replaceArtifacts(repo, std::move(records));
    QCOMPARE(repo->children.at(0).get(), tag);
    QCOMPARE(tag->children.size(), size_t(2));
    QCOMPARE(tag->children.at(0).get(), sigRow); // kept, where it was
    QCOMPARE(sigRow->name, QStringLiteral("signature.cosign"));
    QCOMPARE(sigRow->ownDigest(), sig);
    QCOMPARE(sbomRow->name, QStringLiteral("harbor.sbom"));
    QCOMPARE(sbomRow->ownDigest(), sbom);
}

QTEST_GUILESS_MAIN(TestArtifactRecord)
#include "tst_artifactrecord.moc"
