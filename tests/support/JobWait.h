// Waiting for one credential or profile job: the result, or a failure that says nothing came.
// The spy is attached right after the call returns, which only works because finished() is
// never emitted synchronously.
#pragma once

#include "credentials/CredentialJob.h"
#include "credentials/CredentialResult.h"
#include "credentials/ProfileSecrets.h"

#include <QSignalSpy>

inline berth::CredentialResult waitFor(berth::CredentialJob *job, int timeoutMs = 60000)
{
    QSignalSpy spy(job, &berth::CredentialJob::finished);
    if (!spy.wait(timeoutMs) || spy.count() != 1)
        return berth::CredentialResult::failure(
            berth::CredentialStatus::Other, QStringLiteral("test: no single answer within %1 ms").arg(timeoutMs));
    return spy.takeFirst().at(0).value<berth::CredentialResult>();
}

inline berth::ProfileResult waitFor(berth::ProfileJob *job, int timeoutMs = 60000)
{
    QSignalSpy spy(job, &berth::ProfileJob::finished);
    if (!spy.wait(timeoutMs) || spy.count() != 1) {
        berth::ProfileResult timeout;
        timeout.message = QStringLiteral("test: no single answer within %1 ms").arg(timeoutMs);
        return timeout;
    }
    return spy.takeFirst().at(0).value<berth::ProfileResult>();
}
