// --synthetic-content: deterministic manifests, configs and layer descriptors for the seeded and
// generated artifacts, so /v2/ has content without a registry behind harbor-sim. The recipe is in
// README.md ("Synthetic content"). Only digests and sizes are stored; the bytes are regenerated on
// request from the artifact record.
#pragma once

#include "model.h"

#include <QByteArray>
#include <QString>

namespace sim::synthetic {

// The OCI empty descriptor's content (image-spec manifest.md, "Guidance for an Empty Descriptor").
extern const QByteArray kEmptyConfig;
extern const QString kEmptyConfigDigest;

// Gives every artifact of the data set its synthetic content. Each artifact's digest becomes the
// sha256 of its manifest bytes; index children and accessory subjects follow the new digests, tags
// stay on their artifacts. Returns the number of artifacts given content.
int apply(Dataset *data);

// The manifest bytes of an artifact given content by apply() (empty otherwise).
QByteArray manifest(const RepositoryRec &repo, const ArtifactRec &artifact);
// Its config blob: an image config, or kEmptyConfig for accessories; empty for indexes.
QByteArray config(const RepositoryRec &repo, const ArtifactRec &artifact);
// The artifact of repo whose config blob has this digest, or nullptr.
const ArtifactRec *configOwner(const RepositoryRec &repo, const QString &digest);
// True when digest names a layer that one of repo's manifests lists (a descriptor without bytes).
bool isLayer(const RepositoryRec &repo, const QString &digest);

} // namespace sim::synthetic
