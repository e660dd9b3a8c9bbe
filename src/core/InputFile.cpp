#include "InputFile.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>

namespace berth {
namespace InputFile {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct InputFileText
{
    Q_DECLARE_TR_FUNCTIONS(berth::InputFile)
};

QString tooLarge(qint64 maxBytes)
{
    return InputFileText::tr("larger than %1 MiB").arg(maxBytes / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> read(const QString &path, QString *error, qint64 maxBytes)
{
    QFile f;
    // Standard input through stdio, not a second buffer: other readers of stdin (a secret's
    // line, an answer) use stdio too.
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = f.errorString();
        return std::nullopt;
    }
    // In blocks: a pipe or a device has no size to check first.
    QByteArray data;
    char buf[65536];
    qint64 n;
    while ((n = f.read(buf, sizeof buf)) > 0) {
        if (data.size() + n > maxBytes) {
            *error = tooLarge(maxBytes);
            return std::nullopt;
        }
        data.append(buf, static_cast<qsizetype>(n));
    }
    if (n < 0) {
        *error = f.errorString();
        return std::nullopt;
    }
    return data;
}

QByteArray readStdinLine(qsizetype maxBytes, bool *gotLine)
{
    QByteArray line;
    line.reserve(maxBytes + 1);
    int c = EOF;
    while (line.size() < maxBytes && (c = std::fgetc(stdin)) != EOF && c != '\n')
        line += static_cast<char>(c);
    if (line.endsWith('\r'))
        line.chop(1);
    if (gotLine)
        *gotLine = !line.isEmpty() || c == '\n';
    return line;
}

} // namespace InputFile
} // namespace berth
