#include "ShellQuote.h"

#include <algorithm>

namespace berth {

QString shellQuote(const QString &word)
{
    const auto safe = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringLiteral("._/:@%+=,-").contains(c);
    };
    if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), safe))
        return word;
    return shellQuoteAlways(word);
}

QString shellQuoteAlways(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace berth
