#include "DiagnosisDialog.h"

#include "api/HarborClient.h"
#include "diagnosis/CurlCommand.h"
#include "diagnosis/DiagnosisContextBuilder.h"
#include "diagnosis/ErrorPresenter.h"
#include "diagnosis/ProbeRunner.h"
#include "models/ModelIcons.h"
#include "ui_DiagnosisDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace berth {

DiagnosisDialog::DiagnosisDialog(
    const ApiError &error, const DiagnosisContext &context, HarborClient *client, const Target &target, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiagnosisDialog>())
    , m_error(error)
    , m_context(context)
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(ModelIcons::warning().pixmap(32, 32));
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->factsText->setFont(mono);
    m_ui->curlEdit->setFont(mono);
    m_ui->curlEdit->setAccessibleName(tr("Equivalent curl command"));
    m_ui->revealCheck->setAccessibleName(tr("Show the secret in the curl command"));
    m_ui->factsText->setAccessibleName(tr("Request facts and probe results"));
    m_context = diagnosisContext(context, target.project, target.neededPermission);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->revealCheck, &QCheckBox::toggled, this, &DiagnosisDialog::updateCurl);
    connect(m_ui->copyCurlButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->curlEdit->text()); });
    render();

    if (m_client && error.kind != ApiError::Kind::Cancelled) {
        m_probes = new ProbeRunner(m_client, this);
        connect(m_probes, &ProbeRunner::finished, this, &DiagnosisDialog::onProbesFinished);
        ProbeRunner::Target t;
        t.project = target.project;
        t.repositoryPath = target.repositoryPath;
        t.reference = target.reference;
        t.tag = target.tag;
        m_probes->run(t);
        m_probeLines << tr("Running probes with the same credentials…");
    } else {
        m_probesDone = true;
    }
    render();
}

DiagnosisDialog::~DiagnosisDialog() = default;

void DiagnosisDialog::onProbesFinished()
{
    ProbeRunner::apply(m_probes->results(), m_context);
    m_probeLines = m_probes->results().lines;
    m_probesDone = true;
    render();
}

void DiagnosisDialog::render()
{
    m_diagnosis = ErrorPresenter::present(m_error, m_context);
    const Diagnosis &d = m_diagnosis;
    setWindowTitle(tr("Why did this fail? — %1").arg(causeId(d.cause)));
    m_ui->titleLabel->setText(d.title);
    m_ui->causeIdLabel->setText(tr("Cause: %1").arg(causeId(d.cause)));
    m_ui->explanationLabel->setText(d.explanation);
    QString causes;
    if (!d.likelyCauses.isEmpty()) {
        causes = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString &c : d.likelyCauses)
            causes += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
        causes += QStringLiteral("</ul>");
    }
    m_ui->causesLabel->setText(causes);
    m_ui->causesLabel->setVisible(!causes.isEmpty());
    m_ui->fixLabel->setText(tr("<b>Fix:</b> %1").arg(d.fix.toHtmlEscaped()));
    m_ui->fixLabel->setTextFormat(Qt::RichText);
    m_ui->factsText->setPlainText(detailsText());
    updateCurl();

    // Action buttons follow the diagnosis; rebuild them when the probes change it.
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    for (const DiagnosisAction action : d.actions) {
        QPushButton *b = m_ui->buttonBox->addButton(actionText(action), QDialogButtonBox::ActionRole);
        b->setObjectName(actionId(action) + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (action == DiagnosisAction::CopyDetails) {
                QGuiApplication::clipboard()->setText(m_ui->titleLabel->text() + QLatin1Char('\n')
                    + m_ui->causeIdLabel->text() + QLatin1Char('\n') + m_diagnosis.explanation + QLatin1Char('\n')
                    + detailsText());
                return;
            }
            Q_EMIT actionRequested(action);
            // Trusting asks for confirmation over this dialog, which stays; any other action closes it.
            if (action != DiagnosisAction::TrustCertificate)
                accept();
        });
        m_actionButtons << b;
    }
}

QString DiagnosisDialog::actionText(DiagnosisAction action)
{
    switch (action) {
    case DiagnosisAction::EditCredentials:
        return tr("Edit credentials…");
    case DiagnosisAction::Retry:
        return tr("Retry");
    case DiagnosisAction::ContinueAnonymously:
        return tr("Continue anonymously");
    case DiagnosisAction::Refresh:
        return tr("Refresh");
    case DiagnosisAction::TrustCertificate:
        return tr("Trust this certificate…");
    case DiagnosisAction::CopyDetails:
        return tr("Copy details");
    }
    return {};
}

QString DiagnosisDialog::detailsText() const
{
    QStringList lines;
    lines << tr("Sent:");
    for (const QString &l : ErrorPresenter::sentFacts(m_error, m_context))
        lines << QStringLiteral("  ") + l;
    lines << tr("Received:");
    for (const QString &l : ErrorPresenter::receivedFacts(m_error))
        lines << QStringLiteral("  ") + l;
    if (!m_probeLines.isEmpty()) {
        lines << tr("Probes (GET, same credentials):");
        for (const QString &l : m_probeLines)
            lines << QStringLiteral("  ") + l;
    }
    return lines.join(QLatin1Char('\n'));
}

void DiagnosisDialog::updateCurl()
{
    // Revealed, the client fills its own secret in: the dialog never holds it.
    const bool reveal = m_ui->revealCheck->isChecked() && m_client;
    m_ui->curlEdit->setText(reveal
            ? m_client->withSecret([this](const QString &secret) { return CurlCommand::forFailure(m_error, secret); })
            : CurlCommand::forFailure(m_error, QString()));
    m_ui->curlEdit->setCursorPosition(0);
    m_ui->revealCheck->setVisible(!m_error.username.isEmpty());
}

void DiagnosisDialog::done(int result)
{
    // The revealed secret must not outlive the dialog.
    m_ui->revealCheck->setChecked(false);
    m_ui->curlEdit->clear();
    QDialog::done(result);
}

} // namespace berth
