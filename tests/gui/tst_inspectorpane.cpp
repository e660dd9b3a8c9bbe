// The Contents tab's pane with hand-built inspection results (no server): the sections and
// their rows, the whole value in each tooltip, the attestation entries of an index marked as
// such, the layers' total, Enter on a platform asking for it, the copy buttons' exact bytes, an
// error in ErrorPresenter's words, and a long value that is elided instead of widening the pane.
#include "core/ContentDigest.h"
#include "core/DigestText.h"
#include "core/OciMediaTypes.h"
#include "diagnosis/Cause.h"
#include "gui/ArtifactTypeName.h"
#include "gui/InspectorPane.h"
#include "InspectorRows.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace berth;

namespace {

QString digestOf(const char *seed)
{
    return sha256Digest(QByteArray(seed));
}

QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return {
        {QStringLiteral("mediaType"), mediaType}, {QStringLiteral("digest"), digest}, {QStringLiteral("size"), size}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kLongLabel = QStringLiteral("a long label value ").repeated(40).trimmed();

QByteArray imageConfig()
{
    QJsonObject config {
        {QStringLiteral("Entrypoint"), QJsonArray {QStringLiteral("/bin/app"), QStringLiteral("--a b")}},
        {QStringLiteral("Cmd"), QJsonArray {QStringLiteral("serve")}},
        {QStringLiteral("Env"), QJsonArray {QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("MODE=x=y")}},
        {QStringLiteral("WorkingDir"), QStringLiteral("/srv")}, {QStringLiteral("User"), QStringLiteral("1000:1000")},
        {QStringLiteral("ExposedPorts"), QJsonObject {{QStringLiteral("8080/tcp"), QJsonObject {}}}},
        {QStringLiteral("Labels"), QJsonObject {{QStringLiteral("long"), kLongLabel}}}};
    QJsonArray history {QJsonObject {{QStringLiteral("created_by"), QStringLiteral("ADD base.tar /")}},
        QJsonObject {
            {QStringLiteral("created_by"), QStringLiteral("ENV MODE=x=y")}, {QStringLiteral("empty_layer"), true}},
        QJsonObject {{QStringLiteral("created_by"), QStringLiteral("COPY app /bin/app")}}};
    return json(
        {{QStringLiteral("architecture"), QStringLiteral("arm64")}, {QStringLiteral("variant"), QStringLiteral("v8")},
            {QStringLiteral("os"), QStringLiteral("linux")}, {QStringLiteral("author"), QStringLiteral("Berth tests")},
            {QStringLiteral("config"), config}, {QStringLiteral("history"), history},
            {QStringLiteral("rootfs"), QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")}}}});
}

struct Image
{
    QByteArray config = imageConfig();
    QList<QPair<QString, qint64>> layers {{digestOf("layer 1"), 31000}, {digestOf("layer 2"), 1200}};
    QByteArray bytes;

    Image()
    {
        QJsonArray l;
        for (const auto &[digest, size] : layers)
            l.append(descriptor(QString::fromLatin1(OciMediaType::OciLayerGzip), digest, size));
        bytes = json({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciManifest)},
            {QStringLiteral("config"),
                descriptor(QString::fromLatin1(OciMediaType::OciConfig), sha256Digest(config), config.size())},
            {QStringLiteral("layers"), l}});
    }

    ImageInspectionResult result() const
    {
        ImageInspectionResult r;
        r.repository = QStringLiteral("team/app");
        r.top.bytes = bytes;
        r.top.digest = sha256Digest(bytes);
        r.top.manifest = parseOciManifest(bytes).value;
        r.top.mediaType = r.top.manifest.mediaType;
        r.top.configBytes = config;
        r.top.config = parseOciImageConfig(config).value;
        OciDescriptor sig;
        sig.mediaType = QString::fromLatin1(OciMediaType::OciManifest);
        sig.artifactType = QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json");
        sig.size = 700;
        for (const char *seed : {"sig 1", "sig 2"}) {
            sig.digest = digestOf(seed);
            r.top.referrers << sig;
        }
        OciDescriptor sbom = sig;
        sbom.artifactType = QStringLiteral("application/spdx+json");
        sbom.digest = digestOf("sbom");
        r.top.referrers.insert(1, sbom);
        r.requests = 3;
        return r;
    }
};

// An OCI index as buildx writes one: two images, then an attestation manifest for each.
struct Index
{
    QString amd = digestOf("amd64"), arm = digestOf("arm64"), attAmd = digestOf("att amd64"),
            attArm = digestOf("att arm64");
    QByteArray bytes;

    Index()
    {
        const auto entry = [](const QString &digest, const QString &os, const QString &arch, const QString &variant,
                               const QString &attests) {
            QJsonObject e = descriptor(QString::fromLatin1(OciMediaType::OciManifest), digest, 500);
            QJsonObject p {{QStringLiteral("os"), os}, {QStringLiteral("architecture"), arch}};
            if (!variant.isEmpty())
                p.insert(QStringLiteral("variant"), variant);
            e.insert(QStringLiteral("platform"), p);
            if (!attests.isEmpty())
                e.insert(QStringLiteral("annotations"),
                    QJsonObject {{QStringLiteral("vnd.docker.reference.digest"), attests},
                        {QStringLiteral("vnd.docker.reference.type"), QStringLiteral("attestation-manifest")}});
            return e;
        };
        const QString unknown = QStringLiteral("unknown");
        bytes = json({{QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QString::fromLatin1(OciMediaType::OciIndex)},
            {QStringLiteral("manifests"),
                QJsonArray {entry(amd, QStringLiteral("linux"), QStringLiteral("amd64"), {}, {}),
                    entry(arm, QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8"), {}),
                    entry(attAmd, unknown, unknown, {}, amd), entry(attArm, unknown, unknown, {}, arm)}}});
    }

    ImageInspectionResult result() const
    {
        ImageInspectionResult r;
        r.top.bytes = bytes;
        r.top.digest = sha256Digest(bytes);
        r.top.manifest = parseOciManifest(bytes).value;
        r.top.mediaType = r.top.manifest.mediaType;
        return r;
    }
};

QString paneTr(const char *text, int n = -1)
{
    return InspectorPane::tr(text, nullptr, n);
}

InspectorSubject titled(const QString &title)
{
    InspectorSubject s;
    s.title = title;
    return s;
}

} // namespace

class TestInspectorPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageSectionsAndRows()
    {
        const Image image;
        InspectorPane pane;
        InspectorSubject subject;
        subject.title = QStringLiteral("team/app:v1");
        subject.scanSeverity = QStringLiteral("High");
        subject.scanTotal = 14;
        subject.scanFixable = 9;
        subject.scanSummary = QStringLiteral("High: 2, Medium: 12");
        pane.showResult(subject, image.result());
        const QTreeWidget *tree = pane.tree();
        QCOMPARE(sectionTitles(tree),
            QStringList({paneTr("Manifest"), paneTr("Configuration"), paneTr("History"), paneTr("Layers"),
                paneTr("Referrers"), paneTr("Vulnerabilities")}));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QVERIFY(tree->topLevelItem(i)->isExpanded());

        QTreeWidgetItem *manifest = section(tree, paneTr("Manifest"));
        QCOMPARE(field(manifest, paneTr("Digest"))->text(1), sha256Digest(image.bytes));
        QCOMPARE(field(manifest, paneTr("Digest"))->toolTip(1), sha256Digest(image.bytes));
        QCOMPARE(field(manifest, paneTr("Media type"))->text(1), QString::fromLatin1(OciMediaType::OciManifest));
        QVERIFY(field(manifest, paneTr("Artifact type"))->text(1).contains(paneTr("Container image")));
        const qint64 layersTotal = 31000 + 1200;
        const qint64 total = image.bytes.size() + image.config.size() + layersTotal;
        QVERIFY(field(manifest, paneTr("Total size"))->text(1).contains(QLocale::system().toString(total)));

        QTreeWidgetItem *config = section(tree, paneTr("Configuration"));
        QCOMPARE(field(config, paneTr("OS/architecture"))->text(1), QStringLiteral("linux/arm64/v8"));
        QCOMPARE(field(config, paneTr("Entrypoint"))->text(1), QStringLiteral("[\"/bin/app\",\"--a b\"]"));
        QCOMPARE(field(config, paneTr("Command"))->text(1), QStringLiteral("[\"serve\"]"));
        QCOMPARE(field(config, paneTr("Working directory"))->text(1), QStringLiteral("/srv"));
        QCOMPARE(field(config, paneTr("User"))->text(1), QStringLiteral("1000:1000"));
        QCOMPARE(field(config, paneTr("Exposed ports"))->text(1), QStringLiteral("8080/tcp"));
        QCOMPARE(field(config, paneTr("Author"))->text(1), QStringLiteral("Berth tests"));
        QTreeWidgetItem *env = field(config, paneTr("Environment"));
        QCOMPARE(env->childCount(), 2);
        QCOMPARE(env->child(1)->text(0), QStringLiteral("MODE"));
        QCOMPARE(env->child(1)->text(1), QStringLiteral("x=y")); // split at the first '=' only
        QCOMPARE(field(field(config, paneTr("Labels")), QStringLiteral("long"))->toolTip(1), kLongLabel);

        // Steps without a layer are marked, and the others count the layers they made.
        QTreeWidgetItem *history = section(tree, paneTr("History"));
        QCOMPARE(history->childCount(), 3);
        QCOMPARE(history->child(0)->text(0), paneTr("%1. layer %2").arg(1).arg(1));
        QCOMPARE(history->child(1)->text(0), paneTr("%1. empty layer").arg(2));
        QCOMPARE(history->child(2)->text(0), paneTr("%1. layer %2").arg(3).arg(2));
        QCOMPARE(history->child(1)->text(1), QStringLiteral("ENV MODE=x=y"));
        // The summary counts the steps without a layer only when there are some.
        QVERIFY2(history->text(1).contains(QStringLiteral("1 without a layer")), qPrintable(history->text(1)));

        QTreeWidgetItem *layers = section(tree, paneTr("Layers"));
        QCOMPARE(layers->childCount(), 2);
        QVERIFY2(
            layers->text(1).contains(QLocale::system().formattedDataSize(layersTotal)), qPrintable(layers->text(1)));
        QVERIFY(layers->toolTip(1).contains(QLocale::system().toString(layersTotal)));
        for (int i = 0; i < 2; ++i) {
            const QTreeWidgetItem *l = layers->child(i);
            QCOMPARE(l->data(0, InspectorPane::DigestRole).toString(), image.layers[i].first);
            QVERIFY(l->text(1).contains(image.layers[i].first));
            QVERIFY(l->text(1).contains(QStringLiteral("tar+gzip")));
            QVERIFY(l->toolTip(1).contains(QString::fromLatin1(OciMediaType::OciLayerGzip)));
            QVERIFY(l->toolTip(1).contains(QLocale::system().toString(image.layers[i].second)));
        }

        // Referrers by artifactType, with the names people know them by.
        QTreeWidgetItem *referrers = section(tree, paneTr("Referrers"));
        QCOMPARE(referrers->childCount(), 2);
        QCOMPARE(referrers->child(0)->text(0),
            artifactTypeName(QStringLiteral("application/vnd.dev.cosign.artifact.sig.v1+json")));
        QCOMPARE(referrers->child(0)->text(0), InspectorPane::tr("Cosign signature"));
        QCOMPARE(referrers->child(0)->childCount(), 2);
        QCOMPARE(referrers->child(0)->child(0)->data(0, InspectorPane::DigestRole).toString(), digestOf("sig 1"));
        QCOMPARE(referrers->child(0)->child(1)->data(0, InspectorPane::DigestRole).toString(), digestOf("sig 2"));
        QCOMPARE(referrers->child(1)->text(0), InspectorPane::tr("SPDX SBOM"));
        QCOMPARE(referrers->child(1)->child(0)->data(0, InspectorPane::DigestRole).toString(), digestOf("sbom"));

        QTreeWidgetItem *scan = section(tree, paneTr("Vulnerabilities"));
        QCOMPARE(field(scan, paneTr("Total"))->text(1), QStringLiteral("14"));
        QCOMPARE(field(scan, paneTr("Fixable"))->text(1), QStringLiteral("9"));
        QCOMPARE(field(scan, paneTr("By severity"))->text(1), subject.scanSummary);

        for (const char *name : {"inspectorCopyDigest", "inspectorCopyManifest", "inspectorCopyConfig"})
            QVERIFY(pane.findChild<QPushButton *>(QLatin1String(name))->isEnabled());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("inspectorBack"))->isVisibleTo(&pane));
    }

    // "1 step, 0 without a layer" says nothing: the count of steps without a layer is left out.
    void historyWithoutEmptyLayers()
    {
        ImageInspectionResult r = Image().result();
        for (OciHistoryEntry &h : r.top.config->history)
            h.emptyLayer = false;
        InspectorPane pane;
        pane.showResult(InspectorSubject {}, r);
        const QTreeWidgetItem *history = section(pane.tree(), paneTr("History"));
        QVERIFY(history);
        QCOMPARE(history->text(1), paneTr("%n steps", 3));
    }

    void artifactTypeNames_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("cosign") << "application/vnd.dev.cosign.artifact.sig.v1+json"
                                << "Cosign signature";
        QTest::newRow("notation") << "application/vnd.cncf.notary.signature"
                                  << "Notation signature";
        QTest::newRow("spdx") << "application/spdx+json"
                              << "SPDX SBOM";
        QTest::newRow("spdx text") << "text/spdx"
                                   << "SPDX SBOM";
        QTest::newRow("cyclonedx") << "application/vnd.cyclonedx+json"
                                   << "CycloneDX SBOM";
        QTest::newRow("in-toto") << "application/vnd.in-toto+json"
                                 << "in-toto attestation";
        QTest::newRow("helm") << "application/vnd.cncf.helm.config.v1+json"
                              << "Helm chart";
        QTest::newRow("parameters") << "application/vnd.cncf.helm.config.v1+json; charset=utf-8"
                                    << "Helm chart";
        QTest::newRow("unknown") << "application/vnd.example.thing"
                                 << "";
    }

    void artifactTypeNames()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QCOMPARE(artifactTypeName(type), name.isEmpty() ? QString() : InspectorPane::tr(qPrintable(name)));
    }

    void indexPlatformsAndAttestations()
    {
        const Index index;
        InspectorPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showResult(titled(QStringLiteral("team/app:multi")), index.result());
        QTreeWidget *tree = pane.tree();
        QCOMPARE(sectionTitles(tree), QStringList({paneTr("Manifest"), paneTr("Platforms"), paneTr("Referrers")}));
        QTreeWidgetItem *platforms = section(tree, paneTr("Platforms"));
        QCOMPARE(platforms->childCount(), 4);
        const QStringList digests {index.amd, index.arm, index.attAmd, index.attArm};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(platforms->child(i)->data(0, InspectorPane::DigestRole).toString(), digests[i]);
            QVERIFY(platforms->child(i)->toolTip(1).contains(digests[i]));
            QVERIFY(platforms->child(i)->text(1).contains(QLocale::system().formattedDataSize(500)));
        }
        QCOMPARE(platforms->child(0)->text(0), QStringLiteral("linux/amd64"));
        QCOMPARE(platforms->child(1)->text(0), QStringLiteral("linux/arm64/v8"));
        // buildx's unknown/unknown entries: attestations, named after the image they attest.
        QCOMPARE(platforms->child(2)->text(0), paneTr("Attestation of %1").arg(QStringLiteral("linux/amd64")));
        QCOMPARE(platforms->child(3)->text(0), paneTr("Attestation of %1").arg(QStringLiteral("linux/arm64/v8")));
        QVERIFY(platforms->child(3)->font(0).italic());
        QVERIFY(!platforms->child(1)->font(0).italic());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("inspectorCopyConfig"))->isEnabled());

        // Enter on a platform asks for it.
        QSignalSpy asked(&pane, &InspectorPane::inspectRequested);
        tree->setFocus();
        tree->setCurrentItem(platforms->child(1));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), index.arm);
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("linux/arm64/v8"));
        // A layer or a field is not a manifest: nothing to open.
        tree->setCurrentItem(field(section(tree, paneTr("Manifest")), paneTr("Digest")));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
    }

    void copyButtonsCopyTheExactBytes()
    {
        Image image;
        // Bytes as a registry may send them: indentation and a trailing newline a re-serialisation
        // would lose.
        image.bytes = QJsonDocument::fromJson(image.bytes).toJson(QJsonDocument::Indented) + "\n";
        ImageInspectionResult r = image.result();
        InspectorPane pane;
        QSignalSpy copied(&pane, &InspectorPane::copied);
        pane.showResult(titled(QStringLiteral("team/app:v1")), r);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("inspectorCopyManifest")), Qt::LeftButton);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/json")), image.bytes);
        QCOMPARE(clipboard->text().toUtf8(), image.bytes);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("inspectorCopyConfig")), Qt::LeftButton);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/json")), image.config);
        QCOMPARE(clipboard->text().toUtf8(), image.config);
        QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("inspectorCopyDigest")), Qt::LeftButton);
        QCOMPARE(clipboard->text(), r.top.digest);
        QCOMPARE(copied.size(), 3);
    }

    void errorsInErrorPresentersWords()
    {
        InspectorPane pane;
        Diagnosis d;
        d.cause = Cause::PullNotPermitted;
        d.title = QStringLiteral("robot$x may not pull from this repository");
        d.explanation = QStringLiteral("explanation");
        d.fix = QStringLiteral("the fix");
        pane.showResult(titled(QStringLiteral("team/app:v1")), Image().result());
        pane.showError(titled(QStringLiteral("team/app:v1")), d);
        QVERIFY(pane.findChild<QFrame *>(QStringLiteral("inspectorError"))->isVisibleTo(&pane));
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("inspectorErrorTitle"))->text(), d.title);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("inspectorErrorExplanation"))->text(), d.explanation);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("inspectorErrorFix"))->text(), d.fix);
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("inspectorErrorCause"))->text(),
            paneTr("Cause: %1").arg(QStringLiteral("pull_not_permitted")));
        // Nothing of the previous result stays to be copied.
        QVERIFY(!pane.tree()->isVisibleTo(&pane));
        QCOMPARE(pane.tree()->topLevelItemCount(), 0);
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("inspectorCopyManifest"))->isEnabled());
        QVERIFY(pane.shownDigest().isEmpty());
    }

    // A value far longer than the pane is elided in place, whole in its tooltip, and the pane
    // asks for no more room than before: the splitter and the window keep their sizes.
    void longValuesElideAndNothingGrows()
    {
        InspectorPane pane;
        pane.resize(420, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QSize minimum = pane.minimumSizeHint();
        const QSize hint = pane.sizeHint();
        InspectorSubject subject;
        subject.title = QStringLiteral("team/") + QStringLiteral("very-long-repository-name/").repeated(10)
            + QStringLiteral("app:v1");
        pane.showResult(subject, Image().result());
        QCOMPARE(pane.minimumSizeHint(), minimum);
        QCOMPARE(pane.sizeHint().width(), hint.width());
        QCOMPARE(pane.size(), QSize(420, 600));
        QTreeWidget *tree = pane.tree();
        QTreeWidgetItem *label
            = field(field(section(tree, paneTr("Configuration")), paneTr("Labels")), QStringLiteral("long"));
        label->parent()->setExpanded(true);
        const QRect cell = tree->visualItemRect(label);
        QVERIFY(cell.isValid());
        QVERIFY(tree->fontMetrics().horizontalAdvance(label->text(1)) > tree->viewport()->width());
        QVERIFY(tree->columnWidth(0) <= tree->viewport()->width() / 2);
        QCOMPARE(label->toolTip(1), kLongLabel);
        QCOMPARE(label->data(1, InspectorPane::FullValueRole).toString(), kLongLabel);
    }
};

QTEST_MAIN(TestInspectorPane)
#include "tst_inspectorpane.moc"
