// RegistryClient: whether a registry keeps referrers itself, and the fallback tag index a client
// keeps for one that does not (OCI distribution-spec v1.1 "Listing Referrers", "Unavailable
// Referrers API", "Referrers Tag Schema"; as go-containerregistry pkg/v1/remote/referrers.go and
// write.go do).
#include "core/AuthChallenge.h"
#include "core/OciMediaTypes.h"
#include "RegistryClient.h"
#include "RegistryJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace berth {

namespace {

QJsonObject descriptorJson(const OciDescriptor &d)
{
    QJsonObject o {{QStringLiteral("mediaType"), d.mediaType}, {QStringLiteral("digest"), d.digest},
        {QStringLiteral("size"), d.size}};
    if (!d.artifactType.isEmpty())
        o.insert(QStringLiteral("artifactType"), d.artifactType);
    if (!d.annotations.isEmpty()) {
        QJsonObject a;
        for (auto it = d.annotations.cbegin(); it != d.annotations.cend(); ++it)
            a.insert(it.key(), it.value());
        o.insert(QStringLiteral("annotations"), a);
    }
    return o;
}

} // namespace

OciDescriptor RegistryClient::referrerDescriptor(const FetchedManifest &m)
{
    OciDescriptor d;
    d.mediaType = m.manifest.mediaType;
    if (d.mediaType.isEmpty())
        d.mediaType = OciMediaType::essence(m.contentType);
    d.digest = m.digest;
    d.size = m.bytes.size();
    d.artifactType = m.manifest.displayedArtifactType();
    d.annotations = m.manifest.annotations;
    return d;
}

RegistryJob *RegistryClient::referrersApiAnswers(
    const QString &repository, const QString &digest, QObject *context, Callback<bool> done)
{
    ApiRequest req;
    req.url = v2Url(m_transport->baseUrl(), repository, QStringLiteral("referrers"), digest);
    req.headers.append({QByteArrayLiteral("Accept"), QByteArray(OciMediaType::OciIndex)});
    req.maxBodyBytes = kMaxManifestBytes;
    QString nameError = repositoryError(repository);
    RegistryJob *job = start(req, repositoryScope(repository, {QStringLiteral("pull")}), nameError);
    QPointer<QObject> ctx(context);
    connect(job, &RegistryJob::finished, context ? context : this, [job, ctx, context, done = std::move(done)] {
        if (context && !ctx)
            return;
        if (job->ok()) {
            const QString type = OciMediaType::essence(QString::fromLatin1(job->responseHeader("Content-Type")));
            // Harbor 2.8-2.10 answer a subject they do not know with 200 "{}" (goharbor/harbor
            // src/server/registry/referrers.go before d25f355): the API is there all the same.
            done(type == QLatin1String(OciMediaType::OciIndex) || job->body().trimmed() == "{}", ApiError {});
            return;
        }
        switch (job->error().kind) {
        case ApiError::Kind::NotFound:
        case ApiError::Kind::Validation:
        case ApiError::Kind::MethodNotAllowed:
        case ApiError::Kind::HttpOther:
            done(false, ApiError {}); // as referrers(): no such API
            return;
        default:
            done(false, job->error());
        }
    });
    return job;
}

void RegistryClient::addFallbackReferrer(const QString &repository, const QString &subjectDigest,
    const OciDescriptor &referrer, QObject *context, Callback<bool> done)
{
    const QString tag = fallbackTag(subjectDigest);
    QPointer<RegistryClient> self(this);
    manifest(repository, tag, context,
        [self, repository, tag, referrer, context, done = std::move(done)](
            const FetchedManifest &m, const ApiError &error) {
            if (error.isError() && error.kind != ApiError::Kind::NotFound) {
                done(false, error);
                return;
            }
            QJsonObject index {{QStringLiteral("schemaVersion"), 2},
                {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciIndex)}};
            if (!error.isError()) {
                const QJsonDocument doc = QJsonDocument::fromJson(m.bytes);
                if (m.manifest.kind != OciManifest::Kind::Index || !doc.isObject()) {
                    // Not a referrers list, yet something someone put there: not ours to replace.
                    ApiError e;
                    e.kind = ApiError::Kind::BadResponse;
                    e.method = "GET";
                    e.url = self ? v2Url(self->transport()->baseUrl(), repository, QStringLiteral("manifests"), tag)
                                 : QUrl();
                    e.detail = tr("the tag %1 holds no index, so it cannot list the referrers of %2")
                                   .arg(tag, referrer.digest);
                    done(false, e);
                    return;
                }
                index = doc.object(); // every entry and field kept as the registry has them
            }
            QJsonArray entries = index.value(QStringLiteral("manifests")).toArray();
            for (const QJsonValue &v : std::as_const(entries)) {
                if (v.toObject().value(QStringLiteral("digest")).toString() == referrer.digest) {
                    done(false, ApiError {}); // listed already
                    return;
                }
            }
            entries.append(descriptorJson(referrer));
            index.insert(QStringLiteral("manifests"), entries);
            if (!self)
                return;
            self->putManifest(repository, tag, QJsonDocument(index).toJson(QJsonDocument::Compact),
                QLatin1String(OciMediaType::OciIndex), context,
                [done](const QString &, const ApiError &e) { done(!e.isError(), e); });
        });
}

} // namespace berth
