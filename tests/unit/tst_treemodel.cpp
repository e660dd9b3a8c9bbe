// RegistryTreeModel driven by a fake loader: every path through loading, failure, refresh,
// merge and removal, under QAbstractItemModelTester, with no server. The harbor-sim tests
// (tst_registrytreemodel) check the Harbor loader against a real API on top of this.
#include "models/RegistryFilterProxy.h"
#include "models/RegistryTreeModel.h"
#include "models/TreeLoader.h"
#include "models/TreeOrderQueue.h"
#include "models/TreeRows.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace berth;

namespace {

// Answers nothing by itself: the test says what each fetch returns, and when.
class FakeLoader : public TreeLoader
{
public:
    using TreeLoader::TreeLoader;

    struct Request
    {
        Guard guard;
        bool merge;
    };
    QList<Request> requests;
    int credentialResets = 0;

    QUrl baseUrl() const override { return QUrl(QStringLiteral("https://registry.example")); }
    void load(RegistryNode *container, bool merge) override { requests.append({Guard(container), merge}); }
    void resetCredentials() override { ++credentialResets; }

    // Answers the oldest open request, as a real loader's callbacks would: only if the node
    // still wants it.
    bool finish(NodeRows rows, ArtifactRecords records = {}, const ApiError &error = {})
    {
        const Request r = requests.takeFirst();
        if (!r.guard.valid())
            return false;
        sink()->loadFinished(r.guard.node(), error, std::move(rows), std::move(records), r.merge);
        return true;
    }
    void stream(int request, NodeRows rows, ArtifactRecords records)
    {
        const Request &r = requests.at(request);
        if (r.guard.valid())
            sink()->rowsArrived(r.guard.node(), std::move(rows), std::move(records));
    }
    RegistryNode *nodeOf(int request) const { return requests.at(request).guard.node(); }
};

NodeRows projects(RegistryNode *registry, const QStringList &names)
{
    NodeRows rows;
    for (const QString &n : names) {
        auto p = std::make_unique<RegistryNode>(NodeKind::Project, registry, n);
        p->data = std::make_unique<ContainerData>();
        rows.push_back(std::move(p));
    }
    return rows;
}

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC);
}

Artifact artifact(const QString &digestSeed, const QStringList &tags, int pushDay = 1, int pullDay = 0)
{
    Artifact a;
    a.digest = QStringLiteral("sha256:") + QString(64 - digestSeed.size(), QLatin1Char('0')) + digestSeed;
    a.size = 1000;
    a.pushTime = at(pushDay);
    if (pullDay)
        a.pullTime = at(pullDay);
    for (const QString &t : tags) {
        Tag tag;
        tag.name = t;
        a.tags.append(tag);
    }
    return a;
}

ApiError failure()
{
    ApiError e;
    e.kind = ApiError::Kind::ServerError;
    e.httpStatus = 500;
    e.method = "GET";
    e.url = QUrl(QStringLiteral("https://registry.example/api/v2.0/projects"));
    return e;
}

QStringList names(const QAbstractItemModel &m, const QModelIndex &parent)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(parent); ++i)
        out << m.index(i, 0, parent).data(FilterTextRole).toString();
    return out;
}

NodeKind kindOf(const QModelIndex &i)
{
    return NodeKind(i.data(KindRole).toInt());
}

} // namespace

class TestTreeModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<RegistryTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    FakeLoader *loader = nullptr;
    QPersistentModelIndex registry;

    QModelIndex child(const QModelIndex &parent, const QString &name)
    {
        for (int i = 0; i < model->rowCount(parent); ++i)
            if (model->index(i, 0, parent).data(FilterTextRole).toString() == name)
                return model->index(i, 0, parent);
        return {};
    }

    // Opens registry > project > repository, answering each fetch.
    QModelIndex openRepository(const QList<Artifact> &artifacts)
    {
        model->fetchMore(registry);
        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("team")}));
        const QModelIndex team = child(registry, QStringLiteral("team"));
        model->fetchMore(team);
        loader->finish(TreeRows::repositories(loader->nodeOf(0), {{"team/app", "app", 1, {}}}));
        const QModelIndex app = child(team, QStringLiteral("team/app"));
        model->fetchMore(app);
        TreeRows rows;
        NodeRows out;
        ArtifactRecords records;
        rows.artifacts(loader->nodeOf(0), artifacts, out, records);
        loader->finish(std::move(out), std::move(records));
        return app;
    }

private Q_SLOTS:
    void init()
    {
        model = std::make_unique<RegistryTreeModel>();
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester->setUseFetchMore(false); // the test decides what is fetched, and when
        auto fake = std::make_unique<FakeLoader>(model->loadSink());
        loader = fake.get();
        registry = model->addRegistry(QStringLiteral("example"), std::move(fake), QStringLiteral("robot$ci"));
    }

    void cleanup()
    {
        tester.reset();
        model.reset();
    }

    void loadsLazilyWithALoadingRow()
    {
        QSignalSpy loading(model.get(), &RegistryTreeModel::loadingChanged);
        QVERIFY(model->hasChildren(registry));
        QVERIFY(model->canFetchMore(registry));
        QCOMPARE(loader->requests.size(), 0);
        model->fetchMore(registry);
        QCOMPARE(loader->requests.size(), 1);
        QVERIFY(!loader->requests.first().merge);
        QCOMPARE(model->rowCount(registry), 1);
        QCOMPARE(kindOf(model->index(0, 0, registry)), NodeKind::Loading);
        QCOMPARE(loading.count(), 1);
        QVERIFY(model->isLoading());

        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!model->isLoading());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.last().first().toBool(), false);
        // Whoever waits for the end of loading sees every row, and no "Loading…".
        QCOMPARE(names(*model, registry), (QStringList {"a", "b"}));
        QCOMPARE(model->counts().projects, qint64(2));
        QCOMPARE(registry.data(FetchStateRole).toInt(), int(FetchState::Fetched));
    }

    void failureShowsAnErrorRowAndRetries()
    {
        QSignalSpy failed(model.get(), &RegistryTreeModel::fetchFailed);
        model->fetchMore(registry);
        loader->finish({}, {}, failure());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(model->rowCount(registry), 1);
        const QModelIndex error = model->index(0, 0, registry);
        QCOMPARE(kindOf(error), NodeKind::Error);
        QVERIFY2(error.data().toString().contains(QStringLiteral("500")), qPrintable(error.data().toString()));
        QCOMPARE(registry.data(FetchStateRole).toInt(), int(FetchState::Failed));

        model->retry(error);
        QCOMPARE(loader->credentialResets, 1); // a registry retried asks afresh who we are
        QCOMPARE(loader->requests.size(), 1);
        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("a")}));
        QCOMPARE(names(*model, registry), QStringList {"a"});
    }

    void repositoriesGroupIntoFolders()
    {
        model->fetchMore(registry);
        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("team")}));
        const QModelIndex team = child(registry, QStringLiteral("team"));
        model->fetchMore(team);
        RegistryNode *project = loader->nodeOf(0);
        loader->finish(TreeRows::repositories(project,
            {{"team/backend/api", "backend/api", 3, {}}, {"team/backend/worker", "backend/worker", 1, {}},
                {"team/frontend", "frontend", 2, {}}}));
        QCOMPARE(model->rowCount(team), 2);
        const QModelIndex backend = model->index(0, 0, team);
        QCOMPARE(kindOf(backend), NodeKind::Folder);
        QCOMPARE(names(*model, backend), (QStringList {"team/backend/api", "team/backend/worker"}));
        QCOMPARE(model->index(0, 0, backend).data(RepositoryRole).toString(), QStringLiteral("team/backend/api"));
        QCOMPARE(model->counts().repositories, qint64(3));
    }

    void streamedRowsArriveInBatches()
    {
        model->fetchMore(registry);
        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("team")}));
        const QModelIndex team = child(registry, QStringLiteral("team"));
        model->fetchMore(team);
        loader->finish(TreeRows::repositories(loader->nodeOf(0), {{"team/app", "app", 3, {}}}));
        const QModelIndex app = child(team, QStringLiteral("team/app"));
        model->fetchMore(app);
        TreeRows rows;
        for (int page = 0; page < 2; ++page) {
            NodeRows out;
            ArtifactRecords records;
            rows.artifacts(loader->nodeOf(0),
                {artifact(QString::number(page * 2 + 1), {QStringLiteral("t%1").arg(page)}),
                    artifact(QString::number(page * 2 + 2), {})},
                out, records);
            loader->stream(0, std::move(out), std::move(records));
        }
        // Rows wait for the batch; the "Loading…" row shows meanwhile.
        QCOMPARE(model->rowCount(app), 1);
        QTRY_COMPARE(model->rowCount(app), 5);
        QCOMPARE(kindOf(model->index(4, 0, app)), NodeKind::Loading);
        loader->finish({});
        QCOMPARE(model->rowCount(app), 4); // all inserted, "Loading…" gone, before loading ends
        QCOMPARE(model->counts().tags, qint64(2));
        QCOMPARE(model->counts().artifacts, qint64(4));
    }

    void refreshMergesAndKeepsIndexes()
    {
        const QModelIndex app
            = openRepository({artifact("1", {QStringLiteral("v1"), QStringLiteral("v2")}), artifact("2", {"old"})});
        QCOMPARE(names(*model, app), (QStringList {"v1", "v2", "old"}));
        const QPersistentModelIndex v1 = child(app, QStringLiteral("v1"));

        model->refresh(app);
        QCOMPARE(loader->requests.size(), 1);
        QVERIFY(loader->requests.first().merge);
        TreeRows rows;
        NodeRows out;
        ArtifactRecords records;
        rows.artifacts(loader->nodeOf(0), {artifact("1", {"v1", "v2"}, 1, 20), artifact("3", {"new"})}, out, records);
        loader->finish(std::move(out), std::move(records));

        QVERIFY(v1.isValid()); // the same node, so the view keeps selection and expansion
        QCOMPARE(v1.data(FilterTextRole).toString(), QStringLiteral("v1"));
        QCOMPARE(names(*model, app), (QStringList {"v1", "v2", "new"}));
        // The fresh record: pulled on day 20 now.
        QCOMPARE(QModelIndex(v1).siblingAtColumn(int(Column::Pulled)).data(SortRole).toLongLong(),
            at(20).toMSecsSinceEpoch());
        QCOMPARE(model->counts().artifacts, qint64(2));
        QCOMPARE(model->counts().tags, qint64(3));
    }

    void failedRefreshChangesNothing()
    {
        const QModelIndex app = openRepository({artifact("1", {QStringLiteral("v1")})});
        model->refresh(app);
        loader->finish({}, {}, failure());
        QCOMPARE(names(*model, app).first(), QStringLiteral("v1"));
        QCOMPARE(kindOf(model->index(model->rowCount(app) - 1, 0, app)), NodeKind::Error);
        QCOMPARE(model->counts().tags, qint64(1));
    }

    void lateAnswersOfAnOldFetchAreDropped()
    {
        model->fetchMore(registry);
        model->refresh(registry); // state Fetching with no rows: a fresh load replaces the old one
        QCOMPARE(loader->requests.size(), 2);
        QVERIFY(!loader->finish(projects(loader->nodeOf(0), {QStringLiteral("stale")})));
        QVERIFY(loader->finish(projects(loader->nodeOf(0), {QStringLiteral("fresh")})));
        QCOMPARE(names(*model, registry), QStringList {"fresh"});
        QVERIFY(!model->isLoading());
    }

    void removingARegistryMidFetchEndsLoading()
    {
        QSignalSpy loading(model.get(), &RegistryTreeModel::loadingChanged);
        model->fetchMore(registry);
        FakeLoader::Request pending = loader->requests.first();
        model->removeRegistry(registry);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->isLoading());
        QCOMPARE(loading.last().first().toBool(), false);
        QVERIFY(!pending.guard.valid()); // the loader's late answer finds nothing to touch
    }

    void removingTheLastTagLeavesTheArtifactUntagged()
    {
        const QModelIndex app = openRepository({artifact("1", {QStringLiteral("v1"), QStringLiteral("v2")})});
        model->removeTagRow(child(app, QStringLiteral("v1")));
        QCOMPARE(model->siblingTags(child(app, QStringLiteral("v2"))), QStringList {});
        model->removeTagRow(child(app, QStringLiteral("v2")));
        QCOMPARE(model->rowCount(app), 1);
        QCOMPARE(kindOf(model->index(0, 0, app)), NodeKind::Digest);
        QCOMPARE(model->counts().tags, qint64(0));
        QCOMPARE(model->counts().artifacts, qint64(1));
        model->removeArtifactRows(model->index(0, 0, app));
        QCOMPARE(model->rowCount(app), 0);
        QCOMPARE(model->counts().artifacts, qint64(0));
    }

    // The end of a first load removes no row: QTreeView answers any removal by laying out every
    // visible row again. The "Loading…" row becomes the first row of the last batch instead.
    void aFirstLoadEndsWithoutRemovingRows_data()
    {
        QTest::addColumn<int>("streamed"); // artifacts streamed before the end
        QTest::addColumn<int>("last"); // artifacts with the end
        QTest::addColumn<bool>("indexFirst"); // the last batch starts with an index (rows below it)
        QTest::addColumn<int>("removals");
        QTest::newRow("one batch") << 0 << 3 << false << 0;
        QTest::newRow("streamed, then the rest") << 2 << 2 << false << 0;
        QTest::newRow("an index first") << 0 << 2 << true << 0;
        // The loader ends with the last page's rows still waiting for their batch; rows already
        // shown keep their own index, so only an end with nothing new removes "Loading…".
        QTest::newRow("streamed and shown, nothing at the end") << 2 << 0 << false << 1;
        QTest::newRow("an empty repository") << 0 << 0 << false << 1;
    }

    void aFirstLoadEndsWithoutRemovingRows()
    {
        QFETCH(int, streamed);
        QFETCH(int, last);
        QFETCH(bool, indexFirst);
        QFETCH(int, removals);
        model->fetchMore(registry);
        loader->finish(projects(loader->nodeOf(0), {QStringLiteral("team")}));
        const QModelIndex team = child(registry, QStringLiteral("team"));
        model->fetchMore(team);
        loader->finish(TreeRows::repositories(loader->nodeOf(0), {{"team/app", "app", 3, {}}}));
        const QPersistentModelIndex app = child(team, QStringLiteral("team/app"));
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsAboutToBeRemoved);
        model->fetchMore(app);
        const QPersistentModelIndex loadingRow = model->index(0, 0, app);
        QCOMPARE(kindOf(loadingRow), NodeKind::Loading);
        TreeRows rows;
        QStringList expected;
        if (streamed > 0) {
            QList<Artifact> page;
            for (int i = 0; i < streamed; ++i) {
                page << artifact(QString::number(100 + i), {QStringLiteral("s%1").arg(i)});
                expected << QStringLiteral("s%1").arg(i);
            }
            NodeRows out;
            ArtifactRecords records;
            rows.artifacts(loader->nodeOf(0), page, out, records);
            loader->stream(0, std::move(out), std::move(records));
            QTRY_COMPARE(model->rowCount(app), streamed + 1); // inserted before "Loading…"
        }
        QList<Artifact> tail;
        for (int i = 0; i < last; ++i) {
            Artifact a = artifact(QString::number(200 + i), {QStringLiteral("l%1").arg(i)});
            if (i == 0 && indexFirst) {
                ChildReference amd64;
                amd64.childDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
                a.references.append(amd64);
            }
            tail << a;
            expected << QStringLiteral("l%1").arg(i);
        }
        NodeRows out;
        ArtifactRecords records;
        rows.artifacts(loader->nodeOf(0), tail, out, records);
        loader->finish(std::move(out), std::move(records));
        QVERIFY(!model->isLoading());
        QCOMPARE(names(*model, app), expected);
        QCOMPARE(removed.count(), removals);
        QCOMPARE(model->counts().tags, qint64(streamed + last));
        QCOMPARE(app.data(FetchStateRole).toInt(), int(FetchState::Fetched));
        if (removals == 0) {
            // The loading row's index now stands for the first row of the last batch.
            QVERIFY(loadingRow.isValid());
            QCOMPARE(loadingRow.row(), streamed);
            QVERIFY(kindOf(loadingRow) != NodeKind::Loading);
            if (last > 0)
                QCOMPARE(loadingRow.data(FilterTextRole).toString(), QStringLiteral("l0"));
            if (indexFirst) {
                QVERIFY(model->hasChildren(loadingRow));
                QCOMPARE(model->rowCount(loadingRow), 1);
                QCOMPARE(kindOf(model->index(0, 0, loadingRow)), NodeKind::Child);
                QVERIFY(!(loadingRow.flags() & Qt::ItemNeverHasChildren));
            }
        }
    }

    // Childless artifact rows say so (Qt::ItemNeverHasChildren), so a view's layout asks them
    // for nothing more; a tag with platform rows below it, and its platform rows, are exact.
    void childlessArtifactRowsNeverHaveChildren()
    {
        Artifact index = artifact("2", {QStringLiteral("multi")});
        ChildReference amd64;
        amd64.childDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        index.references.append(amd64);
        const QModelIndex app = openRepository({artifact("1", {QStringLiteral("v1")}), index});
        const QModelIndex v1 = child(app, QStringLiteral("v1"));
        const QModelIndex multi = child(app, QStringLiteral("multi"));
        QVERIFY(v1.flags() & Qt::ItemNeverHasChildren);
        QVERIFY(!(multi.flags() & Qt::ItemNeverHasChildren));
        QVERIFY(model->hasChildren(multi));
        const QModelIndex platform = model->index(0, 0, multi);
        QCOMPARE(kindOf(platform), NodeKind::Child);
        QVERIFY(platform.flags() & Qt::ItemNeverHasChildren);
        QVERIFY(!(app.flags() & Qt::ItemNeverHasChildren));
        QVERIFY(v1.flags() & Qt::ItemIsSelectable);
    }

    // Tag names repeat across repositories: the rows share one copy of each name.
    void tagNamesAreShared()
    {
        // Built at run time, so that the two names start as separate copies.
        const QString latest1 = QStringLiteral("lat") + QStringLiteral("est");
        const QString latest2 = QStringLiteral("lat") + QStringLiteral("est");
        QVERIFY(!latest1.isSharedWith(latest2));
        RegistryNode repoA(NodeKind::Repository, nullptr, QStringLiteral("a"));
        RegistryNode repoB(NodeKind::Repository, nullptr, QStringLiteral("b"));
        TreeRows rows;
        NodeRows outA, outB;
        ArtifactRecords recordsA, recordsB;
        rows.artifacts(&repoA, {artifact("1", {latest1})}, outA, recordsA);
        rows.artifacts(&repoB, {artifact("2", {latest2})}, outB, recordsB);
        QCOMPARE(outA.at(0)->name, latest1);
        QCOMPARE(outB.at(0)->name, latest2);
        QVERIFY(outA.at(0)->name.isSharedWith(outB.at(0)->name));
        QVERIFY(recordsB.at(0)->tagNames.at(0).isSharedWith(outA.at(0)->name));
    }

    // More names than the pool's shortcut has slots, so that names share slots: every name still
    // comes back as the one copy the first repository got, and names past the pool's bound keep
    // their own.
    void manyTagNamesStayShared()
    {
        constexpr int kBound = 65536; // TreeRows' bound on pooled tag names
        QStringList tags;
        for (int i = 0; i < kBound + 10; ++i)
            tags << QStringLiteral("n") + QString::number(i);
        Artifact first = artifact("1", tags);
        first.mediaType
            = QStringLiteral("application/") + QStringLiteral("vnd.oci.image.config.v1+json"); // on the heap
        QStringList copies;
        for (const QString &t : std::as_const(tags))
            copies << QString(t.constData(), t.size()); // separate copies, as a second page brings
        Artifact second = artifact("2", copies);
        second.mediaType = QString(first.mediaType.constData(), first.mediaType.size());
        RegistryNode repoA(NodeKind::Repository, nullptr, QStringLiteral("a"));
        RegistryNode repoB(NodeKind::Repository, nullptr, QStringLiteral("b"));
        TreeRows rows;
        NodeRows outA, outB;
        ArtifactRecords recordsA, recordsB;
        rows.artifacts(&repoA, {first}, outA, recordsA);
        rows.artifacts(&repoB, {second}, outB, recordsB);
        QCOMPARE(int(outB.size()), int(tags.size()));
        int shared = 0;
        for (size_t i = 0; i < outB.size(); ++i) {
            QCOMPARE(outB[i]->name, tags.at(int(i)));
            QCOMPARE(recordsB.at(0)->tagNames.at(qsizetype(i)), tags.at(int(i)));
            QVERIFY(outB[i]->name.isSharedWith(recordsB.at(0)->tagNames.at(qsizetype(i)))); // one copy per row
            if (outB[i]->name.isSharedWith(outA[i]->name))
                ++shared;
            else
                QVERIFY2(int(i) >= kBound, qPrintable(tags.at(int(i))));
        }
        QCOMPARE(shared, kBound);
        QVERIFY(recordsB.at(0)->mediaType.isSharedWith(recordsA.at(0)->mediaType));
    }

    // Containers waiting for a fetch come out top to bottom as the tree shows them, whatever
    // order they went in; two entries for one node keep their order.
    void waitingFetchesComeOutTopToBottom()
    {
        TreeStore store;
        RegistryNode *reg = store.addRegistry(QStringLiteral("r"), QUrl(), QString());
        store.appendChildren(reg, projects(reg, {QStringLiteral("p0"), QStringLiteral("p1"), QStringLiteral("p2")}));
        std::vector<RegistryNode *> repos; // in tree order
        for (auto &p : reg->children) {
            store.appendChildren(p.get(),
                TreeRows::repositories(p.get(), {{"x/a", "a", 1, {}}, {"x/b/c", "b/c", 1, {}}, {"x/d", "d", 1, {}}}));
            const std::function<void(RegistryNode *)> collect = [&](RegistryNode *n) {
                for (auto &c : n->children) {
                    if (c->kind == NodeKind::Repository)
                        repos.push_back(c.get());
                    collect(c.get());
                }
            };
            collect(p.get());
        }
        QCOMPARE(int(repos.size()), 9);
        // Asked for as projects might answer: the last project's repositories first.
        const std::vector<int> asked {7, 8, 6, 1, 0, 2, 4, 3, 5};
        TreeOrderQueue<int> queue;
        for (int i : asked)
            queue.push(repos[size_t(i)], i);
        queue.push(repos[4], 100); // the same node again, later
        QList<int> served;
        while (!queue.empty())
            served << queue.pop();
        QCOMPARE(served, (QList<int> {0, 1, 2, 3, 4, 100, 5, 6, 7, 8}));
    }

    // The tree shows a tag as pulled when its artifact was pulled by digest: the planner's rule.
    void pulledIsTheLaterOfTagAndArtifact()
    {
        Artifact a = artifact("1", {QStringLiteral("v1")}, 1, 10);
        a.tags[0].pullTime = at(5);
        const QModelIndex app = openRepository({a});
        const QModelIndex v1 = child(app, QStringLiteral("v1"));
        QCOMPARE(v1.siblingAtColumn(int(Column::Pulled)).data(SortRole).toLongLong(), at(10).toMSecsSinceEpoch());
        QCOMPARE(v1.siblingAtColumn(int(Column::Pushed)).data(SortRole).toLongLong(), at(1).toMSecsSinceEpoch());
    }

    // Sorting by digest orders rows as the digests' text (case-insensitively), whether a record
    // keeps its digest as 32 bytes (lower-case sha256) or as given (anything else).
    void sortsByDigestAsText_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }
    void sortsByDigestAsText()
    {
        QFETCH(Qt::SortOrder, order);
        const QStringList seeds = {QStringLiteral("a1"), QStringLiteral("0f"), QStringLiteral("ff"),
            QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("b"), QStringLiteral("0")};
        QList<Artifact> artifacts;
        for (int i = 0; i < seeds.size(); ++i)
            artifacts << artifact(seeds.at(i), {QStringLiteral("t%1").arg(i)});
        // Kept as given: upper-case hex (between "…09" and "…a1" case-insensitively), sha512.
        artifacts << artifact(QString(), {QStringLiteral("upper")});
        artifacts.last().digest = QStringLiteral("sha256:") + QString(62, QLatin1Char('0')) + QStringLiteral("A0");
        artifacts << artifact(QString(), {QStringLiteral("long")});
        artifacts.last().digest = QStringLiteral("sha512:") + QString(128, QLatin1Char('c'));
        const QModelIndex app = openRepository(artifacts);
        QCOMPARE(model->rowCount(app), int(artifacts.size()));

        RegistryFilterProxy proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(int(Column::Digest), order);
        const QModelIndex shown = proxy.mapFromSource(app);
        QStringList digests;
        for (int i = 0; i < proxy.rowCount(shown); ++i)
            digests << proxy.index(i, int(Column::Digest), shown).data(SortRole).toString();
        QStringList expected;
        for (const Artifact &a : artifacts)
            expected << a.digest;
        std::stable_sort(expected.begin(), expected.end(), [order](const QString &x, const QString &y) {
            const int c = x.compare(y, Qt::CaseInsensitive);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        QCOMPARE(digests, expected);
    }
};

QTEST_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
