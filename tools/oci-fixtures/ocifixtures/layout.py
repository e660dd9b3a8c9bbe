"""An OCI image layout (image-spec image-layout.md) holding one fixture, for `skopeo copy oci:DIR`."""

import os

from .content import OCI_INDEX, Manifest, json_bytes


def all_blobs(manifest: Manifest, out: dict) -> None:
    for blob in manifest.blobs():
        out[blob.digest] = blob.data
    for child in manifest.children:
        all_blobs(child, out)
    out[manifest.digest] = manifest.body


def write_layout(directory: str, manifest: Manifest, tag: str) -> None:
    blobs = {}
    all_blobs(manifest, blobs)
    os.makedirs(os.path.join(directory, "blobs", "sha256"), exist_ok=True)
    for digest, data in sorted(blobs.items()):
        with open(os.path.join(directory, "blobs", "sha256", digest.split(":", 1)[1]), "wb") as f:
            f.write(data)
    with open(os.path.join(directory, "oci-layout"), "wb") as f:
        f.write(json_bytes({"imageLayoutVersion": "1.0.0"}))
    desc = manifest.descriptor()
    desc["annotations"] = {"org.opencontainers.image.ref.name": tag}
    with open(os.path.join(directory, "index.json"), "wb") as f:
        f.write(json_bytes({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": [desc]}))
