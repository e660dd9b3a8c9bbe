// rm on a plain OCI registry: the distribution API deletes manifests by digest, and a digest
// delete takes every tag on it (distribution docs/spec/api.md "Deleting an Image"). A tag alone
// is tried with the OCI 1.1 tag delete; a registry that refuses it gets the words and the exact
// digest command, never a digest delete in its place.
#include "api/RegistryClient.h"
#include "diagnosis/ErrorPresenter.h"
#include "ExitCodes.h"
#include "RegistryTagLookup.h"
#include "RemoveCommand.h"
#include "Terminal.h"

#include <memory>

namespace berth {

namespace {
int concurrencyOf(const CliOptions &o)
{
    return o.concurrency > 0 ? o.concurrency : 4;
}
} // namespace

int RemoveCommand::exitFor(const Entry &e) const
{
    if (e.code == QLatin1String("INVALID_REF") || e.code == QLatin1String("WRONG_REGISTRY")
        || e.code == QLatin1String("NOT_SENT"))
        return ExitUsage;
    if (e.error)
        return e.cause ? exitCodeFor(e.error, *e.cause) : exitCodeFor(e.error);
    if (e.status == QLatin1String("not_found"))
        return ExitNotFound;
    const int code = e.cause ? exitCodeFor(ApiError {}, *e.cause) : ExitOk;
    return code == ExitOk ? ExitFailure : code;
}

void RemoveCommand::inSequence(
    QList<int> indexes, std::function<void(int, std::function<void()>)> step, std::function<void()> then)
{
    if (indexes.isEmpty())
        return then();
    const int index = indexes.takeFirst();
    step(index, [this, indexes, step, then] { inSequence(indexes, step, then); });
}

void RemoveCommand::lookUpDigestTags(int index, std::function<void()> done)
{
    const DeleteItem item = m_entries.at(index).item;
    RegistryTagLookup::run(m_ctx.registry, item.repository, concurrencyOf(m_ctx.options), this,
        [this, index, item, done](const QMap<QString, QString> &digests, const ApiError &e) {
            if (e)
                Terminal::err(tr("warning: %1: which tags are on %2 is not known: %3")
                                  .arg(item.repository, item.digest, e.summary()));
            else
                m_entries[index].tagsOnDigest = RegistryTagLookup::tagsOn(digests, item.digest);
            done();
        });
}

void RemoveCommand::registryRun()
{
    QList<int> digestItems;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].valid && m_entries[i].item.action == DeleteItem::Action::DeleteArtifact)
            digestItems << i;
    // The tags that go with each manifest are named before it goes: afterwards nobody can tell.
    inSequence(
        digestItems, [this](int i, std::function<void()> next) { lookUpDigestTags(i, next); },
        [this] {
            QList<DeleteItem> items;
            QList<int> map;
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries[i].valid) {
                    items << m_entries[i].item;
                    if (m_entries[i].tagsOnDigest)
                        items.last().tags = *m_entries[i].tagsOnDigest; // for undo
                    map << i;
                }
            }
            auto *batch = new DeleteBatch(m_ctx.registry, items, concurrencyOf(m_ctx.options), this);
            DeleteBatch::JournalContext journal;
            journal.source = QStringLiteral("berthctl");
            journal.profile = m_ctx.profile ? m_ctx.profile->name : QString();
            journal.registry = m_ctx.transport->baseUrl();
            journal.username = m_ctx.transport->settings().username;
            journal.causeOf = [this](const DeleteItem &, const ApiError &error) {
                return causeId(ErrorPresenter::causeOf(error, diagnosisFor({})));
            };
            batch->setJournal(std::make_shared<ActionJournal>(), journal);
            batch->enableUndo();
            m_journalId = batch->journalId();
            auto refused = std::make_shared<QList<int>>();
            connect(batch, &DeleteBatch::itemFinished, this, [this, batch, map, refused](int index) {
                Entry &e = m_entries[map.at(index)];
                const DeleteOutcome &o = batch->outcomes().at(index);
                e.status = deleteStateName(o.state);
                e.error = o.error;
                if (o.state != DeleteState::Deleted && o.state != DeleteState::AlreadyGone && o.error) {
                    e.cause = ErrorPresenter::causeOf(o.error, diagnosisFor({}));
                    if (e.cause == Cause::TagDeleteUnsupported)
                        *refused << map.at(index); // explained with its digest once the batch is done
                    else
                        explain(o.error);
                }
                Terminal::progress(tr("%1 of %2").arg(batch->finishedCount()).arg(batch->items().size()));
            });
            connect(batch, &DeleteBatch::finished, this, [this, batch, refused] {
                if (!batch->journalError().isEmpty())
                    Terminal::err(
                        tr("warning: the action journal could not be written: %1").arg(batch->journalError()));
                Terminal::endProgress();
                inSequence(
                    *refused, [this](int i, std::function<void()> next) { explainTagDelete(i, next); },
                    [this] { report(); });
            });
            batch->start();
        });
}

void RemoveCommand::explainTagDelete(int index, std::function<void()> done)
{
    const DeleteItem item = m_entries.at(index).item;
    RegistryTagLookup::run(m_ctx.registry, item.repository, concurrencyOf(m_ctx.options), this,
        [this, index, item, done](const QMap<QString, QString> &digests, const ApiError &lookupError) {
            if (!lookupError && !digests.contains(item.tag)) {
                // distribution reads any tag as a digest and refuses it before looking: the tag
                // was never there, which is the answer, not the registry's inability.
                Entry &e = m_entries[index];
                e.status = QStringLiteral("not_found");
                e.error = {};
                e.cause = Cause::AlreadyDeleted;
                e.message = tr("no tag %1 in %2").arg(item.tag, item.repository);
                done();
                return;
            }
            const QString digest = digests.value(item.tag);
            m_ctx.registry->probeDeletion(item.repository, this,
                [this, index, item, digests, digest, done](
                    const RegistryClient::DeletionSupport &support, const ApiError &) {
                    Entry &e = m_entries[index];
                    DiagnosisContext c = diagnosisFor({});
                    if (support == RegistryClient::DeletionSupport::Disabled) {
                        // The digest command would be refused too: say what stops both.
                        c.decidedCause = Cause::RegistryDeleteDisabled;
                    } else {
                        c.decidedCause = Cause::TagDeleteUnsupported;
                        c.manifestDigest = digest;
                        if (!digest.isEmpty()) {
                            QStringList others = RegistryTagLookup::tagsOn(digests, digest);
                            others.removeAll(item.tag);
                            c.otherTags = others;
                        }
                    }
                    e.cause = *c.decidedCause;
                    Terminal::err(ErrorPresenter::terminalText(e.error, c));
                    if (e.cause == Cause::TagDeleteUnsupported && !digest.isEmpty())
                        e.message = tr("this registry deletes manifests only; to delete the manifest and every tag "
                                       "on it: berthctl rm %1@%2")
                                        .arg(item.repository, digest);
                    done();
                });
        });
}

void RemoveCommand::registryDryRun()
{
    QList<int> valid;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].valid)
            valid << i;
    inSequence(
        valid, [this](int i, std::function<void()> next) { registryCheckOne(i, next); }, [this] { report(); });
}

void RemoveCommand::registryCheckOne(int index, std::function<void()> done)
{
    const DeleteItem item = m_entries.at(index).item;
    RegistryTagLookup::run(m_ctx.registry, item.repository, concurrencyOf(m_ctx.options), this,
        [this, index, item, done](const QMap<QString, QString> &digests, const ApiError &listError) {
            Entry &e = m_entries[index];
            const bool byTag = item.action == DeleteItem::Action::RemoveTag;
            if (listError && listError.kind != ApiError::Kind::NotFound) {
                e.status = QStringLiteral("failed");
                e.error = listError;
                e.cause = ErrorPresenter::causeOf(listError, diagnosisFor({}));
                explain(listError);
                return done();
            }
            const QString digest = byTag ? digests.value(item.tag) : item.digest;
            const bool present = byTag ? digests.contains(item.tag) : digests.values().contains(item.digest);
            if (!byTag)
                e.tagsOnDigest = RegistryTagLookup::tagsOn(digests, digest);
            const auto probe = [this, index, item, digests, digest, byTag, done] {
                m_ctx.registry->probeDeletion(item.repository, this,
                    [this, index, item, digests, digest, byTag, done](
                        const RegistryClient::DeletionSupport &support, const ApiError &) {
                        Entry &e = m_entries[index];
                        if (support == RegistryClient::DeletionSupport::Disabled) {
                            e.status = QStringLiteral("failed");
                            e.cause = Cause::RegistryDeleteDisabled;
                            e.message = tr("the registry refuses every delete (405): deletion is turned off");
                            Terminal::err(QStringLiteral("%1: %2: %3").arg(causeId(*e.cause), e.ref, e.message));
                            return done();
                        }
                        e.status = QStringLiteral("planned");
                        if (byTag) {
                            QStringList others = RegistryTagLookup::tagsOn(digests, digest);
                            others.removeAll(item.tag);
                            e.message
                                = tr("the tag is on %1; a registry that deletes manifests only will refuse to "
                                     "remove it alone (other tags on it: %2)")
                                      .arg(digest, others.isEmpty() ? tr("none") : others.join(QStringLiteral(", ")));
                        }
                        done();
                    });
            };
            if (present)
                return probe();
            if (byTag) {
                e.status = QStringLiteral("not_found");
                e.cause = Cause::AlreadyDeleted;
                e.message = tr("no tag %1 in %2").arg(item.tag, item.repository);
                Terminal::err(QStringLiteral("%1: %2: %3").arg(causeId(*e.cause), e.ref, e.message));
                return done();
            }
            // An untagged manifest is in no tag list: ask for it by digest.
            m_ctx.registry->headManifest(item.repository, item.digest, this,
                [this, index, probe, done](const RegistryClient::ManifestHead &, const ApiError &he) {
                    if (!he)
                        return probe();
                    Entry &e = m_entries[index];
                    e.status
                        = he.kind == ApiError::Kind::NotFound ? QStringLiteral("not_found") : QStringLiteral("failed");
                    e.error = he;
                    e.cause = ErrorPresenter::causeOf(he, diagnosisFor({}));
                    explain(he);
                    done();
                });
        });
}

} // namespace berth
