#include "credentials/CredentialJob.h"

namespace berth {

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{ }

void CredentialJob::finish(const CredentialResult &result)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_result = result;
    // Queued even when the result is known now, so callers can connect after the call returns.
    QMetaObject::invokeMethod(this, &CredentialJob::emitFinished, Qt::QueuedConnection);
}

void CredentialJob::emitFinished()
{
    m_emitted = true;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace berth
