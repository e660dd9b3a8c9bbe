#include "RemoveCommand.h"

#include "content/StorageScan.h"
#include "core/ImageRef.h"
#include "core/InputFile.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "StorageEstimate.h"
#include "Terminal.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace berth {

bool RemoveCommand::collect()
{
    QStringList refs = m_ctx.options.args;
    const QString file = m_ctx.options.rm.fromFile;
    if (!file.isEmpty()) {
        QString why;
        const std::optional<QByteArray> data = InputFile::read(file, &why);
        if (!data) {
            Terminal::err(tr("cannot read %1: %2").arg(file, why));
            return false;
        }
        for (const QByteArray &line : data->split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
                refs << l;
        }
    }
    const QString host = m_ctx.transport->baseUrl().authority().toLower();
    for (const QString &r : std::as_const(refs)) {
        Entry e;
        e.ref = r;
        const ImageRef ref = m_ctx.isPlainRegistry() ? parseRegistryRef(r, true) : parseImageRef(r, true);
        if (!ref.isValid()) {
            e.status = QStringLiteral("failed");
            e.code = QStringLiteral("INVALID_REF");
            e.message = ref.error;
            e.cause = Cause::InvalidRef;
        } else if (!ref.host.isEmpty() && ref.host != host) {
            e.status = QStringLiteral("failed");
            e.code = QStringLiteral("WRONG_REGISTRY");
            e.message = QStringLiteral("%1 names registry %2, but this profile is %3").arg(r, ref.host, host);
            e.cause = Cause::InvalidRef;
        } else {
            e.valid = true;
            e.item.project = ref.project;
            e.item.repository = ref.repository;
            e.item.label = r;
            if (!ref.digest.isEmpty()) {
                e.item.action = DeleteItem::Action::DeleteArtifact;
                e.item.reference = ref.digest;
                e.item.digest = ref.digest;
            } else {
                // As the seed's curl does: the tag names both the artifact and the tag to remove.
                e.item.action = DeleteItem::Action::RemoveTag;
                e.item.reference = ref.tag;
                e.item.tag = ref.tag;
            }
        }
        m_entries << e;
    }
    return true;
}

void RemoveCommand::start()
{
    if (!collect()) {
        Q_EMIT finished(ExitUsage);
        return;
    }
    // REFs without a project may be meant for a plain registry (--url alone): ask what the server
    // is before refusing them, then start again. Nothing else is sent before the REFs pass.
    const bool plainGrammarFits = std::all_of(m_entries.cbegin(), m_entries.cend(),
        [](const Entry &e) { return e.valid || parseRegistryRef(e.ref, true).isValid(); });
    if (m_ctx.kindUnconfirmed && !m_ctx.isPlainRegistry() && plainGrammarFits
        && std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.valid; })) {
        confirmKindThen([this] {
            if (!refuseIfAnyInvalid())
                proceed();
        });
        return;
    }
    if (refuseIfAnyInvalid())
        return;
    proceed();
}

void RemoveCommand::proceed()
{
    if (m_ctx.isPlainRegistry()) {
        verifyThen([this] { m_ctx.options.rm.dryRun ? registryDryRun() : registryRun(); },
            [this](const ApiError &e) {
                failAll(e);
                printResults();
            });
        return;
    }
    verifyThen([this] { m_ctx.options.rm.dryRun ? dryRun() : run(); },
        [this](const ApiError &e) {
            failAll(e);
            printResults();
        });
}

bool RemoveCommand::refuseIfAnyInvalid()
{
    // A usage error stops the whole command before anything is sent, the credential check
    // included: a list with one bad line may be a list that is wrong in other ways too.
    const bool anyInvalid = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.valid; });
    if (!anyInvalid)
        return false;
    for (Entry &e : m_entries) {
        if (e.valid) {
            e.valid = false;
            e.status = QStringLiteral("cancelled");
            e.code = QStringLiteral("NOT_SENT");
            e.message = tr("not sent: another reference in this command is invalid");
            e.cause = Cause::InvalidRef;
        } else {
            Terminal::err(tr("invalid reference %1: %2").arg(e.ref, e.message));
        }
    }
    printResults();
    Q_EMIT finished(ExitUsage);
    return true;
}

void RemoveCommand::failAll(const ApiError &error)
{
    for (Entry &e : m_entries) {
        if (!e.valid)
            continue;
        e.status = QStringLiteral("failed");
        e.error = error;
        e.cause = ErrorPresenter::causeOf(error, diagnosisFor(e.item.project));
    }
}

void RemoveCommand::run()
{
    QList<DeleteItem> items;
    QList<int> map;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].valid) {
            items << m_entries[i].item;
            map << i;
        }
    }
    const int concurrency = m_ctx.options.concurrency > 0 ? m_ctx.options.concurrency : 4;
    auto *batch = new DeleteBatch(m_ctx.client, items, concurrency, this);
    DeleteBatch::JournalContext journal;
    journal.source = QStringLiteral("berthctl");
    journal.profile = m_ctx.profile ? m_ctx.profile->name : QString();
    journal.registry = m_ctx.client->baseUrl();
    journal.username = m_ctx.client->settings().username;
    journal.causeOf = [this](const DeleteItem &item, const ApiError &error) {
        return causeId(ErrorPresenter::causeOf(error, diagnosisFor(item.project)));
    };
    batch->setJournal(std::make_shared<ActionJournal>(), journal);
    batch->enableUndo();
    m_journalId = batch->journalId();
    connect(batch, &DeleteBatch::itemFinished, this, [this, batch, map](int index) {
        Entry &e = m_entries[map.at(index)];
        const DeleteOutcome &o = batch->outcomes().at(index);
        e.status = deleteStateName(o.state);
        e.error = o.error;
        if (o.state != DeleteState::Deleted && o.state != DeleteState::AlreadyGone && o.error) {
            e.cause = ErrorPresenter::causeOf(o.error, diagnosisFor(e.item.project, e.item.requiredPermission()));
            explain(o.error, e.item.project, e.item.requiredPermission());
        }
        Terminal::progress(tr("%1 of %2").arg(batch->finishedCount()).arg(batch->items().size()));
    });
    connect(batch, &DeleteBatch::finished, this, [this, batch] {
        if (!batch->journalError().isEmpty())
            Terminal::err(tr("warning: the action journal could not be written: %1").arg(batch->journalError()));
        report();
    });
    batch->start();
}

void RemoveCommand::checkPermissions(const QString &project, std::function<void(const QStringList *)> done)
{
    if (m_permsByProject.contains(project)) {
        done(&m_permsByProject[project]);
        return;
    }
    auto &waiters = m_permWaiters[project];
    waiters << std::move(done);
    if (waiters.size() > 1)
        return;
    const auto deliver = [this, project](const QStringList *perms) {
        const auto list = m_permWaiters.take(project);
        for (const auto &w : list)
            w(perms);
    };
    m_ctx.client->project(project, this, [this, project, deliver](const Project &p, const ApiError &e) {
        if (e)
            return deliver(nullptr);
        m_ctx.client->permissions(
            p.id, this, [this, project, deliver](const QList<Permission> &perms, const ApiError &pe) {
                if (pe)
                    return deliver(nullptr);
                QStringList list;
                for (const Permission &x : perms)
                    list << x.resource + QLatin1Char(':') + x.action;
                m_permsByProject.insert(project, list);
                deliver(&m_permsByProject[project]);
            });
    });
}

void RemoveCommand::dryRun()
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (!m_entries[i].valid)
            ++m_doneCount;
    m_next = 0;
    pumpChecks();
    if (m_doneCount == m_entries.size())
        report();
}

void RemoveCommand::pumpChecks()
{
    const int concurrency = m_ctx.options.concurrency > 0 ? m_ctx.options.concurrency : 4;
    while (m_inFlight < concurrency && m_next < m_entries.size()) {
        const int i = m_next++;
        if (!m_entries[i].valid)
            continue;
        ++m_inFlight;
        checkOne(i);
    }
}

void RemoveCommand::checkOne(int index)
{
    const DeleteItem item = m_entries[index].item;
    ArtifactQuery q;
    q.withLabel = false;
    q.withScanOverview = false;
    q.withAccessory = true;
    const QString needed = item.requiredPermission();
    auto settle = [this, index](
                      const QString &status, const ApiError &err, std::optional<Cause> cause, const QString &message) {
        Entry &e = m_entries[index];
        e.status = status;
        e.error = err;
        e.cause = cause;
        e.message = message;
        if (status != QLatin1String("planned") && err)
            explain(err, e.item.project);
        else if (status != QLatin1String("planned"))
            Terminal::err(QStringLiteral("%1: %2: %3").arg(cause ? causeId(*cause) : QString(), e.ref, message));
        --m_inFlight;
        ++m_doneCount;
        pumpChecks();
        if (m_doneCount == m_entries.size())
            report();
    };
    m_ctx.client->artifact(item.project, item.repository, item.reference, q, this,
        [this, item, needed, settle](const Artifact &a, const ApiError &err) {
            if (err) {
                settle(err.kind == ApiError::Kind::NotFound ? QStringLiteral("not_found") : QStringLiteral("failed"),
                    err, ErrorPresenter::causeOf(err, diagnosisFor(item.project)), {});
                return;
            }
            bool immutable = false;
            bool tagPresent = item.action != DeleteItem::Action::RemoveTag;
            for (const Tag &t : a.tags) {
                if (t.name == item.tag)
                    tagPresent = true;
                if (t.immutable && (item.action != DeleteItem::Action::RemoveTag || t.name == item.tag))
                    immutable = true;
            }
            if (!tagPresent)
                return settle(QStringLiteral("not_found"), {}, Cause::AlreadyDeleted,
                    QStringLiteral("the tag is not on that artifact"));
            if (immutable)
                return settle(QStringLiteral("failed"), {}, Cause::ImmutableTag,
                    QStringLiteral("Harbor would refuse: the tag is immutable (412)"));
            if (!m_ctx.client->settings().hasCredentials())
                return settle(QStringLiteral("failed"), {}, Cause::NoCredentials,
                    QStringLiteral("anonymous users may never delete (401)"));
            checkPermissions(item.project, [settle, needed, item](const QStringList *perms) {
                if (perms && !perms->contains(needed))
                    return settle(QStringLiteral("failed"), {}, Cause::PermissionMissing,
                        QStringLiteral("the account lacks %1 in %2 (403)").arg(needed, item.project));
                settle(QStringLiteral("planned"), {}, {}, {});
            });
        });
}

QList<StorageGraph::Revision> RemoveCommand::revisionsOf(const Entry &e, const StorageGraph &graph) const
{
    // A tag removal (Harbor) or tag delete (plain registry) leaves the manifest: it frees nothing.
    if (!e.valid || e.status != QLatin1String("planned") || e.item.action != DeleteItem::Action::DeleteArtifact)
        return {};
    if (m_ctx.isPlainRegistry())
        return {{e.item.repository, e.item.digest}};
    // Harbor deletes the artifact's index children and accessories with it.
    return graph.withHarborDependents({{e.item.project + QLatin1Char('/') + e.item.repository, e.item.digest}});
}

void RemoveCommand::estimateThenReport()
{
    m_estimated = true;
    // A blob one row frees may be shared with any repository: the scan covers everything the
    // account sees (one manifest read per revision on the first run; the ContentCache makes the
    // next run cost only what changed).
    auto *estimate = new StorageEstimate(m_ctx, this);
    estimate->run([this](const StorageScan &scan, const ApiError &error) {
        if (error) {
            Terminal::err(
                tr("warning: what this frees after garbage collection is not known: %1").arg(error.summary()));
        } else {
            const StorageGraph &g = scan.graph();
            QList<QList<StorageGraph::Revision>> rows;
            QList<StorageGraph::Revision> all;
            for (const Entry &e : std::as_const(m_entries)) {
                rows << revisionsOf(e, g);
                all += rows.last();
            }
            m_freed = g.freedPerRow(rows);
            m_freedTotal = g.freedAfterGc(all);
        }
        report();
    });
}

void RemoveCommand::report()
{
    if (m_ctx.options.rm.dryRun && !m_estimated)
        return estimateThenReport();
    const int exit = printResults();
    if (m_freedTotal)
        Terminal::err(StorageEstimate::freedLine(*m_freedTotal));
    if (!m_ctx.options.rm.dryRun && std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
            return e.status == QLatin1String("deleted");
        }))
        Terminal::err(StorageEstimate::gcNotice(m_ctx.isPlainRegistry()));
    Q_EMIT finished(exit);
}

int RemoveCommand::printResults()
{
    Terminal::endProgress();
    int exit = ExitOk;
    QJsonArray rows;
    QString text;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const bool success = e.status == QLatin1String("deleted") || e.status == QLatin1String("already_gone")
            || e.status == QLatin1String("planned");
        if (!success && exit == ExitOk) {
            if (m_ctx.isPlainRegistry())
                exit = exitFor(e);
            else if (e.code == QLatin1String("INVALID_REF") || e.code == QLatin1String("WRONG_REGISTRY")
                || e.code == QLatin1String("NOT_SENT"))
                exit = ExitUsage;
            else if (e.error)
                exit = exitCodeFor(e.error);
            else if (e.status == QLatin1String("not_found"))
                exit = ExitNotFound;
            else if (e.cause == Cause::ImmutableTag)
                exit = ExitPrecondition;
            else if (e.cause == Cause::PermissionMissing)
                exit = ExitForbidden;
            else if (e.cause == Cause::NoCredentials)
                exit = ExitUnauthenticated;
            else
                exit = ExitFailure;
        }
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
        QJsonObject row {
            {QStringLiteral("ref"), e.ref},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("http_status"),
                e.error.httpStatus ? QJsonValue(e.error.httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("code"), orNull(e.code.isEmpty() ? e.error.harborCode : e.code)},
            {QStringLiteral("message"),
                orNull(e.message.isEmpty()
                        ? (e.error.harborMessage.isEmpty() ? e.error.transportMessage : e.error.harborMessage)
                        : e.message)},
            {QStringLiteral("request_id"), orNull(e.error.effectiveRequestId())},
            {QStringLiteral("cause"), orNull(success || !e.cause ? QString() : causeId(*e.cause))},
        };
        QString tags;
        if (e.tagsOnDigest) {
            row.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*e.tagsOnDigest));
            if (!e.tagsOnDigest->isEmpty())
                tags = QStringLiteral("\t") + tr("tags: %1").arg(e.tagsOnDigest->join(QStringLiteral(", ")));
        }
        if (m_estimated) {
            if (i < m_freed.size())
                StorageEstimate::insertKeys(row, m_freed.at(i));
            else
                StorageEstimate::insertUnknown(row);
        }
        if (!m_journalId.isEmpty())
            row.insert(QStringLiteral("journal_id"), m_journalId);
        rows.append(row);
        text += QStringLiteral("%1\t%2%3%4\n")
                    .arg(e.status, e.ref, success || !e.cause ? QString() : QStringLiteral("\t") + causeId(*e.cause),
                        tags);
    }
    if (m_ctx.options.json)
        Terminal::out(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    else
        Terminal::out(text);
    if (!m_journalId.isEmpty() && !m_ctx.options.json)
        Terminal::err(tr("journal id: %1 (berthctl undo %1 puts it back)").arg(m_journalId));
    Terminal::flush();
    return exit;
}

} // namespace berth
