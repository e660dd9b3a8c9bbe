#pragma once

#include <QString>

namespace berth {

// A readable name for an artifactType or config media type ("Cosign signature", "SPDX SBOM"),
// or empty when Berth does not know the type (then the media type itself is shown). Sources:
// sigstore/cosign specs/SIGNATURE_SPEC.md, notaryproject/specifications, the SPDX and
// CycloneDX media type registrations, in-toto/attestation spec/v1/envelope.md, helm.sh/docs
// "Use OCI-based registries", goharbor/harbor src/pkg/accessory/model.
QString artifactTypeName(const QString &mediaType);

// A layer's media type without the common prefix: "tar+gzip" (OCI), "docker tar.gzip"; any
// other type is returned as it is.
QString shortLayerType(const QString &mediaType);

} // namespace berth
