"""Find the input documents under the raw folder."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

# Files that are never documents: editor droppings, OS metadata, our own notes.
IGNORED_NAMES = {".DS_Store", "Thumbs.db", ".gitkeep", "README.md", "sources.yaml"}


@dataclass(frozen=True)
class Source:
    path: Path          # absolute
    source_file: str    # relative to the raw folder, with forward slashes
    document_id: str    # sha256 of the bytes
    size: int


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_of(path: Path, raw_dir: Path) -> Source:
    path = path.resolve()
    try:
        relative = path.relative_to(raw_dir.resolve()).as_posix()
    except ValueError:
        relative = path.name
    return Source(path, relative, sha256_of(path), path.stat().st_size)


def discover(raw_dir: Path) -> list[Source]:
    """Every file under raw_dir, in a stable order; hidden files and folders are skipped."""
    found = []
    for path in sorted(raw_dir.rglob("*")):
        relative = path.relative_to(raw_dir)
        if not path.is_file() or path.name in IGNORED_NAMES:
            continue
        if any(part.startswith(".") for part in relative.parts):
            continue
        found.append(source_of(path, raw_dir))
    return found
