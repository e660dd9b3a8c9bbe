#include "DetailsPane.h"

#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "core/PullCommands.h"
#include "models/RegistryTreeModel.h"
#include "ui_DetailsPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace berth {

namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QLocale::system().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat)
                  : DetailsPane::tr("never");
}
} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailsPane>())
{
    m_ui->setupUi(this);
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    for (QLineEdit *e : {m_ui->dockerTagEdit, m_ui->podmanTagEdit, m_ui->dockerDigestEdit, m_ui->podmanDigestEdit}) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        e->setFont(mono);
    }
    const auto hook = [this](QToolButton *b, QLineEdit *e, const QString &name) {
        b->setAccessibleName(tr("Copy %1").arg(name));
        e->setAccessibleName(name);
        connect(b, &QToolButton::clicked, this, [this, e] { copyFrom(e); });
    };
    hook(m_ui->dockerTagCopy, m_ui->dockerTagEdit, tr("docker pull command by tag"));
    hook(m_ui->podmanTagCopy, m_ui->podmanTagEdit, tr("podman pull command by tag"));
    hook(m_ui->dockerDigestCopy, m_ui->dockerDigestEdit, tr("docker pull command by digest"));
    hook(m_ui->podmanDigestCopy, m_ui->podmanDigestEdit, tr("podman pull command by digest"));
    clear();
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::copyFrom(QLineEdit *edit)
{
    if (edit->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(edit->text());
    Q_EMIT copied(edit->text());
}

QList<DetailsPane::Row> DetailsPane::rows() const
{
    const Ui::DetailsPane &u = *m_ui;
    return {{u.digestCaption, u.digestValue}, {u.mediaTypeCaption, u.mediaTypeValue},
        {u.manifestTypeCaption, u.manifestTypeValue}, {u.sizeCaption, u.sizeValue}, {u.pushedCaption, u.pushedValue},
        {u.pulledCaption, u.pulledValue}, {u.typeCaption, u.typeValue}, {u.platformsCaption, u.platformsValue},
        {u.labelsCaption, u.labelsValue}, {u.scanCaption, u.scanValue}, {u.tagsCaption, u.tagsValue},
        {u.immutableCaption, u.immutableValue}};
}

void DetailsPane::setRow(const Row &row, const QString &value)
{
    // The values are the server's metadata (media types, labels, platforms, scan results): shown
    // as plain text (the .ui says so) with control characters visible, not acted on.
    row.value->setText(DisplayText::escapeControl(value));
    row.caption->setVisible(!value.isEmpty());
    row.value->setVisible(!value.isEmpty());
}

void DetailsPane::follow(const RegistryTreeModel *model)
{
    if (m_model == model)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (!model)
        return;
    m_modelConnections << connect(model, &QAbstractItemModel::dataChanged, this, &DetailsPane::onDataChanged);
    // A removed row invalidates m_shown; whatever else was removed may have changed what the
    // shown row says only through a dataChanged of its own.
    m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_shown.isValid() && m_model)
            clear();
    });
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &DetailsPane::clear);
}

void DetailsPane::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const auto within = [&](const QModelIndex &i) {
        return i.isValid() && i.parent() == topLeft.parent() && i.row() >= topLeft.row()
            && i.row() <= bottomRight.row();
    };
    // The shown row, or the row a platform or accessory row hangs under (its subject artifact).
    if (within(m_shown) || within(m_shown.parent()))
        render();
}

void DetailsPane::clear()
{
    m_shown = QPersistentModelIndex();
    clearFields();
}

void DetailsPane::clearFields()
{
    m_ui->titleLabel->setText(tr("Nothing selected"));
    m_ui->subtitleLabel->setText(tr("Select a tag or an artifact to see its details and pull commands."));
    for (const Row &row : rows())
        setRow(row, {});
    m_ui->pullGroup->setVisible(false);
    for (QLineEdit *e : {m_ui->dockerTagEdit, m_ui->podmanTagEdit, m_ui->dockerDigestEdit, m_ui->podmanDigestEdit})
        e->clear();
}

void DetailsPane::showNode(const RegistryTreeModel *model, const QModelIndex &index)
{
    follow(model);
    m_shown = QPersistentModelIndex(index.siblingAtColumn(0));
    render();
}

void DetailsPane::render()
{
    clearFields();
    const QModelIndex index = m_shown;
    const RegistryNode *n = m_model ? m_model->node(index) : nullptr;
    if (!n)
        return;
    const QUrl registry = index.data(RegistryUrlRole).toUrl();
    const QString repo = index.data(RepositoryRole).toString();
    switch (n->kind) {
    case NodeKind::Registry:
        m_ui->titleLabel->setText(n->name);
        m_ui->subtitleLabel->setText(tr("%1\nSigned in as %2").arg(registry.toString(), n->data->accountLabel));
        return;
    case NodeKind::Project:
        m_ui->titleLabel->setText(tr("Project %1").arg(n->name));
        m_ui->subtitleLabel->setText(tr("%1 project, %n repositories", nullptr, int(n->data->count))
                                         .arg(n->data->isPublic ? tr("Public") : tr("Private")));
        return;
    case NodeKind::Folder:
        m_ui->titleLabel->setText(tr("Folder %1").arg(n->name));
        m_ui->subtitleLabel->setText(tr("A part of nested repository names."));
        return;
    case NodeKind::Repository:
        m_ui->titleLabel->setText(repo);
        m_ui->subtitleLabel->setText(tr("%n artifacts", nullptr, int(n->data->count)));
        return;
    case NodeKind::Error:
        m_ui->titleLabel->setText(tr("Loading failed"));
        m_ui->subtitleLabel->setText(n->name); // an error row is named by its failure
        return;
    case NodeKind::Loading:
        return;
    default:
        break;
    }
    const ArtifactRecord *a = n->artifact;
    if (!a)
        return;
    const bool nested = n->kind == NodeKind::Child || n->kind == NodeKind::Accessory;
    const QString digest = n->digest();
    if (n->kind == NodeKind::Tag)
        m_ui->titleLabel->setText(repo + QLatin1Char(':') + n->name);
    else
        m_ui->titleLabel->setText(repo + QLatin1Char('@') + shortDigest(digest) + QChar(0x2026));
    m_ui->subtitleLabel->setText(n->kind == NodeKind::Digest ? tr("An untagged artifact.")
            : n->kind == NodeKind::Child     ? tr("Platform %1 of the index %2.").arg(n->name, a->digest())
            : n->kind == NodeKind::Accessory ? tr("%1 attached to %2.").arg(n->name, a->digest())
                                             : QString());
    const Ui::DetailsPane &u = *m_ui;
    setRow({u.digestCaption, u.digestValue}, digest);
    if (!nested) {
        setRow({u.mediaTypeCaption, u.mediaTypeValue}, a->mediaType);
        setRow({u.manifestTypeCaption, u.manifestTypeValue}, a->manifestMediaType);
        // A plain registry lists no sizes (a HEAD gives the manifest's only) and keeps no times.
        const RegistryNode *reg = n->registry();
        const bool plain = reg && reg->data && reg->data->plainRegistry;
        setRow({u.sizeCaption, u.sizeValue},
            plain ? QString() : QLocale::system().formattedDataSize(a->size) + tr(" (%1 bytes)").arg(a->size));
        // The times the tree shows (core/EffectiveTimes.h): a pull by digest counts for the tag.
        setRow({u.pushedCaption, u.pushedValue}, plain ? tr("not kept by this registry") : when(n->effectivePushMs()));
        setRow({u.pulledCaption, u.pulledValue}, plain ? tr("not kept by this registry") : when(n->effectivePullMs()));
        setRow({u.typeCaption, u.typeValue}, index.siblingAtColumn(int(Column::Type)).data().toString());
        const ArtifactRareData &rare = a->rare();
        setRow({u.platformsCaption, u.platformsValue}, rare.platforms);
        setRow({u.labelsCaption, u.labelsValue}, rare.labels);
        if (!rare.scanSeverity.isEmpty())
            setRow({u.scanCaption, u.scanValue},
                tr("%1 — %2 total, %3 fixable (%4)")
                    .arg(rare.scanSeverity)
                    .arg(rare.scanTotal)
                    .arg(rare.scanFixable)
                    .arg(rare.scanSummary));
        setRow(
            {u.tagsCaption, u.tagsValue}, a->tagNames.isEmpty() ? tr("none") : a->tagNames.join(QStringLiteral(", ")));
        setRow({u.immutableCaption, u.immutableValue},
            n->immutable ? tr("yes: Harbor will refuse to delete this tag") : QString());
    }
    m_ui->pullGroup->setVisible(true);
    const QString tag = n->kind == NodeKind::Tag ? n->name : QString();
    m_ui->dockerTagEdit->setText(tag.isEmpty() ? QString() : PullCommands::docker(registry, repo, tag));
    m_ui->podmanTagEdit->setText(tag.isEmpty() ? QString() : PullCommands::podman(registry, repo, tag));
    m_ui->dockerDigestEdit->setText(PullCommands::docker(registry, repo, {}, digest));
    m_ui->podmanDigestEdit->setText(PullCommands::podman(registry, repo, {}, digest));
    for (QLineEdit *e : {m_ui->dockerTagEdit, m_ui->podmanTagEdit, m_ui->dockerDigestEdit, m_ui->podmanDigestEdit})
        e->setCursorPosition(0); // show where the command starts, not its tail
    for (const auto &[edit, caption, button] :
        {std::tuple {m_ui->dockerTagEdit, m_ui->dockerTagCaption, m_ui->dockerTagCopy},
            std::tuple {m_ui->podmanTagEdit, m_ui->podmanTagCaption, m_ui->podmanTagCopy}}) {
        edit->setVisible(!tag.isEmpty());
        caption->setVisible(!tag.isEmpty());
        button->setVisible(!tag.isEmpty());
    }
}

} // namespace berth
