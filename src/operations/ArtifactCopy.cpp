#include "ArtifactCopy.h"

#include "api/BlobCopy.h"
#include "core/OciMediaTypes.h"
#include "ReferrerCopy.h"

#include <QTimer>

namespace berth {

ArtifactCopy::ArtifactCopy(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ArtifactCopy::~ArtifactCopy()
{
    for (const QPointer<BlobCopy> &b : std::as_const(m_blobs))
        delete b.data();
    delete m_referrers.data();
}

void ArtifactCopy::start()
{
    m_request.source->manifest(m_request.sourceRepository, m_request.sourceReference, this,
        [this](const RegistryClient::FetchedManifest &root, const ApiError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            m_digest = root.digest;
            m_root = root;
            checkTags(0, root);
        });
}

void ArtifactCopy::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_blobs.isEmpty()) {
        for (const QPointer<BlobCopy> &b : QList<QPointer<BlobCopy>>(m_blobs))
            if (b)
                b->cancel(); // their finished() ends the copy as Cancelled
        return;
    }
    if (m_referrers) {
        m_referrers->cancel(); // likewise
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.transportMessage = QStringLiteral("cancelled");
    QTimer::singleShot(0, this, [this, e] { fail(e); });
}

void ArtifactCopy::checkTags(int index, const RegistryClient::FetchedManifest &root)
{
    if (index >= m_request.tags.size()) {
        if (m_request.tagsOnly)
            putTags(0, root);
        else
            copyTree(root, [this, root] { putTags(0, root); });
        return;
    }
    const QString tag = m_request.tags.at(index);
    m_request.target->headManifest(m_request.targetRepository, tag, this,
        [this, index, root, tag](const RegistryClient::ManifestHead &head, const ApiError &e) {
            if (e.isError() && e.kind != ApiError::Kind::NotFound) {
                fail(e);
                return;
            }
            if (!e.isError() && !head.digest.isEmpty() && head.digest != root.digest
                && m_request.moveTags.contains(tag)) {
                m_moved << tag;
            } else if (!e.isError() && !head.digest.isEmpty() && head.digest != root.digest) {
                // Not moved unless asked: the tag names something else at the target.
                m_refusal = Refusal::TagExists;
                m_conflictTag = tag;
                m_conflictDigest = head.digest;
                finish();
                return;
            }
            if (!e.isError() && head.digest == root.digest)
                m_alreadyTagged << tag; // nothing to send (Harbor would refuse an immutable one with 412)
            checkTags(index + 1, root);
        });
}

void ArtifactCopy::copyTree(const RegistryClient::FetchedManifest &m, Next next)
{
    if (m_finished)
        return;
    const OciManifest &om = m.manifest;
    if (om.kind == OciManifest::Kind::Index) {
        for (const OciDescriptor &d : om.manifests)
            m_total += d.size;
        copyChildren(om.manifests, 0, [this, m, next] { putManifest(m, m.digest, next); });
        return;
    }
    QList<OciDescriptor> blobs;
    if (!om.config.digest.isEmpty())
        blobs << om.config;
    blobs << om.layers;
    for (const OciDescriptor &d : blobs)
        m_total += d.size;
    Q_EMIT progress(m_done, m_total);
    copyBlobs(blobs, [this, m, next] { putManifest(m, m.digest, next); });
}

void ArtifactCopy::copyChildren(const QList<OciDescriptor> &children, int index, Next next)
{
    if (index >= children.size()) {
        next();
        return;
    }
    const OciDescriptor child = children.at(index);
    m_request.source->manifest(m_request.sourceRepository, child.digest, this,
        [this, children, index, next, child](const RegistryClient::FetchedManifest &m, const ApiError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            m_done += child.size; // the child manifest itself
            copyTree(m, [this, children, index, next] { copyChildren(children, index + 1, next); });
        });
}

struct ArtifactCopy::BlobBatch
{
    QList<OciDescriptor> blobs;
    int next = 0, running = 0, done = 0;
    Next then;
};

void ArtifactCopy::copyBlobs(QList<OciDescriptor> blobs, Next next)
{
    auto batch = std::make_shared<BlobBatch>();
    batch->blobs = std::move(blobs);
    batch->then = std::move(next);
    startBlobs(batch);
}

void ArtifactCopy::startBlobs(const std::shared_ptr<BlobBatch> &batch)
{
    if (m_finished)
        return;
    if (batch->done == batch->blobs.size()) {
        const Next then = batch->then;
        then();
        return;
    }
    // The first blob alone: a refusal (no push, quota) then stops the copy with that answer, not
    // with whichever of several writes in flight failed first. Then several at once; each
    // BlobCopy holds only its own buffer, so memory stays bounded by the count, not by the layers.
    const int limit = batch->done == 0 ? 1 : qMax(1, m_request.parallelBlobs);
    while (batch->running < limit && batch->next < batch->blobs.size()) {
        const OciDescriptor d = batch->blobs.at(batch->next++);
        ++batch->running;
        auto *blob = new BlobCopy(m_request.source, m_request.sourceRepository, m_request.target,
            m_request.targetRepository, d.digest, d.size, this);
        m_blobs << blob;
        connect(blob, &BlobCopy::progress, this, [this, blob](qint64 sent) {
            m_inFlight.insert(blob, sent);
            emitProgress();
        });
        connect(blob, &BlobCopy::finished, this, [this, blob, batch, d] {
            blob->deleteLater();
            m_blobs.removeAll(blob);
            m_inFlight.remove(blob);
            --batch->running;
            switch (blob->outcome()) {
            case BlobCopy::Outcome::Present:
                ++m_present;
                break;
            case BlobCopy::Outcome::Mounted:
                ++m_mounted;
                break;
            case BlobCopy::Outcome::Uploaded:
                ++m_uploaded;
                m_bytesUploaded += d.size;
                break;
            default:
                fail(blob->error());
                return;
            }
            ++batch->done;
            m_done += d.size;
            emitProgress();
            if (m_cancelled) {
                ApiError e;
                e.kind = ApiError::Kind::Cancelled;
                fail(e);
                return;
            }
            startBlobs(batch);
        });
        blob->start();
    }
}

void ArtifactCopy::emitProgress()
{
    qint64 sent = m_done;
    for (const qint64 s : std::as_const(m_inFlight))
        sent += s;
    Q_EMIT progress(sent, m_total);
}

void ArtifactCopy::putManifest(const RegistryClient::FetchedManifest &m, const QString &reference, Next next)
{
    if (m_finished)
        return;
    // The bytes as the source has them, so the digest stays the same.
    QString type = OciMediaType::essence(m.contentType);
    if (type.isEmpty() || type == QLatin1String("application/json"))
        type = m.manifest.mediaType;
    m_request.target->putManifest(m_request.targetRepository, reference, m.bytes, type, this,
        [this, m, next](const QString &, const ApiError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            if (!m_manifests.contains(m.digest))
                m_manifests << m.digest;
            next();
        });
}

void ArtifactCopy::putTags(int index, const RegistryClient::FetchedManifest &root)
{
    if (index >= m_request.tags.size()) {
        copyReferrers();
        return;
    }
    const QString tag = m_request.tags.at(index);
    if (m_alreadyTagged.contains(tag)) {
        m_tagsPut << tag;
        putTags(index + 1, root);
        return;
    }
    const Next next = [this, index, root, tag] {
        m_tagsPut << tag;
        putTags(index + 1, root);
    };
    if (m_request.addTag && !m_moved.contains(tag)) {
        m_request.addTag(root.digest, tag, [this, next](const ApiError &e) {
            if (e.isError())
                fail(e);
            else if (!m_finished)
                next();
        });
        return;
    }
    putManifest(root, tag, next);
}

void ArtifactCopy::copyReferrers()
{
    m_artifactCopied = !m_finished;
    const bool sameRepository
        = m_request.source == m_request.target && m_request.sourceRepository == m_request.targetRepository;
    if (m_finished || !m_request.copyReferrers || m_request.tagsOnly || sameRepository) {
        finish();
        return;
    }
    ReferrerCopy::Request r;
    r.source = m_request.source;
    r.sourceRepository = m_request.sourceRepository;
    r.target = m_request.target;
    r.targetRepository = m_request.targetRepository;
    r.subject = m_digest;
    for (const OciDescriptor &child : m_root.manifest.manifests)
        r.children << child.digest;
    auto *referrers = new ReferrerCopy(r, this);
    m_referrers = referrers;
    connect(referrers, &ReferrerCopy::finished, this, [this, referrers] {
        referrers->deleteLater();
        m_referrers.clear();
        m_present += referrers->blobsPresent();
        m_mounted += referrers->blobsMounted();
        m_uploaded += referrers->blobsUploaded();
        m_bytesUploaded += referrers->bytesUploaded();
        m_referrersCopied = referrers->copied();
        m_accessoryTags = referrers->accessoryTags();
        m_warnings = referrers->warnings();
        if (referrers->error().isError())
            fail(referrers->error());
        else
            finish();
    });
    referrers->start();
}

void ArtifactCopy::fail(const ApiError &error)
{
    if (m_finished)
        return;
    // Blobs still in flight stop; what they had sent is not committed, and a new run skips
    // only what arrived.
    for (const QPointer<BlobCopy> &b : QList<QPointer<BlobCopy>>(m_blobs))
        if (b)
            b->cancel();
    m_error = error;
    if (!m_error.isError())
        m_error.kind = ApiError::Kind::Cancelled;
    finish();
}

void ArtifactCopy::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace berth
