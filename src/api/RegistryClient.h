#pragma once

#include "ApiError.h"
#include "ApiTransport.h"
#include "core/OciManifest.h"
#include "RegistryJob.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace berth {

class RegistryAuth;
class RegistryListJob;

// The registry side (/v2/, the OCI distribution API) of one registry, on a transport (for
// Harbor, its HarborClient): the same request policy, credentials and limits as the REST API.
// Everything fetched by digest is verified against it; authentication is RegistryJob's.
// Repositories are "p/r" with literal slashes (on /v2/ a slash is a path separator).
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    explicit RegistryClient(ApiTransport *transport, QObject *parent = nullptr);
    ~RegistryClient() override;

    struct FetchedManifest
    {
        QByteArray bytes; // exactly as received
        QString digest; // of the bytes (for a digest reference: that digest, verified)
        QString headerDigest; // Docker-Content-Digest as sent, possibly empty
        QString contentType;
        OciManifest manifest;
        QString warning; // by tag: the header's digest differs from the bytes'
    };
    struct ManifestHead
    {
        QString digest; // Docker-Content-Digest; empty when the server sent none (then GET it)
        qint64 size = -1; // Content-Length; -1 when absent
        QString mediaType;
    };
    struct Ping
    {
        int status = 0; // 200, or the final 401
        QString apiVersion; // Docker-Distribution-Api-Version
        QString challenge; // WWW-Authenticate of a 401, as sent
    };

    // What a DELETE of a digest that cannot exist says about the registry (probeDeletion).
    enum class DeletionSupport { Enabled, Disabled, Unknown };

    ApiTransport *transport() const { return m_transport.data(); }
    RegistryAuth *auth() const { return m_auth; }

    // GET /v2/. On failure the callback still gets what the server said (status, challenge).
    RegistryJob *ping(QObject *context, Callback<Ping> done);
    // GET .../manifests/<reference> with every manifest type accepted, capped at
    // kMaxManifestBytes. By digest the bytes must hash to it (else Kind::DigestMismatch).
    RegistryJob *manifest(
        const QString &repository, const QString &reference, QObject *context, Callback<FetchedManifest> done);
    RegistryJob *headManifest(
        const QString &repository, const QString &reference, QObject *context, Callback<ManifestHead> done);
    // GET .../blobs/<digest>, at most maxBytes, verified (else Kind::DigestMismatch).
    RegistryJob *blob(
        const QString &repository, const QString &digest, qint64 maxBytes, QObject *context, Callback<QByteArray> done);
    // The referrers API (used only when it answers 200 with an index), else the referrers tag
    // schema's "sha256-<hex>" tag, where 404 means none. Harbor 2.8-2.10 answer "{}" for none.
    // The job returned is the first request; the fallback, if any, is a second one, and aborting
    // the first before it finishes drops the whole call.
    RegistryJob *referrers(
        const QString &repository, const QString &digest, QObject *context, Callback<QList<OciDescriptor>> done);
    // Whether the referrers API answers for `digest` (200 with an OCI index, or Harbor 2.8-2.10's
    // 200 "{}"): such a registry lists referrers itself. An answer that says "no such API" (404,
    // 400, 405, another HTTP status, 200 with another type) delivers false; an auth or transport
    // failure is the error. (RegistryReferrerIndex.cpp)
    RegistryJob *referrersApiAnswers(
        const QString &repository, const QString &digest, QObject *context, Callback<bool> done);
    // For a registry without the referrers API, after a manifest with `subject` was pushed: adds
    // `referrer` to the subject's fallback tag index (distribution-spec "Referrers Tag Schema"):
    // reads the tag (404 = an empty index), keeps every entry it has, appends the referrer unless
    // its digest is listed, and PUTs the index under the tag. Delivers true when the index was
    // written, false when the referrer was listed already. A tag that holds something other than
    // an index is left alone (Kind::BadResponse). Two writers at once may lose one entry: the spec
    // allows no lock on distribution 2.8.
    void addFallbackReferrer(const QString &repository, const QString &subjectDigest, const OciDescriptor &referrer,
        QObject *context, Callback<bool> done);
    // The descriptor a referrers list gives `m` (spec "Listing Referrers"): its media type, digest,
    // size, artifactType (else the config's media type) and annotations.
    static OciDescriptor referrerDescriptor(const FetchedManifest &m);

    // GET /v2/_catalog?n=<pageSize> following Link. Scope "registry:catalog:*". Distribution 2.8
    // refuses n > 1000 with 400 PAGINATION_NUMBER_INVALID, so pageSize is kept within 1..1000.
    RegistryListJob *catalog(int pageSize = kMaxCatalogPageSize);
    // GET /v2/<repo>/tags/list (following Link where the server pages). Scope repository:<repo>:pull.
    // The JSON's "tags" may be null (distribution: a repository whose tags are all gone) = empty.
    RegistryListJob *tags(const QString &repository);
    // DELETE /v2/<repo>/manifests/<digest>; scope repository:<repo>:delete. 202 = ok. It takes
    // away every tag on the digest.
    RegistryJob *deleteManifest(const QString &repository, const QString &digest, QObject *context, DoneCallback done);
    // DELETE /v2/<repo>/manifests/<tag> (OCI distribution-spec 1.1 tag deletion); NEVER falls back
    // to a digest delete. Distribution 2.8: 400 DIGEST_INVALID; others 400/405 UNSUPPORTED. The
    // error is returned as is (ApiError::harborCode holds the registry's code).
    RegistryJob *deleteTag(const QString &repository, const QString &tag, QObject *context, DoneCallback done);
    // DELETE of sha256:000...0 in `repository`: 404 => Enabled, 405 => Disabled (distribution's
    // storage.delete.enabled false), anything else Unknown (with the error). Changes nothing.
    RegistryJob *probeDeletion(const QString &repository, QObject *context, Callback<DeletionSupport> done);
    // Whether the registry refused a tag delete as unsupported: 400 DIGEST_INVALID on a tag
    // reference (distribution 2.8 reads the tag as a digest), 400/405 UNSUPPORTED or a bare 405 on
    // a tag. A 405 on a tag may also mean deletion is off altogether: probeDeletion tells.
    static bool isTagDeleteUnsupported(const ApiError &error);
    // 405 with UNSUPPORTED (or no error body) on a DELETE by digest: deletion is disabled for everyone.
    static bool isDeletionDisabled(const ApiError &error);

    // Writes (RegistryWrites.cpp). Scope repository:<repo>:pull,push.
    // PUT .../manifests/<reference> (a tag or a digest) with exactly `bytes` as `mediaType`. By
    // digest the bytes must hash to it (refused before sending). The answer's Docker-Content-Digest,
    // when sent, must be the bytes' sha256 (else DigestMismatch). Delivers that digest.
    RegistryJob *putManifest(const QString &repository, const QString &reference, const QByteArray &bytes,
        const QString &mediaType, QObject *context, Callback<QString> done);
    // HEAD .../blobs/<digest>: true on 200, false on 404, else the error.
    RegistryJob *headBlob(const QString &repository, const QString &digest, QObject *context, Callback<bool> done);
    // POST .../blobs/uploads/?mount=<digest>&from=<fromRepository>: true on 201 (mounted). 202
    // means not mounted and an upload session opened: it is cancelled (DELETE of its Location)
    // and false delivered; the caller then uploads.
    RegistryJob *mountBlob(const QString &repository, const QString &digest, const QString &fromRepository,
        QObject *context, Callback<bool> done);
    // POST .../blobs/uploads/: the session's Location, resolved, same origin only.
    RegistryJob *startUpload(const QString &repository, QObject *context, Callback<QUrl> done);
    // PATCH a session with `length` bytes read from `body` (streamed, never buffered whole):
    // delivers the next Location.
    RegistryJob *uploadChunk(const QString &repository, const QUrl &location, QIODevice *body, qint64 length,
        QObject *context, Callback<QUrl> done);
    // PUT <location>&digest=<digest> with no body: the registry checks the digest and commits.
    RegistryJob *commitUpload(
        const QString &repository, const QUrl &location, const QString &digest, QObject *context, DoneCallback done);
    // DELETE <location>: gives up a session (best effort).
    RegistryJob *cancelUpload(const QString &repository, const QUrl &location);
    // GET .../blobs/<digest> streamed (RegistryJob::replyStarted), at most maxBytes; never retried.
    RegistryJob *streamBlob(const QString &repository, const QString &digest, qint64 maxBytes, qint64 bufferBytes);
    // The Location of an upload answer, resolved against the request; invalid when it names another origin.
    static QUrl uploadLocation(const QUrl &requestUrl, const QByteArray &location);

    static constexpr int kMaxCatalogPageSize = 1000;
    static QString zeroDigest(); // "sha256:" and 64 zeros

    // "<alg>-<encoded>" (distribution-spec "Referrers Tag Schema").
    static QString fallbackTag(const QString &digest);
    // base + "/v2/<repository>/<kind>/<reference>"; invalid when a name is outside the grammar.
    static QUrl v2Url(const QUrl &base, const QString &repository, const QString &kind, const QString &reference);
    // Empty, or why the repository name is not one a registry accepts.
    static QString repositoryError(const QString &repository);

    int requestsSent() const { return m_requests; } // /v2/ requests, token requests not counted

private:
    friend class RegistryListJob;
    RegistryJob *start(ApiRequest request, const QString &scope, const QString &nameError);
    // The same, started on the next turn: the caller connects replyStarted before the first reply.
    RegistryJob *startDeferred(ApiRequest request, const QString &scope, const QString &nameError);
    RegistryJob *fetchManifest(
        const QString &repository, const QString &reference, QObject *context, Callback<FetchedManifest> done);
    void fallbackReferrers(
        const QString &repository, const QString &digest, QObject *context, Callback<QList<OciDescriptor>> done);

    QPointer<ApiTransport> m_transport;
    RegistryAuth *m_auth = nullptr;
    int m_requests = 0;
};

} // namespace berth
