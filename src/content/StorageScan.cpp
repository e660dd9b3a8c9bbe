#include "StorageScan.h"

#include "api/ApiTransport.h"
#include "api/HarborClient.h"
#include "api/PagedListJob.h"
#include "api/RegistryClient.h"
#include "api/RegistryJob.h"
#include "api/RegistryListJob.h"
#include "ContentCache.h"
#include "core/OciManifest.h"
#include "Logging.h"
#include "ManifestRefsIndex.h"

#include <algorithm>
#include <memory>

namespace berth {

namespace {

QString key(const QString &repository, const QString &digest)
{
    return repository + QLatin1Char('@') + digest;
}

// A project needs listing when the scope is inside it or covers it.
bool projectInScope(const QString &scope, const QString &project)
{
    return StorageGraph::inScope(scope, project) || scope.startsWith(project + QLatin1Char('/'));
}

} // namespace

StorageScan::StorageScan(RegistryClient *registry, ContentCache *cache, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_cache(cache)
{ }

StorageScan::StorageScan(HarborClient *harbor, RegistryClient *registry, ContentCache *cache, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_harbor(harbor)
    , m_cache(cache)
{ }

StorageScan::~StorageScan()
{
    m_finished = true; // no signal from the aborts below
    const QSet<QObject *> running = m_running;
    for (QObject *job : running) {
        if (auto *r = qobject_cast<RegistryJob *>(job))
            r->abort();
        else if (auto *l = qobject_cast<RegistryListJob *>(job))
            l->abort();
        else if (auto *p = qobject_cast<PagedListJob *>(job))
            p->abort();
    }
}

void StorageScan::start(const QString &scope)
{
    if (!begin(scope))
        return;
    if (m_harbor)
        startHarbor();
    else
        startPlain();
}

void StorageScan::startListed(const QList<ListedRepository> &listing)
{
    if (!begin({}))
        return;
    if (!m_harbor) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.detail = QStringLiteral("a listing without Harbor");
        finish(e);
        return;
    }
    // As startHarbor(): only an administrator sees every project.
    if (!m_harbor->credentialVerdict().sysadmin)
        m_incomplete = true;
    m_listing = true; // no finish while the roots go in (cache hits complete at once)
    ++m_total;
    for (const ListedRepository &r : listing)
        addArtifacts(r.repository, r.artifacts);
    m_listing = false;
    ++m_done;
    pump();
}

void StorageScan::startWithListing(const QList<ListedRepository> &listing, const QStringList &wholeProjects)
{
    if (!m_harbor) {
        startListed(listing); // ends it with the same error
        return;
    }
    if (!begin({}))
        return;
    m_listedProjects = QSet<QString>(wholeProjects.cbegin(), wholeProjects.cend());
    m_listing = true; // no finish while the roots go in (cache hits complete at once)
    for (const ListedRepository &r : listing) {
        m_listedRepositories.insert(r.repository);
        addArtifacts(r.repository, r.artifacts);
    }
    startHarbor(); // keeps m_listing until the projects are listed
}

// Common to start(), startListed() and startWithListing(): false when the scan ended (or had
// started) already.
bool StorageScan::begin(const QString &scope)
{
    if (m_started)
        return false;
    m_started = true;
    m_scope = scope == QLatin1String("*") ? QString() : scope;
    if (m_cache) {
        m_refs = std::make_unique<ManifestRefsIndex>(m_cache->directory());
        m_refs->load();
    }
    if (!m_registry) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.detail = QStringLiteral("no registry client");
        finish(e);
        return false;
    }
    // QNetworkAccessManager opens at most 6 HTTP/1.1 connections to a host and queues further
    // requests in its own thread, where a connection that finishes a reply starts the next one at
    // once (qtbase src/network/access/qhttpnetworkconnection.cpp, defaultHttpChannelCount). With
    // only parallel() requests handed over, each connection idled while this thread handled a reply
    // and made the next request; handing over twice as many manifest reads keeps the connections
    // busy without opening more (less wall and CPU time: bench/README.md, storage scan). Over https Qt
    // may speak HTTP/2, one connection with a stream per request, where every request handed over
    // is in flight: there, and below 6, never more than parallel().
    const ApiTransport *transport = m_registry->transport();
    if (m_parallel >= kHttp1ConnectionsPerHost && transport
        && transport->baseUrl().scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        m_queuedAhead = m_parallel;
    return true;
}

void StorageScan::cancel()
{
    if (m_finished)
        return;
    m_listQueue.clear();
    m_manifestQueue.clear();
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    finish(e);
}

void StorageScan::startPlain()
{
    m_listing = true;
    RegistryListJob *job = m_registry->catalog();
    m_running.insert(job);
    ++m_total;
    connect(job, &RegistryListJob::page, this, [this](const QStringList &names) {
        for (const QString &name : names) {
            if (StorageGraph::inScope(m_scope, name))
                enqueue({Task::Kind::Tags, name, {}, false});
        }
    });
    connect(job, &RegistryListJob::finished, this, [this, job](const ApiError &error) {
        m_running.remove(job);
        m_listing = false;
        ++m_done;
        if (job->rejectedNames() > 0) {
            m_incomplete = true;
            m_warnings
                << QStringLiteral("%1 repository names outside the grammar were left out").arg(job->rejectedNames());
        }
        if (error)
            return listingFailed(error, QStringLiteral("the catalog"));
        pump();
    });
}

void StorageScan::startHarbor()
{
    m_listing = true;
    ++m_total;
    // Only an administrator sees every project; anyone else may miss a project sharing a blob.
    if (!m_scope.isEmpty() || !m_harbor->credentialVerdict().sysadmin)
        m_incomplete = true;
    PagedListJob *job = m_harbor->listProjects(
        {}, this,
        [this](const QList<Project> &projects, qint64) {
            for (const Project &p : projects) {
                if ((m_scope.isEmpty() || projectInScope(m_scope, p.name)) && !m_listedProjects.contains(p.name))
                    enqueue({Task::Kind::HarborRepositories, {}, p.name, false});
            }
        },
        [this](const ApiError &error) {
            m_listing = false;
            ++m_done;
            if (error)
                return listingFailed(error, QStringLiteral("the projects"));
            pump();
        });
    if (job && !job->isFinished()) {
        m_running.insert(job);
        connect(job, &QObject::destroyed, this, [this, job] { m_running.remove(job); });
    }
}

void StorageScan::enqueue(Task task)
{
    if (m_finished)
        return;
    if (task.kind == Task::Kind::Manifest) {
        const QString k = key(task.repository, task.reference);
        if (m_queued.contains(k))
            return;
        m_queued.insert(k);
    }
    ++m_total;
    (task.kind == Task::Kind::Manifest ? m_manifestQueue : m_listQueue).push_back(std::move(task));
    pump();
}

// Listings go first whenever a request slot is free, and manifests fill the other slots while
// the listing still runs (tags found later are added with StorageGraph::addTag). Two queues, so
// picking the next task never walks the queue. Not re-entrant: a cache hit adds children from
// inside run(), and those wait for this loop (a deep recursion over a warm cache of 100,000
// manifests would exhaust the stack).
void StorageScan::pump()
{
    if (m_finished || m_pumping)
        return;
    m_pumping = true;
    while (!m_finished) {
        std::deque<Task> *next = nullptr;
        if (!m_listQueue.empty() && m_inFlight < m_parallel)
            next = &m_listQueue;
        else if (!m_manifestQueue.empty() && m_inFlight < m_parallel + m_queuedAhead)
            next = &m_manifestQueue;
        if (!next)
            break;
        std::deque<Task> &queue = *next;
        const Task task = std::move(queue.front());
        queue.pop_front();
        ++m_inFlight;
        if (task.kind != Task::Kind::Manifest)
            ++m_listingInFlight;
        run(task);
    }
    m_pumping = false;
    if (m_finished)
        return;
    Q_EMIT progress(m_done, m_total);
    maybeFinish();
}

void StorageScan::taskDone(bool listing)
{
    --m_inFlight;
    if (listing)
        --m_listingInFlight;
    ++m_done;
    pump();
}

void StorageScan::run(const Task &task)
{
    switch (task.kind) {
    case Task::Kind::Tags: {
        RegistryListJob *job = m_registry->tags(task.repository);
        m_running.insert(job);
        auto tags = std::make_shared<QStringList>();
        connect(job, &RegistryListJob::page, this, [tags](const QStringList &names) { *tags += names; });
        connect(job, &RegistryListJob::finished, this, [this, job, tags, task](const ApiError &error) {
            m_running.remove(job);
            if (job->rejectedNames() > 0) {
                m_incomplete = true;
                m_warnings << QStringLiteral("%1: %2 tags outside the grammar were left out")
                                  .arg(task.repository)
                                  .arg(job->rejectedNames());
            }
            if (error && error.kind != ApiError::Kind::NotFound) {
                m_incomplete = true;
                m_warnings << QStringLiteral("%1: tags not listed: %2").arg(task.repository, error.summary());
            }
            for (const QString &tag : std::as_const(*tags))
                enqueue({Task::Kind::Head, task.repository, tag, false});
            taskDone(true);
        });
        return;
    }
    case Task::Kind::Head: {
        RegistryJob *job = m_registry->headManifest(task.repository, task.reference, this,
            [this, task](const RegistryClient::ManifestHead &head, const ApiError &error) {
                if (error) {
                    // A tag deleted since the listing is simply gone; anything else hides a revision.
                    if (error.kind != ApiError::Kind::NotFound) {
                        m_incomplete = true;
                        m_warnings << QStringLiteral("%1:%2: %3").arg(task.repository, task.reference, error.summary());
                    }
                } else if (!head.digest.isEmpty()) {
                    addRoot(task.repository, head.digest, task.reference);
                } else {
                    m_incomplete = true;
                    m_warnings
                        << QStringLiteral("%1:%2: the registry sent no digest").arg(task.repository, task.reference);
                }
                taskDone(true);
            });
        if (job) {
            m_running.insert(job);
            connect(job, &QObject::destroyed, this, [this, job] { m_running.remove(job); });
        }
        return;
    }
    case Task::Kind::HarborRepositories: {
        const QString project = task.reference;
        PagedListJob *job = m_harbor->listRepositories(
            project, {}, this,
            [this](const QList<Repository> &repos, qint64) {
                for (const Repository &r : repos) {
                    if (StorageGraph::inScope(m_scope, r.name) && !m_listedRepositories.contains(r.name))
                        enqueue({Task::Kind::HarborArtifacts, r.name, {}, false});
                }
            },
            [this, project](const ApiError &error) {
                if (error) {
                    m_incomplete = true;
                    m_warnings << QStringLiteral("%1: repositories not listed: %2").arg(project, error.summary());
                }
                taskDone(true);
            });
        if (job && !job->isFinished()) {
            m_running.insert(job);
            connect(job, &QObject::destroyed, this, [this, job] { m_running.remove(job); });
        }
        return;
    }
    case Task::Kind::HarborArtifacts: {
        ArtifactQuery query;
        query.withLabel = false;
        query.withScanOverview = false;
        query.withImmutableStatus = false;
        query.withAccessory = true;
        const QString repository = task.repository;
        const QString project = repository.section(QLatin1Char('/'), 0, 0);
        PagedListJob *job = m_harbor->listArtifacts(
            project, repository.section(QLatin1Char('/'), 1), query, this,
            [this, repository](const QList<Artifact> &artifacts, qint64) { addArtifacts(repository, artifacts); },
            [this, repository](const ApiError &error) {
                if (error) {
                    m_incomplete = true;
                    m_warnings << QStringLiteral("%1: artifacts not listed: %2").arg(repository, error.summary());
                }
                taskDone(true);
            });
        if (job && !job->isFinished()) {
            m_running.insert(job);
            connect(job, &QObject::destroyed, this, [this, job] { m_running.remove(job); });
        }
        return;
    }
    case Task::Kind::Manifest: {
        if (m_refs) {
            if (std::optional<ManifestRefs> refs = m_refs->find(task.reference)) {
                ++m_fromCache;
                addRefs(task.repository, task.reference, *refs);
                --m_inFlight; // as below
                ++m_done;
                return;
            }
        }
        if (m_cache) {
            if (const std::optional<QByteArray> bytes = m_cache->get(task.reference)) {
                ++m_fromCache;
                manifestRead(task, *bytes, task.reference);
                --m_inFlight; // the caller's loop goes on (pump() is not re-entered)
                ++m_done;
                return;
            }
        }
        RegistryJob *job = m_registry->manifest(task.repository, task.reference, this,
            [this, task](const RegistryClient::FetchedManifest &f, const ApiError &error) {
                if (m_finished)
                    return; // aborted when the scan ended
                if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Forbidden) {
                    // Every other manifest would be refused the same way (an account without pull):
                    // a total made of none of them would only look like one.
                    finish(error);
                    return;
                }
                if (error) {
                    // Vanished mid-scan (a root) or never there (a child): the graph says so.
                    m_graph.addMissing(task.repository, task.reference,
                        error.kind == ApiError::Kind::NotFound ? QStringLiteral("404") : error.summary());
                    if (error.kind != ApiError::Kind::NotFound)
                        m_incomplete = true;
                } else {
                    ++m_fetched;
                    // Not written to the cache as an entry: a file created per manifest was most of
                    // a cold scan's time (ext4_create under perf). What the scan needs again goes
                    // to the refs index, in batches (each append takes a lock file, which syncs).
                    // RegistryClient verified the bytes against the digest and parsed them already.
                    manifestParsed(task.repository, f.digest, f.bytes.size(), f.manifest);
                    if (m_refs && m_refs->pendingRecords() >= kRefsBatch)
                        flushRefs();
                }
                taskDone(false);
            });
        if (job) {
            m_running.insert(job);
            connect(job, &QObject::destroyed, this, [this, job] { m_running.remove(job); });
        }
        return;
    }
    }
}

void StorageScan::addArtifacts(const QString &repository, const QList<Artifact> &artifacts)
{
    for (const Artifact &a : artifacts) {
        noteReportedSize(repository, a.digest, a.size);
        for (const Accessory &acc : a.accessories)
            noteReportedSize(repository, acc.digest, acc.size);
        if (a.tags.isEmpty())
            addRoot(repository, a.digest, {});
        for (const Tag &t : a.tags)
            addRoot(repository, a.digest, t.name);
        for (const Accessory &acc : a.accessories)
            addRoot(repository, acc.digest, {});
    }
}

void StorageScan::noteReportedSize(const QString &repository, const QString &digest, qint64 size)
{
    if (!m_graph.setReportedSize(repository, digest, size))
        m_reported.insert(key(repository, digest), size); // set when the manifest is read
}

void StorageScan::addManifestToGraph(
    const QString &repository, const QString &digest, qint64 size, const QList<StorageRef> &refs)
{
    const QString k = key(repository, digest);
    m_graph.addManifest(repository, digest, size, m_tags.take(k), refs);
    if (const auto it = m_reported.constFind(k); it != m_reported.cend()) {
        m_graph.setReportedSize(repository, digest, *it);
        m_reported.erase(it);
    }
}

void StorageScan::addRoot(const QString &repository, const QString &digest, const QString &tag)
{
    if (!tag.isEmpty())
        if (!m_graph.addTag(repository, digest)) // read already: the graph counts it
            m_tags[key(repository, digest)].append(tag);
    enqueue({Task::Kind::Manifest, repository, digest, false});
}

void StorageScan::manifestRead(const Task &task, const QByteArray &bytes, const QString &digest)
{
    Parsed<OciManifest> parsed = parseOciManifest(bytes, {}, digest);
    if (!parsed.ok()) {
        // Stored by the registry, so its bytes count; what it references is unknown.
        m_incomplete = true;
        m_warnings << QStringLiteral("%1@%2: %3").arg(task.repository, digest, parsed.error);
        addManifestToGraph(task.repository, digest, bytes.size(), {});
        return;
    }
    manifestParsed(task.repository, digest, bytes.size(), parsed.value);
}

void StorageScan::manifestParsed(
    const QString &repository, const QString &digest, qint64 size, const OciManifest &manifest)
{
    const ManifestRefs refs = refsOf(size, manifest);
    if (m_refs)
        m_refs->add(digest, refs); // verified bytes: the digest is the key of what they reference
    addRefs(repository, digest, refs);
}

ManifestRefs StorageScan::refsOf(qint64 size, const OciManifest &m)
{
    ManifestRefs r;
    r.size = size;
    r.index = m.kind == OciManifest::Kind::Index;
    if (m.kind == OciManifest::Kind::Image) {
        r.refs.append({m.config.digest, m.config.size, StorageRef::Kind::Config});
        for (const OciDescriptor &l : m.layers)
            r.refs.append({l.digest, l.size, StorageRef::Kind::Layer});
    } else if (m.kind == OciManifest::Kind::Index) {
        for (const OciDescriptor &c : m.manifests)
            r.refs.append({c.digest, c.size, StorageRef::Kind::Child});
    }
    if (m.subject)
        r.refs.append({m.subject->digest, m.subject->size, StorageRef::Kind::Subject});
    return r;
}

void StorageScan::addRefs(const QString &repository, const QString &digest, const ManifestRefs &r)
{
    for (const StorageRef &ref : r.refs) {
        if (ref.kind == StorageRef::Kind::Child)
            enqueue({Task::Kind::Manifest, repository, ref.digest, true});
    }
    addManifestToGraph(repository, digest, r.size, r.refs);
}

void StorageScan::flushRefs()
{
    if (m_refs)
        m_refs->flush(); // an index that cannot be written makes the next scan slower, never wrong
}

void StorageScan::listingFailed(const ApiError &error, const QString &what)
{
    qCWarning(lcContent) << "storage scan:" << what << "not listed:" << error.summary();
    m_listError = error;
    finish(error);
}

void StorageScan::maybeFinish()
{
    if (m_finished || m_listing || m_inFlight > 0 || !m_listQueue.empty() || !m_manifestQueue.empty())
        return;
    finish({});
}

void StorageScan::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    const QSet<QObject *> running = m_running;
    m_running.clear();
    for (QObject *job : running) {
        if (auto *r = qobject_cast<RegistryJob *>(job))
            r->abort();
        else if (auto *l = qobject_cast<RegistryListJob *>(job))
            l->abort();
        else if (auto *p = qobject_cast<PagedListJob *>(job))
            p->abort();
    }
    flushRefs();
    m_graph.setComplete(!error && !m_incomplete && m_scope.isEmpty());
    m_tags.clear();
    m_reported.clear();
    m_queued.clear();
    Q_EMIT progress(m_done, m_total);
    Q_EMIT finished(error);
}

} // namespace berth
