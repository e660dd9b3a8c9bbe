#pragma once

#include "api/ApiError.h"
#include "Diagnosis.h"

#include <QCoreApplication>

namespace berth {

// The one translator from a failed request to words: a cause, a title, an explanation, ranked
// likely causes, a fix and actions. The GUI dialog and berthctl both print what this returns;
// nothing else turns errors into sentences. causeOf() decides the cause from the request's facts
// plus the probe results in DiagnosisContext; CauseWording holds the words for each cause.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    static Diagnosis present(const ApiError &error, const DiagnosisContext &context = {});

    // Only the cause (the same decision as present()); causeId() gives its stable id.
    static Cause causeOf(const ApiError &error, const DiagnosisContext &context = {});

    // "What was sent" and "what came back", one fact a line, for dialogs, reports and stderr.
    static QStringList sentFacts(const ApiError &error, const DiagnosisContext &context = {});
    static QStringList receivedFacts(const ApiError &error);

    // A short block for a terminal: "cause_id: title", explanation, fix, request id.
    static QString terminalText(const ApiError &error, const DiagnosisContext &context = {});
    static QString terminalText(const ApiError &error, const Diagnosis &diagnosis);

private:
    static Cause credentialCause(const ApiError &error, const DiagnosisContext &context);
};

} // namespace berth
