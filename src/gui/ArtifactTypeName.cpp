#include "ArtifactTypeName.h"

#include "core/OciMediaTypes.h"

#include <QCoreApplication>

namespace berth {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::InspectorPane)
};
} // namespace

QString artifactTypeName(const QString &mediaType)
{
    const QString t = OciMediaType::essence(mediaType);
    const auto is = [&t](const char *type) { return t == QLatin1String(type); };
    if (is("application/vnd.dev.cosign.artifact.sig.v1+json") || is("application/vnd.dev.cosign.simplesigning.v1+json"))
        return Tr::tr("Cosign signature");
    if (is("application/vnd.cncf.notary.signature"))
        return Tr::tr("Notation signature");
    if (t.startsWith(QLatin1String("application/vnd.dev.sigstore.bundle")))
        return Tr::tr("Sigstore bundle");
    if (t.contains(QLatin1String("spdx")))
        return Tr::tr("SPDX SBOM");
    if (t.contains(QLatin1String("cyclonedx")))
        return Tr::tr("CycloneDX SBOM");
    if (is("application/vnd.syft+json"))
        return Tr::tr("Syft SBOM");
    if (is("application/vnd.goharbor.harbor.sbom.v1"))
        return Tr::tr("Harbor SBOM");
    if (t.contains(QLatin1String("in-toto")) || is("application/vnd.dsse.envelope.v1+json"))
        return Tr::tr("in-toto attestation");
    if (is("application/vnd.cncf.helm.config.v1+json"))
        return Tr::tr("Helm chart");
    if (is("application/vnd.wasm.config.v1+json") || is("application/vnd.module.wasm.config.v1+json"))
        return Tr::tr("WebAssembly module");
    if (is("application/vnd.cnab.config.v1+json") || is("application/vnd.cnab.manifest.v1"))
        return Tr::tr("CNAB bundle");
    if (OciMediaType::isImageConfig(t))
        return Tr::tr("Container image");
    return {};
}

QString shortLayerType(const QString &mediaType)
{
    const QString t = OciMediaType::essence(mediaType);
    for (const auto &[prefix, label] : {std::pair {"application/vnd.oci.image.layer.v1.", ""},
             std::pair {"application/vnd.docker.image.rootfs.", "docker "}})
        if (t.startsWith(QLatin1String(prefix)))
            return QLatin1String(label) + t.mid(int(qstrlen(prefix)));
    return mediaType;
}

} // namespace berth
