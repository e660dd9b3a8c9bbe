#pragma once

#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace berth {

class HarborClient;

// users/current/permissions, read once per project and kept, so menus can grey out what the
// account may not do. A hint only: the server still decides every request.
class PermissionCache : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Known permissions ("resource:action"), or nothing while unknown. Anonymous callers have
    // none: Harbor answers 401 and they may never delete.
    std::optional<QStringList> permissions(HarborClient *client, qint64 projectId) const;
    void fetch(HarborClient *client, qint64 projectId);
    void clear();

    // Why an action is not allowed, in words, or empty when it is (or unknown).
    QString denial(HarborClient *client, qint64 projectId, const QString &project, const QString &permission) const;

Q_SIGNALS:
    void updated();

private:
    static QString key(HarborClient *client, qint64 projectId);
    QHash<QString, QStringList> m_known;
    QHash<QString, bool> m_pending;
};

} // namespace berth
