// Checks on text that several tests share.
#pragma once

#include <QString>

// Whether the text holds a CJK unified ideograph (U+4E00..U+9FFF): translated Chinese text does.
inline bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// A menu or button text as a user reads it: "&Remove tag" is "Remove tag".
inline QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}
