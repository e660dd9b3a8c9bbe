#include "PermissionCache.h"

#include "api/HarborClient.h"

namespace berth {

QString PermissionCache::key(const HarborClient *client, qint64 projectId)
{
    // What the permissions belong to: this user at this registry, in this project. Never the
    // client's address, which a later client may be given.
    const ConnectionSettings &s = client->settings();
    return s.baseUrl.toString(QUrl::FullyEncoded) + QLatin1Char('\n') + s.username + QLatin1Char('\n')
        + QString::number(projectId);
}

std::optional<QStringList> PermissionCache::permissions(HarborClient *client, qint64 projectId) const
{
    if (!client)
        return std::nullopt;
    if (!client->settings().hasCredentials())
        return QStringList {};
    const auto it = m_known.constFind(key(client, projectId));
    if (it == m_known.cend())
        return std::nullopt;
    return *it;
}

void PermissionCache::fetch(HarborClient *client, qint64 projectId)
{
    if (!client || projectId <= 0 || !client->settings().hasCredentials())
        return;
    const QString k = key(client, projectId);
    if (m_known.contains(k) || m_pending.contains(k))
        return;
    m_pending.insert(k);
    track(client, k);
    client->permissions(projectId, this, [this, k](const QList<Permission> &perms, const ApiError &e) {
        m_pending.remove(k);
        if (e)
            return; // unknown stays unknown: menus stay enabled and the server decides
        QStringList list;
        for (const Permission &p : perms)
            list << p.resource + QLatin1Char(':') + p.action;
        m_known.insert(k, list);
        Q_EMIT updated();
    });
}

void PermissionCache::track(HarborClient *client, const QString &key)
{
    auto it = m_keysOf.find(client);
    if (it == m_keysOf.end()) {
        it = m_keysOf.insert(client, {});
        // A client that goes takes what it fetched, and its unanswered request, with it.
        connect(client, &QObject::destroyed, this, &PermissionCache::forget);
    }
    it->insert(key);
}

void PermissionCache::forget(QObject *client)
{
    for (const QString &k : m_keysOf.take(client)) {
        m_known.remove(k);
        m_pending.remove(k);
    }
}

QString PermissionCache::denial(
    HarborClient *client, qint64 projectId, const QString &project, const QString &permission) const
{
    const auto perms = permissions(client, projectId);
    if (!perms || perms->contains(permission))
        return {};
    if (!client->settings().hasCredentials())
        return tr("Anonymous users may never delete; add robot credentials to this registry.");
    return tr("%1 lacks %2 in %3").arg(client->settings().username, permission, project);
}

} // namespace berth
