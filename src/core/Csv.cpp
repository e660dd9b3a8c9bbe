#include "Csv.h"

namespace berth {
namespace Csv {

QString field(const QString &value)
{
    QString out;
    out.reserve(value.size() + 3);
    out += QLatin1Char('"');
    if (!value.isEmpty()) {
        const QChar c = value.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            out += QLatin1Char('\'');
    }
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString record(const QStringList &values)
{
    QString out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(values.at(i));
    }
    out += QLatin1String("\r\n");
    return out;
}

} // namespace Csv
} // namespace berth
