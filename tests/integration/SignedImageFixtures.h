// A signed image for undo's tests: an image, its cosign signature (pushed under
// sha256-<hex>.sig), an SBOM that names it as subject (as `oras attach` pushes one), and the SBOM's
// own signature. Test code only.
#pragma once

#include "api/RegistryClient.h"
#include "core/OciMediaTypes.h"
#include "RegistryClientFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace RegistryTest {

struct Blobbed
{
    QByteArray manifest;
    QList<QByteArray> blobs;
    QString digest() const { return sha256Digest(manifest); }
};

inline Blobbed ociManifest(const QByteArray &config, const QString &configType, const QJsonObject &layer,
    const QByteArray &layerBytes, const QJsonObject &extra = {})
{
    Blobbed b;
    b.blobs = {config, layerBytes};
    QJsonObject m {{QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QLatin1String(OciMediaType::OciManifest)},
        {QStringLiteral("config"), descriptor(configType, config)}, {QStringLiteral("layers"), QJsonArray {layer}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    b.manifest = compact(m);
    return b;
}

inline Blobbed image(const QByteArray &seed)
{
    const QByteArray config = compact(
        {{QStringLiteral("architecture"), QStringLiteral("amd64")}, {QStringLiteral("os"), QStringLiteral("linux")},
            {QStringLiteral("rootfs"), QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")}}}});
    const QByteArray layer = "layer of " + seed + '\n';
    return ociManifest(config, QLatin1String(OciMediaType::OciConfig),
        descriptor(QLatin1String(OciMediaType::OciLayerGzip), layer), layer);
}

// What `cosign sign` pushes under sha256-<hex>.sig (sigstore/cosign pkg/oci/static).
inline Blobbed cosignSignature(const QString &signedDigest)
{
    const QByteArray payload = compact({{QStringLiteral("critical"),
        QJsonObject {{QStringLiteral("image"), QJsonObject {{QStringLiteral("docker-manifest-digest"), signedDigest}}},
            {QStringLiteral("type"), QStringLiteral("cosign container image signature")}}}});
    const QByteArray config = compact({{QStringLiteral("rootfs"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("layers")},
            {QStringLiteral("diff_ids"), QJsonArray {sha256Digest(payload)}}}}});
    QJsonObject layer = descriptor(QStringLiteral("application/vnd.dev.cosign.simplesigning.v1+json"), payload);
    layer.insert(QStringLiteral("annotations"),
        QJsonObject {{QStringLiteral("dev.cosignproject.cosign/signature"), QStringLiteral("MEUCIQDtest")}});
    return ociManifest(config, QLatin1String(OciMediaType::OciConfig), layer, payload);
}

// An SBOM as `oras attach` pushes one: an OCI 1.1 artifact whose subject is `subject`.
inline Blobbed sbomOf(const Blobbed &subject, const QByteArray &content)
{
    const QString type = QStringLiteral("application/spdx+json");
    return ociManifest("{}", QLatin1String(OciMediaType::OciEmpty), descriptor(type, content), content,
        {{QStringLiteral("artifactType"), type},
            {QStringLiteral("subject"), descriptor(QLatin1String(OciMediaType::OciManifest), subject.manifest)}});
}

inline QString sigTag(const QString &digest)
{
    return RegistryClient::fallbackTag(digest) + QStringLiteral(".sig");
}

// An image, its cosign signature, an SBOM that names it, and the SBOM's signature.
struct Signed
{
    Blobbed app, sig, sbom, sbomSig;
    explicit Signed(const QByteArray &seed)
        : app(image(seed))
        , sig(cosignSignature(app.digest()))
        , sbom(sbomOf(app, R"({"spdxVersion":"SPDX-2.3","name":")" + seed + R"("})"))
        , sbomSig(cosignSignature(sbom.digest()))
    { }
};

// Pushes the four to `repo` at `base`: the image as v1, the signatures under their cosign tags,
// the SBOM by digest.
inline bool pushSigned(const QUrl &base, const QString &repo, const Signed &s, const QByteArray &auth = {})
{
    const QList<QPair<const Blobbed *, QString>> parts {{&s.app, QStringLiteral("v1")},
        {&s.sig, sigTag(s.app.digest())}, {&s.sbom, s.sbom.digest()}, {&s.sbomSig, sigTag(s.sbom.digest())}};
    for (const auto &[b, reference] : parts) {
        for (const QByteArray &blob : b->blobs)
            if (!pushBlob(base, repo, blob, auth))
                return false;
        if (!pushManifest(base, repo, reference, b->manifest, OciMediaType::OciManifest, auth))
            return false;
    }
    return true;
}

} // namespace RegistryTest
