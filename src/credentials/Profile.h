#pragma once

#include "core/ServerKind.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

enum class AccountKind { Robot, User, Anonymous };

QString accountKindName(AccountKind kind); // "robot", "user", "anonymous" (the stored form)
AccountKind accountKindFromName(const QString &name, bool *ok = nullptr);

// One saved account: where, who, and how to trust the server. Never holds a secret; the secret
// lives in a CredentialStore under credentialKey().
struct Profile
{
    QString name;
    QUrl url; // normalised (normalizeRegistryUrl)
    // Harbor, or a plain OCI registry; detected when the profile is made (ServerProbe), the
    // user's to override. Profiles saved before plain registries existed are Harbor.
    ServerKind server = ServerKind::Harbor;
    AccountKind kind = AccountKind::Robot;
    QString username;
    QString caFile;
    QString pinnedSha256; // hex, lower-case, no colons; empty = none
    bool allowPlainHttp = false;
    bool secretSaved = false;
    QDateTime robotExpiresAt; // invalid = unknown/never
    // A plain registry that denies its catalog (Docker Hub, GHCR): the repositories to show
    // ("team/app"), typed by the user. When not empty the catalog is not asked.
    QStringList repositories;

    QString credentialKey() const; // empty for anonymous profiles
    bool isLoopback() const;
    bool plainHttpAllowed() const; // loopback, or the user allowed http:// explicitly
    bool needsSecret() const { return kind != AccountKind::Anonymous; }
    bool isHarbor() const { return server == ServerKind::Harbor; }
};

bool operator==(const Profile &a, const Profile &b);
inline bool operator!=(const Profile &a, const Profile &b)
{
    return !(a == b);
}

} // namespace berth
