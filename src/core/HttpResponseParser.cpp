#include "HttpResponseParser.h"

#include "HttpTokens.h"

#include <cstring>
#include <limits>
#include <QCoreApplication>

namespace berth {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(berth::HttpResponseParser)
};

constexpr qsizetype kMaxChunkLine = 4096;

QByteArray trimmedOws(const char *begin, const char *end)
{
    while (begin < end && isHttpWhitespace(*begin))
        ++begin;
    while (end > begin && isHttpWhitespace(end[-1]))
        --end;
    return QByteArray(begin, end - begin);
}

// Whether a comma-separated field value lists `token` (case-insensitive).
bool listsToken(const QByteArray &value, const char *token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &p : parts)
        if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

void HttpResponseParser::reset(bool headRequest)
{
    m_state = State::Head;
    m_headRequest = headRequest;
    m_anyByte = false;
    m_head.clear();
    m_status = 0;
    m_minorVersion = 1;
    m_reason.clear();
    m_headers.clear();
    m_bodyMode = BodyMode::None;
    m_contentLength = -1;
    m_remaining = 0;
    m_bodyReceived = 0;
    m_chunkState = ChunkState::Size;
    m_line.clear();
    m_trailerBytes = 0;
    m_interim = 0;
    m_keepAlive = true;
    m_failure.clear();
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size, QByteArray &body)
{
    qsizetype used = 0;
    if (size > 0)
        m_anyByte = true;
    while (used < size && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head)
            used += readHead(data + used, size - used);
        else
            used += feedBody(data + used, size - used, body);
    }
    // A response with nothing (left) to read is done even before more bytes come.
    if (m_state == State::Body && m_bodyMode == BodyMode::Length && m_remaining == 0)
        done();
    return used;
}

qsizetype HttpResponseParser::feedHead(const char *data, qsizetype size)
{
    qsizetype used = 0;
    if (size > 0)
        m_anyByte = true;
    while (used < size && m_state == State::Head)
        used += readHead(data + used, size - used);
    return used;
}

qsizetype HttpResponseParser::readHead(const char *data, qsizetype size)
{
    const qsizetype before = m_head.size();
    const qsizetype room = kMaxHeaderBytes - before;
    const qsizetype take = std::min(size, room);
    m_head.append(data, take);
    // The block ends at an empty line; LF alone is accepted as a line end (RFC 9112 §2.2).
    const qsizetype from = std::max<qsizetype>(0, before - 3);
    qsizetype end = -1;
    for (qsizetype i = m_head.indexOf('\n', from); i >= 0; i = m_head.indexOf('\n', i + 1)) {
        if (i + 1 < m_head.size() && m_head.at(i + 1) == '\n') {
            end = i + 2;
            break;
        }
        if (i + 2 < m_head.size() && m_head.at(i + 1) == '\r' && m_head.at(i + 2) == '\n') {
            end = i + 3;
            break;
        }
    }
    if (end < 0) {
        if (take < size || m_head.size() >= kMaxHeaderBytes)
            fail(Text::tr("the response's header block is larger than %1 KiB").arg(kMaxHeaderBytes / 1024));
        return take;
    }
    const qsizetype usedHere = end - before;
    m_head.truncate(end);
    if (!parseHead())
        return usedHere;
    if (m_status >= 100 && m_status < 200) {
        // 100 Continue and the like: the final response follows on the same connection. A
        // server that sends them without end keeps no request alive for ever.
        if (++m_interim > kMaxInterimResponses) {
            fail(Text::tr("the server sent more than %1 interim (1xx) responses").arg(kMaxInterimResponses));
            return usedHere;
        }
        m_head.clear();
        m_headers.clear();
        m_reason.clear();
        m_status = 0;
        return usedHere;
    }
    m_head.clear();
    m_head.squeeze();
    if (chooseBody())
        m_state = m_bodyMode == BodyMode::None ? State::Done : State::Body;
    if (m_state == State::Done)
        done();
    return usedHere;
}

bool HttpResponseParser::parseHead()
{
    QList<QByteArray> lines;
    {
        const char *p = m_head.constData();
        const char *end = p + m_head.size();
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!nl)
                break;
            const char *lineEnd = (nl > p && nl[-1] == '\r') ? nl - 1 : nl;
            lines.append(QByteArray(p, lineEnd - p));
            p = nl + 1;
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        fail(Text::tr("the response has no status line"));
        return false;
    }
    // "HTTP/1.1 200 OK": the version, a space, three digits, then an optional reason.
    const QByteArray &sl = lines.first();
    if (sl.size() < 12 || !sl.startsWith("HTTP/1.") || sl.at(7) < '0' || sl.at(7) > '9' || sl.at(8) != ' '
        || sl.at(9) < '1' || sl.at(9) > '5' || sl.at(10) < '0' || sl.at(10) > '9' || sl.at(11) < '0' || sl.at(11) > '9'
        || (sl.size() > 12 && sl.at(12) != ' ')) {
        fail(Text::tr("the response does not start with an HTTP/1.x status line"));
        return false;
    }
    m_minorVersion = sl.at(7) - '0';
    m_status = (sl.at(9) - '0') * 100 + (sl.at(10) - '0') * 10 + (sl.at(11) - '0');
    m_reason = sl.size() > 13 ? sl.mid(13) : QByteArray();
    if (m_status == 101) {
        fail(Text::tr("the server switched protocols, which Berth never asks for"));
        return false;
    }
    if (lines.size() - 1 > kMaxHeaderFields) {
        fail(Text::tr("the response has more than %1 header fields").arg(kMaxHeaderFields));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.at(0) == ' ' || line.at(0) == '\t') {
            // Obsolete line folding (RFC 9112 §5.2): joined with a space.
            if (m_headers.isEmpty()) {
                fail(Text::tr("the response's first header field starts with white space"));
                return false;
            }
            QByteArray &value = m_headers.last().second;
            value += ' ';
            value += trimmedOws(line.constData(), line.constData() + line.size());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(Text::tr("the response has a header line without a field name"));
            return false;
        }
        for (qsizetype c = 0; c < colon; ++c) {
            if (!isHttpTokenChar(line.at(c))) {
                fail(Text::tr("the response has a header field name that is not a token"));
                return false;
            }
        }
        m_headers.append({line.left(colon), trimmedOws(line.constData() + colon + 1, line.constData() + line.size())});
    }
    return true;
}

bool HttpResponseParser::chooseBody()
{
    QByteArray transferEncoding, connection;
    QByteArray length;
    bool lengthSeen = false;
    for (const auto &h : m_headers) {
        if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += transferEncoding.isEmpty() ? h.second : ", " + h.second;
        } else if (h.first.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += connection.isEmpty() ? h.second : ", " + h.second;
        } else if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            // Repeated or listed values must all agree (RFC 9110 §8.6).
            for (const QByteArray &part : h.second.split(',')) {
                const QByteArray v = part.trimmed();
                if (lengthSeen && v != length) {
                    fail(Text::tr("the response has two different Content-Length values"));
                    return false;
                }
                length = v;
                lengthSeen = true;
            }
        }
    }
    m_keepAlive = m_minorVersion >= 1 ? !listsToken(connection, "close") : listsToken(connection, "keep-alive");

    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_bodyMode = BodyMode::None;
        return true;
    }
    if (!transferEncoding.isEmpty()) {
        // Only chunked: gzip and the like were never asked for (no TE or Accept-Encoding is sent).
        if (transferEncoding.trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(Text::tr("the response uses a transfer coding Berth did not ask for (%1)")
                     .arg(QString::fromLatin1(transferEncoding.left(80))));
            return false;
        }
        // A length beside it is ignored, and the connection not reused (RFC 9112 §6.3).
        m_bodyMode = BodyMode::Chunked;
        if (lengthSeen)
            m_keepAlive = false;
        return true;
    }
    if (lengthSeen) {
        if (length.isEmpty() || length.size() > 18) {
            fail(Text::tr("the response's Content-Length is not a usable number"));
            return false;
        }
        qint64 n = 0;
        for (char c : length) {
            if (c < '0' || c > '9') {
                fail(Text::tr("the response's Content-Length is not a usable number"));
                return false;
            }
            n = n * 10 + (c - '0');
        }
        m_contentLength = n;
        m_remaining = n;
        m_bodyMode = n == 0 ? BodyMode::None : BodyMode::Length;
        return true;
    }
    m_bodyMode = BodyMode::UntilClose;
    m_keepAlive = false;
    return true;
}

qsizetype HttpResponseParser::feedBody(const char *data, qsizetype size, QByteArray &body)
{
    switch (m_bodyMode) {
    case BodyMode::None:
        done();
        return 0;
    case BodyMode::Length: {
        const qsizetype take = static_cast<qsizetype>(std::min<qint64>(size, m_remaining));
        body.append(data, take);
        m_remaining -= take;
        m_bodyReceived += take;
        if (m_remaining == 0)
            done();
        return take;
    }
    case BodyMode::UntilClose:
        body.append(data, size);
        m_bodyReceived += size;
        return size;
    case BodyMode::Chunked:
        return feedChunked(data, size, body);
    }
    return 0;
}

qsizetype HttpResponseParser::feedChunked(const char *data, qsizetype size, QByteArray &body)
{
    qsizetype used = 0;
    while (used < size && m_state == State::Body) {
        if (m_chunkState == ChunkState::Data) {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(size - used, m_remaining));
            body.append(data + used, take);
            used += take;
            m_remaining -= take;
            m_bodyReceived += take;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
            continue;
        }
        // The other states read a line.
        const char *start = data + used;
        const char *nl = static_cast<const char *>(std::memchr(start, '\n', static_cast<size_t>(size - used)));
        const qsizetype take = nl ? (nl - start) + 1 : size - used;
        if (m_line.size() + take > kMaxChunkLine + 2) {
            fail(Text::tr("the response has a chunk line longer than %1 bytes").arg(kMaxChunkLine));
            return used;
        }
        m_line.append(start, nl ? take - 1 : take);
        used += take;
        if (m_chunkState == ChunkState::Trailer) {
            m_trailerBytes += take;
            if (m_trailerBytes > kMaxHeaderBytes) {
                fail(Text::tr("the response's trailer is larger than %1 KiB").arg(kMaxHeaderBytes / 1024));
                return used;
            }
        }
        if (!nl)
            continue;
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        const QByteArray line = m_line;
        m_line.clear();
        switch (m_chunkState) {
        case ChunkState::Size: {
            qint64 n = 0;
            qsizetype i = 0;
            for (; i < line.size(); ++i) {
                const char c = line.at(i);
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else
                    break;
                if (n > (std::numeric_limits<qint64>::max() >> 4)) {
                    fail(Text::tr("the response has a chunk size too large to be real"));
                    return used;
                }
                n = n * 16 + digit;
            }
            // Chunk extensions (";name=value") follow the size and are ignored.
            if (i == 0 || (i < line.size() && line.at(i) != ';' && line.at(i) != ' ' && line.at(i) != '\t')) {
                fail(Text::tr("the response has a chunk size that is not a hexadecimal number"));
                return used;
            }
            if (n == 0) {
                m_chunkState = ChunkState::Trailer;
            } else {
                m_remaining = n;
                m_chunkState = ChunkState::Data;
            }
            break;
        }
        case ChunkState::DataEnd:
            if (!line.isEmpty()) {
                fail(Text::tr("the response has a chunk longer than its size says"));
                return used;
            }
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailer:
            if (line.isEmpty())
                done();
            break;
        case ChunkState::Data:
            break;
        }
    }
    return used;
}

void HttpResponseParser::closed()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    if (m_state == State::Body && m_bodyMode == BodyMode::UntilClose) {
        done();
        return;
    }
    if (m_state == State::Head)
        fail(m_anyByte ? Text::tr("the connection closed in the middle of the response's header")
                       : Text::tr("the connection closed before any response"));
    else
        fail(Text::tr("the connection closed before the whole body arrived"));
}

void HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_failure = why;
    m_keepAlive = false;
}

void HttpResponseParser::done()
{
    m_state = State::Done;
}

} // namespace berth
