"""`pipeline serve` starts a local Prefect server offline, registers the scheduled
deployment, and takes the server down with it when stopped."""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_registers_the_schedule_and_stops_cleanly(tmp_path):
    (tmp_path / "raw").mkdir()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    serving = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"),
         "--port", str(port), "--cron", "30 5 * * 1-5"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline, deployments = time.monotonic() + 120, []
        while time.monotonic() < deadline and not deployments:
            assert serving.poll() is None, serving.stderr.read()
            try:
                deployments = httpx.post(f"{api}/deployments/filter", json={}, timeout=3).json()
            except httpx.HTTPError:
                pass
            time.sleep(1)
        assert [d["name"] for d in deployments] == ["scheduled"]
        (schedule,) = deployments[0]["schedules"]
        assert schedule["schedule"]["cron"] == "30 5 * * 1-5"
        assert schedule["schedule"]["timezone"] == "Europe/Copenhagen"
        assert schedule["active"] is True
        assert deployments[0]["parameters"]["raw_dir"] == str((tmp_path / "raw").resolve())
    finally:
        serving.send_signal(signal.SIGINT)
        serving.wait(timeout=60)
    assert "Prefect UI: http://127.0.0.1:" in serving.stdout.read()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{api}/health", timeout=2)  # the server went down with serve
