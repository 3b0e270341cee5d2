import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
BUDGET_SAMPLE = RAW / "budget" / "2026" / "naestved-budget-2026-kultur-og-fritid.pdf"

sys.path.insert(0, str(Path(__file__).parent))  # tests' own helpers (budget_layouts, golden)


@pytest.fixture(scope="session")
def budget_sample() -> Path:
    return BUDGET_SAMPLE
