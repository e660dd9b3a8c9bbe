"""A small distribution-API pusher: blob uploads (monolithic POST+PUT, or PATCH chunks), manifest
PUT, and the authentication registries use (none, Basic, or the Bearer token dance).

Follows distribution's docs/spec/api.md and docs/spec/auth/token.md. Credentials go only to the
registry's own origin, or to a token realm on the same origin, over https, or on loopback.
"""

import base64
import http.client
import ipaddress
import json
import re
import ssl
import urllib.parse
from typing import Dict, List, Optional, Tuple

from .content import OCI_INDEX, Blob, Manifest, json_bytes

TIMEOUT = 60


class RegistryError(Exception):
    pass


class Response:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status, self.headers, self.body = status, headers, body

    def header(self, name: str) -> str:
        return self.headers.get(name, "") if self.headers else ""


def parse_challenges(values: List[str]) -> List[Tuple[str, Dict[str, str]]]:
    """WWW-Authenticate: `Scheme k="v", k2=v2`, possibly several challenges in one value."""
    out = []
    for value in values:
        for m in re.finditer(r'([A-Za-z]+)\s+((?:[A-Za-z0-9_-]+=(?:"(?:[^"\\]|\\.)*"|[^,\s]*)\s*,?\s*)*)',
                             value):
            params = {}
            for p in re.finditer(r'([A-Za-z0-9_-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))', m.group(2)):
                raw = p.group(2) if p.group(2) is not None else p.group(3)
                params[p.group(1).lower()] = re.sub(r'\\(.)', r'\1', raw)
            out.append((m.group(1).lower(), params))
    return out


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


class Registry:
    def __init__(self, url: str, username: Optional[str] = None, password: Optional[str] = None,
                 insecure: bool = False, log=None):
        parts = urllib.parse.urlsplit(url if "://" in url else "https://" + url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RegistryError(f"not a registry URL: {url}")
        self.scheme, self.netloc, self.host = parts.scheme, parts.netloc, parts.hostname
        self.base = f"{self.scheme}://{self.netloc}"
        if username and self.scheme == "http" and not is_loopback(self.host):
            raise RegistryError("refusing to send credentials over plain http to a host other than loopback")
        self.username, self.password = username, password
        self.context = ssl._create_unverified_context() if insecure else ssl.create_default_context()
        self.auth_scheme = None  # "basic" or "bearer" once the registry challenged
        self.bearer: Dict[str, str] = {}  # scope -> token
        self.log = log or (lambda msg: None)
        self.requests = 0

    # ---- transport ----

    def _send(self, method: str, url: str, headers: Dict[str, str], body: bytes) -> Response:
        parts = urllib.parse.urlsplit(url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        kwargs = {"context": self.context} if parts.scheme == "https" else {}
        conn = cls(parts.hostname, parts.port, timeout=TIMEOUT, **kwargs)
        path = parts.path + ("?" + parts.query if parts.query else "")
        try:
            conn.request(method, path, body=body if body or method in ("PUT", "PATCH", "POST") else None,
                         headers=headers)
            r = conn.getresponse()
            data = r.read()
            self.requests += 1
            self.log(f"{method} {parts.path} -> {r.status}")
            return Response(r.status, r.headers, data)
        except OSError as e:
            raise RegistryError(f"{method} {parts.path}: {e}") from e
        finally:
            conn.close()

    def _same_origin(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}" == self.base

    def _basic(self) -> str:
        pair = f"{self.username}:{self.password or ''}".encode()
        return "Basic " + base64.b64encode(pair).decode()

    def _authorization(self, scope: str) -> Optional[str]:
        if self.auth_scheme == "bearer" and scope in self.bearer:
            return "Bearer " + self.bearer[scope]
        if self.auth_scheme == "basic" and self.username:
            return self._basic()
        return None

    def _fetch_token(self, params: Dict[str, str], scope: str) -> None:
        realm = params.get("realm", "")
        rp = urllib.parse.urlsplit(realm)
        if rp.scheme not in ("http", "https") or not rp.hostname:
            raise RegistryError(f"token realm is not a URL: {realm!r}")
        same = self._same_origin(realm)
        if self.username and not same and rp.scheme != "https" and not (
                is_loopback(rp.hostname) and is_loopback(self.host)):
            raise RegistryError(f"refusing to send credentials over plain http to the realm {realm}")
        query = []
        if params.get("service"):
            query.append(("service", params["service"]))
        # The challenged scope first (some servers read only the first, as crane notes in
        # transport/bearer.go), then ours, so one token serves both HEAD (pull) and uploads (push).
        scopes = (params.get("scope") or "").split()
        scopes += [s for s in scope.split() if s not in scopes]
        for s in scopes:
            query.append(("scope", s))
        url = realm + ("&" if rp.query else "?") + urllib.parse.urlencode(query)
        headers = {"Authorization": self._basic()} if self.username else {}
        r = self._send("GET", url, headers, b"")
        if r.status != 200:
            raise RegistryError(f"token request to {realm} answered {r.status}: {r.body[:200]!r}")
        try:
            doc = json.loads(r.body)
            token = doc.get("token") or doc.get("access_token")
        except (ValueError, AttributeError):
            token = None
        if not token:
            raise RegistryError(f"token response from {realm} has no token")
        self.bearer[scope] = token

    def _answer(self, r: Response, scope: str, sent_auth: Optional[str]) -> bool:
        """After a 401: True when there is something new to try."""
        for scheme, params in parse_challenges(r.headers.get_all("WWW-Authenticate") or []):
            if scheme == "bearer":
                self.auth_scheme = "bearer"
                if sent_auth and sent_auth.startswith("Bearer") and not params.get("error"):
                    return False
                self._fetch_token(params, scope)
                return True
            if scheme == "basic":
                self.auth_scheme = "basic"
                return bool(self.username) and not (sent_auth or "").startswith("Basic")
        return False

    def request(self, method: str, url: str, scope: str = "", headers=None, body: bytes = b"",
                expect=(200,)) -> Response:
        if not url.startswith(("http://", "https://")):
            url = urllib.parse.urljoin(self.base + "/", url)
        if not self._same_origin(url):
            # A Location on another origin would get our credentials: distribution builds it from
            # the request's Host, a front proxy must rewrite it.
            raise RegistryError(f"{method} to another origin refused: {url}")
        for attempt in range(3):
            h = dict(headers or {})
            auth = self._authorization(scope)
            if auth:
                h["Authorization"] = auth
            r = self._send(method, url, h, body)
            if r.status != 401 or attempt == 2 or not self._answer(r, scope, auth):
                break
        if r.status not in expect:
            detail = r.body[:300].decode(errors="replace").strip()
            if r.status == 401:
                detail += " " + " ".join(r.headers.get_all("WWW-Authenticate") or [])
            raise RegistryError(f"{method} {urllib.parse.urlsplit(url).path} answered {r.status}: {detail}")
        return r

    # ---- the API ----

    def ping(self) -> None:
        self.request("GET", "/v2/", expect=(200, 401))

    @staticmethod
    def scope(repository: str) -> str:
        return f"repository:{repository}:pull,push"

    def blob_exists(self, repository: str, digest: str) -> bool:
        r = self.request("HEAD", f"/v2/{repository}/blobs/{digest}", self.scope(repository), expect=(200, 404))
        return r.status == 200

    def upload_blob(self, repository: str, blob: Blob, chunk_size: int = 0) -> str:
        """Returns "exists", "monolithic" or "chunked (N)"."""
        scope = self.scope(repository)
        if self.blob_exists(repository, blob.digest):
            return "exists"
        r = self.request("POST", f"/v2/{repository}/blobs/uploads/", scope,
                         {"Content-Length": "0"}, expect=(202,))
        location = self._location(r)
        how = "monolithic"
        if chunk_size > 0:
            chunks = 0
            for start in range(0, blob.size, chunk_size):
                part = blob.data[start:start + chunk_size]
                # Content-Range is inclusive; distribution 2.8 ignores it, so chunks go in order.
                r = self.request("PATCH", location, scope,
                                 {"Content-Type": "application/octet-stream",
                                  "Content-Range": f"{start}-{start + len(part) - 1}",
                                  "Content-Length": str(len(part))}, part, expect=(202,))
                location = self._location(r)
                chunks += 1
            body, how = b"", f"chunked ({chunks})"
        else:
            body = blob.data
        sep = "&" if urllib.parse.urlsplit(location).query else "?"
        self.request("PUT", location + sep + urllib.parse.urlencode({"digest": blob.digest}), scope,
                     {"Content-Type": "application/octet-stream", "Content-Length": str(len(body))},
                     body, expect=(201, 204))
        return how

    def _location(self, r: Response) -> str:
        location = r.header("Location")
        if not location:
            raise RegistryError(f"upload answer {r.status} without Location")
        # Relative or absolute; always the latest one (distribution signs its _state per answer).
        return urllib.parse.urljoin(self.base + "/", location)

    def put_manifest(self, repository: str, reference: str, manifest: Manifest) -> Response:
        r = self.request("PUT", f"/v2/{repository}/manifests/{reference}", self.scope(repository),
                         {"Content-Type": manifest.media_type, "Content-Length": str(manifest.size)},
                         manifest.body, expect=(200, 201, 202))
        sent = r.header("Docker-Content-Digest")
        if sent and sent != manifest.digest:
            raise RegistryError(f"registry stored {reference} as {sent}, expected {manifest.digest}")
        return r

    def get_manifest(self, repository: str, reference: str, accept: str) -> Optional[Response]:
        r = self.request("GET", f"/v2/{repository}/manifests/{reference}", self.scope(repository),
                         {"Accept": accept}, expect=(200, 404))
        return r if r.status == 200 else None

    def add_referrer(self, repository: str, manifest: Manifest) -> Manifest:
        """The referrers tag schema (distribution-spec "Pushing Manifests with Subject"): list the
        manifest in the index tagged sha256-<hex> of its subject, sorted by digest as crane does."""
        tag = manifest.subject["digest"].replace(":", "-")
        current = self.get_manifest(repository, tag, OCI_INDEX)
        entries = []
        if current is not None:
            try:
                entries = json.loads(current.body).get("manifests") or []
            except (ValueError, AttributeError):
                entries = []
        if not any(e.get("digest") == manifest.digest for e in entries):
            d = manifest.descriptor(artifact_type=manifest.artifact_type or manifest.config_media_type)
            if manifest.annotations:
                d["annotations"] = manifest.annotations
            entries.append(d)
        entries.sort(key=lambda e: e.get("digest", ""))
        index = Manifest(OCI_INDEX, json_bytes({"schemaVersion": 2, "mediaType": OCI_INDEX,
                                                "manifests": entries}), child_descriptors=entries)
        self.put_manifest(repository, tag, index)
        return index
