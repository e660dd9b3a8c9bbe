#pragma once

#include "api/ApiError.h"
#include "api/RegistryClient.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace berth {

class BlobCopy;
class ReferrerCopy;

// Copies one artifact (REPO:TAG or REPO@DIGEST) into a repository of the same registry or of
// another one, over /v2/ only: for an index every child first (blobs, then the child's manifest by
// digest), for an image its config and layers, then the manifest by digest, and the chosen tags
// last. Blobs the target has are skipped (HEAD), so running the same copy again resumes it. Before
// anything is written, every chosen tag is looked up at the target: one that names another digest
// stops the copy (refusal TagExists) with nothing changed, unless the caller asked the user and
// named it in moveTags: then that tag is moved by a manifest PUT under its name.
//
// Then, with copyReferrers, what refers to the artifact's digest goes too (ReferrerCopy: OCI
// referrers and cosign's sha256-<hex>.sig/.att/.sbom tags, and theirs in turn), so a signed image
// arrives signed; for an index, its children's too (not deeper: a nested index's own children
// are not asked).
//
// Harbor's own copy API (POST /projects/{p}/repositories/{r}/artifacts?from=) is not used: it
// copies every tag of the source and moves same-named tags in the target (goharbor/harbor
// src/controller/artifact/controller.go, Copy; harbor#16675), which is never what is asked here.
// (Its copyDeeply does take accessories along in Harbor versions whose copyDeeply has isAcc and
// dstAccs. Over /v2/, pushing a referrer by digest, and cosign's tag, is what `cosign copy` does;
// Harbor makes it an accessory on its own.)
class ArtifactCopy : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        RegistryClient *source = nullptr;
        QString sourceRepository;
        QString sourceReference; // a tag or a digest
        RegistryClient *target = nullptr; // may be `source`: then blobs are mounted
        QString targetRepository;
        QStringList tags; // set at the target, last
        bool tagsOnly = false; // the target repository holds the artifact already: only add the tags
        // Chosen tags the user agreed to move when they are on another digest at the target. A moved
        // tag goes by a manifest PUT even where addTag is set: Harbor's tags API refuses a name the
        // repository has (409), while a push by tag moves it.
        QStringList moveTags;
        // How a tag is added, when not by a manifest PUT (Harbor's tags API needs tag:create, not push).
        std::function<void(const QString &digest, const QString &tag, DoneCallback done)> addTag;
        // After the tags: copy what refers to the digest (not with tagsOnly, nor into the same
        // repository of the same registry, where they are already).
        bool copyReferrers = true;
        // Blobs of one manifest copied at once. skopeo copies layers side by side as well; 1 keeps
        // the order fixed (tests that stop a copy part-way rely on it).
        int parallelBlobs = 3;
    };
    enum class Refusal { None, TagExists };

    explicit ArtifactCopy(Request request, QObject *parent = nullptr);
    ~ArtifactCopy() override;

    void start();
    void cancel();

    bool ok() const { return m_finished && !m_error.isError() && m_refusal == Refusal::None; }
    const ApiError &error() const { return m_error; }
    Refusal refusal() const { return m_refusal; }
    QString conflictTag() const { return m_conflictTag; } // TagExists: the tag
    QString conflictDigest() const { return m_conflictDigest; } // and the digest it names at the target
    QString digest() const { return m_digest; } // the artifact's (known once its manifest is read)
    QStringList manifestsPut() const { return m_manifests; } // digests, children first
    QStringList tagsPut() const { return m_tagsPut; } // every chosen tag, now on the digest
    QStringList tagsAlreadyThere() const { return m_alreadyTagged; } // of those, the ones not sent
    QStringList tagsMoved() const { return m_moved; } // of those, the ones taken from another digest
    int blobsPresent() const { return m_present; }
    int blobsMounted() const { return m_mounted; }
    int blobsUploaded() const { return m_uploaded; }
    qint64 bytesUploaded() const { return m_bytesUploaded; } // blob counts include the referrers'
    const RegistryClient::FetchedManifest &root() const { return m_root; } // as read at the source
    QStringList referrersCopied() const { return m_referrersCopied; } // digests: referrers, accessories
    QStringList accessoryTags() const { return m_accessoryTags; } // cosign tags set at the target
    QStringList warnings() const { return m_warnings; } // referrers left out, and why
    // The artifact and its tags are at the target; a failure came later, from its referrers.
    bool artifactCopied() const { return m_artifactCopied; }

Q_SIGNALS:
    // Bytes of blobs handled (skipped and mounted ones count whole) of those known so far; the
    // total grows while an index's children are read.
    void progress(qint64 done, qint64 total);
    void finished();

private:
    using Next = std::function<void()>;
    void checkTags(int index, const RegistryClient::FetchedManifest &root);
    void copyTree(const RegistryClient::FetchedManifest &m, Next next);
    void copyChildren(const QList<OciDescriptor> &children, int index, Next next);
    struct BlobBatch;
    void copyBlobs(QList<OciDescriptor> blobs, Next next);
    void startBlobs(const std::shared_ptr<BlobBatch> &batch);
    void emitProgress();
    void putManifest(const RegistryClient::FetchedManifest &m, const QString &reference, Next next);
    void putTags(int index, const RegistryClient::FetchedManifest &root);
    void copyReferrers();
    void fail(const ApiError &error);
    void finish();

    Request m_request;
    ApiError m_error;
    Refusal m_refusal = Refusal::None;
    QString m_conflictTag, m_conflictDigest, m_digest;
    RegistryClient::FetchedManifest m_root;
    QStringList m_manifests, m_tagsPut, m_alreadyTagged, m_moved;
    QStringList m_referrersCopied, m_accessoryTags, m_warnings;
    int m_present = 0, m_mounted = 0, m_uploaded = 0;
    qint64 m_bytesUploaded = 0, m_done = 0, m_total = 0;
    QList<QPointer<BlobCopy>> m_blobs; // in flight
    QHash<const BlobCopy *, qint64> m_inFlight; // bytes each blob in flight has handled
    QPointer<ReferrerCopy> m_referrers;
    bool m_finished = false, m_cancelled = false, m_artifactCopied = false;
};

} // namespace berth
