#pragma once

#include "api/ApiError.h"
#include "CleanupEvaluator.h"

#include <functional>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace berth {

class ContentCache;
class RegistryClient;
class RegistryListJob;

// CleanupPlanner's counterpart for a plain OCI registry (the /v2/ API only): the scope's
// repositories (the tag list of one, else /v2/_catalog below a prefix), their tags, one HEAD per
// tag for its digest (bounded parallel), then the same pure CleanupEvaluator, then
// RegistryPlanRule (a removal is a whole-manifest delete).
//
// What a registry cannot say: push and pull times (rules on them are refused before planning),
// and untagged manifests (no API lists them; the plan says so in its notes). --keep-last ranks by
// the image config's `created`, read by digest through the ContentCache: the manifest, then the
// config blob; a second plan of the same images sends only the HEADs. An index ranks by the
// `created` of its first platform image (attestation entries, unknown/unknown, skipped); an
// artifact, a nested index or an image without `created` has no date and ranks after every
// dated tag (the plan's notes say how many). Those manifest GETs count as pulls on Docker Hub
// (HEAD does not), so manifestFetches() says how many are coming before the first is sent.
// Any failed listing fails the whole plan, as with Harbor.
class RegistryCleanupPlanner : public QObject
{
    Q_OBJECT

public:
    // `cache` may be null (no cache).
    RegistryCleanupPlanner(RegistryClient *registry, ContentCache *cache, CleanupScope scope, CleanupRules rules,
        QObject *parent = nullptr);

    void setNow(const QDateTime &now) { m_now = now; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void start();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError() && m_errorMessage.isEmpty(); }
    const ApiError &error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString errorRepository() const { return m_errorRepository; }
    const Plan &plan() const { return m_plan; }
    // As listed: repository -> (tag -> digest), referrers tags included.
    const QMap<QString, QMap<QString, QString>> &tagDigests() const { return m_tagDigests; }

    // "sha256-<64 hex>": the referrers tag schema (OCI distribution-spec), not an ordinary tag.
    static bool isReferrersTag(const QString &tag);
    // RFC 3339 as images write it (nanoseconds included); invalid when it is not one.
    static QDateTime parseCreated(const QString &text);

Q_SIGNALS:
    void progress(int repositoriesDone, int repositoriesTotal);
    // Before the first manifest GET: how many manifests are not in the cache (an index costs one
    // more for its first image).
    void manifestFetches(int count);
    void finished();

private:
    struct Repo
    {
        QString name;
        QStringList tags;
        int nextHead = 0;
        int headsInFlight = 0;
        bool listed = false;
        bool listing = false;
    };
    struct Facts // what the manifest and config say, per digest
    {
        QDateTime created;
        qint64 size = 0; // 0 = unknown
        QString type; // Harbor's words: IMAGE, CHART, or empty
        QString artifactType;
    };

    void listOne(const QString &repository);
    void listCatalog(const QString &prefix);
    void pump();
    void listTags(int index);
    void head(int index);
    void fetchFacts();
    void pumpFacts();
    void factsOf(const QString &repository, const QString &digest, int depth, std::function<void(Facts)> done);
    void configOf(const QString &repository, const QString &digest, std::function<void(QDateTime)> done);
    void fail(const ApiError &error, const QString &repository);
    void failMessage(const QString &message);
    void finish();

    QPointer<RegistryClient> m_registry;
    ContentCache *m_cache;
    CleanupScope m_scope;
    CleanupRules m_rules;
    QDateTime m_now;
    int m_concurrency = 6;
    int m_inFlight = 0;
    int m_nextList = 0;
    int m_reposDone = 0;
    bool m_listingDone = false;
    QList<Repo> m_repos;
    QMap<QString, QMap<QString, QString>> m_tagDigests;
    QMap<QString, QString> m_mediaTypes; // digest -> HEAD Content-Type
    QList<std::pair<QString, QString>> m_factsQueue; // repository, digest
    int m_nextFacts = 0;
    QMap<QString, Facts> m_facts; // by digest
    int m_referrersTags = 0;
    ApiError m_error;
    QString m_errorMessage;
    QString m_errorRepository;
    Plan m_plan;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace berth
