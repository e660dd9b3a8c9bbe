#include "RegistryTreeLoader.h"

#include "api/RegistryListJob.h"
#include "core/Artifact.h"
#include "core/DisplayText.h"
#include "Logging.h"

#include <memory>
#include <QHash>
#include <QRegularExpression>
#include <QTimer>

namespace berth {

RegistryTreeLoader::RegistryTreeLoader(
    RegistryClient *registry, LoadSink *sink, QStringList repositories, QObject *parent)
    : TreeLoader(sink, parent)
    , m_registry(registry)
    , m_repositories(std::move(repositories))
{ }

QUrl RegistryTreeLoader::baseUrl() const
{
    return m_registry && m_registry->transport() ? m_registry->transport()->baseUrl() : QUrl();
}

ApiTransport *RegistryTreeLoader::transport() const
{
    return m_registry ? m_registry->transport() : nullptr;
}

bool RegistryTreeLoader::isReferrersTag(const QString &tag, QString *subject)
{
    // distribution-spec spec.md, "Referrers Tag Schema": <alg>-<ref>, the digest with ':' as '-'.
    static const QRegularExpression re(QStringLiteral("^sha256-([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = re.match(tag);
    if (!m.hasMatch())
        return false;
    if (subject)
        *subject = QStringLiteral("sha256:") + m.captured(1);
    return true;
}

QList<Artifact> RegistryTreeLoader::artifactsOf(
    const QStringList &tags, const QHash<QString, RegistryClient::ManifestHead> &heads)
{
    QList<Artifact> out;
    QHash<QString, qsizetype> byDigest;
    const auto artifactFor = [&out, &byDigest](const QString &digest, const QString &mediaType) -> Artifact & {
        if (!digest.isEmpty()) {
            const auto it = byDigest.constFind(digest);
            if (it != byDigest.cend())
                return out[*it];
            byDigest.insert(digest, out.size());
        }
        Artifact a;
        a.digest = digest;
        a.mediaType = mediaType;
        a.manifestMediaType = mediaType;
        out.append(a);
        return out.last();
    };
    QStringList referrers;
    for (const QString &tag : tags) {
        if (isReferrersTag(tag)) {
            referrers << tag; // placed once every subject is known
            continue;
        }
        const RegistryClient::ManifestHead head = heads.value(tag);
        Tag t;
        t.name = tag;
        artifactFor(head.digest, head.mediaType).tags.append(t);
    }
    for (const QString &tag : std::as_const(referrers)) {
        QString subject;
        isReferrersTag(tag, &subject);
        const RegistryClient::ManifestHead head = heads.value(tag);
        Accessory acc;
        acc.digest = head.digest;
        acc.subjectDigest = subject;
        acc.type = tr("referrers (tag %1)").arg(tag);
        // An untagged subject is known only through its referrers tag: it becomes a digest row.
        artifactFor(subject, QString()).accessories.append(acc);
    }
    return out;
}

void RegistryTreeLoader::load(RegistryNode *container, bool merge)
{
    if (!m_registry) {
        ApiError gone;
        gone.kind = ApiError::Kind::Cancelled;
        sink()->loadFinished(container, gone, {}, {}, merge);
        return;
    }
    switch (container->kind) {
    case NodeKind::Registry:
        loadRepositories(container, merge);
        break;
    case NodeKind::Repository:
        loadTags(container, merge);
        break;
    default:
        break;
    }
}

void RegistryTreeLoader::loadRepositories(RegistryNode *registry, bool merge)
{
    const Guard guard(registry);
    // Never silently anonymous: rejected credentials are said as such before anything is listed.
    m_registry->ping(this, [this, guard, merge](const RegistryClient::Ping &, const ApiError &e) {
        if (!guard.valid() || !m_registry)
            return;
        RegistryNode *registry = guard.node();
        const bool sentCredentials = m_registry->transport() && m_registry->transport()->settings().hasCredentials();
        const bool rejected = e && sentCredentials
            && (e.registryDenial == ApiError::RegistryDenial::NotPermitted
                || e.registryDenial == ApiError::RegistryDenial::TokenRefused);
        if (rejected && !registry->data->anonymousAccepted) {
            registry->data->credentialState = QStringLiteral("rejected");
            registry->data->credentialError = e;
            sink()->loadFinished(registry, e, {}, {}, merge);
            sink()->credentialsRefused(registry, e);
            return;
        }
        registry->data->credentialState = sentCredentials ? QStringLiteral("user") : QStringLiteral("anonymous");
        if (!m_repositories.isEmpty()) {
            finishRepositories(registry, m_repositories, {}, merge);
            return;
        }
        listCatalog(registry, merge);
    });
}

void RegistryTreeLoader::listCatalog(RegistryNode *registry, bool merge)
{
    const Guard guard(registry);
    auto names = std::make_shared<QStringList>();
    RegistryListJob *job = m_registry->catalog();
    connect(job, &RegistryListJob::page, this, [this, guard, names](const QStringList &page) {
        if (!guard.valid())
            return;
        *names += page;
        guard.node()->data->loaded = names->size();
        sink()->loadProgress(guard.node());
    });
    connect(job, &RegistryListJob::finished, this, [this, guard, names, merge, job](const ApiError &error) {
        if (!guard.valid())
            return;
        if (job->rejectedNames() > 0) // names outside the grammar never become rows
            qCWarning(lcModels).noquote()
                << "catalog: left out" << job->rejectedNames() << "names that are not repository names, such as"
                << DisplayText::escapeControl(job->rejectedSample().join(QStringLiteral(", ")));
        ApiError e = error;
        if (e && (e.httpStatus == 401 || e.httpStatus == 403)) {
            // Docker Hub, GHCR and most hosted registries deny the catalog to their users.
            e.detail = tr("this registry does not list its repositories to this account: add the "
                          "repositories to the account by hand");
        }
        finishRepositories(guard.node(), *names, e, merge);
    });
}

void RegistryTreeLoader::finishRepositories(
    RegistryNode *registry, const QStringList &names, const ApiError &error, bool merge)
{
    QList<TreeRows::RepositoryEntry> entries;
    entries.reserve(names.size());
    for (const QString &name : names)
        entries.append({name, name, 0, {}});
    sink()->loadFinished(registry, error, TreeRows::repositories(registry, entries), {}, merge);
}

void RegistryTreeLoader::loadTags(RegistryNode *repository, bool merge)
{
    const Guard guard(repository);
    auto names = std::make_shared<QStringList>();
    RegistryListJob *job = m_registry->tags(repository->repositoryFullName());
    connect(job, &RegistryListJob::page, this, [guard, names](const QStringList &page) {
        if (guard.valid())
            *names += page;
    });
    connect(job, &RegistryListJob::finished, this, [this, guard, names, merge](const ApiError &error) {
        if (!guard.valid())
            return;
        if (error) {
            sink()->loadFinished(guard.node(), error, {}, {}, merge);
            return;
        }
        headTags(guard.node(), *names, merge);
    });
}

void RegistryTreeLoader::headTags(RegistryNode *repository, const QStringList &tags, bool merge)
{
    const Guard guard(repository);
    repository->data->total = tags.size();
    repository->data->loaded = 0;
    repository->data->count = tags.size();
    sink()->loadProgress(repository);
    auto heads = std::make_shared<TagHeads>();
    heads->tags = tags;
    heads->pending = int(tags.size());
    const auto finish = [this, guard, heads, merge] {
        if (!guard.valid())
            return;
        RegistryNode *repository = guard.node();
        if (!m_deletionProbed && m_registry) {
            // Whether this registry deletes at all, so the delete actions can say so before
            // anything is tried: a DELETE of a digest nobody can push changes nothing (404: on,
            // 405: storage.delete.enabled is off). The load ends once the answer is in.
            m_deletionProbed = true;
            const Guard again(repository);
            m_registry->probeDeletion(repository->repositoryFullName(), this,
                [this, again, heads, merge](const RegistryClient::DeletionSupport &support, const ApiError &) {
                    if (!again.valid())
                        return;
                    RegistryNode *registry = again.node()->registry();
                    if (registry && registry->data)
                        registry->data->deletionDisabled = support == RegistryClient::DeletionSupport::Disabled;
                    finishTags(again.node(), *heads, merge);
                });
            return;
        }
        finishTags(repository, *heads, merge);
    };
    if (tags.isEmpty()) {
        finish();
        return;
    }
    const QString repo = repository->repositoryFullName();

    for (const QString &tag : tags) {
        m_headQueue.push_back([this, guard, heads, repo, tag, finish] {
            if (!guard.valid() || !m_registry) {
                --m_heads; // refreshed, cancelled or removed while waiting: the next one goes
                return;
            }
            m_registry->headManifest(repo, tag, this,
                [this, guard, heads, tag, finish](const RegistryClient::ManifestHead &head, const ApiError &e) {
                    --m_heads;
                    QTimer::singleShot(0, this, &RegistryTreeLoader::pumpHeads);
                    if (!guard.valid())
                        return;
                    if (e && !heads->firstError)
                        heads->firstError = e;
                    heads->done.insert(tag, e ? RegistryClient::ManifestHead() : head);
                    ++guard.node()->data->loaded;
                    sink()->loadProgress(guard.node());
                    if (--heads->pending == 0)
                        finish();
                });
        });
    }
    pumpHeads();
}

void RegistryTreeLoader::finishTags(RegistryNode *repository, const TagHeads &heads, bool merge)
{
    // Rows for every tag even when a HEAD failed (its digest stays unknown); only a repository
    // where no HEAD succeeded at all fails, with the first error.
    bool anyDigest = heads.tags.isEmpty();
    for (const RegistryClient::ManifestHead &h : heads.done)
        anyDigest |= !h.digest.isEmpty();
    if (!anyDigest && heads.firstError) {
        sink()->loadFinished(repository, heads.firstError, {}, {}, merge);
        return;
    }
    NodeRows rows;
    ArtifactRecords records;
    m_rows.artifacts(repository, artifactsOf(heads.tags, heads.done), rows, records);
    sink()->loadFinished(repository, {}, std::move(rows), std::move(records), merge);
}

void RegistryTreeLoader::pumpHeads()
{
    while (m_heads < kMaxHeads && !m_headQueue.empty()) {
        const std::function<void()> next = std::move(m_headQueue.front());
        m_headQueue.pop_front();
        ++m_heads;
        next();
    }
}

} // namespace berth
