"""The auditor's report over every sample, a wrong total and a sheet whose reader missed five
numbers: static pages in the auditor's words, every number in question framed on its
page, and the pages as headless Chromium renders them."""

import shutil
import subprocess

import numpy as np
import pyarrow.parquet as pq
import pypdfium2 as pdfium
import pytest
from PIL import Image
from scipy import ndimage

from sample_run import SHEET

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BUDGET = "budget/2026/naestved-budget-2026-kultur-og-fritid.pdf"
WRONG = "budget/2026/wrong-total.pdf"


def page_of(sample_run, source_file: str) -> str:
    outcome = sample_run.outcome(source_file)
    return (sample_run.settings.reports_dir / f"{outcome.document['document_id']}.html").read_text()


def red_frames(picture) -> int:
    """How many separate red frames a picture shows."""
    pixels = np.asarray(Image.open(picture).convert("RGB")).astype(int)
    red = (pixels[..., 0] > 200) & (pixels[..., 1] < 40) & (pixels[..., 2] < 40)
    return ndimage.label(red)[1]


def test_index_lists_every_document_with_its_status_and_counts(sample_run):
    html = sample_run.index.read_text()
    for outcome in sample_run.outcomes:
        assert f'<a href="{outcome.document["document_id"]}.html">{outcome.document["source_file"]}</a>' in html
    assert html.count(">failed validation<") == 1 and html.count(">published<") == 4
    assert 'href="rules.html"' in html and "data-docs" not in html


def test_a_wrong_total_is_stated_in_kroner_and_framed_on_its_page(sample_run):
    html = page_of(sample_run, WRONG)
    assert ("add up to 147.986 (1.000 kr.) = 147.986.000 kr.; the table states 148.987 (1.000 kr.) = "
            "148.987.000 kr.: a difference of 1.001.000 kr., more than rounding allows (up to 6.000 kr.).") in html
    assert "Nothing of this document is published." in html
    document_id = sample_run.outcome(WRONG).document["document_id"]
    picture = sample_run.settings.reports_dir / "img" / f"{document_id[:16]}-rows_add_up_to_totals-p1.png"
    assert f'src="img/{picture.name}"' in html
    assert red_frames(picture) == 1
    image = Image.open(picture)
    assert image.width > image.height  # a crop of the table, not the whole page


def test_unexplained_numbers_get_one_picture_per_page_with_each_framed(sample_run):
    html = page_of(sample_run, SHEET)
    document_id = sample_run.outcome(SHEET).document["document_id"]
    for page, missed in sample_run.missed.items():
        picture = sample_run.settings.reports_dir / "img" / f"{document_id[:16]}-numbers_accounted_for-p{page}.png"
        assert f'src="img/{picture.name}"' in html
        assert red_frames(picture) == missed
    assert html.count("was neither read as a tariff nor explained.") == 2 * sum(sample_run.missed.values())
    assert "5 of 494 numbers that could be tariffs unexplained (1 %)" in html
    assert sample_run.outcome(SHEET).status == "published"


def test_results_point_at_the_rows_they_judge(sample_run):
    results = pq.read_table(sample_run.published / "validation_results.parquet").to_pylist()
    lines = pq.read_table(sample_run.published / "budget_lines.parquet").to_pylist()
    wrong = sample_run.outcome(WRONG).document["document_id"]
    (failure,) = [r for r in results if r["document_id"] == wrong and r["status"] == "failed"]
    assert failure["row_number"] is not None and {r["run_id"] for r in results} == {"run-1"}
    budget = sample_run.outcome(BUDGET).document["document_id"]
    judged = {(line["line_item"], line["printed_value"]) for line in lines if line["document_id"] == budget
              and (line["table_id"], line["row_number"]) == (failure["table_id"], failure["row_number"])}
    assert ("Politikområde Kultur og Fritid i alt", "147.987") in judged  # the same row of the good copy


def rendered(page, out_dir, name: str) -> tuple[str, Image.Image]:
    """The page's text as Chromium lays it out (printed to PDF) and its screenshot."""
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    shot, pdf = out_dir / f"{name}.png", out_dir / f"{name}.pdf"
    for output in (f"--screenshot={shot}", f"--print-to-pdf={pdf}"):
        profile = out_dir / f"profile-{name}-{output[2:7]}"
        subprocess.run([*flags, f"--user-data-dir={profile}", "--window-size=1280,2400", "--no-pdf-header-footer",
                        output, page.as_uri()], check=True, capture_output=True, timeout=120)
    document = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in document)
    document.close()
    return text, Image.open(shot).convert("L")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_report_as_chromium_shows_it(sample_run, tmp_path):
    reports = sample_run.settings.reports_dir
    pages = {"index": sample_run.index, "rules": reports / "rules.html"}
    for name, source_file in (("budget", BUDGET), ("wrong", WRONG), ("sheet", SHEET)):
        pages[name] = reports / f"{sample_run.outcome(source_file).document['document_id']}.html"
    texts = {}
    for name, page in pages.items():
        texts[name], shot = rendered(page, tmp_path, name)
        assert shot.getextrema()[0] < 100, f"{name}: something dark (text) was drawn"
    everything = " ".join(texts.values())
    for internal in ("CONTRACT", "technical_budget 2026", "\\d", "nothing to check", "1 warnings",
                     "data-docs", "Failed:", "147986"):
        assert internal not in everything, internal
    assert "Checked in run run-1: 44 results, 43 passed, 1 warning, 0 failed." in texts["budget"]
    assert ("147.986 (1.000 kr.) = 147.986.000 kr.; the table states 147.987 (1.000 kr.) = 147.987.000 kr.: "
            "a difference of 1.000 kr.") in texts["budget"]
    assert "failed validation" in texts["wrong"] and "Nothing of this document is published." in texts["wrong"]
    assert "Stadion og idrætsfaciliteter, 'Teknisk budget 2026': tables 0.1, 1.1, 1.2 all state 36.723 (1.000 kr.) " \
           "= 36.723.000 kr." in texts["budget"]
    assert "no value kept as text that is only digits" in texts["rules"]
    assert "5 of 494 numbers that could be tariffs unexplained (1 %)" in texts["sheet"]
    assert "All 255 numbers printed where the reader found budget cells are accounted for" in texts["budget"]
