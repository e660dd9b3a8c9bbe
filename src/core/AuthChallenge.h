#pragma once

#include "Parsed.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace berth {

// One challenge of a WWW-Authenticate header (RFC 9110 section 11.6.1). Qt merges repeated
// headers with ", ", so one value may hold several challenges.
struct AuthChallenge
{
    QString scheme; // lower-case: "bearer", "basic"
    QMap<QString, QString> params; // keys lower-case, values unquoted

    QString realm() const;
    QString service() const;
    QStringList scopes() const; // the scope parameter split on spaces
    QString error() const; // e.g. "insufficient_scope"
};

// Empty header or malformed (unterminated quote, no scheme, garbage) -> error.
Parsed<QList<AuthChallenge>> parseAuthChallenges(const QByteArray &header);

// The realm rule (the one place): same origin as the registry -> allowed; another host over https
// -> allowed (shown to the user); another host over plain http -> refused (credentials would travel
// in clear to a host the user never named), unless both are loopback. A relative realm is resolved
// against the registry first (RFC 3986 section 5), so "/service/token" is the registry's own
// origin. A realm that is not http(s), has user info or no host is refused. Returns a refusal
// reason or empty.
QString realmRefusal(const QUrl &registry, const QUrl &realm);

// "repository:p/r:pull,push" (distribution docs/spec/auth/scope.md).
QString repositoryScope(const QString &repository, const QStringList &actions);

} // namespace berth
