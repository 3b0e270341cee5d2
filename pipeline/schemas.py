"""The published tables' schemas: the one place they are defined.

Parquet files, `datapackage.json`, the DuckDB tables and the README's data model all
come from the Arrow schemas here. Column names and meanings are the outside contract
(../shared/CONTRACT.md); columns after the contract's are lineage for auditors.
"""

from __future__ import annotations

import json

import pyarrow as pa

MEASURES = ("actual", "adopted_budget", "corrected_budget", "technical_budget", "estimate", "supplement",
            "forecast")
# What a budget table states (budget_lines.table_kind), told by its title's words and its rows;
# key figures and prices are counts, rates or prices, not the budget's money.
TABLE_KINDS = ("overview", "area", "changes", "key_figures", "prices", "investments")
NOT_MONEY_KINDS = ("key_figures", "prices")
DOCUMENT_KINDS = ("budget", "tariffs", "unknown")
DOCUMENT_FORMATS = ("pdf", "html")
DOCUMENT_STATUSES = ("published", "failed_validation", "quarantined")
VALUE_KINDS = ("amount", "free", "pending", "on_request", "at_cost", "discontinued", "percent", "per_mille",
               "text")
SERIES_LINKS = ("first", "exact", "fuzzy")


def _field(name: str, type_: pa.DataType, description: str, *,
           required: bool = False, enum: tuple[str, ...] | None = None) -> pa.Field:
    metadata = {"description": description}
    if enum:
        metadata["enum"] = json.dumps(list(enum))
    return pa.field(name, type_, nullable=not required, metadata=metadata)


def _bbox_fields(what: str) -> list[pa.Field]:
    where = f"of the {what} on its page, in PDF points from the page's top-left corner"
    return [
        _field("bbox_x0", pa.float64(), f"Left edge {where}."),
        _field("bbox_top", pa.float64(), f"Top edge {where}."),
        _field("bbox_x1", pa.float64(), f"Right edge {where}."),
        _field("bbox_bottom", pa.float64(), f"Bottom edge {where}."),
    ]


DOCUMENTS = pa.schema([
    _field("document_id", pa.string(), "sha256 of the file's bytes, hex.", required=True),
    _field("source_file", pa.string(), "Path of the file relative to the raw folder.", required=True),
    _field("kind", pa.string(), "What the document is: budget, tariffs or unknown.",
           required=True, enum=DOCUMENT_KINDS),
    _field("format", pa.string(), "pdf or html, from the file's bytes.", enum=DOCUMENT_FORMATS),
    _field("year", pa.string(), "The document's year or span as it states it: 2026, 2019-2020."),
    _field("pages", pa.int32(), "Page count (null for HTML)."),
    _field("status", pa.string(), "published, failed_validation or quarantined.",
           required=True, enum=DOCUMENT_STATUSES),
    _field("error", pa.string(), "The reason, for the two failure statuses; else null."),
    _field("policy_area", pa.string(), "The policy area a budget document covers."),
    _field("title", pa.string(), "The document's title, from its metadata or first heading."),
    _field("ocr", pa.bool_(), "True where the PDF had no text layer and its words were read by OCR."),
    _field("extractor_version", pa.string(), "Version of the extractor that read the document."),
    _field("content_rows", pa.int32(), "Rows its reader gave (budget_lines or tariffs), published or not."),
    _field("pages_unread", pa.int32(),
           "Pages the file holds that could not be read (a damaged page tree, a page that will not load); "
           "a document with any is held back."),
    _field("pages_unread_reason", pa.string(), "Which pages could not be read, and why."),
    _field("pages_image_only", pa.string(),
           "In a document with a text layer, the pages that show only an image (a scanned page, a picture), "
           "e.g. 3, 7-9: they are not read, and a warning says so."),
    _field("confirmed_by", pa.string(),
           "Other files of the same edition (a web page's print, a budget published twice) whose reading "
           "confirms this one, '; '-separated; this document's rows are the edition's published rows."),
    _field("rows_from", pa.string(),
           "For a document whose edition is published from another file, read more exactly: that file. Its own "
           "rows are not published again; its disagreements with that file are validation findings."),
])

BUDGET_LINES = pa.schema([
    _field("document_id", pa.string(), "sha256 of the source document.", required=True),
    _field("table_id", pa.string(), "The table's number in the document, e.g. 0.1, 4.2.", required=True),
    _field("page", pa.int32(), "1-based page the cell is on.", required=True),
    _field("policy_area", pa.string(), "The policy area, e.g. Kultur og Fritid."),
    _field("activity_area", pa.string(),
           "The activity area; for the policy-area overview table, the row's area."),
    _field("line_item", pa.string(), "The row label on one line, white space folded.", required=True),
    _field("is_total", pa.bool_(), "The row is the table's total (... i alt, ..., samlet, Samlet ...).",
           required=True),
    _field("measure", pa.string(),
           "actual (R, regnskab), adopted_budget (B, Budget), corrected_budget (Korrigeret budget, "
           "Korr. B), technical_budget (Teknisk budget, Tekn. B), estimate (Skøn, forventet regnskab), "
           "supplement (Tillæg), forecast (Overslag, budgetoverslag, BO1-BO3: the out-years of a "
           "multi-year budget).", enum=MEASURES),
    _field("fiscal_year", pa.int16(), "The year the column is for: R23 is 2023."),
    _field("amount_dkk", pa.int64(), "The printed value times the table's unit, in kroner.", required=True),
    _field("printed_value", pa.string(), "The cell exactly as printed, e.g. 36.723.", required=True),
    _field("table_title", pa.string(), "The table's heading after its number."),
    _field("table_kind", pa.string(),
           "What the table states: overview (the policy area by activity area), area (an activity area's "
           "budget), changes (budget changes), key_figures (nøgletal), prices, investments (anlæg). Only "
           "overview and area tables state the same money, so only they are compared across tables.",
           enum=TABLE_KINDS),
    _field("column_header", pa.string(), "The column's header as printed, white space folded."),
    _field("unit", pa.string(), "The table's unit as printed, e.g. I 1.000 kr."),
    _field("row_number", pa.int32(), "1-based position of the row in its table."),
    *_bbox_fields("cell"),
    _field("confidence", pa.float64(),
           "OCR's confidence (0 to 1) in the printed value as read from a scan, the lowest of its words; "
           "null where the PDF has a text layer."),
])

TARIFFS = pa.schema([
    _field("document_id", pa.string(), "sha256 of the source document.", required=True),
    _field("page", pa.int32(), "1-based page (null for HTML)."),
    _field("committee", pa.string(), "The committee (udvalg) the document files the tariff under; else null."),
    _field("section", pa.string(), "Nearest heading above the item, e.g. Stadion og idrætsanlæg."),
    _field("item", pa.string(), "The description on one line, white space folded, footnote marker off.",
           required=True),
    _field("unit", pa.string(), "As printed, e.g. pr. time, Kr. pr. mdr.; null if none."),
    _field("period", pa.string(), "The year, e.g. 2020, or a school year, e.g. 2019/2020.", required=True),
    _field("value_text", pa.string(), "The value exactly as printed: 1.077,00, gratis, afventer.", required=True),
    _field("amount_dkk", pa.float64(), "The value in kroner where value_text is a number; else null."),
    _field("value_kind", pa.string(),
           "What the value is: amount, free (gratis), pending (afventer), on_request (efter tilbud), "
           "at_cost (efter regning, efter medgået tid), discontinued (udgår), percent, per_mille, text.",
           required=True, enum=VALUE_KINDS),
    _field("vat_excluded", pa.bool_(), "True where the document says the prices are ex. VAT; else null."),
    _field("section_path", pa.string(),
           "Every heading above the item, outermost first, joined by ' > ': tells tariffs of the same "
           "name apart."),
    _field("note", pa.string(), "A footnote or remark printed with the item or value, e.g. *) Takst for ..."),
    _field("row_number", pa.int32(), "1-based position of the tariff in its document."),
    *_bbox_fields("value"),
    _field("confidence", pa.float64(),
           "OCR's confidence (0 to 1) in the value as read from a scan, the lowest of its words; "
           "null where the PDF has a text layer."),
])

TARIFF_SERIES = pa.schema([
    _field("series_id", pa.string(), "Stable id of the tariff across editions.", required=True),
    _field("document_id", pa.string(), "The edition (document) of this row.", required=True),
    _field("section", pa.string(), "As in tariffs."),
    _field("item", pa.string(), "As printed in that edition.", required=True),
    _field("unit", pa.string(), "As in tariffs."),
    _field("period", pa.string(), "As in tariffs.", required=True),
    _field("value_text", pa.string(), "As in tariffs.", required=True),
    _field("amount_dkk", pa.float64(), "As in tariffs."),
    _field("link", pa.string(), "How the row joined its series: first, exact or fuzzy.",
           required=True, enum=SERIES_LINKS),
    _field("link_score", pa.float64(), "0 to 1; 1 for exact and first.", required=True),
    _field("section_path", pa.string(), "As in tariffs."),
    _field("row_number", pa.int32(), "As in tariffs: with document_id, the tariffs row this is."),
])

CHECK_STATUSES = ("passed", "warning", "failed")

VALIDATION_RESULTS = pa.schema([
    _field("run_id", pa.string(), "The run that validated the document.", required=True),
    _field("document_id", pa.string(), "The document checked.", required=True),
    _field("check", pa.string(), "The rule's name, as in expectations/.", required=True),
    _field("status", pa.string(), "passed, warning (within the stated tolerance) or failed.",
           required=True, enum=CHECK_STATUSES),
    _field("observed", pa.string(), "What the data showed, e.g. 147986."),
    _field("expected", pa.string(), "What the document states or the rule demands, e.g. 147987 ± 6."),
    _field("table_id", pa.string(), "The budget table it applies to, if one."),
    _field("page", pa.int32(), "Where an auditor should look."),
    _field("message", pa.string(), "One human sentence.", required=True),
    _field("checked_table", pa.string(), "The published table the rule checks: budget_lines or tariffs."),
    _field("row_number", pa.int32(),
           "The row the result judges: its row_number in checked_table, which with document_id (and table_id "
           "for budget_lines, whose rows are numbered per table) finds it; null where no single row is judged."),
    _field("why", pa.string(), "Why the rule exists, as its rules file says."),
    *_bbox_fields("number to look at"),
])

# Staged beside a document's rows, not published: what validation judges completeness by.
NUMBER_LEDGER = pa.schema([
    _field("document_id", pa.string(), "The document read.", required=True),
    _field("content_table", pa.string(), "The table its reader fills: budget_lines or tariffs.", required=True),
    _field("page", pa.int32(), "1-based page (null for HTML)."),
    _field("region", pa.string(), "Where the token stands: a table's number, a section or a caption."),
    _field("text", pa.string(), "The number-like token as printed.", required=True),
    _field("context", pa.string(), "The line or table row it stands in, as printed."),
    _field("explained_by", pa.string(),
           "cell where the reader extracted it as a value; else why it is no value (a page number, a year "
           "in a header, part of an item's text, a footnote...); null where nothing explains it."),
    *_bbox_fields("token"),
])

STAGED_TABLES: dict[str, pa.Schema] = {"number_ledger": NUMBER_LEDGER}

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "budget_lines": BUDGET_LINES,
    "tariffs": TARIFFS,
    "tariff_series": TARIFF_SERIES,
    "validation_results": VALIDATION_RESULTS,
}

# The tables a document's reader fills (one per document kind); the rest are built from them.
CONTENT_TABLES = ("budget_lines", "tariffs")

TABLE_DESCRIPTIONS = {
    "documents": "One row per input file seen, with what became of it.",
    "budget_lines": "One row per non-empty number cell of a budget table.",
    "tariffs": "One row per tariff value (a tariff printed for two periods is two rows).",
    "tariff_series": "One row per tariffs row, naming the series (one tariff followed across editions) it belongs to.",
    "validation_results": "One row per check per document: what each rule found, and where to look.",
}


def description(field: pa.Field) -> str:
    return (field.metadata or {}).get(b"description", b"").decode()


def allowed_values(field: pa.Field) -> list[str] | None:
    raw = (field.metadata or {}).get(b"enum")
    return json.loads(raw) if raw else None


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows as the named table, columns in schema order; a wrong type is an error here."""
    return pa.Table.from_pylist(rows, schema=TABLES.get(name) or STAGED_TABLES[name])


_FRICTIONLESS_TYPES = [
    (pa.types.is_string, "string"),
    (pa.types.is_boolean, "boolean"),
    (pa.types.is_integer, "integer"),
    (pa.types.is_floating, "number"),
]


def frictionless_field(field: pa.Field) -> dict:
    type_name = next(name for test, name in _FRICTIONLESS_TYPES if test(field.type))
    descriptor: dict = {"name": field.name, "type": type_name, "description": description(field)}
    constraints: dict = {}
    if not field.nullable:
        constraints["required"] = True
    if allowed_values(field):
        constraints["enum"] = allowed_values(field)
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


# Frictionless reads parquet through pandas, which turns a null in a number column into NaN
# (printed "nan"): declared missing, or every web page's null page is a type error.
FRICTIONLESS_MISSING_VALUES = ["", "nan"]


def datapackage(resources: dict[str, str], created: str) -> dict:
    """A Frictionless Data Package for the published tables; `resources` maps table -> path."""
    return {
        "name": "municipal-budgets-and-tariffs",
        "title": "Municipal budget and tariff documents, extracted and validated",
        "created": created,
        "resources": [
            {
                "name": name,
                "path": path,
                "format": "parquet",
                "profile": "tabular-data-resource",
                "description": TABLE_DESCRIPTIONS[name],
                "schema": {"fields": [frictionless_field(f) for f in TABLES[name]],
                           "missingValues": FRICTIONLESS_MISSING_VALUES},
            }
            for name, path in resources.items()
        ],
    }


def markdown() -> str:
    """The data model as the README shows it (tests keep the two in step)."""
    out = []
    for name, schema in TABLES.items():
        out.append(f"### {name}\n\n{TABLE_DESCRIPTIONS[name]}\n")
        out.append("| column | type | meaning |\n|---|---|---|")
        for f in schema:
            values = allowed_values(f)
            meaning = description(f) + (f" One of: {', '.join(values)}." if values else "")
            out.append(f"| {f.name} | {f.type} | {meaning} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown())
