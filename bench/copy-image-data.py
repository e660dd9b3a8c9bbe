#!/usr/bin/env python3
"""Writes one large image straight into a docker-registry's filesystem storage, for bench/run's copy phase.

    copy-image-data.py ROOT --repo NAME --tag TAG --layers N --layer-mib M

ROOT is the registry's storage.filesystem.rootdirectory; the layout is the one distribution 2.8 writes
when an image is pushed (registry/storage/paths.go), as bench/plain-registry-data.py does. Each layer is
M MiB of random bytes in a gzip stream of stored (level 0) deflate blocks: a valid
application/vnd.oci.image.layer.v1.tar+gzip blob that costs no compression time to write, that
nothing can shrink, and that skopeo copies as it is (containers/image recompresses only layers it
finds uncompressed). Prints one JSON object: digest (of the manifest), media_type, bytes (all blobs).
"""
import argparse
import hashlib
import json
import os
import sys
import zlib


def link(root, repo, kind, digest):
    path = os.path.join(root, "docker/registry/v2/repositories", repo, kind, "sha256", digest[7:], "link")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(digest)


def blob_path(root, hexdigest):
    return os.path.join(root, "docker/registry/v2/blobs/sha256", hexdigest[:2], hexdigest, "data")


def put_blob(root, data):
    digest = hashlib.sha256(data).hexdigest()
    path = blob_path(root, digest)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return "sha256:" + digest


def write_layer(root, mib):
    """Streams one layer to a temporary file (never the whole layer in memory), then moves it in place."""
    tmp = os.path.join(root, "layer.tmp")
    os.makedirs(root, exist_ok=True)
    compressed, plain = hashlib.sha256(), hashlib.sha256()
    size = 0
    z = zlib.compressobj(0, zlib.DEFLATED, 31)  # wbits 31: gzip framing
    with open(tmp, "wb") as f:
        for _ in range(mib):
            chunk = os.urandom(1 << 20)
            plain.update(chunk)
            out = z.compress(chunk)
            compressed.update(out)
            f.write(out)
            size += len(out)
        out = z.flush()
        compressed.update(out)
        f.write(out)
        size += len(out)
    hexdigest = compressed.hexdigest()
    path = blob_path(root, hexdigest)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.replace(tmp, path)
    return "sha256:" + hexdigest, size, "sha256:" + plain.hexdigest()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--repo", required=True)
    p.add_argument("--tag", required=True)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--layer-mib", type=int, default=50)
    a = p.parse_args()
    if a.layers < 1 or a.layer_mib < 1:
        sys.exit("copy-image-data: --layers and --layer-mib take positive numbers")
    layers, diff_ids, total = [], [], 0
    for _ in range(a.layers):
        digest, size, diff_id = write_layer(a.root, a.layer_mib)
        layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": digest, "size": size})
        diff_ids.append(diff_id)
        total += size
    config = json.dumps({"architecture": "amd64", "os": "linux", "created": "2026-01-01T00:00:00Z",
                         "rootfs": {"type": "layers", "diff_ids": diff_ids}}, sort_keys=True).encode()
    config_digest = put_blob(a.root, config)
    media_type = "application/vnd.oci.image.manifest.v1+json"
    manifest = json.dumps({"schemaVersion": 2, "mediaType": media_type,
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                      "digest": config_digest, "size": len(config)},
                           "layers": layers}, indent=3).encode()
    manifest_digest = put_blob(a.root, manifest)
    for d in [config_digest] + [l["digest"] for l in layers]:
        link(a.root, a.repo, "_layers", d)
    link(a.root, a.repo, "_manifests/revisions", manifest_digest)
    tag = os.path.join(a.root, "docker/registry/v2/repositories", a.repo, "_manifests/tags", a.tag)
    for sub in ("current/link", os.path.join("index/sha256", manifest_digest[7:], "link")):
        os.makedirs(os.path.dirname(os.path.join(tag, sub)), exist_ok=True)
        with open(os.path.join(tag, sub), "w") as f:
            f.write(manifest_digest)
    json.dump({"digest": manifest_digest, "media_type": media_type, "bytes": total + len(config) + len(manifest)},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
