"""The rules in expectations/*.yaml: what an auditor reviews, read without Great Expectations.

One check per entry: the name used in validation_results, the expectation (built in, or
ours in expectations.py), its arguments, and why it exists. Nothing about a particular
document is in them: stated totals come from the document itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).resolve().parents[2] / "expectations"


@dataclass(frozen=True)
class Check:
    name: str
    expectation: str
    kwargs: dict
    why: str


@dataclass(frozen=True)
class Rules:
    table: str
    checks: list[Check]


def load_rules(directory: Path = RULES_DIR) -> dict[str, Rules]:
    """Every rules file, by the table it checks."""
    rules = {}
    for path in sorted(directory.glob("*.yaml")):
        document = yaml.safe_load(path.read_text())
        checks = [Check(c["name"], c["expectation"], c.get("kwargs") or {}, " ".join(c["why"].split()))
                  for c in document["checks"]]
        rules[document["table"]] = Rules(document["table"], checks)
    return rules


def rules_version(directory: Path = RULES_DIR) -> str:
    """Changes when a rule or the checking code changes: cached validations are then redone."""
    digest = hashlib.sha256()
    code = Path(__file__).parent
    for path in sorted(directory.glob("*.yaml")) + sorted(code.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]
