// RegistryTreeLoader in the tree model against a real docker-registry (RegistryServer with
// tools/oci-fixtures), under QAbstractItemModelTester: repositories from the catalog in folders,
// one row per tag with tags of one digest sharing a record, the referrers tag under its subject,
// and the push and pull columns saying the registry keeps none.
#include "api/ApiTransport.h"
#include "api/RegistryClient.h"
#include "models/ModelRoles.h"
#include "models/RegistryTreeLoader.h"
#include "models/RegistryTreeModel.h"
#include "RegistryServer.h"

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

using namespace berth;

namespace {

const char kOciManifest[] = "application/vnd.oci.image.manifest.v1+json";

// Puts the manifest of repo:from under repo:to as well (the same bytes, so the same digest).
bool retag(const QUrl &base, const QString &repo, const QString &from, const QString &to)
{
    QNetworkAccessManager nam;
    QNetworkRequest get(base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, from))));
    get.setRawHeader("Accept", kOciManifest);
    QNetworkReply *r = nam.get(get);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = r->readAll();
    const QByteArray type = r->rawHeader("Content-Type");
    r->deleteLater();
    QNetworkRequest put(base.resolved(QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repo, to))));
    put.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply *p = nam.put(put, bytes);
    QObject::connect(p, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = p->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    p->deleteLater();
    return !bytes.isEmpty() && status == 201;
}

QModelIndex childNamed(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m.rowCount(parent); ++r)
        if (m.index(r, 0, parent).data().toString() == name)
            return m.index(r, 0, parent);
    return {};
}

bool waitIdle(RegistryTreeModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, 30000);
}

} // namespace

class TestRegistryTreeLoader : public QObject
{
    Q_OBJECT

private:
    RegistryServer registry;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(registry.start(), qPrintable(registry.errorString()));
        const RegistryServer::Result pushed = registry.pushFixtures(QStringLiteral("fix"),
            {QStringLiteral("oci-image"), QStringLiteral("sbom"), QStringLiteral("signature"),
                QStringLiteral("docker-image")});
        QVERIFY2(pushed.ok(), pushed.output.constData());
        QVERIFY(retag(registry.url(), QStringLiteral("fix/oci-image"), QStringLiteral("v1"), QStringLiteral("latest")));
    }

    void cleanupTestCase() { registry.stop(); }

    void referrersTagsAreRecognised_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("referrers");
        QTest::newRow("schema") << QStringLiteral("sha256-") + QString(64, QLatin1Char('a')) << true;
        QTest::newRow("short") << QStringLiteral("sha256-abc") << false;
        QTest::newRow("upper hex") << QStringLiteral("sha256-") + QString(64, QLatin1Char('A')) << false;
        QTest::newRow("plain tag") << QStringLiteral("v1") << false;
    }

    void referrersTagsAreRecognised()
    {
        QFETCH(QString, tag);
        QFETCH(bool, referrers);
        QCOMPARE(RegistryTreeLoader::isReferrersTag(tag), referrers);
    }

    void treeOfAPlainRegistry()
    {
        RegistryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test expands, as a view does
        ConnectionSettings s;
        s.baseUrl = registry.url();
        auto *transport = new ApiTransport(s, &model);
        auto *client = new RegistryClient(transport, transport);
        const QModelIndex reg = model.addRegistry(QStringLiteral("plain"), nullptr, QString());
        model.setRegistryClient(reg, client, {}, QStringLiteral("anonymous"));
        QVERIFY(model.isPlainRegistry(reg));
        QVERIFY(!model.clientFor(reg)); // no Harbor API behind it
        QCOMPARE(model.registryClientFor(reg), client);

        model.fetchMore(reg);
        QVERIFY(waitIdle(model));
        const QModelIndex fix = childNamed(model, reg, QStringLiteral("fix"));
        QVERIFY2(fix.isValid(), "repositories hang in folders by '/'");
        const QModelIndex image = childNamed(model, fix, QStringLiteral("oci-image"));
        QVERIFY(image.isValid());
        QVERIFY(childNamed(model, fix, QStringLiteral("docker-image")).isValid());
        QCOMPARE(model.node(image)->kind, NodeKind::Repository);
        QCOMPARE(model.node(image)->repositoryFullName(), QStringLiteral("fix/oci-image"));

        model.fetchMore(image);
        QVERIFY(waitIdle(model));
        QStringList names;
        for (int r = 0; r < model.rowCount(image); ++r)
            names << model.node(model.index(r, 0, image))->name;
        names.sort();
        // The referrers tag is not an ordinary tag row.
        QCOMPARE(names, (QStringList {QStringLiteral("latest"), QStringLiteral("v1")}));
        const QModelIndex v1 = childNamed(model, image, QStringLiteral("v1"));
        const QModelIndex latest = childNamed(model, image, QStringLiteral("latest"));
        const QString digest = v1.data(DigestRole).toString();
        QVERIFY2(digest.startsWith(QStringLiteral("sha256:")), qPrintable(digest));
        QCOMPARE(latest.data(DigestRole).toString(), digest);
        QCOMPARE(model.siblingTags(v1), QStringList {QStringLiteral("latest")});
        // Under its subject: the referrers index of the sbom and the signature.
        QCOMPARE(model.rowCount(v1), 1);
        const RegistryNode *referrers = model.node(model.index(0, 0, v1));
        QCOMPARE(referrers->kind, NodeKind::Accessory);
        QVERIFY2(referrers->name.contains(QStringLiteral("sha256-") + digest.mid(7)), qPrintable(referrers->name));
        QVERIFY(referrers->ownDigest().startsWith(QStringLiteral("sha256:")));
        // No push or pull times on a registry: said, not left blank.
        const QString pushed = v1.siblingAtColumn(int(Column::Pushed)).data().toString();
        const QString pulled = v1.siblingAtColumn(int(Column::Pulled)).data().toString();
        QCOMPARE(pushed, QStringLiteral("not kept by this registry"));
        QCOMPARE(pulled, pushed);
        // Refresh merges and keeps the rows.
        model.refresh(image);
        QVERIFY(waitIdle(model));
        QVERIFY(childNamed(model, image, QStringLiteral("v1")).isValid());
    }

    // A catalog the registry refuses (401 here: an htpasswd registry asked anonymously) says that
    // the account needs its repositories added by hand.
    void catalogDeniedSaysWhy()
    {
        RegistryServer secured;
        RegistryServer::Options o;
        o.username = QStringLiteral("alice");
        o.password = "wonderland";
        QVERIFY2(secured.start(o), qPrintable(secured.errorString()));
        RegistryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test expands, as a view does
        ConnectionSettings s;
        s.baseUrl = secured.url();
        auto *transport = new ApiTransport(s, &model);
        const QModelIndex reg = model.addRegistry(QStringLiteral("secured"), nullptr, QString());
        model.setRegistryClient(reg, new RegistryClient(transport, transport), {}, QStringLiteral("anonymous"));
        model.fetchMore(reg);
        QVERIFY(waitIdle(model));
        QCOMPARE(model.rowCount(reg), 1);
        const QString error = model.index(0, 0, reg).data(ErrorTextRole).toString();
        QVERIFY2(error.contains(QStringLiteral("add the repositories")), qPrintable(error));
    }

    // The profile's own list stands in for the catalog.
    void listedRepositoriesWithoutCatalog()
    {
        RegistryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false); // the test expands, as a view does
        ConnectionSettings s;
        s.baseUrl = registry.url();
        auto *transport = new ApiTransport(s, &model);
        const QModelIndex reg = model.addRegistry(QStringLiteral("plain"), nullptr, QString());
        model.setRegistryClient(reg, new RegistryClient(transport, transport), {QStringLiteral("fix/docker-image")},
            QStringLiteral("anonymous"));
        model.fetchMore(reg);
        QVERIFY(waitIdle(model));
        const QModelIndex fix = childNamed(model, reg, QStringLiteral("fix"));
        QVERIFY(fix.isValid());
        QCOMPARE(model.rowCount(fix), 1);
        QVERIFY(childNamed(model, fix, QStringLiteral("docker-image")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRegistryTreeLoader)
#include "tst_registrytreeloader.moc"
