"""A run with sources.yaml fetches the documents into raw/ first, then publishes them;
the next run's conditional GET finds nothing new."""

import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pyarrow.parquet as pq
import pytest

from conftest import BUDGET_SAMPLE, ROOT

pytestmark = pytest.mark.slow


class QuietHandler(SimpleHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("ETag", '"budget-v1"')
        super().end_headers()

    def do_GET(self):
        QuietHandler.requests.append(self.headers.get("If-None-Match") or "")
        if self.headers.get("If-None-Match") == '"budget-v1"':
            self.send_response(304)
            self.end_headers()
            return
        super().do_GET()


def test_run_fetches_sources_then_publishes(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "budget.pdf").write_bytes(BUDGET_SAMPLE.read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    (tmp_path / "raw").mkdir()
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - url: http://127.0.0.1:{server.server_address[1]}/budget.pdf\n"
        "    kind: budget\n    year: 2026\n    name: kultur-og-fritid.pdf\n")
    env = dict(os.environ)
    args = [sys.executable, "-m", "pipeline", "run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]
    try:
        first = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        second = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    finally:
        server.shutdown()
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "raw" / "budget" / "2026" / "kultur-og-fritid.pdf").read_bytes() == BUDGET_SAMPLE.read_bytes()
    documents = pq.read_table(tmp_path / "out" / "published" / "documents.parquet").to_pylist()
    assert [(d["source_file"], d["status"]) for d in documents] == [("budget/2026/kultur-og-fritid.pdf", "published")]
    assert second.returncode == 0, second.stderr
    assert QuietHandler.requests == ["", '"budget-v1"']  # the second asked "changed since v1?"
    assert "Nothing changed since the run" in second.stdout
