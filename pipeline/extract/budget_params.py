"""The budget reader's vocabulary and tolerances, each with the convention it serves.

Everything the budget reader knows about words and distances is here, so that a new
house style is a reviewable change of a list, not of the parsing code. Patterns are
regular expressions over lower-cased text with white space folded. Nothing here is a
heading, label or value of a particular document: the words are the ones Danish
municipalities use by convention (KL's budget and accounting terms, "Budget- og
regnskabssystem for kommuner"), the distances are typographic.
"""

from __future__ import annotations

import re

# --- column headers -----------------------------------------------------------------------
# A column header names a measure (what the number is) and usually a year. Each measure
# is written in full ("Korrigeret budget 2025"), abbreviated ("Korr. B25") or as the short
# codes of multi-year budgets ("BO1" for the first out-year). The contract's measures
# (CONTRACT.md, budget_lines.measure) are the keys.
MEASURE_WORDS: dict[str, str] = {
    "technical_budget": r"tekn(?:isk|\.)?\s*(?:budget|b)|tb",
    "estimate": r"skøn|forv(?:entet|\.)?\s*(?:regnskab|r)|forventet",
    "supplement": r"tillæg(?:sbevilling(?:er)?)?",
    "actual": r"regnskab|r",
    "corrected_budget": r"korr(?:igeret|\.)?\s*(?:budget|b)",
    "adopted_budget": r"(?:(?:vedtaget|opr(?:indeligt|\.)?)\s*)?(?:budget|b)|vedtaget",
    "forecast": r"(?:budget)?overslag(?:sår)?|bo",
}
# Measures a header may name without a year: they are for the document's budget year
# ("Tillæg" and "Teknisk budget" in a 2026 budget are 2026's).
YEAR_IMPLIED: frozenset[str] = frozenset({"technical_budget", "supplement"})
# Out-years numbered instead of dated: "BO1", "BO 2", "1. overslagsår", "Overslagsår 3"
# are the budget year plus that number.
OUT_YEAR_ORDINAL = r"(?:bo|(?:budget)?overslag(?:sår)?)\s*(?P<ordinal>[1-9])|(?P<ordinal2>[1-9])\.\s*overslagsår"
# A year as headers print it: 2026, 26 ("B26", "Skøn 26"), '26.
HEADER_YEAR = r"'?(?P<year>(?:19|20)\d{2}|\d{2})"
# A four-year budget ("Budget 2026-2029") may head the money of its budget year and
# out-years with the year alone (a table of changes: "2026 2027 2028 2029"); the budget
# year then is adopted_budget, the out-years forecast. Earlier years, years in a document
# with no out-years, and years over key figures or prices stay unnamed (the year is kept).
BARE_YEAR_MEASURES = ("adopted_budget", "forecast")
# Header text that qualifies without naming: a price basis or note in brackets, a
# footnote marker, an "as of" date, "netto"/"brutto", a price level.
HEADER_NOISE = (r"\([^)]*\)", r"\*+", r"(?<=\d)\s*\d?\)$", r"\s+pr\.\s+\d.*$", r"\b(?:netto|brutto)\b",
                r"\b(?:i\s+)?(?:\d{4}-priser|løbende\s+priser|faste\s+priser)\b")
# The words column headers are made of: a line of only these (and numbers) is a header line.
HEADER_WORD = (
    r"(?:tekn\.?|teknisk|budget-?|b|skøn|tillæg|tillægsbevillinger|tillægsbevilling|regnskab|r"
    r"|vedtaget|oprindeligt|opr\.?|korr\.?|korrigeret|forventet|forv\.?|tb|overslag|overslagsår"
    r"|budgetoverslag|budget-?overslag|bo|[1-9]\.)"
    r"|(?:[rb]|bo|tb)\s?'?\d{1,4}|'?\d{2}|(?:19|20)\d{2}|\*+"
)

# --- units --------------------------------------------------------------------------------
# The unit the amounts are printed in, as a table's stub, caption or title states it:
# "I 1.000 kr.", "1.000 kr.", "t.kr.", "Mio. kr.", "Beløb i mio. kr.", "kr." (danish.py
# turns it into kroner per printed unit). In a caption the phrase must not follow a
# number: "2 mio. kr." is an amount, not a unit. OCR reads a sans-serif "I" as "1", "l" or
# "|": taken so only right before the scale ("1 1.000 kr."), where no amount can stand.
UNIT_STUB = (r"^\(?(?:beløb\s+)?(?:(?:i|[1l|](?=\s+(?:1\.?000|mio|mill?|mia)))\s+)?"
             r"(?:1\.000|1000|t\.?|mio\.?|mill?\.?|mia\.?)?\s*kr\.?\)?(?=\s|$|,)")
UNIT_STATED = (r"(?<![\d.,]\s)(?<![\d.,])\b(?:i\s+)?(?:1\.000|1000|t\.?\s?|mio\.?|mill?\.?|mia\.?)\s*kr\b\.?"
               r"|\bbeløb\s+i\s+kr\b\.?|\(kr\.?\)")
# A document may state the unit once for all its tables: "Alle beløb er i 1.000 kr.".
DOCUMENT_UNIT = r"\balle\s+beløb\b[^.\n]{0,40}?\b(?P<unit>(?:i\s+)?(?:1\.000|1000|t\.?\s?|mio\.?|mia\.?)\s*kr\b\.?)"

# --- rows ---------------------------------------------------------------------------------
# Total rows: "... i alt", "Netto i alt", "I alt", "Udgifter i alt", "..., samlet",
# "Samlet udgift", "Total". They sum the rows above them (subtotals the rows since the
# previous total).
TOTAL_LABEL = (r"(?:\bi\s+alt(?:[,:]?\s+netto)?:?|,\s*samlet)$"
               r"|^(?:i\s+alt|samlet|samlede?|total|totalt|hovedtotal|sum)\b")
# Footnote marks a cell's number may carry: "1.234*", "1.234¹".
FOOTNOTE_MARKS = "*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# A cell that says "nothing" rather than a number: "-", "–", "*", "x", "...".
NIL_CELL = r"^[-\u2013\u2014*x.\u2026]+$"
# A row label continues on its next line when it ends in one of these (a conjunction,
# preposition or comma leaves the phrase open).
LABEL_CONTINUES = r"(?:[,\-\u2013&/]|\b(?:og|samt|eller|til|for|af|med|i|på|under|inkl\.|ekskl\.|m\.v\.|mv\.))$"
# Lines that end a table: a figure or source caption, a note, the next table's caption.
FOREIGN_LINE = r"^(?:figur|tabel|tab\.|graf|diagram|kilde|note|noter|anm\.?|fodnote)\b"
BULLETS = ("\u2022", "\u25aa", "\u25e6", "\u25cf", "\uf0b7")

# --- titles, captions and what stands between a title and its table ------------------------
# A table captioned "Tabel 3: ..." or "Tabel 2.4 ..." takes that number as its table_id.
TABLE_CAPTION = r"^(?:tabel|tab\.)\s*(?P<number>\d{1,3}(?:\.\d{1,3})*)\s*[:.\-\u2013\u2014]?\s*(?P<title>.*)$"
# A continued table repeats its caption on the next page.
CONTINUED = r"\b(?:fortsat|fortsættes|forts\.)"
# How many lines may stand between a table's title and its header (caption sentences, a
# unit statement, a source note), and between a page's top and a repeated header.
LEAD_IN_LINES = 8
REPEAT_HEADER_LINES = 2
# Unnumbered tables get "<chapter>.T<n>" (n-th unnumbered table in the chapter) or "T<n>".
UNNUMBERED_PREFIX = "T"

# --- what a table is ------------------------------------------------------------------------
# Read from the table's title and stub, in this order. Tables of changes, key figures,
# prices and investments state other money (or no money) than an area's operating
# budget: the cross-table check compares overview and area tables only.
TABLE_KINDS: tuple[tuple[str, str], ...] = (
    ("changes", r"ændring|korrektion|omprioritering|effektivisering|besparelse|reduktion|udvidelse"
                r"|tilpasning|budgetforslag|forslag|initiativ|prioritering|budgetaftale|budgetforlig"),
    ("key_figures", r"nøgletal|aktivitetstal|aktivitetsoversigt|mængde|enhedsudgift|enhedsomkostning"
                    r"|pr\.\s*(?:indbygger|borger|elev|barn|plads|bruger)|demografi|normering"),
    ("prices", r"\bpris(?:er)?\b|takst|enhedspris|prisforudsætning"),
    ("investments", r"anlæg|investering"),
)
# A price level is not a table of prices: "(2026-priser)", "i 2026 priser", "faste priser".
PRICE_LEVEL = r"\b(?:\d{4}\s*-?\s*priser|(?:løbende|faste|årets|\d{4})\s+priser)\b"
# An overview lists the policy area's activity areas; its chapter or total names the
# policy area (or committee). Its rows are also recognised by naming other chapters' areas.
OVERVIEW_WORDS = r"politikområde|bevillingsområde|hovedoversigt|bevillingsoversigt"
OVERVIEW_MIN_AREAS = 2
# Chapter titles name the activity area after one of these words.
AREA_PREFIX = r"^(?:aktivitetsområde|delområde|område|serviceområde)t?\s*[:\-\u2013]?\s*"
POLICY_AREA = (r"\b(?:politikområde|bevillingsområde)t?\s*:?\s+(?P<name>[^,\u2013-].*?)\s*(?:\bi alt)?$")
BUDGET_YEAR = r"\bbudget(?:forslag)?\s*(?P<first>20\d{2})(?:\s*[-\u2013/]\s*(?P<last>(?:20)?\d{2}))?"

# --- page triage ----------------------------------------------------------------------------
# A table goes on at the top of the next page if a row (a label or a number, then a number)
# stands within its first lines of plain text (the running header comes first).
TRIAGE_TOP_LINES = 4
# A header cell is a short run of text ("Korrigeret budget 2025"); prose runs are whole lines.
TRIAGE_RUN_WORDS = 4

# --- distances (shares of a line's height unless named in points) ---------------------------
# Header lines sit closer to each other than this share of a line's height; a line of
# header words only may stand as far as a padded table row (a header of two rows).
HEADER_LINE_GAP = 0.8
HEADER_ROW_GAP = 1.5
# A header takes up to this many lines (headers wrapped word by word over several lines).
HEADER_BLOCK_LINES = 5
# A table ends at a vertical gap of more than this many line heights.
TABLE_GAP_LINES = 2.0
# Lines of one wrapped cell sit closer than this share of a line's height; rows are
# spaced further apart (cell padding) in tables that pad their rows.
CELL_LINE_GAP = 0.6
# How far (points) above and below a row's lines the rules that close its grid cell stand.
BAND_RULE_REACH = 8.0
# How far (points) a number may stand outside its column's header or known extent.
COLUMN_TOLERANCE = 3.0
# Row labels end this far (points) left of the first column header.
STUB_MARGIN = 2.0


def compile_ci(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# --- classification ----------------------------------------------------------------------
# What a budget shows in its plain text (pipeline/extract/classify.py counts them, case
# ignored; two make a budget): a unit in thousands or millions, the names of budget
# documents and their measures, R/B column headers (capitals only), and a multi-year
# budget's accounts, corrected budget and out-years.
CLASSIFY_SIGNS = (
    r"\b(?:i\s+)?(?:1\.000|1000|mio\.?|t\.?)\s*kr\b",
    r"\b(?:teknisk budget|tekn\.\s*b\d{2}|budgetbemærkninger|politikområde)",
    r"\b(?-i:[RB])(?:20)?\d{2}\b",
    r"\b(?:regnskab|(?:budget)?overslag(?:sår)?)\s*(?:19|20)\d{2}\b|\bBO\s?[1-3]\b|\bkorr(?:igeret|\.)\s*budget\b",
)
