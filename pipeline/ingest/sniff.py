"""What a file is, from its bytes: a PDF, an HTML page, or a reason to refuse it."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.errors import DocumentRejected

_HEAD_BYTES = 4096
_HTML_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                      re.IGNORECASE | re.DOTALL)


def sniff_format(path: Path) -> str:
    """"pdf" or "html"; raises DocumentRejected for anything else."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    if not head:
        raise DocumentRejected("empty file (0 bytes)", stage="sniff")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if _HTML_RE.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return _refuse(head, path)


def _refuse(head: bytes, path: Path) -> str:
    named = path.suffix.lower().lstrip(".") or "no extension"
    if head.lstrip(b"\x00 \t\r\n") == b"":
        raise DocumentRejected("file holds only blank bytes", stage="sniff")
    printable = sum(32 <= b < 127 or b in b"\r\n\t" for b in head) / len(head)
    what = "a text file" if printable > 0.95 else "binary data"
    raise DocumentRejected(f"not a PDF or HTML document by its bytes ({what}, named .{named})",
                           stage="sniff")
