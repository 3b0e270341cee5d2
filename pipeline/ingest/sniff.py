"""What a file is, from its bytes: a PDF, an HTML page, or a reason to refuse it.

A page is HTML when, after an optional byte-order mark (UTF-8, UTF-16 or UTF-32), XML
declaration and comments, it starts with a doctype or an html, head or body tag. A
comment may be long (a CMS's licence text): the bytes are read on until it ends, up to
_MAX_PROLOGUE_BYTES.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from pipeline.errors import DocumentRejected, one_line

_HEAD_BYTES = 4096
# How far a page's opening comments may reach before its first tag.
_MAX_PROLOGUE_BYTES = 1024**2
# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_HTML_TAG_RE = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s*")
_PROLOGUE = (("<?xml", "?>"), ("<!--", "-->"))


def bom_encoding(data: bytes) -> str | None:
    """The codec that reads `data` by its byte-order mark (dropping the mark), if it has one."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def sniff_format(path: Path) -> str:
    """"pdf" or "html"; raises DocumentRejected for anything else."""
    try:
        with _open_regular(path) as handle:
            head = handle.read(_HEAD_BYTES)
            if not head:
                raise DocumentRejected("empty file (0 bytes)", stage="sniff")
            if b"%PDF-" in head[:1024]:
                return "pdf"
            first_tag = _first_tag(_text(head))
            if first_tag is None:   # a comment still open: the first tag is further on
                head += handle.read(_MAX_PROLOGUE_BYTES - len(head))
                first_tag = _first_tag(_text(head))
    except OSError as error:
        raise DocumentRejected(f"cannot be read: {one_line(error.strerror or str(error))}", stage="sniff") from error
    text = _text(head)
    if first_tag is not None and _HTML_TAG_RE.match(text, first_tag):
        return "html"
    return _refuse(head, text, path)


def _open_regular(path: Path):
    """The file opened for reading; a pipe or a device is refused before it can block."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise DocumentRejected("not a regular file (a pipe, a device or a folder)", stage="sniff")
    return os.fdopen(descriptor, "rb")


def _first_tag(text: str) -> int | None:
    """Where the first tag starts after white space, XML declarations and comments; None
    while one of those is still open at the end of `text`."""
    at = 0
    while True:
        at = _SPACE_RE.match(text, at).end()
        opened = next(((start, end) for start, end in _PROLOGUE if text.startswith(start, at)), None)
        if opened is None:
            return at
        closed = text.find(opened[1], at + len(opened[0]))
        if closed < 0:
            return None
        at = closed + len(opened[1])


def _text(head: bytes) -> str:
    """The head as text, for matching tags: by its byte-order mark, else byte for byte."""
    encoding = bom_encoding(head)
    return head.decode(encoding, "replace") if encoding else head.decode("latin-1")


def _refuse(head: bytes, text: str, path: Path) -> str:
    named = path.suffix.lower().lstrip(".") or "no extension"
    if head.lstrip(b"\x00 \t\r\n") == b"":
        raise DocumentRejected("file holds only blank bytes", stage="sniff")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text) / len(text) if bom_encoding(head) else \
        sum(32 <= b < 127 or b in b"\r\n\t" for b in head) / len(head)
    what = "a text file" if printable > 0.95 else "binary data"
    raise DocumentRejected(f"not a PDF or HTML document by its bytes ({what}, named .{one_line(named)})",
                           stage="sniff")
