#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace berth {

// Reads one HTTP/1.1 response (RFC 9112) from bytes as they arrive, in any split: the status line,
// the header fields, then the body by Content-Length, chunked transfer coding, or until the
// connection closes. Informational (1xx) responses before the final one are skipped. It answers
// whether the connection may carry another request afterwards.
//
// Everything a server sends is bounded: the status line and header block together (64 KiB, as
// much as nginx's large_client_header_buffers allow four times over), the number of header fields
// (200), chunk sizes (no overflow). A response it cannot read exactly fails with a reason, never a
// guess.
class HttpResponseParser
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr int kMaxHeaderFields = 200;
    static constexpr int kMaxInterimResponses = 10;

    enum class State { Head, Body, Done, Failed };

    // `headRequest`: the response to HEAD has no body whatever its Content-Length says.
    explicit HttpResponseParser(bool headRequest = false) { reset(headRequest); }
    void reset(bool headRequest);

    // Reads what it can of `data`; body bytes are appended to `body`. Returns the number of bytes
    // used: less than `size` only once the response is complete (the rest belongs to no
    // request, which makes the connection unusable) or it failed.
    qsizetype feed(const char *data, qsizetype size, QByteArray &body);
    // The same, but stops where the body starts: the caller may then choose where it goes.
    qsizetype feedHead(const char *data, qsizetype size);
    // The connection closed: completes a body that runs until the close, and fails otherwise
    // (unless already done).
    void closed();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Done; }
    bool isDone() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    // Whether nothing of a response has arrived yet (a reused connection that closed at once).
    bool nothingReceived() const { return !m_anyByte; }
    QString failure() const { return m_failure; }

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    // In the order received, names as sent; repeated fields stay separate.
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // -1 when the body is chunked or runs until the connection closes.
    qint64 contentLength() const { return m_contentLength; }
    qint64 bodyBytesReceived() const { return m_bodyReceived; }
    // Whether another request may follow on this connection once the response is done.
    bool keepAlive() const { return m_keepAlive; }

private:
    enum class BodyMode { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    qsizetype readHead(const char *data, qsizetype size);
    qsizetype feedBody(const char *data, qsizetype size, QByteArray &body);
    qsizetype feedChunked(const char *data, qsizetype size, QByteArray &body);
    bool parseHead(); // the complete header block in m_head
    bool chooseBody();
    void fail(const QString &why);
    void done();

    State m_state = State::Head;
    bool m_headRequest = false;
    bool m_anyByte = false;
    QByteArray m_head; // status line and header fields, until the empty line
    int m_status = 0;
    int m_minorVersion = 1;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the body (Length) or of the current chunk (Chunked)
    qint64 m_bodyReceived = 0;
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_line; // a chunk-size line or trailer line being read
    qsizetype m_trailerBytes = 0;
    int m_interim = 0; // 1xx responses skipped
    bool m_keepAlive = true;
    QString m_failure;
};

} // namespace berth
