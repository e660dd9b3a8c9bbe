#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace berth {

// GET /systeminfo. Harbor hides the protected fields (version, external URL, read-only) from
// anonymous callers since v2.2, so `authenticatedView` tells which view the server gave us.
struct SystemInfo
{
    QString authMode;
    QString harborVersion;
    QString externalUrl;
    QString registryUrl;
    bool readOnly = false;
    bool selfRegistration = false;
    QString oidcProviderName;
    QString bannerMessage;
    bool authenticatedView = false;
};

// GET /users/current for a human user.
struct CurrentUser
{
    qint64 userId = 0;
    QString username;
    QString realname;
    QString email;
    bool sysadmin = false;
};

struct Permission
{
    QString resource;
    QString action;

    bool operator==(const Permission &o) const { return resource == o.resource && action == o.action; }
};

bool hasPermission(const QList<Permission> &perms, const QString &resource, const QString &action);

} // namespace berth
