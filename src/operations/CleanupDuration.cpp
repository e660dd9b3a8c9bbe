#include "CleanupDuration.h"

#include <QCoreApplication>
#include <utility>

namespace berth {

namespace Cleanup {

std::optional<qint64> parseDuration(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error
                = QCoreApplication::translate("CleanupEvaluator", "'%1' is not a duration (%2); use e.g. 30d, 12h, 2w")
                      .arg(text, why);
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(QStringLiteral("empty"));
    qint64 total = 0;
    int i = 0;
    while (i < t.size()) {
        const int start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i == start)
            return fail(QCoreApplication::translate("CleanupEvaluator", "expected a number at '%1'").arg(t.mid(start)));
        if (i - start > 9)
            return fail(QCoreApplication::translate("CleanupEvaluator", "number too large"));
        const qint64 n = t.mid(start, i - start).toLongLong();
        if (i >= t.size())
            return fail(QCoreApplication::translate("CleanupEvaluator", "a unit is missing: s, m, h, d or w"));
        qint64 unit = 0;
        switch (t.at(i).unicode()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            return fail(QCoreApplication::translate("CleanupEvaluator", "unknown unit '%1'").arg(t.at(i)));
        }
        ++i;
        total += n * unit;
        if (total > qint64(100) * 365 * 86400)
            return fail(QCoreApplication::translate("CleanupEvaluator", "more than 100 years"));
    }
    return total;
}

QString formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    QString out;
    const std::pair<qint64, char> units[] = {{7 * 86400, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    // A whole number of days reads better as days unless it is a whole number of weeks.
    qint64 rest = seconds;
    for (const auto &[size, letter] : units) {
        if (letter == 'w' && seconds % size != 0)
            continue;
        if (rest >= size) {
            out += QString::number(rest / size) + QLatin1Char(letter);
            rest %= size;
        }
    }
    return out;
}

} // namespace Cleanup

} // namespace berth
