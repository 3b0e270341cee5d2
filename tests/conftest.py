import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
BUDGET_SAMPLE = RAW / "budget" / "2026" / "naestved-budget-2026-kultur-og-fritid.pdf"

sys.path.insert(0, str(Path(__file__).parent))  # tests' own helpers (budget_layouts, golden)

from sample_run import sample_run  # noqa: E402, F401 - one run over every sample, for the report and BI tests


def pytest_configure(config):
    """One Prefect home for the whole session, as a user has one: Prefect's database is
    created and migrated once, not once per test (tests that need their own set it)."""
    if "PREFECT_HOME" not in os.environ:
        os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="pipeline-tests-prefect-")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


@pytest.fixture(scope="session")
def budget_sample() -> Path:
    return BUDGET_SAMPLE
