#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// stdout for results, stderr for explanations and progress (input: core/InputFile). Output is
// buffered and written in large blocks, because `ls --all --json` may print 100,000 rows.
// Text (QString) is what people read, and it may quote a server: every control character in it
// except '\n' and '\t' is escaped on the way out (DisplayText::escapeControl), so no escape
// sequence reaches the terminal. Bytes (QByteArray) are machine formats (JSON, CSV): they keep
// their line structure, and the controls JSON leaves raw become \uXXXX escapes
// (DisplayText::escapeControlUtf8), which change no JSON value.
class Terminal
{
public:
    static void out(const QByteArray &bytes);
    static void out(const QString &text);
    // Bytes a writer has already made what out() would write (JsonText::appendTerminalSafeString,
    // RowFormat::appendTerminalSafeTagRows): `write(QByteArray &)` appends them to the output
    // buffer itself, and nothing looks at every byte again.
    template<class Write>
    static void outTerminalSafe(Write &&write)
    {
        write(outBuffer());
        outWritten();
    }
    static void flush();
    static void err(const QString &text); // a line (newline added when missing)
    static bool stderrIsTerminal();
    // A progress line that rewrites itself; only when stderr is a terminal.
    static void progress(const QString &text);
    static void endProgress();

private:
    static QByteArray &outBuffer();
    static void outWritten(); // flushes a full buffer
};

} // namespace berth
