#include "ExplainCommand.h"

#include "core/InputFile.h"
#include "diagnosis/ErrorPresenter.h"
#include "diagnosis/RequestExplainer.h"
#include "ExitCodes.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

void ExplainCommand::start()
{
    QString command = m_ctx.options.args.join(QLatin1Char(' '));
    if (command.trimmed().isEmpty() || command.trimmed() == QLatin1String("-")) {
        QString why;
        const std::optional<QByteArray> pasted = InputFile::read(QStringLiteral("-"), &why);
        if (!pasted) {
            Terminal::err(tr("berthctl explain: %1").arg(why));
            Q_EMIT finished(ExitUsage);
            return;
        }
        command = QString::fromUtf8(*pasted);
    }
    m_explainer = new RequestExplainer(this);
    // Before anything is sent: the one server that will see the command's credentials.
    connect(m_explainer, &RequestExplainer::probing, this, [](const QUrl &server) {
        Terminal::err(tr("berthctl explain: asking %1 (GET only, with the command's credentials)")
                          .arg(server.toString(QUrl::RemovePath | QUrl::RemoveUserInfo)));
    });
    connect(m_explainer, &RequestExplainer::finished, this, &ExplainCommand::report);
    m_explainer->explain(command, m_ctx.options.timeoutSeconds * 1000, m_ctx.options.caFile);
}

void ExplainCommand::report()
{
    const RequestExplainer::Result &r = m_explainer->result();
    if (!r.request.isValid()) {
        Terminal::err(tr("berthctl explain: %1").arg(r.error));
        Q_EMIT finished(ExitUsage);
        return;
    }
    const Diagnosis &d = r.diagnosis;
    // Not probed: the command as given cannot be explained safely (like a usage error).
    const int exit = d.cause == Cause::NoProblemFound ? ExitOk
        : d.cause == Cause::ProbeRefused              ? ExitUsage
        : r.error.isEmpty()                           ? exitCodeFor(r.facts)
                                                      : ExitTransport;
    if (m_ctx.options.json) {
        QJsonObject o {{QStringLiteral("cause"), causeId(d.cause)}, {QStringLiteral("title"), d.title},
            {QStringLiteral("explanation"), d.explanation},
            {QStringLiteral("likely_causes"), QJsonArray::fromStringList(d.likelyCauses)},
            {QStringLiteral("fix"), d.fix}, {QStringLiteral("corrected_command"), r.correctedCommand},
            {QStringLiteral("probes"), QJsonArray::fromStringList(r.probeLines)},
            {QStringLiteral("sent"), QJsonArray::fromStringList(ErrorPresenter::sentFacts(r.facts))},
            {QStringLiteral("status"), r.facts.httpStatus ? QJsonValue(r.facts.httpStatus) : QJsonValue()},
            {QStringLiteral("status_observed"), r.statusObserved}, {QStringLiteral("probed"), r.probed},
            {QStringLiteral("target_host"), r.request.url.host()},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(r.request.refusals)}};
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        Terminal::out(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        QString text = causeId(d.cause) + QStringLiteral(": ") + d.title + QLatin1Char('\n');
        if (!d.explanation.isEmpty())
            text += QStringLiteral("  ") + d.explanation + QLatin1Char('\n');
        for (const QString &l : d.likelyCauses)
            text += QStringLiteral("  - ") + l + QLatin1Char('\n');
        if (!d.fix.isEmpty())
            text += QStringLiteral("  ") + tr("Fix: %1").arg(d.fix) + QLatin1Char('\n');
        text += tr("\nWhat the command sends:\n");
        for (const QString &l : ErrorPresenter::sentFacts(r.facts))
            text += QStringLiteral("  ") + l + QLatin1Char('\n');
        if (r.probed) {
            text += tr("\nProbes (GET only, same credentials):\n");
            for (const QString &l : r.probeLines)
                text += QStringLiteral("  ") + l + QLatin1Char('\n');
        } else {
            text += tr("\nProbes: none; nothing was sent to any server.\n");
            for (const QString &l : r.probeLines)
                text += QStringLiteral("  ") + l + QLatin1Char('\n');
        }
        text += tr("\nCorrected command:\n  ") + r.correctedCommand + QLatin1Char('\n');
        if (!r.error.isEmpty())
            text += tr("\nNote: %1").arg(r.error) + QLatin1Char('\n');
        Terminal::out(text);
    }
    Terminal::flush();
    Q_EMIT finished(exit);
}

} // namespace berth
