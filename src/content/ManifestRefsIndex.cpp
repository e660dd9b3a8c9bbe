#include "ManifestRefsIndex.h"

#include "Logging.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QtEndian>
#include <sys/stat.h>
#include <unistd.h>

namespace berth {

namespace {

struct ManifestRefsIndexText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ManifestRefsIndex)
};

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    qCWarning(lcContent).noquote() << "manifest refs index:" << why;
    return false;
}

// The file itself, never what a link planted at its path points to, and only a regular file.
int openRegular(const QString &path, int flags, qint64 *size)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        errno = EINVAL;
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (size)
        *size = st.st_size;
    return fd;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
}

} // namespace

ManifestRefsIndex::ManifestRefsIndex(QString directory, qint64 maxFileBytes)
    : m_dir(std::move(directory))
    , m_maxFileBytes(maxFileBytes)
{ }

QString ManifestRefsIndex::path() const
{
    return m_dir + QStringLiteral("/manifest-refs.bin");
}

void ManifestRefsIndex::load()
{
    m_loaded = true;
    m_file.clear();
    m_scan = {};
    qint64 size = 0;
    const int fd = openRegular(path(), O_RDONLY, &size);
    if (fd < 0) {
        if (errno != ENOENT)
            qCWarning(lcContent).noquote() << "manifest refs index" << path() << "not read:" << std::strerror(errno);
        return;
    }
    QFile f;
    if (size > 2 * m_maxFileBytes || !f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        if (!f.isOpen())
            ::close(fd);
        qCWarning(lcContent).noquote() << "manifest refs index" << path() << "ignored: too large or unreadable";
        return;
    }
    m_file = f.readAll();
    m_scan = ManifestRefsFormat::scan(m_file);
    if (m_scan.badHeader && !m_file.isEmpty())
        qCWarning(lcContent).noquote() << "manifest refs index" << path() << "ignored: another format or version";
    else if (m_scan.skipped || m_scan.truncated)
        qCWarning(lcContent).noquote() << "manifest refs index" << path() << "skipped" << m_scan.skipped
                                       << "damaged records" << (m_scan.truncated ? "and a torn tail" : "");
}

std::optional<ManifestRefs> ManifestRefsIndex::find(const QString &digest)
{
    if (!m_loaded)
        load();
    const QByteArray key = ManifestRefsFormat::digestKey(digest);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = m_scan.offsets.constFind(key);
    if (it == m_scan.offsets.cend())
        return std::nullopt;
    ManifestRefs refs;
    if (!ManifestRefsFormat::decodePayload(m_file, it.value(), nullptr, &refs))
        return std::nullopt;
    m_used.insert(key);
    return refs;
}

void ManifestRefsIndex::add(const QString &digest, const ManifestRefs &refs)
{
    const QByteArray key = ManifestRefsFormat::digestKey(digest);
    if (key.isEmpty() || m_scan.offsets.contains(key) || m_pending.contains(key))
        return;
    QByteArray record = ManifestRefsFormat::encodeRecord(digest, refs);
    if (record.isEmpty())
        return;
    m_used.insert(key);
    m_pending.insert(key, std::move(record));
}

bool ManifestRefsIndex::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    QByteArray block;
    for (const QByteArray &record : std::as_const(m_pending))
        block += record;
    m_pending.clear();

    QDir().mkpath(QFileInfo(m_dir).absolutePath());
    if (!QFileInfo(m_dir).isDir()
        && !QDir().mkdir(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        && !QFileInfo(m_dir).isDir())
        return fail(error, ManifestRefsIndexText::tr("cannot create the cache folder %1").arg(m_dir));
    // One writer at a time, so two processes never interleave a header or a rewrite. QLockFile
    // creates its file with O_EXCL, which never follows a link.
    QLockFile lock(path() + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(error, ManifestRefsIndexText::tr("the cache %1 is locked by another process").arg(m_dir));

    qint64 size = 0;
    // Read-write: the header is read back (pread) before appending.
    const int fd = openRegular(path(), O_RDWR | O_APPEND | O_CREAT, &size);
    if (fd < 0)
        return fail(error,
            ManifestRefsIndexText::tr("cannot write %1: %2").arg(path(), QString::fromLocal8Bit(std::strerror(errno))));
    bool validHeader = size >= ManifestRefsFormat::kHeaderSize;
    if (validHeader) {
        char head[ManifestRefsFormat::kHeaderSize];
        validHeader = ::pread(fd, head, sizeof head, 0) == qsizetype(sizeof head)
            && ManifestRefsFormat::hasValidHeader(QByteArray::fromRawData(head, sizeof head));
    }
    if ((size > 0 && !validHeader) || size + block.size() > m_maxFileBytes) {
        ::close(fd);
        return rewrite(block, error);
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const bool ok = (size > 0 || writeAll(fd, ManifestRefsFormat::header())) && writeAll(fd, block);
    ::close(fd);
    if (!ok)
        return fail(error,
            ManifestRefsIndexText::tr("cannot write %1: %2").arg(path(), QString::fromLocal8Bit(std::strerror(errno))));
    return true;
}

// Called with the lock held: the header, the records this instance used, then `tail`.
bool ManifestRefsIndex::rewrite(const QByteArray &tail, QString *error)
{
    QByteArray out = ManifestRefsFormat::header();
    for (auto it = m_scan.offsets.cbegin(); it != m_scan.offsets.cend(); ++it) {
        if (!m_used.contains(it.key()))
            continue;
        const qsizetype start = qsizetype(it.value()) - ManifestRefsFormat::kRecordHeadSize;
        const quint32 length = qFromLittleEndian<quint32>(m_file.constData() + start);
        out.append(m_file.constData() + start, ManifestRefsFormat::kRecordHeadSize + qsizetype(length));
    }
    out += tail;
    const QString temp = path() + QStringLiteral(".tmp.%1").arg(::getpid());
    const QByteArray tempName = QFile::encodeName(temp);
    ::unlink(tempName.constData());
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error,
            ManifestRefsIndexText::tr("cannot write %1: %2").arg(temp, QString::fromLocal8Bit(std::strerror(errno))));
    const bool ok = writeAll(fd, out);
    ::close(fd);
    // rename(2) replaces whatever is at the path, a planted link included, instead of following it.
    if (!ok || ::rename(tempName.constData(), QFile::encodeName(path()).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tempName.constData());
        return fail(error, ManifestRefsIndexText::tr("cannot write %1: %2").arg(path(), why));
    }
    return true;
}

} // namespace berth
