#include "UndoRunListing.h"

#include "api/HarborClient.h"
#include "api/PagedListJob.h"
#include "api/RegistryClient.h"
#include "api/RegistryListJob.h"
#include "Logging.h"

#include <memory>
#include <QPointer>

namespace berth {

void UndoRunListing::list(HarborClient *harbor, RegistryClient *registry, const QString &project,
    const QString &repositoryPath, const QString &repository, int heads, QObject *context,
    std::function<void(const UndoRepositoryListing &)> done)
{
    struct State
    {
        UndoRepositoryListing listing;
        bool tooLarge = false;
        bool reported = false;
        qint64 pages = 0;
        std::function<void(const UndoRepositoryListing &)> done;
        void report(bool ok)
        {
            if (reported)
                return;
            reported = true;
            listing.listed = ok && !tooLarge;
            if (!listing.listed) {
                listing.digests.clear();
                listing.tags.clear();
            }
            done(listing);
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    if (heads < kHeadsPerPage || (!harbor && !registry)) {
        state->report(false);
        return;
    }
    if (harbor && !project.isEmpty()) {
        state->listing.tagDigests = true;
        ArtifactQuery q;
        q.withTag = true;
        q.withLabel = false;
        q.withScanOverview = false;
        q.withImmutableStatus = false;
        auto job = std::make_shared<QPointer<PagedListJob>>();
        *job = harbor->listArtifacts(
            project, repositoryPath, q, context,
            [state, job, heads](const QList<Artifact> &items, qint64 firstIndex) {
                if (firstIndex == 0 && *job && (*job)->totalCount()) {
                    const qint64 pages
                        = (*(*job)->totalCount() + PagedListJob::kPageSize - 1) / PagedListJob::kPageSize;
                    if (pages * kHeadsPerPage > heads) {
                        state->tooLarge = true;
                        (*job)->abort(); // before page 2 is asked for: pages are requested after this one's delivery
                        return;
                    }
                }
                // Without X-Total-Count the pages come one by one: stop once they cost more than the HEADs.
                if (++state->pages * kHeadsPerPage > heads && *job) {
                    state->tooLarge = true;
                    (*job)->abort();
                    return;
                }
                for (const Artifact &a : items) {
                    state->listing.digests.insert(a.digest);
                    for (const Tag &t : a.tags)
                        state->listing.tags.insert(t.name, a.digest);
                }
            },
            [state, repository](const ApiError &e) {
                if (e.isError() && !state->tooLarge)
                    qCDebug(lcOperations).noquote()
                        << "undo: listing" << repository << "failed, checking by HEAD:" << e.summary();
                state->report(!e.isError());
            });
        return;
    }
    if (!registry) {
        state->report(false);
        return;
    }
    RegistryListJob *job = registry->tags(repository);
    const qint64 maxNames = qint64(heads) * kNamesPerHead;
    QPointer<RegistryListJob> guard(job);
    QObject::connect(job, &RegistryListJob::page, context, [state, guard, maxNames](const QStringList &names) {
        for (const QString &n : names)
            state->listing.tags.insert(n, QString());
        if (state->listing.tags.size() > maxNames && guard) {
            state->tooLarge = true;
            guard->abort();
        }
    });
    QObject::connect(job, &RegistryListJob::finished, context, [state, repository](const ApiError &e) {
        if (e.isError() && !state->tooLarge)
            qCDebug(lcOperations).noquote()
                << "undo: tags/list of" << repository << "failed, checking by HEAD:" << e.summary();
        state->report(!e.isError());
    });
}

} // namespace berth
