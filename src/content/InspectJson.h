#pragma once

#include "ImageInspection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace berth {

// `berthctl inspect --json`: one object describing what the reference names. The keys are a
// contract for scripts (add, never rename):
//   reference, digest, mediaType, size (manifest bytes), artifactType (only when the manifest
//   sets one), referrers [{digest, mediaType, artifactType}];
//   an image: platform {os, architecture, variant}, config {digest, mediaType, size, created,
//   author, os, architecture, variant, entrypoint, cmd, env, workingDir, user, labels,
//   exposedPorts}, layers [{digest, mediaType, size}], totalSize (manifest + config + layers);
//   an index: manifests [{digest, mediaType, size, platform}] (every entry, in order), and with
//   --platform the chosen entry under "image" with the image keys and its own referrers.
// A text the image does not set is null; a list it does not set is []; labels {} when none. An
// artifact's config (not an image config) has digest, mediaType and size only.
namespace InspectJson {

QJsonObject toJson(const ImageInspectionResult &result);
// digest, mediaType, size, platform, config, layers, totalSize, referrers.
QJsonObject imageJson(const InspectedManifest &image);
QJsonValue platformJson(const std::optional<OciPlatform> &platform); // null when unknown
QJsonObject configJson(const OciDescriptor &descriptor, const std::optional<OciImageConfig> &config);
QJsonArray layersJson(const QList<OciDescriptor> &layers);
QJsonArray manifestsJson(const QList<OciDescriptor> &entries);
QJsonArray referrersJson(const QList<OciDescriptor> &referrers);

} // namespace InspectJson
} // namespace berth
