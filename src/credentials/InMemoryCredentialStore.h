#pragma once

#include "credentials/CredentialStore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>

namespace berth {

// Secrets kept in this process only: "remember for this session only", and the store every
// non-keychain test uses. Operations take effect when called and report on the next event-loop
// turn, like the real keychain.
class InMemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit InMemoryCredentialStore(QObject *parent = nullptr);

    CredentialJob *readSecret(const QString &key) override;
    CredentialJob *writeSecret(const QString &key, const QString &secret) override;
    CredentialJob *removeSecret(const QString &key) override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

    // Tests: the next operation on `key` (any kind) fails with `status` and leaves the stored
    // value alone. One-shot. Injecting CredentialStatus::Ok clears a pending injection.
    void injectError(const QString &key, CredentialStatus status, const QString &detail = {});

    // Tests: reads wait until releaseReads(), as from a keyring that is locked or slow to start.
    void holdReads() { m_holdReads = true; }
    void releaseReads();

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QStringList keys() const { return m_secrets.keys(); }
    void clear() { m_secrets.clear(); }

private:
    struct Injected
    {
        CredentialStatus status;
        QString detail;
    };
    bool takeInjected(const QString &key, CredentialJob *job);
    void answerRead(const QString &key, CredentialJob *job);

    QHash<QString, QString> m_secrets;
    QHash<QString, Injected> m_injected;
    bool m_holdReads = false;
    QList<QPair<QString, QPointer<CredentialJob>>> m_heldReads;
};

} // namespace berth
