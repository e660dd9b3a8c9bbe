#pragma once

#include <QByteArray>
#include <QString>

namespace berth {

// The one list of media types Berth reads on the registry side (/v2/). Sources: the OCI image
// spec v1.1 media-types.md and Docker's distribution docs/spec/manifest-v2-2.md.
namespace OciMediaType {

inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char DockerList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
inline constexpr char OciEmpty[] = "application/vnd.oci.empty.v1+json";

// Layer types, for display and for telling layers from opaque artifact blobs.
inline constexpr char OciLayerTar[] = "application/vnd.oci.image.layer.v1.tar";
inline constexpr char OciLayerGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr char OciLayerZstd[] = "application/vnd.oci.image.layer.v1.tar+zstd";
inline constexpr char DockerLayerGzip[] = "application/vnd.docker.image.rootfs.diff.tar.gzip";

// One comma-joined Accept value (Qt keeps only the last of two raw headers with the same name):
// OCI index, OCI manifest, Docker list, Docker v2. Distribution 2.8 answers 404 for an OCI
// manifest whose type is not listed, even by digest (registry/handlers/manifests.go).
QByteArray manifestAcceptHeader();

// The media type without parameters (";charset=..."), trimmed and lower-case.
QString essence(const QString &mediaType);

bool isIndex(const QString &mediaType); // OCI index or Docker list
bool isImageManifest(const QString &mediaType); // OCI manifest or Docker v2
bool isImageConfig(const QString &mediaType); // OCI or Docker config
bool isLayer(const QString &mediaType); // an OCI or Docker (foreign too) layer, any compression

} // namespace OciMediaType

inline constexpr qint64 kMaxManifestBytes = 4 * 1024 * 1024; // distribution's own PUT limit
inline constexpr qint64 kMaxConfigBytes = 8 * 1024 * 1024;

} // namespace berth
