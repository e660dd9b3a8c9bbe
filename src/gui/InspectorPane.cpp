#include "InspectorPane.h"

#include "ArtifactTypeName.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "ElidingLabel.h"

#include <QClipboard>
#include <QDateTime>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace berth {

namespace {

// What buildx writes on its attestation entries (docs.docker.com/build/metadata/attestations/
// attestation-storage/): the entry is an attestation of the manifest whose digest it names.
const QLatin1String kReferenceType("vnd.docker.reference.type");
const QLatin1String kReferenceDigest("vnd.docker.reference.digest");
constexpr int kInspectableRole = Qt::UserRole + 10; // column 0: the row names a manifest
constexpr int kLabelRole = Qt::UserRole + 11; // column 0: what to call it when opened
constexpr int kCollapseAbove = 6; // nested lists longer than this start collapsed

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

QString bytesText(qint64 bytes)
{
    if (bytes < 1024)
        return sizeText(bytes); // "699 bytes" already
    return InspectorPane::tr("%1 (%2 bytes)").arg(sizeText(bytes), QLocale::system().toString(bytes));
}

// An entrypoint or command as the config holds it: a JSON array, so spaces inside an argument
// stay visible.
QString argvText(const QStringList &argv)
{
    if (argv.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(argv)).toJson(QJsonDocument::Compact));
}

// RFC 3339 from the config, in the user's time and words; the text itself when it is not a time.
QString timeText(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return t.isValid() ? QLocale::system().toString(t.toLocalTime(), QLocale::LongFormat) : rfc3339;
}

QString typeText(const QString &mediaType)
{
    const QString name = artifactTypeName(mediaType);
    return name.isEmpty() ? mediaType : InspectorPane::tr("%1 (%2)").arg(name, mediaType);
}

void setBold(QTreeWidgetItem *item)
{
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFont(1, f);
}

} // namespace

InspectorPane::InspectorPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidingLabel(this))
    , m_status(new ElidingLabel(this))
    , m_errorFrame(new QFrame(this))
    , m_errorTitle(new ElidingLabel(m_errorFrame))
    , m_errorExplanation(new ElidingLabel(m_errorFrame))
    , m_errorFix(new ElidingLabel(m_errorFrame))
    , m_errorCause(new QLabel(m_errorFrame))
    , m_tree(new QTreeWidget(this))
    , m_back(new QPushButton(tr("Back"), this))
    , m_copyDigest(new QPushButton(tr("Copy digest"), this))
    , m_copyManifest(new QPushButton(tr("Copy manifest JSON"), this))
    , m_copyConfig(new QPushButton(tr("Copy config JSON"), this))
{
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_errorFrame->setObjectName(QStringLiteral("inspectorError"));
    m_errorTitle->setObjectName(QStringLiteral("inspectorErrorTitle"));
    m_errorExplanation->setObjectName(QStringLiteral("inspectorErrorExplanation"));
    m_errorFix->setObjectName(QStringLiteral("inspectorErrorFix"));
    m_errorCause->setObjectName(QStringLiteral("inspectorErrorCause"));
    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_back->setObjectName(QStringLiteral("inspectorBack"));
    m_copyDigest->setObjectName(QStringLiteral("inspectorCopyDigest"));
    m_copyManifest->setObjectName(QStringLiteral("inspectorCopyManifest"));
    m_copyConfig->setObjectName(QStringLiteral("inspectorCopyConfig"));

    // Heights that depend on the width only (ElidingLabel): a long title or explanation is cut
    // with a tooltip, and never grows the pane, the splitter or the window.
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setMaximumLines(1);
    m_status->setMaximumLines(2);
    m_errorTitle->setFont(bold);
    m_errorTitle->setMaximumLines(2);
    m_errorExplanation->setMaximumLines(8);
    m_errorFix->setMaximumLines(4);
    // Nor do they ask for the width of their text: a long title would otherwise be the pane's
    // size hint (the splitter honours the tab widget's hint when it lays out afresh).
    for (ElidingLabel *l : {m_title, m_status, m_errorTitle, m_errorExplanation, m_errorFix}) {
        QSizePolicy p = l->sizePolicy();
        p.setHorizontalPolicy(QSizePolicy::Ignored);
        l->setSizePolicy(p);
    }
    m_errorCause->setTextFormat(Qt::PlainText);
    m_errorCause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    auto *errorLayout = new QVBoxLayout(m_errorFrame);
    for (QWidget *w : std::initializer_list<QWidget *> {m_errorTitle, m_errorExplanation, m_errorFix, m_errorCause})
        errorLayout->addWidget(w);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setAccessibleName(tr("Contents of the selected artifact"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // values elide; the tooltip has them whole
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kInspectableRole).toBool())
            Q_EMIT inspectRequested(item->data(0, DigestRole).toString(), item->data(0, kLabelRole).toString());
    });

    // Messages and errors on one page, the tree on the other: neither leaves the other's space.
    auto *pages = m_pages = new QStackedWidget(this);
    auto *info = new QWidget(pages);
    auto *infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(m_errorFrame);
    infoLayout->addStretch(1);
    pages->addWidget(info);
    pages->addWidget(m_tree);

    m_back->setAccessibleDescription(tr("Shows the manifest this one was opened from"));
    m_copyDigest->setAccessibleDescription(tr("Copies the digest of the manifest shown"));
    m_copyManifest->setAccessibleDescription(tr("Copies the manifest exactly as the registry sent it"));
    m_copyConfig->setAccessibleDescription(tr("Copies the image configuration exactly as the registry sent it"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    for (QPushButton *b : {m_copyDigest, m_copyManifest, m_copyConfig}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    connect(m_back, &QPushButton::clicked, this, &InspectorPane::backRequested);
    connect(m_copyDigest, &QPushButton::clicked, this,
        [this] { copy(m_digest.toUtf8(), {}, tr("Copied: %1").arg(m_digest)); });
    connect(m_copyManifest, &QPushButton::clicked, this, [this] {
        copy(m_manifestBytes, QStringLiteral("application/json"),
            tr("Copied the manifest (%1)").arg(bytesText(m_manifestBytes.size())));
    });
    connect(m_copyConfig, &QPushButton::clicked, this, [this] {
        copy(m_configBytes, QStringLiteral("application/json"),
            tr("Copied the configuration (%1)").arg(bytesText(m_configBytes.size())));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(pages, 1);
    layout->addLayout(buttons);
    showMessage(tr("Select a tag, an untagged artifact or a platform to see what is inside it."));
}

InspectorPane::~InspectorPane() = default;

void InspectorPane::setState(bool failed, bool result)
{
    m_pages->setCurrentIndex(result ? 1 : 0);
    m_errorFrame->setVisible(failed);
    if (!result) {
        m_tree->clear();
        m_digest.clear();
        m_manifestBytes.clear();
        m_configBytes.clear();
    }
    m_copyDigest->setEnabled(!m_digest.isEmpty());
    m_copyManifest->setEnabled(!m_manifestBytes.isEmpty());
    m_copyConfig->setEnabled(!m_configBytes.isEmpty());
}

void InspectorPane::setSubject(const InspectorSubject &subject)
{
    m_title->setText(subject.title);
    m_back->setVisible(subject.openedFrom);
}

void InspectorPane::showMessage(const QString &message)
{
    setSubject({});
    m_title->setText(tr("Contents"));
    m_status->setText(message);
    setState(false, false);
}

void InspectorPane::showLoading(const InspectorSubject &subject)
{
    setSubject(subject);
    m_status->setText(tr("Reading the manifest from the registry…"));
    setState(false, false);
}

void InspectorPane::showError(const InspectorSubject &subject, const Diagnosis &diagnosis)
{
    setSubject(subject);
    m_status->setText(tr("The registry did not give the contents."));
    m_errorTitle->setText(diagnosis.title);
    m_errorExplanation->setText(diagnosis.explanation);
    m_errorFix->setText(diagnosis.fix);
    m_errorFix->setVisible(!diagnosis.fix.isEmpty());
    m_errorCause->setText(tr("Cause: %1").arg(causeId(diagnosis.cause)));
    setState(true, false);
}

void InspectorPane::showResult(const InspectorSubject &subject, const ImageInspectionResult &result)
{
    setSubject(subject);
    // The GUI asks without a platform: an index is shown as the index, and a platform is opened
    // from it (inspectRequested) as an inspection of its own, so `result.image` stays empty.
    const InspectedManifest &m = result.top;
    QStringList status;
    status << (m.fromCache && result.requests == 0
            ? tr("From the cache: no requests were sent.")
            : tr("Read from the registry: %n requests.", nullptr, result.requests));
    // Harbor fires a pull event for every manifest GET that is not a HEAD
    // (src/server/registry/manifest.go), so reading the contents moves the artifact's pull time:
    // say so, since cleanup rules read it. The cache spares later reads by digest.
    if (!m.fromCache)
        status << tr("Harbor counts this read as a pull: the pull time changes.");
    if (m.manifest.kind == OciManifest::Kind::Index)
        status << tr("Enter or a double-click on a platform shows it.");
    for (const QString &w : result.warnings)
        status << tr("Warning: %1").arg(w);
    m_status->setText(status.join(QLatin1Char(' ')));

    m_tree->clear();
    m_digest = m.digest;
    m_manifestBytes = m.bytes;
    m_configBytes = m.configBytes;
    addManifest(m);
    if (m.manifest.kind == OciManifest::Kind::Index)
        addPlatforms(m);
    if (m.manifest.kind == OciManifest::Kind::Image) {
        addConfig(m);
        if (m.config)
            addHistory(*m.config);
        addLayers(m);
    }
    addReferrers(m);
    addVulnerabilities(subject);
    m_tree->expandAll();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->childCount() > kCollapseAbove)
                top->child(c)->setExpanded(false);
    }
    setState(false, true);
    fitFieldColumn();
}

QTreeWidgetItem *InspectorPane::section(const QString &title, const QString &summary)
{
    QTreeWidgetItem *item = row(nullptr, title, summary);
    m_tree->addTopLevelItem(item);
    setBold(item);
    return item;
}

QTreeWidgetItem *InspectorPane::row(
    QTreeWidgetItem *parent, const QString &field, const QString &value, const QString &toolTip)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem;
    // Registry content is server text: one line each, controls visible; the whole in the tooltip.
    item->setText(0, DisplayText::escapeControl(field));
    item->setText(1, DisplayText::escapeControl(value));
    item->setData(1, FullValueRole, value);
    item->setToolTip(0, DisplayText::literalForAutoText(DisplayText::escapeControl(field)));
    const QString tip = toolTip.isEmpty() ? value : toolTip;
    if (!tip.isEmpty())
        item->setToolTip(
            1, DisplayText::literalForAutoText(DisplayText::escapeControl(tip, DisplayText::Keep::LinesAndTabs)));
    return item;
}

void InspectorPane::addManifest(const InspectedManifest &m)
{
    QTreeWidgetItem *s = section(tr("Manifest"), shortDigest(m.digest));
    s->setToolTip(1, m.digest);
    row(s, tr("Media type"), m.mediaType);
    row(s, tr("Digest"), m.digest);
    row(s, tr("Size"), bytesText(m.size()));
    if (m.manifest.kind == OciManifest::Kind::Unknown)
        row(s, tr("Kind"), tr("Neither an image nor an index: copy the JSON to read it"));
    if (const QString type = m.manifest.displayedArtifactType(); !type.isEmpty())
        row(s, tr("Artifact type"), typeText(type));
    if (m.manifest.kind == OciManifest::Kind::Image)
        row(s, tr("Total size"), bytesText(m.totalSize()),
            tr("The manifest, its configuration and its layers: %1").arg(bytesText(m.totalSize())));
    if (m.manifest.subject)
        row(s, tr("Subject"), m.manifest.subject->digest,
            tr("This artifact refers to %1 (%2)").arg(m.manifest.subject->digest, m.manifest.subject->mediaType));
    if (!m.manifest.annotations.isEmpty()) {
        QTreeWidgetItem *a = row(s, tr("Annotations"), QLocale::system().toString(m.manifest.annotations.size()));
        for (auto it = m.manifest.annotations.cbegin(); it != m.manifest.annotations.cend(); ++it)
            row(a, it.key(), it.value());
    }
}

void InspectorPane::addPlatforms(const InspectedManifest &m)
{
    const QList<OciDescriptor> &entries = m.manifest.manifests;
    QTreeWidgetItem *s = section(tr("Platforms"), tr("%n manifests", nullptr, int(entries.size())));
    s->setToolTip(1, tr("Enter or a double-click on a platform shows it."));
    for (const OciDescriptor &d : entries) {
        const QString platform = d.platform ? d.platform->toString() : QString();
        const bool attestation = (d.platform && d.platform->isUnknown())
            || d.annotations.value(kReferenceType) == QLatin1String("attestation-manifest");
        QString field = platform.isEmpty() ? tr("(no platform)") : platform;
        if (attestation) {
            // Named after the image it attests, when the index lists it.
            QString of;
            for (const OciDescriptor &e : entries)
                if (e.digest == d.annotations.value(kReferenceDigest) && e.platform)
                    of = e.platform->toString();
            field = of.isEmpty() ? tr("Attestation (%1)").arg(platform) : tr("Attestation of %1").arg(of);
        }
        QStringList tip {d.digest, d.mediaType, bytesText(d.size)};
        if (d.platform && !d.platform->osVersion.isEmpty())
            tip << tr("OS version %1").arg(d.platform->osVersion);
        if (attestation)
            tip << tr("A build attestation (provenance or SBOM), not an image to run");
        QTreeWidgetItem *r = row(s, field, tr("%1 · %2").arg(sizeText(d.size), d.digest), tip.join(QLatin1Char('\n')));
        r->setData(0, DigestRole, d.digest);
        r->setData(0, kInspectableRole, true);
        r->setData(0, kLabelRole, field);
        if (attestation) {
            QFont f = r->font(0);
            f.setItalic(true);
            r->setFont(0, f);
        }
    }
}

void InspectorPane::addConfig(const InspectedManifest &m)
{
    const OciDescriptor &d = m.manifest.config;
    QTreeWidgetItem *s = section(tr("Configuration"), typeText(d.mediaType));
    row(s, tr("Media type"), d.mediaType);
    row(s, tr("Digest"), d.digest);
    row(s, tr("Size"), bytesText(d.size));
    if (!m.config) {
        row(s, tr("Contents"), tr("Not an image configuration: not read"));
        return;
    }
    const OciImageConfig &c = *m.config;
    const auto add = [&](const QString &field, const QString &value) {
        if (!value.isEmpty())
            row(s, field, value);
    };
    add(tr("Created"), timeText(c.created));
    add(tr("Author"), c.author);
    QString platform = OciPlatform {c.os, c.architecture, c.variant, {}, {}}.toString();
    if (!c.osVersion.isEmpty())
        platform = tr("%1 (OS version %2)").arg(platform, c.osVersion);
    add(tr("OS/architecture"), c.os.isEmpty() && c.architecture.isEmpty() ? QString() : platform);
    add(tr("Entrypoint"), argvText(c.entrypoint));
    add(tr("Command"), argvText(c.cmd));
    if (!c.env.isEmpty()) {
        QTreeWidgetItem *env = row(s, tr("Environment"), QLocale::system().toString(c.env.size()));
        for (const QString &e : c.env)
            row(env, e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    }
    add(tr("Working directory"), c.workingDir);
    add(tr("User"), c.user);
    add(tr("Exposed ports"), c.exposedPorts.join(QStringLiteral(", ")));
    add(tr("Volumes"), c.volumes.join(QStringLiteral(", ")));
    add(tr("Stop signal"), c.stopSignal);
    if (!c.labels.isEmpty()) {
        QTreeWidgetItem *labels = row(s, tr("Labels"), QLocale::system().toString(c.labels.size()));
        for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
            row(labels, it.key(), it.value());
    }
}

void InspectorPane::addHistory(const OciImageConfig &config)
{
    // Harbor's "build history" addition (/additions/build_history) is this same list read from
    // the config (goharbor/harbor src/controller/artifact/processor/image/manifest_v2.go), so
    // this section is it, for Harbor and for any registry.
    if (config.history.isEmpty())
        return;
    int empty = 0;
    for (const OciHistoryEntry &h : config.history)
        empty += h.emptyLayer ? 1 : 0;
    QString summary = tr("%n steps", nullptr, int(config.history.size()));
    if (empty > 0) // "1 step, 0 without a layer" says nothing
        summary += QStringLiteral(", ") + tr("%n without a layer", nullptr, empty);
    QTreeWidgetItem *s = section(tr("History"), summary);
    int layer = 0;
    for (int i = 0; i < config.history.size(); ++i) {
        const OciHistoryEntry &h = config.history.at(i);
        const QString field
            = h.emptyLayer ? tr("%1. empty layer").arg(i + 1) : tr("%1. layer %2").arg(i + 1).arg(++layer);
        QStringList tip {h.createdBy};
        if (!h.created.isEmpty())
            tip << tr("Created %1").arg(timeText(h.created));
        if (!h.author.isEmpty())
            tip << tr("Author %1").arg(h.author);
        if (!h.comment.isEmpty())
            tip << h.comment;
        QTreeWidgetItem *r = row(s, field, h.createdBy, tip.join(QLatin1Char('\n')));
        if (h.emptyLayer)
            for (int c = 0; c < 2; ++c)
                r->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    }
}

void InspectorPane::addLayers(const InspectedManifest &m)
{
    const QList<OciDescriptor> &layers = m.manifest.layers;
    QTreeWidgetItem *s = section(tr("Layers"),
        layers.isEmpty()
            ? tr("none")
            : tr("%n layers, %1 in total", nullptr, int(layers.size())).arg(sizeText(m.manifest.layersSize())));
    s->setToolTip(1, bytesText(m.manifest.layersSize()));
    for (int i = 0; i < layers.size(); ++i) {
        const OciDescriptor &d = layers.at(i);
        QTreeWidgetItem *r = row(s, tr("Layer %1").arg(i + 1),
            tr("%1 · %2 · %3").arg(sizeText(d.size), shortLayerType(d.mediaType), d.digest),
            QStringList {d.digest, d.mediaType, bytesText(d.size)}.join(QLatin1Char('\n')));
        r->setData(0, DigestRole, d.digest);
    }
}

void InspectorPane::addReferrers(const InspectedManifest &m)
{
    // Grouped by artifactType (else the media type), in the order the registry listed them.
    QStringList types;
    QMultiMap<QString, OciDescriptor> byType;
    for (const OciDescriptor &d : m.referrers) {
        const QString type = d.artifactType.isEmpty() ? d.mediaType : d.artifactType;
        if (!types.contains(type))
            types << type;
        byType.insert(type, d);
    }
    QTreeWidgetItem *s = section(
        tr("Referrers"), m.referrers.isEmpty() ? tr("none") : tr("%n referrers", nullptr, int(m.referrers.size())));
    s->setToolTip(1, tr("Signatures, SBOMs and attestations attached to this manifest"));
    for (const QString &type : std::as_const(types)) {
        QList<OciDescriptor> list = byType.values(type);
        std::reverse(list.begin(), list.end()); // QMultiMap gives the last inserted first
        const QString name = artifactTypeName(type);
        QTreeWidgetItem *g
            = row(s, name.isEmpty() ? type : name, tr("%1 · %2").arg(QLocale::system().toString(list.size()), type));
        for (const OciDescriptor &d : std::as_const(list)) {
            QStringList tip {d.digest, d.mediaType, bytesText(d.size)};
            for (auto it = d.annotations.cbegin(); it != d.annotations.cend(); ++it)
                tip << it.key() + QStringLiteral(": ") + it.value();
            QTreeWidgetItem *r = row(
                g, shortDigest(d.digest), tr("%1 · %2").arg(sizeText(d.size), d.digest), tip.join(QLatin1Char('\n')));
            r->setData(0, DigestRole, d.digest);
            r->setData(0, kInspectableRole, true);
            r->setData(0, kLabelRole, name.isEmpty() ? type : name);
        }
    }
}

void InspectorPane::addVulnerabilities(const InspectorSubject &subject)
{
    // Harbor's scan of the artifact, as its artifact list reports it (scan_overview): what the
    // tree row already holds, not a request of its own.
    if (subject.scanSeverity.isEmpty())
        return;
    QTreeWidgetItem *s = section(tr("Vulnerabilities"), subject.scanSeverity);
    row(s, tr("Severity"), subject.scanSeverity);
    row(s, tr("Total"), QLocale::system().toString(subject.scanTotal));
    row(s, tr("Fixable"), QLocale::system().toString(subject.scanFixable));
    if (!subject.scanSummary.isEmpty())
        row(s, tr("By severity"), subject.scanSummary);
}

void InspectorPane::fitFieldColumn()
{
    // The field names fit when there is room; the values keep at least half of the width.
    m_tree->resizeColumnToContents(0);
    const int least = fontMetrics().averageCharWidth() * 10;
    const int most = qMax(least, m_tree->viewport()->width() / 2);
    m_tree->setColumnWidth(0, qBound(least, m_tree->columnWidth(0), most));
}

void InspectorPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_tree->topLevelItemCount() > 0)
        fitFieldColumn();
}

void InspectorPane::copy(const QByteArray &bytes, const QString &mimeType, const QString &message)
{
    if (bytes.isEmpty())
        return;
    // The bytes as received: as text for any application, and unchanged under their own type
    // (text/plain would carry them re-encoded where they are not valid UTF-8).
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(bytes));
    if (!mimeType.isEmpty())
        data->setData(mimeType, bytes);
    QGuiApplication::clipboard()->setMimeData(data);
    Q_EMIT copied(message);
}

} // namespace berth
