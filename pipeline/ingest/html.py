"""A web page's bytes to its tree, decoded the way a browser would, or a named refusal.

The encoding: a byte-order mark; else UTF-8 where the bytes are UTF-8 (no other
encoding of Danish text makes valid UTF-8 by chance, and pages that say otherwise are
wrong more often than that); else the page's own declaration (<meta charset>, <?xml
encoding?>). Where the bytes do not decode as any of these (a page saved as windows-1252
that declares utf-8), decoding leniently would publish U+FFFD for every "æøå"; instead
charset-normalizer picks the encodings the bytes read best in, and of those the web's
legacy default for Danish pages where it is one of them.

The tree: libxml2 stops at 256 levels of nesting, or at a text of 10 MB, and then
returns an empty or cut tree without raising; both are refused by name instead, so a
page is never read in part.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import lxml.etree
import lxml.html

from pipeline.errors import DocumentRejected, one_line
from pipeline.ingest.sniff import bom_encoding

# WHATWG Encoding: windows-1252 is the default of Danish (and most Western) locales, and
# what browsers read a page labelled ISO-8859-1 or ASCII as.
LEGACY_DEFAULT_ENCODING = "cp1252"
# The HTML standard's prescan looks for <meta charset> in the first 1024 bytes; pages with
# long <head>s put it later, and browsers find it there too.
_DECLARATION_BYTES = 8192
_DECLARED_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_READ_AS = {"latin-1": LEGACY_DEFAULT_ENCODING, "ascii": LEGACY_DEFAULT_ENCODING,
            # a page that says utf-16 in its own ASCII-compatible bytes cannot be UTF-16
            "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8"}


def parse_html(data: bytes) -> lxml.html.HtmlElement:
    """The page's tree (comments removed, no network); raises DocumentRejected."""
    text = decode_html(data)
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except lxml.etree.ParserError as error:
        raise DocumentRejected(f"unreadable HTML page: {one_line(str(error))}", stage="preflight") from error
    _refuse_cut_tree(parser.error_log)
    return root


def decode_html(data: bytes) -> str:
    """The page's text: the encoding its bytes say, where they decode as it; else the one
    they read best in. Raises DocumentRejected for bytes that are no text at all."""
    bom = bom_encoding(data)
    text = _decode(data, bom) if bom else _decode(data, "utf-8") or _decode(data, _declared(data))
    if text is None:
        text = _decode(data, _best_guess(data))
    if text is None:
        raise DocumentRejected("not a web page: its bytes are text in no known encoding", stage="preflight")
    return text


def _declared(data: bytes) -> str | None:
    """The encoding the page declares, as Python names it (None if unknown)."""
    found = _DECLARED_RE.search(data[:_DECLARATION_BYTES])
    if not found:
        return None
    try:
        name = codecs.lookup((found.group(1) or found.group(2)).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _READ_AS.get(name, name)


def _decode(data: bytes, encoding: str | None) -> str | None:
    try:
        return codecs.decode(data, encoding) if encoding else None
    except UnicodeDecodeError:
        return None


def _best_guess(data: bytes) -> str | None:
    """charset-normalizer's encoding with the least mess; the legacy default among equals."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    least = min(match.chaos for match in matches)
    calm = [match for match in matches if match.chaos <= least]
    if any(LEGACY_DEFAULT_ENCODING in match.could_be_from_charset for match in calm):
        return LEGACY_DEFAULT_ENCODING
    return calm[0].encoding


def _refuse_cut_tree(errors: lxml.etree._ListErrorLog) -> None:
    """libxml2 reports its resource limits as errors and goes on with what it has."""
    for error in errors:
        if error.type_name != "ERR_RESOURCE_LIMIT":
            continue
        if "depth" in error.message.lower():
            raise DocumentRejected("web page nested too deep: elements more than 255 levels inside each other "
                                   "(the HTML parser's limit), so it cannot be read whole", stage="preflight")
        raise DocumentRejected(f"web page over the HTML parser's limits: {one_line(error.message.strip())}",
                               stage="preflight")
