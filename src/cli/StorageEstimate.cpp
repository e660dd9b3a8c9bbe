#include "StorageEstimate.h"

#include "api/RegistryClient.h"
#include "CliContext.h"
#include "content/ContentCache.h"
#include "content/StorageScan.h"
#include "RowFormat.h"
#include "Terminal.h"

namespace berth {

StorageEstimate::StorageEstimate(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{ }

StorageEstimate::~StorageEstimate() = default;

void StorageEstimate::run(std::function<void(const StorageScan &scan, const ApiError &error)> done)
{
    // The cache berth and inspect share: the second run reads only manifests it has not seen.
    m_cache = std::make_unique<ContentCache>();
    if (m_ctx.isPlainRegistry()) {
        m_scan = new StorageScan(m_ctx.registry, m_cache.get(), this);
    } else {
        // Harbor lists; the manifests come over /v2/ on the same transport (and credentials).
        m_ownRegistry = new RegistryClient(m_ctx.transport, this);
        m_scan = new StorageScan(m_ctx.client, m_ownRegistry, m_cache.get(), this);
    }
    if (m_ctx.options.concurrency > 0)
        m_scan->setParallel(m_ctx.options.concurrency);
    else
        m_scan->setParallel(6);
    connect(m_scan, &StorageScan::progress, this,
        [](int done, int total) { Terminal::progress(tr("reading manifests: %1 of %2").arg(done).arg(total)); });
    connect(m_scan, &StorageScan::finished, this, [this, done](const ApiError &error) {
        Terminal::endProgress();
        done(*m_scan, error);
    });
    if (m_listing && !m_ctx.isPlainRegistry() && m_partial)
        m_scan->startWithListing(*m_listing, m_wholeProjects);
    else if (m_listing && !m_ctx.isPlainRegistry())
        m_scan->startListed(*m_listing);
    else
        m_scan->start({});
}

void StorageEstimate::insertKeys(QJsonObject &object, const StorageGraph::Freed &freed)
{
    // A manifest the scan could not read weighs nothing in the graph: a figure without it would
    // be silently low, so the figure is not known.
    if (freed.unknown > 0) {
        insertUnknown(object);
        return;
    }
    object.insert(QStringLiteral("freed_after_gc"), freed.freed);
    object.insert(QStringLiteral("shared_kept"), freed.sharedKept);
    object.insert(QStringLiteral("freed_exact"), freed.exact);
}

void StorageEstimate::insertUnknown(QJsonObject &object)
{
    object.insert(QStringLiteral("freed_after_gc"), QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("shared_kept"), QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("freed_exact"), false);
}

QString StorageEstimate::freedLine(const StorageGraph::Freed &freed)
{
    if (freed.unknown > 0)
        return tr("what this frees after garbage collection is not known: %n of the manifests it deletes could not "
                  "be read",
            "", freed.unknown);
    const QString freedText = RowFormat::humanSize(freed.freed);
    const QString keptText = RowFormat::humanSize(freed.sharedKept);
    return freed.exact
        ? tr("frees %1 after garbage collection (%2 stays, shared with images you keep)").arg(freedText, keptText)
        : tr("frees at most %1 after garbage collection (%2 stays, shared with images you keep)")
              .arg(freedText, keptText);
}

QString StorageEstimate::exactness(bool exact, bool plainRegistry)
{
    if (plainRegistry)
        return exact ? tr("Exact as far as the registry's API shows: untagged manifests it does not list are not "
                          "counted.")
                     : tr("At most: the scan did not see every repository (see the problems above), so a blob may "
                          "be shared with one it did not see; untagged manifests the registry does not list are not "
                          "counted either.");
    return exact ? tr("Exact: this account sees the whole registry.")
                 : tr("At most: this account does not see the whole registry (only a system administrator does), "
                      "so a blob counted as unique here may be shared with a project it cannot see.");
}

QString StorageEstimate::gcNotice(bool plainRegistry)
{
    if (plainRegistry)
        return tr("The registry frees the storage only when its garbage collection runs "
                  "(distribution: 'registry garbage-collect').");
    // Harbor's GC job skips blobs updated within its time window, 2 hours unless the API call sets
    // time_window (goharbor/harbor src/jobservice/job/impl/gc/garbage_collection.go, parseParams and
    // blobMgr.UselessBlobs(ctx, gc.timeWindowHours)).
    return tr("Harbor frees the storage only when garbage collection runs, and its garbage collection skips blobs "
              "deleted in the last two hours: space deleted now comes back with a run at least two hours later.");
}

} // namespace berth
