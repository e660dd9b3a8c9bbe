#include "TreeSnapshotFormat.h"

#include <cstring>
#include <QStringList>
#include <QtEndian>

namespace berth::snapshot {

namespace {

constexpr char magic[8] = {'B', 'E', 'R', 'T', 'H', 'S', 'N', 'P'};
constexpr int fileHeaderBytes = 8 + 4 + 4 + 8 + 8;
constexpr quint32 idHead = 0x44414548; // "HEAD"
constexpr quint32 idStrings = 0x53525453; // "STRS"
constexpr quint32 idProject = 0x4a4f5250; // "PROJ"
constexpr quint32 maxNameBytes = 4096; // Harbor caps repository names at 255, tags at 128
constexpr quint32 maxMediaTypes = 65535;
constexpr quint8 digestRaw = 1; // sha256:<64 hex> as its 32 bytes
constexpr quint8 digestText = 0;

} // namespace

// Not a defence against forgery (the structure is checked anyway), only against damage: a
// flipped bit anywhere refuses the file. Eight bytes a step, so 40 MB cost a few ms.
quint64 bodyChecksum(const char *p, qint64 n)
{
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(n);
    qint64 i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ qFromLittleEndian(w)) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    for (qint64 k = 0; i + k < n; ++k)
        tail |= quint64(quint8(p[i + k])) << (8 * k);
    h = (h ^ tail) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 31);
}

namespace {

void putU8(QByteArray &b, quint8 v)
{
    b.append(char(v));
}
void putU16(QByteArray &b, quint16 v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), 2);
}
void putU32(QByteArray &b, quint32 v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), 4);
}
void putI64(QByteArray &b, qint64 v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), 8);
}
void patchU32(QByteArray &b, qsizetype at, quint32 v)
{
    v = qToLittleEndian(v);
    std::memcpy(b.data() + at, &v, 4);
}
void putStr(QByteArray &b, const QString &s)
{
    const QByteArray u = s.toUtf8().left(maxNameBytes);
    putU32(b, quint32(u.size()));
    b.append(u);
}
bool isHexLower(const QString &s, int from)
{
    for (int i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}
void putDigest(QByteArray &b, const QString &d)
{
    if (d.size() == 71 && d.startsWith(QLatin1String("sha256:")) && isHexLower(d, 7)) {
        putU8(b, digestRaw);
        b.append(QByteArray::fromHex(d.mid(7).toLatin1()));
    } else {
        putU8(b, digestText);
        putStr(b, d);
    }
}

// A bounded view of the bytes: every read checks what is left and fails once, for good.
class Cursor
{
public:
    Cursor(const char *p, qint64 n)
        : m_p(p)
        , m_end(p + n)
    { }
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool atEnd() const { return m_p == m_end; }
    qint64 left() const { return m_end - m_p; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        m_p = m_end;
    }

    const char *take(qint64 n)
    {
        if (!ok() || n < 0 || n > left()) {
            fail(QStringLiteral("truncated"));
            return nullptr;
        }
        const char *at = m_p;
        m_p += n;
        return at;
    }
    quint8 u8()
    {
        const char *p = take(1);
        return p ? quint8(*p) : 0;
    }
    quint16 u16()
    {
        const char *p = take(2);
        return p ? qFromLittleEndian<quint16>(p) : 0;
    }
    quint32 u32()
    {
        const char *p = take(4);
        return p ? qFromLittleEndian<quint32>(p) : 0;
    }
    qint64 i64()
    {
        const char *p = take(8);
        return p ? qFromLittleEndian<qint64>(p) : 0;
    }
    qint64 nonNegative()
    {
        const qint64 v = i64();
        if (v < 0)
            fail(QStringLiteral("negative size, count or time"));
        return v;
    }
    // A name: UTF-8, no control character (it becomes a row's text), at most maxNameBytes.
    QString str(bool allowEmpty = true)
    {
        const quint32 n = u32();
        if (n > maxNameBytes) {
            fail(QStringLiteral("oversized name"));
            return {};
        }
        const char *p = take(n);
        if (!p)
            return {};
        if (n == 0 && !allowEmpty)
            fail(QStringLiteral("empty name"));
        for (quint32 i = 0; i < n; ++i) {
            const quint8 c = quint8(p[i]);
            if (c < 0x20 || c == 0x7f) {
                fail(QStringLiteral("control character in a name"));
                return {};
            }
        }
        return QString::fromUtf8(p, qsizetype(n));
    }
    QString digest()
    {
        const quint8 form = u8();
        if (form == digestRaw) {
            const char *p = take(32);
            if (!p)
                return {};
            static const char hex[] = "0123456789abcdef";
            QString d(71, Qt::Uninitialized);
            QChar *out = d.data();
            for (const char c : {'s', 'h', 'a', '2', '5', '6', ':'})
                *out++ = QLatin1Char(c);
            for (int i = 0; i < 32; ++i) {
                *out++ = QLatin1Char(hex[quint8(p[i]) >> 4]);
                *out++ = QLatin1Char(hex[quint8(p[i]) & 15]);
            }
            return d;
        }
        if (form != digestText) {
            fail(QStringLiteral("unknown digest form"));
            return {};
        }
        return str(false);
    }
    // The payload of the next section, which must be `id`.
    Cursor section(quint32 id)
    {
        const quint32 got = u32();
        const quint32 n = u32();
        if (ok() && got != id)
            fail(QStringLiteral("unexpected section"));
        const char *p = take(qint64(n));
        return p ? Cursor(p, n) : Cursor(nullptr, 0);
    }

private:
    const char *m_p;
    const char *m_end;
    QString m_error;
};

} // namespace

Writer::Writer(const Header &header)
    : m_header(header)
{
    m_mediaTypes << QString(); // 0: none
}

quint16 Writer::mediaTypeIndex(const QString &type)
{
    if (type.isEmpty())
        return 0;
    const qsizetype i = m_mediaTypes.indexOf(type);
    if (i >= 0)
        return quint16(i);
    if (m_mediaTypes.size() >= qsizetype(maxMediaTypes))
        return 0;
    m_mediaTypes << type;
    return quint16(m_mediaTypes.size() - 1);
}

void Writer::closeProject()
{
    if (!m_open)
        return;
    if (m_at.tagCountAt >= 0)
        patchU32(m_current, m_at.tagCountAt, m_at.tags);
    if (m_at.artifactCountAt >= 0)
        patchU32(m_current, m_at.artifactCountAt, m_at.artifacts);
    patchU32(m_current, m_at.repoCountAt, m_at.repos);
    putU32(m_projects, idProject);
    putU32(m_projects, quint32(m_current.size()));
    m_projects.append(m_current);
    m_current.clear();
    m_open = false;
}

void Writer::project(const Project &p)
{
    closeProject();
    m_at = Open();
    m_open = true;
    putStr(m_current, p.name);
    putI64(m_current, p.id);
    putI64(m_current, p.repositoryCount);
    putU8(m_current, quint8((p.isPublic ? 1 : 0) | (p.fetched ? 2 : 0)));
    m_at.repoCountAt = m_current.size();
    putU32(m_current, 0);
}

void Writer::repository(const Repository &r)
{
    if (!m_open)
        project(Project());
    if (m_at.tagCountAt >= 0)
        patchU32(m_current, m_at.tagCountAt, m_at.tags);
    if (m_at.artifactCountAt >= 0)
        patchU32(m_current, m_at.artifactCountAt, m_at.artifacts);
    m_at.tagCountAt = -1;
    ++m_at.repos;
    putStr(m_current, r.fullName);
    putI64(m_current, r.artifactCount);
    putI64(m_current, r.updateMs);
    putU8(m_current, r.fetched ? 1 : 0);
    m_at.artifactCountAt = m_current.size();
    m_at.artifacts = 0;
    putU32(m_current, 0);
}

void Writer::artifact(const Artifact &a)
{
    if (m_at.artifactCountAt < 0)
        return; // an artifact outside a repository: nothing to hang it on
    if (m_at.tagCountAt >= 0)
        patchU32(m_current, m_at.tagCountAt, m_at.tags);
    ++m_at.artifacts;
    putDigest(m_current, a.digest);
    putU16(m_current, mediaTypeIndex(a.mediaType));
    putU16(m_current, mediaTypeIndex(a.manifestMediaType));
    putStr(m_current, a.platforms);
    putI64(m_current, a.size);
    putI64(m_current, a.pushMs);
    putI64(m_current, a.pullMs);
    putU8(m_current, a.kind);
    putU8(m_current, a.hasImmutableTag ? 1 : 0);
    m_at.tagCountAt = m_current.size();
    m_at.tags = 0;
    putU32(m_current, 0);
}

void Writer::tag(const Tag &t)
{
    if (m_at.tagCountAt < 0)
        return;
    ++m_at.tags;
    putStr(m_current, t.name);
    putI64(m_current, t.pushMs);
    putI64(m_current, t.pullMs);
    putU8(m_current, t.immutable ? 1 : 0);
}

QByteArray Writer::finish()
{
    closeProject();
    QByteArray head;
    putStr(head, m_header.registryUrl);
    putStr(head, m_header.profileIdentity);
    putStr(head, m_header.accountLabel);
    putStr(head, m_header.berthVersion);
    putI64(head, m_header.savedAtMs);
    putU8(head, m_header.plainRegistry ? 1 : 0);
    QByteArray strings;
    putU32(strings, quint32(m_mediaTypes.size()));
    for (const QString &s : std::as_const(m_mediaTypes))
        putStr(strings, s);

    QByteArray body;
    body.reserve(head.size() + strings.size() + m_projects.size() + 16);
    putU32(body, idHead);
    putU32(body, quint32(head.size()));
    body.append(head);
    putU32(body, idStrings);
    putU32(body, quint32(strings.size()));
    body.append(strings);
    body.append(m_projects);
    m_projects.clear();

    QByteArray file(magic, sizeof magic);
    putU32(file, formatVersion);
    putU32(file, 0);
    putI64(file, body.size());
    putI64(file, qint64(bodyChecksum(body.constData(), body.size())));
    file.append(body);
    return file;
}

QString read(const char *data, qint64 size, const Expect &expect, Visitor &visitor)
{
    if (size > maxFileBytes)
        return QStringLiteral("oversized snapshot");
    if (!data || size < fileHeaderBytes || std::memcmp(data, magic, sizeof magic) != 0)
        return QStringLiteral("not a Berth snapshot");
    Cursor file(data + 8, size - 8);
    const quint32 version = file.u32();
    if (version != formatVersion)
        return QStringLiteral("snapshot format %1, this Berth reads %2").arg(version).arg(formatVersion);
    if (file.u32() != 0)
        return QStringLiteral("unknown snapshot flags");
    const qint64 bodyLength = file.i64();
    const quint64 sum = quint64(file.i64());
    if (bodyLength != file.left())
        return QStringLiteral("truncated or extended snapshot");
    const char *body = file.take(bodyLength);
    if (bodyChecksum(body, bodyLength) != sum)
        return QStringLiteral("damaged snapshot (checksum)");

    Cursor c(body, bodyLength);
    Header h;
    {
        Cursor s = c.section(idHead);
        h.registryUrl = s.str(false);
        h.profileIdentity = s.str(false);
        h.accountLabel = s.str();
        h.berthVersion = s.str();
        h.savedAtMs = s.nonNegative();
        const quint8 flags = s.u8();
        h.plainRegistry = flags & 1;
        if (s.ok() && (!s.atEnd() || flags > 1))
            s.fail(QStringLiteral("malformed header"));
        if (!s.ok())
            return s.error();
        if (!c.ok())
            return c.error();
    }
    if (!expect.berthVersion.isEmpty() && h.berthVersion != expect.berthVersion)
        return QStringLiteral("written by Berth %1, this is %2").arg(h.berthVersion, expect.berthVersion);
    if (!expect.profileIdentity.isEmpty() && h.profileIdentity != expect.profileIdentity)
        return QStringLiteral("snapshot of another account");
    if (!expect.registryUrl.isEmpty() && h.registryUrl != expect.registryUrl)
        return QStringLiteral("snapshot of another registry");
    visitor.header(h);

    QStringList types;
    {
        Cursor s = c.section(idStrings);
        const quint32 n = s.u32();
        if (n == 0 || n > maxMediaTypes || qint64(n) * 4 > s.left())
            s.fail(QStringLiteral("malformed media types"));
        for (quint32 i = 0; i < n && s.ok(); ++i)
            types << s.str();
        if (s.ok() && !s.atEnd())
            s.fail(QStringLiteral("malformed media types"));
        if (!s.ok())
            return s.error();
        if (!c.ok())
            return c.error();
    }
    const auto type = [&types](Cursor &s) {
        const quint16 i = s.u16();
        if (i >= types.size()) {
            s.fail(QStringLiteral("media type out of range"));
            return QString();
        }
        return types.at(i);
    };

    qint64 tags = 0;
    while (!c.atEnd()) {
        Cursor s = c.section(idProject);
        if (!c.ok())
            return c.error();
        Project p;
        p.name = s.str();
        p.id = s.nonNegative();
        p.repositoryCount = s.nonNegative();
        const quint8 pf = s.u8();
        p.isPublic = pf & 1;
        p.fetched = pf & 2;
        if (pf > 3)
            s.fail(QStringLiteral("malformed project"));
        if (p.name.isEmpty() != h.plainRegistry)
            s.fail(QStringLiteral("project name does not fit the registry"));
        const quint32 repos = s.u32();
        if (!s.ok())
            return s.error();
        visitor.project(p);
        for (quint32 r = 0; r < repos && s.ok(); ++r) {
            Repository repo;
            repo.fullName = s.str(false);
            repo.artifactCount = s.nonNegative();
            repo.updateMs = s.nonNegative();
            const quint8 rf = s.u8();
            repo.fetched = rf & 1;
            if (rf > 1)
                s.fail(QStringLiteral("malformed repository"));
            if (!h.plainRegistry && !repo.fullName.startsWith(p.name + QLatin1Char('/')))
                s.fail(QStringLiteral("repository outside its project"));
            const quint32 artifacts = s.u32();
            if (!s.ok())
                break;
            visitor.repository(repo);
            for (quint32 a = 0; a < artifacts && s.ok(); ++a) {
                Artifact art;
                art.digest = s.digest();
                art.mediaType = type(s);
                art.manifestMediaType = type(s);
                art.platforms = s.str();
                art.size = s.nonNegative();
                art.pushMs = s.nonNegative();
                art.pullMs = s.nonNegative();
                art.kind = s.u8();
                const quint8 af = s.u8();
                art.hasImmutableTag = af & 1;
                if (art.kind > 3 || af > 1)
                    s.fail(QStringLiteral("malformed artifact"));
                const quint32 n = s.u32();
                if (!s.ok())
                    break;
                tags += n;
                if (tags > maxTags) {
                    s.fail(QStringLiteral("too many tags"));
                    break;
                }
                visitor.artifact(art);
                for (quint32 t = 0; t < n && s.ok(); ++t) {
                    Tag tag;
                    tag.name = s.str(false);
                    tag.pushMs = s.nonNegative();
                    tag.pullMs = s.nonNegative();
                    const quint8 tf = s.u8();
                    tag.immutable = tf & 1;
                    if (tf > 1)
                        s.fail(QStringLiteral("malformed tag"));
                    if (s.ok())
                        visitor.tag(tag);
                }
            }
        }
        if (s.ok() && !s.atEnd())
            s.fail(QStringLiteral("trailing bytes in a project"));
        if (!s.ok())
            return s.error();
    }
    return {};
}

} // namespace berth::snapshot
