#include "HistoryDialog.h"

#include "core/Csv.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "diagnosis/CauseWording.h"
#include "operations/ActionJournal.h"
#include "operations/UndoHistory.h"
#include "ui_HistoryDialog.h"
#include "UndoController.h"

#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace berth {

namespace {
// The CSV export's columns: ids and UTC times, for scripts and spreadsheets.
const QStringList kColumns {QStringLiteral("time"), QStringLiteral("source"), QStringLiteral("profile"),
    QStringLiteral("username"), QStringLiteral("action"), QStringLiteral("repository"), QStringLiteral("tag"),
    QStringLiteral("digest"), QStringLiteral("state"), QStringLiteral("cause"), QStringLiteral("request_id")};

// The table's columns: what happened to what first, who and where last.
enum Col {
    TimeCol,
    ActionCol,
    RepositoryCol,
    TagCol,
    DigestCol,
    StateCol,
    CauseCol,
    UndoCol,
    ProfileCol,
    UserCol,
    SourceCol,
    RequestIdCol,
    ColumnCount
};

// A cell that sorts by a key of its own (times by instant, not by their localised text).
class KeyedItem : public QTableWidgetItem
{
public:
    KeyedItem(const QString &text, const QVariant &key)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, key);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return QVariant::compare(data(Qt::UserRole), other.data(Qt::UserRole)) == QPartialOrdering::Less;
    }
};

// Server and file text as one line, shown literally in a cell and in its tooltip.
QTableWidgetItem *textItem(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(DisplayText::escapeControl(text));
    if (!toolTip.isEmpty())
        item->setToolTip(
            DisplayText::literalForAutoText(DisplayText::escapeControl(toolTip, DisplayText::Keep::LinesAndTabs)));
    return item;
}

// Where a row's entry is in m_entries, on its time cell (rows move when sorted).
constexpr int kEntryRole = Qt::UserRole + 1;

bool isDelete(const JournalEntry &e)
{
    return e.action != QLatin1String("undo");
}

} // namespace

// Undoable, undone or not, in words and a local date.
static QString undoText(const UndoStatus &s)
{
    switch (s.kind) {
    case UndoStatus::Kind::Undoable:
        return HistoryDialog::tr("Undoable until %1")
            .arg(QLocale().toString(s.until.toLocalTime().date(), QLocale::ShortFormat));
    case UndoStatus::Kind::Undone:
        return HistoryDialog::tr("Undone");
    case UndoStatus::Kind::NotUndoable:
        break;
    }
    return HistoryDialog::tr("No longer undoable: %1").arg(s.why);
}

QString HistoryDialog::actionText(const QString &action)
{
    if (action == QLatin1String("remove_tag"))
        return tr("Remove tag");
    if (action == QLatin1String("delete_artifact"))
        return tr("Delete artifact");
    if (action == QLatin1String("delete_repository"))
        return tr("Delete repository");
    if (action == QLatin1String("undo"))
        return tr("Undo");
    return action; // written by a newer version: its id is still better than nothing
}

QString HistoryDialog::stateText(const QString &state)
{
    if (state == QLatin1String("deleted"))
        return tr("Deleted");
    if (state == QLatin1String("already_gone"))
        return tr("Already gone");
    if (state == QLatin1String("not_found"))
        return tr("Not found");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("changed_since_plan"))
        return tr("Changed since the plan");
    if (state == QLatin1String("pending"))
        return tr("Not finished");
    if (state == QLatin1String("restored"))
        return tr("Restored");
    if (state == QLatin1String("refused"))
        return tr("Refused");
    return state;
}

HistoryDialog::HistoryDialog(QWidget *parent, UndoController *undo)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_undo(undo)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Repository"), tr("Tag"), tr("Digest"),
        tr("State"), tr("Cause"), tr("Undo"), tr("Profile"), tr("User"), tr("Source"), tr("Request id")});
    m_ui->table->horizontalHeaderItem(CauseCol)->setToolTip(
        tr("Why a delete did not happen; the tooltip says what to do"));
    m_ui->table->horizontalHeaderItem(RequestIdCol)
        ->setToolTip(tr("The X-Request-Id to look for in Harbor's core log"));
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->setVisible(false); // row numbers say nothing here
    m_ui->table->setAccessibleName(tr("Journal of deletes"));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &HistoryDialog::reload);
    m_ui->undoBatchButton->setVisible(m_undo);
    m_ui->undoEntryButton->setVisible(m_undo);
    if (m_undo) {
        const auto undo = [this](bool wholeBatch) {
            QString why;
            const QList<JournalEntry> entries = selectedUndo(wholeBatch, &why);
            if (!entries.isEmpty() && why.isEmpty())
                m_undo->undo(entries);
            updateUndoButtons();
        };
        connect(m_ui->undoBatchButton, &QPushButton::clicked, this, [undo] { undo(true); });
        connect(m_ui->undoEntryButton, &QPushButton::clicked, this, [undo] { undo(false); });
        connect(m_undo, &UndoController::finished, this, &HistoryDialog::reload);
        connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateUndoButtons);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto exporter = [this](bool csv) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export journal"), QString(), csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportTo(path, csv, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    };
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [exporter] { exporter(true); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [exporter] { exporter(false); });
    reload();
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::rowCount() const
{
    return m_ui->table->rowCount();
}

void HistoryDialog::reload()
{
    ActionJournal journal;
    int skipped = 0;
    QString error;
    const QList<JournalEntry> entries = journal.read(20000, &skipped, &error);
    m_entries = entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_ui->pathLabel->setText(tr("%1 — %n entries", nullptr, int(entries.size())).arg(journal.path())
        + (skipped ? tr(" (%n unreadable lines skipped)", nullptr, skipped) : QString())
        + (error.isEmpty() ? QString() : QStringLiteral(" — ") + error));
    m_ui->table->setSortingEnabled(false);
    m_ui->table->setRowCount(int(entries.size()));
    int row = 0;
    // The newest undo attempt of each batch that did not go through, to say why beside its deletes.
    QHash<QString, HistoryBatch::Attempt> attempts;
    for (const HistoryBatch &b : UndoHistory::batches(entries, now))
        if (!b.journalId.isEmpty() && !b.lastUndo.state.isEmpty() && b.summary.kind == UndoStatus::Kind::Undoable)
            attempts.insert(b.journalId, b.lastUndo);
    // Each line's undo status in one pass (statusOf per line would scan the journal per line).
    const QList<UndoStatus> status = UndoHistory::statuses(entries, now);
    // Newest first.
    const QLocale locale;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it, ++row) {
        const JournalEntry &e = *it;
        // Local time as the user's locale writes it; the UTC instant stays in the export.
        const QDateTime local = e.time.toLocalTime();
        auto *time = new KeyedItem(locale.toString(local, QLocale::ShortFormat), e.time.toMSecsSinceEpoch());
        time->setData(kEntryRole, int(entries.size() - 1 - row));
        time->setToolTip(locale.toString(local, QLocale::LongFormat));
        m_ui->table->setItem(row, TimeCol, time);
        m_ui->table->setItem(row, ActionCol, textItem(actionText(e.action)));
        m_ui->table->setItem(row, RepositoryCol, textItem(e.repository, e.repository));
        m_ui->table->setItem(row, TagCol, textItem(e.tag, e.tag));
        m_ui->table->setItem(row, DigestCol, textItem(shortDigest(e.digest), e.digest));
        m_ui->table->setItem(row, StateCol, textItem(stateText(e.state)));
        m_ui->table->setItem(row, CauseCol, causeItem(e));
        if (isDelete(e)) {
            const QString undo = undoText(status.at(entries.size() - 1 - row));
            const auto attempt = attempts.constFind(e.journalId);
            const QString why = attempt == attempts.cend()
                ? QString()
                : (attempt->state == QLatin1String("refused") ? tr("The last undo, %1, was refused: %2")
                                                              : tr("The last undo, %1, did not finish: %2"))
                      .arg(locale.toString(attempt->time.toLocalTime(), QLocale::ShortFormat), attempt->why);
            m_ui->table->setItem(row, UndoCol, textItem(undo, why.isEmpty() ? undo : undo + QLatin1Char('\n') + why));
        } else {
            m_ui->table->setItem(row, UndoCol, new QTableWidgetItem);
        }
        m_ui->table->setItem(row, ProfileCol, textItem(e.profile, e.registry.toString(QUrl::RemoveUserInfo)));
        m_ui->table->setItem(row, UserCol, textItem(e.username));
        m_ui->table->setItem(row, SourceCol, textItem(e.source));
        m_ui->table->setItem(row, RequestIdCol, textItem(e.requestId));
    }
    m_ui->table->setSortingEnabled(true);
    m_ui->table->resizeColumnsToContents();
    // Long names and causes are cut (their tooltips hold them), so the state and the cause stay
    // in sight at the dialog's size.
    const int widest = fontMetrics().averageCharWidth() * 32;
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_ui->table->setColumnWidth(c, qMin(m_ui->table->columnWidth(c), widest));
    updateUndoButtons();
}

QList<JournalEntry> HistoryDialog::selectedUndo(bool wholeBatch, QString *why) const
{
    const QList<QTableWidgetItem *> selected = m_ui->table->selectedItems();
    const QTableWidgetItem *time = selected.isEmpty() ? nullptr : m_ui->table->item(selected.first()->row(), TimeCol);
    const int index = time ? time->data(kEntryRole).toInt() : -1;
    if (index < 0 || index >= m_entries.size() || !isDelete(m_entries.at(index))) {
        *why = tr("Select a delete to undo.");
        return {};
    }
    const JournalEntry &e = m_entries.at(index);
    QList<JournalEntry> entries;
    if (wholeBatch && !e.journalId.isEmpty()) {
        for (const HistoryBatch &b : UndoHistory::batches(m_entries, QDateTime::currentDateTimeUtc()))
            if (b.journalId == e.journalId)
                entries = b.undoable();
    } else if (UndoHistory::statusOf(e, m_entries, QDateTime::currentDateTimeUtc()).kind
        == UndoStatus::Kind::Undoable) {
        entries << e;
    }
    if (entries.isEmpty()) {
        *why = undoText(UndoHistory::statusOf(e, m_entries, QDateTime::currentDateTimeUtc()));
        return {};
    }
    *why = m_undo ? m_undo->refusal(entries) : QString();
    return entries;
}

void HistoryDialog::updateUndoButtons()
{
    if (!m_undo)
        return;
    for (const bool wholeBatch : {true, false}) {
        QString why;
        const QList<JournalEntry> entries = selectedUndo(wholeBatch, &why);
        QPushButton *b = wholeBatch ? m_ui->undoBatchButton : m_ui->undoEntryButton;
        b->setEnabled(!entries.isEmpty() && why.isEmpty());
        b->setToolTip(b->isEnabled() ? UndoController::describe(entries) : why);
    }
}

QTableWidgetItem *HistoryDialog::causeItem(const JournalEntry &e)
{
    if (e.cause.isEmpty())
        return new QTableWidgetItem;
    const std::optional<Cause> cause = causeFromId(e.cause);
    if (!cause) // a reason in words (changed since the plan), or an id from a newer version
        return textItem(e.cause, e.cause);
    // The cause's title and fix, worded from what the journal kept about the request.
    ApiError error;
    error.method = "DELETE";
    error.url = e.registry;
    error.username = e.username;
    error.httpStatus = e.httpStatus;
    error.requestId = e.requestId;
    DiagnosisContext context;
    context.targetProject = e.project;
    const CauseWording words = CauseWording::of(*cause, error, context);
    QStringList tip {words.title};
    if (!words.fix.isEmpty())
        tip << words.fix;
    // The id is for searching and scripts (berthctl --json, the CSV export): in the tooltip only.
    tip << tr("Cause id: %1").arg(e.cause);
    return textItem(words.title, tip.join(QLatin1Char('\n')));
}

bool HistoryDialog::exportTo(const QString &path, bool csv, QString *error) const
{
    const QList<JournalEntry> entries = ActionJournal().read();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    if (!csv) {
        for (const JournalEntry &e : entries)
            f.write(e.toJsonLine());
        return true;
    }
    f.write(kColumns.join(QLatin1Char(',')).toUtf8() + '\n');
    for (const JournalEntry &e : entries) {
        const QStringList cells {e.time.toUTC().toString(Qt::ISODateWithMs), e.source, e.profile, e.username, e.action,
            e.repository, e.tag, e.digest, e.state, e.cause, e.requestId};
        // Quoted and guarded against formulas: tags and names may come from a server.
        QStringList escaped;
        for (const QString &c : cells)
            escaped << Csv::field(c);
        f.write(escaped.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    return true;
}

} // namespace berth
