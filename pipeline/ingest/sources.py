"""sources.yaml: the documents to fetch, checked before anything is fetched.

Everything in the file is the user's input, so every problem is a UsageError naming the
entry, in one line: the run refuses to start rather than fetch half of a wrong list.
Above all an entry may only write a plain file into raw/<kind folder>/<year>/: its
kind and year must be one of the known values and its name a plain file name, so no
entry can write outside the raw folder (`../../x.pdf`, `kind: ../..`, `/etc/x`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import yaml

from pipeline.errors import UsageError, one_line
from pipeline.ingest.discover import IGNORED_NAMES

KIND_FOLDERS = {"budget": "budget", "tariffs": "takster", "takster": "takster"}
_KEYS = ("url", "kind", "year", "name")
_SCHEMES = ("http", "https")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?:-(?:19|20)\d{2})?$")   # as raw/'s year folders
_MAX_NAME_BYTES = 255   # the longest file name Linux file systems take


@dataclass(frozen=True)
class SourceEntry:
    url: str
    kind: str
    year: str
    name: str | None = None

    @property
    def file_name(self) -> str:
        """The name given, else the last part of the URL's path."""
        return self.name or unquote(Path(urlparse(self.url).path).name) or "document"

    @property
    def place(self) -> str:
        """Its path under the raw folder."""
        return f"{KIND_FOLDERS[self.kind]}/{self.year}/{self.file_name}"

    def target(self, raw_dir: Path) -> Path:
        """Where the document goes under raw_dir; raises UsageError where the folders
        already there would put it elsewhere."""
        problem = self.place_problem(raw_dir)
        if problem:
            raise UsageError(f"sources.yaml entry for {one_line(self.url)}: {problem}")
        return raw_dir / self.place

    def place_problem(self, raw_dir: Path) -> str | None:
        """A linked folder leading out of raw_dir, or a folder where the file should be."""
        target = raw_dir / self.place
        if not target.parent.resolve().is_relative_to(raw_dir.resolve()):
            return f"{one_line(self.place)} would be written through a link leading out of the raw folder"
        if target.is_dir() and not target.is_symlink():
            return f"{one_line(self.place)} is a folder in the raw folder"
        return None


def load_sources(path: Path, raw_dir: Path | None = None) -> list[SourceEntry]:
    """The entries of sources.yaml (none when there is no such file), each checked; with
    raw_dir, their places in it are checked too, so that a bad entry stops the run
    before anything is fetched. Raises UsageError."""
    if not path.exists():
        return []
    label = one_line(str(path))
    entries = [_entry(label, number, raw) for number, raw in enumerate(_entries(path, label), start=1)]
    _refuse_shared_targets(label, entries)
    for number, entry in enumerate(entries, start=1):
        problem = raw_dir and entry.place_problem(raw_dir)
        if problem:
            raise UsageError(f"{label}: entry {number} ({one_line(entry.url)}): {problem}")
    return entries


def _entries(path: Path, label: str) -> list:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{label}: cannot be read: {one_line(str(error))}") from error
    except yaml.YAMLError as error:
        raise UsageError(f"{label}: not valid YAML: {_yaml_problem(error)}") from error
    if document is None:
        return []
    if not isinstance(document, dict):
        raise UsageError(f"{label}: must be a mapping with a 'sources' list, not a {_type(document)}")
    unknown = sorted(map(str, set(document) - {"sources"}))
    if unknown:
        raise UsageError(f"{label}: unknown key '{one_line(unknown[0])}' (only 'sources' is read)")
    sources = document.get("sources")
    if sources is None:
        return []
    if not isinstance(sources, list):
        raise UsageError(f"{label}: 'sources' must be a list of entries, not a {_type(sources)}")
    return sources


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    return one_line(f"{problem}{where}")


def _type(value) -> str:
    return {str: "text", int: "number", float: "number", bool: "true/false", list: "list",
            dict: "mapping"}.get(type(value), type(value).__name__)


def _entry(label: str, number: int, raw) -> SourceEntry:
    where = f"{label}: entry {number}"
    if not isinstance(raw, dict):
        raise UsageError(f"{where}: must be a mapping with url, kind, year (and name), not a {_type(raw)}")
    unknown = sorted(map(str, set(raw) - set(_KEYS)))
    if unknown:
        raise UsageError(f"{where}: unknown key '{one_line(unknown[0])}' (keys: {', '.join(_KEYS)})")
    if raw.get("url") not in (None, ""):
        where = f"{where} ({one_line(str(raw['url']))})"
    missing = [key for key in _KEYS[:3] if raw.get(key) in (None, "")]
    if missing:
        raise UsageError(f"{where}: '{missing[0]}' is missing")
    url = raw["url"]
    entry = SourceEntry(str(url), str(raw["kind"]), str(raw["year"]), _optional_text(raw.get("name")))
    problem = _url_problem(url) or _kind_problem(raw["kind"]) or _year_problem(raw["year"]) \
        or _name_problem(entry.file_name, given=entry.name is not None)
    if problem:
        raise UsageError(f"{where}: {problem}")
    return entry


def _optional_text(value) -> str | None:
    return None if value in (None, "") else str(value)


def _url_problem(url) -> str | None:
    parsed = urlparse(url) if isinstance(url, str) else None
    if parsed is None or parsed.scheme.lower() not in _SCHEMES or not parsed.netloc:
        return "url must be an http:// or https:// address"
    return None


def _kind_problem(kind) -> str | None:
    if not isinstance(kind, str) or kind not in KIND_FOLDERS:
        return f"kind '{one_line(str(kind))}' is not one of {', '.join(KIND_FOLDERS)}"
    return None


def _year_problem(year) -> str | None:
    if isinstance(year, bool) or not _YEAR_RE.match(str(year)):
        return f"year '{one_line(str(year))}' is not a year (2026) or a span of years (2019-2020)"
    return None


def _name_problem(name: str, given: bool) -> str | None:
    """Why `name` cannot be a file directly in its year folder, or None."""
    what = f"name '{one_line(name)}'" if given else f"the file name the url ends in ('{one_line(name)}')"
    if name in (".", "..") or "/" in name or "\\" in name:
        return f"{what} must be a plain file name, without folders"
    if one_line(name) != name:
        return f"{what} has control characters in it"
    if name.startswith("."):
        return f"{what} starts with '.': hidden files are not read from the raw folder"
    if name in IGNORED_NAMES:
        return f"{what} is one the raw folder ignores"
    if len(name.encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
        return f"{what} is longer than {_MAX_NAME_BYTES} bytes"
    return None


def _refuse_shared_targets(label: str, entries: list[SourceEntry]) -> None:
    """Two entries writing one file would overwrite each other on every run."""
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        if entry.place in seen:
            raise UsageError(f"{label}: entries {seen[entry.place]} and {number} both write "
                             f"{one_line(entry.place)}")
        seen[entry.place] = number
