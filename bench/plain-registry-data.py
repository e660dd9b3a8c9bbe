#!/usr/bin/env python3
"""Writes the plain-registry bench data set straight into a docker-registry's filesystem storage.

    plain-registry-data.py ROOT --repos N --tags T [--per-manifest K]

ROOT is the registry's storage.filesystem.rootdirectory. The layout is the one distribution 2.8
writes when an image is pushed (registry/storage/paths.go): blob data under blobs/, and per
repository the layer links, one revision link per manifest and, per tag, its current link and its
index entry. Pushing 100,000 tags through the API would take minutes on two cores; writing the
same files takes seconds, and the registry then serves them as its own (the bench checks a sample
through the API before it measures anything).

Repositories are "plain/gNN/rNNNN" (folders, as users have them); tags "t00000"...; each group of
K tags shares one manifest (distinct per repository), and every manifest shares one config and
one layer, so the storage stays small. Prints one JSON object: repositories, tags, manifests,
blob bytes.
"""
import argparse
import hashlib
import json
import os
import sys


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def blob(root, data):
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(root, "docker/registry/v2/blobs/sha256", digest[:2], digest, "data")
    if not os.path.exists(path):
        write(path, data)
    return "sha256:" + digest


def main():
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--repos", type=int, required=True)
    p.add_argument("--tags", type=int, required=True)
    p.add_argument("--per-manifest", type=int, default=10)
    a = p.parse_args()
    if a.repos < 1 or a.tags < 1 or a.per_manifest < 1:
        sys.exit("plain-registry-data: --repos, --tags and --per-manifest take positive numbers")

    layer = b"berth bench layer\n" * 64  # not a real tarball: nothing here unpacks it
    config = json.dumps({"architecture": "amd64", "os": "linux", "created": "2026-01-01T00:00:00Z",
                         "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(layer).hexdigest()]}},
                        sort_keys=True).encode()
    layer_digest = blob(a.root, layer)
    config_digest = blob(a.root, config)
    v2 = os.path.join(a.root, "docker/registry/v2/repositories")
    manifests = 0
    for r in range(a.repos):
        name = "plain/g%02d/r%04d" % (r % 10, r)
        base = os.path.join(v2, name)
        for d in (layer_digest, config_digest):
            write(os.path.join(base, "_layers/sha256", d[7:], "link"), d.encode())
        digest = None
        for t in range(a.tags):
            if t % a.per_manifest == 0:
                manifest = json.dumps({
                    "schemaVersion": 2,
                    "mediaType": "application/vnd.oci.image.manifest.v1+json",
                    "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                               "digest": config_digest, "size": len(config)},
                    "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar",
                                "digest": layer_digest, "size": len(layer)}],
                    "annotations": {"org.opencontainers.image.version": "%s-%d" % (name, t)},
                }, indent=3).encode()
                digest = blob(a.root, manifest)
                write(os.path.join(base, "_manifests/revisions/sha256", digest[7:], "link"), digest.encode())
                manifests += 1
            tag = os.path.join(base, "_manifests/tags", "t%05d" % t)
            write(os.path.join(tag, "current/link"), digest.encode())
            write(os.path.join(tag, "index/sha256", digest[7:], "link"), digest.encode())
    blob_bytes = 0
    for dirpath, _, files in os.walk(os.path.join(a.root, "docker/registry/v2/blobs")):
        for f in files:
            blob_bytes += os.path.getsize(os.path.join(dirpath, f))
    json.dump({"repositories": a.repos, "tags": a.repos * a.tags, "manifests": manifests,
               "blob_bytes": blob_bytes}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
