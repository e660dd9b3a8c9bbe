#include "UndoRun.h"

#include "api/HarborClient.h"
#include "api/RegistryClient.h"
#include "content/ContentCache.h"
#include "core/OciMediaTypes.h"
#include "Logging.h"
#include "UndoRunListing.h"

#include <memory>
#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <utility>

namespace berth {

namespace {

// Runs tasks with at most `limit` at a time. A task may finish at once, inside the call that
// started it (a check that needs no request): the loop then starts the next one itself, with no
// recursion, and `then` runs once, after the last task, never from inside the loop (which would
// free the loop's own state under it: what the address sanitizer caught before).
struct TaskQueue : std::enable_shared_from_this<TaskQueue>
{
    QList<std::function<void(std::function<void()> done)>> tasks;
    int limit = 1;
    int next = 0, running = 0, done = 0;
    bool pumping = false;
    std::function<void()> then;

    void pump()
    {
        if (pumping)
            return; // the loop below goes on
        pumping = true;
        const std::shared_ptr<TaskQueue> self = shared_from_this(); // alive through the loop
        while (running < limit && next < tasks.size()) {
            ++running;
            tasks.at(next++)([self] {
                --self->running;
                ++self->done;
                self->pump();
            });
        }
        pumping = false;
        if (done == tasks.size() && then) {
            const std::function<void()> last = std::exchange(then, nullptr);
            last();
        }
    }
};

constexpr int kMaxDepth = 4; // as UndoRecorder keeps them

QString ociManifestType()
{
    return QStringLiteral("application/vnd.oci.image.manifest.v1+json");
}

QStringList tagsOf(const JournalEntry &e)
{
    if (!e.tags.isEmpty())
        return e.tags;
    return e.tag.isEmpty() ? QStringList() : QStringList {e.tag};
}

// Harbor's REST API names the repository without its project.
QString repositoryPath(const JournalEntry &e)
{
    const QString prefix = e.project + QLatin1Char('/');
    return !e.project.isEmpty() && e.repository.startsWith(prefix) ? e.repository.mid(prefix.size()) : e.repository;
}

bool refusedWrite(const ApiError &e)
{
    return e.kind == ApiError::Kind::Unauthorized || e.kind == ApiError::Kind::Forbidden;
}

} // namespace

UndoRun::UndoRun(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_cache(std::make_unique<ContentCache>(m_request.cacheDirectory))
    , m_plans(m_request.entries.size())
    , m_results(m_request.entries.size())
    , m_active(m_request.entries.size(), true)
{ }

UndoRun::~UndoRun() = default;

bool UndoRun::loadTree(int index, QString *why)
{
    const JournalEntry &e = m_request.entries.at(index);
    Plan &plan = m_plans[index];
    plan.tags = tagsOf(e);
    // Depth-first, children before their index: the order they are put back in.
    LoadNode load = [&](const QString &digest, const QString &type, int depth) -> bool {
        for (const Node &n : std::as_const(plan.nodes))
            if (n.digest == digest)
                return true; // an accessory's child that is the subject's as well: put once
        if (depth > kMaxDepth) {
            *why = tr("indexes nested deeper than %1").arg(kMaxDepth);
            return false;
        }
        const std::optional<QByteArray> bytes = m_cache->get(digest);
        if (!bytes) {
            *why = tr("the manifest %1 is no longer in Berth's cache").arg(digest);
            return false;
        }
        const Parsed<OciManifest> parsed = parseOciManifest(*bytes, type, digest);
        if (!parsed.ok()) {
            *why = tr("the cached manifest %1 cannot be read: %2").arg(digest, parsed.error);
            return false;
        }
        if (parsed.value.kind == OciManifest::Kind::Index)
            for (const OciDescriptor &d : parsed.value.manifests)
                if (!load(d.digest, d.mediaType, depth + 1))
                    return false;
        Node n;
        n.digest = digest;
        n.bytes = *bytes;
        n.manifest = parsed.value;
        n.mediaType = !type.isEmpty()           ? type
            : !parsed.value.mediaType.isEmpty() ? parsed.value.mediaType
                                                : ociManifestType();
        plan.nodes << n;
        return true;
    };
    if (e.digest.isEmpty()) {
        *why = tr("the journal does not name its digest");
        return false;
    }
    if (!load(e.digest, OciMediaType::essence(e.mediaType), 0))
        return false;
    plan.root = int(plan.nodes.size()) - 1;
    if (!loadAccessories(index, load)) {
        *why = tr("an accessory deleted with it: %1").arg(*why);
        return false;
    }
    return true;
}

void UndoRun::start()
{
    for (int i = 0; i < m_request.entries.size(); ++i) {
        QString why;
        if (!loadTree(i, &why)) {
            m_active[i] = false;
            m_results[i] = {QStringLiteral("refused"), QStringLiteral("undo_unavailable"), why, {}, {}, {}, {}};
            if (m_refusal == Refusal::None)
                m_refusal = Refusal::NotUndoable;
        }
    }
    if (!m_request.registry) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.transportMessage = QStringLiteral("no connection");
        m_error = e;
        QTimer::singleShot(0, this, &UndoRun::finish);
        return;
    }
    if (m_refusal != Refusal::None) {
        // One entry that cannot come back stops the batch: a partial undo would be a new state nobody chose.
        for (int i = 0; i < m_results.size(); ++i)
            if (m_active[i])
                m_results[i] = {QStringLiteral("refused"), QStringLiteral("undo_unavailable"),
                    tr("another entry of the batch cannot be undone"), {}, {}, {}, {}};
        QTimer::singleShot(0, this, &UndoRun::finish);
        return;
    }
    check();
}

void UndoRun::runTasks(QList<Task> tasks, int concurrency, std::function<void()> then)
{
    if (tasks.isEmpty()) {
        QTimer::singleShot(0, this, std::move(then));
        return;
    }
    auto q = std::make_shared<TaskQueue>();
    q->tasks = std::move(tasks);
    q->limit = qMax(1, concurrency);
    q->then = std::move(then);
    q->pump();
}

void UndoRun::check()
{
    // One listing per repository where it pays (a large batch): it names the tags there and, on
    // Harbor, each tag's digest and the artifacts present, in place of a HEAD for every one.
    QHash<QString, int> heads; // repository -> HEADs it would cost
    QHash<QString, QSet<QString>> seen; // repository -> tags and digests counted
    QHash<QString, int> firstEntry;
    QStringList order;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!m_active[i])
            continue;
        const QString repo = m_request.entries.at(i).repository;
        if (!firstEntry.contains(repo)) {
            firstEntry.insert(repo, i);
            order << repo;
        }
        QSet<QString> &s = seen[repo];
        for (const Node &n : std::as_const(m_plans[i].nodes))
            if (!s.contains(n.digest)) {
                s.insert(n.digest);
                ++heads[repo];
            }
        for (const QString &tag : std::as_const(m_plans[i].tags))
            if (!s.contains(QLatin1Char(':') + tag)) {
                s.insert(QLatin1Char(':') + tag);
                ++heads[repo];
            }
    }
    QList<Task> listings;
    for (const QString &repo : std::as_const(order)) {
        const JournalEntry &e = m_request.entries.at(firstEntry.value(repo));
        const QString project = e.project, path = repositoryPath(e);
        const int cost = heads.value(repo);
        listings << [this, repo, project, path, cost](std::function<void()> done) {
            UndoRunListing::list(m_request.harbor, m_request.registry, project, path, repo, cost, this,
                [this, repo, done](const UndoRepositoryListing &l) {
                    if (l.listed)
                        m_listings.insert(repo, l);
                    done();
                });
        };
    }
    runTasks(listings, m_request.concurrency, [this] { checkByHead(); });
}

void UndoRun::checkByHead()
{
    RegistryClient *r = m_request.registry;
    QList<Task> tasks;
    // One HEAD per distinct manifest: a batch of tag removals names the same few digests over and
    // over (1,000 tags of one image would otherwise ask 1,000 times).
    QHash<QString, QList<QPair<int, int>>> manifestUsers; // repository@digest -> (entry, node)
    QStringList manifestOrder;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!m_active[i])
            continue;
        const QString repo = m_request.entries.at(i).repository;
        for (int n = 0; n < m_plans[i].nodes.size(); ++n) {
            const QString key = repo + QLatin1Char('@') + m_plans[i].nodes[n].digest;
            auto it = manifestUsers.find(key);
            if (it == manifestUsers.end()) {
                it = manifestUsers.insert(key, {});
                manifestOrder << key;
            }
            it->append({i, n});
        }
    }
    for (const QString &key : std::as_const(manifestOrder)) {
        const QList<QPair<int, int>> users = manifestUsers.value(key);
        const QString repo = key.section(QLatin1Char('@'), 0, 0);
        const QString digest = key.section(QLatin1Char('@'), 1);
        // Listed: present. Not listed (an index's child, which Harbor lists under its index only,
        // or a manifest that is gone): a HEAD tells.
        const auto listed = m_listings.constFind(repo);
        if (listed != m_listings.constEnd() && listed->digests.contains(digest)) {
            for (const auto &[i, n] : users)
                m_plans[i].nodes[n].present = true;
            continue;
        }
        tasks << [this, r, repo, digest, users](std::function<void()> done) {
            r->headManifest(
                repo, digest, this, [this, users, done](const RegistryClient::ManifestHead &, const ApiError &e) {
                    for (const auto &[i, n] : users) {
                        if (!e.isError())
                            m_plans[i].nodes[n].present = true;
                        else if (e.kind != ApiError::Kind::NotFound)
                            failEntry(i, e, false);
                    }
                    done();
                });
        };
    }
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!m_active[i])
            continue;
        const QString repo = m_request.entries.at(i).repository;
        const auto listed = m_listings.constFind(repo);
        for (const QString &tag : std::as_const(m_plans[i].tags)) {
            if (listed != m_listings.constEnd()) {
                const auto it = listed->tags.constFind(tag);
                if (it == listed->tags.constEnd())
                    continue; // the repository has no such tag: nothing to ask
                if (listed->tagDigests) {
                    tagFound(i, repo, tag, *it);
                    continue;
                }
            }
            tasks << [this, r, repo, i, tag](std::function<void()> done) {
                r->headManifest(repo, tag, this,
                    [this, i, tag, repo, done](const RegistryClient::ManifestHead &head, const ApiError &e) {
                        if (e.isError() && e.kind != ApiError::Kind::NotFound)
                            failEntry(i, e, false);
                        else if (!e.isError())
                            tagFound(i, repo, tag, head.digest);
                        done();
                    });
            };
        }
    }
    checkAccessoryTags(&tasks);
    runTasks(tasks, m_request.concurrency, [this] {
        // Then every blob of each manifest the registry lacks: after a garbage collection they are gone.
        RegistryClient *reg = m_request.registry;
        QList<Task> blobs;
        for (int i = 0; i < m_plans.size(); ++i) {
            if (!m_active[i])
                continue;
            const QString repo = m_request.entries.at(i).repository;
            for (const Node &n : std::as_const(m_plans[i].nodes)) {
                if (n.present || n.manifest.kind != OciManifest::Kind::Image)
                    continue;
                QList<OciDescriptor> list;
                if (!n.manifest.config.digest.isEmpty())
                    list << n.manifest.config;
                list << n.manifest.layers;
                for (const OciDescriptor &d : list) {
                    const QString digest = d.digest;
                    blobs << [this, reg, repo, i, digest](std::function<void()> done) {
                        reg->headBlob(repo, digest, this, [this, i, repo, digest, done](bool there, const ApiError &e) {
                            if (e.isError())
                                failEntry(i, e, false);
                            else if (!there && !m_lost.contains(repo + QLatin1Char('@') + digest))
                                m_lost << repo + QLatin1Char('@') + digest;
                            done();
                        });
                    };
                }
            }
        }
        runTasks(blobs, m_request.concurrency, [this] { decide(); });
    });
}

void UndoRun::tagFound(int index, const QString &repository, const QString &tag, const QString &digest)
{
    if (digest == m_request.entries.at(index).digest) {
        m_plans[index].tagsPresent << tag;
    } else if (!digest.isEmpty()) {
        m_plans[index].moved.insert(tag, digest);
        if (m_conflictTag.isEmpty()) {
            m_conflictTag = tag;
            m_conflictDigest = digest;
            m_conflictRepository = repository;
        }
    }
}

void UndoRun::decide()
{
    const auto refuseAll = [this](Refusal refusal, const QString &cause, const QString &detail) {
        m_refusal = refusal;
        for (int i = 0; i < m_results.size(); ++i) {
            if (!m_active[i])
                continue;
            m_active[i] = false;
            m_results[i] = {QStringLiteral("refused"), cause, detail, {}, {}, {}, {}};
        }
        finish();
    };
    if (m_error.isError()) // a check failed: nothing is written on half an answer
        return refuseAll(
            m_refusal, QStringLiteral("failed"), tr("a check before the undo failed: %1").arg(m_error.summary()));
    if (!m_lost.isEmpty())
        return refuseAll(Refusal::BlobsCollected, QStringLiteral("undo_blobs_collected"),
            tr("garbage collection removed blobs it needs: %1").arg(m_lost.join(QLatin1String(", "))));
    if (!m_conflictTag.isEmpty() && !m_request.force)
        return refuseAll(Refusal::TagExists, QStringLiteral("tag_exists"),
            tr("the tag %1 in %2 now names %3").arg(m_conflictTag, m_conflictRepository, m_conflictDigest));
    write();
}

void UndoRun::write()
{
    QList<Task> rest;
    int first = -1;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!m_active[i])
            continue;
        if (first < 0)
            first = i;
        else
            rest << writeEntry(i);
    }
    if (first < 0) {
        finish();
        return;
    }
    // The first entry alone: a registry that refuses this account's writes refuses its first one,
    // and then nothing else is sent.
    runTasks({writeEntry(first)}, 1, [this, rest] {
        if (m_stopWrites) {
            for (int i = 0; i < m_results.size(); ++i)
                if (m_active[i] && m_results[i].state.isEmpty())
                    m_results[i] = {QStringLiteral("refused"), QStringLiteral("permission_missing"),
                        tr("not sent: the registry refused the first write"), {}, {}, {}, {}};
            finish();
            return;
        }
        runTasks(rest, m_request.concurrency, [this] { finish(); });
    });
}

UndoRun::Task UndoRun::writeEntry(int index)
{
    return [this, index](std::function<void()> done) {
        if (m_stopWrites || !m_active[index]) {
            done();
            return;
        }
        putNodes(index, 0, [this, index, done] {
            if (!m_active[index])
                return done();
            putTags(index, 0, [this, index, done] {
                putAccessoryTags(index, 0, [this, index, done] {
                    if (m_active[index] && m_results[index].state.isEmpty())
                        m_results[index].state = QStringLiteral("restored");
                    done();
                });
            });
        });
    };
}

void UndoRun::putNodes(int index, int node, std::function<void()> next)
{
    Plan &plan = m_plans[index];
    while (node < plan.nodes.size() && plan.nodes.at(node).present)
        ++node;
    if (node >= plan.nodes.size())
        return next();
    const Node &n = plan.nodes.at(node);
    const QString digest = n.digest;
    // By digest: putManifest refuses bytes that do not hash to it, and an answer naming another digest.
    m_request.registry->putManifest(m_request.entries.at(index).repository, digest, n.bytes, n.mediaType, this,
        [this, index, node, digest, next](const QString &, const ApiError &e) {
            if (e.isError()) {
                failEntry(index, e, true);
                return next();
            }
            m_results[index].manifestsPut << digest;
            putNodes(index, node + 1, next);
        });
}

void UndoRun::putTags(int index, int tag, std::function<void()> next)
{
    Plan &plan = m_plans[index];
    const JournalEntry &e = m_request.entries.at(index);
    if (tag >= plan.tags.size() || !m_active[index])
        return next();
    const QString name = plan.tags.at(tag);
    const auto advance = [this, index, tag, name, next](const ApiError &err) {
        if (err.isError()) {
            failEntry(index, err, false);
            return next();
        }
        m_results[index].tagsRestored << name;
        putTags(index, tag + 1, next);
    };
    if (plan.tagsPresent.contains(name))
        return advance({});
    if (m_request.harbor) {
        QPointer<HarborClient> harbor = m_request.harbor;
        const QString project = e.project, repo = repositoryPath(e), digest = e.digest;
        auto add = [this, harbor, project, repo, digest, name, advance] {
            if (harbor)
                harbor->addTag(project, repo, digest, name, this, advance);
        };
        if (plan.moved.contains(name)) {
            // --force: Harbor keeps a name once per repository; it leaves the other artifact first.
            m_request.harbor->deleteTag(
                project, repo, plan.moved.value(name), name, this, [add, advance](const ApiError &err) {
                    if (err.isError() && err.kind != ApiError::Kind::NotFound)
                        return advance(err);
                    add();
                });
            return;
        }
        add();
        return;
    }
    const Node &root = plan.nodes.at(plan.root);
    m_request.registry->putManifest(e.repository, name, root.bytes, root.mediaType, this,
        [advance](const QString &, const ApiError &err) { advance(err); });
}

void UndoRun::failEntry(int index, const ApiError &error, bool manifestWrite)
{
    if (!m_error.isError())
        m_error = error;
    Result &r = m_results[index];
    m_active[index] = false; // nothing more for this entry
    if (!r.state.isEmpty() && r.state != QLatin1String("restored"))
        return;
    r.state = QStringLiteral("failed");
    r.error = error;
    r.detail = error.summary();
    if (refusedWrite(error) && error.method != "HEAD" && error.method != "GET") {
        // A write refused: the account may read and delete but not write (a delete-only robot).
        r.cause = QStringLiteral("permission_missing");
        if (m_refusal == Refusal::None) {
            m_refusal = Refusal::PermissionMissing;
            m_permission = manifestWrite || !m_request.harbor ? QStringLiteral("push") : QStringLiteral("tag:create");
        }
        m_stopWrites = true;
    }
}

void UndoRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (Result &r : m_results)
        if (r.state.isEmpty())
            r.state = QStringLiteral("failed");
    Q_EMIT finished();
}

QList<JournalEntry> UndoRun::undoRecords(const QString &source) const
{
    QList<JournalEntry> out;
    // One time for the attempt's lines: the history tells one attempt from the next by it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_results.size(); ++i) {
        const JournalEntry &e = m_request.entries.at(i);
        const Result &r = m_results.at(i);
        JournalEntry u;
        u.time = now;
        u.source = source;
        u.profile = e.profile;
        u.registry = e.registry;
        u.username = e.username;
        u.server = e.server;
        u.action = QStringLiteral("undo");
        u.undoes = e.journalId;
        u.project = e.project;
        u.repository = e.repository;
        u.tag = e.tag;
        u.digest = e.digest;
        u.tags = r.tagsRestored;
        u.state = r.state;
        u.cause = r.state == QLatin1String("restored") ? QString() : r.cause;
        u.message = r.state == QLatin1String("restored") ? QString() : r.detail;
        u.httpStatus = r.error.httpStatus;
        u.requestId = r.error.effectiveRequestId();
        out << u;
    }
    return out;
}

} // namespace berth
