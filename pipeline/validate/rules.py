"""The rules in expectations/*.yaml: what an auditor reviews, read without Great Expectations.

One check per entry: the name used in validation_results, the expectation (built in, or
ours in expectations.py), its arguments, why it exists, and, where its arguments do not
say it plainly, what it expects in words. An entry may run over a table staged beside the
document's rows (`over: number_ledger`) rather than the rows themselves. An entry with
`for_each_column` is one check per column of the published schema (pipeline/schemas.py)
of that kind, so column lists and allowed values are written once, in the schema. Nothing
about a particular document is in the rules: stated totals come from the document itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.schemas import TABLES, allowed_values
from pipeline.validate import wording

RULES_DIR = Path(__file__).resolve().parents[2] / "expectations"


@dataclass(frozen=True)
class Check:
    name: str
    expectation: str
    kwargs: dict
    why: str
    over: str                    # the table it runs over: the checked table, or one staged beside it
    expects: str | None = None   # what it demands, in words, where its arguments do not say it plainly


    @property
    def demand(self) -> str:
        """What the check expects, in words: from the rules file, or from a built-in's arguments."""
        if self.expects:
            return " ".join(self.expects.split()).format(**self.kwargs)
        kwargs = self.kwargs
        if self.expectation == "expect_column_values_to_not_be_null":
            return "a value in every row"
        if self.expectation == "expect_column_values_to_be_in_set":
            return "one of " + ", ".join(map(str, kwargs["value_set"]))
        if self.expectation == "expect_column_values_to_be_between":
            low, high = (_shown(kwargs["column"], kwargs.get(k)) for k in ("min_value", "max_value"))
            return f"from {low} to {high}" if low and high else f"at least {low}" if low else f"at most {high}"
        raise ValueError(f"rule {self.name}: say in words what it expects (`expects:` in its rules file)")


def _shown(column: str, value) -> str | None:
    """A rule's bound as the auditor reads it: amounts in kroner, years as printed."""
    if value is None:
        return None
    return wording.kroner(value) if column.endswith("_dkk") else str(value)


@dataclass(frozen=True)
class Rules:
    table: str
    checks: list[Check]

    def by_frame(self) -> dict[str, list[Check]]:
        """The checks grouped by the table they run over, the checked table first."""
        groups: dict[str, list[Check]] = {self.table: []}
        for check in self.checks:
            groups.setdefault(check.over, []).append(check)
        return {over: checks for over, checks in groups.items() if checks}


# for_each_column: which columns of the schema, and the arguments each column's check gets.
_COLUMN_KINDS = {
    "with allowed values": (lambda f: allowed_values(f) is not None, lambda f: {"value_set": allowed_values(f)}),
}


def load_rules(directory: Path = RULES_DIR) -> dict[str, Rules]:
    """Every rules file, by the table it checks."""
    rules = {}
    for path in sorted(directory.glob("*.yaml")):
        document = yaml.safe_load(path.read_text())
        table = document["table"]
        rules[table] = Rules(table, [check for entry in document["checks"] for check in _checks(entry, table)])
    return rules


def _checks(entry: dict, table: str) -> list[Check]:
    why = " ".join(entry["why"].split())
    over = entry.get("over", table)
    if "for_each_column" not in entry:
        return [Check(entry["name"], entry["expectation"], entry.get("kwargs") or {}, why, over, entry.get("expects"))]
    selects, arguments = _COLUMN_KINDS[entry["for_each_column"]]
    return [Check(entry["name"].format(column=field.name), entry["expectation"],
                  {"column": field.name, **arguments(field)}, why, over)
            for field in TABLES[table] if selects(field)]


def rules_version(directory: Path = RULES_DIR) -> str:
    """Changes when a rule, the schema or the checking code changes: cached validations are then redone."""
    digest = hashlib.sha256()
    code = Path(__file__).parent
    schemas = Path(__file__).parents[1] / "schemas.py"
    for path in sorted(directory.glob("*.yaml")) + sorted(code.glob("*.py")) + [schemas]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]
