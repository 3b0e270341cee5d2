"""sources.yaml -> raw/: download the municipality's documents, only when they changed.

A conditional GET (ETag / Last-Modified, remembered in raw/.fetch-state.json) skips an
unchanged document. A download goes to a temporary file beside its target, is capped in
size, and must be what it claims (a PDF's bytes are a PDF's) before it replaces the old
file: a failed or wrong download never overwrites a good document.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx
import yaml

from pipeline.errors import DocumentRejected
from pipeline.ingest.sniff import sniff_format

STATE_FILE = ".fetch-state.json"
_KIND_FOLDERS = {"budget": "budget", "tariffs": "takster", "takster": "takster"}
_ACCEPTED_TYPES = {"application/pdf": "pdf", "text/html": "html", "application/xhtml+xml": "html"}


class TransientFetchError(Exception):
    """Worth retrying: a timeout, a dropped connection, a 5xx or 429 answer."""


@dataclass(frozen=True)
class SourceEntry:
    url: str
    kind: str
    year: str
    name: str | None = None

    def target(self, raw_dir: Path) -> Path:
        name = self.name or unquote(Path(urlparse(self.url).path).name) or "document"
        return raw_dir / _KIND_FOLDERS.get(self.kind, self.kind) / str(self.year) / name


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: str               # downloaded, unchanged, failed
    path: Path | None
    reason: str | None = None


def load_sources(path: Path) -> list[SourceEntry]:
    """The entries of sources.yaml; none when the file does not exist."""
    if not path.exists():
        return []
    document = yaml.safe_load(path.read_text()) or {}
    return [SourceEntry(e["url"], e["kind"], str(e["year"]), e.get("name")) for e in document.get("sources", [])]


def _state(raw_dir: Path) -> dict:
    try:
        return json.loads((raw_dir / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def _save_state(raw_dir: Path, url: str, entry: dict) -> None:
    """Merge one URL's entry into the state file (read-modify-replace, so concurrent
    fetches of different URLs do not lose each other's entries in the common case)."""
    state = _state(raw_dir)
    state[url] = entry
    scratch = raw_dir / f".{STATE_FILE}.{os.getpid()}.{id(entry)}"
    scratch.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")
    os.replace(scratch, raw_dir / STATE_FILE)


def fetch_source(source: SourceEntry, raw_dir: Path, *, max_bytes: int, timeout_s: float) -> FetchResult:
    """Download one source if it changed. Raises TransientFetchError for what may pass."""
    target = source.target(raw_dir)
    known = _state(raw_dir).get(source.url, {})
    headers = {}
    if target.exists() and known:
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
    try:
        with httpx.Client(timeout=timeout_s, follow_redirects=True) as client:
            with client.stream("GET", source.url, headers=headers) as response:
                if response.status_code == 304:
                    return FetchResult(source.url, "unchanged", target)
                if response.status_code == 429 or response.status_code >= 500:
                    raise TransientFetchError(f"HTTP {response.status_code} from {source.url}")
                if response.status_code != 200:
                    return FetchResult(source.url, "failed", None, f"HTTP {response.status_code}")
                return _receive(source, response, target, raw_dir, max_bytes)
    except (httpx.TimeoutException, httpx.TransportError) as error:
        raise TransientFetchError(f"{type(error).__name__} fetching {source.url}: {error}") from error


def _receive(source: SourceEntry, response: httpx.Response, target: Path, raw_dir: Path,
             max_bytes: int) -> FetchResult:
    declared = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if declared and declared not in _ACCEPTED_TYPES and declared != "application/octet-stream":
        return FetchResult(source.url, "failed", None, f"content type {declared} is not a PDF or HTML page")
    length = int(response.headers.get("content-length") or 0)
    if length > max_bytes:
        return FetchResult(source.url, "failed", None, f"{length} bytes is over the {max_bytes} byte cap")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    scratch = Path(scratch_name)
    try:
        received = 0
        with os.fdopen(handle, "wb") as out:
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    return FetchResult(source.url, "failed", None, f"more than the {max_bytes} byte cap")
                out.write(chunk)
        reason = _wrong_content(scratch, declared)
        if reason:
            return FetchResult(source.url, "failed", None, reason)
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)
    _save_state(raw_dir, source.url, {
        "etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified"),
        "path": target.relative_to(raw_dir).as_posix(),
        "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    return FetchResult(source.url, "downloaded", target)


def _wrong_content(path: Path, declared: str) -> str | None:
    """Why the bytes are not the document they claim to be, or None."""
    try:
        found = sniff_format(path)
    except DocumentRejected as rejection:
        return rejection.reason
    expected = _ACCEPTED_TYPES.get(declared)
    if expected and expected != found:
        return f"served as {declared} but the bytes are {found.upper()}"
    return None
