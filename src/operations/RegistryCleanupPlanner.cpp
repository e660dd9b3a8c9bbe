#include "RegistryCleanupPlanner.h"

#include "api/RegistryClient.h"
#include "api/RegistryListJob.h"
#include "content/ContentCache.h"
#include "core/OciConfig.h"
#include "core/OciManifest.h"
#include "core/OciMediaTypes.h"
#include "Logging.h"
#include "RegistryPlanRule.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace berth {

namespace {
const QString kImage = QStringLiteral("IMAGE");
} // namespace

RegistryCleanupPlanner::RegistryCleanupPlanner(
    RegistryClient *registry, ContentCache *cache, CleanupScope scope, CleanupRules rules, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_cache(cache)
    , m_scope(std::move(scope))
    , m_rules(std::move(rules))
{ }

bool RegistryCleanupPlanner::isReferrersTag(const QString &tag)
{
    static const QRegularExpression re(QStringLiteral("^sha256-[0-9a-f]{64}$"));
    return re.match(tag).hasMatch();
}

QDateTime RegistryCleanupPlanner::parseCreated(const QString &text)
{
    QString t = text.trimmed();
    // Go writes nanoseconds ("2024-01-01T00:00:00.123456789Z"); Qt reads at most milliseconds.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    t.replace(fraction, QStringLiteral(".\\1"));
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    return d.isValid() ? d.toUTC() : QDateTime();
}

void RegistryCleanupPlanner::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_registry)
        return failMessage(QStringLiteral("no registry client"));
    switch (m_scope.kind) {
    case CleanupScope::Kind::Registry:
        return listCatalog({});
    case CleanupScope::Kind::Folder:
        return listCatalog(m_scope.toString());
    case CleanupScope::Kind::Project:
        return listOne(m_scope.project);
    case CleanupScope::Kind::Repository:
        return listOne(m_scope.toString());
    }
}

void RegistryCleanupPlanner::listOne(const QString &repository)
{
    m_repos = {Repo {repository, {}, 0, 0, false, false}};
    m_listingDone = true;
    pump();
}

void RegistryCleanupPlanner::listCatalog(const QString &prefix)
{
    RegistryListJob *job = m_registry->catalog();
    connect(job, &RegistryListJob::page, this, [this, prefix](const QStringList &names) {
        for (const QString &n : names)
            if (prefix.isEmpty() || n.startsWith(prefix))
                m_repos.append(Repo {n, {}, 0, 0, false, false});
        pump();
    });
    connect(job, &RegistryListJob::finished, this, [this, prefix](const ApiError &e) {
        if (m_finished)
            return;
        if (e)
            return fail(e, {});
        if (m_repos.isEmpty() && !prefix.isEmpty())
            return failMessage(tr("no repository or folder %1").arg(m_scope.toString()));
        m_listingDone = true;
        pump();
    });
}

void RegistryCleanupPlanner::pump()
{
    if (m_finished)
        return;
    // HEADs of the repositories already listed first, so one repository completes before the next.
    for (int i = 0; i < m_repos.size() && m_inFlight < m_concurrency; ++i)
        while (m_repos.at(i).listed && m_repos.at(i).nextHead < m_repos.at(i).tags.size() && m_inFlight < m_concurrency)
            head(i);
    while (m_inFlight < m_concurrency && m_nextList < m_repos.size())
        listTags(m_nextList++);
    if (m_listingDone && m_inFlight == 0 && m_nextList >= m_repos.size())
        fetchFacts();
}

void RegistryCleanupPlanner::listTags(int index)
{
    ++m_inFlight;
    const QString repository = m_repos.at(index).name;
    RegistryListJob *job = m_registry->tags(repository);
    connect(job, &RegistryListJob::page, this, [this, index](const QStringList &tags) {
        if (m_finished)
            return;
        for (const QString &t : tags) {
            if (isReferrersTag(t))
                ++m_referrersTags; // signatures and SBOMs of a subject: they go with it, never alone
            else
                m_repos[index].tags << t;
        }
    });
    connect(job, &RegistryListJob::finished, this, [this, index, repository](const ApiError &e) {
        if (m_finished)
            return;
        --m_inFlight;
        const bool single
            = m_scope.kind == CleanupScope::Kind::Project || m_scope.kind == CleanupScope::Kind::Repository;
        if (e && single && e.kind == ApiError::Kind::NotFound && m_repos.size() == 1) {
            // Not a repository: perhaps a folder of repositories, as with ls.
            if (m_scope.kind == CleanupScope::Kind::Repository)
                m_scope.kind = CleanupScope::Kind::Folder;
            m_repos.clear();
            m_nextList = 0;
            m_listingDone = false;
            m_referrersTags = 0;
            return listCatalog(repository + QLatin1Char('/'));
        }
        if (e)
            return fail(e, repository);
        m_repos[index].listed = true;
        m_tagDigests[repository]; // listed, even when empty
        if (m_repos.at(index).tags.isEmpty())
            Q_EMIT progress(++m_reposDone, m_repos.size());
        pump();
    });
}

void RegistryCleanupPlanner::head(int index)
{
    Repo &r = m_repos[index];
    const QString tag = r.tags.at(r.nextHead++);
    ++r.headsInFlight;
    ++m_inFlight;
    const QString repository = r.name;
    m_registry->headManifest(repository, tag, this,
        [this, index, repository, tag](const RegistryClient::ManifestHead &h, const ApiError &e) {
            if (m_finished)
                return;
            --m_inFlight;
            Repo &r = m_repos[index];
            --r.headsInFlight;
            if (e && e.kind != ApiError::Kind::NotFound)
                return fail(e, repository);
            if (!e && h.digest.isEmpty())
                return failMessage(
                    tr("%1:%2: the registry sent no Docker-Content-Digest for the tag").arg(repository, tag));
            if (!e) { // a 404: the tag went after it was listed, so it is not in the plan
                m_tagDigests[repository].insert(tag, h.digest);
                m_mediaTypes.insert(h.digest, h.mediaType);
            }
            if (r.headsInFlight == 0 && r.nextHead >= r.tags.size())
                Q_EMIT progress(++m_reposDone, m_repos.size());
            pump();
        });
}

void RegistryCleanupPlanner::fetchFacts()
{
    if (m_finished || !m_factsQueue.isEmpty() || m_nextFacts > 0)
        return;
    // Only what a rule needs: --keep-last ranks by `created`, --artifact-type reads the type.
    if (m_rules.keepLast <= 0 && m_rules.artifactType.isEmpty())
        return finish();
    QSet<QString> queued;
    int uncached = 0;
    for (auto repo = m_tagDigests.cbegin(); repo != m_tagDigests.cend(); ++repo)
        for (const QString &digest : repo.value())
            if (!queued.contains(digest)) {
                queued.insert(digest);
                m_factsQueue.append({repo.key(), digest});
                if (!m_cache || !m_cache->get(digest))
                    ++uncached;
            }
    if (m_factsQueue.isEmpty())
        return finish();
    if (uncached > 0)
        Q_EMIT manifestFetches(uncached);
    pumpFacts();
}

void RegistryCleanupPlanner::pumpFacts()
{
    while (!m_finished && m_inFlight < m_concurrency && m_nextFacts < m_factsQueue.size()) {
        const auto [repository, digest] = m_factsQueue.at(m_nextFacts++);
        ++m_inFlight;
        factsOf(repository, digest, 0, [this, digest = digest](const Facts &f) {
            --m_inFlight;
            m_facts.insert(digest, f);
            pumpFacts();
        });
    }
    if (!m_finished && m_inFlight == 0 && m_nextFacts >= m_factsQueue.size())
        finish();
}

void RegistryCleanupPlanner::factsOf(
    const QString &repository, const QString &digest, int depth, std::function<void(Facts)> done)
{
    const auto use = [this, repository, digest, depth, done](const QByteArray &bytes) {
        const Parsed<OciManifest> parsed = parseOciManifest(bytes, {}, digest);
        if (!parsed.ok()) {
            ApiError e;
            e.kind = ApiError::Kind::BadResponse;
            e.detail = tr("the manifest %1 cannot be read: %2").arg(digest, parsed.error);
            return fail(e, repository);
        }
        const OciManifest &m = parsed.value;
        Facts f;
        f.artifactType = m.displayedArtifactType();
        if (m.kind == OciManifest::Kind::Image) {
            f.size = bytes.size() + m.config.size + m.layersSize();
            if (m.config.mediaType == QLatin1String("application/vnd.cncf.helm.config.v1+json"))
                f.type = QStringLiteral("CHART");
            if (!OciMediaType::isImageConfig(m.config.mediaType))
                return done(f); // an artifact: no creation date
            f.type = kImage;
            return configOf(repository, m.config.digest, [f, done](const QDateTime &created) mutable {
                f.created = created;
                done(f);
            });
        }
        if (m.kind == OciManifest::Kind::Index && depth == 0) {
            f.type = kImage;
            // The first platform image decides: buildx lists the images first and its
            // attestations (unknown/unknown) after them. A nested index is not followed: no date.
            for (const OciDescriptor &d : m.manifests) {
                if (d.platform && d.platform->isUnknown())
                    continue;
                return factsOf(repository, d.digest, depth + 1, [f, done](const Facts &child) mutable {
                    f.created = child.created;
                    done(f);
                });
            }
        }
        done(f);
    };
    if (m_cache)
        if (const std::optional<QByteArray> bytes = m_cache->get(digest))
            return use(*bytes);
    m_registry->manifest(
        repository, digest, this, [this, repository, use](const RegistryClient::FetchedManifest &f, const ApiError &e) {
            if (m_finished)
                return;
            if (e)
                return fail(e, repository);
            // Only manifests that name their own media type are cached (as ImageInspection does).
            if (m_cache && !parseOciManifest(f.bytes, {}, f.digest).value.mediaType.isEmpty())
                m_cache->put(f.digest, f.bytes);
            use(f.bytes);
        });
}

void RegistryCleanupPlanner::configOf(
    const QString &repository, const QString &digest, std::function<void(QDateTime)> done)
{
    const auto use = [done](const QByteArray &bytes) {
        const Parsed<OciImageConfig> parsed = parseOciImageConfig(bytes);
        done(parsed.ok() ? parseCreated(parsed.value.created) : QDateTime());
    };
    if (m_cache)
        if (const std::optional<QByteArray> bytes = m_cache->get(digest))
            return use(*bytes);
    m_registry->blob(repository, digest, kMaxConfigBytes, this,
        [this, repository, digest, use](const QByteArray &bytes, const ApiError &e) {
            if (m_finished)
                return;
            if (e)
                return fail(e, repository);
            if (m_cache)
                m_cache->put(digest, bytes);
            use(bytes);
        });
}

void RegistryCleanupPlanner::fail(const ApiError &error, const QString &repository)
{
    if (m_finished)
        return;
    m_error = error;
    m_errorRepository = repository;
    m_finished = true;
    qCInfo(lcOperations).noquote() << "registry cleanup plan failed:" << error.summary();
    QTimer::singleShot(0, this, &RegistryCleanupPlanner::finished);
}

void RegistryCleanupPlanner::failMessage(const QString &message)
{
    if (m_finished)
        return;
    m_errorMessage = message;
    m_finished = true;
    QTimer::singleShot(0, this, &RegistryCleanupPlanner::finished);
}

void RegistryCleanupPlanner::finish()
{
    if (m_finished)
        return;
    QList<RepositoryArtifacts> data;
    int undated = 0;
    const bool ranked = m_rules.keepLast > 0;
    for (auto repo = m_tagDigests.cbegin(); repo != m_tagDigests.cend(); ++repo) {
        RepositoryArtifacts r;
        r.repository = repo.key();
        QMap<QString, int> byDigest;
        for (auto tag = repo.value().cbegin(); tag != repo.value().cend(); ++tag) {
            const QString &digest = tag.value();
            const Facts facts = m_facts.value(digest);
            auto found = byDigest.find(digest);
            if (found == byDigest.end()) {
                Artifact a;
                a.repositoryName = r.repository;
                a.digest = digest;
                a.mediaType = a.manifestMediaType = m_mediaTypes.value(digest);
                a.size = facts.size;
                a.type = facts.type;
                a.artifactType = facts.artifactType;
                a.pushTime = facts.created; // ranks as a push time would (rankByCreated)
                found = byDigest.insert(digest, int(r.artifacts.size()));
                r.artifacts << a;
            }
            Tag t;
            t.name = tag.key();
            t.pushTime = facts.created;
            r.artifacts[*found].tags << t;
            undated += ranked && !facts.created.isValid() ? 1 : 0;
        }
        data << r;
    }
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_plan = CleanupEvaluator::evaluate(m_rules, m_scope, data, now, true);
    for (PlanItem &it : m_plan.items) {
        // A registry records no push or pull times: the ranking time is the image's `created`.
        it.created = it.pushTime;
        it.pushTime = {};
        it.pullTime = {};
    }
    const int shared = RegistryPlanRule::apply(m_plan.items);
    m_plan.server = ServerKind::Registry;
    m_plan.computedAt = QDateTime::currentDateTimeUtc();
    if (m_registry && m_registry->transport())
        m_plan.registry = m_registry->transport()->baseUrl().toString(QUrl::RemoveUserInfo);
    m_plan.recount();
    m_plan.notes << tr("a plain OCI registry does not list untagged manifests: this plan covers tags only");
    if (undated > 0)
        m_plan.notes << tr("%n tags have no creation date (an artifact, or an image without `created`): they rank "
                           "after every dated tag",
            nullptr, undated);
    if (m_referrersTags > 0)
        m_plan.notes << tr("%n referrers tags (sha256-...) were left out: they list the signatures and SBOMs of "
                           "their subject",
            nullptr, m_referrersTags);
    if (shared > 0)
        m_plan.notes << tr("%n tags the rules select are kept: their manifest also carries a kept tag, and this "
                           "registry deletes whole manifests only",
            nullptr, shared);
    qCInfo(lcOperations).noquote() << "registry cleanup plan:" << m_plan.items.size() << "tags in"
                                   << m_plan.repositories << "repositories;" << m_factsQueue.size()
                                   << "manifests read for dates";
    m_finished = true;
    Q_EMIT finished();
}

} // namespace berth
