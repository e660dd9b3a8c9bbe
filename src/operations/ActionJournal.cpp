#include "ActionJournal.h"

#include "Logging.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <sys/stat.h>
#include <unistd.h>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct ActionJournalText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ActionJournal)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Opens the journal itself into `file`, never what a symbolic link planted at its path points
// to (O_NOFOLLOW, see open(2)), and only a regular file: O_NONBLOCK makes a FIFO without a reader
// fail at once instead of blocking, and fstat() refuses any other kind. A new file is 0600.
bool openJournal(const QString &path, bool forWriting, QFile *file, QString *error)
{
    const int flags = (forWriting ? O_WRONLY | O_APPEND | O_CREAT : O_RDONLY) | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
    const int fd = ::open(QFile::encodeName(path).constData(), flags, S_IRUSR | S_IWUSR);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = forWriting ? ActionJournalText::tr("cannot write %1: %2").arg(path, reason)
                                : ActionJournalText::tr("cannot read %1: %2").arg(path, reason);
        qCWarning(lcOperations).noquote() << "journal" << path << reason;
        return false;
    };
    if (fd < 0)
        return fail(errno == ELOOP ? ActionJournalText::tr("it is a symbolic link, which the journal never follows")
                                   : QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(ActionJournalText::tr("it is not a regular file"));
    }
    // Back to blocking writes; then QFile owns the descriptor and closes it.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (forWriting)
        ::fchmod(fd, S_IRUSR | S_IWUSR); // owner-only, whatever mode the file was made with
    const QIODevice::OpenMode mode = forWriting ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::ReadOnly;
    if (!file->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file->errorString());
    }
    return true;
}

} // namespace

QByteArray JournalEntry::toJsonLine() const
{
    QJsonObject o {{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"), source}, {QStringLiteral("profile"), profile},
        {QStringLiteral("registry"), registry.toString(QUrl::RemoveUserInfo)}, {QStringLiteral("username"), username},
        {QStringLiteral("action"), action}, {QStringLiteral("project"), project},
        {QStringLiteral("repository"), repository},
        {QStringLiteral("tag"), tag.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tag)},
        {QStringLiteral("digest"), digest.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(digest)},
        {QStringLiteral("state"), state},
        {QStringLiteral("http_status"), httpStatus ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cause"), cause.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cause)},
        {QStringLiteral("request_id"), requestId}};
    // Undo's keys only when set, so a line from an older Berth and a newer one read alike.
    if (!journalId.isEmpty())
        o.insert(QStringLiteral("journal_id"), journalId);
    if (!server.isEmpty())
        o.insert(QStringLiteral("server"), server);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!mediaType.isEmpty())
        o.insert(QStringLiteral("media_type"), mediaType);
    if (undoUntil.isValid())
        o.insert(QStringLiteral("undo_until"), undoUntil.toUTC().toString(Qt::ISODate));
    if (!undoUnavailable.isEmpty())
        o.insert(QStringLiteral("undo_unavailable"), undoUnavailable);
    if (!undoes.isEmpty())
        o.insert(QStringLiteral("undoes"), undoes);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    if (!accessories.isEmpty()) {
        QJsonArray list;
        for (const JournalAccessory &a : accessories) {
            QJsonObject x {{QStringLiteral("digest"), a.digest}, {QStringLiteral("subject"), a.subject}};
            if (!a.mediaType.isEmpty())
                x.insert(QStringLiteral("media_type"), a.mediaType);
            if (!a.type.isEmpty())
                x.insert(QStringLiteral("type"), a.type);
            if (!a.tags.isEmpty())
                x.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
            list.append(x);
        }
        o.insert(QStringLiteral("accessories"), list);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

JournalEntry JournalEntry::fromJsonLine(const QByteArray &line, bool *ok)
{
    JournalEntry e;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (ok)
        *ok = doc.isObject();
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.source = o.value(QStringLiteral("source")).toString();
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.registry = QUrl(o.value(QStringLiteral("registry")).toString());
    e.username = o.value(QStringLiteral("username")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.project = o.value(QStringLiteral("project")).toString();
    e.repository = o.value(QStringLiteral("repository")).toString();
    e.tag = o.value(QStringLiteral("tag")).toString();
    e.digest = o.value(QStringLiteral("digest")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    e.httpStatus = o.value(QStringLiteral("http_status")).toInt();
    e.cause = o.value(QStringLiteral("cause")).toString();
    e.requestId = o.value(QStringLiteral("request_id")).toString();
    e.journalId = o.value(QStringLiteral("journal_id")).toString();
    e.server = o.value(QStringLiteral("server")).toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        if (t.isString())
            e.tags << t.toString();
    e.mediaType = o.value(QStringLiteral("media_type")).toString();
    e.undoUntil = QDateTime::fromString(o.value(QStringLiteral("undo_until")).toString(), Qt::ISODate);
    e.undoUnavailable = o.value(QStringLiteral("undo_unavailable")).toString();
    e.undoes = o.value(QStringLiteral("undoes")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("accessories")).toArray()) {
        const QJsonObject x = v.toObject();
        JournalAccessory a;
        a.digest = x.value(QStringLiteral("digest")).toString();
        if (a.digest.isEmpty())
            continue;
        a.mediaType = x.value(QStringLiteral("media_type")).toString();
        a.type = x.value(QStringLiteral("type")).toString();
        a.subject = x.value(QStringLiteral("subject")).toString();
        for (const QJsonValue &t : x.value(QStringLiteral("tags")).toArray())
            if (t.isString())
                a.tags << t.toString();
        e.accessories << a;
    }
    return e;
}

QString ActionJournal::newJournalId()
{
    // The time sorts; 24 random bits keep two batches started in the same second apart.
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1 << 24), 6, 16, QLatin1Char('0'));
}

ActionJournal::ActionJournal(QString path)
    : m_path(std::move(path))
{ }

QString ActionJournal::defaultPath()
{
    // One file for both programs, whatever their application names.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/berth/journal.jsonl");
}

bool ActionJournal::append(const JournalEntry &entry, QString *error)
{
    return append(QList<JournalEntry> {entry}, error);
}

bool ActionJournal::append(const QList<JournalEntry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    // The folder is private (0700) when Berth creates it; its parents get the usual modes.
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!info.dir().exists()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        // The other program may create it at the same moment; then it is there all the same.
        if (!QDir().mkdir(folder, kOwnerOnly | QFileDevice::ExeOwner) && !QFileInfo(folder).isDir()) {
            if (error)
                *error = ActionJournalText::tr("cannot create %1").arg(folder);
            return false;
        }
    }
    // QLockFile creates its file with O_CREAT | O_EXCL (qlockfile_unix.cpp), which never
    // follows a symbolic link; once it is ours, it is made owner-only as well.
    const QString lockPath = m_path + QStringLiteral(".lock");
    QLockFile lock(lockPath);
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = ActionJournalText::tr("the journal %1 is locked by another process").arg(m_path);
        qCWarning(lcOperations) << "journal lock timed out" << m_path;
        return false;
    }
    if (!QFileInfo(lockPath).isSymLink())
        QFile::setPermissions(lockPath, kOwnerOnly);
    QFile f;
    if (!openJournal(m_path, true, &f, error))
        return false;
    QByteArray block;
    for (const JournalEntry &e : entries)
        block += e.toJsonLine();
    const bool ok = f.write(block) == block.size() && f.flush();
    if (!ok && error)
        *error = ActionJournalText::tr("cannot write %1: %2").arg(m_path, f.errorString());
    return ok;
}

QList<JournalEntry> ActionJournal::read(int limit, int *skipped, QString *error) const
{
    QList<JournalEntry> out;
    int bad = 0;
    if (!QFileInfo(m_path).exists() && !QFileInfo(m_path).isSymLink()) {
        if (skipped)
            *skipped = 0;
        return out;
    }
    QFile f;
    if (!openJournal(m_path, false, &f, error))
        return out;
    // One buffer for every line: QIODevice::readLine(qint64 maxSize) allocates maxSize per call and
    // shrinks it after, which made reading a long journal the slowest part of berthctl undo. A line
    // longer than the buffer is split, as readLine(maxSize) split it.
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (!f.atEnd()) {
        const qint64 n = f.readLine(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        const QByteArray line = QByteArray(buffer.constData(), n).trimmed();
        if (line.isEmpty())
            continue;
        bool ok = false;
        JournalEntry e = JournalEntry::fromJsonLine(line, &ok);
        if (!ok) {
            ++bad;
            continue;
        }
        out.append(std::move(e));
        if (limit > 0 && out.size() > limit)
            out.removeFirst();
    }
    if (skipped)
        *skipped = bad;
    return out;
}

} // namespace berth
