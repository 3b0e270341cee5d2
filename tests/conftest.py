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


def pytest_collection_modifyitems(config, items):
    """The held-out corpus scores the readers against targets they may not meet yet: it runs
    only when asked for (-m corpus), so it measures on purpose and never blocks `make test`."""
    if "corpus" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="scores the readers on the held-out corpus: run with -m corpus")
    for item in items:
        if item.get_closest_marker("corpus"):
            item.add_marker(skip)
