"""Fetching sources.yaml into raw/, against a real HTTP server on 127.0.0.1."""

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.ingest.fetch import SourceEntry, TransientFetchError, fetch_source, load_sources

PDF = b"%PDF-1.4\n%fake but sniffable\n"


class Site:
    """Files by path: (bytes, content type, etag); counts requests; can fail N times first."""

    def __init__(self):
        self.files, self.requests, self.fail_first = {}, [], {}

    def serve(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                if site.fail_first.get(self.path, 0) > 0:
                    site.fail_first[self.path] -= 1
                    self.send_response(503)
                    self.end_headers()
                    return
                if self.path not in site.files:
                    self.send_response(404)
                    self.end_headers()
                    return
                body, content_type, etag = site.files[self.path]
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


@pytest.fixture
def site():
    site = Site()
    server = site.serve()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield site
    server.shutdown()


def fetch(site, raw, path, **kwargs):
    source = SourceEntry(site.base + path, "budget", "2026", kwargs.pop("name", None))
    return fetch_source(source, raw, max_bytes=kwargs.pop("max_bytes", 1_000_000), timeout_s=5, deadline_s=300)


def test_downloads_once_then_conditional_get_says_unchanged(site, tmp_path):
    site.files["/b.pdf"] = (PDF, "application/pdf", '"v1"')
    first = fetch(site, tmp_path, "/b.pdf")
    assert first.status == "downloaded" and first.path == tmp_path / "budget" / "2026" / "b.pdf"
    assert first.path.read_bytes() == PDF
    second = fetch(site, tmp_path, "/b.pdf")
    assert second.status == "unchanged"
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'
    site.files["/b.pdf"] = (PDF + b"new", "application/pdf", '"v2"')
    assert fetch(site, tmp_path, "/b.pdf").status == "downloaded"
    assert first.path.read_bytes() == PDF + b"new"


def test_a_page_that_is_not_a_pdf_never_replaces_the_good_file(site, tmp_path):
    site.files["/b.pdf"] = (PDF, "application/pdf", '"v1"')
    good = fetch(site, tmp_path, "/b.pdf")
    site.files["/b.pdf"] = (b"<html><body>Siden findes ikke</body></html>", "application/pdf", '"v2"')
    bad = fetch(site, tmp_path, "/b.pdf")
    assert bad.status == "failed" and "bytes are an HTML page" in bad.reason
    assert good.path.read_bytes() == PDF
    assert [p.name for p in good.path.parent.iterdir()] == ["b.pdf"]  # no partial file left


def test_wrong_content_type_and_size_cap(site, tmp_path):
    site.files["/x.zip"] = (b"PK\x03\x04", "application/zip", None)
    assert "content type application/zip" in fetch(site, tmp_path, "/x.zip").reason
    site.files["/big.pdf"] = (PDF + b"x" * 5000, "application/pdf", None)
    assert "byte cap" in fetch(site, tmp_path, "/big.pdf", max_bytes=1000).reason
    assert not (tmp_path / "budget" / "2026" / "big.pdf").exists()


def test_server_errors_are_transient_and_client_errors_are_not(site, tmp_path):
    site.files["/b.pdf"] = (PDF, "application/pdf", None)
    site.fail_first["/b.pdf"] = 1
    with pytest.raises(TransientFetchError, match="503"):
        fetch(site, tmp_path, "/b.pdf")
    assert fetch(site, tmp_path, "/b.pdf").status == "downloaded"
    assert fetch(site, tmp_path, "/missing.pdf").reason == "HTTP 404"


def test_unreachable_host_is_transient(tmp_path):
    source = SourceEntry("http://127.0.0.1:9/none.pdf", "budget", "2026")
    with pytest.raises(TransientFetchError):
        fetch_source(source, tmp_path, max_bytes=1000, timeout_s=2, deadline_s=300)


def test_sources_yaml(tmp_path):
    assert load_sources(tmp_path / "sources.yaml") == []
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - url: https://example.invalid/takster-2023.html\n    kind: tariffs\n    year: 2023\n")
    (entry,) = load_sources(tmp_path / "sources.yaml")
    assert entry.target(tmp_path / "raw") == tmp_path / "raw" / "takster" / "2023" / "takster-2023.html"


def test_an_html_error_page_served_as_html_for_a_pdf_never_replaces_the_good_file(site, tmp_path):
    site.files["/b.pdf"] = (PDF, "application/pdf", '"v1"')
    good = fetch(site, tmp_path, "/b.pdf")
    site.files["/b.pdf"] = (b"<!DOCTYPE html><html><body>Vi har teknisk fejl</body></html>", "text/html", '"v2"')
    bad = fetch(site, tmp_path, "/b.pdf")
    assert (bad.status, bad.reason) == ("failed", "expected a PDF (b.pdf) but the bytes are an HTML page; "
                                                  "the file already in raw/ is kept")
    assert good.path.read_bytes() == PDF
    assert [p.name for p in good.path.parent.iterdir()] == ["b.pdf"]


class Trickle:
    """A loopback server that answers 200 and then sends one byte every `pause` seconds,
    in the headers or in the body, for `seconds` at most."""

    def __init__(self, in_headers: bool, pause: float = 0.2, seconds: float = 10):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/b.pdf"
        self.in_headers, self.pause, self.seconds = in_headers, pause, seconds
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        connection, _ = self.listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n")
            head = b"X-Slow: " if self.in_headers else b"Content-Length: 100000\r\n\r\n%PDF-1.4\n"
            connection.sendall(head)
            deadline = time.monotonic() + self.seconds
            try:
                while time.monotonic() < deadline:
                    connection.sendall(b"x")
                    time.sleep(self.pause)
            except OSError:
                pass   # the client gave up


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_a_trickling_server_meets_the_overall_deadline(tmp_path, in_headers):
    server = Trickle(in_headers)
    source = SourceEntry(server.url, "budget", "2026")
    result = fetch_source(source, tmp_path, max_bytes=1_000_000, timeout_s=5, deadline_s=1)
    assert (result.status, result.reason) == ("failed", "not complete within the 1 s deadline for a download")
    assert not (tmp_path / "budget" / "2026").exists() or not any((tmp_path / "budget" / "2026").iterdir())


class Redirect(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()


def test_file_urls_are_refused_not_retried(tmp_path):
    direct = fetch_source(SourceEntry("file:///etc/passwd", "budget", "2026", "x.pdf"), tmp_path,
                          max_bytes=1000, timeout_s=2, deadline_s=300)
    assert direct.status == "failed" and direct.reason.startswith("unsupported address")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/b.pdf"
        redirected = fetch_source(SourceEntry(url, "budget", "2026"), tmp_path, max_bytes=1000, timeout_s=2, deadline_s=300)
    finally:
        server.shutdown()
    assert redirected.status == "failed" and redirected.reason.startswith("unsupported address")
    assert not (tmp_path / "budget" / "2026" / "b.pdf").exists()

