"""sources.yaml -> raw/: download the municipality's documents, only when they changed.

A conditional GET (ETag / Last-Modified, remembered in raw/.fetch-state.json) skips an
unchanged document. A download goes to a temporary file beside its target, is capped in
size and in time, and must be what it claims and what its name says (a .pdf's bytes are
a PDF's, not a server's HTML error page) before it replaces the old file: a failed or
wrong download never overwrites a good document.

httpx's timeouts bound each network step, not a download: a server trickling a byte
every few seconds never trips them. So the whole exchange runs under one asyncio
deadline (httpx has no overall timeout, encode/httpx#1450).
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx

from pipeline.errors import DocumentRejected, one_line
from pipeline.ingest.sniff import sniff_format
from pipeline.ingest.sources import SourceEntry, load_sources

__all__ = ["FetchResult", "SourceEntry", "TransientFetchError", "fetch_source",
           "load_sources"]

STATE_FILE = ".fetch-state.json"
_ACCEPTED_TYPES = {"application/pdf": "pdf", "text/html": "html", "application/xhtml+xml": "html"}
_FORMAT_OF_SUFFIX = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html"}
_SHOWN = {"pdf": "a PDF", "html": "an HTML page"}


class TransientFetchError(Exception):
    """Worth retrying: a network timeout, a dropped connection, a 5xx or 429 answer."""


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: str               # downloaded, unchanged, failed
    path: Path | None
    reason: str | None = None  # one line, for failed


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


def fetch_source(source: SourceEntry, raw_dir: Path, *, max_bytes: int, timeout_s: float,
                 deadline_s: float) -> FetchResult:
    """Download one source if it changed. `timeout_s` bounds each network step, `deadline_s`
    the whole download. Raises TransientFetchError for what may pass, UsageError for an
    entry whose place in raw_dir is wrong; every other failure is a failed FetchResult."""
    target = source.target(raw_dir)
    try:
        return asyncio.run(_fetch(source, raw_dir, target, max_bytes, timeout_s, deadline_s))
    except TimeoutError:
        return _failed(source, target, f"not complete within the {deadline_s:g} s deadline for a download")
    except httpx.UnsupportedProtocol as error:   # a TransportError, but no retry will change it
        return _failed(source, target, f"unsupported address: {error}")
    except (httpx.InvalidURL, httpx.TooManyRedirects) as error:
        return _failed(source, target, str(error))
    except httpx.TransportError as error:   # timeouts, refused or dropped connections
        raise TransientFetchError(one_line(f"{type(error).__name__} fetching {source.url}: {error}")) from error
    except OSError as error:   # raw/ not writable, disk full
        return _failed(source, target, f"cannot save {target.name}: {error.strerror or error}")


def _failed(source: SourceEntry, target: Path, reason: str) -> FetchResult:
    kept = "; the file already in raw/ is kept" if target.exists() else ""
    return FetchResult(source.url, "failed", None, one_line(reason + kept))


async def _fetch(source: SourceEntry, raw_dir: Path, target: Path, max_bytes: int, timeout_s: float,
                 deadline_s: float) -> FetchResult:
    async with asyncio.timeout(deadline_s):
        async with httpx.AsyncClient(timeout=timeout_s, follow_redirects=True) as client:
            async with client.stream("GET", source.url, headers=_conditional(source, raw_dir, target)) as response:
                if response.status_code == 304:
                    return FetchResult(source.url, "unchanged", target)
                if response.status_code == 429 or response.status_code >= 500:
                    raise TransientFetchError(f"HTTP {response.status_code} from {one_line(source.url)}")
                if response.status_code != 200:
                    return _failed(source, target, f"HTTP {response.status_code}")
                return await _receive(source, response, target, raw_dir, max_bytes)


def _conditional(source: SourceEntry, raw_dir: Path, target: Path) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last download, while its file is there."""
    known = _state(raw_dir).get(source.url, {})
    if not target.exists() or not known:
        return {}
    headers = {"If-None-Match": known.get("etag"), "If-Modified-Since": known.get("last_modified")}
    return {name: value for name, value in headers.items() if value}


async def _receive(source: SourceEntry, response: httpx.Response, target: Path, raw_dir: Path,
                   max_bytes: int) -> FetchResult:
    declared = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if declared and declared not in _ACCEPTED_TYPES and declared != "application/octet-stream":
        return _failed(source, target, f"content type {declared} is not a PDF or HTML page")
    length = int(response.headers.get("content-length") or 0)
    if length > max_bytes:
        return _failed(source, target, f"{length} bytes is over the {max_bytes} byte cap")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    scratch = Path(scratch_name)
    try:
        received = 0
        with os.fdopen(handle, "wb") as out:
            async for chunk in response.aiter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    return _failed(source, target, f"more than the {max_bytes} byte cap")
                out.write(chunk)
        reason = _wrong_content(scratch, source.file_name, declared)
        if reason:
            return _failed(source, target, reason)
        os.replace(scratch, target)
    finally:
        scratch.unlink(missing_ok=True)
    _save_state(raw_dir, source.url, {
        "etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified"),
        "path": target.relative_to(raw_dir).as_posix(),
        "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    return FetchResult(source.url, "downloaded", target)


def _wrong_content(path: Path, name: str, declared: str) -> str | None:
    """Why the bytes are not the document expected, or None. The file's name says what is
    expected where it can (a .pdf URL answered with an HTML error page is the common
    failure, often served as text/html), else the declared content type."""
    try:
        found = sniff_format(path)
    except DocumentRejected as rejection:
        return rejection.reason
    expected = _FORMAT_OF_SUFFIX.get(Path(name).suffix.lower())
    if expected and expected != found:
        return f"expected {_SHOWN[expected]} ({name}) but the bytes are {_SHOWN[found]}"
    expected = _ACCEPTED_TYPES.get(declared)
    if expected and expected != found:
        return f"served as {declared} but the bytes are {_SHOWN[found]}"
    return None
