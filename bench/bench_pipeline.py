"""Throughput of the whole flow against bare pdfplumber, with where the time goes.

    .venv/bin/python bench/bench_pipeline.py [--copies 20] [--keep DIR]

Builds `copies` distinct copies each of the bundled budget (25 pages) and 2019/2020 tariff
sheet (13 pages): 760 pages at 20 (each PDF gets its own /Subject, so every file has its own
sha256 and nothing is cached or deduplicated). Then, side by side in one run:

  bare      pdfplumber extract_words over every page of every PDF, one process
  cold      `pipeline run` as a user's first run: a new output folder and a new Prefect home
            (Prefect's database created and migrated in the run)
  again     `pipeline run` into another new folder, Prefect's home kept (every later run)
  warm      `pipeline run` again over the unchanged corpus
  bare      once more, so that drift of the machine shows

and prints seconds, the ratios to bare, when each stage of the cold run ended (from its
reports/run.json), the workers' CPU and peak memory, and the main process's peak memory
(sampled every 50 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pdfplumber
import pikepdf
import psutil

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "raw" / "budget" / "2026" / "naestved-budget-2026-kultur-og-fritid.pdf",
           ROOT / "raw" / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"]


def build_corpus(raw: Path, copies: int) -> list[Path]:
    made = []
    for sample in SAMPLES:
        relative = sample.relative_to(ROOT / "raw")
        for n in range(copies):
            target = raw / relative.parent / f"{sample.stem}-copy{n:02d}{sample.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            with pikepdf.open(sample) as pdf:
                pdf.docinfo["/Subject"] = f"benchmark copy {n}"
                pdf.save(target)
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


def pipeline_run(raw: Path, out: Path, home: Path) -> tuple[float, int]:
    """(seconds, peak RSS of the main process) of `pipeline run`."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(home)}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        main = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                peak[0] = max(peak[0], main.memory_info().rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode not in (0, 1):     # 1: the budget's rounding is a warning, not a failure
        sys.exit(f"pipeline run exited {process.returncode}:\n{stderr}")
    return seconds, peak[0]


def stage_lines(record: dict, total: float) -> list[str]:
    """When each stage of the run ended, and how long it took after the one before."""
    lines, before = [], 0.0
    labels = {"planned": "process start, imports, discovery and hashing",
              "extraction_begun": "extraction begun (while Prefect starts)",
              "prefect_ready": "Prefect's API answers",
              "steps_started": "the flow run is under way",
              "extracted": "every document extracted",
              "validated": "validated (Great Expectations)",
              "reported": "report and pictures",
              "published": "published (series, parquet, DuckDB, swap)"}
    for stage, at in record["stages"].items():
        lines.append(f"  {at:6.1f} s  (+{at - before:5.1f})  {labels.get(stage, stage)}")
        before = at
    lines.append(f"  {total:6.1f} s  (+{total - before:5.1f})  process exit (Prefect's API stopped)")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of each PDF (20: 760 pages)")
    parser.add_argument("--keep", type=Path, help="build the corpus and outputs here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-"))
    shutil.rmtree(work / "raw", ignore_errors=True)
    pdfs = build_corpus(work / "raw", args.copies)

    bare_before, pages = bare_pdfplumber(pdfs)
    cold, cold_peak = pipeline_run(work / "raw", work / "cold", work / "home-first-run")
    again, _ = pipeline_run(work / "raw", work / "again", work / "home-first-run")
    warm, _ = pipeline_run(work / "raw", work / "again", work / "home-first-run")
    bare_after, _ = bare_pdfplumber(pdfs)
    bare = (bare_before + bare_after) / 2

    record = json.loads((work / "cold" / "reports" / "run.json").read_text())
    documents = record["documents"]
    peaks = [d["peak_rss_bytes"] for d in documents if d["peak_rss_bytes"]]
    cpu = [d["cpu_seconds"] for d in documents if d["cpu_seconds"] is not None]
    print(f"corpus: {len(pdfs)} PDFs, {pages} pages; {os.cpu_count()} CPUs, workers "
          f"{os.environ.get('PIPELINE_WORKERS', os.cpu_count())}; load {os.getloadavg()[0]:.1f}")
    print(f"bare pdfplumber words, 1 process : {bare:6.1f} s ({bare_before:.1f} before, {bare_after:.1f} after)")
    print(f"pipeline run, a user's first run : {cold:6.1f} s  ratio to bare {cold / bare:.2f}")
    print(f"pipeline run, Prefect home kept  : {again:6.1f} s  ratio to bare {again / bare:.2f}")
    print(f"pipeline run, nothing changed    : {warm:6.1f} s  {warm / cold:.1%} of the first run")
    print("the first run, stage by stage:")
    print("\n".join(stage_lines(record, cold)))
    print(f"extraction: {sum(cpu):.1f} s of worker CPU for {pages} pages "
          f"({pages / sum(cpu):.1f} pages per CPU second); per document median {statistics.median(cpu):.2f} s")
    print(f"memory: worker peak max {max(peaks) / 1024**2:.0f} MiB (median {statistics.median(peaks) / 1024**2:.0f}),"
          f" main process peak {cold_peak / 1024**2:.0f} MiB")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
