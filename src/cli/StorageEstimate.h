#pragma once

#include "api/ApiError.h"
#include "content/StorageScan.h"
#include "core/StorageGraph.h"

#include <functional>
#include <memory>
#include <optional>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace berth {

class ContentCache;
class RegistryClient;
struct CliContext;

// Scans everything the account can see (StorageScan, scope "") for du, plan and rm --dry-run.
// Always the whole visible registry: a blob a repository shares with another anywhere is "shared",
// not "unique", and a delete frees it only when nothing left anywhere references it. The cost is
// one listing per project/repository and one manifest read per revision, but the manifests come
// through the ContentCache (content-addressed), so a second run reads only what changed.
class StorageEstimate : public QObject
{
    Q_OBJECT

public:
    explicit StorageEstimate(CliContext &context, QObject *parent = nullptr);
    ~StorageEstimate() override;

    // Runs once; `done` gets the scan (its graph, warnings) and the listing's error, if any.
    void run(std::function<void(const StorageScan &scan, const ApiError &error)> done);
    // Harbor: what a listing of the whole visible registry found already (a cleanup plan over
    // everything), so that run() reads only the manifests instead of listing it all again.
    void setListing(QList<StorageScan::ListedRepository> listing) { m_listing = std::move(listing); }
    // Harbor: part of it (a plan over a project, folder or repository): run() lists only the rest.
    // `wholeProjects`: projects whose every repository is in `listing`.
    void setPartialListing(QList<StorageScan::ListedRepository> listing, QStringList wholeProjects)
    {
        m_listing = std::move(listing);
        m_wholeProjects = std::move(wholeProjects);
        m_partial = true;
    }

    // "freed_after_gc", "shared_kept", "freed_exact".
    static void insertKeys(QJsonObject &object, const StorageGraph::Freed &freed);
    // The same keys when no estimate could be made: null, null, false.
    static void insertUnknown(QJsonObject &object);
    // "frees X after garbage collection (Y stays, shared with images you keep)", "at most" when not exact.
    static QString freedLine(const StorageGraph::Freed &freed);
    // Why a figure is exact or only "at most", one sentence (plainRegistry: the API's limit).
    static QString exactness(bool exact, bool plainRegistry);
    // After a delete: the space comes back only when garbage collection runs. One wording per kind.
    static QString gcNotice(bool plainRegistry);

private:
    CliContext &m_ctx;
    std::unique_ptr<ContentCache> m_cache;
    QPointer<RegistryClient> m_ownRegistry;
    StorageScan *m_scan = nullptr;
    std::optional<QList<StorageScan::ListedRepository>> m_listing;
    QStringList m_wholeProjects;
    bool m_partial = false;
};

} // namespace berth
