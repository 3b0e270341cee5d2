"""The words and distances the tariff readers go by, each with the convention it serves.

Like pdfplumber's DEFAULT_TABLE_SETTINGS or PUDL's transform params: the grammar
(tariff_grammar.py) and the structure finders (tariffs_pdf.py, tariffs_html.py) take their
vocabulary and tolerances from here, so a convention a new document brings is a line
here, not a change of code. Everything here belongs to the genre (Danish municipal price
lists, and how spreadsheets, word processors and browsers print them); nothing is a
sample's heading, label or class name.

Word lists are regular-expression alternatives, matched case-insensitively on word
boundaries.
"""

from __future__ import annotations

# --- values --------------------------------------------------------------------------------

# A value cell that states a price in words instead of a number, by the kind the contract
# names for it. A word value is the whole cell, or starts it ("Udgår pr. 1/7").
VALUE_WORDS: dict[str, tuple[str, ...]] = {
    # no charge
    "free": (r"gratis", r"fri", r"frit", r"ingen\s+betaling", r"uden\s+betaling", r"0\s*kr\.?"),
    # the price is not set yet
    "pending": (r"afventer", r"afventes", r"under\s+udarbejdelse", r"fastsættes\s+senere",
                r"ikke\s+fastsat", r"foreligger\s+ikke"),
    # the price is agreed case by case
    "on_request": (r"efter\s+tilbud", r"efter\s+aftale", r"pris\s+efter\s+aftale", r"på\s+forespørgsel",
                   r"efter\s+forespørgsel", r"ved\s+henvendelse"),
    # the actual cost is charged: by the bill, by the time or the consumption it took
    "at_cost": (r"efter\s+regning", r"efter\s+medgået\s+tid", r"efter\s+(?:faktisk\s+|medgået\s+)?tidsforbrug",
                r"efter\s+(?:faktisk\s+|medgået\s+)?forbrug", r"til\s+kostpris", r"kostpris"),
    # the tariff is no longer offered
    "discontinued": (r"udgår", r"udgået", r"bortfalder", r"ophørt", r"nedlagt"),
}
# Kinds whose words must fill the whole cell: "fri" or "frit" open many ordinary phrases.
WHOLE_CELL_KINDS = frozenset({"free"})

# How a number is marked as kroner around it: "kr. 1.250", "1.250 kr.", "DKK 100".
CURRENCY_WORDS = (r"kr\.?", r"kroner", r"dkk")
# A whole-kroner price written with a dash for the øre: "125,-" (also "125,--", "125,–").
WHOLE_KRONER_DASH = r",[-–]{1,2}"
# A rate instead of a price: "0,5 % af restgæld", "0,074 ‰", "2 promille af ...".
PERCENT_WORDS = (r"%", r"procent", r"pct\.?")
PER_MILLE_WORDS = (r"‰", r"promille")

# --- units ------------------------------------------------------------------------------------

# A unit printed between an item and its value on one line starts at the currency word
# ("Kr. pr. time", "Kr. for 3 år") or, without one, at "pr."/"per" ("Pr. år").
PER_WORDS = (r"pr\.?", r"per")
# At most this many words follow "Kr." in a unit: "Kr. pr. påbegyndt time", "Kr. for 3 år".
MAX_WORDS_AFTER_CURRENCY = 4
# At most this many words follow "pr." in a unit with no "Kr.": "pr. påbegyndt time".
MAX_WORDS_AFTER_PER = 2
# A unit cell of a table starts like this: "Kr. pr. time", "pr. stk.", "per gang".
UNIT_CELL_START = (r"kr\.?", r"pr\.?", r"per")

# --- periods ----------------------------------------------------------------------------------

# A year a tariff list is for, and a school or season year ("2019/2020", "2019/20", "2019-20").
YEAR = r"(?:19|20)\d{2}"
# Separators between the two years of a school year.
SCHOOL_YEAR_SEPARATORS = r"/"
# Words a column header that names a period is made of, besides the period itself:
# "Enheds-/takst/2019", "Takst 2024 (kr.)", "Pris 2026", "Skoleår 2019/2020", "Sats 2025".
PERIOD_HEADER_WORDS = (r"enheds?-?", r"enhedstakst(?:er)?", r"takst(?:er)?", r"skoleår", r"sæson", r"pris(?:er)?",
                       r"beløb", r"sats(?:er)?", r"år", r"periode", r"kr\.?", r"\(kr\.?\)", r"dkk", r"\(dkk\)",
                       r"gældende", r"fra", r"i", r"pr\.?")
# The word a period column's header starts with; a second one starts the next column's
# header ("Takst 2024 Takst 2025", printed too close to tell apart by spacing).
PERIOD_HEADER_LEADS = (r"enheds-?", r"enhedstakst(?:er)?", r"takst(?:er)?", r"skoleår", r"sæson", r"pris(?:er)?",
                       r"beløb", r"sats(?:er)?", r"periode")
# A column header naming prices without a period ("Pris", "Takst i kr."): the document's year.
VALUE_HEADER_WORDS = (r"takst(?:er)?", r"enhedstakst(?:er)?", r"pris(?:er)?", r"beløb", r"sats(?:er)?",
                      r"betaling", r"kr\.?", r"dkk")
# A document states its year in its title: "Takster 2023", "Takstblad for 2024", "2019-2020".
TITLE_YEAR_LEAD = (r"takst\w*", r"prisliste\w*", r"gebyr\w*", r"priser")

# --- column roles by header -------------------------------------------------------------------

UNIT_HEADER_WORDS = (r"enhed", r"enheder", r"betalingsenhed", r"afregningsenhed", r"måleenhed", r"pr\.?")
VAT_HEADER_WORDS = (r"moms", r"moms\w*", r"vat")
REMARK_HEADER_WORDS = (r"bemærkning(?:er)?", r"note(?:r)?", r"anmærkning(?:er)?", r"kommentar(?:er)?",
                       r"forklaring", r"oplysninger")
ITEM_HEADER_WORDS = (r"ydelse(?:r)?", r"beskrivelse", r"tekst", r"art", r"type", r"aktivitet(?:er)?",
                     r"produkt(?:er)?", r"område", r"emne", r"takst\s+for", r"gebyr\s+for", r"lokale(?:r)?")

# --- VAT ----------------------------------------------------------------------------------------

# Prices stated without VAT: "ekskl. moms", "excl. moms", "eks. moms", "uden moms", "+ moms".
VAT_EXCLUDED = (r"(?:ekskl|eksl|excl|ekskl|eks|ex)\.?\s*moms", r"eksklusiv[e]?\s+moms", r"uden\s+moms",
                r"\+\s*moms", r"u\.\s*moms")
# A VAT column's cell: "ekskl.", "eks.", "excl.", "nej"/"uden" (under "Moms"), "ekskl. moms".
VAT_EXCLUDED_CELL = (r"(?:ekskl|eksl|excl|eks|ex)\.?(?:\s*moms)?", r"eksklusiv[e]?(?:\s+moms)?", r"uden(?:\s+moms)?",
                     r"nej", r"\+\s*moms")
VAT_INCLUDED_CELL = (r"(?:inkl|incl|ink)\.?(?:\s*moms)?", r"inklusiv[e]?(?:\s+moms)?", r"med(?:\s+moms)?", r"ja",
                     r"momsfri", r"fritaget")

# --- structure words ------------------------------------------------------------------------------

# The body a tariff list files tariffs under: "Kulturudvalget", "Teknik- og Miljøudvalget".
COMMITTEE_WORD = r"udvalg(?:et)?"
# Footnote markers after an item and at the start of its footnote: "*", "**", "*)", "1)", "(1)".
FOOTNOTE_MARKER = r"\*+\)?|\(\d{1,2}\)|\d{1,2}\)"
# Headings that organise a web page rather than its tariffs: contents, links, contact.
NAVIGATION_HEADINGS = (r"indhold", r"indholdsfortegnelse", r"på\s+denne\s+side", r"se\s+også", r"læs\s+(?:også|mere)",
                       r"relaterede?\s+\w+", r"genveje", r"kontakt(?:\s+os)?", r"del\s+siden")
# A sentence ends with one of these; a label or heading does not.
SENTENCE_END = (".", "!", "?")
# Leaders between an item and its price in a list with no table: "Voksne ....... 65,00".
LEADER_CHARS = ".…·_"
MIN_LEADER_CHARS = 3
# Between the period parts of a line that names its own periods: "2024: 60,00 kr. / 2025: 65,00 kr.".
PERIOD_PART_SEPARATORS = (r"/", r";", r",", r"\|", r"–", r"og")

# --- web pages: what is page chrome, never content ------------------------------------------------

CHROME_TAGS = frozenset("script style noscript template nav aside button select svg iframe object canvas video "
                        "audio dialog form".split())
CHROME_ROLES = frozenset("navigation banner contentinfo search complementary dialog alertdialog".split())
# Words a CMS puts in the class or id of its menus, cookie banners, breadcrumbs and footers
# ("cookie-banner", "main-nav", "site-footer"), matched as whole parts of a name split at - and _.
# An element so named that holds a table is content all the same.
CHROME_CLASS_WORDS = (r"cookies?", r"consent", r"gdpr", r"breadcrumbs?", r"navbar", r"nav", r"navigation", r"menu",
                      r"footer", r"skip", r"banner", r"share", r"social", r"sitemap")
SCREEN_READER_CLASSES = (r"sr-only", r"visually-?hidden", r"screen-reader-text")
# Longest text (characters) that can be a heading; longer is prose.
MAX_HEADING_CHARS = 120
# A rowspan or colspan above this is a typo, not a layout.
MAX_SPAN = 50

# --- PDF tolerances ---------------------------------------------------------------------------------

PHRASE_GAP_EM = 0.45    # words this close (in ems of their size) are one phrase (cell), as layout.phrases has it
MAX_WORD_SPACE_EM = 1.0 # gaps narrower than this are word spaces when the document's own spacing is measured
WORD_SPACE_SLACK = 1.3  # a phrase's words may stand this much further apart than the document's typical space
ALIGN_PT = 1.5          # right edges this close (points) line up: a spreadsheet's right-aligned column
CENTRE_PT = 3.0         # a merged cell's text is centred over its columns to within this
TITLE_SCALE = 1.5       # a document's title is set at least this much larger than body text
MARGIN_EM = 3.0         # a description starts within this many ems of the page's text margin
GRID_MIN_ROWS = 2       # a ruled grid with fewer rows is a frame or a box, not a table
GRID_MIN_COLUMNS = 2    # ... and with fewer columns
BAND_MIN_WIDTH = 0.6    # a shaded band spans at least this share of its table's (or text's) width
BAND_MIN_SHADE = 0.02   # a fill this far from white (0-1) is a shade a reader sees


# --- classification ----------------------------------------------------------------------
# What a tariff list shows in its plain text (pipeline/extract/classify.py counts them, case
# ignored; two make a tariff list): the word takst, a price per unit, fees and payments.
CLASSIFY_SIGNS = (
    r"\b(?:enheds)?takst(?:er|blad|en)?\b",
    r"\bpr\.\s*(?:time|år|md|mdr|måned|stk|gang|side|uge|kopi)\b",
    r"\b(?:gebyr|gebyrer|betaling|egenbetaling)\b",
)
