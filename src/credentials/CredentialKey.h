#pragma once

#include <QString>
#include <QUrl>

namespace berth {

// The one place keychain naming lives. Changing either function orphans every saved secret;
// add a migration instead.

// The service every Berth entry is stored under (libsecret attribute "server").
QString credentialService(); // "io.github.berth.Berth"

// "<username>@<normalised URL>", e.g. "robot$team-a+cleaner@https://harbor.example.com/".
// The URL is normalised again here (idempotent), so any spelling of the same registry gives the
// same key; internationalised hosts appear in punycode.
QString credentialKey(const QString &username, const QUrl &normalizedRegistryUrl);

} // namespace berth
