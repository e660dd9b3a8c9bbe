#include "ExplainDialog.h"

#include "diagnosis/CurlCommand.h"
#include "diagnosis/ErrorPresenter.h"
#include "diagnosis/RequestExplainer.h"
#include "ui_ExplainDialog.h"

#include <QClipboard>
#include <QGuiApplication>

namespace berth {

ExplainDialog::ExplainDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExplainDialog>())
    , m_explainer(new RequestExplainer(this))
{
    m_ui->setupUi(this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->commandEdit->setFont(mono);
    m_ui->correctedEdit->setFont(mono);
    m_ui->commandEdit->setAccessibleName(tr("curl command to explain"));
    m_ui->resultView->setAccessibleName(tr("Explanation"));
    m_ui->correctedEdit->setAccessibleName(tr("Corrected command"));
    m_ui->correctedCaption->setVisible(false);
    m_ui->correctedEdit->setVisible(false);
    m_ui->copyButton->setVisible(false);
    connect(m_ui->explainButton, &QPushButton::clicked, this, &ExplainDialog::explain);
    connect(m_ui->copyButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->correctedEdit->text()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_explainer, &RequestExplainer::probing, this,
        [this](const QUrl &server) { m_ui->statusLabel->setText(tr("Asking %1…").arg(server.host())); });
    connect(m_explainer, &RequestExplainer::finished, this, &ExplainDialog::showResult);
    // The server that would see the command's credentials, named before the user starts.
    connect(m_ui->commandEdit, &QPlainTextEdit::textChanged, this, &ExplainDialog::showTarget);
    showTarget();
}

ExplainDialog::~ExplainDialog() = default;

void ExplainDialog::setCommand(const QString &command)
{
    m_ui->commandEdit->setPlainText(command);
}

QString ExplainDialog::correctedCommand() const
{
    return m_ui->correctedEdit->text();
}

void ExplainDialog::showTarget()
{
    const QString command = m_ui->commandEdit->toPlainText();
    QString text;
    QString tip;
    if (!command.trimmed().isEmpty()) {
        const CurlRequest r = CurlCommand::parse(command);
        if (!r.isValid()) {
            text = tr("Cannot read the command: %1").arg(r.error);
        } else if (!r.mayProbe()) {
            text = tr("Will ask no server: %1").arg(r.refusals.first());
            tip = r.refusals.join(QLatin1Char('\n'));
        } else {
            text = tr("Will ask %1 (GET only, with the command's credentials)")
                       .arg(r.url.toString(
                           QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo));
        }
    }
    m_ui->targetLabel->setText(text);
    m_ui->targetLabel->setToolTip(tip);
}

void ExplainDialog::explain()
{
    m_cause.clear();
    m_ui->explainButton->setEnabled(false);
    m_ui->statusLabel->clear();
    m_ui->resultView->clear();
    m_explainer->explain(m_ui->commandEdit->toPlainText());
}

void ExplainDialog::showResult()
{
    m_ui->explainButton->setEnabled(true);
    m_ui->statusLabel->clear();
    const RequestExplainer::Result &r = m_explainer->result();
    if (!r.request.isValid()) {
        m_ui->resultView->setHtml(tr("<p><b>Could not read the command:</b> %1</p>").arg(r.error.toHtmlEscaped()));
        return;
    }
    const Diagnosis &d = r.diagnosis;
    m_cause = causeId(d.cause);
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p><p>%3</p>")
                       .arg(d.title.toHtmlEscaped(), m_cause, d.explanation.toHtmlEscaped());
    if (!d.likelyCauses.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &l : d.likelyCauses)
            html += QStringLiteral("<li>%1</li>").arg(l.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Fix:</b> %1</p>").arg(d.fix.toHtmlEscaped());
    html += tr("<p><b>What the command sends</b></p><pre>%1</pre>")
                .arg(ErrorPresenter::sentFacts(r.facts).join(QLatin1Char('\n')).toHtmlEscaped());
    if (r.probed)
        html += tr("<p><b>Probes</b> (GET only, same credentials)</p><pre>%1</pre>")
                    .arg(r.probeLines.join(QLatin1Char('\n')).toHtmlEscaped());
    else
        html += tr("<p><b>Probes:</b> none; nothing was sent to any server.</p>");
    if (!r.error.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(r.error.toHtmlEscaped());
    m_ui->resultView->setHtml(html);
    m_ui->correctedEdit->setText(r.correctedCommand);
    m_ui->correctedEdit->setCursorPosition(0);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->correctedCaption), static_cast<QWidget *>(m_ui->correctedEdit),
             static_cast<QWidget *>(m_ui->copyButton)})
        w->setVisible(true);
    Q_EMIT explained(m_cause);
}

} // namespace berth
