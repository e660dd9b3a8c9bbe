#include "PermissionCache.h"

#include "api/HarborClient.h"

namespace berth {

QString PermissionCache::key(HarborClient *client, qint64 projectId)
{
    return QString::number(reinterpret_cast<quintptr>(client)) + QLatin1Char('/') + QString::number(projectId);
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
    m_pending.insert(k, true);
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

void PermissionCache::clear()
{
    m_known.clear();
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
