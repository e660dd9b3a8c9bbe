// Small helpers for tests that talk to harbor-sim.
#pragma once

#include "core/ConnectionSettings.h"

#include <QCryptographicHash>
#include <QString>
#include <QUrl>

// Settings for a client of harbor-sim on loopback: short timeouts and retry delays, so that
// fault tests finish quickly. Empty user and secret: anonymous.
inline berth::ConnectionSettings settingsFor(const QUrl &url, const QString &user = {}, const QString &secret = {})
{
    berth::ConnectionSettings s;
    s.baseUrl = url;
    s.username = user;
    s.secret = secret;
    s.timeoutMs = 5000;
    s.retryBaseMs = 20;
    s.retryMaxMs = 100;
    return s;
}

// The digest harbor-sim gives an artifact: sha256("harbor-sim:" + full repository + ":" + key).
inline QString simDigest(const QString &repository, const QString &key)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(
            QStringLiteral("harbor-sim:%1:%2").arg(repository, key).toUtf8(), QCryptographicHash::Sha256)
                                  .toHex());
}
