#include "CleanupDialog.h"

#include "api/HarborClient.h"
#include "core/DigestText.h"
#include "core/DisplayText.h"
#include "models/RegistryTreeModel.h"
#include "operations/CleanupPlanner.h"
#include "operations/PlanExecutor.h"
#include "StorageController.h"
#include "ui_CleanupDialog.h"

#include <QBoxLayout>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

namespace berth {

namespace {
constexpr int kShownRows = 5000; // a table of 100,000 rows helps nobody; export shows all

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : CleanupDialog::tr("never");
}
} // namespace

CleanupDialog::CleanupDialog(HarborClient *client, const QString &registryName, const CleanupScope &scope,
    RegistryTreeModel *model, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CleanupDialog>())
    , m_client(client)
    , m_registry(registryName)
    , m_scope(scope)
    , m_model(model)
    , m_debounce(new QTimer(this))
{
    m_ui->setupUi(this);
    showScope();
    m_ui->scopeEdit->setText(scope.toString());
    connect(m_ui->scopeEdit, &QLineEdit::editingFinished, this, &CleanupDialog::applyScopeText);
    m_ui->matchEdit->setFocus(); // the rules are what the user came for; the scope is set already
    m_ui->runDeniedLabel->setVisible(false);
    m_ui->matchKindCombo->addItem(tr("regular expression"), false);
    m_ui->matchKindCombo->addItem(tr("glob"), true);
    m_ui->previewTable->setColumnCount(8);
    m_ui->previewTable->setHorizontalHeaderLabels({tr("Action"), tr("Repository"), tr("Tag"), tr("Digest"),
        tr("Pushed"), tr("Pulled"), tr("Size"), tr("Decided by")});
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTable->setAccessibleName(tr("Plan preview"));
    m_ui->totalsLabel->setAccessibleName(tr("Plan totals"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &CleanupDialog::reevaluate);
    for (QLineEdit *e : {m_ui->matchEdit, m_ui->olderEdit, m_ui->pulledEdit, m_ui->keepEdit, m_ui->keepPulledEdit})
        connect(e, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(
        m_ui->matchKindCombo, qOverload<int>(&QComboBox::currentIndexChanged), m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->keepLastSpin, qOverload<int>(&QSpinBox::valueChanged), m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->untaggedCheck, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CleanupDialog::refetch);
    connect(m_ui->runButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto exporter = [this](bool csv) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plan"), QString(), csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, csv, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    };
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [exporter] { exporter(false); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [exporter] { exporter(true); });
    m_ui->runButton->setEnabled(false);
    refetch();
}

void CleanupDialog::showScope()
{
    // The registry scope is written "*" in the field, but named in sentences.
    const QString name = m_scope.kind == CleanupScope::Kind::Registry ? m_registry : m_scope.toString();
    setWindowTitle(tr("Clean up %1").arg(name));
    // kindName() is the CLI's English word; the sentence needs the user's language.
    QString kind;
    switch (m_scope.kind) {
    case CleanupScope::Kind::Registry:
        kind = tr("registry");
        break;
    case CleanupScope::Kind::Project:
        kind = tr("project");
        break;
    case CleanupScope::Kind::Folder:
        kind = tr("folder");
        break;
    case CleanupScope::Kind::Repository:
        kind = tr("repository");
        break;
    }
    m_ui->scopeLabel->setText(tr("Scope: the %1 %2 on %3. The plan is computed from fresh data from Harbor and "
                                 "checked again, item by item, right before anything is deleted.")
                                  .arg(kind, name, m_registry));
}

void CleanupDialog::applyScopeText()
{
    QString error;
    const auto parsed = CleanupScope::parse(m_ui->scopeEdit->text(), &error);
    if (!parsed) {
        m_ui->scopeLabel->setText(error); // under the field, where the scope is described
        return;
    }
    showScope();
    if (m_executor) { // a running plan keeps its scope
        m_ui->scopeEdit->setText(m_scope.toString());
        return;
    }
    if (parsed->toString() == m_scope.toString())
        return;
    m_scope = *parsed;
    showScope();
    // What was fetched for the old scope says nothing about the new one.
    if (m_planner) {
        m_planner->disconnect(this);
        m_planner->deleteLater();
        m_planner.clear();
    }
    m_data.clear();
    m_plan = Plan {};
    m_ui->previewTable->setRowCount(0);
    m_ui->totalsLabel->clear();
    if (m_model)
        m_model->setPlannedRemovals({});
    refetch();
}

void CleanupDialog::setRunGate(RunGate gate)
{
    m_runGate = std::move(gate);
    recheckRun();
}

QString CleanupDialog::runDenial() const
{
    return m_runGate && m_plan.totals.remove > 0 ? m_runGate(m_plan) : QString();
}

void CleanupDialog::recheckRun()
{
    QString error;
    rules(&error);
    const QString why = m_hasData ? runDenial() : QString();
    m_ui->runButton->setEnabled(
        m_hasData && error.isEmpty() && m_plan.totals.remove > 0 && !m_executor && why.isEmpty());
    m_ui->runButton->setToolTip(DisplayText::literalForAutoText(why)); // it may name a project
    m_ui->runDeniedLabel->setText(why);
    m_ui->runDeniedLabel->setVisible(!why.isEmpty());
}

CleanupDialog::~CleanupDialog()
{
    // The field loses focus as the dialog goes, and editingFinished must not reach a half-destroyed dialog.
    m_ui->scopeEdit->disconnect(this);
    if (m_model)
        m_model->setPlannedRemovals({});
}

void CleanupDialog::done(int result)
{
    if (m_model)
        m_model->setPlannedRemovals({});
    QDialog::done(result);
}

void CleanupDialog::setRules(const CleanupRules &r)
{
    m_ui->matchEdit->setText(r.match.text);
    m_ui->matchKindCombo->setCurrentIndex(r.match.glob ? 1 : 0);
    m_ui->olderEdit->setText(r.olderThanSecs ? Cleanup::formatDuration(*r.olderThanSecs) : QString());
    m_ui->pulledEdit->setText(r.pulledBeforeSecs ? Cleanup::formatDuration(*r.pulledBeforeSecs) : QString());
    m_ui->untaggedCheck->setChecked(r.untaggedOnly);
    m_ui->keepLastSpin->setValue(r.keepLast);
    m_ui->keepEdit->setText(r.keep.text);
    m_ui->keepPulledEdit->setText(
        r.keepPulledWithinSecs ? Cleanup::formatDuration(*r.keepPulledWithinSecs) : QString());
    reevaluate();
}

CleanupRules CleanupDialog::rules(QString *error) const
{
    CleanupRules r;
    r.match = TagPattern {m_ui->matchEdit->text().trimmed(), m_ui->matchKindCombo->currentData().toBool()};
    const auto duration = [error](QLineEdit *e, std::optional<qint64> &out, const QString &what) {
        if (e->text().trimmed().isEmpty())
            return;
        QString err;
        out = Cleanup::parseDuration(e->text().trimmed(), &err);
        if (!out && error && error->isEmpty())
            *error = QStringLiteral("%1: %2").arg(what, err);
    };
    duration(m_ui->olderEdit, r.olderThanSecs, tr("Pushed more than"));
    duration(m_ui->pulledEdit, r.pulledBeforeSecs, tr("Last pulled more than"));
    duration(m_ui->keepPulledEdit, r.keepPulledWithinSecs, tr("Keep if pulled within"));
    r.untaggedOnly = m_ui->untaggedCheck->isChecked();
    r.keepLast = m_ui->keepLastSpin->value();
    r.keep = TagPattern {m_ui->keepEdit->text().trimmed(), false};
    if (error && error->isEmpty())
        *error = r.validate();
    return r;
}

void CleanupDialog::refetch()
{
    if (!m_client || m_planner)
        return;
    QString error;
    const CleanupRules r = rules(&error);
    m_hasData = false;
    m_ui->runButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Fetching from Harbor…"));
    auto *planner = new CleanupPlanner(m_client, m_scope, error.isEmpty() ? r : CleanupRules {}, this);
    m_planner = planner;
    connect(planner, &CleanupPlanner::progress, this, [this](int done, int total) {
        m_ui->statusLabel->setText(tr("Fetching from Harbor… %1 of %2 repositories").arg(done).arg(total));
    });
    connect(planner, &CleanupPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        if (!planner->ok()) {
            m_ui->statusLabel->setText(
                tr("Could not compute a plan: %1")
                    .arg(planner->errorMessage().isEmpty() ? planner->error().summary() : planner->errorMessage()));
            Q_EMIT previewUpdated();
            return;
        }
        m_data = planner->data();
        m_fetchedAt = QDateTime::currentDateTimeUtc();
        m_hasData = true;
        reevaluate();
    });
    planner->start();
}

void CleanupDialog::reevaluate()
{
    if (!m_hasData)
        return;
    QString error;
    const CleanupRules r = rules(&error);
    m_ui->rulesErrorLabel->setText(error);
    if (!error.isEmpty()) {
        m_ui->runButton->setEnabled(false);
        return;
    }
    m_plan = CleanupEvaluator::evaluate(r, m_scope, m_data, QDateTime::currentDateTimeUtc());
    m_plan.computedAt = m_fetchedAt;
    m_plan.registry = m_client ? m_client->baseUrl().toString() : QString();
    fillTable();
    const PlanTotals &t = m_plan.totals;
    m_ui->totalsLabel->setText(
        tr("<b>%1 to remove</b> (%2 tags, %3 untagged artifacts), %4 kept (%5 immutable). %6%7")
            .arg(t.remove)
            .arg(t.tagsRemoved)
            .arg(t.artifactsDeleted)
            .arg(t.keep)
            .arg(t.immutable)
            .arg(t.bytesDeleted > 0 && !(m_storage && m_storage->graph(m_registry))
                    // Harbor's artifact sizes, until a storage analysis says what GC really frees
                    ? tr("Frees %1 once garbage collection runs. ")
                          .arg(QLocale::system().formattedDataSize(t.bytesDeleted))
                    : QString(),
                m_plan.leftovers.isEmpty()
                    ? QString()
                    : tr("%n artifacts will be left untagged.", nullptr, int(m_plan.leftovers.size()))));
    m_ui->statusLabel->setText(tr("Data from %1; %n repositories.", nullptr, int(m_data.size()))
                                   .arg(m_fetchedAt.toLocalTime().toString(Qt::ISODate)));
    updateStorageLine();
    recheckRun();
    // Show in the tree what would go.
    if (m_model) {
        QSet<QString> refs;
        for (int i : m_plan.removals())
            refs.insert(m_plan.items.at(i).ref());
        m_model->setPlannedRemovals(refs);
    }
    Q_EMIT previewUpdated();
}

void CleanupDialog::setStorage(StorageController *storage)
{
    m_storage = storage;
    if (!storage || m_storageLabel)
        return;
    // Beneath the totals: the storage line and, while there is no analysis, a way to start one.
    m_storageLabel = new QLabel(this);
    m_storageLabel->setObjectName(QStringLiteral("storageLabel"));
    m_storageLabel->setWordWrap(true);
    m_storageLabel->setTextFormat(Qt::PlainText);
    m_storageLabel->setAccessibleName(tr("Storage freed"));
    m_analyseStorage = new QPushButton(tr("Analyse storage"), this);
    m_analyseStorage->setObjectName(QStringLiteral("analyseStorageButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_storageLabel, 1);
    row->addWidget(m_analyseStorage);
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->totalsLabel->parentWidget()->layout()))
        box->insertLayout(box->indexOf(m_ui->totalsLabel) + 1, row);
    connect(m_analyseStorage, &QPushButton::clicked, this, [this] {
        if (m_storage)
            m_storage->analyse(m_registry);
        updateStorageLine();
    });
    connect(storage, &StorageController::analysed, this, [this](const QString &registry) {
        if (registry == m_registry)
            reevaluate(); // the totals drop Harbor's estimate for the analysis's figure
    });
    updateStorageLine();
}

QString CleanupDialog::storageText() const
{
    return m_storageLabel ? m_storageLabel->text() : QString();
}

void CleanupDialog::updateStorageLine()
{
    if (!m_storageLabel || !m_storage)
        return;
    bool analysed = false;
    const StorageController::PlanFigures f = m_storage->planFigures(m_registry, m_plan, &analysed);
    m_storageLabel->setText(m_hasData || !analysed ? f.text : QString());
    m_analyseStorage->setVisible(!analysed);
    m_analyseStorage->setEnabled(!m_storage->isAnalysing(m_registry));
}

void CleanupDialog::fillTable()
{
    QTableWidget *t = m_ui->previewTable;
    t->setSortingEnabled(false);
    // Removals first: they are what the user is deciding about.
    QList<int> order = m_plan.removals();
    for (int i = 0; i < m_plan.items.size(); ++i)
        if (m_plan.items.at(i).action == PlanItem::Action::Keep)
            order << i;
    const int shown = int(qMin<qsizetype>(order.size(), kShownRows));
    t->setRowCount(shown);
    const QBrush removeBrush(QColor(220, 60, 60, 50));
    for (int row = 0; row < shown; ++row) {
        const PlanItem &it = m_plan.items.at(order.at(row));
        const bool remove = it.action == PlanItem::Action::Remove;
        const QStringList cells {remove ? tr("remove") : tr("keep"), it.repository,
            it.tag.isEmpty() ? tr("(untagged)") : it.tag, shortDigest(it.digest), when(it.pushTime), when(it.pullTime),
            it.size ? QLocale::system().formattedDataSize(it.size) : QString(), it.rule};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (remove)
                item->setBackground(removeBrush);
            if (c == 3)
                item->setToolTip(DisplayText::literalForAutoText(it.digest));
            t->setItem(row, c, item);
        }
    }
    t->setSortingEnabled(true);
    if (order.size() > kShownRows)
        m_ui->statusLabel->setText(
            tr("Showing the first %1 of %2 items; export the plan to see all.").arg(kShownRows).arg(order.size()));
}

bool CleanupDialog::exportTo(const QString &path, bool csv, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(csv ? m_plan.toCsv() : QJsonDocument(m_plan.toJson()).toJson(QJsonDocument::Indented));
    return true;
}

void CleanupDialog::run(bool confirmed)
{
    if (!m_client || m_executor || m_plan.totals.remove == 0 || !runDenial().isEmpty())
        return;
    const int n = m_plan.totals.remove;
    if (!confirmed) {
        const QString question = tr("Remove %n items as planned? Each is checked again right before it goes; "
                                    "what changed since the plan is left alone.",
            nullptr, n);
        if (n > 20) {
            auto *ask = new QInputDialog(this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            ask->setWindowTitle(tr("Run the plan"));
            ask->setLabelText(question + QStringLiteral("\n\n") + tr("Type %1 to confirm:").arg(n));
            connect(ask, &QInputDialog::textValueSelected, this, [this, n](const QString &text) {
                if (text.trimmed() == QString::number(n))
                    run(true);
            });
            ask->open();
        } else {
            auto *box = new QMessageBox(
                QMessageBox::Question, tr("Run the plan"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::accepted, this, [this] { run(true); });
            box->open();
        }
        return;
    }
    auto *executor = new PlanExecutor(m_client, m_plan, 4, this);
    m_executor = executor;
    DeleteBatch::JournalContext journal;
    journal.source = QStringLiteral("berth");
    journal.profile = m_registry;
    journal.registry = m_client->baseUrl();
    journal.username = m_client->settings().username;
    executor->setJournal(std::make_shared<ActionJournal>(), journal);
    executor->enableUndo(); // keeps the manifests' bytes so the plan's deletes can be undone
    auto *progress = new QProgressDialog(tr("Cleaning up…"), tr("Cancel"), 0, n, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, executor, &PlanExecutor::cancel);
    connect(executor, &PlanExecutor::progress, progress, &QProgressDialog::setValue);
    m_progress = progress;
    // Not modal: a modal QProgressDialog runs processEvents() inside setValue().
    progress->setWindowModality(Qt::NonModal);
    progress->show();
    connect(executor, &PlanExecutor::finished, this, &CleanupDialog::onExecuted);
    m_ui->runButton->setEnabled(false);
    executor->start();
}

void CleanupDialog::onExecuted()
{
    PlanExecutor *ex = m_executor;
    if (m_progress)
        m_progress->close();
    const int removed = ex->count(DeleteState::Deleted) + ex->count(DeleteState::AlreadyGone);
    const int changed = ex->count(DeleteState::ChangedSincePlan);
    const int failed = ex->count(DeleteState::Failed) + ex->count(DeleteState::NotFound);
    const int cancelled = ex->count(DeleteState::Cancelled);
    m_summary = tr("%1 removed, %2 changed since the plan and left alone, %3 failed, %4 cancelled.")
                    .arg(removed)
                    .arg(changed)
                    .arg(failed)
                    .arg(cancelled);
    ex->deleteLater();
    m_executor.clear();
    // Storage is worth a word only when something was removed.
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, tr("Clean-up finished"),
        removed > 0 ? m_summary + QLatin1Char(' ') + tr("Harbor frees the storage only when garbage collection runs.")
                    : m_summary,
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("cleanupSummaryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // The tree follows the server: reload what the plan touched.
    if (m_model)
        m_model->refreshAll();
    Q_EMIT executed(removed, changed, failed);
    refetch();
}

} // namespace berth
