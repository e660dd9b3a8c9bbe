#pragma once

#include "api/ApiError.h"
#include "Diagnosis.h"

#include <QCoreApplication>

namespace berth {

// The words for every cause, in one table (CauseWording::of): a title, an explanation, ranked
// likely causes, a fix and the actions that help. ErrorPresenter decides the cause, adds "copy
// details" and escapes server text; nothing else words a cause. The words keep the translation
// context they have always had, ErrorPresenter, so their translations still apply.
struct CauseWording
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPresenter)

public:
    QString title; // one line
    QString explanation;
    QStringList likelyCauses;
    QString fix;
    QList<DiagnosisAction> actions;

    static CauseWording of(Cause cause, const ApiError &error, const DiagnosisContext &context);

private:
    // A plain registry's causes (RegistryCauseWording.cpp); false when `cause` is worded in of().
    static bool registryWording(Cause cause, const ApiError &error, const DiagnosisContext &context, CauseWording &w);
};

// The project a project robot belongs to: robot$team-a+cleaner -> team-a. Empty for system
// robots and users.
QString robotProject(const QString &username, const QString &prefix);

} // namespace berth
