"""`pipeline serve` as the data team uses it: a local Prefect server offline, a deployment
whose scheduled runs and runs started by hand (`prefect deployment run`) complete and
publish, logs the UI can show, the UI on the port asked for, and everything stopped
with serve."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest

from conftest import RAW

pytestmark = pytest.mark.slow
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(2)
    raise AssertionError(f"no {what} within {seconds} s")


def flow_runs(api, **state):
    body = {"flow_runs": {"state": {"type": {"any_": list(state.values())}}}} if state else {}
    try:
        return httpx.post(f"{api}/flow_runs/filter", json=body, timeout=5).json()
    except httpx.HTTPError:
        return []


def published(out):
    documents = pq.read_table(out / "published" / "documents.parquet").to_pylist()
    return {d["source_file"]: d["status"] for d in documents}, pq.read_table(out / "published" / "tariffs.parquet")


def test_scheduled_and_manual_runs_complete_and_publish(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "takster" / "2023").mkdir(parents=True)
    shutil.copy(PAGE, raw / "takster" / "2023")
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    # A Prefect home of its own: the runs it lists are this server's and no other test's.
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(tmp_path / "home")}
    serving = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--raw", str(raw), "--out", str(out), "--port", str(port),
         "--cron", "* * * * *"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The schedule creates a run and the served deployment carries it out.
        scheduled = wait_for("completed scheduled run", lambda: flow_runs(api, done="COMPLETED"), 240)[0]
        assert scheduled["auto_scheduled"] is True
        statuses, tariffs = published(out)
        assert statuses == {"takster/2023/naestved-takster-2023.html": "published"} and tariffs.num_rows == 256

        # The UI shows what the run did, and talks to this port's API.
        logs = httpx.post(f"{api}/logs/filter", json={"logs": {"flow_run_id": {"any_": [scheduled["id"]]}}},
                          timeout=5).json()
        assert any("Finished in state Completed" in log["message"] for log in logs)
        assert httpx.get(f"http://127.0.0.1:{port}/ui-settings", timeout=5).json()["api_url"] == api

        # A run started by hand, as from the UI or the command line, publishes a new document.
        (raw / "takster" / "2019-2020").mkdir()
        shutil.copy(SHEET, raw / "takster" / "2019-2020")
        prefect = Path(sys.executable).with_name("prefect")
        started = subprocess.run([str(prefect), "deployment", "run", "municipal-documents/scheduled"],
                                 env={**env, "PREFECT_API_URL": api}, capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, started.stdout + started.stderr
        wait_for("completed run by hand", lambda: [r for r in flow_runs(api, done="COMPLETED")
                                                   if not r["auto_scheduled"]], 180)
        statuses, tariffs = published(out)
        assert statuses == {"takster/2023/naestved-takster-2023.html": "published",
                            "takster/2019-2020/naestved-takstblad-2019-2020.pdf": "published"}
        assert tariffs.num_rows == 256 + 494
        assert not flow_runs(api, failed="FAILED", crashed="CRASHED")
    finally:
        serving.send_signal(signal.SIGINT)
        serving.wait(timeout=60)
    assert "Prefect UI: http://127.0.0.1:" in serving.stdout.read()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{api}/health", timeout=2)  # the server went down with serve


def test_serve_against_a_prefect_api_that_does_not_answer_exits_4(tmp_path):
    (tmp_path / "raw").mkdir()
    env = {**os.environ, "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api", "PIPELINE_PREFECT_WAIT_SECONDS": "2"}
    result = subprocess.run([sys.executable, "-m", "pipeline", "serve", "--raw", str(tmp_path / "raw"),
                             "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 4
    assert result.stderr.strip().splitlines() == [
        f"run incomplete: Prefect's API at {env['PREFECT_API_URL']} did not answer within 2 s "
        "(PIPELINE_PREFECT_WAIT_SECONDS sets how long to wait); nothing was published"]
