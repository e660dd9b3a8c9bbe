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
