// libFuzzer target: HttpResponseParser over the input as a server's bytes. The first byte picks a
// HEAD request or not, whether the connection closes at the end, and the size of the pieces the
// bytes arrive in; the same bytes read whole must give the same answer as read in pieces.
#include "core/HttpResponseParser.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

struct Reading
{
    HttpResponseParser::State state;
    int status;
    QByteArray body;
    bool keepAlive;
    QString failure;
    qsizetype used;
    qint64 contentLength;
    qint64 bodyBytes;
};

// `headFirst`: each piece goes to feedHead() until the header block is read, as PlainHttpPool
// reads, then to feed().
Reading read(const char *data, qsizetype size, bool head, bool close, qsizetype piece, bool headFirst = false)
{
    HttpResponseParser p(head);
    Reading r {};
    for (qsizetype at = 0; at < size;) {
        const qsizetype n = std::min(piece, size - at);
        qsizetype used = 0;
        if (headFirst && p.state() == HttpResponseParser::State::Head) {
            used = p.feedHead(data + at, n);
            FUZZ_CHECK(used >= 0 && used <= n);
            FUZZ_CHECK(r.body.isEmpty());
            if (p.state() == HttpResponseParser::State::Body && used < n)
                used += p.feed(data + at + used, n - used, r.body);
        } else {
            used = p.feed(data + at, n, r.body);
        }
        FUZZ_CHECK(used >= 0 && used <= n);
        r.used += used;
        at += used;
        if (used < n)
            break; // done or failed: the rest is not the response's
    }
    if (close)
        p.closed();
    r.state = p.state();
    r.status = p.status();
    r.keepAlive = p.keepAlive();
    r.failure = p.failure();
    r.contentLength = p.contentLength();
    r.bodyBytes = p.bodyBytesReceived();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool head = data[0] & 1;
    const bool close = data[0] & 2;
    const qsizetype piece = 1 + (data[0] >> 2);
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype n = static_cast<qsizetype>(size - 1);

    const Reading whole = read(bytes, n, head, close, n > 0 ? n : 1);
    const Reading pieces = read(bytes, n, head, close, piece);
    const Reading headFirst = read(bytes, n, head, close, piece, true);
    FUZZ_CHECK(whole.state == headFirst.state);
    FUZZ_CHECK(whole.body == headFirst.body);
    FUZZ_CHECK(whole.used == headFirst.used);
    FUZZ_CHECK(whole.status == headFirst.status);
    FUZZ_CHECK(whole.failure == headFirst.failure);
    FUZZ_CHECK(whole.state == pieces.state);
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.body == pieces.body);
    FUZZ_CHECK(whole.keepAlive == pieces.keepAlive);
    FUZZ_CHECK(whole.failure == pieces.failure);
    FUZZ_CHECK(whole.used == pieces.used);
    FUZZ_CHECK(whole.body.size() == whole.bodyBytes);
    FUZZ_CHECK(whole.body.size() <= n);
    if (whole.state == HttpResponseParser::State::Failed) {
        FUZZ_CHECK(!whole.failure.isEmpty());
        FUZZ_CHECK(!whole.keepAlive);
    } else {
        FUZZ_CHECK(whole.failure.isEmpty());
    }
    if (whole.state == HttpResponseParser::State::Done) {
        FUZZ_CHECK(whole.status >= 200 && whole.status <= 599);
        if (head)
            FUZZ_CHECK(whole.body.isEmpty());
        else if (whole.contentLength >= 0 && whole.status != 204 && whole.status != 304)
            FUZZ_CHECK(whole.body.size() == whole.contentLength);
    }
    return 0;
}
