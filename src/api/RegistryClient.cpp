#include "RegistryClient.h"

#include "core/AuthChallenge.h"
#include "core/ContentDigest.h"
#include "core/OciMediaTypes.h"
#include "core/ReferenceGrammar.h"
#include "Logging.h"
#include "RegistryAuth.h"
#include "RegistryListJob.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace berth {

namespace {

// Hands a finished job's outcome to `done` unless its context object died first.
template<class T, class F>
void whenFinished(RegistryJob *job, QObject *fallbackContext, QObject *context, Callback<T> done, F outcome)
{
    QPointer<QObject> ctx(context);
    QObject::connect(job, &RegistryJob::finished, context ? context : fallbackContext,
        [job, ctx, context, done = std::move(done), outcome = std::move(outcome)] {
            if (context && !ctx)
                return;
            outcome(job, done);
        });
}

QString pullScope(const QString &repository)
{
    return repositoryScope(repository, {QStringLiteral("pull")});
}

bool isDigestReference(const QString &reference)
{
    return reference.contains(QLatin1Char(':'));
}

// The reference a /v2/<name>/manifests/<reference> request named, from the URL it went to.
QString manifestReference(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyDecoded);
    const int at = path.lastIndexOf(QLatin1String("/manifests/"));
    return at < 0 ? QString() : path.mid(at + int(qstrlen("/manifests/")));
}

bool isManifestDelete(const ApiError &error)
{
    return error.method == "DELETE" && !manifestReference(error.url).isEmpty();
}

void whenDone(RegistryJob *job, QObject *fallbackContext, QObject *context, DoneCallback done)
{
    QPointer<QObject> ctx(context);
    QObject::connect(
        job, &RegistryJob::finished, context ? context : fallbackContext, [job, ctx, context, done = std::move(done)] {
            if (context && !ctx)
                return;
            done(job->error());
        });
}

} // namespace

RegistryClient::RegistryClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_auth(new RegistryAuth(transport, this))
{ }

RegistryClient::~RegistryClient() = default;

QString RegistryClient::fallbackTag(const QString &digest)
{
    QString tag = digest;
    const int colon = tag.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        tag[colon] = QLatin1Char('-');
    return tag;
}

QString RegistryClient::repositoryError(const QString &repository)
{
    // distribution/reference regexp.go: path components of lower-case alphanumerics joined by
    // '.', '_', '__' or runs of '-', separated by '/'; 255 characters in all.
    static const QRegularExpression grammar(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"));
    if (repository.isEmpty())
        return tr("the repository name is empty");
    if (repository.size() > 255)
        return tr("the repository name is longer than 255 characters");
    if (!grammar.match(repository).hasMatch())
        return tr("\"%1\" is not a repository name a registry accepts (lower-case letters, digits and . _ - "
                  "between them, components separated by /)")
            .arg(repository);
    return {};
}

QUrl RegistryClient::v2Url(const QUrl &base, const QString &repository, const QString &kind, const QString &reference)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    path += QStringLiteral("v2/");
    if (!repository.isEmpty())
        path += repository + QLatin1Char('/') + kind + QLatin1Char('/') + reference;
    url.setPath(path);
    return url;
}

RegistryJob *RegistryClient::start(ApiRequest request, const QString &scope, const QString &nameError)
{
    // Stored bytes, not a re-encoding: sizes and digests refer to them (Qt decompresses
    // otherwise, and a Range would count decompressed bytes).
    request.headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    auto *job = new RegistryJob(m_transport.data(), m_auth, std::move(request), scope);
    connect(job, &RegistryJob::finished, this, [this, job] { m_requests += job->requests(); });
    if (!nameError.isEmpty())
        job->refuse(nameError);
    else
        job->start();
    return job;
}

QString RegistryClient::zeroDigest()
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char('0'));
}

RegistryListJob *RegistryClient::catalog(int pageSize)
{
    QUrl url = v2Url(m_transport->baseUrl(), {}, {}, {});
    url.setPath(url.path() + QStringLiteral("_catalog"));
    url.setQuery(QStringLiteral("n=%1").arg(qBound(1, pageSize, kMaxCatalogPageSize)));
    auto *job = new RegistryListJob(
        this, RegistryListJob::Kind::Catalog, url, QStringLiteral("registry:catalog:*"), QString());
    job->start();
    return job;
}

RegistryListJob *RegistryClient::tags(const QString &repository)
{
    // Without n: distribution 2.8 then sends every tag in one answer; a server that pages anyway
    // says so with Link, which the job follows.
    const QUrl url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("tags"), QStringLiteral("list"));
    auto *job = new RegistryListJob(this, RegistryListJob::Kind::Tags, url, pullScope(repository), repository);
    job->start();
    return job;
}

RegistryJob *RegistryClient::deleteManifest(
    const QString &repository, const QString &digest, QObject *context, DoneCallback done)
{
    ApiRequest req;
    req.method = "DELETE";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), digest);
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::digestError(digest);
    RegistryJob *job = start(req, repositoryScope(repository, {QStringLiteral("delete")}), nameError);
    whenDone(job, this, context, std::move(done));
    return job;
}

RegistryJob *RegistryClient::deleteTag(
    const QString &repository, const QString &tag, QObject *context, DoneCallback done)
{
    ApiRequest req;
    req.method = "DELETE";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), tag);
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::tagError(tag);
    // Never a digest delete instead: that would take every other tag on the digest with it.
    RegistryJob *job = start(req, repositoryScope(repository, {QStringLiteral("delete")}), nameError);
    whenDone(job, this, context, std::move(done));
    return job;
}

RegistryJob *RegistryClient::probeDeletion(const QString &repository, QObject *context, Callback<DeletionSupport> done)
{
    ApiRequest req;
    req.method = "DELETE";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), zeroDigest());
    RegistryJob *job = start(req, repositoryScope(repository, {QStringLiteral("delete")}), repositoryError(repository));
    whenFinished<DeletionSupport>(
        job, this, context, std::move(done), [](RegistryJob *j, const Callback<DeletionSupport> &cb) {
            // The digest of nothing anyone can push: a 404 means the registry looked for it, so
            // deleting is on; distribution answers 405 UNSUPPORTED before looking when it is off
            // (registry/storage/linkedblobstore.go, Delete).
            if (j->error().kind == ApiError::Kind::NotFound)
                cb(DeletionSupport::Enabled, {});
            else if (j->error().kind == ApiError::Kind::MethodNotAllowed)
                cb(DeletionSupport::Disabled, {});
            else
                cb(DeletionSupport::Unknown, j->error());
        });
    return job;
}

bool RegistryClient::isTagDeleteUnsupported(const ApiError &error)
{
    if (!isManifestDelete(error) || isDigestReference(manifestReference(error.url)))
        return false;
    // Distribution 2.8 parses the reference of a manifest DELETE as a digest
    // (registry/handlers/manifests.go, DeleteManifest): a tag comes back as DIGEST_INVALID.
    if (error.httpStatus == 400)
        return error.harborCode == QLatin1String("DIGEST_INVALID") || error.harborCode == QLatin1String("UNSUPPORTED");
    return error.httpStatus == 405;
}

bool RegistryClient::isDeletionDisabled(const ApiError &error)
{
    if (!isManifestDelete(error) || !isDigestReference(manifestReference(error.url)))
        return false;
    return error.httpStatus == 405 && (error.harborCode.isEmpty() || error.harborCode == QLatin1String("UNSUPPORTED"));
}

RegistryJob *RegistryClient::ping(QObject *context, Callback<Ping> done)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), {}, {}, {});
    RegistryJob *job = start(req, {}, {});
    whenFinished<Ping>(job, this, context, std::move(done), [](RegistryJob *j, const Callback<Ping> &cb) {
        Ping p;
        p.status = j->status();
        p.apiVersion = QString::fromLatin1(j->responseHeader("Docker-Distribution-Api-Version"));
        p.challenge = QString::fromLatin1(j->responseHeader("WWW-Authenticate"));
        cb(p, j->error());
    });
    return job;
}

RegistryJob *RegistryClient::manifest(
    const QString &repository, const QString &reference, QObject *context, Callback<FetchedManifest> done)
{
    return fetchManifest(repository, reference, context, std::move(done));
}

RegistryJob *RegistryClient::fetchManifest(
    const QString &repository, const QString &reference, QObject *context, Callback<FetchedManifest> done)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), reference);
    req.headers.append({QByteArrayLiteral("Accept"), OciMediaType::manifestAcceptHeader()});
    req.maxBodyBytes = kMaxManifestBytes;
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::referenceError(reference);
    RegistryJob *job = start(req, pullScope(repository), nameError);
    whenFinished<FetchedManifest>(
        job, this, context, std::move(done), [reference](RegistryJob *j, const Callback<FetchedManifest> &cb) {
            if (!j->ok()) {
                cb({}, j->error());
                return;
            }
            FetchedManifest m;
            m.bytes = j->body();
            m.contentType = QString::fromLatin1(j->responseHeader("Content-Type"));
            m.headerDigest = QString::fromLatin1(j->responseHeader("Docker-Content-Digest")).trimmed();
            if (isDigestReference(reference)) {
                // Content addressed: the bytes must be what was asked for (image-spec descriptor.md).
                if (!digestMatches(reference, m.bytes)) {
                    j->fail(ApiError::Kind::DigestMismatch,
                        tr("the manifest received does not match its digest: expected %1, received %2 bytes "
                           "whose digest is %3")
                            .arg(reference)
                            .arg(m.bytes.size())
                            .arg(sha256Digest(m.bytes)));
                    cb({}, j->error());
                    return;
                }
                m.digest = reference;
            } else {
                // By tag the bytes' own digest is the truth; the header is only a claim (crane ignores
                // it: go-containerregistry pkg/v1/remote/fetcher.go).
                m.digest = sha256Digest(m.bytes);
                if (!m.headerDigest.isEmpty() && !digestMatches(m.headerDigest, m.bytes)) {
                    m.warning = tr("the registry's Docker-Content-Digest (%1) differs from the digest of the bytes "
                                   "received (%2); Berth uses the latter")
                                    .arg(m.headerDigest, m.digest);
                    qCWarning(lcApi).noquote() << m.warning;
                }
            }
            Parsed<OciManifest> parsed = parseOciManifest(m.bytes, m.contentType, m.digest);
            if (!parsed.ok()) {
                j->fail(ApiError::Kind::BadResponse, parsed.error);
                cb({}, j->error());
                return;
            }
            m.manifest = std::move(parsed.value);
            cb(m, j->error());
        });
    return job;
}

RegistryJob *RegistryClient::headManifest(
    const QString &repository, const QString &reference, QObject *context, Callback<ManifestHead> done)
{
    ApiRequest req;
    req.method = "HEAD";
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("manifests"), reference);
    req.headers.append({QByteArrayLiteral("Accept"), OciMediaType::manifestAcceptHeader()});
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::referenceError(reference);
    RegistryJob *job = start(req, pullScope(repository), nameError);
    whenFinished<ManifestHead>(
        job, this, context, std::move(done), [reference](RegistryJob *j, const Callback<ManifestHead> &cb) {
            if (!j->ok()) {
                cb({}, j->error());
                return;
            }
            ManifestHead h;
            h.digest = QString::fromLatin1(j->responseHeader("Docker-Content-Digest")).trimmed();
            h.mediaType = QString::fromLatin1(j->responseHeader("Content-Type")).trimmed();
            bool ok = false;
            const qint64 length = j->responseHeader("Content-Length").trimmed().toLongLong(&ok);
            h.size = ok && length >= 0 ? length : -1;
            if (isDigestReference(reference)) {
                if (!h.digest.isEmpty() && h.digest != reference) {
                    j->fail(
                        ApiError::Kind::DigestMismatch, tr("the registry describes %1 as %2").arg(reference, h.digest));
                    cb({}, j->error());
                    return;
                }
                h.digest = reference;
            }
            cb(h, j->error());
        });
    return job;
}

RegistryJob *RegistryClient::blob(
    const QString &repository, const QString &digest, qint64 maxBytes, QObject *context, Callback<QByteArray> done)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("blobs"), digest);
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")});
    req.maxBodyBytes = maxBytes;
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::digestError(digest);
    RegistryJob *job = start(req, pullScope(repository), nameError);
    whenFinished<QByteArray>(
        job, this, context, std::move(done), [digest](RegistryJob *j, const Callback<QByteArray> &cb) {
            if (!j->ok()) {
                cb({}, j->error());
                return;
            }
            if (!digestMatches(digest, j->body())) {
                j->fail(ApiError::Kind::DigestMismatch,
                    tr("the blob received does not match its digest: expected %1, received %2 bytes whose digest is %3")
                        .arg(digest)
                        .arg(j->body().size())
                        .arg(sha256Digest(j->body())));
                cb({}, j->error());
                return;
            }
            cb(j->body(), j->error());
        });
    return job;
}

RegistryJob *RegistryClient::referrers(
    const QString &repository, const QString &digest, QObject *context, Callback<QList<OciDescriptor>> done)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("referrers"), digest);
    req.headers.append({QByteArrayLiteral("Accept"), QByteArray(OciMediaType::OciIndex)});
    req.maxBodyBytes = kMaxManifestBytes;
    QString nameError = repositoryError(repository);
    if (nameError.isEmpty())
        nameError = ReferenceGrammar::digestError(digest);
    RegistryJob *job = start(req, pullScope(repository), nameError);
    QPointer<RegistryClient> self(this);
    whenFinished<QList<OciDescriptor>>(job, this, context, std::move(done),
        [self, repository, digest, context](RegistryJob *j, const Callback<QList<OciDescriptor>> &cb) {
            if (j->ok()) {
                const QString type = OciMediaType::essence(QString::fromLatin1(j->responseHeader("Content-Type")));
                // Harbor 2.8-2.10 answer an unknown subject with 200 "{}" (goharbor/harbor
                // src/server/registry/referrers.go before d25f355).
                if (j->body().trimmed() == "{}") {
                    cb({}, j->error());
                    return;
                }
                if (type == QLatin1String(OciMediaType::OciIndex)) {
                    Parsed<OciManifest> parsed = parseOciManifest(j->body(), type);
                    if (!parsed.ok()) {
                        j->fail(ApiError::Kind::BadResponse, parsed.error);
                        cb({}, j->error());
                        return;
                    }
                    cb(parsed.value.manifests, j->error());
                    return;
                }
                // An answer that says it is JSON and is not is a broken answer, not a missing API:
                // reading the tag instead would show "no referrers" for a corrupted list.
                if (type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"))) {
                    QJsonParseError error;
                    QJsonDocument::fromJson(j->body(), &error);
                    if (error.error != QJsonParseError::NoError) {
                        j->fail(ApiError::Kind::BadResponse,
                            tr("the registry's list of referrers is not JSON (%1 at byte %2)")
                                .arg(error.errorString())
                                .arg(error.offset));
                        cb({}, j->error());
                        return;
                    }
                }
            } else {
                // Only an HTTP answer that says "no such API" leads to the tag schema; an auth,
                // transport or server failure is the answer.
                switch (j->error().kind) {
                case ApiError::Kind::NotFound:
                case ApiError::Kind::Validation:
                case ApiError::Kind::MethodNotAllowed:
                case ApiError::Kind::HttpOther:
                    break;
                default:
                    cb({}, j->error());
                    return;
                }
            }
            // As crane does (go-containerregistry pkg/v1/remote/referrers.go): anything but 200
            // with an index means the API is not there; read the fallback tag.
            if (self)
                self->fallbackReferrers(repository, digest, context, cb);
        });
    return job;
}

void RegistryClient::fallbackReferrers(
    const QString &repository, const QString &digest, QObject *context, Callback<QList<OciDescriptor>> done)
{
    fetchManifest(repository, fallbackTag(digest), context,
        [done = std::move(done)](const FetchedManifest &m, const ApiError &error) {
            if (error.kind == ApiError::Kind::NotFound) {
                done({}, ApiError {}); // no tag: no referrers
                return;
            }
            if (error.isError()) {
                done({}, error);
                return;
            }
            // A tag that is not an index is not a referrers list (spec "Referrers Tag Schema").
            done(m.manifest.kind == OciManifest::Kind::Index ? m.manifest.manifests : QList<OciDescriptor> {}, error);
        });
}

} // namespace berth
