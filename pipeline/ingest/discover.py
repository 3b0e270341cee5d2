"""Find the input documents under the raw folder.

A document is known by where it sits under raw/ (its `source_file`) and by the sha256
of its bytes (its `document_id`). Links are followed and recorded under the link's own
path: the document is what the user put at that place in raw/, whatever the link leads
to (a shared archive), so two links to one file are two inputs, as two copies would be.
A linked folder is walked once, however many links lead to it (no loops).

Discovery never fails on one file: a file that cannot be read (no permission, gone
between listing and reading, a link to nothing) is still an input, returned with the
reason in `unreadable`, to be quarantined like any other file that cannot be taken.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import one_line

# Files that are never documents: editor droppings, OS metadata, our own notes.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", ".gitkeep", "README.md", "sources.yaml"}


@dataclass(frozen=True)
class Source:
    path: Path          # absolute; through the link, where it is one
    source_file: str    # relative to the raw folder, with forward slashes
    document_id: str    # sha256 of the bytes
    size: int
    unreadable: str | None = None   # why its bytes could not be read: quarantine it, stage "discover"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_of(path: Path, raw_dir: Path) -> Source:
    """The file at `path` as a Source; a file that cannot be read is returned with its reason."""
    path = path.absolute()
    relative = _relative(path, raw_dir)
    try:
        return Source(path, relative, sha256_of(path), path.stat().st_size)
    except OSError as error:
        return unreadable_source(path, relative, _unreadable_reason(path, error))


def _relative(path: Path, raw_dir: Path) -> str:
    """The path under raw_dir, with forward slashes: as given, else with the folders
    resolved (not the file: a link keeps its own name); its name alone if outside."""
    for inside, folder in ((path, raw_dir.absolute()), (path.parent.resolve() / path.name, raw_dir.resolve())):
        if inside.is_relative_to(folder):
            return inside.relative_to(folder).as_posix()
    return path.name


def unreadable_source(path: Path, source_file: str, reason: str) -> Source:
    """A Source for a file whose bytes are unknown: its id is the sha256 of its place
    (with a marker), stable from run to run while it stays unreadable."""
    place = f"unreadable\0{source_file}".encode("utf-8", "surrogateescape")
    return Source(path, source_file, hashlib.sha256(place).hexdigest(), 0, reason)


def _unreadable_reason(path: Path, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        if path.is_symlink():
            return f"a link to {one_line(os.readlink(path))}, which does not exist"
        return "the file disappeared while the run was reading it"
    if isinstance(error, PermissionError):
        return "cannot be read: permission denied"
    return f"cannot be read: {one_line(error.strerror or str(error))}"


def discover(raw_dir: Path, skip: Iterable[Path] = ()) -> list[Source]:
    """Every file under raw_dir, in a stable order. Hidden files and folders are left out,
    and so are the folders in `skip` (the run's own output folders, where --out is inside
    --raw, so that a run never reads what an earlier run wrote)."""
    raw_dir = raw_dir.absolute()
    skipped = {_identity(folder) for folder in skip}
    unlisted: list[OSError] = []
    found = [source_of(path, raw_dir) for path in sorted(_files(raw_dir, skipped - {None}, unlisted.append))
             if path.name not in IGNORED_NAMES]
    for error in unlisted:
        folder = Path(error.filename)
        relative = folder.relative_to(raw_dir).as_posix() + "/" if folder != raw_dir else "./"
        found.append(unreadable_source(folder, relative, f"a folder that cannot be listed: "
                                       f"{one_line(error.strerror or str(error))}"))
    return sorted(found, key=lambda source: Path(source.source_file))


def _identity(path: Path) -> tuple[int, int] | None:
    """A folder as the file system knows it (device, inode): links to it are the same."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _files(raw_dir: Path, skipped: set, on_error: Callable[[OSError], None]) -> Iterator[Path]:
    """Regular files and broken links, through linked folders, each folder once; a folder
    that cannot be listed goes to on_error."""
    seen = set(skipped)
    for folder, folders, files in os.walk(raw_dir, followlinks=True, onerror=on_error):
        here = Path(folder)
        identity = _identity(here)
        if identity in seen:
            folders.clear()
            continue
        seen.add(identity)
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            path = here / name
            if not name.startswith(".") and (path.is_file() or path.is_symlink() and not path.exists()):
                yield path
