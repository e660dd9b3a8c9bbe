#pragma once

#include <QString>
#include <QUrl>

namespace berth {

// What one HarborClient needs to talk to one registry: plain values, no network types. Built
// from a profile by ConnectionFactory (src/connection), or by hand in tests and `explain`.
struct ConnectionSettings
{
    QUrl baseUrl; // normalised: scheme://host[:port]/
    QString username; // empty = anonymous
    // Only on the way in: RequestPolicy takes it out when the client is made, so settings() never
    // shows it. It comes from the keychain or stdin, never from argv or files.
    QString secret;
    bool allowPlainHttp = false; // Basic over http to a non-loopback host (loopback is always allowed)
    QString caFile; // extra CA certificates, PEM
    QString pinnedSha256; // normalizedPin() of a certificate the user chose to trust for this profile

    int timeoutMs = 30000; // per request, as a transfer (inactivity) timeout
    int listConcurrency = 6; // parallel page fetches; Qt's per-host connection limit is 6
    double maxRequestsPerSecond = 0; // 0 = no cap; for careful use against production
    int maxTries = 3; // for idempotent GETs
    int retryBaseMs = 250;
    int retryMaxMs = 8000;
    int maxPages = 5000; // a lying or missing X-Total-Count cannot make us fetch more than this per list
    qint64 maxBodyBytes = 64ll * 1024 * 1024;
    // What a hostile or broken server may make one list, and one session, cost. A Harbor page is
    // at most 100 items of some 1-3 KB (harbor-sim: 73 KB for 100 tags), so a list of 1 GiB is
    // some 400,000 artifacts, and our bench lists 1,000,000 tags in one session: these do not bind
    // on a real registry. Kept items cost at most about twice the bytes they came in (UTF-16).
    qint64 maxListPageBytes = 8ll * 1024 * 1024; // one page of a list (the general cap still applies)
    qint64 maxListItems = 2000000;
    qint64 maxListBytes = 1024ll * 1024 * 1024;
    qint64 maxSessionItems = 5000000; // across every list of one HarborClient
    qint64 maxSessionBytes = 4096ll * 1024 * 1024;
    // A session is one burst of listing: its counters restart when the client starts a list after
    // having listed nothing for this long, so a window left open for days is not refused because
    // of earlier refreshes, while one fan-out (ls --all, a clean-up plan) counts as a whole.
    int sessionIdleResetMs = 30000;
    QString userAgent; // defaults to Berth/<version>

    bool hasCredentials() const { return !username.isEmpty(); }
};

} // namespace berth
