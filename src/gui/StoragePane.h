#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace berth {

// One row of the Storage tab's tables: a project, folder, repository or image with its bytes.
struct StorageRow
{
    QString name;
    QString tooltip;
    qint64 stored = 0;
    qint64 unique = 0;
    qint64 shared = 0;
    qint64 reported = -1; // the registry's own figure (Harbor's quota or artifact size); -1: none
    QString reportedNote; // why it differs from ours; empty when it agrees
};

// The Storage tab: what the selected node holds, after an analysis of its registry (started by
// StorageController). A title, the exactness in words, a table of its parts sorted by unique
// bytes with a bar per row (the row's share of the node's stored bytes), "largest images" below,
// and what deleting the selected images would free. It shows; it fetches nothing.
class StoragePane : public QWidget
{
    Q_OBJECT

public:
    explicit StoragePane(QWidget *parent = nullptr);

    // Nothing to show (no node, a tag row before any analysis, ...): one sentence.
    void showMessage(const QString &text);
    void showProgress(const QString &title, int done, int total);
    // `partsTitle` heads the first table (e.g. "Repositories"); `whole` is what the bars divide.
    // A table's last column shows the rows' `reported` figures under its header (e.g. "Harbor's
    // quota"), when the header is not empty and a row has one.
    struct Reported
    {
        QString parts;
        QString largest;
    };
    void showFigures(const QString &title, const QString &summary, const QString &exactness, const QString &partsTitle,
        const QList<StorageRow> &parts, const QList<StorageRow> &largest, qint64 whole, const Reported &reported = {});
    void setSelectionText(const QString &text); // empty: hidden
    void setAnalyseText(const QString &text, bool enabled);

    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *exactnessLabel() const { return m_exactness; }
    QLabel *selectionLabel() const { return m_selection; }
    QPushButton *analyseButton() const { return m_analyse; }
    QPushButton *cancelButton() const { return m_cancel; }
    QTreeView *partsView() const { return m_partsView; }
    QTreeView *largestView() const { return m_largestView; }
    QStandardItemModel *partsModel() const { return m_parts; }
    QStandardItemModel *largestModel() const { return m_largest; }

    // The item data role that holds a row's raw bytes (columns 1-3) and, in column 0, its share of
    // the whole in [0, 1] for the bar.
    static constexpr int BytesRole = Qt::UserRole + 1;

Q_SIGNALS:
    void analyseRequested();
    void cancelRequested();

private:
    void fill(QStandardItemModel *model, QTreeView *view, const QList<StorageRow> &rows, qint64 whole,
        const QString &reportedHeader);

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_exactness;
    QLabel *m_selection;
    QLabel *m_partsTitle;
    QLabel *m_largestTitle;
    QPushButton *m_analyse;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QStandardItemModel *m_parts;
    QStandardItemModel *m_largest;
    QTreeView *m_partsView;
    QTreeView *m_largestView;
};

} // namespace berth
