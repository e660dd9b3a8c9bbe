#include "CertificatePin.h"

namespace berth {

QString normalizedPin(const QString &pin)
{
    QString out;
    out.reserve(pin.size());
    for (const QChar c : pin) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        out += c.toLower();
    }
    return out;
}

bool isWellFormedPin(const QString &normalized)
{
    if (normalized.size() != 64)
        return false;
    for (const QChar c : normalized) {
        const bool hex
            = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex)
            return false;
    }
    return true;
}

} // namespace berth
