#include "SecretWipe.h"

#include <cstddef>

namespace berth {

namespace {

// Volatile writes: a plain memset just before the buffer is freed is a dead store that the
// compiler may drop.
void zero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        p[i] = 0;
}

} // namespace

bool wipeIfSoleOwner(QByteArray &bytes)
{
    // isDetached(): heap data with exactly one reference; false for shared and literal data.
    if (bytes.isEmpty() || !bytes.isDetached())
        return false;
    zero(bytes.data(), std::size_t(bytes.size())); // data() does not detach a detached array
    return true;
}

bool wipeIfSoleOwner(QString &text)
{
    if (text.isEmpty() || !text.isDetached())
        return false;
    zero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    return true;
}

} // namespace berth
