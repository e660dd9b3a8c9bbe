#pragma once

#include "api/ApiError.h"
#include "Diagnosis.h"

#include <QCoreApplication>

namespace berth {

// The one translator from a failed request to words: a cause id, a title, an explanation,
// ranked likely causes, a fix and actions. The GUI dialog and berthctl both print what this
// returns; nothing else turns errors into sentences. It implements the decision table of
// harbor-api.md §3.11 over the request's facts plus the probe results in DiagnosisContext.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static Diagnosis present(const ApiError &error, const DiagnosisContext &context = {});

    // Only the cause id (the same decision as present()).
    static QString causeOf(const ApiError &error, const DiagnosisContext &context = {});

    // "What was sent" and "what came back", one fact a line, for dialogs, reports and stderr.
    static QStringList sentFacts(const ApiError &error, const DiagnosisContext &context = {});
    static QStringList receivedFacts(const ApiError &error);

    // An equivalent curl command. The robot name goes in single quotes so that no shell eats
    // the '$'; the secret is shown as <secret> unless `secret` is given (revealed by the user).
    static QString curlCommand(const ApiError &error, const QString &secret = {});

    // A short block for a terminal: "cause_id: title", explanation, fix, request id.
    static QString terminalText(const ApiError &error, const DiagnosisContext &context = {});
    static QString terminalText(const ApiError &error, const Diagnosis &diagnosis);

private:
    static QString credentialCause(const ApiError &error, const DiagnosisContext &context);
};

} // namespace berth
