#include "StreamHash.h"

#ifdef BERTH_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace berth {

#ifdef BERTH_HAVE_OPENSSL

struct StreamHash::Impl
{
    EVP_MD_CTX *ctx = nullptr;
    QByteArray result;
    bool done = false;
};

StreamHash::StreamHash(Algorithm algorithm)
    : d(std::make_unique<Impl>())
{
    d->ctx = EVP_MD_CTX_new();
    // Allocation is the only way these fail; the digest then stays empty and never matches.
    if (d->ctx
        && EVP_DigestInit_ex(d->ctx, algorithm == Algorithm::Sha512 ? EVP_sha512() : EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(d->ctx);
        d->ctx = nullptr;
    }
}

StreamHash::~StreamHash()
{
    if (d->ctx)
        EVP_MD_CTX_free(d->ctx);
}

void StreamHash::addData(QByteArrayView bytes)
{
    if (d->ctx && !d->done && !bytes.isEmpty())
        EVP_DigestUpdate(d->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray StreamHash::hexResult()
{
    if (!d->done) {
        d->done = true;
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (d->ctx && EVP_DigestFinal_ex(d->ctx, md, &length) == 1)
            d->result = QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
    }
    return d->result;
}

#else

struct StreamHash::Impl
{
    explicit Impl(QCryptographicHash::Algorithm a)
        : hash(a)
    { }
    QCryptographicHash hash;
    QByteArray result;
    bool done = false;
};

StreamHash::StreamHash(Algorithm algorithm)
    : d(std::make_unique<Impl>(
        algorithm == Algorithm::Sha512 ? QCryptographicHash::Sha512 : QCryptographicHash::Sha256))
{ }

StreamHash::~StreamHash() = default;

void StreamHash::addData(QByteArrayView bytes)
{
    if (!d->done)
        d->hash.addData(bytes);
}

QByteArray StreamHash::hexResult()
{
    if (!d->done) {
        d->done = true;
        d->result = d->hash.result().toHex();
    }
    return d->result;
}

#endif

QByteArray StreamHash::hex(Algorithm algorithm, QByteArrayView bytes)
{
    StreamHash h(algorithm);
    h.addData(bytes);
    return h.hexResult();
}

} // namespace berth
