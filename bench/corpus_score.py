"""The current readers on the held-out corpus (tests/corpus): per document recall and
precision, the totals, how often section/unit/VAT (tariffs) or printed value/header/total
flag (budgets) agree on matched rows, and the first missing and extra rows.

Run: .venv/bin/python bench/corpus_score.py [--kind tariffs|budget] [--show N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus import budget_documents, tariff_documents  # noqa: E402
from corpus.measure import measure  # noqa: E402
from corpus.score import Score, total  # noqa: E402

KINDS = {"tariffs": tariff_documents, "budget": budget_documents}


def percent(value: float) -> str:
    return f"{100 * value:6.1f}%"


def report(kind: str, scores: list[Score], show: int) -> Score:
    summed = total(f"TOTAL {kind}", scores)
    width = max(len(score.name) for score in scores + [summed])
    print(f"\n{kind}: {len(scores)} documents")
    print(f"{'document':<{width}}  truth  found  match   recall  precision")
    for score in scores + [summed]:
        print(f"{score.name:<{width}}  {score.truth:5d}  {score.extracted:5d}  {score.matched:5d}  "
              f"{percent(score.recall)}  {percent(score.precision)}")
    for name, (agree, compared) in sorted(summed.agreement.items()):
        print(f"  {name} agrees on {agree} of {compared} matched rows that state it")
    for score in scores:
        if score.rejected:
            print(f"\n{score.name}: {score.rejected}")
        elif score.missing or score.extra:
            print(f"\n{score.name}: {len(score.missing)} missing, {len(score.extra)} extra")
        for label, rows in (("missing", score.missing), ("extra", score.extra)):
            for row in rows[:show]:
                print(f"  {label}: {row}")
    return summed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(KINDS), action="append")
    parser.add_argument("--show", type=int, default=3, help="missing and extra rows shown per document")
    parser.add_argument("--keep", type=Path, help="build the corpus here (DIR/raw/...) and leave it, to look at")
    options = parser.parse_args()
    totals = []
    with tempfile.TemporaryDirectory(prefix="corpus-") as scratch:
        raw = (options.keep or Path(scratch)) / "raw"
        for kind in options.kind or ["tariffs", "budget"]:
            totals.append(report(kind, measure(KINDS[kind](), raw), options.show))
    print()
    for summed in totals:
        print(f"{summed.name}: recall {percent(summed.recall)}, precision {percent(summed.precision)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
