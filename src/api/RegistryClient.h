#pragma once

#include "ApiError.h"
#include "ApiTransport.h"
#include "core/OciManifest.h"
#include "RegistryJob.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace berth {

class RegistryAuth;

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

    // "<alg>-<encoded>" (distribution-spec "Referrers Tag Schema").
    static QString fallbackTag(const QString &digest);
    // base + "/v2/<repository>/<kind>/<reference>"; invalid when a name is outside the grammar.
    static QUrl v2Url(const QUrl &base, const QString &repository, const QString &kind, const QString &reference);
    // Empty, or why the repository name is not one a registry accepts.
    static QString repositoryError(const QString &repository);

    int requestsSent() const { return m_requests; } // /v2/ requests, token requests not counted

private:
    RegistryJob *start(ApiRequest request, const QString &scope, const QString &nameError);
    RegistryJob *fetchManifest(
        const QString &repository, const QString &reference, QObject *context, Callback<FetchedManifest> done);
    void fallbackReferrers(
        const QString &repository, const QString &digest, QObject *context, Callback<QList<OciDescriptor>> done);

    QPointer<ApiTransport> m_transport;
    RegistryAuth *m_auth = nullptr;
    int m_requests = 0;
};

} // namespace berth
