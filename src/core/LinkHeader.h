#pragma once

#include <QByteArray>
#include <QUrl>

namespace berth {

// The URL of rel="next" in an RFC 8288 Link header ("</v2/_catalog?last=x&n=100>; rel=\"next\""),
// resolved against `base`; invalid when none. Only same-origin results are returned (another origin:
// invalid + *crossOrigin = true).
//
// `malformed` (optional) is set when the header is not empty but cannot be read as RFC 8288
// link-values, when a rel="next" target is not a usable http(s) URL, or when two different next
// targets are given: a list that stops there would be cut silently, so the caller fails instead.
// rel may be quoted or a token, and may list several relation types ("next last"), compared
// case-insensitively (RFC 8288, 3.3).
QUrl nextLink(const QByteArray &linkHeader, const QUrl &base, bool *crossOrigin = nullptr, bool *malformed = nullptr);

} // namespace berth
