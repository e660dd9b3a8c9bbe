#pragma once

#include "api/ApiError.h"
#include "api/ApiTransport.h"
#include "core/OciConfig.h"
#include "core/OciManifest.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace berth {

class ContentCache;
class RegistryClient;

// One manifest as inspected: its bytes exactly as received (or as cached: the same bytes, by
// digest), what they say, and for an image its configuration and referrers.
struct InspectedManifest
{
    QString digest; // of the bytes
    QString mediaType;
    QByteArray bytes;
    OciManifest manifest;
    bool fromCache = false;
    // An index entry's platform when chosen from an index, else the image config's.
    std::optional<OciPlatform> platform;
    // Images whose config is an image config (not an artifact's): its bytes, parsed.
    QByteArray configBytes;
    std::optional<OciImageConfig> config;
    QList<OciDescriptor> referrers;

    qint64 size() const { return bytes.size(); }
    // The manifest, its config and its layers (an image's "totalSize"; for anything else the
    // manifest and what it lists directly).
    qint64 totalSize() const;
};

struct ImageInspectionResult
{
    QString reference; // as the user wrote it
    QString repository; // "project/repo"
    InspectedManifest top; // what the reference names
    std::optional<InspectedManifest> image; // an index's entry chosen by platform
    QStringList warnings; // e.g. the registry's Docker-Content-Digest differs from the bytes'
    int requests = 0; // /v2/ requests sent for this inspection (token requests not counted)
};

// Resolves a reference to its manifest over a RegistryClient, and for an image its config blob
// and its referrers, into one ImageInspectionResult. A tag is always asked afresh; a digest is
// served from the cache when it holds it (verified there), and whatever is fetched by digest is
// cached. With a platform, an index's matching entry is inspected as the image. Failures are
// ApiErrors; a platform the index lacks is Kind::NotFound with no HTTP status and `detail`
// naming the platforms there are.
class ImageInspection : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString repository; // "project/repo", literal slashes
        QString reference; // a tag or a digest
        QString displayReference; // as the user wrote it
        std::optional<OciPlatform> platform;
        bool manifestOnly = false; // --raw: no config and no referrers
    };

    // `cache` may be null (no cache). `done` runs once, unless `context` is destroyed first.
    static void run(RegistryClient *client, ContentCache *cache, const Request &request, QObject *context,
        Callback<ImageInspectionResult> done);

    // The index entry for `wanted`: os and architecture equal; a variant, when asked for, equal;
    // without one, an entry without a variant first, else the first. Never an "unknown/unknown"
    // attestation unless asked for. Null when none matches.
    static const OciDescriptor *chooseEntry(const OciManifest &index, const OciPlatform &wanted);

private:
    ImageInspection(RegistryClient *client, ContentCache *cache, Request request, QObject *context,
        Callback<ImageInspectionResult> done);

    void start();
    void loadManifest(const QString &digestOrTag, std::function<void(InspectedManifest)> next);
    void chooseFrom(const InspectedManifest &index, int depth);
    void completeDetails(InspectedManifest *m, std::function<void()> next);
    void loadConfig(InspectedManifest *m, std::function<void()> next);
    void finish();
    void fail(const ApiError &error);
    ApiError localError(
        ApiError::Kind kind, const QString &kindOfPath, const QString &reference, const QString &detail) const;

    QPointer<RegistryClient> m_client;
    ContentCache *m_cache;
    Request m_request;
    QPointer<QObject> m_context;
    bool m_hadContext;
    Callback<ImageInspectionResult> m_done;
    ImageInspectionResult m_result;
    int m_requestsAtStart = 0;
};

} // namespace berth
