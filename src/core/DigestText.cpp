#include "DigestText.h"

namespace berth {

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return colon < 0 ? digest.left(12) : digest.left(colon + 1 + 12);
}

} // namespace berth
