"""Plant a defect in a real PDF: change one printed number where it stands.

The sample PDFs use subset fonts with their own glyph codes; the font's ToUnicode map
says which code prints which character, so a number can be re-encoded with the codes
the font already has. What pdfplumber then reads is exactly the changed document.
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf

_BFCHAR_RE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: pikepdf.Dictionary) -> dict[bytes, str]:
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return {}
    data = cmap.read_bytes()
    mapping = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in _BFCHAR_RE.findall(block):
            mapping[bytes.fromhex(code.decode())] = bytes.fromhex(text.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, first in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            width = len(start) // 2
            base = int(first, 16)
            for offset, code in enumerate(range(int(start, 16), int(end, 16) + 1)):
                mapping[code.to_bytes(width, "big")] = chr(base + offset)
    return mapping


def _decode(data: bytes, mapping: dict[bytes, str]) -> str:
    width = len(next(iter(mapping))) if mapping else 1
    return "".join(mapping.get(data[i:i + width], "?") for i in range(0, len(data), width))


def replace_text(source: Path, target: Path, page_number: int, old: str, new: str, occurrence: int = 1) -> Path:
    """Copy `source` to `target` with the `occurrence`-th text run reading `old` on the page
    printed as `new` instead (only characters its font already has)."""
    pdf = pikepdf.open(source)
    page = pdf.pages[page_number - 1]
    fonts = {str(name): _to_unicode(font) for name, font in page.Resources.Font.items()}
    instructions = pikepdf.parse_content_stream(page)
    font, seen, done = None, 0, False
    for index, (operands, operator) in enumerate(instructions):
        if str(operator) == "Tf":
            font = str(operands[0])
        if done or str(operator) not in ("TJ", "Tj"):
            continue
        parts = operands[0] if str(operator) == "TJ" else [operands[0]]
        raw = b"".join(bytes(p) for p in parts if isinstance(p, pikepdf.String))
        mapping = fonts.get(font, {})
        if _decode(raw, mapping).strip() != old:
            continue
        seen += 1
        if seen == occurrence:
            reverse = {char: code for code, char in mapping.items()}
            missing = [c for c in new if c not in reverse]
            if missing:
                raise ValueError(f"font {font} has no glyph for {missing}")
            encoded = pikepdf.String(b"".join(reverse[c] for c in new))
            instructions[index] = pikepdf.ContentStreamInstruction([encoded], pikepdf.Operator("Tj"))
            done = True
    if not done:
        raise ValueError(f"'{old}' not found on page {page_number}")
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
    pdf.save(target)
    return target
