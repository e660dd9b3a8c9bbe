// RegistryClient's writes: manifest PUT, blob HEAD, cross-repository mount and the upload
// session (distribution docs/spec/api.md "Pushing An Image"; OCI distribution-spec "Push").
#include "core/AuthChallenge.h"
#include "core/ContentDigest.h"
#include "core/ReferenceGrammar.h"
#include "RegistryClient.h"
#include "RegistryJob.h"

#include <QPointer>
#include <QUrlQuery>

namespace berth {

namespace {

QString pushScope(const QString &repository)
{
    return repositoryScope(repository, {QStringLiteral("pull"), QStringLiteral("push")});
}

// Hands the finished job to `outcome` unless `context` died first.
template<class F>
void onFinished(RegistryJob *job, QObject *fallback, QObject *context, F outcome)
{
    QPointer<QObject> ctx(context);
    QObject::connect(
        job, &RegistryJob::finished, context ? context : fallback, [job, ctx, context, outcome = std::move(outcome)] {
            if (context && !ctx)
                return;
            outcome(job);
        });
}

QString nameAndDigestError(const QString &repository, const QString &digest)
{
    QString error = RegistryClient::repositoryError(repository);
    if (error.isEmpty())
        error = ReferenceGrammar::digestError(digest);
    return error;
}

} // namespace

QUrl RegistryClient::uploadLocation(const QUrl &requestUrl, const QByteArray &location)
{
    if (location.trimmed().isEmpty())
        return {};
    const QUrl resolved = requestUrl.resolved(QUrl::fromEncoded(location.trimmed()));
    // The session URL carries no credentials of ours, but the next request does: same origin only.
    if (resolved.scheme() != requestUrl.scheme() || resolved.host() != requestUrl.host()
        || resolved.port(-1) != requestUrl.port(-1))
        return {};
    return resolved;
}

RegistryJob *RegistryClient::putManifest(const QString &repository, const QString &reference, const QByteArray &bytes,
    const QString &mediaType, QObject *context, Callback<QString> done)
{
    ApiRequest req;
    req.method = "PUT";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), reference);
    req.body = bytes;
    req.headers.append({QByteArrayLiteral("Content-Type"), mediaType.toLatin1()});
    const bool byDigest = reference.contains(QLatin1Char(':'));
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = byDigest ? ReferenceGrammar::digestError(reference) : ReferenceGrammar::tagError(reference);
    if (nameError.isEmpty() && byDigest && !digestMatches(reference, bytes))
        nameError = tr("the manifest's bytes do not hash to %1").arg(reference);
    RegistryJob *job = start(req, pushScope(repository), nameError);
    const QString expected = sha256Digest(bytes);
    onFinished(job, this, context, [done = std::move(done), expected](RegistryJob *j) {
        if (!j->ok()) {
            done({}, j->error());
            return;
        }
        const QString answered = QString::fromLatin1(j->responseHeader("Docker-Content-Digest")).trimmed();
        if (!answered.isEmpty() && answered != expected) {
            j->fail(ApiError::Kind::DigestMismatch,
                tr("the registry stored the manifest as %1, but its bytes are %2").arg(answered, expected));
            done({}, j->error());
            return;
        }
        done(expected, j->error());
    });
    return job;
}

RegistryJob *RegistryClient::headBlob(
    const QString &repository, const QString &digest, QObject *context, Callback<bool> done)
{
    ApiRequest req;
    req.method = "HEAD";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("blobs"), digest);
    RegistryJob *job
        = start(req, repositoryScope(repository, {QStringLiteral("pull")}), nameAndDigestError(repository, digest));
    onFinished(job, this, context, [done = std::move(done)](RegistryJob *j) {
        if (j->error().kind == ApiError::Kind::NotFound)
            done(false, {});
        else
            done(j->ok(), j->error());
    });
    return job;
}

RegistryJob *RegistryClient::mountBlob(const QString &repository, const QString &digest, const QString &fromRepository,
    QObject *context, Callback<bool> done)
{
    ApiRequest req;
    req.method = "POST";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("blobs"), QStringLiteral("uploads/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mount"), digest);
    query.addQueryItem(QStringLiteral("from"), fromRepository);
    req.url.setQuery(query);
    QString nameError = nameAndDigestError(repository, digest);
    if (nameError.isEmpty())
        nameError = repositoryError(fromRepository);
    RegistryJob *job = start(req, pushScope(repository), nameError);
    QPointer<RegistryClient> self(this);
    onFinished(job, this, context, [self, repository, done = std::move(done)](RegistryJob *j) {
        if (!j->ok()) {
            done(false, j->error());
            return;
        }
        if (j->status() == 201) {
            done(true, {});
            return;
        }
        // 202: the registry could not mount (distribution: the source is not readable to this
        // account, or the blob is not there) and opened an upload session instead.
        const QUrl location = uploadLocation(j->error().url, j->responseHeader("Location"));
        if (self && location.isValid())
            self->cancelUpload(repository, location);
        done(false, {});
    });
    return job;
}

RegistryJob *RegistryClient::startUpload(const QString &repository, QObject *context, Callback<QUrl> done)
{
    ApiRequest req;
    req.method = "POST";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("blobs"), QStringLiteral("uploads/"));
    RegistryJob *job = start(req, pushScope(repository), repositoryError(repository));
    onFinished(job, this, context, [done = std::move(done)](RegistryJob *j) {
        if (!j->ok()) {
            done({}, j->error());
            return;
        }
        const QUrl location = uploadLocation(j->error().url, j->responseHeader("Location"));
        if (!location.isValid()) {
            j->fail(
                ApiError::Kind::BadResponse, tr("the registry opened an upload without a Location on its own address"));
            done({}, j->error());
            return;
        }
        done(location, {});
    });
    return job;
}

RegistryJob *RegistryClient::uploadChunk(const QString &repository, const QUrl &location, QIODevice *body,
    qint64 length, QObject *context, Callback<QUrl> done)
{
    ApiRequest req;
    req.method = "PATCH";
    req.url = location;
    req.bodyDevice = body;
    req.bodyLength = length;
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
    RegistryJob *job = startDeferred(req, pushScope(repository), repositoryError(repository));
    onFinished(job, this, context, [done = std::move(done), location](RegistryJob *j) {
        if (!j->ok()) {
            done({}, j->error());
            return;
        }
        const QUrl next = uploadLocation(location, j->responseHeader("Location"));
        done(next.isValid() ? next : location, {});
    });
    return job;
}

RegistryJob *RegistryClient::commitUpload(
    const QString &repository, const QUrl &location, const QString &digest, QObject *context, DoneCallback done)
{
    ApiRequest req;
    req.method = "PUT";
    req.url = location;
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    req.url.setQuery(query);
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
    RegistryJob *job = start(req, pushScope(repository), nameAndDigestError(repository, digest));
    onFinished(job, this, context, [done = std::move(done)](RegistryJob *j) { done(j->error()); });
    return job;
}

RegistryJob *RegistryClient::cancelUpload(const QString &repository, const QUrl &location)
{
    ApiRequest req;
    req.method = "DELETE";
    req.url = location;
    return start(req, pushScope(repository), repositoryError(repository));
}

RegistryJob *RegistryClient::streamBlob(
    const QString &repository, const QString &digest, qint64 maxBytes, qint64 bufferBytes)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("blobs"), digest);
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")});
    req.maxBodyBytes = qMax<qint64>(1, maxBytes);
    req.streamResponse = true;
    req.readBufferSize = bufferBytes;
    return startDeferred(
        req, repositoryScope(repository, {QStringLiteral("pull")}), nameAndDigestError(repository, digest));
}

RegistryJob *RegistryClient::startDeferred(ApiRequest request, const QString &scope, const QString &nameError)
{
    request.headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    auto *job = new RegistryJob(m_transport.data(), m_auth, std::move(request), scope);
    connect(job, &RegistryJob::finished, this, [this, job] { m_requests += job->requests(); });
    if (!nameError.isEmpty())
        job->refuse(nameError);
    else
        QMetaObject::invokeMethod(job, &RegistryJob::start, Qt::QueuedConnection);
    return job;
}

} // namespace berth
