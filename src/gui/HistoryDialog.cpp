#include "HistoryDialog.h"

#include "core/Csv.h"
#include "operations/ActionJournal.h"
#include "ui_HistoryDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

namespace berth {

namespace {
const QStringList kColumns {QStringLiteral("time"), QStringLiteral("source"), QStringLiteral("profile"),
    QStringLiteral("username"), QStringLiteral("action"), QStringLiteral("repository"), QStringLiteral("tag"),
    QStringLiteral("digest"), QStringLiteral("state"), QStringLiteral("cause"), QStringLiteral("request_id")};
} // namespace

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(int(kColumns.size()));
    m_ui->table->setHorizontalHeaderLabels({tr("Time"), tr("Source"), tr("Profile"), tr("User"), tr("Action"),
        tr("Repository"), tr("Tag"), tr("Digest"), tr("State"), tr("Cause"), tr("Request id")});
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->setAccessibleName(tr("Journal of deletes"));
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &HistoryDialog::reload);
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
    m_ui->pathLabel->setText(tr("%1 — %n entries", nullptr, int(entries.size())).arg(journal.path())
        + (skipped ? tr(" (%n unreadable line(s) skipped)", nullptr, skipped) : QString())
        + (error.isEmpty() ? QString() : QStringLiteral(" — ") + error));
    m_ui->table->setSortingEnabled(false);
    m_ui->table->setRowCount(int(entries.size()));
    int row = 0;
    // Newest first.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it, ++row) {
        const JournalEntry &e = *it;
        const QStringList cells {e.time.toLocalTime().toString(Qt::ISODate), e.source, e.profile, e.username, e.action,
            e.repository, e.tag, e.digest, e.state, e.cause, e.requestId};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_ui->table->setSortingEnabled(true);
    m_ui->table->resizeColumnsToContents();
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
