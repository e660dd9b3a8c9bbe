#pragma once

#include <QString>
#include <QUrl>

namespace berth {

// A registry address as the user typed or pasted it, reduced to the one form Berth stores and
// uses as a keychain key: scheme and host lower-case, default port dropped, no user info, no
// query or fragment, path "/" (Harbor always lives at the root of its host).
struct RegistryUrl
{
    QUrl url;
    QString error; // a plain sentence when the input cannot be used; url is then empty
    QString warning; // a plain sentence when something was dropped that the user may care about
    bool isValid() const { return error.isEmpty() && url.isValid(); }
};

// "harbor.example.com" -> https://harbor.example.com/
// "HTTPS://Harbor.Example.com:443/api/v2.0/projects?x" -> https://harbor.example.com/
// Keeps a non-default port and an explicit http://. Strips user info (with a warning), query,
// fragment and any path. Rejects empty input, unsupported schemes, spaces and garbage, and a URL
// without a host.
RegistryUrl normalizeRegistryUrl(const QString &input);

// The one loopback rule, for plain http and for where `explain` may send a pasted secret: true
// only for a host every resolver turns into this machine: "localhost" (any case, but not
// "localhost." or *.localhost, which may go to DNS), an IPv4 literal in 127.0.0.0/8 as the system
// resolver reads it ("127.1", "0x7f.0.0.1"), and ::1 or IPv4-mapped 127/8 in any spelling, with or
// without brackets.
bool isLoopbackHost(const QString &host);

// host[:port] as the prefix of a docker/podman image reference, e.g. "harbor.example.com:8443".
// IPv6 literals keep their brackets; internationalised names come out in ASCII (punycode).
QString registryHost(const QUrl &normalized);

} // namespace berth
