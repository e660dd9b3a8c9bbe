#include "ManifestRefs.h"

#include <cstring>
#include <limits>
#include <QtEndian>

namespace berth {

bool ManifestRefs::operator==(const ManifestRefs &o) const
{
    if (size != o.size || index != o.index || refs.size() != o.refs.size())
        return false;
    for (int i = 0; i < refs.size(); ++i) {
        if (refs[i].digest != o.refs[i].digest || refs[i].size != o.refs[i].size || refs[i].kind != o.refs[i].kind)
            return false;
    }
    return true;
}

namespace ManifestRefsFormat {

namespace {

constexpr char kMagic[8] = {'B', 'R', 'T', 'H', 'R', 'E', 'F', 'S'};
constexpr int kRecordHead = kRecordHeadSize;
constexpr quint8 kSha256 = 1;
constexpr quint8 kSha512 = 2;
constexpr quint8 kMaxKind = quint8(StorageRef::Kind::Subject);

int hashBytes(quint8 algorithm)
{
    return algorithm == kSha256 ? 32 : algorithm == kSha512 ? 64 : 0;
}

quint64 fnv1a(const char *data, qsizetype size)
{
    quint64 h = 14695981039346656037ULL;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= quint8(data[i]);
        h *= 1099511628211ULL;
    }
    return h;
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putI64(QByteArray &out, qint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

// Reads a payload: the same checks for scan() and decodePayload(), so what scan() accepts decodes.
class PayloadReader
{
public:
    PayloadReader(const char *data, qsizetype size)
        : m_p(data)
        , m_end(data + size)
    { }

    bool digest(QString *out)
    {
        quint8 algo = 0;
        if (!byte(&algo))
            return false;
        const int n = hashBytes(algo);
        if (n == 0 || m_end - m_p < n)
            return false;
        if (out) {
            *out = QLatin1String(algo == kSha256 ? "sha256:" : "sha512:")
                + QString::fromLatin1(QByteArray::fromRawData(m_p, n).toHex());
        }
        m_p += n;
        return true;
    }
    bool byte(quint8 *v)
    {
        if (m_end - m_p < 1)
            return false;
        *v = quint8(*m_p++);
        return true;
    }
    bool u32(quint32 *v)
    {
        if (m_end - m_p < 4)
            return false;
        *v = qFromLittleEndian<quint32>(m_p);
        m_p += 4;
        return true;
    }
    bool size(qint64 *v)
    {
        if (m_end - m_p < 8)
            return false;
        *v = qFromLittleEndian<qint64>(m_p);
        m_p += 8;
        return *v >= 0;
    }
    bool atEnd() const { return m_p == m_end; }
    qsizetype left() const { return m_end - m_p; }

private:
    const char *m_p;
    const char *m_end;
};

// Walks a payload; fills `out` when given. False at the first check that fails.
bool readPayload(const char *data, qsizetype size, QString *digest, ManifestRefs *out)
{
    PayloadReader r(data, size);
    qint64 manifestSize = 0;
    quint8 flags = 0;
    quint32 count = 0;
    if (!r.digest(digest) || !r.size(&manifestSize) || !r.byte(&flags) || flags > 1 || !r.u32(&count)
        || count > quint32(kMaxRefs))
        return false;
    // Each reference takes at least 1 + 1 + 32 + 8 bytes: a count the payload cannot hold is refused
    // before anything is reserved for it.
    if (qsizetype(count) * 42 > r.left())
        return false;
    if (out) {
        out->size = manifestSize;
        out->index = flags & 1;
        out->refs.clear();
        out->refs.reserve(qsizetype(count));
    }
    for (quint32 i = 0; i < count; ++i) {
        quint8 kind = 0;
        StorageRef ref;
        if (!r.byte(&kind) || kind > kMaxKind || !r.digest(out ? &ref.digest : nullptr) || !r.size(&ref.size))
            return false;
        if (out) {
            ref.kind = StorageRef::Kind(kind);
            out->refs.append(std::move(ref));
        }
    }
    return r.atEnd();
}

} // namespace

QByteArray header()
{
    QByteArray h(kMagic, sizeof kMagic);
    putU32(h, kVersion);
    return h;
}

bool hasValidHeader(const QByteArray &file)
{
    return file.size() >= kHeaderSize && std::memcmp(file.constData(), kMagic, sizeof kMagic) == 0
        && qFromLittleEndian<quint32>(file.constData() + 8) == kVersion;
}

QByteArray digestKey(const QString &digest)
{
    quint8 algo = 0;
    if (digest.startsWith(QLatin1String("sha256:")))
        algo = kSha256;
    else if (digest.startsWith(QLatin1String("sha512:")))
        algo = kSha512;
    const int n = hashBytes(algo);
    if (n == 0 || digest.size() != 7 + 2 * n)
        return {};
    for (qsizetype i = 7; i < digest.size(); ++i) {
        const QChar c = digest.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return {};
    }
    QByteArray key(1, char(algo));
    key += QByteArray::fromHex(digest.mid(7).toLatin1());
    return key;
}

QByteArray encodeRecord(const QString &digest, const ManifestRefs &refs)
{
    if (refs.refs.size() > kMaxRefs || refs.size < 0)
        return {};
    QByteArray payload = digestKey(digest);
    if (payload.isEmpty())
        return {};
    putI64(payload, refs.size);
    payload.append(char(refs.index ? 1 : 0));
    putU32(payload, quint32(refs.refs.size()));
    for (const StorageRef &ref : refs.refs) {
        const QByteArray key = digestKey(ref.digest);
        if (key.isEmpty() || ref.size < 0)
            return {};
        payload.append(char(ref.kind));
        payload += key;
        putI64(payload, ref.size);
    }
    if (payload.size() > kMaxRecordBytes)
        return {};
    QByteArray record;
    record.reserve(kRecordHead + payload.size());
    putU32(record, quint32(payload.size()));
    char sum[8];
    qToLittleEndian(fnv1a(payload.constData(), payload.size()), sum);
    record.append(sum, 8);
    record += payload;
    return record;
}

Scan scan(const QByteArray &file)
{
    Scan s;
    if (!hasValidHeader(file) || file.size() > qsizetype(std::numeric_limits<quint32>::max())) {
        s.badHeader = true;
        return s;
    }
    const char *data = file.constData();
    qsizetype pos = kHeaderSize;
    const qsizetype end = file.size();
    while (pos < end) {
        if (end - pos < kRecordHead) {
            s.truncated = true;
            break;
        }
        const quint32 length = qFromLittleEndian<quint32>(data + pos);
        const quint64 sum = qFromLittleEndian<quint64>(data + pos + 4);
        if (length == 0 || length > quint32(kMaxRecordBytes)) {
            // No way to find the next record: what follows is lost, what came before stays.
            ++s.skipped;
            break;
        }
        if (end - pos - kRecordHead < qsizetype(length)) {
            s.truncated = true;
            break;
        }
        const qsizetype payload = pos + kRecordHead;
        pos = payload + length;
        if (fnv1a(data + payload, length) != sum || !readPayload(data + payload, length, nullptr, nullptr)) {
            ++s.skipped;
            continue;
        }
        const int n = hashBytes(quint8(data[payload]));
        s.offsets.insert(QByteArray(data + payload, 1 + n), quint32(payload));
    }
    return s;
}

bool decodePayload(const QByteArray &file, quint32 offset, QString *digest, ManifestRefs *out)
{
    if (qsizetype(offset) < kRecordHead || qsizetype(offset) > file.size())
        return false;
    const quint32 length = qFromLittleEndian<quint32>(file.constData() + offset - kRecordHead);
    if (qsizetype(length) > file.size() - qsizetype(offset))
        return false;
    return readPayload(file.constData() + offset, length, digest, out);
}

} // namespace ManifestRefsFormat

} // namespace berth
