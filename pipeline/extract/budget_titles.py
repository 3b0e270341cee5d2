"""A budget table's title and number: what stands above its header, up to its title.

Between a title and its table may stand caption sentences, the unit, a source note or a
blank line. The table's number comes from a numbered heading ("4.2 ...") or a caption
("Tabel 3: ..."); a table with neither is titled by the nearest bold or larger line and
numbered by its place: the n-th unnumbered table of its chapter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.danish import fold_whitespace
from pipeline.extract import budget_params as params
from pipeline.extract.budget_headers import stated_unit
from pipeline.pdf.layout import Heading, Line, numbered_heading

_CAPTION_RE = params.compile_ci(params.TABLE_CAPTION)
_FOREIGN_RE = params.compile_ci(params.FOREIGN_LINE)


@dataclass
class Lead:
    """What stands above a table's header: its title line and the lines between."""
    number: str | None
    title: str | None
    captions: list[str]
    captioned: bool = False     # the number is a "Tabel N" caption's


def caption_below(body: list[Line], end: int) -> Lead | None:
    """A "Tabel N" caption on the line right after a table (on its page): where a document
    puts its captions under its tables, that is the table's."""
    if end >= len(body) or body[end].page != body[end - 1].page:
        return None
    caption = _CAPTION_RE.match(body[end].text)
    return Lead(caption["number"], caption["title"].strip() or None, [], True) if caption else None


def captions_below(leads: list[Lead], below: list[Lead | None]) -> list[Lead]:
    """The leads with each table's caption taken from under it, where the document puts
    its captions under its tables: more tables have a caption right under them than above
    them (above, a caption under a table is the next table's)."""
    if sum(b is not None for b in below) <= sum(lead.captioned for lead in leads):
        return leads
    return [Lead(b.number, b.title, lead.captions, True) if b else
            Lead(None, None if lead.captioned else lead.title, lead.captions) for lead, b in zip(leads, below)]


def lead_in(body: list[Line], start: int, floor: int, body_size: float) -> Lead:
    """Looking up from the header over what may stand between (caption sentences, a unit,
    a source note): the table's number from a numbered heading or a "Tabel 3:" caption,
    else its title from the nearest bold or larger line."""
    window = [i for i in range(start - 1, max(floor, start - params.LEAD_IN_LINES) - 1, -1)
              if body[i].page in (body[start].page, body[start].page - 1)]
    for position, index in enumerate(window):
        heading = numbered_heading(body[index], body_size)
        caption = _CAPTION_RE.match(body[index].text)
        captions = [body[i].text for i in reversed(window[:position])]
        if caption:
            return Lead(caption["number"], caption["title"].strip() or None, captions, True)
        if heading is not None and heading.level > 1:
            return Lead(heading.number, heading.title, captions)
        if heading is not None:   # the chapter's heading: the table has no number of its own
            window = window[:position]
            break
    for position, index in enumerate(window):
        if _is_title(body, index, floor, body_size):
            first = index
            while first > floor and _same_paragraph(body[first - 1], body[first]) and body[first - 1].bold:
                first -= 1
            title = fold_whitespace(" ".join(ln.text for ln in body[first:index + 1]))
            return Lead(None, title, [body[i].text for i in reversed(window[:position])])
    return Lead(None, None, [body[i].text for i in reversed(window)])


def _is_title(body: list[Line], index: int, floor: int, body_size: float) -> bool:
    """A bold line, or a line set larger than body text that stands alone (not a line of
    a caption paragraph, which is often set larger than the table's own text); never a
    sentence, a unit statement or a source note."""
    line = body[index]
    text = line.text
    if text.endswith(".") or stated_unit(text) or _FOREIGN_RE.match(text):
        return False
    if line.bold:
        return True
    in_paragraph = any(_same_paragraph(a, b) for a, b in ((body[index - 1], line), (line, body[index + 1]))
                       if index > floor)
    return line.size > body_size + 0.25 and not in_paragraph


def _same_paragraph(upper: Line, lower: Line) -> bool:
    return (upper.page == lower.page and abs(upper.size - lower.size) < 0.5
            and lower.top - upper.bottom < 0.5 * max(upper.height, lower.height))


def table_id(number: str | None, chapter: Heading | None, used: set[str], unnumbered: Counter[str]) -> str:
    """The document's number for the table; an unnumbered one is "<chapter>.T<n>" (the
    n-th unnumbered table in its chapter) or "T<n>" where no numbered chapter holds it."""
    prefix = f"{chapter.number}." if chapter else ""
    if number is not None and number not in used:
        return number
    if number is not None and f"{prefix}{number}" not in used and prefix:
        return f"{prefix}{number}"   # captions numbered afresh in each chapter
    while True:
        unnumbered[prefix] += 1
        table_id = f"{prefix}{params.UNNUMBERED_PREFIX}{unnumbered[prefix]}"
        if table_id not in used:
            return table_id
