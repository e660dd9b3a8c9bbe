#pragma once

#include "api/ApiError.h"
#include "DeletePlan.h"
#include "diagnosis/Diagnosis.h"

#include <QDialog>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

namespace berth {

class DeleteBatch;
class DeleteGate;
class DiagnosisDialog;
class RegistrySessions;
class RegistryTreeModel;

// The delete flow of the GUI: plan from the selection, confirm, run through DeleteBatch with a
// cancellable progress dialog, update the tree only from server-confirmed results, then a
// summary with "Retry failed", "Copy report" and one diagnosis for a burst of failures.
class DeleteController : public QObject
{
    Q_OBJECT

public:
    DeleteController(RegistryTreeModel *model, RegistrySessions *sessions, QWidget *window);

    void request(const QModelIndexList &sourceRows, DeletePlan::Mode mode);
    // Asked before a confirmation opens and again when it is accepted: what it refuses sends
    // nothing, and refused() says why. Without one, Harbor alone decides.
    void setGate(const DeleteGate *gate) { m_gate = gate; }
    void run(const DeletePlan &plan); // without confirmation (tests, "Retry failed")

    // The dialogs currently open, for tests and for the main window's shortcuts.
    QDialog *confirmDialog() const;
    QMessageBox *summaryDialog() const { return m_summary; }
    DiagnosisDialog *diagnosisDialog() const { return m_diagnosis; }

    int concurrency() const;

Q_SIGNALS:
    void finished(int deleted, int failed, int total);
    void diagnosisOpened(berth::DiagnosisDialog *dialog);
    void editCredentialsRequested(const QString &registry);
    void refused(const QString &reason);

private:
    void onItemFinished(int index);
    void onFinished();
    void showDiagnosis(int index);
    // How an item's error is explained: the plan's kind of registry, and for a tag a plain
    // registry refused, the digest and the other tags on it.
    DiagnosisContext contextFor(const DeleteItem &item, const QModelIndex &row) const;

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    QWidget *m_window;
    const DeleteGate *m_gate = nullptr;
    QPointer<QDialog> m_confirm;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_summary;
    QPointer<DiagnosisDialog> m_diagnosis;
    QPointer<DeleteBatch> m_batch;
    DeletePlan m_plan;
    QList<ApiError> m_lastErrors; // per item of the last batch, for the diagnosis
    QString m_report;
};

} // namespace berth
