#pragma once

#include "credentials/CredentialResult.h"

#include <QObject>

namespace berth {

// One asynchronous keychain operation. Emits finished() exactly once, always on a later
// event-loop turn than the call that created it (never from inside readSecret() and friends),
// then deletes itself with deleteLater(). Read result() inside the slot; don't delete the job.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    explicit CredentialJob(QObject *parent = nullptr);

    CredentialResult result() const { return m_result; }
    bool isFinished() const { return m_emitted; }

    // For CredentialStore implementations: records the result and queues finished(). Only the
    // first call counts.
    void finish(const CredentialResult &result);

Q_SIGNALS:
    void finished(const berth::CredentialResult &result);

private:
    void emitFinished();

    CredentialResult m_result;
    bool m_finishing = false;
    bool m_emitted = false;
};

} // namespace berth
