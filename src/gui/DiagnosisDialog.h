#pragma once

#include "api/ApiError.h"
#include "diagnosis/Diagnosis.h"

#include <memory>
#include <QDialog>
#include <QPointer>

namespace Ui {
class DiagnosisDialog;
}

class QPushButton;

namespace berth {

class HarborClient;
class ProbeRunner;

// Explains one failed request in the words of ErrorPresenter, after running its probes with the
// same credentials: the cause, why, what was sent and received, the fix, and an equivalent curl
// command whose secret stays hidden until revealed.
class DiagnosisDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QString project;
        QString repositoryPath;
        QString reference;
        QString tag;
        QString neededPermission;
    };

    DiagnosisDialog(const ApiError &error, const DiagnosisContext &context, HarborClient *client, const Target &target,
        QWidget *parent = nullptr);
    ~DiagnosisDialog() override;

    QString cause() const { return causeId(m_diagnosis.cause); } // the id it shows
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    bool probesDone() const { return m_probesDone; }
    QString detailsText() const;

Q_SIGNALS:
    // Any action but copying the details, which the dialog does itself.
    void actionRequested(berth::DiagnosisAction action);

protected:
    void done(int result) override;

private:
    void render();
    static QString actionText(DiagnosisAction action);
    void onProbesFinished();
    void updateCurl();

    std::unique_ptr<Ui::DiagnosisDialog> m_ui;
    ApiError m_error;
    DiagnosisContext m_context;
    QPointer<HarborClient> m_client;
    Diagnosis m_diagnosis;
    QStringList m_probeLines;
    ProbeRunner *m_probes = nullptr;
    bool m_probesDone = false;
    QList<QPushButton *> m_actionButtons;
};

} // namespace berth
