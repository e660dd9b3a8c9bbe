#include "DeleteController.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "ConfirmDeleteDialog.h"
#include "core/DisplayText.h"
#include "DeleteGate.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "DiagnosisDialog.h"
#include "models/RegistryTreeModel.h"
#include "operations/DeleteBatch.h"
#include "RegistrySessions.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>

namespace berth {

DeleteController::DeleteController(RegistryTreeModel *model, RegistrySessions *sessions, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_sessions(sessions)
    , m_window(window)
{ }

QDialog *DeleteController::confirmDialog() const
{
    return m_confirm;
}

int DeleteController::concurrency() const
{
    return qBound(1, QSettings().value(QStringLiteral("delete/concurrency"), 4).toInt(), 16);
}

void DeleteController::request(const QModelIndexList &sourceRows, DeletePlan::Mode mode)
{
    if (m_batch) {
        QMessageBox::information(m_window, tr("Delete"), tr("A delete is still running."));
        return;
    }
    if (m_gate) {
        const DeleteAvailability a = m_gate->check(sourceRows, mode);
        if (!a.enabled) {
            Q_EMIT refused(a.reason);
            return;
        }
    }
    // From the whole selection: the plan leaves out what Harbor refuses (DeletePlan::refusal, which
    // the gate's rowRefusal reads too) and lists it as kept, so the confirmation can say so.
    const DeletePlan plan = DeletePlan::build(m_model, sourceRows, mode);
    if (!plan.error.isEmpty()) {
        auto *box
            = new QMessageBox(QMessageBox::Information, tr("Nothing to delete"), plan.error, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog = new ConfirmDeleteDialog(plan, m_window);
    m_confirm = dialog;
    connect(dialog, &QDialog::accepted, this, [this, plan] {
        // Permissions may have arrived while the confirmation was open.
        if (m_gate) {
            const QModelIndexList planned(plan.rows.cbegin(), plan.rows.cend());
            const DeleteAvailability a = m_gate->check(planned, plan.mode);
            if (!a.enabled) {
                Q_EMIT refused(a.reason);
                return;
            }
        }
        run(plan);
    });
    dialog->open();
}

void DeleteController::run(const DeletePlan &plan)
{
    if (plan.items.isEmpty())
        return;
    // Harbor deletes through its API; a plain registry through /v2/ (a tag alone by the OCI 1.1
    // tag delete, never a digest delete in its place).
    HarborClient *client = plan.plainRegistry ? nullptr : m_sessions->client(plan.registry);
    RegistryClient *registry = plan.plainRegistry ? m_sessions->registryClient(plan.registry) : nullptr;
    const ApiTransport *transport
        = client ? static_cast<ApiTransport *>(client) : (registry ? registry->transport() : nullptr);
    if (!transport)
        return;
    m_plan = plan;
    auto *batch = client ? new DeleteBatch(client, plan.items, concurrency(), this)
                         : new DeleteBatch(registry, plan.items, concurrency(), this);
    m_batch = batch;
    DeleteBatch::JournalContext journal;
    journal.source = QStringLiteral("berth");
    journal.profile = plan.registry;
    journal.registry = transport->baseUrl();
    journal.username = transport->settings().username;
    const bool plain = plan.plainRegistry;
    journal.causeOf = [plain](const DeleteItem &item, const ApiError &error) {
        DiagnosisContext c = diagnosisContext({}, item.project);
        c.plainRegistry = plain;
        return causeId(ErrorPresenter::causeOf(error, c));
    };
    batch->setJournal(std::make_shared<ActionJournal>(), journal);
    batch->enableUndo(); // keeps the manifests' bytes so Edit → Undo can put them back
    connect(batch, &DeleteBatch::itemFinished, this, &DeleteController::onItemFinished);
    connect(batch, &DeleteBatch::finished, this, &DeleteController::onFinished);

    auto *progress = new QProgressDialog(tr("Deleting…"), tr("Cancel"), 0, int(plan.items.size()), m_window);
    progress->setWindowTitle(tr("Deleting from %1").arg(plan.registry));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    // Cancel stops what has not started; what is in flight finishes and is accounted for.
    connect(progress, &QProgressDialog::canceled, batch, &DeleteBatch::cancel);
    m_progress = progress;
    // Not modal: a modal QProgressDialog runs processEvents() inside setValue(), a nested event
    // loop in which the batch could finish under our feet.
    progress->setWindowModality(Qt::NonModal);
    progress->show();
    batch->start();
}

void DeleteController::onItemFinished(int index)
{
    DeleteBatch *batch = m_batch;
    if (!batch)
        return;
    const DeleteOutcome o = batch->outcomes().at(index);
    const DeleteItem item = batch->items().at(index);
    const QPersistentModelIndex row = m_plan.rows.value(index);
    if (m_progress) {
        // The label guesses its format, and the item's name comes from the server.
        m_progress->setLabelText(DisplayText::literalForAutoText(tr("%1 of %2: %3 %4")
                                                                     .arg(batch->finishedCount())
                                                                     .arg(batch->items().size())
                                                                     .arg(deleteStateName(o.state), item.label)));
        m_progress->setValue(batch->finishedCount());
    }
    // The tree changes only on what the server confirmed.
    if (o.state == DeleteState::Deleted || o.state == DeleteState::AlreadyGone) {
        if (!row.isValid())
            return;
        if (item.action == DeleteItem::Action::RemoveTag)
            m_model->removeTagRow(row);
        else if (item.action == DeleteItem::Action::DeleteArtifact)
            m_model->removeArtifactRows(row);
        else
            m_model->refresh(row.parent());
    } else if (o.state == DeleteState::Failed || o.state == DeleteState::NotFound) {
        if (row.isValid()) {
            const Diagnosis d = ErrorPresenter::present(o.error, contextFor(item, row));
            m_model->setRowError(row, d.title + QStringLiteral(" — ") + o.error.summary());
        }
    }
}

void DeleteController::onFinished()
{
    DeleteBatch *batch = m_batch;
    if (m_progress)
        m_progress->close();
    const int total = int(batch->items().size());
    const int deleted = batch->count(DeleteState::Deleted) + batch->count(DeleteState::AlreadyGone);
    const int failed = batch->count(DeleteState::Failed) + batch->count(DeleteState::NotFound);
    const int cancelled = batch->count(DeleteState::Cancelled);

    m_lastErrors.clear();
    for (const DeleteOutcome &o : batch->outcomes())
        m_lastErrors << o.error;
    QStringList report;
    int firstFailure = -1;
    int firstUnauthorized = -1;
    for (int i = 0; i < total; ++i) {
        const DeleteOutcome &o = batch->outcomes().at(i);
        const DeleteItem &item = batch->items().at(i);
        const QString cause
            = o.error ? causeId(ErrorPresenter::causeOf(o.error, contextFor(item, m_plan.rows.value(i)))) : QString();
        report << QStringLiteral("%1\t%2\t%3\t%4").arg(deleteStateName(o.state), item.label, o.requestId, cause);
        if ((o.state == DeleteState::Failed || o.state == DeleteState::NotFound) && firstFailure < 0)
            firstFailure = i;
        if (o.error.kind == ApiError::Kind::Unauthorized && firstUnauthorized < 0)
            firstUnauthorized = i;
    }
    m_report = report.join(QLatin1Char('\n'));

    // What another try may change. A 412 is Harbor's rule about the item itself (an immutable
    // tag, an artifact an index refers to): the same request gets the same answer.
    QList<int> failedIndexes;
    for (int i = 0; i < total; ++i)
        if (batch->outcomes().at(i).state == DeleteState::Failed
            && batch->outcomes().at(i).error.kind != ApiError::Kind::PreconditionFailed)
            failedIndexes << i;

    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(failed ? QMessageBox::Warning : QMessageBox::Information);
    box->setWindowTitle(tr("Delete finished"));
    box->setText(tr("%1 of %2 done: %3 deleted, %4 failed, %5 cancelled.")
                     .arg(deleted + failed + cancelled)
                     .arg(total)
                     .arg(deleted)
                     .arg(failed)
                     .arg(cancelled));
    // Only true things: storage is a question only when something was deleted.
    QStringList notes;
    if (deleted > 0)
        notes << (m_plan.plainRegistry ? tr("The registry frees the storage only when its garbage collection runs.")
                                       : tr("Harbor frees the storage only when garbage collection runs."));
    // A plain registry that cannot remove a tag alone: say so, name what the manifest carries,
    // and offer its delete as a choice of its own (never sent in the tag's place).
    QModelIndexList manifestRows;
    for (int i = 0; i < total; ++i) {
        const DeleteOutcome &o = batch->outcomes().at(i);
        const QPersistentModelIndex row = m_plan.rows.value(i);
        if (!m_plan.plainRegistry || o.state != DeleteState::Failed || !RegistryClient::isTagDeleteUnsupported(o.error))
            continue;
        if (manifestRows.isEmpty()) {
            const Diagnosis d = ErrorPresenter::present(o.error, contextFor(batch->items().at(i), row));
            notes << d.title << d.explanation << d.likelyCauses; // the digest and the other tags on it
        }
        if (row.isValid())
            manifestRows << row;
    }
    if (!batch->journalError().isEmpty())
        notes << tr("The action journal could not be written: %1").arg(batch->journalError());
    box->setInformativeText(notes.join(QLatin1Char('\n')));
    box->setDetailedText(m_report);
    box->setStandardButtons(QMessageBox::Close);
    QPushButton *copy = box->addButton(tr("Copy report"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_report); });
    if (!failedIndexes.isEmpty()) {
        QPushButton *retry = box->addButton(tr("Retry failed"), QMessageBox::ActionRole);
        retry->setObjectName(QStringLiteral("retryFailedButton"));
        DeletePlan again = m_plan;
        again.items.clear();
        again.rows.clear();
        for (int i : failedIndexes) {
            again.items << m_plan.items.at(i);
            again.rows << m_plan.rows.value(i);
        }
        connect(retry, &QPushButton::clicked, this, [this, again] { run(again); });
    }
    if (!manifestRows.isEmpty()) {
        QPushButton *manifest = box->addButton(tr("Delete the manifest…"), QMessageBox::ActionRole);
        manifest->setObjectName(QStringLiteral("deleteManifestButton"));
        // The ordinary confirmation follows: it names every tag that goes with the digest.
        connect(manifest, &QPushButton::clicked, this, [this, manifestRows] {
            QModelIndexList rows;
            for (const QModelIndex &r : manifestRows)
                if (r.isValid())
                    rows << r;
            request(rows, DeletePlan::Mode::Artifacts);
        });
    }
    if (firstFailure >= 0) {
        QPushButton *why = box->addButton(tr("Why?"), QMessageBox::HelpRole);
        why->setObjectName(QStringLiteral("whyButton"));
        connect(why, &QPushButton::clicked, this, [this, firstFailure] { showDiagnosis(firstFailure); });
    }
    m_summary = box;
    box->open();
    // A burst of 401s: one diagnosis, opened once, not one per item.
    if (firstUnauthorized >= 0)
        showDiagnosis(firstUnauthorized);

    batch->deleteLater();
    m_batch.clear();
    Q_EMIT finished(deleted, failed, total);
}

DiagnosisContext DeleteController::contextFor(const DeleteItem &item, const QModelIndex &row) const
{
    DiagnosisContext c = diagnosisContext({}, item.project);
    c.plainRegistry = m_plan.plainRegistry;
    if (m_plan.plainRegistry && item.action == DeleteItem::Action::RemoveTag) {
        c.manifestDigest = item.digest;
        if (row.isValid())
            c.otherTags = m_model->siblingTags(row);
    }
    return c;
}

void DeleteController::showDiagnosis(int index)
{
    if (index < 0 || index >= m_plan.items.size())
        return;
    if (m_diagnosis) {
        m_diagnosis->raise();
        return;
    }
    const DeleteItem item = m_plan.items.at(index);
    // The outcome lives in the journal and report now; rebuild the error from the last batch.
    HarborClient *client = m_sessions->client(m_plan.registry);
    const auto profile = m_sessions->profileAt(m_plan.rows.value(index));
    DiagnosisContext c = credentialFacts(profile);
    c.plainRegistry = m_plan.plainRegistry;
    if (m_plan.plainRegistry && item.action == DeleteItem::Action::RemoveTag) {
        c.manifestDigest = item.digest;
        if (m_plan.rows.value(index).isValid())
            c.otherTags = m_model->siblingTags(m_plan.rows.value(index));
    }
    c.listedWithTheseCredentials = true; // the tree listed these rows with this same client
    DiagnosisDialog::Target t;
    t.project = item.project;
    t.repositoryPath = item.repository;
    t.reference = item.reference;
    t.tag = item.tag;
    t.neededPermission = item.requiredPermission();
    auto *dialog = new DiagnosisDialog(m_lastErrors.value(index), c, client, t, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Only the credentials are mended from here; the summary box has its own "Retry failed".
    connect(dialog, &DiagnosisDialog::actionRequested, this, [this](DiagnosisAction action) {
        if (action == DiagnosisAction::EditCredentials)
            Q_EMIT editCredentialsRequested(m_plan.registry);
    });
    m_diagnosis = dialog;
    dialog->open();
    Q_EMIT diagnosisOpened(dialog);
}

} // namespace berth
