"""Deterministic bytes: tar archives, gzip and zstd layers, JSON documents, descriptors.

Everything here is a pure function of its arguments: the same fixture built on any day gives the same
bytes and so the same digests. Real images share base layers by having byte-identical blobs; the
builders below get the same effect by building a base layer once per architecture.
"""

import gzip
import hashlib
import io
import json
import subprocess
import tarfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional

# 2024-01-01T00:00:00Z, used for every timestamp (tar mtimes, "created", history).
EPOCH = 1704067200
CREATED = "2024-01-01T00:00:00Z"

OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip"
OCI_LAYER_ZSTD = "application/vnd.oci.image.layer.v1.tar+zstd"
OCI_EMPTY = "application/vnd.oci.empty.v1+json"
DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json"
DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json"
DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json"
DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip"

INDEX_TYPES = (OCI_INDEX, DOCKER_LIST)


def sha256_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def json_bytes(obj, indent: Optional[int] = None) -> bytes:
    """Serialised once, hashed as sent: key order is the insertion order of `obj`."""
    if indent is None:
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=True).encode()
    return json.dumps(obj, indent=indent, ensure_ascii=True).encode()


def pseudo_random(seed: str, size: int) -> bytes:
    """Incompressible but reproducible bytes (SHA-256 in counter mode), so layers have real sizes."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return bytes(out[:size])


def tar_bytes(entries: Dict[str, Optional[bytes]]) -> bytes:
    """A ustar archive: members sorted by name, owner 0:0 without names, fixed mtime.

    `entries` maps a path to its content; None makes a directory. Parent directories are
    added for every file so extraction needs nothing else.
    """
    paths = dict(entries)
    for path in list(entries):
        parts = path.strip("/").split("/")
        for i in range(1, len(parts)):
            paths.setdefault("/".join(parts[:i]), None)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in sorted(paths):
            content = paths[path]
            info = tarfile.TarInfo(path.strip("/") + ("/" if content is None else ""))
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = EPOCH
            if content is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            else:
                info.mode = 0o755 if path.endswith((".sh", "/run")) else 0o644
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
    return buf.getvalue()


def gzip_bytes(data: bytes) -> bytes:
    """gzip with mtime 0 and no file name in the header (gzip.compress writes none)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def zstd_bytes(data: bytes) -> bytes:
    """zstd through the `zstd` command (Debian package zstd); stdin input stores no name or time."""
    try:
        done = subprocess.run(["zstd", "-q", "-c", "-19", "--no-progress"], input=data,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    except FileNotFoundError as e:
        raise RuntimeError("the zstd command is needed for zstd layers (scripts/install-deps)") from e
    if done.returncode != 0:
        raise RuntimeError("zstd failed: " + done.stderr.decode(errors="replace"))
    return done.stdout


@dataclass
class Blob:
    """Content stored by digest: a config, a layer, or a manifest's own bytes."""
    data: bytes
    digest: str = ""
    size: int = 0
    chunked: bool = False  # uploaded with PATCH chunks (auto mode) rather than one PUT

    def __post_init__(self):
        self.digest = sha256_digest(self.data)
        self.size = len(self.data)


@dataclass
class Layer:
    blob: Blob
    media_type: str
    diff_id: str  # digest of the uncompressed content, for rootfs.diff_ids
    annotations: Dict[str, str] = field(default_factory=dict)

    def descriptor(self) -> dict:
        return descriptor(self.media_type, self.blob, annotations=self.annotations)


def descriptor(media_type: str, blob: Blob, **extra) -> dict:
    d = {"mediaType": media_type, "digest": blob.digest, "size": blob.size}
    for key, value in extra.items():
        if value:
            d[{"artifact_type": "artifactType"}.get(key, key)] = value
    return d


@dataclass
class Manifest:
    """A manifest or index with everything it needs pushed first (blobs, then children)."""
    media_type: str
    body: bytes
    config_media_type: str = ""
    config: Optional[Blob] = None
    layers: List[Layer] = field(default_factory=list)
    children: List["Manifest"] = field(default_factory=list)
    child_descriptors: List[dict] = field(default_factory=list)  # as written in the index
    artifact_type: str = ""
    subject: Optional[dict] = None
    annotations: Dict[str, str] = field(default_factory=dict)
    platform: Optional[dict] = None

    @property
    def blob(self) -> Blob:
        return Blob(self.body)

    @property
    def digest(self) -> str:
        return sha256_digest(self.body)

    @property
    def size(self) -> int:
        return len(self.body)

    def descriptor(self, **extra) -> dict:
        return descriptor(self.media_type, self.blob, **extra)

    def is_index(self) -> bool:
        return self.media_type in INDEX_TYPES

    def blobs(self) -> List[Blob]:
        """Config and layer blobs of this manifest (children excluded), without duplicates."""
        out, seen = [], set()
        for b in ([self.config] if self.config else []) + [layer.blob for layer in self.layers]:
            if b.digest not in seen:
                seen.add(b.digest)
                out.append(b)
        return out


EMPTY_CONFIG = Blob(b"{}")
