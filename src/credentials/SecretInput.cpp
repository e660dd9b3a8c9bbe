#include "SecretInput.h"

#include "core/InputFile.h"

namespace berth {

namespace {

// Writes through a volatile pointer, so the compiler cannot drop the stores as dead.
void overwrite(char *data, qsizetype size)
{
    volatile char *p = data;
    for (qsizetype i = 0; i < size; ++i)
        p[i] = 0;
}

} // namespace

QString readSecretFromStdin()
{
    QByteArray line = InputFile::readStdinLine(64 * 1024);
    QString text = QString::fromUtf8(line);
    overwrite(line.data(), line.size()); // the only reference: data() does not detach
    // Trimmed in place (the rvalue overload), so no untrimmed copy stays behind.
    return std::move(text).trimmed();
}

} // namespace berth
