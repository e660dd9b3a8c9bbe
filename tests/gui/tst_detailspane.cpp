// The details pane against a tree fed by a scripted loader (no server): it shows the push and
// pull times the tree's columns show (core/EffectiveTimes.h), so a tag pulled only by digest is
// not "never" there while the tree and the planner call it recently pulled.
#include "gui/DetailsPane.h"
#include "models/RegistryTreeModel.h"
#include "models/TreeLoader.h"
#include "models/TreeRows.h"

#include <QLabel>
#include <QLocale>
#include <QtTest>

using namespace berth;

namespace {

// Answers each fetch when the test says so, with the rows it gives.
class ScriptedLoader : public TreeLoader
{
public:
    using TreeLoader::TreeLoader;

    QList<RegistryNode *> pending;

    QUrl baseUrl() const override { return QUrl(QStringLiteral("https://registry.example")); }
    void load(RegistryNode *container, bool) override { pending.append(container); }
    RegistryNode *next() const { return pending.first(); }
    void answer(NodeRows rows, ArtifactRecords records = {})
    {
        sink()->loadFinished(pending.takeFirst(), {}, std::move(rows), std::move(records), false);
    }
};

const QDateTime kDay = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
constexpr int kNever = 1000; // "no time": never pulled, or no push time of its own

QDateTime day(int n)
{
    return n == kNever ? QDateTime() : kDay.addDays(n);
}

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale::system().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat)
                  : DetailsPane::tr("never");
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAreTheTreesTimes_data()
    {
        // Days after kDay, or kNever. The artifact was pushed on day -2.
        QTest::addColumn<int>("tagPull");
        QTest::addColumn<int>("artifactPull");
        QTest::addColumn<int>("tagPush");
        QTest::addColumn<int>("pulled"); // what the tree and the pane must show
        QTest::addColumn<int>("pushed");
        QTest::newRow("only pulled by digest") << kNever << 5 << 0 << 5 << 0;
        QTest::newRow("pulled by digest after the tag") << 2 << 7 << 0 << 7 << 0;
        QTest::newRow("tag pulled after the artifact") << 9 << 3 << 0 << 9 << 0;
        QTest::newRow("never pulled") << kNever << kNever << 0 << kNever << 0;
        QTest::newRow("tag without a push time") << kNever << kNever << kNever << kNever << -2;
    }

    void timesAreTheTreesTimes()
    {
        QFETCH(int, tagPull);
        QFETCH(int, artifactPull);
        QFETCH(int, tagPush);
        QFETCH(int, pulled);
        QFETCH(int, pushed);

        RegistryTreeModel model;
        auto owned = std::make_unique<ScriptedLoader>(model.loadSink());
        ScriptedLoader *loader = owned.get();
        const QModelIndex registry
            = model.addRegistry(QStringLiteral("example"), std::move(owned), QStringLiteral("robot$ci"));
        model.fetchMore(registry);
        NodeRows projects;
        projects.push_back(std::make_unique<RegistryNode>(NodeKind::Project, loader->next(), QStringLiteral("team")));
        projects.back()->data = std::make_unique<ContainerData>();
        loader->answer(std::move(projects));
        const QModelIndex team = model.index(0, 0, registry);
        model.fetchMore(team);
        loader->answer(TreeRows::repositories(loader->next(), {{"team/app", "app", 1, {}}}));
        const QModelIndex app = model.index(0, 0, team);
        model.fetchMore(app);

        Artifact a;
        a.digest = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        a.size = 1000;
        a.pushTime = day(-2);
        a.pullTime = day(artifactPull);
        Tag t;
        t.name = QStringLiteral("v1");
        t.pushTime = day(tagPush);
        t.pullTime = day(tagPull);
        a.tags << t;
        NodeRows rows;
        ArtifactRecords records;
        TreeRows().artifacts(loader->next(), {a}, rows, records);
        loader->answer(std::move(rows), std::move(records));
        const QModelIndex v1 = model.index(0, 0, app);
        QCOMPARE(v1.data(FilterTextRole).toString(), QStringLiteral("v1"));

        const qint64 pulledMs = ms(day(pulled));
        const qint64 pushedMs = ms(day(pushed));
        // The tree's columns.
        QCOMPARE(v1.siblingAtColumn(int(Column::Pulled)).data(SortRole).toLongLong(), pulledMs);
        QCOMPARE(v1.siblingAtColumn(int(Column::Pushed)).data(SortRole).toLongLong(), pushedMs);
        // The pane, for the same row.
        DetailsPane pane;
        pane.showNode(&model, v1);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("pulledValue"))->text(), when(pulledMs));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("pushedValue"))->text(), when(pushedMs));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("pulledCaption"))->isVisibleTo(&pane));
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
