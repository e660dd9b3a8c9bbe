// StorageGraph: what distribution 2.8's garbage-collect keeps and frees (mark every revision's
// own digest and its References(), not transitively; sweep the rest), and the figures built on it.
// The graphs are written in a small notation so each row reads as the registry it describes:
//   "REPO MANIFEST=SIZE[#TAGS] REF ..." per revision, revisions separated by ";"
//   REF: NAME=SIZE (a layer), cNAME=SIZE (a config), >NAME=SIZE (an index child), ^NAME (a subject)
//   "!REPO NAME" records a 404 for NAME in REPO.
// Names become sha256 digests of the name, so a name means the same blob everywhere.
#include "core/StorageGraph.h"

#include <QCryptographicHash>
#include <QTest>

using namespace berth;

namespace {

QString dg(const QString &name)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void parseNamed(const QString &word, QString *name, qint64 *size)
{
    const int eq = word.indexOf(QLatin1Char('='));
    *name = eq < 0 ? word : word.left(eq);
    *size = eq < 0 ? 0 : word.mid(eq + 1).toLongLong();
}

StorageGraph build(const QString &spec)
{
    StorageGraph g;
    for (const QString &part : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        if (words.at(0).startsWith(QLatin1Char('!'))) {
            g.addMissing(words.at(0).mid(1), dg(words.at(1)), QStringLiteral("404"));
            continue;
        }
        QString own = words.at(1), name;
        QStringList tags;
        if (own.contains(QLatin1Char('#'))) {
            tags = own.section(QLatin1Char('#'), 1).split(QLatin1Char(','));
            own = own.section(QLatin1Char('#'), 0, 0);
        }
        qint64 size = 0;
        parseNamed(own, &name, &size);
        QList<StorageRef> refs;
        for (int i = 2; i < words.size(); ++i) {
            QString w = words.at(i);
            StorageRef ref;
            if (w.startsWith(QLatin1Char('>'))) {
                ref.kind = StorageRef::Kind::Child;
                w = w.mid(1);
            } else if (w.startsWith(QLatin1Char('^'))) {
                ref.kind = StorageRef::Kind::Subject;
                w = w.mid(1);
            } else if (w.startsWith(QLatin1Char('c'))) {
                ref.kind = StorageRef::Kind::Config;
            }
            QString refName;
            parseNamed(w, &refName, &ref.size);
            ref.digest = refName == QLatin1String("BAD") ? QStringLiteral("sha256:nothex") : dg(refName);
            refs.append(ref);
        }
        g.addManifest(words.at(0), dg(name), size, tags, refs);
    }
    return g;
}

// "REPO NAME, REPO NAME"
QList<StorageGraph::Revision> revisions(const QString &text)
{
    QList<StorageGraph::Revision> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList w = item.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.append({w.at(0), dg(w.at(1))});
    }
    return out;
}

// Two images in two projects over one 1000-byte base layer; an index with two children and an
// attestation-like child; a signature on img-a.
const char kShared[] = "a/x ma=100#v1 cca=10 base=1000 appa=50;"
                       "b/y mb=100#v1 ccb=10 base=1000 appb=60";
const char kIndex[] = "p/i idx=300#v1 >ch1=100 >ch2=100;"
                      "p/i ch1=100 cc1=10 l1=1000;"
                      "p/i ch2=100 cc2=10 l2=2000";

constexpr qint64 kBig = qint64(1) << 62;

} // namespace

class TestStorageGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<qint64>("unique");
        QTest::addColumn<qint64>("shared");
        QTest::addColumn<int>("manifests");
        QTest::addColumn<int>("blobs");
        QTest::addColumn<int>("missing");
        QTest::addColumn<bool>("overflow");

        QTest::newRow("whole registry: base once") << kShared << "" << 1330LL << 1330LL << 0LL << 2 << 7 << 0 << false;
        QTest::newRow("project a: base shared") << kShared << "a" << 1160LL << 160LL << 1000LL << 1 << 4 << 0 << false;
        QTest::newRow("folder b/: base shared") << kShared << "b/" << 1170LL << 170LL << 1000LL << 1 << 4 << 0 << false;
        QTest::newRow("repository a/x exactly")
            << kShared << "a/x" << 1160LL << 160LL << 1000LL << 1 << 4 << 0 << false;
        QTest::newRow("folder a/") << kShared << "a/" << 1160LL << 160LL << 1000LL << 1 << 4 << 0 << false;
        QTest::newRow("a is not a-b") << (QString::fromLatin1(kShared) + ";a-b/z mz=5 base=1000") << "a" << 1160LL
                                      << 160LL << 1000LL << 1 << 4 << 0 << false;
        QTest::newRow("layer listed twice counts once") << "a/x m=100 cc=10 l=7 l=7 l=7"
                                                        << "" << 117LL << 117LL << 0LL << 1 << 3 << 0 << false;
        QTest::newRow("config equal to a layer counts once") << "a/x m=100 cc=10 cc=10"
                                                             << "" << 110LL << 110LL << 0LL << 1 << 2 << 0 << false;
        QTest::newRow("same manifest in two repositories") << "a/x m=100 cc=10 l=5;b/y m=100 cc=10 l=5"
                                                           << "a" << 115LL << 0LL << 115LL << 1 << 3 << 0 << false;
        QTest::newRow("index: children are revisions")
            << kIndex << "" << 3520LL << 3520LL << 0LL << 3 << 7 << 0 << false;
        QTest::newRow("child that answered 404 is missing, not counted")
            << "p/i idx=300 >ch1=100 >gone=100;p/i ch1=100 cc1=10 l1=1000;!p/i gone"
            << "" << 1410LL << 1410LL << 0LL << 2 << 5 << 1 << false;
        QTest::newRow("child never seen is missing too") << "p/i idx=300 >ch1=100"
                                                         << "" << 300LL << 300LL << 0LL << 1 << 2 << 1 << false;
        QTest::newRow("subject is no reference") << "a/x m=100 cc=10;a/x sig=50 cz=2 s=30 ^m"
                                                 << "" << 192LL << 192LL << 0LL << 2 << 5 << 0 << false;
        QTest::newRow("sizes near 2^63 saturate")
            << QStringLiteral("a/x m=1 l1=%1 l2=%1 l3=%1").arg(kBig) << "" << std::numeric_limits<qint64>::max()
            << std::numeric_limits<qint64>::max() << 0LL << 1 << 4 << 0 << true;
        QTest::newRow("size conflict: the larger counted") << "a/x m=100 cc=10 l=100;b/y n=100 cd=10 l=150"
                                                           << "" << 370LL << 370LL << 0LL << 2 << 5 << 0 << false;
        QTest::newRow("negative size counted as 0") << "a/x m=100 cc=10 l=-5"
                                                    << "" << 110LL << 110LL << 0LL << 1 << 3 << 0 << false;
        QTest::newRow("not a digest: ignored") << "a/x m=100 cc=10 BAD=99"
                                               << "" << 110LL << 110LL << 0LL << 1 << 2 << 0 << false;
        QTest::newRow("nothing in scope") << kShared << "c" << 0LL << 0LL << 0LL << 0 << 0 << 0 << false;
        // Past 64 references the duplicates are found through a sorted copy: the same answer.
        QString many = QStringLiteral("a/x m=100 cc=10");
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 200; ++i)
                many += QStringLiteral(" L%1=1").arg(i);
        }
        QTest::newRow("200 layers each listed twice")
            << many + QStringLiteral(" m=100 cc=10") << "" << 310LL << 310LL << 0LL << 1 << 202 << 0 << false;
    }

    void figures()
    {
        QFETCH(QString, spec);
        QFETCH(QString, scope);
        const StorageFigures f = build(spec).figures(scope);
        QTEST(f.stored, "stored");
        QTEST(f.unique, "unique");
        QTEST(f.shared, "shared");
        QTEST(f.manifests, "manifests");
        QTEST(f.blobs, "blobs");
        QTEST(f.missing, "missing");
        QTEST(f.overflow, "overflow");
        if (!f.overflow)
            QCOMPARE(f.unique + f.shared, f.stored);
    }

    // What GC frees: every row was worked out by hand from garbagecollect.go's mark rules.
    void freed_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("deleted");
        QTest::addColumn<bool>("harbor");
        QTest::addColumn<qint64>("freed");
        QTest::addColumn<qint64>("sharedKept");
        QTest::addColumn<int>("manifests");
        QTest::addColumn<int>("blobs");
        QTest::addColumn<int>("unknown");

        QTest::newRow("shared base stays") << kShared << "a/x ma" << false << 160LL << 1000LL << 1 << 3 << 0;
        QTest::newRow("both users gone: base freed")
            << kShared << "a/x ma, b/y mb" << false << 1330LL << 0LL << 2 << 7 << 0;
        QTest::newRow("same digest in another repository stays") << "a/x m=100 cc=10 l=5;b/y m=100 cc=10 l=5"
                                                                 << "a/x m" << false << 0LL << 115LL << 1 << 0 << 0;
        QTest::newRow("index alone: children stay as untagged revisions")
            << kIndex << "p/i idx" << false << 300LL << 200LL << 1 << 1 << 0;
        QTest::newRow("child alone: its manifest stays (the index marks it), its blobs go")
            << kIndex << "p/i ch1" << false << 1010LL << 100LL << 1 << 2 << 0;
        QTest::newRow("index and children")
            << kIndex << "p/i idx, p/i ch1, p/i ch2" << false << 3520LL << 0LL << 3 << 7 << 0;
        QTest::newRow("harbor: index takes its children")
            << kIndex << "p/i idx" << true << 3520LL << 0LL << 3 << 7 << 0;
        QTest::newRow("harbor: child of another index stays")
            << (QString::fromLatin1(kIndex) + ";p/i idx2=300 >ch1=100") << "p/i idx" << true << 2410LL << 100LL << 2
            << 4 << 0;
        QTest::newRow("harbor: both indexes take the shared child")
            << (QString::fromLatin1(kIndex) + ";p/i idx2=300 >ch1=100") << "p/i idx, p/i idx2" << true << 3820LL << 0LL
            << 4 << 8 << 0;
        QTest::newRow("harbor: accessories go with the subject")
            << "a/x m=100#v1 cc=10 l=5;a/x sig=50 cz=2 s=30 ^m;a/x sbom=60 cz=2 t=40 ^m;a/x sigsig=20 cz=2 u=1 ^sig"
            << "a/x m" << true << 318LL << 0LL << 4 << 10 << 0;
        QTest::newRow("registry: accessories stay") << "a/x m=100#v1 cc=10 l=5;a/x sig=50 cz=2 s=30 ^m"
                                                    << "a/x m" << false << 115LL << 0LL << 1 << 3 << 0;
        QTest::newRow("harbor: accessory of another repository stays")
            << "a/x m=100#v1 cc=10 l=5;b/y sig=50 cz=2 s=30 ^m"
            << "a/x m" << true << 115LL << 0LL << 1 << 3 << 0;
        QTest::newRow("layer listed twice freed once") << "a/x m=100 cc=10 l=7 l=7"
                                                       << "a/x m" << false << 117LL << 0LL << 1 << 3 << 0;
        QTest::newRow("unknown revision counts nothing") << kShared << "a/x nope" << false << 0LL << 0LL << 0 << 0 << 1;
        QTest::newRow("deleting twice counts once")
            << kShared << "a/x ma, a/x ma" << false << 160LL << 1000LL << 1 << 3 << 0;
        QTest::newRow("missing child is not freed")
            << "p/i idx=300 >ch1=100 >gone=100;p/i ch1=100 cc1=10 l1=1000;!p/i gone"
            << "p/i idx, p/i ch1" << false << 1410LL << 0LL << 2 << 4 << 0;
        QTest::newRow("only manifests and configs when all layers are shared")
            << "a/x m1=100#1 c1=10 base=1000 l=500;a/x m2=110#2 c2=11 base=1000 l=500"
            << "a/x m1" << false << 110LL << 1500LL << 1 << 2 << 0;
    }

    void freed()
    {
        QFETCH(QString, spec);
        QFETCH(QString, deleted);
        QFETCH(bool, harbor);
        const StorageGraph g = build(spec);
        QList<StorageGraph::Revision> del = revisions(deleted);
        if (harbor)
            del = g.withHarborDependents(del);
        const StorageGraph::Freed f = g.freedAfterGc(del);
        QTEST(f.freed, "freed");
        QTEST(f.sharedKept, "sharedKept");
        QTEST(f.manifests, "manifests");
        QTEST(f.blobs, "blobs");
        QTEST(f.unknown, "unknown");
        QVERIFY(!f.exact);
        // freed can never exceed what the graph stores, nor what the deleted revisions reference
        QVERIFY(f.freed <= g.figures().stored);
    }

    void exactOnlyWhenComplete()
    {
        StorageGraph g = build(QString::fromLatin1(kShared));
        QVERIFY(!g.freedAfterGc(revisions(QStringLiteral("a/x ma"))).exact);
        g.setComplete(true);
        QVERIFY(g.freedAfterGc(revisions(QStringLiteral("a/x ma"))).exact);
    }

    void perRow_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QList<qint64>>("freed");

        QTest::newRow("a blob shared by two rows counts on the first")
            << QString::fromLatin1(kShared) << QStringList {"a/x ma", "b/y mb"} << QList<qint64> {1160, 170};
        QTest::newRow("order decides") << QString::fromLatin1(kShared) << QStringList {"b/y mb", "a/x ma"}
                                       << QList<qint64> {1170, 160};
        QTest::newRow("a row repeating an earlier one adds nothing")
            << QString::fromLatin1(kShared) << QStringList {"a/x ma", "a/x ma"} << QList<qint64> {160, 0};
        QTest::newRow("kept user: nobody frees the base")
            << QString::fromLatin1(kShared) + QStringLiteral(";c/z mc=1 base=1000") << QStringList {"a/x ma", "b/y mb"}
            << QList<qint64> {160, 170};
    }

    void perRow()
    {
        QFETCH(QString, spec);
        QFETCH(QStringList, rows);
        QFETCH(QList<qint64>, freed);
        const StorageGraph g = build(spec);
        QList<QList<StorageGraph::Revision>> rowRevisions;
        QList<StorageGraph::Revision> all;
        for (const QString &row : rows) {
            rowRevisions.append(revisions(row));
            all += rowRevisions.last();
        }
        const QList<StorageGraph::Freed> out = g.freedPerRow(rowRevisions);
        QCOMPARE(out.size(), freed.size());
        qint64 sum = 0;
        for (int i = 0; i < out.size(); ++i) {
            QCOMPARE(out.at(i).freed, freed.at(i));
            sum += out.at(i).freed;
        }
        QCOMPARE(sum, g.freedAfterGc(all).freed); // the rows add up to the whole command
    }

    void problems_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QList<int>>("kinds");

        const auto k = [](StorageProblem::Kind kind) { return int(kind); };
        QTest::newRow("clean") << QString::fromLatin1(kShared) << QList<int> {};
        QTest::newRow("size conflict") << "a/x m=100 cc=10 l=100;b/y n=100 cd=10 l=150"
                                       << QList<int> {k(StorageProblem::Kind::SizeConflict)};
        QTest::newRow("child size differs from the child")
            << "p/i idx=300 >ch1=99;p/i ch1=100 cc1=10" << QList<int> {k(StorageProblem::Kind::SizeConflict)};
        QTest::newRow("missing child") << "p/i idx=300 >gone=100;!p/i gone"
                                       << QList<int> {k(StorageProblem::Kind::Missing)};
        QTest::newRow("negative size") << "a/x m=100 l=-1" << QList<int> {k(StorageProblem::Kind::InvalidSize)};
        QTest::newRow("bad digest") << "a/x m=100 BAD=1" << QList<int> {k(StorageProblem::Kind::InvalidDigest)};
        QTest::newRow("overflow reported once") << QStringLiteral("a/x m=1 l1=%1 l2=%1 l3=%1 l4=%1").arg(kBig)
                                                << QList<int> {k(StorageProblem::Kind::Overflow)};
        QTest::newRow("layer listed twice is no problem") << "a/x m=100 l=7 l=7" << QList<int> {};
    }

    void problems()
    {
        QFETCH(QString, spec);
        QFETCH(QList<int>, kinds);
        const StorageGraph g = build(spec);
        QList<int> got;
        for (const StorageProblem &p : g.problems()) {
            got.append(int(p.kind));
            QVERIFY(!p.text().isEmpty());
        }
        QCOMPARE(got, kinds);
        QCOMPARE(g.problemCount(), kinds.size());
    }

    void breakdownByProject()
    {
        const StorageGraph g = build(QString::fromLatin1(kShared) + QStringLiteral(";a/w mw=5 cw=1 appa=50;b/v mv=7"));
        const QList<StorageGraph::Group> groups = g.breakdown(&StorageGraph::projectOf);
        QCOMPARE(groups.size(), 2);
        // sorted by unique bytes: b (mb, ccb, appb, mv: 177) before a (ma, cca, appa, mw, cw: 166)
        QCOMPARE(groups.at(0).name, QStringLiteral("b"));
        QCOMPARE(groups.at(0).figures.unique, 177LL);
        QCOMPARE(groups.at(0).figures.shared, 1000LL);
        QCOMPARE(groups.at(0).figures.manifests, 2);
        QCOMPARE(groups.at(1).name, QStringLiteral("a"));
        QCOMPARE(groups.at(1).figures.unique, 166LL);
        QCOMPARE(groups.at(1).figures.stored, 1166LL);
        // the breakdown agrees with figures() for each group
        for (const StorageGraph::Group &group : groups) {
            const StorageFigures f = g.figures(group.name);
            QCOMPARE(group.figures.stored, f.stored);
            QCOMPARE(group.figures.unique, f.unique);
            QCOMPARE(group.figures.shared, f.shared);
            QCOMPARE(group.figures.blobs, f.blobs);
        }
    }

    // Enough blobs and revisions to grow the interning tables many times: every digest is found
    // again, spelled as it came, in a copy as in the original; sha512 and the all-zero sha256 too.
    void manyRevisionsRoundTrip()
    {
        StorageGraph g;
        const QString zero = QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
        const QString sha512 = QStringLiteral("sha512:") + QString(128, QLatin1Char('a'));
        for (int i = 0; i < 5000; ++i) {
            const QString repo = QStringLiteral("p%1/r%2").arg(i % 3).arg(i % 17);
            g.addManifest(repo, dg(QStringLiteral("m%1").arg(i)), 100, {},
                {{dg(QStringLiteral("c%1").arg(i)), 10, StorageRef::Kind::Config},
                    {dg(QStringLiteral("base%1").arg(i % 7)), 1000, StorageRef::Kind::Layer},
                    {zero, 1, StorageRef::Kind::Layer}, {sha512, 2, StorageRef::Kind::Layer}});
        }
        g.addManifest(QStringLiteral("p0/zero"), zero, 1, {}, {});
        const StorageGraph copy = g;
        for (const StorageGraph *graph : {static_cast<const StorageGraph *>(&g), &copy}) {
            QCOMPARE(graph->manifestCount(), 5001);
            QCOMPARE(graph->blobCount(), 5000 * 2 + 7 + 2);
            QCOMPARE(graph->figures().stored, 5000LL * 110 + 7 * 1000 + 1 + 2);
            for (int i = 0; i < 5000; i += 7) {
                const QString repo = QStringLiteral("p%1/r%2").arg(i % 3).arg(i % 17);
                QVERIFY(graph->contains(repo, dg(QStringLiteral("m%1").arg(i))));
                QVERIFY(!graph->contains(repo, dg(QStringLiteral("c%1").arg(i))));
                QVERIFY(
                    graph->revisions(repo).contains(StorageGraph::Revision(repo, dg(QStringLiteral("m%1").arg(i)))));
            }
            QVERIFY(graph->contains(QStringLiteral("p0/zero"), zero));
            QCOMPARE(graph->revisions(QStringLiteral("p0/zero")).value(0).second, zero);
            QCOMPARE(graph->problemCount(), 0);
        }
        QVERIFY(g.memoryBytes() > 0);
    }

    void digestsRoundTrip()
    {
        const StorageGraph g = build(QString::fromLatin1(kIndex));
        QCOMPARE(g.revisions(QStringLiteral("p/i")).size(), 3);
        QVERIFY(g.revisions(QStringLiteral("p/i")).contains(StorageGraph::Revision(QStringLiteral("p/i"), dg("ch2"))));
        QCOMPARE(g.tagCount(QStringLiteral("p/i"), dg("idx")), 1);
        QCOMPARE(g.tagCount(QStringLiteral("p/i"), dg("ch1")), 0);
        QCOMPARE(g.tagCount(QStringLiteral("p/i"), dg("nope")), -1);
        QCOMPARE(g.repositories(), QStringList {QStringLiteral("p/i")});
    }

    // A tag the listing finds after the revision was read counts on it; an unknown revision takes none.
    void tagsAddedLater()
    {
        StorageGraph g = build(QString::fromLatin1(kIndex));
        QVERIFY(g.addTag(QStringLiteral("p/i"), dg("ch1")));
        QVERIFY(g.addTag(QStringLiteral("p/i"), dg("ch1")));
        QCOMPARE(g.tagCount(QStringLiteral("p/i"), dg("ch1")), 2);
        QVERIFY(!g.addTag(QStringLiteral("p/i"), dg("nope")));
        QVERIFY(!g.addTag(QStringLiteral("p/other"), dg("ch1")));
        QCOMPARE(g.tagCount(QStringLiteral("p/i"), dg("nope")), -1);
    }

    // An image with everything under it (what Harbor's artifact size describes), each blob once;
    // revisionBytes stops at the children's manifests.
    void imageBytes_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<qint64>("image");
        QTest::addColumn<qint64>("revisionOnly");
        QTest::addColumn<bool>("children");
        QTest::newRow("an image: manifest, config, layers")
            << QString::fromLatin1(kShared) << "a/x ma" << qint64(1160) << qint64(1160) << false;
        QTest::newRow("an index: its children's blobs too")
            << QString::fromLatin1(kIndex) << "p/i idx" << qint64(300 + 100 + 10 + 1000 + 100 + 10 + 2000)
            << qint64(500) << true;
        QTest::newRow("two platforms sharing a layer: once")
            << "p/i idx=300#v1 >ch1=100 >ch2=100;p/i ch1=100 cc1=10 base=1000;p/i ch2=100 cc2=10 base=1000"
            << "p/i idx" << qint64(300 + 100 + 10 + 100 + 10 + 1000) << qint64(500) << true;
        QTest::newRow("a layer listed twice: once") << "r/x m=100 c=10 l=1000 l=1000"
                                                    << "r/x m" << qint64(1110) << qint64(1110) << false;
        QTest::newRow("a missing child counts nothing")
            << "p/i idx=300#v1 >gone=100 >ch1=100;p/i ch1=100 l1=1000;!p/i gone"
            << "p/i idx" << qint64(1400) << qint64(400) << true;
        QTest::newRow("unknown revision")
            << QString::fromLatin1(kShared) << "a/x nope" << qint64(-1) << qint64(-1) << false;
    }
    void imageBytes()
    {
        QFETCH(QString, spec);
        QFETCH(QString, revision);
        QFETCH(qint64, image);
        QFETCH(qint64, revisionOnly);
        QFETCH(bool, children);
        const StorageGraph g = build(spec);
        const StorageGraph::Revision rev = revisions(revision).constFirst();
        QCOMPARE(g.imageBytes(rev.first, rev.second), image);
        QCOMPARE(g.revisionBytes(rev.first, rev.second), revisionOnly);
        QCOMPARE(g.hasChildren(rev.first, rev.second), children);
    }

    // Harbor's own size, kept beside the revision: set only on a known one; negative is "none".
    void reportedSize()
    {
        StorageGraph g = build(QString::fromLatin1(kShared));
        QCOMPARE(g.reportedSize(QStringLiteral("a/x"), dg("ma")), qint64(-1));
        QVERIFY(g.setReportedSize(QStringLiteral("a/x"), dg("ma"), 1160));
        QCOMPARE(g.reportedSize(QStringLiteral("a/x"), dg("ma")), qint64(1160));
        QCOMPARE(g.reportedSize(QStringLiteral("b/y"), dg("mb")), qint64(-1));
        QVERIFY(!g.setReportedSize(QStringLiteral("a/x"), dg("nope"), 5));
        QVERIFY(!g.setReportedSize(QStringLiteral("b/y"), dg("ma"), 5)); // the same digest, another repository
        QVERIFY(g.setReportedSize(QStringLiteral("a/x"), dg("ma"), -7));
        QCOMPARE(g.reportedSize(QStringLiteral("a/x"), dg("ma")), qint64(-1));
    }
};

QTEST_APPLESS_MAIN(TestStorageGraph)
#include "tst_storagegraph.moc"
