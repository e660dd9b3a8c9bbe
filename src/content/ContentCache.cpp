#include "ContentCache.h"

#include "core/ContentDigest.h"
#include "Logging.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace berth {

namespace {

struct ContentCacheText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ContentCache)
};

constexpr qint64 kMaxPinsFileBytes = 1024 * 1024;
// A temporary file left by a process that died between writing and renaming.
constexpr qint64 kStaleTempSeconds = 24 * 3600;
const char *const kAlgorithms[] = {"sha256", "sha512"};

// A file found in an algorithm's folder is an entry only if its name and folder make a digest
// the cache accepts: the same rule (isSupportedDigest) as a digest coming in.
bool isEntryName(const QString &algorithm, const QString &name)
{
    return isSupportedDigest(algorithm + QLatin1Char(':') + name);
}

timespec toTimespec(const QDateTime &t)
{
    const qint64 ms = t.toMSecsSinceEpoch();
    timespec ts;
    ts.tv_sec = static_cast<time_t>(ms / 1000);
    ts.tv_nsec = static_cast<long>((ms % 1000) * 1000000);
    return ts;
}

// Sets the modification time only (the access time is left alone: UTIME_OMIT, utimensat(2)).
void setUsedTime(int fd, const QDateTime &t)
{
    const timespec times[2] = {{0, UTIME_OMIT}, toTimespec(t)};
    ::futimens(fd, times);
}

void setUsedTime(const QString &path, const QDateTime &t)
{
    const timespec times[2] = {{0, UTIME_OMIT}, toTimespec(t)};
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW);
}

// A temporary file beside `path`, renamed over it by publish(): readers see the old entry or the
// new one, never a part. Not QSaveFile: it resolves a symbolic link planted at the target and
// writes the file the link points to (qsavefile.cpp, QSaveFile::open), where rename(2) replaces
// the link itself. No fsync: an entry torn by a crash fails verification and is a miss.
class StagedFile
{
public:
    explicit StagedFile(QString path)
        : m_path(std::move(path))
    { }
    ~StagedFile()
    {
        if (!m_temp.isEmpty())
            ::unlink(QFile::encodeName(m_temp).constData());
    }
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    QString write(const QByteArray &data) // empty, or why not
    {
        int fd = -1;
        for (int attempt = 0; attempt < 8 && fd < 0; ++attempt) {
            m_temp = m_path + QStringLiteral(".tmp-") + QString::number(QRandomGenerator::global()->generate64(), 16);
            fd = ::open(QFile::encodeName(m_temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                S_IRUSR | S_IWUSR);
            if (fd < 0 && errno != EEXIST)
                break;
        }
        if (fd < 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            m_temp.clear();
            return why;
        }
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        const QString why = done == data.size() ? QString() : QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return why;
    }

    QString path() const { return m_path; }

    QString publish()
    {
        if (::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_path).constData()) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
        m_temp.clear();
        return {};
    }

private:
    QString m_path;
    QString m_temp;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcContent).noquote() << message;
    return false;
}

} // namespace

ContentCache::ContentCache(const QString &directory, qint64 maxBytes)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
    , m_maxBytes(maxBytes)
{ }

QString ContentCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/berth/content");
}

QString ContentCache::relativePathFor(const QString &digest)
{
    // The one place a server's text turns into a path: only a digest isSupportedDigest accepts
    // (sha256 or sha512, lower-case hex of the exact length), so no '/' or '.' can get in.
    if (!isSupportedDigest(digest))
        return {};
    const int colon = digest.indexOf(QLatin1Char(':'));
    return digest.left(colon) + QLatin1Char('/') + digest.mid(colon + 1);
}

QString ContentCache::pathFor(const QString &digest) const
{
    const QString relative = relativePathFor(digest);
    return relative.isEmpty() ? QString() : m_dir + QLatin1Char('/') + relative;
}

QDateTime ContentCache::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

bool ContentCache::ensureDirectories(QString *error)
{
    // Private folders: what a user inspected is nobody else's business.
    const auto privateDir = [](const QString &path) {
        return QFileInfo(path).isDir()
            || QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            || QFileInfo(path).isDir(); // another process may have made it at the same moment
    };
    QDir().mkpath(QFileInfo(m_dir).absolutePath());
    if (!privateDir(m_dir))
        return fail(error, ContentCacheText::tr("cannot create the cache folder %1").arg(m_dir));
    for (const char *algorithm : kAlgorithms) {
        const QString sub = m_dir + QLatin1Char('/') + QLatin1String(algorithm);
        if (!privateDir(sub))
            return fail(error, ContentCacheText::tr("cannot create the cache folder %1").arg(sub));
    }
    return true;
}

std::optional<QByteArray> ContentCache::get(const QString &digest)
{
    const QString path = pathFor(digest);
    if (path.isEmpty()) {
        ++m_counts.misses;
        return std::nullopt;
    }
    const QByteArray encoded = QFile::encodeName(path);
    // Never what a link planted at the entry's path points to, and only a regular file (a FIFO
    // would block): O_NOFOLLOW | O_NONBLOCK, then fstat().
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        ++m_counts.misses;
        if (errno == ELOOP) { // a symbolic link is no entry of ours
            ::unlink(encoded.constData());
            ++m_counts.corrupted;
        }
        return std::nullopt;
    }
    struct stat st = {};
    QByteArray bytes;
    bool good = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxEntryBytes;
    if (good) {
        bytes.resize(static_cast<qsizetype>(st.st_size));
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, static_cast<size_t>(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        good = done == bytes.size() && digestMatches(digest, bytes);
    }
    if (!good) {
        // Removed only if the path still names the file we read: another process may have
        // renamed a good copy over it meanwhile.
        struct stat current = {};
        if (::lstat(encoded.constData(), &current) == 0 && current.st_ino == st.st_ino && current.st_dev == st.st_dev)
            ::unlink(encoded.constData());
        ::close(fd);
        qCWarning(lcContent).noquote() << "cache entry does not match its digest, removed:" << digest;
        ++m_counts.corrupted;
        ++m_counts.misses;
        return std::nullopt;
    }
    setUsedTime(fd, now()); // least recently used goes first
    ::close(fd);
    ++m_counts.hits;
    return bytes;
}

bool ContentCache::put(const QString &digest, const QByteArray &bytes, QString *error)
{
    const QString path = pathFor(digest);
    if (path.isEmpty())
        return fail(error, ContentCacheText::tr("not a digest the cache accepts: %1").arg(digest.left(80)));
    if (bytes.size() > kMaxEntryBytes || bytes.size() > m_maxBytes)
        return fail(
            error, ContentCacheText::tr("%1 is larger than the cache takes (%2 bytes)").arg(digest).arg(bytes.size()));
    if (!digestMatches(digest, bytes))
        return fail(error, ContentCacheText::tr("the bytes do not match %1; not cached").arg(digest));
    if (!ensureDirectories(error))
        return false;

    StagedFile file(path);
    if (const QString why = file.write(bytes); !why.isEmpty())
        return fail(error, ContentCacheText::tr("cannot write %1: %2").arg(path, why));
    // The rename that publishes the entry happens under the eviction lock, so an eviction never
    // removes an entry written after it listed the folder.
    QLockFile lock(m_dir + QStringLiteral("/lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        return fail(error, ContentCacheText::tr("the cache %1 is locked by another process").arg(m_dir));
    }
    if (const QString why = file.publish(); !why.isEmpty())
        return fail(error, ContentCacheText::tr("cannot write %1: %2").arg(path, why));
    setUsedTime(path, now());
    m_addedSinceScan += bytes.size();
    // Scanned once per instance, then again whenever this instance alone may have passed the
    // bound, or has written an eighth of it since: several processes may together exceed the
    // bound by that much between scans.
    if (!m_scanned || m_unpinnedBytesAtScan + m_addedSinceScan > m_maxBytes || m_addedSinceScan > m_maxBytes / 8)
        return evictLocked(error);
    return true;
}

bool ContentCache::putMany(const QList<QPair<QString, QByteArray>> &entries, QString *error)
{
    QString firstError;
    const auto refuse = [&](const QString &why) {
        if (firstError.isEmpty())
            firstError = why;
    };
    if (entries.isEmpty())
        return true;
    if (!ensureDirectories(error))
        return false;
    // The same checks as put(), then every file staged before the one lock.
    std::vector<std::unique_ptr<StagedFile>> staged;
    qint64 stagedBytes = 0;
    for (const auto &[digest, bytes] : entries) {
        const QString path = pathFor(digest);
        if (path.isEmpty()) {
            refuse(ContentCacheText::tr("not a digest the cache accepts: %1").arg(digest.left(80)));
            continue;
        }
        if (bytes.size() > kMaxEntryBytes || bytes.size() > m_maxBytes) {
            refuse(ContentCacheText::tr("%1 is larger than the cache takes (%2 bytes)").arg(digest).arg(bytes.size()));
            continue;
        }
        if (!digestMatches(digest, bytes)) {
            refuse(ContentCacheText::tr("the bytes do not match %1; not cached").arg(digest));
            continue;
        }
        auto file = std::make_unique<StagedFile>(path);
        if (const QString why = file->write(bytes); !why.isEmpty()) {
            refuse(ContentCacheText::tr("cannot write %1: %2").arg(path, why));
            continue;
        }
        stagedBytes += bytes.size();
        staged.push_back(std::move(file));
    }
    if (!staged.empty()) {
        QLockFile lock(m_dir + QStringLiteral("/lock"));
        lock.setStaleLockTime(30000);
        if (!lock.tryLock(10000))
            return fail(error, ContentCacheText::tr("the cache %1 is locked by another process").arg(m_dir));
        const QDateTime used = now();
        for (const auto &file : staged) {
            if (const QString why = file->publish(); !why.isEmpty()) {
                refuse(ContentCacheText::tr("cannot write %1: %2").arg(file->path(), why));
                continue;
            }
            setUsedTime(file->path(), used);
        }
        m_addedSinceScan += stagedBytes;
        if (!m_scanned || m_unpinnedBytesAtScan + m_addedSinceScan > m_maxBytes || m_addedSinceScan > m_maxBytes / 8) {
            QString evictError;
            if (!evictLocked(&evictError))
                refuse(evictError);
        }
    }
    return firstError.isEmpty() || fail(error, firstError);
}

QList<ContentCache::Entry> ContentCache::scan() const
{
    QList<Entry> out;
    for (const char *algorithm : kAlgorithms) {
        const QString algo = QLatin1String(algorithm);
        QDirIterator it(m_dir + QLatin1Char('/') + algo, QDir::Files | QDir::NoSymLinks | QDir::Hidden);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (!isEntryName(algo, info.fileName()))
                continue;
            out.append(
                Entry {algo + QLatin1Char(':') + info.fileName(), info.filePath(), info.size(), info.lastModified()});
        }
    }
    return out;
}

bool ContentCache::evict(QString *error)
{
    if (!QFileInfo(m_dir).isDir())
        return true;
    QLockFile lock(m_dir + QStringLiteral("/lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(error, ContentCacheText::tr("the cache %1 is locked by another process").arg(m_dir));
    return evictLocked(error);
}

bool ContentCache::evictLocked(QString *error)
{
    const QDateTime t = now();
    QMap<QString, QDateTime> allPins = readPins();
    QMap<QString, QDateTime> live;
    for (auto it = allPins.cbegin(); it != allPins.cend(); ++it)
        if (it.value() > t)
            live.insert(it.key(), it.value());
    bool ok = true;
    if (live.size() != allPins.size())
        ok = writePins(live, error);

    QList<Entry> entries = scan();
    entries.erase(
        std::remove_if(entries.begin(), entries.end(), [&](const Entry &e) { return live.contains(e.digest); }),
        entries.end());
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.used != b.used ? a.used < b.used : a.digest < b.digest; });
    qint64 total = 0;
    for (const Entry &e : std::as_const(entries))
        total += e.size;
    for (const Entry &e : std::as_const(entries)) {
        if (total <= m_maxBytes)
            break;
        if (QFile::remove(e.path) || !QFileInfo::exists(e.path)) {
            total -= e.size;
            ++m_counts.evicted;
        }
    }
    // Temporary files of writers that died before renaming.
    for (const char *algorithm : kAlgorithms) {
        const QString algo = QLatin1String(algorithm);
        QDirIterator it(m_dir + QLatin1Char('/') + algo, QDir::Files | QDir::Hidden | QDir::System);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (!isEntryName(algo, info.fileName())
                && info.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > kStaleTempSeconds)
                QFile::remove(info.filePath());
        }
    }
    m_scanned = true;
    m_unpinnedBytesAtScan = total;
    m_addedSinceScan = 0;
    return ok;
}

QMap<QString, QDateTime> ContentCache::readPins() const
{
    QMap<QString, QDateTime> out;
    QFile f(m_dir + QStringLiteral("/pins.json"));
    if (QFileInfo(f.fileName()).isSymLink() || !f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = f.read(kMaxPinsFileBytes);
    const QJsonObject pins = QJsonDocument::fromJson(data).object().value(QStringLiteral("pins")).toObject();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        const QDateTime until = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        if (!relativePathFor(it.key()).isEmpty() && until.isValid())
            out.insert(it.key(), until);
    }
    return out;
}

bool ContentCache::writePins(const QMap<QString, QDateTime> &pins, QString *error)
{
    QJsonObject o;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        o.insert(it.key(), it.value().toUTC().toString(Qt::ISODateWithMs));
    const QByteArray data = QJsonDocument(QJsonObject {{QStringLiteral("pins"), o}}).toJson(QJsonDocument::Indented);
    const QString path = m_dir + QStringLiteral("/pins.json");
    StagedFile file(path);
    QString why = file.write(data);
    if (why.isEmpty())
        why = file.publish();
    if (!why.isEmpty())
        return fail(error, ContentCacheText::tr("cannot write %1: %2").arg(path, why));
    return true;
}

bool ContentCache::pin(const QString &digest, const QDateTime &until, QString *error)
{
    if (relativePathFor(digest).isEmpty())
        return fail(error, ContentCacheText::tr("not a digest the cache accepts: %1").arg(digest.left(80)));
    if (!until.isValid())
        return fail(error, ContentCacheText::tr("a pin needs a valid time"));
    if (!ensureDirectories(error))
        return false;
    QLockFile lock(m_dir + QStringLiteral("/lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(error, ContentCacheText::tr("the cache %1 is locked by another process").arg(m_dir));
    const QDateTime t = now();
    QMap<QString, QDateTime> pins = readPins();
    for (auto it = pins.begin(); it != pins.end();)
        it = it.value() > t ? std::next(it) : pins.erase(it);
    if (until > t && (!pins.contains(digest) || pins.value(digest) < until))
        pins.insert(digest, until.toUTC());
    return writePins(pins, error);
}

QMap<QString, QDateTime> ContentCache::pins() const
{
    const QDateTime t = now();
    QMap<QString, QDateTime> out = readPins();
    for (auto it = out.begin(); it != out.end();)
        it = it.value() > t ? std::next(it) : out.erase(it);
    return out;
}

ContentCache::Stats ContentCache::stats() const
{
    Stats s = m_counts;
    s.entries = 0;
    s.bytes = 0;
    s.pinnedEntries = 0;
    s.pinnedBytes = 0;
    const QMap<QString, QDateTime> live = pins();
    for (const Entry &e : scan()) {
        ++s.entries;
        s.bytes += e.size;
        if (live.contains(e.digest)) {
            ++s.pinnedEntries;
            s.pinnedBytes += e.size;
        }
    }
    return s;
}

} // namespace berth
