#pragma once

#include <optional>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace berth {

class HarborClient;

// users/current/permissions, read once per project and kept, so menus can grey out what the
// account may not do. A hint only: the server still decides every request. Kept per account
// (registry and user name) and project, and only while a client that fetched it lives: a new
// client (saved credentials, a trusted certificate) asks again, and never inherits another's.
class PermissionCache : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Known permissions ("resource:action"), or nothing while unknown. Anonymous callers have
    // none: Harbor answers 401 and they may never delete.
    std::optional<QStringList> permissions(HarborClient *client, qint64 projectId) const;
    void fetch(HarborClient *client, qint64 projectId);

    // Why an action is not allowed, in words, or empty when it is (or unknown).
    QString denial(HarborClient *client, qint64 projectId, const QString &project, const QString &permission) const;

Q_SIGNALS:
    void updated(); // permissions arrived for some project

private:
    static QString key(const HarborClient *client, qint64 projectId);
    void track(HarborClient *client, const QString &key);
    void forget(QObject *client);

    QHash<QString, QStringList> m_known;
    QSet<QString> m_pending;
    QHash<QObject *, QSet<QString>> m_keysOf; // what each live client fetched, dropped when it goes
};

} // namespace berth
