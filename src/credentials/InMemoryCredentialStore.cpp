#include "credentials/InMemoryCredentialStore.h"

#include "credentials/Logging.h"

#include <QCoreApplication>
#include <utility>

namespace berth {

namespace {

QString messageFor(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Ok:
        return {};
    case CredentialStatus::NotFound:
        return QCoreApplication::translate(
            "berth::InMemoryCredentialStore", "No secret for this account is kept in this session.");
    case CredentialStatus::NoBackend:
        return QCoreApplication::translate(
            "berth::InMemoryCredentialStore", "Berth cannot reach a keyring: no Secret Service is running.");
    case CredentialStatus::AccessDenied:
        return QCoreApplication::translate(
            "berth::InMemoryCredentialStore", "The keyring refused access; it is probably locked.");
    case CredentialStatus::Other:
        return QCoreApplication::translate("berth::InMemoryCredentialStore", "The keyring reported an error.");
    }
    return {};
}

} // namespace

InMemoryCredentialStore::InMemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

bool InMemoryCredentialStore::takeInjected(const QString &key, CredentialJob *job)
{
    const auto it = m_injected.constFind(key);
    if (it == m_injected.constEnd())
        return false;
    const Injected injected = it.value();
    m_injected.erase(it);
    qCDebug(lcCredentials) << "in-memory store: injected" << credentialStatusName(injected.status) << "for" << key;
    job->finish(CredentialResult::failure(injected.status, messageFor(injected.status), injected.detail));
    return true;
}

CredentialJob *InMemoryCredentialStore::readSecret(const QString &key)
{
    auto *job = new CredentialJob(this);
    if (m_holdReads) {
        m_heldReads.append({key, job});
        return job;
    }
    answerRead(key, job);
    return job;
}

void InMemoryCredentialStore::answerRead(const QString &key, CredentialJob *job)
{
    if (takeInjected(key, job))
        return;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        job->finish(CredentialResult::failure(CredentialStatus::NotFound, messageFor(CredentialStatus::NotFound)));
    else
        job->finish(CredentialResult::success(it.value()));
}

void InMemoryCredentialStore::releaseReads()
{
    m_holdReads = false;
    for (const auto &[key, job] : std::exchange(m_heldReads, {}))
        if (job)
            answerRead(key, job);
}

CredentialJob *InMemoryCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(this);
    if (takeInjected(key, job))
        return job;
    m_secrets.insert(key, secret);
    job->finish(CredentialResult::success());
    return job;
}

CredentialJob *InMemoryCredentialStore::removeSecret(const QString &key)
{
    auto *job = new CredentialJob(this);
    if (takeInjected(key, job))
        return job;
    // Like QtKeychain on the Secret Service: removing a missing entry succeeds.
    m_secrets.remove(key);
    job->finish(CredentialResult::success());
    return job;
}

QString InMemoryCredentialStore::backendName() const
{
    return QCoreApplication::translate("berth::InMemoryCredentialStore", "memory (this session only)");
}

void InMemoryCredentialStore::injectError(const QString &key, CredentialStatus status, const QString &detail)
{
    if (status == CredentialStatus::Ok)
        m_injected.remove(key);
    else
        m_injected.insert(key, Injected {status, detail});
}

} // namespace berth
