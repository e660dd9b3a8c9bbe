#include "DiagnosisDialog.h"

#include "api/HarborClient.h"
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
    m_context.targetProject = target.project;
    m_context.neededPermission = target.neededPermission;
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
    setWindowTitle(tr("Why did this fail? — %1").arg(d.cause));
    m_ui->titleLabel->setText(d.title);
    m_ui->causeIdLabel->setText(tr("Cause: %1").arg(d.cause));
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
    const auto add = [this](const QString &id, const QString &text) {
        QPushButton *b = m_ui->buttonBox->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(id + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, id] {
            if (id == QLatin1String("copy_details")) {
                QGuiApplication::clipboard()->setText(m_ui->titleLabel->text() + QLatin1Char('\n')
                    + m_ui->causeIdLabel->text() + QLatin1Char('\n') + m_diagnosis.explanation + QLatin1Char('\n')
                    + detailsText());
                return;
            }
            Q_EMIT actionRequested(id);
            if (id != QLatin1String("trust_certificate"))
                accept();
        });
        m_actionButtons << b;
    };
    for (const QString &a : d.actions) {
        if (a == QLatin1String("edit_credentials"))
            add(a, tr("Edit credentials…"));
        else if (a == QLatin1String("retry"))
            add(a, tr("Retry"));
        else if (a == QLatin1String("continue_anonymously"))
            add(a, tr("Continue anonymously"));
        else if (a == QLatin1String("refresh"))
            add(a, tr("Refresh"));
        else if (a == QLatin1String("trust_certificate"))
            add(a, tr("Trust this certificate…"));
        else if (a == QLatin1String("copy_details"))
            add(a, tr("Copy details"));
    }
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
    const QString secret = m_ui->revealCheck->isChecked() && m_client ? m_client->settings().secret : QString();
    m_ui->curlEdit->setText(ErrorPresenter::curlCommand(m_error, secret));
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
