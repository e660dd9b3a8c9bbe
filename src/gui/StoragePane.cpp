#include "StoragePane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace berth {

namespace {

enum Column { Name, Share, Stored, Unique, Shared, ReportedColumn, ColumnCount };

// The Share column: a bar as long as the row's stored bytes are of the whole, its unique part
// in the highlight colour and its shared part lighter, so what is big shows at a glance.
class ShareBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index); // selection background
        const QVariantList share = index.data(StoragePane::BytesRole).toList();
        if (share.size() != 2)
            return;
        const QRect area = option.rect.adjusted(2, option.rect.height() / 4, -2, -option.rect.height() / 4);
        const int unique = qRound(area.width() * qBound(0.0, share.at(0).toDouble(), 1.0));
        const int shared = qRound(area.width() * qBound(0.0, share.at(1).toDouble(), 1.0));
        const QColor colour = option.palette.color(QPalette::Highlight);
        painter->save();
        painter->fillRect(QRect(area.left(), area.top(), unique, area.height()), colour);
        QColor light = colour;
        light.setAlphaF(0.35f);
        painter->fillRect(QRect(area.left() + unique, area.top(), shared, area.height()), light);
        painter->restore();
    }
};

QTreeView *tableView(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegateForColumn(Share, new ShareBarDelegate(view));
    view->header()->setStretchLastSection(false);
    return view;
}

// After each refill: a model reset forgets the sections' modes.
void layOutColumns(QTreeView *view)
{
    QHeaderView *header = view->header();
    if (header->count() < ColumnCount)
        return;
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Share, QHeaderView::Fixed);
    header->resizeSection(Share, view->fontMetrics().averageCharWidth() * 10);
    for (int c = Stored; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StoragePane::StoragePane(QWidget *parent)
    : QWidget(parent)
    , m_title(wrappingLabel(this))
    , m_summary(wrappingLabel(this))
    , m_exactness(wrappingLabel(this))
    , m_selection(wrappingLabel(this))
    , m_partsTitle(new QLabel(this))
    , m_largestTitle(new QLabel(tr("Largest images"), this))
    , m_analyse(new QPushButton(tr("&Analyse"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_parts(new QStandardItemModel(this))
    , m_largest(new QStandardItemModel(this))
    , m_partsView(tableView(m_parts, this))
    , m_largestView(tableView(m_largest, this))
{
    setObjectName(QStringLiteral("storagePane"));
    m_title->setObjectName(QStringLiteral("storageTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_partsTitle->setFont(bold);
    m_largestTitle->setFont(bold);
    m_summary->setObjectName(QStringLiteral("storageSummary"));
    m_exactness->setObjectName(QStringLiteral("storageExactness"));
    m_selection->setObjectName(QStringLiteral("storageSelection"));
    m_analyse->setObjectName(QStringLiteral("storageAnalyse"));
    m_analyse->setAccessibleDescription(tr("Reads every manifest of this registry to account for its storage"));
    m_cancel->setObjectName(QStringLiteral("storageCancel"));
    m_partsView->setObjectName(QStringLiteral("storageParts"));
    m_largestView->setObjectName(QStringLiteral("storageLargest"));
    m_partsView->setAccessibleName(tr("Storage by part"));
    m_largestView->setAccessibleName(tr("Largest images"));
    m_selection->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_analyse);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_exactness);
    layout->addWidget(m_selection);
    layout->addWidget(m_partsTitle);
    layout->addWidget(m_partsView, 3);
    layout->addWidget(m_largestTitle);
    layout->addWidget(m_largestView, 2);

    connect(m_analyse, &QPushButton::clicked, this, &StoragePane::analyseRequested);
    connect(m_cancel, &QPushButton::clicked, this, &StoragePane::cancelRequested);
    showMessage(QString());
}

void StoragePane::showMessage(const QString &text)
{
    m_title->setText(text);
    m_summary->clear();
    m_exactness->clear();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    for (QWidget *w : {static_cast<QWidget *>(m_partsTitle), static_cast<QWidget *>(m_partsView),
             static_cast<QWidget *>(m_largestTitle), static_cast<QWidget *>(m_largestView)})
        w->setVisible(false);
    m_parts->clear();
    m_largest->clear();
}

void StoragePane::showProgress(const QString &title, int done, int total)
{
    showMessage(title);
    m_summary->setText(tr("Reading manifests: %1 of %2 so far").arg(done).arg(total));
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_cancel->setVisible(true);
    m_analyse->setEnabled(false);
}

void StoragePane::showFigures(const QString &title, const QString &summary, const QString &exactness,
    const QString &partsTitle, const QList<StorageRow> &parts, const QList<StorageRow> &largest, qint64 whole,
    const Reported &reported)
{
    showMessage(title);
    m_summary->setText(summary);
    m_exactness->setText(exactness);
    m_partsTitle->setText(partsTitle);
    fill(m_parts, m_partsView, parts, whole, reported.parts);
    fill(m_largest, m_largestView, largest, whole, reported.largest);
    layOutColumns(m_partsView);
    layOutColumns(m_largestView);
    m_partsTitle->setVisible(!parts.isEmpty());
    m_partsView->setVisible(!parts.isEmpty());
    m_largestTitle->setVisible(!largest.isEmpty());
    m_largestView->setVisible(!largest.isEmpty());
}

void StoragePane::setSelectionText(const QString &text)
{
    m_selection->setText(text);
    m_selection->setVisible(!text.isEmpty());
}

void StoragePane::setAnalyseText(const QString &text, bool enabled)
{
    m_analyse->setText(text);
    m_analyse->setEnabled(enabled);
}

void StoragePane::fill(QStandardItemModel *model, QTreeView *view, const QList<StorageRow> &rows, qint64 whole,
    const QString &reportedHeader)
{
    model->clear();
    model->setColumnCount(ColumnCount);
    model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Share"), tr("Stored"), tr("Unique"), tr("Shared"), reportedHeader});
    model->setHeaderData(ReportedColumn, Qt::Horizontal,
        tr("What the registry itself reports; where it differs from Stored, the cell's tooltip says why"),
        Qt::ToolTipRole);
    bool anyReported = false;
    model->setHeaderData(
        Share, Qt::Horizontal, tr("Share of the stored bytes: unique dark, shared light"), Qt::ToolTipRole);
    model->setHeaderData(
        Unique, Qt::Horizontal, tr("Bytes nothing else references: what deleting it all frees"), Qt::ToolTipRole);
    model->setHeaderData(Shared, Qt::Horizontal, tr("Bytes also referenced elsewhere: they stay"), Qt::ToolTipRole);
    const QLocale locale;
    for (const StorageRow &row : rows) {
        QList<QStandardItem *> items;
        auto *name = new QStandardItem(row.name);
        name->setToolTip(row.tooltip.isEmpty() ? row.name : row.tooltip);
        items << name;
        auto *share = new QStandardItem;
        const double w = whole > 0 ? double(whole) : 1.0;
        share->setData(QVariantList {double(row.unique) / w, double(row.shared) / w}, BytesRole);
        share->setToolTip(
            tr("%1 of %2").arg(locale.formattedDataSize(row.stored), locale.formattedDataSize(qMax<qint64>(whole, 0))));
        items << share;
        for (qint64 bytes : {row.stored, row.unique, row.shared}) {
            auto *item = new QStandardItem(locale.formattedDataSize(bytes));
            item->setData(bytes, BytesRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        auto *reported = new QStandardItem(row.reported >= 0 ? locale.formattedDataSize(row.reported) : QString());
        if (row.reported >= 0) {
            anyReported = true;
            reported->setData(row.reported, BytesRole);
            // A figure that disagrees with ours is set apart, and says why.
            if (!row.reportedNote.isEmpty()) {
                QFont italic = reported->font();
                italic.setItalic(true);
                reported->setFont(italic);
                reported->setToolTip(row.reportedNote);
            }
        }
        reported->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << reported;
        model->appendRow(items);
    }
    view->setColumnHidden(ReportedColumn, reportedHeader.isEmpty() || !anyReported);
}

} // namespace berth
