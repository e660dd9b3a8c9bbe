#pragma once

#include <memory>
#include <QByteArray>
#include <QByteArrayView>

namespace berth {

// SHA-256 or SHA-512 over bytes that arrive in pieces (a layer streamed between registries) or at
// once (a manifest). With OpenSSL's libcrypto (BERTH_OPENSSL, on by default) it hashes through
// EVP, which uses the CPU's SHA extensions: Qt 6.4's QCryptographicHash is a portable C
// implementation, measured here at a tenth of that speed (3.4 s against 0.34 s for 200 MiB), and
// a copy of a large image spent most of its CPU there. Without it, QCryptographicHash.
class StreamHash
{
public:
    enum class Algorithm { Sha256, Sha512 };

    explicit StreamHash(Algorithm algorithm);
    ~StreamHash();
    StreamHash(const StreamHash &) = delete;
    StreamHash &operator=(const StreamHash &) = delete;

    void addData(QByteArrayView bytes);
    // Lower-case hex of the digest; the hash is finished (further data is ignored).
    QByteArray hexResult();

    static QByteArray hex(Algorithm algorithm, QByteArrayView bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace berth
