#pragma once

#include "api/ApiError.h"
#include "core/Artifact.h"
#include "core/ManifestRefs.h"
#include "core/StorageGraph.h"

#include <deque>
#include <memory>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace berth {

class ContentCache;
class ManifestRefsIndex;
class HarborClient;
class RegistryClient;
struct OciManifest;

// Fills a StorageGraph from a registry: every manifest revision visible in a scope, with the
// blobs it references. What a manifest references is looked up by digest in the cache's refs
// index (ManifestRefsIndex), then in the ContentCache's entries, and only then fetched; fetched
// manifests add to the refs index, not to the cache's entries, so a second scan fetches only
// what changed and a first one creates no file per manifest. Two listings feed the same walk:
// - a plain registry (RegistryClient): /v2/_catalog, tags/list per repository, HEAD per tag for its
//   digest. The distribution API lists no untagged manifest, so an untagged revision that no tag
//   reaches (an index child, a referrers-tag entry) is invisible: "complete" then means complete
//   as far as the API can tell.
// - Harbor (HarborClient): projects, repositories, artifacts with tags and accessories.
// Then each digest is read (cache, else GET /v2/<repo>/manifests/<digest>), and an index's
// children are walked too. At most parallel() requests are on the wire (see setParallel). A manifest that vanished
// mid-scan or a child that answers 404 is recorded in the graph (StorageGraph::addMissing) and
// the scan goes on; an error listing the scope ends it with that error.
class StorageScan : public QObject
{
    Q_OBJECT

public:
    // A plain registry.
    StorageScan(RegistryClient *registry, ContentCache *cache, QObject *parent = nullptr);
    // Harbor: lists through `harbor`, reads manifests through `registry` (on the same transport).
    StorageScan(HarborClient *harbor, RegistryClient *registry, ContentCache *cache, QObject *parent = nullptr);
    ~StorageScan() override;

    // Requests on the wire: over plain http with 6 or more, up to as many manifest reads again
    // wait in Qt's queue for a free connection (start()).
    void setParallel(int requests) { m_parallel = qBound(1, requests, 32); }
    int parallel() const { return m_parallel; }

    // Scope as StorageGraph::inScope ("" or "*": everything). Starts once.
    void start(const QString &scope = {});
    // Harbor, with the listing made already: every project the account sees, each repository with
    // its artifacts, tags and accessories (what startHarbor() would list, e.g. a whole-registry
    // cleanup plan's data). Only the manifests are read; scope "". Starts once, as start().
    struct ListedRepository
    {
        QString repository; // full name
        QList<Artifact> artifacts;
    };
    void startListed(const QList<ListedRepository> &listing);
    // Harbor, with part of the listing made already (a plan over one project, folder or
    // repository): lists the rest of the registry as start() does, but not the artifacts of the
    // repositories in `listing`, nor the repositories of `wholeProjects` (listed whole). Scope "".
    void startWithListing(const QList<ListedRepository> &listing, const QStringList &wholeProjects);
    void cancel(); // finished(Cancelled) follows
    bool isFinished() const { return m_finished; }

    const StorageGraph &graph() const { return m_graph; }
    int manifestsFetched() const { return m_fetched; } // over the network
    int manifestsFromCache() const { return m_fromCache; }
    QStringList warnings() const { return m_warnings; } // what made the scan incomplete, printable

Q_SIGNALS:
    // done of total known so far (listings and manifests); total grows as the scan discovers.
    void progress(int done, int total);
    // Exactly once. error: the listing of the scope failed, or Cancelled.
    void finished(const berth::ApiError &error);

private:
    struct Task
    {
        enum class Kind { Tags, Head, Manifest, HarborRepositories, HarborArtifacts };
        Kind kind = Kind::Manifest;
        QString repository; // full name
        QString reference; // Head: tag; Manifest: digest; HarborRepositories: project
        bool child = false; // Manifest: an index entry
    };

    bool begin(const QString &scope);
    void startPlain();
    void startHarbor();
    void addArtifacts(const QString &repository, const QList<Artifact> &artifacts);
    void enqueue(Task task);
    void pump();
    void run(const Task &task);
    void taskDone(bool listing);
    void listingFailed(const ApiError &error, const QString &what);
    void maybeFinish();
    void finish(const ApiError &error);
    void addRoot(const QString &repository, const QString &digest, const QString &tag);
    void noteReportedSize(const QString &repository, const QString &digest, qint64 size);
    void addManifestToGraph(
        const QString &repository, const QString &digest, qint64 size, const QList<StorageRef> &refs);
    void manifestRead(const Task &task, const QByteArray &bytes, const QString &digest);
    void manifestParsed(const QString &repository, const QString &digest, qint64 size, const OciManifest &manifest);
    static ManifestRefs refsOf(qint64 size, const OciManifest &manifest);
    void addRefs(const QString &repository, const QString &digest, const ManifestRefs &refs);
    void flushRefs();

    QPointer<RegistryClient> m_registry;
    QPointer<HarborClient> m_harbor;
    ContentCache *m_cache = nullptr;
    // What each manifest references, beside the cache: a warm scan reads it instead of the entries.
    std::unique_ptr<ManifestRefsIndex> m_refs;
    StorageGraph m_graph;
    QString m_scope;
    int m_parallel = 4;
    std::deque<Task> m_listQueue; // listings: run first
    std::deque<Task> m_manifestQueue;
    QSet<QObject *> m_running; // jobs in flight (RegistryJob, RegistryListJob, ApiJob, PagedListJob)
    int m_inFlight = 0;
    int m_listingInFlight = 0;
    bool m_pumping = false;
    bool m_listing = false; // a listing (catalog, projects) still delivering
    // Tags per (repository, digest) found before the revision was read; later ones go to the graph.
    QHash<QString, QStringList> m_tags; // key: repository + '@' + digest
    QHash<QString, qint64> m_reported; // Harbor's artifact sizes of revisions not read yet; same key
    QSet<QString> m_listedRepositories; // startWithListing: listed already, not again
    QSet<QString> m_listedProjects;
    QSet<QString> m_queued; // repository@digest queued for a manifest read
    QStringList m_warnings;
    int m_done = 0;
    int m_total = 0;
    int m_fetched = 0;
    int m_fromCache = 0;
    bool m_incomplete = false;
    bool m_started = false;
    bool m_finished = false;
    ApiError m_listError;
    // New refs-index records are appended this many at a time.
    static constexpr int kRefsBatch = 4096;
    // Qt's HTTP/1.1 connections per host; manifest reads handed to Qt beyond parallel() (start()).
    static constexpr int kHttp1ConnectionsPerHost = 6;
    int m_queuedAhead = 0;
};

} // namespace berth
