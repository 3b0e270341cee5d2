"""The auditor's report: static pages, the number framed on its page, opened in Chromium."""

import shutil
import subprocess

import pytest
from PIL import Image

from plant import replace_text
from pipeline.batch import process_document, validate_outcomes, write_run_report
from pipeline.ingest.discover import source_of
from pipeline.settings import Settings
from pipeline.validate.rules import rules_version
from pipeline.validate.validator import Validator

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(tmp_path_factory, budget_sample):
    tmp = tmp_path_factory.mktemp("report")
    raw = tmp / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(budget_sample, raw / "clean.pdf")
    replace_text(budget_sample, raw / "wrong-total.pdf", 1, "147.987", "148.987")
    settings = Settings(raw_dir=tmp / "raw", out_dir=tmp / "out")
    outcomes = [process_document(source_of(p, settings.raw_dir), settings) for p in sorted(raw.iterdir())]
    validate_outcomes(Validator, outcomes, "run-1", rules_version())
    return settings, outcomes, write_run_report(settings, outcomes, "run-1")


def test_index_lists_every_document_with_its_status(report):
    _, outcomes, index = report
    html = index.read_text()
    for outcome in outcomes:
        assert outcome.document["source_file"] in html
        assert f'{outcome.document["document_id"]}.html' in html
    assert "failed_validation" in html and "published" in html


def test_document_page_shows_every_check_and_frames_the_number(report):
    settings, outcomes, _ = report
    failing = next(o for o in outcomes if o.status == "failed_validation")
    page = (settings.reports_dir / f"{failing.document['document_id']}.html").read_text()
    for check in failing.validation:
        assert check["check"] in page
    assert "148987 ± 6" in page and "147986" in page
    picture = settings.reports_dir / "img" / f"{failing.document['document_id'][:16]}-rows_add_up_to_totals-0.png"
    assert picture.exists() and f'src="img/{picture.name}"' in page
    image = Image.open(picture).convert("RGB")
    reds = sum(1 for r, g, b in image.getdata() if r > 200 and g < 40 and b < 40)
    assert reds > 100, "the offending number is framed in red"
    assert image.width > image.height  # a crop of the table, not the whole page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium(report, tmp_path):
    settings, outcomes, index = report
    failing = next(o for o in outcomes if o.status == "failed_validation")
    for page in (index, settings.reports_dir / f"{failing.document['document_id']}.html"):
        shot = tmp_path / f"{page.stem}.png"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1600",
                        f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
        image = Image.open(shot).convert("L")
        assert image.getextrema()[0] < 100, "something dark (text) was drawn"
