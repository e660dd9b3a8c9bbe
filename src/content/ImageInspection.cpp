#include "ImageInspection.h"

#include "api/RegistryClient.h"
#include "ContentCache.h"
#include "core/OciMediaTypes.h"
#include "Logging.h"

#include <QMetaObject>

namespace berth {

namespace {

bool isDigestReference(const QString &reference)
{
    return reference.contains(QLatin1Char(':'));
}

// How deep --platform follows an index whose chosen entry is an index again. Real images never
// nest; a server that does so without end must not keep us asking.
constexpr int kMaxIndexDepth = 3;

// os and architecture equal, and the variant when one is asked for.
bool matches(const OciPlatform &p, const OciPlatform &wanted)
{
    return p.os == wanted.os && p.architecture == wanted.architecture
        && (wanted.variant.isEmpty() || p.variant == wanted.variant);
}

} // namespace

qint64 InspectedManifest::totalSize() const
{
    if (manifest.kind != OciManifest::Kind::Image)
        return size();
    return size() + manifest.config.size + manifest.layersSize();
}

ImageInspection::ImageInspection(RegistryClient *client, ContentCache *cache, Request request, QObject *context,
    Callback<ImageInspectionResult> done)
    : QObject(context ? context : client)
    , m_client(client)
    , m_cache(cache)
    , m_request(std::move(request))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done))
{
    m_result.reference = m_request.displayReference;
    if (m_result.reference.isEmpty())
        m_result.reference = m_request.repository + QLatin1Char(isDigestReference(m_request.reference) ? '@' : ':')
            + m_request.reference;
    m_result.repository = m_request.repository;
}

void ImageInspection::run(RegistryClient *client, ContentCache *cache, const Request &request, QObject *context,
    Callback<ImageInspectionResult> done)
{
    auto *inspection = new ImageInspection(client, cache, request, context, std::move(done));
    // Always asynchronous, even when everything is in the cache: callers finish setting up first.
    QMetaObject::invokeMethod(inspection, &ImageInspection::start, Qt::QueuedConnection);
}

const OciDescriptor *ImageInspection::chooseEntry(const OciManifest &index, const OciPlatform &wanted)
{
    const OciDescriptor *withVariant = nullptr;
    for (const OciDescriptor &d : index.manifests) {
        if (!d.platform)
            continue;
        const OciPlatform &p = *d.platform;
        if ((p.isUnknown() && !wanted.isUnknown()) || !matches(p, wanted))
            continue;
        if (!wanted.variant.isEmpty() || p.variant.isEmpty())
            return &d;
        if (!withVariant)
            withVariant = &d;
    }
    return withVariant;
}

ApiError ImageInspection::localError(
    ApiError::Kind kind, const QString &kindOfPath, const QString &reference, const QString &detail) const
{
    ApiError e;
    e.kind = kind;
    e.method = "GET";
    if (m_client && m_client->transport())
        e.url = RegistryClient::v2Url(m_client->transport()->baseUrl(), m_request.repository, kindOfPath, reference);
    e.detail = detail;
    return e;
}

void ImageInspection::start()
{
    if (!m_client || !m_client->transport())
        return fail(localError(ApiError::Kind::Cancelled, QStringLiteral("manifests"), m_request.reference,
            tr("the connection was closed")));
    m_requestsAtStart = m_client->requestsSent();
    loadManifest(m_request.reference, [this](InspectedManifest m) {
        m_result.top = std::move(m);
        if (m_result.top.manifest.kind == OciManifest::Kind::Index && m_request.platform)
            return chooseFrom(m_result.top, 1);
        completeDetails(&m_result.top, [this] {
            const auto &platform = m_result.top.platform;
            if (m_request.platform && m_result.top.manifest.kind == OciManifest::Kind::Image && platform
                && !matches(*platform, *m_request.platform))
                m_result.warnings << tr("%1 is a single image for %2, not an index; --platform %3 does not apply")
                                         .arg(m_result.reference, platform->toString(), m_request.platform->toString());
            finish();
        });
    });
}

void ImageInspection::loadManifest(const QString &reference, std::function<void(InspectedManifest)> next)
{
    if (m_cache && isDigestReference(reference)) {
        if (const std::optional<QByteArray> bytes = m_cache->get(reference)) {
            // Verified by the cache; parsed again (the same rules as bytes from the server). Only
            // manifests that name their own media type are cached, so nothing depends on headers.
            Parsed<OciManifest> parsed = parseOciManifest(*bytes, {}, reference);
            if (parsed.ok() && !parsed.value.mediaType.isEmpty()) {
                InspectedManifest m;
                m.digest = reference;
                m.bytes = *bytes;
                m.manifest = std::move(parsed.value);
                m.mediaType = m.manifest.mediaType;
                m.fromCache = true;
                next(std::move(m));
                return;
            }
        }
    }
    m_client->manifest(m_request.repository, reference, this,
        [this, next = std::move(next)](const RegistryClient::FetchedManifest &f, const ApiError &e) {
            if (e)
                return fail(e);
            if (!f.warning.isEmpty())
                m_result.warnings << f.warning;
            InspectedManifest m;
            m.digest = f.digest;
            m.bytes = f.bytes;
            m.manifest = f.manifest;
            m.mediaType = f.manifest.mediaType;
            if (m_cache && !parseOciManifest(f.bytes, {}, f.digest).value.mediaType.isEmpty())
                m_cache->put(f.digest, f.bytes); // a cache that cannot write is only slower
            next(std::move(m));
        });
}

void ImageInspection::chooseFrom(const InspectedManifest &index, int depth)
{
    const OciPlatform wanted = *m_request.platform;
    const OciDescriptor *entry = chooseEntry(index.manifest, wanted);
    if (!entry) {
        QStringList there;
        for (const OciDescriptor &d : index.manifest.manifests)
            if (d.platform && !there.contains(d.platform->toString()))
                there << d.platform->toString();
        return fail(localError(ApiError::Kind::NotFound, QStringLiteral("manifests"), index.digest,
            there.isEmpty()
                ? tr("%1 lists no platforms; there is no entry for %2").arg(m_result.reference, wanted.toString())
                : tr("%1 has no entry for %2; it has %3")
                      .arg(m_result.reference, wanted.toString(), there.join(QStringLiteral(", ")))));
    }
    const std::optional<OciPlatform> platform = entry->platform;
    loadManifest(entry->digest, [this, platform, depth](InspectedManifest child) {
        if (child.manifest.kind == OciManifest::Kind::Index) {
            if (depth >= kMaxIndexDepth)
                return fail(localError(ApiError::Kind::BadResponse, QStringLiteral("manifests"), child.digest,
                    tr("the index nests indexes more than %1 levels deep").arg(kMaxIndexDepth)));
            const InspectedManifest nested = child;
            return chooseFrom(nested, depth + 1);
        }
        child.platform = platform;
        m_result.image = std::move(child);
        completeDetails(&*m_result.image, [this] { completeDetails(&m_result.top, [this] { finish(); }); });
    });
}

void ImageInspection::completeDetails(InspectedManifest *m, std::function<void()> next)
{
    if (m_request.manifestOnly)
        return next();
    auto referrers = [this, m, next = std::move(next)] {
        m_client->referrers(m_request.repository, m->digest, this,
            [this, m, next](const QList<OciDescriptor> &list, const ApiError &e) {
                if (e)
                    return fail(e);
                m->referrers = list;
                next();
            });
    };
    if (m->manifest.kind == OciManifest::Kind::Image)
        return loadConfig(m, std::move(referrers));
    referrers();
}

void ImageInspection::loadConfig(InspectedManifest *m, std::function<void()> next)
{
    const OciDescriptor config = m->manifest.config;
    // An artifact's config (a Helm chart's, the empty descriptor) is not an image's: listed, not read.
    if (!OciMediaType::isImageConfig(config.mediaType))
        return next();
    const auto use = [this, m](const QByteArray &bytes, const Parsed<OciImageConfig> &parsed) {
        m->configBytes = bytes;
        m->config = parsed.value;
        if (!m->platform && !parsed.value.os.isEmpty())
            m->platform = OciPlatform {
                parsed.value.os, parsed.value.architecture, parsed.value.variant, parsed.value.osVersion, {}};
    };
    if (m_cache) {
        if (const std::optional<QByteArray> bytes = m_cache->get(config.digest)) {
            const Parsed<OciImageConfig> parsed = parseOciImageConfig(*bytes);
            if (parsed.ok()) {
                use(*bytes, parsed);
                return next();
            }
        }
    }
    m_client->blob(m_request.repository, config.digest, kMaxConfigBytes, this,
        [this, config, use, next = std::move(next)](const QByteArray &bytes, const ApiError &e) {
            if (e)
                return fail(e);
            const Parsed<OciImageConfig> parsed = parseOciImageConfig(bytes);
            if (!parsed.ok())
                return fail(localError(ApiError::Kind::BadResponse, QStringLiteral("blobs"), config.digest,
                    tr("the image configuration %1 cannot be read: %2").arg(config.digest, parsed.error)));
            if (m_cache)
                m_cache->put(config.digest, bytes);
            use(bytes, parsed);
            next();
        });
}

void ImageInspection::finish()
{
    if (!m_done)
        return;
    m_result.requests = m_client ? m_client->requestsSent() - m_requestsAtStart : 0;
    // For benchmarks (berthctl -v): what this inspection cost on the wire.
    qCInfo(lcContent).noquote() << "inspected" << m_result.reference << "with" << m_result.requests
                                << "/v2/ requests; manifest from the cache:" << m_result.top.fromCache;
    const auto done = std::move(m_done);
    m_done = nullptr;
    if (!m_hadContext || m_context)
        done(m_result, ApiError {});
    deleteLater();
}

void ImageInspection::fail(const ApiError &error)
{
    if (!m_done)
        return;
    const auto done = std::move(m_done);
    m_done = nullptr;
    if (!m_hadContext || m_context)
        done(ImageInspectionResult {}, error);
    deleteLater();
}

} // namespace berth
