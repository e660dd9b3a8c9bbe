#include "RegistryListCommand.h"

#include "api/RegistryListJob.h"
#include "core/ImageRef.h"
#include "ExitCodes.h"
#include "Terminal.h"

namespace berth {

void RegistryListCommand::start()
{
    const CliOptions &o = m_ctx.options;
    m_concurrency = o.concurrency > 0 ? o.concurrency : 6;
    const QString arg = o.args.value(0);
    QString repository;
    if (!arg.isEmpty()) {
        const ImageRef ref = parseRegistryRef(arg.endsWith(QLatin1Char('/')) ? arg.chopped(1) : arg, false);
        const QString host = m_ctx.transport->baseUrl().authority().toLower();
        QString refusal;
        if (!ref.isValid())
            refusal = QStringLiteral("ls: %1").arg(ref.error);
        else if (!ref.host.isEmpty() && ref.host != host)
            refusal = tr("%1 names registry %2, but this profile is %3").arg(arg, ref.host, host);
        else if (!ref.tag.isEmpty() || !ref.digest.isEmpty())
            refusal = tr("ls takes REPO or a folder of repositories, not a tag or digest");
        if (!refusal.isEmpty()) {
            Terminal::err(refusal);
            Q_EMIT finished(ExitUsage);
            return;
        }
        repository = ref.repository;
    }
    verifyThen([this, repository] {
        if (m_ctx.options.ls.all)
            return listAll(repository);
        if (repository.isEmpty())
            return listRepositories({});
        m_single = true;
        addSlots({repository});
        pump();
    });
}

void RegistryListCommand::beginArray()
{
    if (m_begun)
        return;
    m_begun = true;
    if (m_ctx.options.json)
        Terminal::out(QByteArrayLiteral("["));
}

void RegistryListCommand::emitRow(const QByteArray &json, const QString &text)
{
    beginArray();
    if (m_ctx.options.json) {
        Terminal::out(m_rows == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n"));
        Terminal::out(json);
    } else {
        Terminal::out(text + QLatin1Char('\n'));
    }
    ++m_rows;
}

void RegistryListCommand::endArray()
{
    beginArray();
    if (m_ctx.options.json)
        Terminal::out(m_rows == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    Terminal::flush();
}

// The catalog, whole or below a prefix ("team/" for a folder). `notFound`: ls REPO found no such
// repository, so REPO was taken for a folder; with nothing below it, that 404 is the answer.
void RegistryListCommand::listRepositories(const QString &prefix, const ApiError &notFound)
{
    RegistryListJob *job = m_ctx.registry->catalog();
    connect(job, &RegistryListJob::page, this, [this, prefix](const QStringList &names) {
        for (const QString &n : names)
            if (prefix.isEmpty() || n.startsWith(prefix))
                emitRow(RowFormat::compact(RowFormat::registryRepositoryJson(n)), n);
    });
    connect(job, &RegistryListJob::finished, this, [this, job, notFound](const ApiError &e) {
        if (job->rejectedNames() > 0)
            Terminal::err(
                tr("warning: %n repository names outside the grammar were left out", nullptr, job->rejectedNames()));
        if (e) {
            endArray();
            // The folder guess failed too: the 404 of the repository is the clearer answer.
            Q_EMIT finished(explainExit(notFound ? notFound : e));
            return;
        }
        if (notFound && m_rows == 0) {
            endArray();
            Q_EMIT finished(explainExit(notFound));
            return;
        }
        endArray();
        Q_EMIT finished(ExitOk);
    });
}

void RegistryListCommand::listAll(const QString &prefix)
{
    const QString folder = prefix.isEmpty() ? QString() : prefix + QLatin1Char('/');
    m_catalogDone = false;
    RegistryListJob *job = m_ctx.registry->catalog();
    connect(job, &RegistryListJob::page, this, [this, prefix, folder](const QStringList &names) {
        QStringList wanted;
        for (const QString &n : names)
            if (prefix.isEmpty() || n == prefix || n.startsWith(folder))
                wanted << n;
        addSlots(wanted);
        pump();
    });
    connect(job, &RegistryListJob::finished, this, [this, job](const ApiError &e) {
        m_catalogDone = true;
        if (job->rejectedNames() > 0)
            Terminal::err(
                tr("warning: %n repository names outside the grammar were left out", nullptr, job->rejectedNames()));
        if (e)
            noteFailure(-1, e); // before every repository's failures: nothing after it is complete
        pump();
    });
}

void RegistryListCommand::addSlots(const QStringList &repositories)
{
    for (const QString &r : repositories)
        m_slots.append(Slot {r, {}, 0, 0, false, false});
}

void RegistryListCommand::pump()
{
    // HEADs of the earliest slots first, so that rows come out as early as they can in order.
    for (int i = m_nextToPrint; i < m_slots.size() && m_inFlight < m_concurrency; ++i) {
        Slot &s = m_slots[i];
        while (s.listed && !s.done && s.nextHead < s.rows.size() && m_inFlight < m_concurrency)
            headNext(i);
    }
    while (m_inFlight < m_concurrency && m_nextList < m_slots.size())
        listTags(m_nextList++);
    if (m_catalogDone && m_inFlight == 0 && m_nextToPrint >= m_slots.size())
        finish();
}

void RegistryListCommand::listTags(int index)
{
    ++m_inFlight;
    const QString repository = m_slots.at(index).repository;
    RegistryListJob *job = m_ctx.registry->tags(repository);
    connect(job, &RegistryListJob::page, this, [this, index](const QStringList &tags) {
        Slot &s = m_slots[index];
        for (const QString &t : tags) {
            TagRow row;
            row.repository = s.repository;
            row.tag = t;
            row.size = -1;
            row.kind = QStringLiteral("tag");
            s.rows << row;
        }
    });
    connect(job, &RegistryListJob::finished, this, [this, index, job](const ApiError &e) {
        --m_inFlight;
        Slot &s = m_slots[index];
        s.listed = true;
        if (job->rejectedNames() > 0)
            Terminal::err(tr("warning: %1: %n tags outside the grammar were left out", nullptr, job->rejectedNames())
                              .arg(s.repository));
        if (e && m_single && e.kind == ApiError::Kind::NotFound) {
            // Not a repository: perhaps a folder of repositories.
            return listRepositories(s.repository + QLatin1Char('/'), e);
        }
        if (e) {
            s.rows.clear();
            noteFailure(index, e);
        }
        if (!m_ctx.options.ls.digests)
            s.nextHead = int(s.rows.size());
        settle(index);
        pump();
    });
}

void RegistryListCommand::headNext(int index)
{
    Slot &s = m_slots[index];
    const int row = s.nextHead++;
    ++s.headsInFlight;
    ++m_inFlight;
    m_ctx.registry->headManifest(s.repository, s.rows.at(row).tag, this,
        [this, index, row](const RegistryClient::ManifestHead &h, const ApiError &e) {
            --m_inFlight;
            Slot &s = m_slots[index];
            --s.headsInFlight;
            if (e) {
                noteFailure(index, e);
            } else {
                TagRow &r = s.rows[row];
                r.digest = h.digest;
                r.size = h.size;
                r.manifestMediaType = h.mediaType;
                r.mediaType = h.mediaType;
            }
            settle(index);
            pump();
        });
}

void RegistryListCommand::settle(int index)
{
    Slot &s = m_slots[index];
    if (s.listed && s.headsInFlight == 0 && s.nextHead >= s.rows.size())
        s.done = true;
    flush();
}

void RegistryListCommand::flush()
{
    while (m_nextToPrint < m_slots.size() && m_slots.at(m_nextToPrint).done) {
        Slot &s = m_slots[m_nextToPrint++];
        for (const TagRow &r : std::as_const(s.rows))
            emitRow(RowFormat::registryTagJson(r), RowFormat::registryTagText(r));
        s.rows.clear();
        s.rows.squeeze();
    }
    if (m_ctx.options.ls.all)
        Terminal::progress(tr("%1 rows, %2 of %3 repositories").arg(m_rows).arg(m_nextToPrint).arg(m_slots.size()));
}

void RegistryListCommand::noteFailure(int order, const ApiError &error)
{
    m_failures.insert(order, explainExit(error));
}

void RegistryListCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    flush();
    if (m_ctx.options.ls.all)
        Terminal::endProgress();
    endArray();
    Q_EMIT finished(m_failures.isEmpty() ? ExitOk : m_failures.first());
}

} // namespace berth
