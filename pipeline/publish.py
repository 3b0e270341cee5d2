"""The published dataset: built beside the old one, swapped in whole.

`published` is a symbolic link to `versions/<id>/`. A run writes a new version folder,
then points the link at it with one atomic rename: a reader (or a killed run) sees
the old dataset or the new one, never a mix. Earlier versions stay for rollback.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.normalize import Staged
from pipeline.series import link_series
from pipeline.schemas import CONTENT_TABLES, TABLE_DESCRIPTIONS, TABLES, datapackage, description, to_table

VERSIONS = "versions"
LOCK = ".pipeline.lock"
PUBLISHED = "published"
# DuckDB 2.0 writes a format no 1.x release reads; v1.0.0 is the oldest it can write, and
# DuckDB 1.0 (June 2024) and every later release read it (tests open it with 1.1.3).
DUCKDB_STORAGE_VERSION = "v1.0.0"


def build_dataset(directory: Path, documents: list[dict], staged: list[Staged], validation: list[dict],
                  previous: Path | None = None) -> dict[str, int]:
    """Write every published table, datapackage.json and dataset.duckdb into `directory`.

    A document's rows are published when its status is `published`, unless another file
    of its edition stands for it (`rows_from`); every document's validation results are.
    A document that failed now but was published before (same source file, other bytes)
    keeps its last good version from `previous`.
    """
    directory.mkdir(parents=True, exist_ok=True)
    publishes = {d["document_id"] for d in documents if d["status"] == "published" and not d.get("rows_from")}
    kept_documents, kept = _last_good_versions(previous, documents)
    # The same bytes under two names are one document: its rows are published once.
    staged = list({s.document["document_id"]: s for s in staged}.values())
    passing = [s for s in staged if s.document["document_id"] in publishes]
    tables = {"documents": to_table("documents", documents + kept_documents)}
    for name in CONTENT_TABLES:
        tables[name] = _concat(name, [s.table(name) for s in passing] + [kept.get(name)])
    tables["validation_results"] = _concat(
        "validation_results", [to_table("validation_results", validation), kept.get("validation_results")])
    editions = {d["document_id"]: d["year"] or "" for d in documents + kept_documents}
    tables["tariff_series"] = link_series(tables["tariffs"], editions)
    tables = {name: tables[name] for name in TABLES}
    for name, table in tables.items():
        pq.write_table(table, directory / f"{name}.parquet")
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    package = datapackage({name: f"{name}.parquet" for name in tables}, created)
    (directory / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n")
    _write_duckdb(directory / "dataset.duckdb", tables)
    return {name: table.num_rows for name, table in tables.items()}


def _concat(name: str, parts: list[pa.Table | None]) -> pa.Table:
    present = [p for p in parts if p is not None]
    return pa.concat_tables(present) if present else TABLES[name].empty_table()


def last_good_documents(previous: Path | None, documents: list[dict]) -> list[dict]:
    """The previous dataset's rows for files that fail this time (held back or quarantined)
    but were published before: their last good versions, which stay published."""
    failing = {d["source_file"] for d in documents if d["status"] != "published"}
    current_ids = {d["document_id"] for d in documents}
    if not failing or previous is None or not (previous / "documents.parquet").exists():
        return []
    before = pq.read_table(previous / "documents.parquet").to_pylist()
    return [d for d in before if d["status"] == "published" and d["source_file"] in failing
            and d["document_id"] not in current_ids]


def _last_good_versions(previous: Path | None, documents: list[dict]) -> tuple[list[dict], dict[str, pa.Table]]:
    """Rows of the previous dataset for files that failed this time but were published before."""
    kept_documents = last_good_documents(previous, documents)
    if not kept_documents:
        return [], {}
    ids = pa.array([d["document_id"] for d in kept_documents], pa.string())
    kept = {}
    for name in (*CONTENT_TABLES, "validation_results"):
        path = previous / f"{name}.parquet"
        if path.exists():
            table = pq.read_table(path, schema=TABLES[name])
            kept[name] = table.filter(pc.is_in(table["document_id"], value_set=ids))
    return kept_documents, kept


def _write_duckdb(path: Path, tables: dict[str, pa.Table]) -> None:
    """A self-contained database (data copied in, not views on files), with column comments,
    in the storage format DUCKDB_STORAGE_VERSION so that older DuckDB releases open it too."""
    with duckdb.connect() as con:
        con.execute(f"ATTACH {_sql_literal(str(path))} AS dataset (STORAGE_VERSION '{DUCKDB_STORAGE_VERSION}')")
        con.execute("USE dataset")
        for name, table in tables.items():
            con.register("incoming", table)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
            con.unregister("incoming")
            con.execute(f"COMMENT ON TABLE \"{name}\" IS {_sql_literal(TABLE_DESCRIPTIONS[name])}")
            for field in TABLES[name]:
                con.execute(f'COMMENT ON COLUMN "{name}"."{field.name}" IS {_sql_literal(description(field))}')


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def publish(out_dir: Path, documents: list[dict], staged: list[Staged], validation: list[dict],
            keep: int = 5) -> Path:
    """Build a new version and make it the published one; returns the version folder."""
    versions = out_dir / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    name = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ") + "-" + secrets.token_hex(3)
    building = versions / f".building-{name}"
    build_dataset(building, documents, staged, validation, previous=current_version(out_dir))
    final = versions / name
    building.rename(final)
    _point_published_at(out_dir, final)
    _prune(out_dir, keep, current=final)
    return final


def _point_published_at(out_dir: Path, version: Path) -> None:
    link = out_dir / PUBLISHED
    if link.exists() and not link.is_symlink():
        # A plain folder from before versioning: keep it as a version of its own.
        link.rename(out_dir / VERSIONS / f"legacy-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
    scratch = out_dir / f".{PUBLISHED}-{os.getpid()}"
    if scratch.is_symlink() or scratch.exists():
        scratch.unlink()
    scratch.symlink_to(version.relative_to(out_dir))
    os.replace(scratch, link)


def current_version(out_dir: Path) -> Path | None:
    link = out_dir / PUBLISHED
    return link.resolve() if link.is_symlink() else None


_holding = threading.local()   # output folders whose lock this thread holds


@contextmanager
def run_lock(out_dir: Path, on_wait=None) -> Iterator[None]:
    """One run at a time per output folder: a second run waits for the first.

    It is an flock, so the kernel releases it when its holder dies, kill -9 included. A
    thread that holds it already (the CLI around the flow, which takes it too) holds it once.
    """
    key = out_dir.resolve()
    held = _holding.__dict__.setdefault("folders", set())
    if key in held:
        yield
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            if on_wait:
                on_wait(handle.read().strip() or "unknown")
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        held.add(key)
        try:
            yield
        finally:
            held.discard(key)
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


def finished_versions(out_dir: Path) -> list[Path]:
    versions = out_dir / VERSIONS
    if not versions.is_dir():
        return []
    return sorted(p for p in versions.iterdir() if p.is_dir() and not p.name.startswith("."))


def rollback(out_dir: Path, to: str | None = None) -> tuple[Path | None, Path]:
    """Point `published` at an earlier version (by default the one before the current);
    returns (previous target, new target)."""
    current = current_version(out_dir)
    versions = finished_versions(out_dir)
    if to is not None:
        target = next((v for v in versions if v.name == to), None)
        if target is None:
            raise ValueError(f"no version named {to!r} under {out_dir / VERSIONS}")
    else:
        older = [v for v in versions if current is None or v.resolve() < current.resolve()]
        if not older:
            raise ValueError("no earlier version to roll back to")
        target = older[-1]
    _point_published_at(out_dir, target)
    return current, target


def _prune(out_dir: Path, keep: int, current: Path) -> None:
    """Keep the newest `keep` versions (and the current one, after a rollback)."""
    finished = finished_versions(out_dir)
    for old in finished[:-keep] if keep > 0 else []:
        if old.resolve() != current.resolve():
            shutil.rmtree(old, ignore_errors=True)
    for leftover in (out_dir / VERSIONS).glob(".building-*"):  # a run killed while building (we hold the lock)
        if leftover.resolve() != current.resolve():
            shutil.rmtree(leftover, ignore_errors=True)
