#pragma once

#include "api/ApiError.h"
#include "DeletePlan.h"

#include <QDialog>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

namespace berth {

class DeleteBatch;
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
    void run(const DeletePlan &plan); // without confirmation (tests, "Retry failed")

    // The dialogs currently open, for tests and for the main window's shortcuts.
    QDialog *confirmDialog() const;
    QProgressDialog *progressDialog() const { return m_progress; }
    QMessageBox *summaryDialog() const { return m_summary; }
    DiagnosisDialog *diagnosisDialog() const { return m_diagnosis; }
    bool isRunning() const { return m_batch != nullptr; }
    QString lastReport() const { return m_report; }

    int concurrency() const;

Q_SIGNALS:
    void finished(int deleted, int failed, int total);
    void diagnosisOpened(berth::DiagnosisDialog *dialog);
    void editCredentialsRequested(const QString &registry);

private:
    void onItemFinished(int index);
    void onFinished();
    void showDiagnosis(int index);

    RegistryTreeModel *m_model;
    RegistrySessions *m_sessions;
    QWidget *m_window;
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
