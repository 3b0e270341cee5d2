"""tariff_series: the same tariff followed across editions, so BI can chart its price.

Editions are taken oldest first. Each tariff of an edition (one item under one heading,
all its periods) joins at most one series, and a series takes at most one tariff per
edition, so two different tariffs are never merged: the same item text under two
headings stays two series. A tariff joins the series whose last wording has the same
heading and item ("exact"); else the most similar one (rapidfuzz) above the thresholds
("fuzzy", with its score); else it starts a series ("first").

Linking is near-linear in rows: a fuzzy link needs the same numbers in both items and
compatible units, so only series sharing those are compared (blocks), and within a
block rapidfuzz's cdist discards in C the pairs whose items are too far apart before
the full comparison. The links are exactly those of comparing every pair.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyarrow as pa
from rapidfuzz import fuzz, process

from pipeline.schemas import TABLES

ITEM_THRESHOLD = 0.85     # a rewording: "Pas voksne 18-65 år" -> "Pas, voksne 18-65 år"
SECTION_THRESHOLD = 0.60  # the heading may be reworded or reorganised between editions
_SPELLING = 80           # fuzz.ratio of two spellings of one word: "idrætsanlæg", "idrætsanlægget"
# cdist's first pass keeps pairs whose item score is at least this (on the 0-100 scale):
# a hair under ITEM_THRESHOLD, so that float rounding never drops a pair _score keeps.
_ITEM_PREFILTER = ITEM_THRESHOLD * 100 - 0.01
_CDIST_CELLS = 4_000_000  # scores per cdist call (float32: 16 MB), however large a block
_FUNCTION_WORDS = {"og", "i", "til", "af", "for", "pr", "per", "med", "på", "ved", "den", "det", "de",
                   "en", "et", "samt", "eller", "kr"}
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_UNIT_NOISE_RE = re.compile(r"\bkr\.?\s*|[^\w\s./]", re.IGNORECASE)


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").lower()).split())


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _unit(text: str | None) -> str:
    """"Kr. pr. time" and "Pr. time" are the same unit."""
    return " ".join(_UNIT_NOISE_RE.sub(" ", (text or "").lower()).split())


@dataclass
class _Tariff:
    """One tariff of one edition: its rows (one per period) and what identifies it: the
    headings above it (all of them, so that equal items under two groups stay apart),
    its item and its unit, normalised."""
    section: str
    item: str
    unit: str
    printed: tuple[str, str]      # headings and item as printed (case and white space folded)
    rows: list[dict] = field(default_factory=list)


@dataclass
class _Series:
    series_id: str
    latest: _Tariff
    editions: set[str] = field(default_factory=set)


def _tariffs_of(rows: list[dict]) -> list[_Tariff]:
    by_key: dict[tuple, _Tariff] = {}
    printings: Counter = Counter()
    for row in sorted(rows, key=lambda r: r["row_number"] or 0):
        key = (_norm(row["section_path"] or row["section"]), _norm(row["item"]), _unit(row["unit"]))
        # The same tariff printed again for the same period is another tariff: the n-th
        # printing for a period joins the n-th tariff of that key.
        occurrence = printings[key + (row["period"],)]
        printings[key + (row["period"],)] += 1
        printed = (_fold(row["section_path"] or row["section"]), _fold(row["item"]))
        tariff = by_key.setdefault(key + (occurrence,), _Tariff(*key, printed))
        tariff.rows.append(row)
    return list(by_key.values())


def _words_correspond(a: str, b: str) -> bool:
    """A rewording keeps the numbers and the words: punctuation, word order, function words
    and spelling may change; "græs" -> "kunstgræs" or "mere" -> "mindre" is another tariff,
    and so is "børn 0-11 år" -> "børn 12-17 år"."""
    words_a, words_b = set(a.split()) - _FUNCTION_WORDS, set(b.split()) - _FUNCTION_WORDS
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    if numbers_a != numbers_b:
        return False
    words_a, words_b = words_a - numbers_a, words_b - numbers_b
    return all(any(fuzz.ratio(w, v) >= _SPELLING for v in other) for words, other in
               ((words_a, words_b), (words_b, words_a)) for w in words if not _YEAR_RE.match(w))


def _numbers(item: str) -> frozenset[str]:
    """The counts and ages in an item (years aside): a rewording keeps every one."""
    return frozenset(w for w in item.split() if w.isdigit() and not _YEAR_RE.match(w))


def _score(tariff: _Tariff, series: _Series) -> float | None:
    """Similarity in [0, 1], or None where the two cannot be the same tariff."""
    latest = series.latest
    if tariff.unit and latest.unit and tariff.unit != latest.unit:
        return None
    if not _words_correspond(tariff.item, latest.item):
        return None
    item = fuzz.token_sort_ratio(tariff.printed[1], latest.printed[1]) / 100
    # Headings are reorganised between editions more than they are reworded: the nearest
    # heading alone may carry the match ("... > Sæsonudlån" under a new parent heading).
    section = max(fuzz.token_set_ratio(tariff.printed[0], latest.printed[0]),
                  fuzz.ratio(tariff.printed[0].rsplit(" > ", 1)[-1], latest.printed[0].rsplit(" > ", 1)[-1])) / 100
    if item < ITEM_THRESHOLD or section < SECTION_THRESHOLD:
        return None
    return min(0.99, round(0.8 * item + 0.2 * section, 4))  # 1 is kept for exact links


def _series_id(tariff: _Tariff, taken: set[str]) -> str:
    seed = f"{tariff.section}\x1f{tariff.item}\x1f{tariff.unit}"
    n = 0
    while True:
        candidate = hashlib.sha256(f"{seed}\x1f{n}".encode()).hexdigest()[:16]
        if candidate not in taken:
            return candidate
        n += 1


def link_series(tariffs: pa.Table, edition_order: dict[str, str]) -> pa.Table:
    """tariff_series rows for every tariffs row; `edition_order` sorts documents (their year)."""
    rows_by_document: dict[str, list[dict]] = {}
    for row in tariffs.to_pylist():
        rows_by_document.setdefault(row["document_id"], []).append(row)
    series: list[_Series] = []
    taken: set[str] = set()
    out: list[dict] = []
    for document_id in sorted(rows_by_document, key=lambda d: (edition_order.get(d) or "", d)):
        for tariff, (link, score, chosen) in _link_edition(_tariffs_of(rows_by_document[document_id]), series):
            if chosen is None:
                chosen = _Series(_series_id(tariff, taken), tariff)
                taken.add(chosen.series_id)
                series.append(chosen)
            chosen.latest = tariff
            chosen.editions.add(document_id)
            out.extend(_series_row(row, chosen.series_id, link, score) for row in tariff.rows)
    return pa.Table.from_pylist(out, schema=TABLES["tariff_series"])


def _link_edition(tariffs: list[_Tariff], series: list[_Series]):
    """Exact links first, then the best fuzzy pairs, each series used once."""
    links: dict[int, tuple[str, float, _Series | None]] = {}
    used: set[str] = set()
    exact: dict[tuple, list[_Series]] = {}
    for s in series:
        exact.setdefault((*s.latest.printed, s.latest.unit), []).append(s)
    for n, tariff in enumerate(tariffs):
        match = next((s for s in exact.get((*tariff.printed, tariff.unit), [])
                      if s.series_id not in used), None)
        if match is not None:
            links[n] = ("exact", 1.0, match)
            used.add(match.series_id)
    for score, n, match in _fuzzy_candidates(tariffs, series, links, used):
        if n not in links and match.series_id not in used:
            links[n] = ("fuzzy", score, match)
            used.add(match.series_id)
    return [(t, links.get(n, ("first", 1.0, None))) for n, t in enumerate(tariffs)]


def _fuzzy_candidates(tariffs: list[_Tariff], series: list[_Series], linked, used: set[str]):
    """(score, tariff index, series) for every pair _score accepts among the tariffs not
    linked and the series not used, best first; equal scores in tariff order, then in
    series order, as comparing every pair in that order would give them."""
    blocks: dict[tuple, list[int]] = defaultdict(list)   # (numbers, unit) -> positions in series
    for position, s in enumerate(series):
        if s.series_id not in used:
            blocks[(_numbers(s.latest.item), s.latest.unit)].append(position)
    units_of: dict[frozenset, list[str]] = defaultdict(list)
    for numbers, unit in blocks:
        units_of[numbers].append(unit)
    asking: dict[tuple, list[int]] = defaultdict(list)   # block -> tariffs to compare with it
    for n, tariff in enumerate(tariffs):
        if n in linked:
            continue
        numbers = _numbers(tariff.item)
        units = units_of[numbers] if not tariff.unit else [tariff.unit, ""]   # "" is any unit
        for unit in units:
            if (numbers, unit) in blocks:
                asking[(numbers, unit)].append(n)
    found = [(score, n, position) for block, ns in asking.items()
             for n, position in _similar_items(tariffs, ns, series, blocks[block])
             if (score := _score(tariffs[n], series[position])) is not None]
    found.sort(key=lambda c: (-c[0], c[1], c[2]))
    return [(score, n, series[position]) for score, n, position in found]


def _similar_items(tariffs: list[_Tariff], ns: list[int], series: list[_Series], positions: list[int]):
    """(tariff index, series position) pairs whose items may score above ITEM_THRESHOLD."""
    choices = [series[p].latest.printed[1] for p in positions]
    step = max(1, _CDIST_CELLS // len(choices))
    for start in range(0, len(ns), step):
        chunk = ns[start:start + step]
        scores = process.cdist([tariffs[n].printed[1] for n in chunk], choices, scorer=fuzz.token_sort_ratio,
                               score_cutoff=_ITEM_PREFILTER)
        for row, column in zip(*scores.nonzero()):
            yield chunk[row], positions[column]


def _series_row(row: dict, series_id: str, link: str, score: float) -> dict:
    keep = ("document_id", "section", "item", "unit", "period", "value_text", "amount_dkk",
            "section_path", "row_number")
    return {"series_id": series_id, "link": link, "link_score": score, **{k: row[k] for k in keep}}
