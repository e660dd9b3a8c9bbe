#pragma once

#include <QString>
#include <QUrl>

namespace berth {

// What one HarborClient needs to talk to one registry. The secret lives here only in memory,
// for the life of the client; it comes from the keychain or stdin, never from argv or files.
struct ConnectionSettings
{
    QUrl baseUrl; // normalised: scheme://host[:port]/
    QString username; // empty = anonymous
    QString secret;
    bool allowPlainHttp = false; // Basic over http to a non-loopback host (loopback is always allowed)
    QString caFile; // extra CA certificates, PEM
    QString pinnedSha256; // hex SHA-256 of a certificate the user chose to trust for this profile

    int timeoutMs = 30000; // per request, as a transfer (inactivity) timeout
    int listConcurrency = 6; // parallel page fetches; Qt's per-host connection limit is 6
    double maxRequestsPerSecond = 0; // 0 = no cap; for careful use against production
    int maxTries = 3; // for idempotent GETs
    int retryBaseMs = 250;
    int retryMaxMs = 8000;
    int maxPages = 5000; // a lying X-Total-Count cannot make us fetch more than this per list
    qint64 maxBodyBytes = 64ll * 1024 * 1024;
    QString userAgent; // defaults to Berth/<version>

    bool hasCredentials() const { return !username.isEmpty(); }
};

} // namespace berth
