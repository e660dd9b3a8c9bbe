#include "ActionJournal.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

namespace berth {

namespace {

// A tr() context for lupdate and for the lookup at run time: the same name for both.
struct ActionJournalText
{
    Q_DECLARE_TR_FUNCTIONS(berth::ActionJournal)
};

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
    return e;
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
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = ActionJournalText::tr("cannot create %1").arg(info.absolutePath());
        return false;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000)) {
        if (error)
            *error = ActionJournalText::tr("the journal %1 is locked by another process").arg(m_path);
        qCWarning(lcOperations) << "journal lock timed out" << m_path;
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly)) {
        if (error)
            *error = ActionJournalText::tr("cannot write %1: %2").arg(m_path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    QFile f(m_path);
    if (!f.exists()) {
        if (skipped)
            *skipped = 0;
        return out;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return out;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(1 << 20).trimmed();
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
