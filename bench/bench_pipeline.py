"""Throughput of the whole flow against bare pdfplumber, on a corpus built from the samples.

    .venv/bin/python bench/bench_pipeline.py [--sets 14] [--keep DIR]

Builds `sets` distinct copies of the bundled documents (each PDF gets its own /Subject,
each page its own comment, so every file has its own sha256 and nothing is deduplicated),
then measures, one after the other on the same machine:

  bare      pdfplumber extract_words over every page of every PDF, one process
  cold      `pipeline run` on the corpus: fresh outputs, nothing extracted before (Prefect's
            own database is made once beforehand by a run over an empty folder, as on any
            machine that has run the pipeline once)
  warm      `pipeline run` again, nothing changed
  served    `pipeline run` on fresh outputs against a Prefect server that is already
            running (as under `pipeline serve`), so Prefect's start-up is not in the figure
  bare      once more, so that drift of the machine shows

and prints seconds, pages per second, the ratios cold/bare and warm/cold, and the peak
resident memory of the extraction workers (from reports/run.json).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pikepdf

from flows.serve import local_server

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_corpus(raw: Path, sets: int) -> list[Path]:
    samples = sorted(p for p in (ROOT / "raw").rglob("*") if p.is_file() and not p.name.startswith("."))
    made = []
    for n in range(sets):
        for sample in samples:
            relative = sample.relative_to(ROOT / "raw")
            target = raw / relative.parent / f"{sample.stem}-copy{n:02d}{sample.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            if sample.suffix == ".pdf":
                with pikepdf.open(sample) as pdf:
                    pdf.docinfo["/Subject"] = f"benchmark copy {n}"
                    pdf.save(target)
            else:
                target.write_bytes(sample.read_bytes() + f"\n<!-- benchmark copy {n} -->\n".encode())
            made.append(target)
    return made


def bare_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    started, pages = time.perf_counter(), 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words()
                pages += 1
    return time.perf_counter() - started, pages


def flow_run(raw: Path, out: Path, home: Path, api_url: str | None = None) -> float:
    env = dict(os.environ, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"pipeline run exited {done.returncode}:\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=14, help="copies of the bundled documents (14: ~770 pages)")
    parser.add_argument("--keep", type=Path, help="build the corpus and outputs here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-"))
    raw, out, home = work / "raw", work / "out", work / "prefect-home"
    for stale in (raw, out, home):
        shutil.rmtree(stale, ignore_errors=True)
    files = build_corpus(raw, args.sets)
    pdfs = [p for p in files if p.suffix == ".pdf"]

    (work / "empty").mkdir(exist_ok=True)
    flow_run(work / "empty", work / "empty-out", home)
    bare_before, pages = bare_pdfplumber(pdfs)
    cold = flow_run(raw, out, home)
    warm = flow_run(raw, out, home)
    os.environ["PREFECT_HOME"] = str(home)
    with local_server(free_port(), 180, Path(tempfile.mkdtemp()) / "server.log") as api_url:
        flow_run(work / "empty", work / "empty-out-served", home, api_url)
        served = flow_run(raw, work / "out-served", home, api_url)
    bare_after, _ = bare_pdfplumber(pdfs)
    bare = (bare_before + bare_after) / 2

    summary = json.loads((out / "reports" / "run.json").read_text())
    peaks = [d["peak_rss_bytes"] for d in summary["documents"] if d["peak_rss_bytes"]]
    cpus = os.cpu_count()
    print(f"corpus: {len(files)} files ({len(pdfs)} PDFs, {pages} PDF pages), {cpus} CPUs, workers: "
          f"{os.environ.get('PIPELINE_WORKERS', cpus)}")
    print(f"bare pdfplumber words, 1 process : {bare:7.1f} s  {pages / bare:6.1f} pages/s "
          f"(before {bare_before:.1f} s, after {bare_after:.1f} s)")
    print(f"pipeline run, cold               : {cold:7.1f} s  {pages / cold:6.1f} pages/s  "
          f"ratio to bare {cold / bare:.2f}")
    print(f"pipeline run, warm (unchanged)   : {warm:7.1f} s  {warm / cold:6.1%} of cold")
    print(f"pipeline run, cold, server up    : {served:7.1f} s  {pages / served:6.1f} pages/s  "
          f"ratio to bare {served / bare:.2f}")
    if peaks:
        print(f"worker peak RSS                  : max {max(peaks) / 1024**2:.0f} MiB, "
              f"median {sorted(peaks)[len(peaks) // 2] / 1024**2:.0f} MiB over {len(peaks)} documents")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
