#include "ReferrerCopy.h"

#include "ArtifactCopy.h"

#include <QTimer>

namespace berth {

const QStringList &ReferrerCopy::cosignSuffixes()
{
    static const QStringList suffixes {QStringLiteral(".sig"), QStringLiteral(".att"), QStringLiteral(".sbom")};
    return suffixes;
}

ReferrerCopy::ReferrerCopy(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

ReferrerCopy::~ReferrerCopy()
{
    delete m_copy.data();
}

void ReferrerCopy::start()
{
    for (const QString &digest : QStringList {m_request.subject} + m_request.children) {
        if (m_seen.contains(digest))
            continue;
        m_seen.insert(digest);
        m_queue << Subject {digest, 0};
    }
    nextSubject();
}

void ReferrerCopy::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_copy) {
        m_copy->cancel(); // its finished() ends this one as Cancelled
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.transportMessage = QStringLiteral("cancelled");
    QTimer::singleShot(0, this, [this, e] { fail(e); });
}

void ReferrerCopy::nextSubject()
{
    if (m_finished)
        return;
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const Subject s = m_queue.takeFirst();
    m_request.source->referrers(
        m_request.sourceRepository, s.digest, this, [this, s](const QList<OciDescriptor> &list, const ApiError &e) {
            if (e.isError()) {
                fail(e);
                return;
            }
            copyReferrers(s, list, 0);
        });
}

void ReferrerCopy::copyReferrers(const Subject &s, const QList<OciDescriptor> &list, int index)
{
    if (m_finished)
        return;
    if (index >= list.size()) {
        findAccessories(s, 0);
        return;
    }
    const QString digest = list.at(index).digest;
    if (m_seen.contains(digest)) {
        copyReferrers(s, list, index + 1);
        return;
    }
    m_seen.insert(digest);
    copyOne(digest, {}, [this, s, list, index, digest](ArtifactCopy *copy) {
        m_copied << digest;
        const RegistryClient::FetchedManifest &m = copy->root();
        if (s.depth + 1 < kMaxDepth)
            m_queue << Subject {digest, s.depth + 1};
        const Next next = [this, s, list, index] { copyReferrers(s, list, index + 1); };
        // Harbor lists cosign's tag-scheme signatures among the referrers (its accessory records,
        // goharbor/harbor src/server/registry/referrers.go), though they name no subject: theirs
        // is the tag, set when findAccessories meets it.
        if (!m.manifest.subject) {
            next();
            return;
        }
        // Listed under the subject it names, not the one whose list it came from.
        if (m.manifest.subject->digest != s.digest) {
            m_warnings << tr("%1 was listed as a referrer of %2 but names another subject; copied, not listed")
                              .arg(digest, s.digest);
            next();
            return;
        }
        listInFallbackIndex(s.digest, RegistryClient::referrerDescriptor(m), next);
    });
}

void ReferrerCopy::findAccessories(const Subject &s, int index)
{
    if (m_finished)
        return;
    if (index >= cosignSuffixes().size()) {
        nextSubject();
        return;
    }
    const QString tag = RegistryClient::fallbackTag(s.digest) + cosignSuffixes().at(index);
    m_request.source->headManifest(m_request.sourceRepository, tag, this,
        [this, s, index, tag](const RegistryClient::ManifestHead &head, const ApiError &e) {
            if (e.kind == ApiError::Kind::NotFound) {
                findAccessories(s, index + 1);
                return;
            }
            if (e.isError()) {
                fail(e);
                return;
            }
            // By digest where the registry said which, so the bytes are verified; else by tag.
            const QString reference = head.digest.isEmpty() ? tag : head.digest;
            if (!head.digest.isEmpty() && m_copied.contains(head.digest) && m_tags.contains(tag)) {
                findAccessories(s, index + 1);
                return;
            }
            // `cosign copy` refuses a tag at the target that is on another digest unless given -f
            // (sigstore/cosign cmd/cosign/cli/copy/copy.go, remoteCopy). cp has no such flag, and
            // another digest there is most likely the target's own signatures of the same image
            // (cosign appends them all to one manifest): kept, and said as a warning, while the
            // rest of the copy goes on. ArtifactCopy refuses (TagExists) before writing anything.
            copyOne(reference, {tag}, [this, s, index, tag](ArtifactCopy *copy) {
                if (copy->refusal() == ArtifactCopy::Refusal::TagExists) {
                    m_warnings << tr("%1 was not copied: at the target the tag is on %2, which was kept")
                                      .arg(tag, copy->conflictDigest());
                } else {
                    const bool fresh = !m_seen.contains(copy->digest());
                    m_seen.insert(copy->digest());
                    if (!m_copied.contains(copy->digest()))
                        m_copied << copy->digest();
                    m_tags << tag;
                    if (fresh && s.depth + 1 < kMaxDepth)
                        m_queue << Subject {copy->digest(), s.depth + 1};
                }
                findAccessories(s, index + 1);
            });
        });
}

void ReferrerCopy::copyOne(const QString &reference, const QStringList &tags, std::function<void(ArtifactCopy *)> done)
{
    ArtifactCopy::Request r;
    r.source = m_request.source;
    r.sourceRepository = m_request.sourceRepository;
    r.sourceReference = reference;
    r.target = m_request.target;
    r.targetRepository = m_request.targetRepository;
    r.tags = tags;
    r.copyReferrers = false; // this class walks the levels itself, with one set of digests seen
    auto *copy = new ArtifactCopy(r, this);
    m_copy = copy;
    connect(copy, &ArtifactCopy::finished, this, [this, copy, done = std::move(done)] {
        copy->deleteLater();
        m_copy.clear();
        m_present += copy->blobsPresent();
        m_mounted += copy->blobsMounted();
        m_uploaded += copy->blobsUploaded();
        m_bytesUploaded += copy->bytesUploaded();
        if (copy->error().isError()) {
            fail(copy->error());
            return;
        }
        if (m_cancelled) {
            ApiError e;
            e.kind = ApiError::Kind::Cancelled;
            fail(e);
            return;
        }
        done(copy);
    });
    copy->start();
}

void ReferrerCopy::listInFallbackIndex(const QString &subject, const OciDescriptor &referrer, Next next)
{
    if (m_targetApi == Api::Unknown) {
        // Asked once: the answer is the registry's, not the subject's.
        m_request.target->referrersApiAnswers(m_request.targetRepository, subject, this,
            [this, subject, referrer, next](bool answers, const ApiError &e) {
                if (e.isError()) {
                    fail(e);
                    return;
                }
                m_targetApi = answers ? Api::Answers : Api::Absent;
                listInFallbackIndex(subject, referrer, next);
            });
        return;
    }
    if (m_targetApi == Api::Answers) {
        next(); // the registry lists it itself; a tag written beside would only go stale
        return;
    }
    m_request.target->addFallbackReferrer(
        m_request.targetRepository, subject, referrer, this, [this, next](bool, const ApiError &e) {
            if (e.isError())
                fail(e);
            else
                next();
        });
}

void ReferrerCopy::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (!m_error.isError())
        m_error.kind = ApiError::Kind::Cancelled;
    finish();
}

void ReferrerCopy::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace berth
