#include "Terminal.h"

#include "core/DisplayText.h"

#include <cstdio>
#include <unistd.h>

namespace berth {

namespace {
QByteArray &buffer()
{
    static QByteArray b;
    return b;
}
bool g_progressShown = false;
} // namespace

void Terminal::out(const QByteArray &bytes)
{
    buffer() += DisplayText::escapeControlUtf8(bytes);
    outWritten();
}

QByteArray &Terminal::outBuffer()
{
    return buffer();
}

void Terminal::outWritten()
{
    if (buffer().size() > (1 << 16))
        flush();
}

void Terminal::out(const QString &text)
{
    out(DisplayText::escapeControl(text, DisplayText::Keep::LinesAndTabs).toUtf8());
}

void Terminal::flush()
{
    QByteArray &b = buffer();
    if (!b.isEmpty()) {
        std::fwrite(b.constData(), 1, static_cast<size_t>(b.size()), stdout);
        b.truncate(0); // keeps the allocation: clear() would free it, and the next rows grow it again
    }
    std::fflush(stdout);
}

void Terminal::err(const QString &text)
{
    endProgress();
    QByteArray line = DisplayText::escapeControl(text, DisplayText::Keep::LinesAndTabs).toUtf8();
    if (!line.endsWith('\n'))
        line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

bool Terminal::stderrIsTerminal()
{
    static const bool tty = isatty(STDERR_FILENO) == 1;
    return tty;
}

void Terminal::progress(const QString &text)
{
    if (!stderrIsTerminal())
        return;
    const QByteArray line = "\r\x1b[K" + DisplayText::escapeControl(text).toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
    g_progressShown = true;
}

void Terminal::endProgress()
{
    if (!g_progressShown)
        return;
    std::fputs("\r\x1b[K", stderr);
    g_progressShown = false;
}

} // namespace berth
