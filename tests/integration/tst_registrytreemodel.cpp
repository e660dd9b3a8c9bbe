// RegistryTreeModel and RegistryFilterProxy against harbor-sim on loopback. Every test attaches a
// QAbstractItemModelTester (QtTest reporting) to each model it builds; fetchMore is driven by the
// test (setUseFetchMore(false)) except in crawlWithTesterFetchMore, where the tester itself
// pulls the whole public tree in.
#include "api/HarborClient.h"
#include "models/ModelRoles.h"
#include "models/RegistryFilterProxy.h"
#include "models/RegistryNode.h"
#include "models/RegistryTreeModel.h"
#include "SimAccounts.h"
#include "SimFixtures.h"
#include "SimServer.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;

namespace berth {
const char *kindName(NodeKind k)
{
    static const char *const names[]
        = {"Registry", "Project", "Folder", "Repository", "Tag", "Digest", "Child", "Accessory", "Loading", "Error"};
    const int i = int(k);
    return i >= 0 && i < 10 ? names[i] : "?";
}

// Readable QCOMPARE output for node kinds (found by ADL).
char *toString(NodeKind k)
{
    return qstrdup(kindName(k));
}
} // namespace berth

namespace {

using SimAccounts::kCleaner;
using SimAccounts::kCleanerSecret;

NodeKind kindOf(const QModelIndex &i)
{
    return NodeKind(i.data(KindRole).toInt());
}

FetchState stateOf(const QModelIndex &i)
{
    return FetchState(i.data(FetchStateRole).toInt());
}

// Waits, with a QSignalSpy on loadingChanged, until no fetch is running.
bool waitIdle(RegistryTreeModel &model, int timeoutMs = 30000)
{
    QSignalSpy spy(&model, &RegistryTreeModel::loadingChanged);
    QElapsedTimer t;
    t.start();
    while (model.isLoading()) {
        const int left = timeoutMs - int(t.elapsed());
        if (left <= 0 || !spy.wait(left))
            return !model.isLoading();
    }
    return true;
}

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex c = model.index(r, 0, parent);
        const NodeKind k = kindOf(c);
        const QString text = k == NodeKind::Tag ? c.data(TagRole).toString() : c.data(Qt::DisplayRole).toString();
        if (text == name)
            return c;
    }
    return {};
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent, NodeKind kind)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex c = model.index(r, 0, parent);
        if (kindOf(c) == kind)
            names << (kind == NodeKind::Digest ? c.data(DigestRole).toString() : c.data(Qt::DisplayRole).toString());
    }
    names.sort();
    return names;
}

int countKind(const QAbstractItemModel &model, const QModelIndex &parent, NodeKind kind)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(parent); ++r)
        if (kindOf(model.index(r, 0, parent)) == kind)
            ++n;
    return n;
}

// One registry in one model, with the tester attached before anything is added.
struct Tree
{
    Tree(const QUrl &url, const QString &user = {}, const QString &secret = {}, bool testerFetchesMore = false)
        : client(settingsFor(url, user, secret))
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        tester.setUseFetchMore(testerFetchesMore);
        registry
            = model.addRegistry(QStringLiteral("sim"), &client, user.isEmpty() ? QStringLiteral("anonymous") : user);
    }

    // Fetches index if it has not been fetched yet and waits for the result.
    bool expand(const QModelIndex &index)
    {
        if (model.canFetchMore(index))
            model.fetchMore(index);
        return waitIdle(model);
    }

    // Expands the registry, then each named child in turn ("team-a", "backend", "api").
    QModelIndex load(const QStringList &path)
    {
        QModelIndex cur = registry;
        if (!expand(cur))
            return {};
        for (const QString &segment : path) {
            cur = childNamed(model, cur, segment);
            if (!cur.isValid() || !expand(cur))
                return {};
        }
        return cur;
    }

    HarborClient client;
    RegistryTreeModel model;
    QAbstractItemModelTester tester;
    QPersistentModelIndex registry;
};

QStringList split(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// Every row visible through a (proxy) model below its top level, as "a/b/c" of display names.
void collectVisible(const QAbstractItemModel &m, const QModelIndex &parent, const QString &prefix, QStringList &out)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex c = m.index(r, 0, parent);
        const QString name = kindOf(c) == NodeKind::Tag ? c.data(TagRole).toString() : c.data().toString();
        const QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        out << path;
        collectVisible(m, c, path, out);
    }
}

bool deleteTag(HarborClient &c, const QString &project, const QString &repo, const QString &tag)
{
    ApiError err;
    bool done = false;
    c.deleteTag(project, repo, tag, tag, &c, [&](const ApiError &e) { err = e, done = true; });
    return QTest::qWaitFor([&done] { return done; }, 30000) && !err;
}

} // namespace

class TestRegistryTreeModel : public QObject
{
    Q_OBJECT

private:
    SimServer sim;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(sim.start(), qPrintable(sim.errorString())); }

    void init()
    {
        QVERIFY(sim.reset());
        QVERIFY(sim.clearLog());
    }

    // ---- registry -> projects, by account

    void projectsByAccount_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("credentialState");
        QTest::addColumn<QStringList>("projects");
        QTest::addColumn<QStringList>("privateProjects");
        QTest::addRow("anonymous") << QString() << QString() << QStringLiteral("anonymous")
                                   << QStringList {"empty", "library"} << QStringList {};
        QTest::addRow("project robot") << kCleaner << kCleanerSecret << QStringLiteral("robot")
                                       << QStringList {"empty", "library", "team-a"} << QStringList {"team-a"};
        QTest::addRow("member user") << SimAccounts::kAlice << SimAccounts::kAlicePassword << QStringLiteral("user")
                                     << QStringList {"empty", "library", "team-a", "team-b"}
                                     << QStringList {"team-a", "team-b"};
        QTest::addRow("sysadmin") << SimAccounts::kAdmin << SimAccounts::kAdminPassword << QStringLiteral("user")
                                  << QStringList {"1234", "empty", "library", "team-a", "team-b"}
                                  << QStringList {"1234", "team-a", "team-b"};
    }

    void projectsByAccount()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, credentialState);
        QFETCH(QStringList, projects);
        QFETCH(QStringList, privateProjects);

        Tree t(sim.url(), user, secret);
        QCOMPARE(kindOf(t.registry), NodeKind::Registry);
        QVERIFY(t.model.hasChildren(t.registry)); // not fetched yet, but expandable
        QCOMPARE(t.model.rowCount(t.registry), 0);
        QVERIFY(t.model.canFetchMore(t.registry));
        QSignalSpy rejected(&t.model, &RegistryTreeModel::credentialsRejected);
        QSignalSpy failed(&t.model, &RegistryTreeModel::fetchFailed);

        QVERIFY(t.expand(t.registry));
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stateOf(t.registry), FetchState::Fetched);
        QVERIFY(!t.model.canFetchMore(t.registry));
        QCOMPARE(t.registry.data(CredentialStateRole).toString(), credentialState);
        QCOMPARE(childNames(t.model, t.registry, NodeKind::Project), projects);
        QCOMPARE(t.model.rowCount(t.registry), projects.size()); // no loading or error rows left
        QCOMPARE(t.model.counts().projects, qint64(projects.size()));
        for (const QString &p : projects) {
            const QModelIndex idx = childNamed(t.model, t.registry, p);
            QVERIFY(idx.isValid());
            QCOMPARE(idx.data(ProjectRole).toString(), p);
            QCOMPARE(stateOf(idx), FetchState::NotFetched);
            QVERIFY(t.model.canFetchMore(idx));
            QCOMPARE(idx.siblingAtColumn(int(Column::Type)).data().toString(),
                privateProjects.contains(p) ? QStringLiteral("private project") : QStringLiteral("public project"));
            QCOMPARE(idx.data(RegistryUrlRole).toUrl(), sim.url());
        }
    }

    // ---- nesting of repository names

    void nesting_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QList<int>>("kinds"); // of each path segment below the registry
        const auto k = [](std::initializer_list<NodeKind> l) {
            QList<int> out;
            for (NodeKind n : l)
                out << int(n);
            return out;
        };
        QTest::addRow("team-a/backend/api: folder > repository")
            << QStringLiteral("team-a/backend/api") << k({NodeKind::Project, NodeKind::Folder, NodeKind::Repository});
        QTest::addRow("team-a/tools/ci/runner: two folders")
            << QStringLiteral("team-a/tools/ci/runner")
            << k({NodeKind::Project, NodeKind::Folder, NodeKind::Folder, NodeKind::Repository});
        QTest::addRow("team-a/frontend: flat")
            << QStringLiteral("team-a/frontend") << k({NodeKind::Project, NodeKind::Repository});
        QTest::addRow("library/nginx: public, flat")
            << QStringLiteral("library/nginx") << k({NodeKind::Project, NodeKind::Repository});
    }

    void nesting()
    {
        QFETCH(QString, repository);
        QFETCH(QList<int>, kinds);
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QStringList segments = split(repository);
        QCOMPARE(segments.size(), kinds.size());

        QModelIndex cur = t.registry;
        QVERIFY(t.expand(cur));
        for (int i = 0; i < segments.size(); ++i) {
            const QModelIndex next = childNamed(t.model, cur, segments[i]);
            QVERIFY2(next.isValid(), qPrintable(segments[i]));
            QCOMPARE(int(kindOf(next)), kinds[i]);
            QCOMPARE(t.model.parent(next), cur.siblingAtColumn(0));
            QCOMPARE(next.data(ProjectRole).toString(), segments.first());
            // Only one node per segment: "backend" is never a repository and a folder at once.
            int same = 0;
            for (int r = 0; r < t.model.rowCount(cur); ++r)
                same += t.model.index(r, 0, cur).data().toString() == segments[i] ? 1 : 0;
            QCOMPARE(same, 1);
            cur = next;
            QVERIFY(t.expand(cur));
        }
        QCOMPARE(kindOf(cur), NodeKind::Repository);
        QCOMPARE(cur.data(RepositoryRole).toString(), repository);
        QCOMPARE(cur.data(FilterTextRole).toString(), repository);
        QCOMPARE(cur.siblingAtColumn(int(Column::Type)).data().toString(), QStringLiteral("repository"));
        QCOMPARE(stateOf(cur), FetchState::Fetched);
        QVERIFY(countKind(t.model, cur, NodeKind::Tag) > 0);
        QCOMPARE(countKind(t.model, cur, NodeKind::Error), 0);
        // Tag rows know their full repository, whatever the folder depth.
        QCOMPARE(t.model.index(0, 0, cur).data(RepositoryRole).toString(), repository);
    }

    // ---- tag rows and untagged digest rows

    void tagAndDigestRows_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QStringList>("tagKeys"); // "tag=artifact key"
        QTest::addColumn<QStringList>("untaggedKeys");
        QTest::addRow("team-a/backend/api") << QStringLiteral("team-a/backend/api")
                                            << QStringList {"v1.0.0=v1.0.0", "release-1.0=v1.0.0", "v1.1.0=v1.1.0",
                                                   "v1.2.0=v1.2.0", "ci-101=ci-101", "ci-102=ci-102", "ci-103=ci-103"}
                                            << QStringList {"untagged"};
        QTest::addRow("library/nginx: index tags, one untagged")
            << QStringLiteral("library/nginx")
            << QStringList {"1.27=index", "latest=index", "1.25=v1.25", "1.25.3=v1.25"} << QStringList {"untagged"};
        QTest::addRow("library/alpine: no untagged")
            << QStringLiteral("library/alpine") << QStringList {"3.19=3.19", "3.20=3.20"} << QStringList {};
        QTest::addRow("team-a/frontend") << QStringLiteral("team-a/frontend")
                                         << QStringList {"main=main", "pr-1=pr-1", "pr-2=pr-2"} << QStringList {};
    }

    void tagAndDigestRows()
    {
        QFETCH(QString, repository);
        QFETCH(QStringList, tagKeys);
        QFETCH(QStringList, untaggedKeys);
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QModelIndex repo = t.load(split(repository));
        QVERIFY(repo.isValid());

        QStringList expectedTags;
        for (const QString &tk : tagKeys)
            expectedTags << tk.section(QLatin1Char('='), 0, 0);
        expectedTags.sort();
        QCOMPARE(childNames(t.model, repo, NodeKind::Tag), expectedTags);
        QStringList expectedDigests;
        for (const QString &key : untaggedKeys)
            expectedDigests << simDigest(repository, key);
        expectedDigests.sort();
        QCOMPARE(childNames(t.model, repo, NodeKind::Digest), expectedDigests);
        QCOMPARE(t.model.rowCount(repo), tagKeys.size() + untaggedKeys.size());

        QSet<QString> artifacts;
        for (const QString &tk : tagKeys) {
            const QString tag = tk.section(QLatin1Char('='), 0, 0);
            const QString key = tk.section(QLatin1Char('='), 1);
            artifacts.insert(key);
            const QModelIndex row = childNamed(t.model, repo, tag);
            QVERIFY2(row.isValid(), qPrintable(tag));
            QCOMPARE(kindOf(row), NodeKind::Tag);
            QCOMPARE(row.data(TagRole).toString(), tag);
            QCOMPARE(row.data(DigestRole).toString(), simDigest(repository, key));
            QCOMPARE(row.data(RepositoryRole).toString(), repository);
            // Short digest in the column, the full one in the tooltip.
            const QModelIndex digestCell = row.siblingAtColumn(int(Column::Digest));
            QCOMPARE(digestCell.data().toString(), simDigest(repository, key).left(19));
            QCOMPARE(digestCell.data(Qt::ToolTipRole).toString(), simDigest(repository, key));
            const int sharing = int(std::count_if(tagKeys.cbegin(), tagKeys.cend(),
                [&key](const QString &o) { return o.section(QLatin1Char('='), 1) == key; }));
            QCOMPARE(row.siblingAtColumn(int(Column::SharedTags)).data().toInt(), sharing);
            QVERIFY(row.flags() & Qt::ItemIsSelectable);
        }
        for (int r = 0; r < t.model.rowCount(repo); ++r) {
            const QModelIndex row = t.model.index(r, 0, repo);
            if (kindOf(row) != NodeKind::Digest)
                continue;
            const QString digest = row.data(DigestRole).toString();
            QCOMPARE(row.data().toString(), QLatin1Char('@') + digest.left(19));
            QVERIFY(row.data(TagRole).toString().isEmpty());
            QVERIFY(row.data(Qt::ForegroundRole).canConvert<QBrush>()); // dimmed
            QCOMPARE(row.siblingAtColumn(int(Column::SharedTags)).data().toInt(), 0);
        }
        QCOMPARE(t.model.counts().artifacts, qint64(artifacts.size() + untaggedKeys.size()));
        QCOMPARE(t.model.counts().tags, qint64(tagKeys.size()));
    }

    // ---- index children and accessories

    void indexChildrenAndAccessories_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addRow("1.27") << QStringLiteral("1.27");
        QTest::addRow("latest") << QStringLiteral("latest");
    }

    void indexChildrenAndAccessories()
    {
        QFETCH(QString, tag);
        const QString repository = QStringLiteral("library/nginx");
        Tree t(sim.url());
        const QModelIndex repo = t.load({QStringLiteral("library"), QStringLiteral("nginx")});
        QVERIFY(repo.isValid());
        const QModelIndex row = childNamed(t.model, repo, tag);
        QVERIFY(row.isValid());
        QCOMPARE(row.siblingAtColumn(int(Column::Type)).data().toString(), QStringLiteral("index"));
        QCOMPARE(row.siblingAtColumn(int(Column::Platforms)).data().toString(),
            QStringLiteral("linux/amd64, linux/arm64/v8"));
        QVERIFY(t.model.hasChildren(row));

        struct Expect
        {
            NodeKind kind;
            QString name;
            QString key;
            QString type;
        };
        const QList<Expect> expected {
            {NodeKind::Child, QStringLiteral("linux/amd64"), QStringLiteral("amd64"), QStringLiteral("platform")},
            {NodeKind::Child, QStringLiteral("linux/arm64/v8"), QStringLiteral("arm64"), QStringLiteral("platform")},
            {NodeKind::Accessory, QStringLiteral("signature.cosign"), QStringLiteral("index-signature"),
                QStringLiteral("accessory")},
        };
        QCOMPARE(t.model.rowCount(row), expected.size());
        for (const Expect &e : expected) {
            const QModelIndex c = childNamed(t.model, row, e.name);
            QVERIFY2(c.isValid(), qPrintable(e.name));
            QCOMPARE(kindOf(c), e.kind);
            QCOMPARE(c.data(DigestRole).toString(), simDigest(repository, e.key));
            QCOMPARE(c.siblingAtColumn(int(Column::Digest)).data().toString(), simDigest(repository, e.key).left(19));
            QCOMPARE(c.siblingAtColumn(int(Column::Type)).data().toString(), e.type);
            QCOMPARE(c.data(RepositoryRole).toString(), repository);
            QCOMPARE(t.model.parent(c), row);
            QVERIFY(!t.model.hasChildren(c));
        }
        // Plain image tags carry none.
        QVERIFY(!t.model.hasChildren(childNamed(t.model, repo, QStringLiteral("1.25"))));
        // Nor do children or accessories become rows of their own.
        QCOMPARE(countKind(t.model, repo, NodeKind::Child), 0);
        QCOMPARE(countKind(t.model, repo, NodeKind::Accessory), 0);
    }

    // ---- paging with the "Loading…" placeholder

    void pagingStreamsWithLoadingRow()
    {
        SimServer gen;
        QVERIFY2(gen.start({QStringLiteral("--generate"), QStringLiteral("projects=1,repos=1,tags=250")}),
            qPrintable(gen.errorString()));
        Tree t(gen.url(), SimAccounts::kBench, SimAccounts::kBenchSecret);
        const QModelIndex repo = t.load({QStringLiteral("proj-000")});
        QVERIFY(repo.isValid());
        const QPersistentModelIndex r = childNamed(t.model, repo, QStringLiteral("repo-000"));
        QVERIFY(r.isValid());
        QCOMPARE(kindOf(r), NodeKind::Repository);

        // Rows are inserted in batches of 100 ms; page 2 comes later, so page 1 shows first.
        QVERIFY(gen.addFault(QJsonObject {{QStringLiteral("kind"), QStringLiteral("latency")},
            {QStringLiteral("delay_ms"), 600}, {QStringLiteral("match"), QStringLiteral("page=2&")}}));
        QSignalSpy inserted(&t.model, &QAbstractItemModel::rowsInserted);
        QStringList loadingTexts;
        connect(&t.model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &tl, const QModelIndex &) {
            if (kindOf(tl) == NodeKind::Loading)
                loadingTexts << tl.data().toString();
        });
        t.model.fetchMore(r);
        // The placeholder is there at once, not selectable, with the fetch state on the parent.
        QCOMPARE(t.model.rowCount(r), 1);
        const QModelIndex loading = t.model.index(0, 0, r);
        QCOMPARE(kindOf(loading), NodeKind::Loading);
        QVERIFY(loading.data().toString().startsWith(QStringLiteral("Loading")));
        QVERIFY(!(loading.flags() & Qt::ItemIsSelectable));
        QCOMPARE(stateOf(r), FetchState::Fetching);
        QVERIFY(t.model.isLoading());

        QVERIFY(waitIdle(t.model));
        QCOMPARE(stateOf(r), FetchState::Fetched);
        QCOMPARE(t.model.rowCount(r), 250);
        QCOMPARE(countKind(t.model, r, NodeKind::Tag), 250);
        QCOMPARE(countKind(t.model, r, NodeKind::Loading), 0);
        QSet<QString> tags;
        for (int i = 0; i < 250; ++i)
            tags.insert(t.model.index(i, 0, r).data(TagRole).toString());
        QCOMPARE(tags.size(), 250);
        QVERIFY(tags.contains(QStringLiteral("t00000")) && tags.contains(QStringLiteral("t00249")));
        QCOMPARE(t.model.counts().tags, qint64(250));
        QCOMPARE(t.model.counts().artifacts, qint64(125));
        // Rows streamed in page by page (125 artifacts = 2 pages of 100) after the placeholder,
        // and the placeholder said how far the load had come in between.
        int batches = 0;
        for (const QList<QVariant> &args : std::as_const(inserted))
            if (args.at(0).value<QModelIndex>() == QModelIndex(r))
                ++batches;
        QVERIFY2(batches >= 3, qPrintable(QString::number(batches)));
        QVERIFY(!loadingTexts.isEmpty());
        QVERIFY2(loadingTexts.last().contains(QStringLiteral("of 125")), qPrintable(loadingTexts.join(u'|')));
    }

    // ---- error rows and retry

    void errorRowsAndRetry_data()
    {
        QTest::addColumn<QString>("preload"); // loaded before the fault
        QTest::addColumn<QString>("failing"); // the node that fails, below the preload
        QTest::addColumn<QString>("match");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("rowsAfterRetry");
        QTest::addRow("repositories of a project, 500")
            << QString() << QStringLiteral("team-a") << QStringLiteral("/repositories") << 500
            << QStringList {"backend", "frontend", "tools"};
        QTest::addRow("repositories of a project, 403")
            << QString() << QStringLiteral("team-a") << QStringLiteral("/repositories") << 403
            << QStringList {"backend", "frontend", "tools"};
        QTest::addRow("artifacts of a repository, 500")
            << QStringLiteral("team-a") << QStringLiteral("frontend") << QStringLiteral("/artifacts") << 500
            << QStringList {"main", "pr-1", "pr-2"};
        QTest::addRow("artifacts of a nested repository, 503")
            << QStringLiteral("team-a/backend") << QStringLiteral("api") << QStringLiteral("/artifacts") << 503
            << QStringList {"ci-101", "ci-102", "ci-103", "release-1.0", "v1.0.0", "v1.1.0", "v1.2.0"};
    }

    void errorRowsAndRetry()
    {
        QFETCH(QString, preload);
        QFETCH(QString, failing);
        QFETCH(QString, match);
        QFETCH(int, status);
        QFETCH(QStringList, rowsAfterRetry);
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QModelIndex parent = t.load(split(preload));
        QVERIFY(parent.isValid());
        const QPersistentModelIndex node = childNamed(t.model, parent, failing);
        QVERIFY(node.isValid());

        QVERIFY(sim.addFault({{"kind", "status"}, {"status", status}, {"match", match}}));
        QSignalSpy failed(&t.model, &RegistryTreeModel::fetchFailed);
        QVERIFY(t.expand(node));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<QModelIndex>(), QModelIndex(node));
        QVERIFY(failed.first().at(1).value<ApiError>().isError());
        // Never an empty node that looks like success: one error row, and a failed state.
        QCOMPARE(stateOf(node), FetchState::Failed);
        QVERIFY(t.model.hasChildren(node));
        QCOMPARE(t.model.rowCount(node), 1);
        const QModelIndex error = t.model.index(0, 0, node);
        QCOMPARE(kindOf(error), NodeKind::Error);
        QVERIFY(!error.data(ErrorTextRole).toString().isEmpty());
        QVERIFY(!node.data(ErrorTextRole).toString().isEmpty());
        QVERIFY(error.data().toString().contains(error.data(ErrorTextRole).toString()));
        QVERIFY(error.flags() & Qt::ItemIsSelectable); // so Enter can retry it
        QVERIFY(!t.model.canFetchMore(node));

        QVERIFY(sim.clearFaults());
        t.model.retry(error);
        QVERIFY(waitIdle(t.model));
        QCOMPARE(stateOf(node), FetchState::Fetched);
        QCOMPARE(countKind(t.model, node, NodeKind::Error), 0);
        QStringList names;
        for (int r = 0; r < t.model.rowCount(node); ++r) {
            const QModelIndex c = t.model.index(r, 0, node);
            names << (kindOf(c) == NodeKind::Tag ? c.data(TagRole).toString() : c.data().toString());
            if (kindOf(c) == NodeKind::Digest)
                names.removeLast();
        }
        names.sort();
        QCOMPARE(names, rowsAfterRetry);
        QVERIFY(node.data(ErrorTextRole).toString().isEmpty());
    }

    // ---- rejected credentials

    void rejectedCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addRow("wrong robot secret") << kCleaner << QStringLiteral("WrongSecret");
        QTest::addRow("expired robot") << SimAccounts::kExpired << SimAccounts::kExpiredSecret;
        QTest::addRow("disabled robot") << SimAccounts::kDisabled << SimAccounts::kDisabledSecret;
        QTest::addRow("wrong user password") << QStringLiteral("alice") << QStringLiteral("nope");
    }

    void rejectedCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        Tree t(sim.url(), user, secret);
        QSignalSpy rejected(&t.model, &RegistryTreeModel::credentialsRejected);
        QVERIFY(t.expand(t.registry));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(0).value<QModelIndex>(), QModelIndex(t.registry));
        QVERIFY(rejected.first().at(1).value<ApiError>().isError());
        QCOMPARE(t.registry.data(CredentialStateRole).toString(), QStringLiteral("rejected"));
        QVERIFY(t.registry.data().toString().contains(QStringLiteral("rejected")));
        // Never silently anonymous: no public projects behind the user's back.
        QCOMPARE(countKind(t.model, t.registry, NodeKind::Project), 0);
        QCOMPARE(t.model.counts().projects, qint64(0));
        QCOMPARE(stateOf(t.registry), FetchState::Failed);
        // No project listing was even asked for.
        for (const QJsonValue &v : sim.log())
            QVERIFY2(!v.toObject().value(QStringLiteral("path")).toString().contains(QStringLiteral("/projects")),
                qPrintable(v.toObject().value(QStringLiteral("path")).toString()));

        t.model.continueAnonymously(t.registry);
        QVERIFY(waitIdle(t.model));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(childNames(t.model, t.registry, NodeKind::Project), (QStringList {"empty", "library"}));
        QCOMPARE(countKind(t.model, t.registry, NodeKind::Error), 0);
        QCOMPARE(stateOf(t.registry), FetchState::Fetched);
        QVERIFY(!t.registry.data().toString().contains(QStringLiteral("rejected")));
        // Public content is browsable.
        const QModelIndex nginx = t.load({QStringLiteral("library"), QStringLiteral("nginx")});
        QVERIFY(nginx.isValid());
        QCOMPARE(countKind(t.model, nginx, NodeKind::Tag), 4);
    }

    // ---- refresh that keeps state

    void refreshKeepsState_data()
    {
        QTest::addColumn<QString>("change"); // push, delete, move
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("level"); // repository, project, all
        QTest::addColumn<QStringList>("tagsAfter");
        QTest::addColumn<int>("digestRowsAfter");
        QTest::addRow("tag pushed, repository refresh")
            << QStringLiteral("push") << QStringLiteral("pr-3") << QStringLiteral("repository")
            << QStringList {"main", "pr-1", "pr-2", "pr-3"} << 0;
        QTest::addRow("tag deleted, repository refresh")
            << QStringLiteral("delete") << QStringLiteral("pr-2") << QStringLiteral("repository")
            << QStringList {"main", "pr-1"} << 1;
        QTest::addRow("tag moved, project refresh")
            << QStringLiteral("move") << QStringLiteral("pr-1") << QStringLiteral("project")
            << QStringList {"main", "pr-1", "pr-2"} << 1;
        QTest::addRow("tag pushed, refreshAll")
            << QStringLiteral("push") << QStringLiteral("pr-9") << QStringLiteral("all")
            << QStringList {"main", "pr-1", "pr-2", "pr-9"} << 0;
        QTest::addRow("nothing changed, refreshAll")
            << QString() << QString() << QStringLiteral("all") << QStringList {"main", "pr-1", "pr-2"} << 0;
    }

    void refreshKeepsState()
    {
        QFETCH(QString, change);
        QFETCH(QString, tag);
        QFETCH(QString, level);
        QFETCH(QStringList, tagsAfter);
        QFETCH(int, digestRowsAfter);
        const QString repository = QStringLiteral("team-a/frontend");
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QPersistentModelIndex repo = t.load({QStringLiteral("team-a"), QStringLiteral("frontend")});
        QVERIFY(repo.isValid());
        const QPersistentModelIndex project = t.model.parent(repo);
        const QPersistentModelIndex api = t.load({QStringLiteral("team-a"), QStringLiteral("backend"),
            QStringLiteral("api")}); // a second loaded repository, untouched by the change
        QVERIFY(api.isValid());
        const QPersistentModelIndex apiTag = childNamed(t.model, api, QStringLiteral("v1.2.0"));
        QVERIFY(apiTag.isValid());

        QHash<QString, QPersistentModelIndex> before;
        QHash<QString, const void *> identity;
        for (int r = 0; r < t.model.rowCount(repo); ++r) {
            const QModelIndex c = t.model.index(r, 0, repo);
            before.insert(c.data(TagRole).toString(), c);
            identity.insert(c.data(TagRole).toString(), c.internalPointer());
        }
        const QString oldDigest = before.contains(tag) ? before.value(tag).data(DigestRole).toString() : QString();
        QString newDigest;
        if (change == QLatin1String("push") || change == QLatin1String("move")) {
            newDigest = sim.push(repository, tag).value(QStringLiteral("digest")).toString();
            QVERIFY(newDigest.startsWith(QStringLiteral("sha256:")));
        } else if (change == QLatin1String("delete")) {
            QVERIFY(deleteTag(t.client, QStringLiteral("team-a"), QStringLiteral("frontend"), tag));
        }

        if (level == QLatin1String("repository"))
            t.model.refresh(repo);
        else if (level == QLatin1String("project"))
            t.model.refresh(project);
        else
            t.model.refreshAll();
        QVERIFY(waitIdle(t.model));

        QCOMPARE(stateOf(repo), FetchState::Fetched);
        QCOMPARE(childNames(t.model, repo, NodeKind::Tag), tagsAfter);
        QCOMPARE(countKind(t.model, repo, NodeKind::Digest), digestRowsAfter);
        QCOMPARE(countKind(t.model, repo, NodeKind::Loading), 0);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (tagsAfter.contains(it.key())) {
                QVERIFY2(it.value().isValid(), qPrintable(it.key()));
                QCOMPARE(it.value().internalPointer(), identity.value(it.key())); // the same node
                QCOMPARE(it.value().parent(), QModelIndex(repo));
            } else {
                QVERIFY2(!it.value().isValid(), qPrintable(it.key()));
            }
        }
        if (change == QLatin1String("move")) {
            QCOMPARE(before.value(tag).data(DigestRole).toString(), newDigest);
            QVERIFY(newDigest != oldDigest);
            QCOMPARE(childNames(t.model, repo, NodeKind::Digest), QStringList {oldDigest});
        }
        if (change == QLatin1String("delete"))
            QCOMPARE(childNames(t.model, repo, NodeKind::Digest), QStringList {oldDigest});
        if (change == QLatin1String("push") && !before.contains(tag))
            QCOMPARE(childNamed(t.model, repo, tag).data(DigestRole).toString(), newDigest);
        // The other loaded repository and its rows are kept too.
        QVERIFY(api.isValid());
        QVERIFY(apiTag.isValid());
        QCOMPARE(apiTag.data(TagRole).toString(), QStringLiteral("v1.2.0"));
        QVERIFY(project.isValid());
        // Counts follow the tree.
        const QStringList apiTags = childNames(t.model, api, NodeKind::Tag);
        QCOMPARE(t.model.counts().tags, qint64(tagsAfter.size() + apiTags.size()));
        QCOMPARE(t.model.counts().artifacts, qint64(sim.digestsOf(repository).size() + 7));
    }

    void refreshProjectAddsRepositoryIntoExistingFolder()
    {
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QPersistentModelIndex api
            = t.load({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        const QPersistentModelIndex backend = t.model.parent(api);
        const QPersistentModelIndex project = t.model.parent(backend);
        const QPersistentModelIndex tag = childNamed(t.model, api, QStringLiteral("ci-101"));
        const int apiRows = t.model.rowCount(api);

        QVERIFY(!sim.push(QStringLiteral("team-a/backend/worker"), QStringLiteral("w1")).isEmpty());
        QVERIFY(!sim.push(QStringLiteral("team-a/newrepo"), QStringLiteral("n1")).isEmpty());
        t.model.refresh(project);
        QVERIFY(waitIdle(t.model));

        QVERIFY(backend.isValid());
        QVERIFY(api.isValid());
        QVERIFY(tag.isValid());
        QCOMPARE(t.model.rowCount(api), apiRows);
        QCOMPARE(kindOf(backend), NodeKind::Folder);
        QStringList underBackend;
        for (int r = 0; r < t.model.rowCount(backend); ++r)
            underBackend << t.model.index(r, 0, backend).data().toString();
        underBackend.sort();
        QCOMPARE(underBackend, (QStringList {"api", "worker"}));
        const QModelIndex worker = childNamed(t.model, backend, QStringLiteral("worker"));
        QCOMPARE(kindOf(worker), NodeKind::Repository);
        QCOMPARE(worker.data(RepositoryRole).toString(), QStringLiteral("team-a/backend/worker"));
        QCOMPARE(stateOf(worker), FetchState::NotFetched);
        const QModelIndex newrepo = childNamed(t.model, project, QStringLiteral("newrepo"));
        QVERIFY(newrepo.isValid());
        QCOMPARE(kindOf(newrepo), NodeKind::Repository);
        QCOMPARE(t.model.counts().repositories, qint64(5));
        // Exactly one "backend" folder: merged, not duplicated.
        int backends = 0;
        for (int r = 0; r < t.model.rowCount(project); ++r)
            backends += t.model.index(r, 0, project).data().toString() == QLatin1String("backend") ? 1 : 0;
        QCOMPARE(backends, 1);
    }

    void refreshAllKeepsEveryNodeAndCounts()
    {
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        QVERIFY(t.load({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        QVERIFY(
            t.load({QStringLiteral("team-a"), QStringLiteral("tools"), QStringLiteral("ci"), QStringLiteral("runner")})
                .isValid());
        QVERIFY(t.load({QStringLiteral("library"), QStringLiteral("nginx")}).isValid());
        QList<QPersistentModelIndex> all;
        QList<const void *> nodes;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &p) {
            for (int r = 0; r < t.model.rowCount(p); ++r) {
                const QModelIndex c = t.model.index(r, 0, p);
                all << c;
                nodes << c.internalPointer();
                walk(c);
            }
        };
        walk({});
        QStringList names;
        for (const QPersistentModelIndex &i : std::as_const(all))
            names << QStringLiteral("%1 %2 under %3")
                         .arg(QString::fromLatin1(kindName(kindOf(i))), i.data().toString(),
                             i.parent().data().toString());
        const RegistryTreeModel::Counts before = t.model.counts();
        QVERIFY(all.size() > 30);

        t.model.refreshAll();
        QVERIFY(t.model.isLoading());
        QVERIFY(waitIdle(t.model));
        for (int i = 0; i < all.size(); ++i) {
            QVERIFY2(all[i].isValid(), qPrintable(names[i]));
            QCOMPARE(all[i].internalPointer(), nodes[i]);
        }
        const RegistryTreeModel::Counts after = t.model.counts();
        QCOMPARE(after.projects, before.projects);
        QCOMPARE(after.repositories, before.repositories);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.artifacts, before.artifacts);
    }

    // F5 pressed twice in a row: the second refresh overtakes the first.
    void refreshTwiceKeepsStateAndCounts()
    {
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QPersistentModelIndex api
            = t.load({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        const QPersistentModelIndex tag = childNamed(t.model, api, QStringLiteral("v1.2.0"));
        QCOMPARE(t.model.counts().artifacts, qint64(7));

        t.model.refresh(api);
        t.model.refresh(api);
        QVERIFY(waitIdle(t.model));
        QCOMPARE(t.model.rowCount(api), 8);
        QCOMPARE(t.model.counts().tags, qint64(7));
        QVERIFY(tag.isValid()); // the second refresh merges too: rows keep their identity
        QCOMPARE(t.model.counts().artifacts, qint64(7));
    }

    // ---- deletes confirmed by the server

    void removeTagRow_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("becomesUntagged");
        QTest::addRow("only tag: artifact becomes a digest row")
            << QStringLiteral("ci-103") << QStringLiteral("ci-103") << true;
        QTest::addRow("shared digest: sibling tag stays")
            << QStringLiteral("release-1.0") << QStringLiteral("v1.0.0") << false;
    }

    void removeTagRow()
    {
        QFETCH(QString, tag);
        QFETCH(QString, key);
        QFETCH(bool, becomesUntagged);
        const QString repository = QStringLiteral("team-a/backend/api");
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QModelIndex api = t.load(split(repository));
        QVERIFY(api.isValid());
        const RegistryTreeModel::Counts before = t.model.counts();
        const int digestRows = countKind(t.model, api, NodeKind::Digest);
        QSignalSpy removed(&t.model, &QAbstractItemModel::rowsRemoved);

        t.model.removeTagRow(childNamed(t.model, api, tag));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!childNamed(t.model, api, tag).isValid());
        QCOMPARE(t.model.counts().tags, before.tags - 1);
        QCOMPARE(t.model.counts().artifacts, before.artifacts);
        QCOMPARE(countKind(t.model, api, NodeKind::Digest), digestRows + (becomesUntagged ? 1 : 0));
        if (becomesUntagged) {
            QVERIFY(childNames(t.model, api, NodeKind::Digest).contains(simDigest(repository, key)));
        } else {
            const QModelIndex sibling = childNamed(t.model, api, key);
            QCOMPARE(sibling.siblingAtColumn(int(Column::SharedTags)).data().toInt(), 1);
            QCOMPARE(t.model.siblingTags(sibling), QStringList {});
        }
        // Not a tag row: ignored.
        t.model.removeTagRow(api);
        t.model.removeTagRow(QModelIndex());
        QCOMPARE(removed.count(), 1);
    }

    // Deleting the last tags of a multi-arch index leaves it untagged, with its platforms.
    void removeLastTagsOfIndexKeepsChildren()
    {
        const QString repository = QStringLiteral("library/nginx");
        Tree t(sim.url());
        const QModelIndex nginx = t.load(split(repository));
        QVERIFY(nginx.isValid());
        t.model.removeTagRow(childNamed(t.model, nginx, QStringLiteral("1.27")));
        t.model.removeTagRow(childNamed(t.model, nginx, QStringLiteral("latest")));
        QModelIndex digestRow;
        for (int r = 0; r < t.model.rowCount(nginx); ++r) {
            const QModelIndex c = t.model.index(r, 0, nginx);
            if (c.data(DigestRole).toString() == simDigest(repository, QStringLiteral("index")))
                digestRow = c;
        }
        QVERIFY(digestRow.isValid());
        QCOMPARE(kindOf(digestRow), NodeKind::Digest);
        QCOMPARE(t.model.rowCount(digestRow), 3); // linux/amd64, linux/arm64/v8, signature.cosign
        QCOMPARE(countKind(t.model, digestRow, NodeKind::Child), 2);
        QCOMPARE(countKind(t.model, digestRow, NodeKind::Accessory), 1);
    }

    void removeArtifactRows_data()
    {
        QTest::addColumn<QString>("rowName"); // a tag, or "@untagged"
        QTest::addColumn<QStringList>("goneTags");
        QTest::addRow("two tags on one digest")
            << QStringLiteral("release-1.0") << QStringList {"release-1.0", "v1.0.0"};
        QTest::addRow("single tag") << QStringLiteral("ci-101") << QStringList {"ci-101"};
        QTest::addRow("untagged digest row") << QStringLiteral("@untagged") << QStringList {};
    }

    void removeArtifactRows()
    {
        QFETCH(QString, rowName);
        QFETCH(QStringList, goneTags);
        const QString repository = QStringLiteral("team-a/backend/api");
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QModelIndex api = t.load(split(repository));
        QVERIFY(api.isValid());
        const RegistryTreeModel::Counts before = t.model.counts();
        const int rows = t.model.rowCount(api);
        QModelIndex row;
        if (rowName.startsWith(QLatin1Char('@'))) {
            for (int r = 0; r < t.model.rowCount(api); ++r)
                if (t.model.index(r, 0, api).data(DigestRole).toString() == simDigest(repository, rowName.mid(1)))
                    row = t.model.index(r, 0, api);
        } else {
            row = childNamed(t.model, api, rowName);
        }
        QVERIFY(row.isValid());
        const QString digest = row.data(DigestRole).toString();

        t.model.removeArtifactRows(row);
        const int gone = qMax(1, int(goneTags.size()));
        QCOMPARE(t.model.rowCount(api), rows - gone);
        for (const QString &g : goneTags)
            QVERIFY2(!childNamed(t.model, api, g).isValid(), qPrintable(g));
        for (int r = 0; r < t.model.rowCount(api); ++r)
            QVERIFY(t.model.index(r, 0, api).data(DigestRole).toString() != digest);
        QCOMPARE(t.model.counts().artifacts, before.artifacts - 1);
        QCOMPARE(t.model.counts().tags, before.tags - goneTags.size());
    }

    // ---- a tester that calls fetchMore itself

    // The one test with setUseFetchMore(true): attached to a registry whose projects are loaded,
    // the tester's first pass calls fetchMore on every project not fetched yet. Later passes run
    // inside rowsInserted, where fetchMore's synchronous "Loading…" insert would nest inside the
    // tester's own bookkeeping (Qt 6.4 flags that as a nested change), so it is switched off once
    // the first pass has run.
    void testerFetchMoreLoadsUnfetchedProjects()
    {
        Tree t(sim.url());
        QVERIFY(t.expand(t.registry));
        const QPersistentModelIndex library = childNamed(t.model, t.registry, QStringLiteral("library"));
        const QPersistentModelIndex empty = childNamed(t.model, t.registry, QStringLiteral("empty"));
        QCOMPARE(stateOf(library), FetchState::NotFetched);
        QCOMPARE(stateOf(empty), FetchState::NotFetched);
        QVERIFY(!t.model.isLoading());

        // useFetchMore is on by default: the constructor's pass fetches.
        QAbstractItemModelTester fetching(&t.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetching.setUseFetchMore(false);
        QCOMPARE(stateOf(library), FetchState::Fetching);
        QCOMPARE(stateOf(empty), FetchState::Fetching);
        QVERIFY(t.model.isLoading());
        QCOMPARE(kindOf(t.model.index(t.model.rowCount(library) - 1, 0, library)), NodeKind::Loading);

        QVERIFY(waitIdle(t.model));
        QCOMPARE(stateOf(library), FetchState::Fetched);
        QCOMPARE(childNames(t.model, library, NodeKind::Repository), (QStringList {"alpine", "nginx"}));
        QCOMPARE(stateOf(empty), FetchState::Fetched);
        QCOMPARE(t.model.rowCount(empty), 0);
        QVERIFY(!t.model.hasChildren(empty)); // fetched and empty: no expander
        // Repositories are left for the user to open.
        QCOMPARE(stateOf(childNamed(t.model, library, QStringLiteral("nginx"))), FetchState::NotFetched);
        QCOMPARE(t.model.counts().repositories, qint64(2));
    }

    // ---- RegistryFilterProxy

    void filter_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("visible"); // every visible row below the registry
        const int sub = int(RegistryFilterProxy::Mode::Substring);
        const int wild = int(RegistryFilterProxy::Mode::Wildcard);
        const int re = int(RegistryFilterProxy::Mode::RegularExpression);
        QTest::addRow("substring: parents stay visible")
            << sub << QStringLiteral("ci-10")
            << QStringList {"team-a", "team-a/backend", "team-a/backend/api", "team-a/backend/api/ci-101",
                   "team-a/backend/api/ci-102", "team-a/backend/api/ci-103"};
        QTest::addRow("substring ignores case")
            << sub << QStringLiteral("PR-")
            << QStringList {"team-a", "team-a/frontend", "team-a/frontend/pr-1", "team-a/frontend/pr-2"};
        QTest::addRow("substring is literal: dot") << sub << QStringLiteral("ci-10.") << QStringList {};
        // A matching folder keeps what is loaded below it reachable.
        QTest::addRow("substring on a nested repository's full name")
            << sub << QStringLiteral("tools/ci")
            << QStringList {"team-a", "team-a/tools", "team-a/tools/ci", "team-a/tools/ci/runner", "*runner tags"};
        QTest::addRow("wildcard *") << wild << QStringLiteral("v1.*.0")
                                    << QStringList {"team-a", "team-a/backend", "team-a/backend/api",
                                           "team-a/backend/api/v1.0.0", "team-a/backend/api/v1.1.0",
                                           "team-a/backend/api/v1.2.0"};
        QTest::addRow("wildcard ?") << wild << QStringLiteral("pr-?")
                                    << QStringList {
                                           "team-a", "team-a/frontend", "team-a/frontend/pr-1", "team-a/frontend/pr-2"};
        QTest::addRow("wildcard bracket") << wild << QStringLiteral("ci-10[13]")
                                          << QStringList {"team-a", "team-a/backend", "team-a/backend/api",
                                                 "team-a/backend/api/ci-101", "team-a/backend/api/ci-103"};
        // The filter reads full paths: project/repo:tag.
        QTest::addRow("regex anchored alternation")
            << re << QStringLiteral(":(main|release-.*)$")
            << QStringList {"team-a", "team-a/backend", "team-a/backend/api", "team-a/backend/api/release-1.0",
                   "team-a/frontend", "team-a/frontend/main"};
        QTest::addRow("regex class") << re << QStringLiteral(":ci-10[12]$")
                                     << QStringList {"team-a", "team-a/backend", "team-a/backend/api",
                                            "team-a/backend/api/ci-101", "team-a/backend/api/ci-102"};
        QTest::addRow("regex spanning levels") << re << QStringLiteral("^team-a/back.*api:ci-10[23]$")
                                               << QStringList {"team-a", "team-a/backend", "team-a/backend/api",
                                                      "team-a/backend/api/ci-102", "team-a/backend/api/ci-103"};
        QTest::addRow("a repository's name keeps its tags reachable")
            << sub << QStringLiteral("a/frontend")
            << QStringList {
                   "team-a", "team-a/frontend", "team-a/frontend/main", "team-a/frontend/pr-1", "team-a/frontend/pr-2"};
        QTest::addRow("regex matching a project shows what is loaded below it")
            << re << QStringLiteral("^team-a$") << QStringList {"team-a", "*everything"};
        QTest::addRow("no match anywhere") << sub << QStringLiteral("zzz") << QStringList {};
    }

    void filter()
    {
        QFETCH(int, mode);
        QFETCH(QString, text);
        QFETCH(QStringList, visible);
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        QVERIFY(t.load({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")}).isValid());
        QVERIFY(t.load({QStringLiteral("team-a"), QStringLiteral("frontend")}).isValid());
        QVERIFY(
            t.load({QStringLiteral("team-a"), QStringLiteral("tools"), QStringLiteral("ci"), QStringLiteral("runner")})
                .isValid());
        RegistryFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.setUseFetchMore(false);
        proxy.setSourceModel(&t.model);
        proxy.setShowUntagged(false); // digests are hex: keep them out of the expectations

        QString error;
        QVERIFY(proxy.setFilter(text, RegistryFilterProxy::Mode(mode), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(proxy.filterText(), text);
        QCOMPARE(int(proxy.filterMode()), mode);
        QVERIFY(proxy.matcher().isValid());
        const QModelIndex registry = proxy.mapFromSource(t.registry);
        QStringList shown;
        if (registry.isValid())
            collectVisible(proxy, registry, {}, shown);
        shown.sort();
        // "*everything": what shows unfiltered; "*runner tags": the runner repository's tags.
        QStringList expected = visible;
        if (expected.removeAll(QStringLiteral("*everything")) || expected.removeAll(QStringLiteral("*runner tags"))) {
            const qsizetype named = expected.size();
            RegistryFilterProxy all;
            all.setSourceModel(&t.model);
            all.setShowUntagged(false);
            QStringList everything;
            collectVisible(all, all.mapFromSource(t.registry), {}, everything);
            for (const QString &row : std::as_const(everything))
                if ((visible.contains(QStringLiteral("*everything")) && row.startsWith(QStringLiteral("team-a")))
                    || row.startsWith(QStringLiteral("team-a/tools/ci/runner/")))
                    expected << row;
            expected.removeDuplicates();
            QVERIFY(expected.size() > named); // there was something to keep reachable
        }
        expected.sort();
        QCOMPARE(shown, expected);
        // The registry row stays when anything below it matches.
        QCOMPARE(registry.isValid(), !visible.isEmpty());

        // Clearing the filter shows everything loaded again.
        QVERIFY(proxy.setFilter({}, RegistryFilterProxy::Mode(mode)));
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(childNamed(t.model, t.registry, QStringLiteral("team-a")))), 3);
    }

    void invalidRegexKeepsOldFilter()
    {
        Tree t(sim.url(), kCleaner, kCleanerSecret);
        const QModelIndex api = t.load({QStringLiteral("team-a"), QStringLiteral("backend"), QStringLiteral("api")});
        QVERIFY(api.isValid());
        RegistryFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.setUseFetchMore(false);
        proxy.setSourceModel(&t.model);
        QVERIFY(proxy.setFilter(QStringLiteral("ci-"), RegistryFilterProxy::Mode::Substring));
        const int rows = proxy.rowCount(proxy.mapFromSource(api));
        QCOMPARE(rows, 3);

        QSignalSpy reset(&proxy, &QAbstractItemModel::layoutChanged);
        QString error;
        QVERIFY(!proxy.setFilter(QStringLiteral("ci-(1"), RegistryFilterProxy::Mode::RegularExpression, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(proxy.filterText(), QStringLiteral("ci-"));
        QCOMPARE(proxy.filterMode(), RegistryFilterProxy::Mode::Substring);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(api)), rows);
        // The same text is fine as a substring or a wildcard pattern.
        QVERIFY(proxy.setFilter(QStringLiteral("ci-(1"), RegistryFilterProxy::Mode::Substring));
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(api)), 0);
    }

    void untaggedAndNestedToggles_data()
    {
        QTest::addColumn<bool>("showUntagged");
        QTest::addColumn<bool>("showNested");
        QTest::addColumn<int>("nginxRows");
        QTest::addColumn<int>("nestedUnder127");
        QTest::addRow("defaults: untagged shown, nested hidden") << true << false << 5 << 0;
        QTest::addRow("untagged hidden") << false << false << 4 << 0;
        QTest::addRow("nested shown") << true << true << 5 << 3;
        QTest::addRow("untagged hidden, nested shown") << false << true << 4 << 3;
    }

    void untaggedAndNestedToggles()
    {
        QFETCH(bool, showUntagged);
        QFETCH(bool, showNested);
        QFETCH(int, nginxRows);
        QFETCH(int, nestedUnder127);
        Tree t(sim.url());
        const QModelIndex nginx = t.load({QStringLiteral("library"), QStringLiteral("nginx")});
        QVERIFY(nginx.isValid());
        RegistryFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.setUseFetchMore(false);
        proxy.setSourceModel(&t.model);
        QVERIFY(proxy.showUntagged());
        QVERIFY(!proxy.showNested());
        proxy.setShowUntagged(showUntagged);
        proxy.setShowNested(showNested);
        QCOMPARE(proxy.showUntagged(), showUntagged);
        QCOMPARE(proxy.showNested(), showNested);
        // Persistent: a toggle is a layout change, after which plain proxy indexes are stale.
        const QPersistentModelIndex pNginx = proxy.mapFromSource(nginx);
        QCOMPARE(proxy.rowCount(pNginx), nginxRows);
        QCOMPARE(countKind(proxy, pNginx, NodeKind::Digest), showUntagged ? 1 : 0);
        const QPersistentModelIndex p127 = proxy.mapFromSource(childNamed(t.model, nginx, QStringLiteral("1.27")));
        QVERIFY(p127.isValid());
        QCOMPARE(proxy.rowCount(p127), nestedUnder127);
        QCOMPARE(proxy.hasChildren(p127), nestedUnder127 > 0);
        // Toggling back restores the defaults.
        proxy.setShowUntagged(true);
        proxy.setShowNested(false);
        QCOMPARE(proxy.rowCount(pNginx), 5);
        QCOMPARE(proxy.rowCount(p127), 0);
    }

    // An untagged multi-arch index (common: a cosign-signed digest nobody tagged) is hidden with
    // its platforms and signature when untagged rows are hidden, even with nested rows shown.
    void hiddenUntaggedIndexHidesItsChildren()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QJsonObject seed {
            {"epoch", "2026-11-01T00:00:00Z"},
            {"projects",
                QJsonArray {QJsonObject {{"id", 1}, {"name", "pub"}, {"public", true}, {"created_days_ago", 10},
                    {"repositories",
                        QJsonArray {QJsonObject {{"name", "multi"}, {"created_days_ago", 10},
                            {"artifacts",
                                QJsonArray {
                                    QJsonObject {{"key", "idx"}, {"pushed_days_ago", 2}, {"size", 1000},
                                        {"children",
                                            QJsonArray {QJsonObject {{"key", "amd64"},
                                                {"platform",
                                                    QJsonObject {{"os", "linux"}, {"architecture", "amd64"}}}}}}},
                                    QJsonObject {{"key", "amd64"}, {"pushed_days_ago", 2.001}, {"size", 5000}},
                                    QJsonObject {{"key", "sig"}, {"pushed_days_ago", 1.9}, {"size", 100},
                                        {"accessory_of", "idx"}, {"accessory_type", "signature.cosign"}},
                                    QJsonObject {{"key", "img"}, {"pushed_days_ago", 1}, {"size", 3000},
                                        {"tags", QJsonArray {"v1"}}},
                                }}}}}}}},
        };
        const QString seedPath = dir.filePath(QStringLiteral("seed.json"));
        QFile f(seedPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(seed).toJson());
        f.close();
        SimServer seeded;
        QVERIFY2(seeded.start({QStringLiteral("--seed"), seedPath}), qPrintable(seeded.errorString()));
        Tree t(seeded.url());
        const QModelIndex multi = t.load({QStringLiteral("pub"), QStringLiteral("multi")});
        QVERIFY(multi.isValid());
        QCOMPARE(countKind(t.model, multi, NodeKind::Tag), 1);
        QCOMPARE(countKind(t.model, multi, NodeKind::Digest), 1);
        QModelIndex digestRow;
        for (int r = 0; r < t.model.rowCount(multi); ++r)
            if (kindOf(t.model.index(r, 0, multi)) == NodeKind::Digest)
                digestRow = t.model.index(r, 0, multi);
        QCOMPARE(t.model.rowCount(digestRow), 2); // linux/amd64 and signature.cosign

        RegistryFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.setUseFetchMore(false);
        proxy.setSourceModel(&t.model);
        proxy.setShowNested(true);
        QVERIFY(proxy.mapFromSource(digestRow).isValid());
        proxy.setShowUntagged(false);
        QCOMPARE(proxy.rowCount(proxy.mapFromSource(multi)), 1); // only v1
        QVERIFY(!proxy.mapFromSource(digestRow).isValid());
        // And a filter matching a platform name does not bring the hidden digest back either.
        QVERIFY(proxy.setFilter(QStringLiteral("linux"), RegistryFilterProxy::Mode::Substring));
        QVERIFY(!proxy.mapFromSource(digestRow).isValid());
    }

    void sortingUsesNumbers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("keys"); // artifact keys of library/nginx rows, in view order
        // Sizes: untagged 58,000,000 < v1.25 61,000,000 < index 132,122,185; as text "126.0 MiB"
        // would come first.
        QTest::addRow("size ascending") << int(Column::Size) << int(Qt::AscendingOrder)
                                        << QStringList {"untagged", "v1.25", "v1.25", "index", "index"};
        QTest::addRow("size descending") << int(Column::Size) << int(Qt::DescendingOrder)
                                         << QStringList {"index", "index", "v1.25", "v1.25", "untagged"};
        // Pushed: untagged 200 d, v1.25 120 d, index 3 d ago.
        QTest::addRow("pushed ascending") << int(Column::Pushed) << int(Qt::AscendingOrder)
                                          << QStringList {"untagged", "v1.25", "v1.25", "index", "index"};
        QTest::addRow("pushed descending") << int(Column::Pushed) << int(Qt::DescendingOrder)
                                           << QStringList {"index", "index", "v1.25", "v1.25", "untagged"};
    }

    void sortingUsesNumbers()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, keys);
        const QString repository = QStringLiteral("library/nginx");
        Tree t(sim.url());
        const QModelIndex nginx = t.load(split(repository));
        QVERIFY(nginx.isValid());
        RegistryFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.setUseFetchMore(false);
        proxy.setSourceModel(&t.model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(proxy.sortRole(), int(SortRole));

        const QModelIndex p = proxy.mapFromSource(nginx);
        QCOMPARE(proxy.rowCount(p), keys.size());
        QStringList got;
        QStringList expected;
        qint64 previous
            = order == Qt::AscendingOrder ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
        for (int r = 0; r < proxy.rowCount(p); ++r) {
            const QModelIndex cell = proxy.index(r, column, p);
            const QVariant v = cell.data(SortRole);
            QCOMPARE(v.typeId(), QMetaType::LongLong); // a number, not the display text
            const qint64 value = v.toLongLong();
            QVERIFY(value > 0);
            if (order == Qt::AscendingOrder)
                QVERIFY(value >= previous);
            else
                QVERIFY(value <= previous);
            previous = value;
            got << cell.siblingAtColumn(0).data(DigestRole).toString();
            expected << simDigest(repository, keys[r]);
        }
        QCOMPARE(got, expected);
    }
};

QTEST_MAIN(TestRegistryTreeModel)
#include "tst_registrytreemodel.moc"
