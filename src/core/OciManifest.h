#pragma once

#include "Parsed.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace berth {

// The platform of an index entry (OCI image-spec image-index.md "platform").
struct OciPlatform
{
    QString os, architecture, variant, osVersion;
    QStringList osFeatures;

    bool isEmpty() const;
    // "linux/arm64/v8", "linux/amd64", "windows/amd64" (os.version is not part of it).
    QString toString() const;
    // "unknown/unknown": the entries buildx adds for provenance and SBOM attestations.
    bool isUnknown() const;
    // "os/arch[/variant]"; nullopt for anything else (an empty part, more than three parts).
    static std::optional<OciPlatform> fromString(const QString &osArchVariant);

    bool operator==(const OciPlatform &o) const;
    bool operator!=(const OciPlatform &o) const { return !(*this == o); }
};

// OCI image-spec descriptor.md. Every descriptor a parse accepts has a supported digest and
// 0 <= size <= kMaxDescriptorSize.
struct OciDescriptor
{
    QString mediaType, digest, artifactType;
    qint64 size = 0;
    std::optional<OciPlatform> platform;
    QMap<QString, QString> annotations;
    QStringList urls;
};

// 16 TiB: larger than any blob a registry stores, small enough that sums of a few thousand never
// overflow qint64.
inline constexpr qint64 kMaxDescriptorSize = qint64(1) << 44;

struct OciManifest
{
    // Unknown: a JSON object whose media type we do not know: shown raw, not refused.
    enum class Kind { Image, Index, Unknown };
    Kind kind = Kind::Unknown;
    QString mediaType; // the body's mediaType, else the Content-Type given
    int schemaVersion = 0;
    QString artifactType; // the manifest's own
    OciDescriptor config; // Image
    QList<OciDescriptor> layers; // Image
    QList<OciDescriptor> manifests; // Index, in order
    std::optional<OciDescriptor> subject;
    QMap<QString, QString> annotations;

    // artifactType, else config.mediaType for images (image-spec "Listing Referrers"); an index
    // without artifactType has none.
    QString displayedArtifactType() const;
    qint64 layersSize() const; // sum of layer sizes
};

// Refuses: > kMaxManifestBytes, not JSON, not an object, a descriptor without a valid digest,
// a negative size or one > kMaxDescriptorSize, an index that lists its own digest (pass ownDigest
// when known). The messages are printable and say what was wrong.
Parsed<OciManifest> parseOciManifest(
    const QByteArray &body, const QString &contentType = {}, const QString &ownDigest = {});

} // namespace berth
