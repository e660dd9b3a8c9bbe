#include "ContentDigest.h"

#include "StreamHash.h"

namespace berth {

namespace {

// Lower-case hex only: the image spec's encoded part for sha256/sha512 is [a-f0-9]
// (descriptor.md "Registered Algorithms"), and a digest is compared as a string everywhere
// (cache file names, referrers tags), so "ABC" and "abc" must not both be accepted.
bool isLowerHex(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

// Sets the algorithm of a supported digest; false for anything else.
bool algorithmOf(const QString &digest, StreamHash::Algorithm *algorithm)
{
    static const QString sha256 = QStringLiteral("sha256:");
    static const QString sha512 = QStringLiteral("sha512:");
    if (digest.size() == sha256.size() + 64 && digest.startsWith(sha256)
        && isLowerHex(QStringView(digest).mid(sha256.size()))) {
        *algorithm = StreamHash::Algorithm::Sha256;
        return true;
    }
    if (digest.size() == sha512.size() + 128 && digest.startsWith(sha512)
        && isLowerHex(QStringView(digest).mid(sha512.size()))) {
        *algorithm = StreamHash::Algorithm::Sha512;
        return true;
    }
    return false;
}

} // namespace

QString sha256Digest(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(StreamHash::hex(StreamHash::Algorithm::Sha256, bytes));
}

bool isSupportedDigest(const QString &digest)
{
    StreamHash::Algorithm algorithm;
    return algorithmOf(digest, &algorithm);
}

bool digestMatches(const QString &digest, const QByteArray &bytes)
{
    StreamHash::Algorithm algorithm;
    if (!algorithmOf(digest, &algorithm))
        return false;
    const QByteArray hex = StreamHash::hex(algorithm, bytes);
    return QStringView(digest).mid(digest.indexOf(QLatin1Char(':')) + 1) == QLatin1String(hex);
}

} // namespace berth
