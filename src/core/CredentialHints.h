#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace berth {

// The mistakes users make when they enter registry credentials. Used by the account dialog,
// berthctl login and the diagnosis, so all three say the same thing.
enum class HintKind {
    RobotPrefixMissing, // "team-a+cleaner": a project robot name without "robot$"
    ShellExpandedName, // "robot-a+cleaner": a shell expanded "$team" in "robot$team-a+cleaner"
    TokenAsSecret, // a JWT or an Authorization header value pasted as the secret
    WhitespaceTrimmed, // leading/trailing spaces or newlines were removed
    PlainHttpRemote, // http:// to a host that is not this machine
    EmptySecret, // a user name without a secret
    RobotExpired,
    RobotExpiresSoon, // within expiryWarningDays()
};

struct CredentialHint
{
    HintKind kind;
    QString message; // plain sentence
    QString suggestion; // e.g. the likely intended name; never a secret
};

struct CredentialCheck
{
    QString username; // trimmed
    QString secret; // trimmed
    QList<CredentialHint> hints;

    bool hasHint(HintKind kind) const;
};

constexpr int expiryWarningDays()
{
    return 14;
}

// Trims username and secret and reports every hint that applies (name hints first, expiry last).
// robotPrefix is Harbor's robot_name_prefix (default "robot$"). A well-formed robot name, a
// plain user name and an anonymous (empty) login get no name hints.
CredentialCheck checkCredentials(const QString &username, const QString &secret, const QUrl &url,
    const QDateTime &robotExpiresAt = {}, const QString &robotPrefix = QStringLiteral("robot$"),
    const QDateTime &now = QDateTime::currentDateTimeUtc());

QString hintKindName(HintKind kind); // "RobotPrefixMissing", for logs and tests

// What a shell left of the project part of a robot name it cut short: "-a" for "robot-a+cleaner"
// (typed "robot$team-a+cleaner": "$team" was read as a variable). Empty when the whole project
// part went ("robot+cleaner") or the name is not one a shell cut short.
QString projectPartLeftByShell(const QString &username, const QString &robotPrefix = QStringLiteral("robot$"));

} // namespace berth
