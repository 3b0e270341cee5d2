"""Expected failures, each said in one line: a document the pipeline cannot take, an input
the user must fix, a run that could not complete."""

from __future__ import annotations

import unicodedata

# Characters that break or disguise a one-line message: controls (newline, tab, escape
# sequences), line and paragraph separators, invisible format marks (bidirectional
# overrides), and lone surrogates (undecodable bytes of a file name), which cannot
# even be printed.
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_DETAIL_CHARS = 100   # of a library's message kept in a reason: enough to recognise it
# Libraries that read PDFs: an exception of their own while reading a file is damage in
# the file (or a case they do not handle), not a bug in the pipeline.
_PDF_LIBRARIES = {"pdfminer": "pdfminer", "pdfplumber": "pdfminer", "pypdfium2": "pdfium"}


class DocumentRejected(Exception):
    """The document is quarantined; `reason` is what the user reads, `stage` where it happened.

    `lasting` says whether the reason lies in the document's bytes (encrypted, truncated, a
    bomb, not a document): only such a verdict is remembered for the same bytes. A crash, a
    timeout or a file that vanished may pass, and the document is tried again next run.
    """

    def __init__(self, reason: str, stage: str = "extract", limit: str | None = None,
                 lasting: bool = True):
        super().__init__(reason)
        self.reason = reason
        self.stage = stage
        self.limit = limit
        self.lasting = lasting


class UsageError(Exception):
    """A problem in the user's input (options, settings, sources.yaml, the folder layout):
    the run refuses to start, exit code 2, the message is its one line."""


class RunIncomplete(Exception):
    """The run itself could not complete (the orchestrator did not answer, the output folder
    cannot be written): exit code 4, nothing published, the previous dataset untouched."""


def one_line(text: str) -> str:
    """`text` safe to print inside a one-line message: every character that could break
    the line or hide what follows is shown as an escape (a newline as \\n, others as
    \\xNN or \\uNNNN), so that a file named "a\\nb.pdf" stays one line and recognisable."""
    return "".join(_escape(ch) if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in text)


def _escape(ch: str) -> str:
    if ch in "\n\r\t":
        return repr(ch)[1:-1]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def error_detail(error: BaseException) -> str:
    """An exception as a short one-line detail: its type and the start of its message."""
    text = one_line(str(error)).strip()
    if len(text) > _DETAIL_CHARS:
        text = text[:_DETAIL_CHARS] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def pdf_damage(error: BaseException) -> str | None:
    """"damaged PDF: ..." for an exception a PDF library raised of its own, else None."""
    library = _PDF_LIBRARIES.get(type(error).__module__.split(".")[0])
    return f"damaged PDF: {library} cannot read it ({error_detail(error)})" if library else None
