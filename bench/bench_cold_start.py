"""What Prefect costs a cold run, and whether a busy machine makes a run fail.

    .venv/bin/python bench/bench_cold_start.py [--repeat 5]
    .venv/bin/python bench/bench_cold_start.py --busy 2 --runs 20 [--wait 180]

Default: `pipeline run` of the bundled raw/ into a new --out folder, measured side by side
(alternating, median of --repeat) in three ways:

  plain    batch.run without Prefect (the work itself: extract, validate, report, publish)
  cold     the CLI as a user runs it: Prefect's local API started for the run
  served   the CLI against a Prefect server that is already up (as under `pipeline serve`)

Prefect's home (its database) is made once before timing, as on any machine where the
pipeline has run once; a first run in a brand-new home is reported apart.

--busy N --runs M: M cold runs in a row into new folders while N CPU-bound processes run
beside them; prints each run's exit code and whether stderr held a traceback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
PIPELINE = [sys.executable, "-m", "pipeline", "run", "--raw", str(RAW)]


def cold_run(out: Path, env: dict) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = subprocess.run(PIPELINE + ["--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True)
    return time.perf_counter() - started, done


def plain_run(out: Path, env: dict) -> float:
    code = ("import sys, time; from pathlib import Path; t = time.perf_counter(); "
            "from pipeline import batch; from pipeline.settings import Settings; "
            f"batch.run(Settings(raw_dir=Path({str(RAW)!r}), out_dir=Path(sys.argv[1]))); "
            "print(time.perf_counter() - t)")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def burn() -> None:
    while True:
        pass


def side_by_side(repeat: int, scratch: Path) -> None:
    from flows.serve import local_server

    env = {**os.environ, "PREFECT_HOME": str(scratch / "home")}
    fresh, done = cold_run(scratch / "first", {**os.environ, "PREFECT_HOME": str(scratch / "fresh-home")})
    assert done.returncode == 0, done.stderr
    cold_run(scratch / "warm-up", env)    # Prefect's database in the shared home, made once
    times: dict[str, list[float]] = {"plain": [], "cold": [], "served": []}
    os.environ["PREFECT_HOME"] = env["PREFECT_HOME"]
    with local_server(free_port(), 180, scratch / "server.log") as api:
        served_env = {**env, "PREFECT_API_URL": api}
        for n in range(repeat):
            times["plain"].append(plain_run(scratch / f"plain{n}", env))
            seconds, done = cold_run(scratch / f"cold{n}", env)
            assert done.returncode == 0, done.stderr
            times["cold"].append(seconds)
            seconds, done = cold_run(scratch / f"served{n}", served_env)
            assert done.returncode == 0, done.stderr
            times["served"].append(seconds)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"bundled raw/ ({len(list(RAW.rglob('*.*')))} documents), median of {repeat}, load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, values in times.items():
        print(f"  {name:7} {median[name]:6.1f} s   ({', '.join(f'{v:.1f}' for v in values)})")
    print(f"  cold / plain  {median['cold'] / median['plain']:.2f}")
    print(f"  cold / served {median['cold'] / median['served']:.2f}")
    print(f"  first run ever (a new Prefect home, its database created): {fresh:.1f} s")


def busy(runs: int, burners: int, wait: float, scratch: Path) -> None:
    env = {**os.environ, "PREFECT_HOME": str(scratch / "home"), "PIPELINE_PREFECT_WAIT_SECONDS": str(wait)}
    hogs = [multiprocessing.Process(target=burn, daemon=True) for _ in range(burners)]
    for hog in hogs:
        hog.start()
    try:
        codes = []
        for n in range(runs):
            seconds, done = cold_run(scratch / f"busy{n}", env)
            traceback = "Traceback" in done.stderr
            codes.append(done.returncode)
            last = done.stderr.strip().splitlines()[-1:] if done.returncode else []
            print(f"  run {n + 1:2}: exit {done.returncode}, {seconds:5.1f} s, load {os.getloadavg()[0]:.1f}"
                  f"{', TRACEBACK' if traceback else ''} {' '.join(last)}", flush=True)
    finally:
        for hog in hogs:
            hog.terminate()
    print(f"{runs} runs beside {burners} CPU-bound processes: exit codes {sorted(set(codes))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--busy", type=int, default=0, help="CPU-bound processes beside the runs")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--wait", type=float, default=180.0, help="PIPELINE_PREFECT_WAIT_SECONDS for --busy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as scratch:
        if args.busy:
            busy(args.runs, args.busy, args.wait, Path(scratch))
        else:
            side_by_side(args.repeat, Path(scratch))


if __name__ == "__main__":
    main()
