"""The fixtures: what each one is and how it is built. Names, repositories and tags are stable;
tests use them. Content never depends on the registry or the repository prefix, so a fixture has
the same digest wherever it is pushed."""

import base64
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, List, Optional

from .content import (CREATED, DOCKER_CONFIG, DOCKER_LAYER_GZIP, DOCKER_LIST, DOCKER_MANIFEST,
                      EMPTY_CONFIG, OCI_CONFIG, OCI_EMPTY, OCI_INDEX, OCI_LAYER_GZIP,
                      OCI_LAYER_ZSTD, OCI_MANIFEST, Blob, Layer, Manifest, descriptor,
                      gzip_bytes, json_bytes, pseudo_random, sha256_digest, tar_bytes,
                      zstd_bytes)

AUTHOR = "Berth fixtures <fixtures@berth.invalid>"
SOURCE = "https://berth.invalid/fixtures"
HELM_CONFIG = "application/vnd.cncf.helm.config.v1+json"
HELM_CHART = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
SPDX = "application/spdx+json"
COSIGN_SIG = "application/vnd.dev.cosign.artifact.sig.v1+json"
COSIGN_PAYLOAD = "application/vnd.dev.cosign.simplesigning.v1+json"
IN_TOTO = "application/vnd.in-toto+json"


@dataclass
class Fixture:
    name: str
    repository: str  # below the prefix
    tag: Optional[str]  # None: pushed by digest only (referrers, as oras and cosign push them)
    description: str
    build: Callable[[], Manifest]


# ---- layers ------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def base_tar(arch: str) -> bytes:
    # 48 KiB of incompressible data: the layer is big enough to be uploaded in several PATCH chunks.
    return tar_bytes({
        "etc/os-release": f"ID=berth-fixture\nVERSION_ID=1\nARCH={arch}\n".encode(),
        "bin/sh": b"#!/bin/true\n",
        "usr/lib/berth/base.bin": pseudo_random("base-" + arch, 48 * 1024),
        "tmp": None,
    })


@lru_cache(maxsize=None)
def base_layer_blob(arch: str) -> Blob:
    blob = Blob(gzip_bytes(base_tar(arch)))
    blob.chunked = True
    return blob


def base_layer(arch: str, media_type: str) -> Layer:
    """The same bytes (so the same digest) under an OCI or a Docker media type."""
    return Layer(base_layer_blob(arch), media_type, sha256_digest(base_tar(arch)))


@lru_cache(maxsize=None)
def app_tar(app: str) -> bytes:
    return tar_bytes({
        "app/run": b"#!/bin/sh\nexec cat /app/hello.txt\n",
        "app/hello.txt": f"hello from {app}\n".encode(),
        "app/VERSION": b"1.0.0\n",
    })


def app_layer(app: str, media_type: str = OCI_LAYER_GZIP) -> Layer:
    raw = app_tar(app)
    data = zstd_bytes(raw) if media_type == OCI_LAYER_ZSTD else gzip_bytes(raw)
    return Layer(Blob(data), media_type, sha256_digest(raw))


# ---- configs and manifests ---------------------------------------------------------------------

def image_config(app: str, arch: str, variant: str, layers: List[Layer]) -> dict:
    """Every field an inspector shows, with the history of a typical two-layer build."""
    config = {"created": CREATED, "author": AUTHOR, "architecture": arch}
    if variant:
        config["variant"] = variant
    config["os"] = "linux"
    config["config"] = {
        "User": "1000:1000",
        "ExposedPorts": {"8080/tcp": {}, "9090/udp": {}},
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_MODE=fixture"],
        "Entrypoint": ["/app/run"],
        "Cmd": ["--serve", "--port=8080"],
        "Volumes": {"/data": {}},
        "WorkingDir": "/app",
        "Labels": {"org.opencontainers.image.title": app, "org.opencontainers.image.version": "1.0.0",
                   "com.example.team": "berth"},
        "StopSignal": "SIGTERM",
    }
    config["rootfs"] = {"type": "layers", "diff_ids": [layer.diff_id for layer in layers]}
    history = [
        {"created": CREATED, "created_by": "/bin/sh -c #(nop) ADD file:base.tar in / ", "comment": "base"},
        {"created": CREATED, "created_by": "ENV APP_MODE=fixture", "comment": "buildkit.dockerfile.v0",
         "empty_layer": True},
        {"created": CREATED, "created_by": "COPY app /app # buildkit", "comment": "buildkit.dockerfile.v0"},
        {"created": CREATED, "created_by": "ENTRYPOINT [\"/app/run\"]", "comment": "buildkit.dockerfile.v0",
         "empty_layer": True},
    ]
    # One history entry without empty_layer per layer, as the image spec requires.
    config["history"] = history if len(layers) == 2 else [
        {"created": CREATED, "created_by": f"layer {i}"} for i in range(len(layers))]
    return config


def image_manifest(media_type: str, config_media_type: str, config: Blob, layers: List[Layer],
                   indent=None, artifact_type="", subject=None, annotations=None,
                   platform=None) -> Manifest:
    body = {"schemaVersion": 2, "mediaType": media_type}
    if artifact_type:
        body["artifactType"] = artifact_type
    body["config"] = descriptor(config_media_type, config)
    body["layers"] = [layer.descriptor() for layer in layers]
    if subject:
        body["subject"] = subject
    if annotations:
        body["annotations"] = annotations
    return Manifest(media_type, json_bytes(body, indent), config_media_type, config, list(layers),
                    artifact_type=artifact_type, subject=subject, annotations=annotations or {},
                    platform=platform)


def platform_of(arch: str, variant: str = "") -> dict:
    p = {"architecture": arch, "os": "linux"}
    if variant:
        p["variant"] = variant
    return p


def oci_image(app: str, arch: str = "amd64", variant: str = "") -> Manifest:
    layers = [base_layer(arch, OCI_LAYER_GZIP), app_layer(app)]
    config = Blob(json_bytes(image_config(app, arch, variant, layers)))
    return image_manifest(OCI_MANIFEST, OCI_CONFIG, config, layers,
                          annotations={"org.opencontainers.image.created": CREATED,
                                       "org.opencontainers.image.source": SOURCE},
                          platform=platform_of(arch, variant))


def docker_image(app: str, arch: str = "amd64", variant: str = "") -> Manifest:
    # The Docker CLI and distribution write manifests indented by three spaces.
    layers = [base_layer(arch, DOCKER_LAYER_GZIP), app_layer(app, DOCKER_LAYER_GZIP)]
    config = Blob(json_bytes(image_config(app, arch, variant, layers)))
    return image_manifest(DOCKER_MANIFEST, DOCKER_CONFIG, config, layers, indent=3,
                          platform=platform_of(arch, variant))


def attestation(image: Manifest, ref_name: str) -> Manifest:
    """What buildx adds per platform: an image manifest for unknown/unknown with in-toto layers."""
    subject = [{"name": ref_name, "digest": {"sha256": image.digest.split(":", 1)[1]}}]
    layers = []
    for predicate_type, predicate in (
            ("https://slsa.dev/provenance/v0.2", {"builder": {"id": SOURCE + "/builder"},
                                                  "buildType": "https://mobyproject.org/buildkit@v1"}),
            ("https://spdx.dev/Document", {"spdxVersion": "SPDX-2.3", "name": "fixture",
                                           "creationInfo": {"created": CREATED}})):
        raw = json_bytes({"_type": "https://in-toto.io/Statement/v0.1", "predicateType": predicate_type,
                          "subject": subject, "predicate": predicate})
        layers.append(Layer(Blob(raw), IN_TOTO, sha256_digest(raw),
                            {"in-toto.io/predicate-type": predicate_type}))
    config = Blob(json_bytes({"architecture": "unknown", "os": "unknown", "config": {},
                              "rootfs": {"type": "layers", "diff_ids": [l.diff_id for l in layers]}}))
    return image_manifest(OCI_MANIFEST, OCI_CONFIG, config, layers,
                          platform={"architecture": "unknown", "os": "unknown"})


def index_of(media_type: str, entries: List[tuple], indent=None, annotations=None) -> Manifest:
    """entries: (child manifest, platform, annotations) in order."""
    descs = []
    for child, platform, child_annotations in entries:
        d = child.descriptor()
        if child_annotations:
            d["annotations"] = child_annotations
        d["platform"] = platform
        descs.append(d)
    body = {"schemaVersion": 2, "mediaType": media_type, "manifests": descs}
    if annotations:
        body["annotations"] = annotations
    return Manifest(media_type, json_bytes(body, indent), children=[e[0] for e in entries],
                    child_descriptors=descs, annotations=annotations or {})


# ---- the fixtures ------------------------------------------------------------------------------

def build_oci_index() -> Manifest:
    amd64 = oci_image("oci-index", "amd64")
    arm64 = oci_image("oci-index", "arm64", "v8")
    entries = [(amd64, amd64.platform, None), (arm64, arm64.platform, None)]
    for image in (amd64, arm64):
        platform = image.platform
        ref = "pkg:docker/berth.invalid/fixtures/oci-index@v1?platform=" + \
            "%2F".join(filter(None, (platform["os"], platform["architecture"], platform.get("variant"))))
        entries.append((attestation(image, ref), {"architecture": "unknown", "os": "unknown"},
                        {"vnd.docker.reference.digest": image.digest,
                         "vnd.docker.reference.type": "attestation-manifest"}))
    return index_of(OCI_INDEX, entries)


def build_docker_list() -> Manifest:
    children = [docker_image("docker-list", "amd64"), docker_image("docker-list", "arm64", "v8")]
    return index_of(DOCKER_LIST, [(c, c.platform, None) for c in children], indent=3)


def build_helm_chart() -> Manifest:
    # As `helm push` writes it: the config media type names the artifact; no artifactType field.
    chart = {"apiVersion": "v2", "name": "berth-demo", "version": "0.1.0", "appVersion": "1.0.0",
             "description": "A chart for Berth's fixtures", "type": "application"}
    chart_yaml = "".join(f"{k}: {v}\n" for k, v in chart.items()).encode()
    tgz = gzip_bytes(tar_bytes({
        "berth-demo/Chart.yaml": chart_yaml,
        "berth-demo/values.yaml": b"replicaCount: 1\nimage:\n  repository: fixtures/oci-image\n  tag: v1\n",
        "berth-demo/templates/deployment.yaml": b"apiVersion: apps/v1\nkind: Deployment\n"
                                                b"metadata:\n  name: {{ .Release.Name }}\n",
    }))
    layer = Layer(Blob(tgz), HELM_CHART, "")
    return image_manifest(OCI_MANIFEST, HELM_CONFIG, Blob(json_bytes(chart)), [layer],
                          annotations={"org.opencontainers.image.created": CREATED,
                                       "org.opencontainers.image.description": chart["description"],
                                       "org.opencontainers.image.title": chart["name"],
                                       "org.opencontainers.image.version": chart["version"]})


def empty_config_artifact(artifact_type: str, layer: Layer, subject: Manifest) -> Manifest:
    """An artifact per the image spec's guidance: the empty config, artifactType, a subject."""
    return image_manifest(OCI_MANIFEST, OCI_EMPTY, EMPTY_CONFIG, [layer], artifact_type=artifact_type,
                          subject=subject.descriptor(),
                          annotations={"org.opencontainers.image.created": CREATED})


def build_sbom() -> Manifest:
    subject = oci_image("oci-image")
    doc = json_bytes({"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
                      "name": "berth-fixtures-oci-image", "documentNamespace": SOURCE + "/spdx/oci-image",
                      "creationInfo": {"created": CREATED, "creators": ["Tool: oci-fixtures"]},
                      "packages": [{"SPDXID": "SPDXRef-app", "name": "app", "versionInfo": "1.0.0",
                                    "downloadLocation": "NOASSERTION"}]}, indent=2)
    layer = Layer(Blob(doc), SPDX, sha256_digest(doc), {"org.opencontainers.image.title": "sbom.spdx.json"})
    return empty_config_artifact(SPDX, layer, subject)


def build_signature() -> Manifest:
    subject = oci_image("oci-image")
    payload = json_bytes({"critical": {"identity": {"docker-reference": "berth.invalid/fixtures/oci-image"},
                                       "image": {"docker-manifest-digest": subject.digest},
                                       "type": "cosign container image signature"},
                          "optional": None})
    # Not a real signature: fixed bytes where cosign puts its base64 ECDSA signature.
    fake = base64.b64encode(sha256_digest(payload).encode()).decode()
    layer = Layer(Blob(payload), COSIGN_PAYLOAD, sha256_digest(payload),
                  {"dev.cosignproject.cosign/signature": fake})
    return empty_config_artifact(COSIGN_SIG, layer, subject)


def build_scratch() -> Manifest:
    config = {"created": CREATED, "architecture": "amd64", "os": "linux",
              "config": {"Cmd": ["/nothing"]}, "rootfs": {"type": "layers", "diff_ids": []},
              "history": [{"created": CREATED, "created_by": "FROM scratch", "empty_layer": True}]}
    return image_manifest(OCI_MANIFEST, OCI_CONFIG, Blob(json_bytes(config)), [],
                          platform=platform_of("amd64"))


def build_zstd_image() -> Manifest:
    layers = [app_layer("zstd-image", OCI_LAYER_ZSTD)]
    config = Blob(json_bytes(image_config("zstd-image", "amd64", "", layers)))
    return image_manifest(OCI_MANIFEST, OCI_CONFIG, config, layers, platform=platform_of("amd64"))


FIXTURES = [
    Fixture("oci-image", "oci-image", "v1",
            "single-platform OCI image, 2 gzip layers (base shared), full config and history",
            lambda: oci_image("oci-image")),
    Fixture("docker-image", "docker-image", "v1",
            "Docker schema 2 image, same base layer bytes as oci-image", lambda: docker_image("docker-image")),
    Fixture("oci-index", "oci-index", "v1",
            "OCI index: linux/amd64, linux/arm64/v8 and two unknown/unknown buildx attestations",
            build_oci_index),
    Fixture("docker-list", "docker-list", "v1", "Docker manifest list: linux/amd64, linux/arm64/v8",
            build_docker_list),
    Fixture("helm-chart", "helm-chart", "0.1.0", "Helm chart as helm push writes it (config type only)",
            build_helm_chart),
    Fixture("sbom", "oci-image", None, "SPDX SBOM artifact attached to oci-image by subject",
            build_sbom),
    Fixture("signature", "oci-image", None, "cosign-like signature attached to oci-image by subject",
            build_signature),
    Fixture("scratch", "scratch", "v1", "image with no layers", build_scratch),
    Fixture("zstd-image", "zstd-image", "v1", "image with one zstd layer", build_zstd_image),
]


def by_name(name: str) -> Fixture:
    for f in FIXTURES:
        if f.name == name:
            return f
    raise KeyError(name)
