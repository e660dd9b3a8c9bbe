#pragma once

#include "api/ApiError.h"
#include "api/RegistryClient.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace berth {

class ArtifactCopy;

// Copies what refers to an artifact that ArtifactCopy has just copied, from the source repository
// to the target one:
//  - OCI referrers (manifests whose subject is the digest), as RegistryClient::referrers lists
//    them (the API, else the fallback tag): each copied by digest, blobs first. On a target
//    without the referrers API (distribution 2.8) the subject's fallback tag index is then kept
//    as a client must (spec "Referrers Tag Schema"); a target whose API answers keeps its list
//    itself, and Harbor makes the pushed referrer an accessory (goharbor/harbor
//    src/server/middleware/subject/subject.go).
//  - cosign's tags "sha256-<hex>.sig", ".att", ".sbom" (sigstore/cosign pkg/oci/remote/remote.go,
//    SignatureTag/AttestationTag/SBOMTag): each found one copied and given the same tag.
// And, in turn, what refers to those (an SBOM's signature), down to kMaxDepth levels; a digest
// is copied once, so a listing that loops ends.
//
// Every manifest is fetched by digest and so verified (RegistryClient::manifest): a referrer
// whose bytes do not hash to its digest stops the copy before it is pushed.
class ReferrerCopy : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        RegistryClient *source = nullptr;
        QString sourceRepository;
        RegistryClient *target = nullptr;
        QString targetRepository;
        QString subject; // the digest copied
        // An index's children: their referrers are looked for too, as `cosign copy` walks an index
        // (sigstore/cosign pkg/oci/walk). Five small requests each on distribution 2.8.
        QStringList children;
    };
    static constexpr int kMaxDepth = 4;
    static const QStringList &cosignSuffixes(); // ".sig", ".att", ".sbom"

    explicit ReferrerCopy(Request request, QObject *parent = nullptr);
    ~ReferrerCopy() override;

    void start();
    void cancel();

    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    QStringList copied() const { return m_copied; } // digests of referrers and accessories, in order
    QStringList accessoryTags() const { return m_tags; } // cosign tags set at the target
    QStringList warnings() const { return m_warnings; } // what was left out, and why
    int blobsPresent() const { return m_present; }
    int blobsMounted() const { return m_mounted; }
    int blobsUploaded() const { return m_uploaded; }
    qint64 bytesUploaded() const { return m_bytesUploaded; }

Q_SIGNALS:
    void finished();

private:
    using Next = std::function<void()>;
    struct Subject
    {
        QString digest;
        int depth = 0;
    };
    void nextSubject();
    void copyReferrers(const Subject &s, const QList<OciDescriptor> &list, int index);
    void findAccessories(const Subject &s, int index);
    // One artifact (by digest or tag) with its blobs, then `tags`; `done` gets the finished copy,
    // or is not called when the copy failed (the whole ReferrerCopy then fails).
    void copyOne(const QString &reference, const QStringList &tags, std::function<void(ArtifactCopy *)> done);
    void listInFallbackIndex(const QString &subject, const OciDescriptor &referrer, Next next);
    void fail(const ApiError &error);
    void finish();

    Request m_request;
    ApiError m_error;
    QList<Subject> m_queue;
    QSet<QString> m_seen;
    QStringList m_copied, m_tags, m_warnings;
    int m_present = 0, m_mounted = 0, m_uploaded = 0;
    qint64 m_bytesUploaded = 0;
    enum class Api { Unknown, Answers, Absent } m_targetApi = Api::Unknown;
    QPointer<ArtifactCopy> m_copy;
    bool m_finished = false, m_cancelled = false;
};

} // namespace berth
