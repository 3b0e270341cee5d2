"""The text of a web page's elements as a reader sees it: lines broken at <br> and block
boundaries, white space folded, bold where every letter is; and which elements no reader
sees (hidden ones) or that are page chrome (menus, cookie banners, breadcrumbs, footers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.danish import fold_whitespace
from pipeline.extract import tariff_params as params

BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul"
    .split())
_SCREEN_READER_CLASS_RE = re.compile(rf"\b(?:{'|'.join(params.SCREEN_READER_CLASSES)})\b")


@dataclass
class Text:
    lines: list[str]     # as printed: <br> and block boundaries break lines; white space folded
    bold: bool           # every letter of it is inside <strong>/<b>

    @property
    def line(self) -> str:
        return " ".join(self.lines)


def read_text(nodes: list, keep_buttons: bool = False) -> Text:
    """The printed lines of a run of nodes (strings and elements); a button's text only
    where it is a heading's (an accordion's title)."""
    parts: list[str] = []
    plain: list[str] = []

    def add(text: str | None, bold: bool) -> None:
        if text:
            parts.append(text)
            if not bold:
                plain.append(text)

    def visit(element, bold: bool) -> None:
        if not isinstance(element.tag, str) or is_hidden(element) or (
                element.tag in params.CHROME_TAGS and not (keep_buttons and element.tag == "button")):
            return
        if element.tag == "br":
            parts.append("\n")
            return
        bold = bold or element.tag in ("strong", "b")
        block = element.tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        add(element.text, bold)
        for child in element:
            visit(child, bold)
            add(child.tail, bold)
        if block:
            parts.append("\n")

    for node in nodes:
        if isinstance(node, str):
            add(node, False)
        else:
            visit(node, False)
    lines = [folded for line in "".join(parts).split("\n") if (folded := fold_whitespace(line))]
    bold = bool(lines) and not any(ch.isalnum() for text in plain for ch in text)
    return Text(lines, bold)


def is_hidden(element) -> bool:
    """Hidden from every reader (not the `hidden` of a closed accordion panel, which prints)."""
    return element.get("aria-hidden") == "true" or bool(_SCREEN_READER_CLASS_RE.search(element.get("class", "")))


_CHROME_NAME_RE = re.compile(rf"(?:^|[-_])(?:{'|'.join(params.CHROME_CLASS_WORDS)})(?:$|[-_])", re.IGNORECASE)


def is_chrome(element) -> bool:
    """A cookie banner, menu, breadcrumb or footer by its class or id (unless it holds a table)."""
    names = element.get("class", "").split() + element.get("id", "").split()
    return any(_CHROME_NAME_RE.search(name) for name in names) and not element.xpath(".//table")


def heading_title(text: str) -> str:
    """A heading's name: its colon introduces what follows and is no part of the name. (An
    item keeps its colon: it is the description as printed, as a reader of the PDF sees it.)"""
    return fold_whitespace(text).rstrip(":").rstrip()


def reads_as_label(lines: list[str]) -> bool:
    """One line that is not a sentence: it can name a value printed below it."""
    return len(lines) == 1 and not lines[0].endswith(params.SENTENCE_END)
