#include "HarborJson.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

// Harbor's times: read and written by hand for the two shapes Harbor uses, because `ls --all`
// reads three and writes two per tag (bench/README.md, enumerate profile); Qt reads anything else.
namespace berth {
namespace HarborJson {

namespace {
// Harbor writes times as Go's time.Time in UTC: "2006-01-02T15:04:05.000Z" or without the
// fraction. Read exactly those shapes by hand (QDateTime::fromString costs about 5 µs each,
// and `ls --all` reads three per tag); anything else goes through Qt's full ISO 8601 reader.
bool readDigits(const QChar *p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *out = v;
    return true;
}

QDateTime parseUtcFast(const QString &text)
{
    const qsizetype n = text.size();
    if (n != 20 && n != 24)
        return {};
    const QChar *p = text.constData();
    if (p[4] != u'-' || p[7] != u'-' || p[10] != u'T' || p[13] != u':' || p[16] != u':' || p[n - 1] != u'Z')
        return {};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!readDigits(p, 4, &y) || !readDigits(p + 5, 2, &mo) || !readDigits(p + 8, 2, &d) || !readDigits(p + 11, 2, &h)
        || !readDigits(p + 14, 2, &mi) || !readDigits(p + 17, 2, &s))
        return {};
    if (n == 24 && (p[19] != u'.' || !readDigits(p + 20, 3, &ms)))
        return {};
    // Qt reads 24:00 as the next midnight and a leap second 60 not at all: leave both to it.
    if (y < 1 || h > 23)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = parseUtcFast(text);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    t = t.toUTC();
    // Go's zero time (0001-01-01T00:00:00Z) is Harbor's "never". The day is judged on the parsed
    // value, not the text: Qt also reads "0001-01/01" as that day, and formatTime() must never
    // write a time that parseTime() then reads as "never".
    if (t.date() == QDate(1, 1, 1))
        return {};
    return t;
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    if (d.year() < 1 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // What toString(Qt::ISODateWithMs) writes for these years, without its format machinery
    // (it went through QString::asprintf per field; `ls --all` formats two times per row).
    const QTime t = utc.time();
    char buf[24];
    const auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = '-';
    put(5, d.month(), 2);
    buf[7] = '-';
    put(8, d.day(), 2);
    buf[10] = 'T';
    put(11, t.hour(), 2);
    buf[13] = ':';
    put(14, t.minute(), 2);
    buf[16] = ':';
    put(17, t.second(), 2);
    buf[19] = '.';
    put(20, t.msec(), 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

} // namespace HarborJson
} // namespace berth
