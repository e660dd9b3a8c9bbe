#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// Content addresses (OCI image-spec descriptor.md "Digests"): "algorithm:encoded" with lower-case
// hex. sha256 and sha512 are the registered algorithms we verify.
QString sha256Digest(const QByteArray &bytes); // "sha256:<64 hex>"
bool isSupportedDigest(const QString &digest); // sha256 (64 hex) or sha512 (128 hex), lower-case
bool digestMatches(const QString &digest, const QByteArray &bytes); // false when unsupported

} // namespace berth
