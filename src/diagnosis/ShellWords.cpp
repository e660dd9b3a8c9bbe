// Splitting a pasted command line into words as a POSIX shell would, without running or
// expanding anything (POSIX.1-2017, Shell Command Language, 2.2 Quoting and 2.6.2 Parameter
// Expansion), for CurlCommand::parse.
#include "CurlCommand.h"

#include <QCoreApplication>
#include <utility>

namespace berth {
namespace CurlCommand {

namespace {

bool isNameChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit() && c.unicode() < 128);
}

// Reads $name, ${name} or a special parameter at text[i] (which is '$'). Returns the length
// consumed (0 when the '$' is literal) and the variable name.
int readParameter(const QString &text, int i, QString *name)
{
    if (i + 1 >= text.size())
        return 0;
    const QChar n = text.at(i + 1);
    if (n == QLatin1Char('{')) {
        const int close = text.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0)
            return 0;
        *name = text.mid(i + 2, close - i - 2);
        return close - i + 1;
    }
    if (isNameChar(n, true)) {
        int j = i + 1;
        while (j < text.size() && isNameChar(text.at(j), j == i + 1))
            ++j;
        *name = text.mid(i + 1, j - i - 1);
        return j - i;
    }
    if (n.isDigit() || QStringLiteral("@*#?$!-").contains(n)) {
        *name = QString(n);
        return 2;
    }
    return 0;
}

} // namespace

QList<Word> splitWords(const QString &input, QString *error)
{
    QList<Word> words;
    const QString &text = input;
    // A backslash before a line break joins the lines, outside single quotes (2.2.1, 2.2.3);
    // "\\\r\n" too, as pasted from Windows. Returns the length to skip at `at`, or 0.
    const auto continuation = [&text](int at) {
        if (text.at(at) != QLatin1Char('\\'))
            return 0;
        if (at + 1 < text.size() && text.at(at + 1) == QLatin1Char('\n'))
            return 2;
        if (at + 2 < text.size() && text.at(at + 1) == QLatin1Char('\r') && text.at(at + 2) == QLatin1Char('\n'))
            return 3;
        return 0;
    };
    Word cur;
    bool inWord = false;
    bool dropNext = false; // the word after a redirection is the shell's, not curl's
    int i = 0;
    const auto flush = [&] {
        if (inWord && !dropNext)
            words.append(cur);
        else if (inWord)
            dropNext = false;
        cur = Word {};
        inWord = false;
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (const int n = continuation(i)) {
            i += n;
            continue;
        }
        // Only these separate words (IFS); other spaces, such as U+00A0, are part of a word.
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            flush();
            ++i;
            continue;
        }
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('|') || c == QLatin1Char(';') || (c == QLatin1Char('&') && next != QLatin1Char('>'))) {
            flush(); // curl's command ends here: | jq, && echo, ; and & start another
            break;
        }
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&')) {
            // A redirection (> out.json, 2>&1, &>log): an fd number before it, the operator and
            // the next word are not arguments.
            bool fd = inWord && !cur.typed.isEmpty();
            for (const QChar d : std::as_const(cur.typed))
                fd = fd && d.isDigit();
            if (fd)
                cur = Word {}, inWord = false;
            flush();
            while (i < text.size() && QStringLiteral("<>&|").contains(text.at(i)))
                ++i;
            dropNext = true;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            const int close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                if (error)
                    *error = QCoreApplication::translate("berth::CurlCommand", "a single quote is never closed");
                return {};
            }
            const QString lit = text.mid(i + 1, close - i - 1);
            cur.typed += lit;
            cur.expanded += lit;
            i = close + 1;
        } else if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar d = text.at(i);
                if (const int n = continuation(i)) {
                    i += n;
                    continue;
                }
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()
                    && QStringLiteral("\"\\$`").contains(text.at(i + 1))) {
                    cur.typed += text.at(i + 1);
                    cur.expanded += text.at(i + 1);
                    i += 2;
                    continue;
                }
                if (d == QLatin1Char('$')) {
                    QString name;
                    const int n = readParameter(text, i, &name);
                    if (n > 0) {
                        cur.typed += text.mid(i, n);
                        cur.variables << name; // expands to nothing when unset
                        i += n;
                        continue;
                    }
                }
                cur.typed += d;
                cur.expanded += d;
                ++i;
            }
            if (!closed) {
                if (error)
                    *error = QCoreApplication::translate("berth::CurlCommand", "a double quote is never closed");
                return {};
            }
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < text.size()) {
                cur.typed += text.at(i + 1);
                cur.expanded += text.at(i + 1);
            }
            i += 2;
        } else if (c == QLatin1Char('$')) {
            QString name;
            const int n = readParameter(text, i, &name);
            if (n > 0) {
                cur.typed += text.mid(i, n);
                cur.variables << name;
                i += n;
            } else {
                cur.typed += c;
                cur.expanded += c;
                ++i;
            }
        } else {
            cur.typed += c;
            cur.expanded += c;
            ++i;
        }
    }
    flush();
    return words;
}

} // namespace CurlCommand
} // namespace berth
