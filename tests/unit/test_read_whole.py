"""A document is never published as read in full when it was not: pages lost from the file,
no rows found, or no ledger of the numbers its reader saw each hold it back, saying why."""

import shutil

import pyarrow.parquet as pq
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import RAW
from damaged_pdfs import with_pages_lost_from_xref
from pipeline import batch
from pipeline.schemas import to_table
from pipeline.settings import Settings
from pipeline.validate.validator import Validator

SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"


def run(tmp_path):
    settings = Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out", workers=2)
    summary = batch.run(settings)
    return settings, {o.document["source_file"]: o for o in summary.outcomes}


def read_whole(outcome):
    (row,) = [r for r in outcome.validation if r["check"] == "read_whole"]
    return row


def test_a_file_that_lost_pages_is_held_back_with_the_pages_named(tmp_path):
    folder = tmp_path / "raw" / "takster" / "2019-2020"
    folder.mkdir(parents=True)
    with_pages_lost_from_xref(SHEET, folder / "sheet.pdf", 4, 5)
    shutil.copy(PAGE, folder.parent / "page.html")
    settings, outcomes = run(tmp_path)
    sheet = outcomes["takster/2019-2020/sheet.pdf"]
    assert sheet.status == "failed_validation" and sheet.rows > 0          # the pages read gave rows...
    row = read_whole(sheet)
    assert row["status"] == "failed" and row["observed"] == "5 pages not read"
    assert "pages 4-8 cannot be loaded" in row["message"]
    published = pq.read_table(settings.published_dir / "tariffs.parquet")
    assert set(published.column("document_id").to_pylist()) == {outcomes["takster/page.html"].document["document_id"]}
    assert read_whole(outcomes["takster/page.html"])["status"] == "passed"   # ...but none is published


def test_a_document_that_gave_no_rows_is_held_back(tmp_path):
    folder = tmp_path / "raw" / "takster" / "2025"
    folder.mkdir(parents=True)
    page = canvas.Canvas(str(folder / "takster.pdf"), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, 780, "Takster 2025")
    page.setFont("Helvetica", 10)
    page.drawString(60, 750, "Gebyrer opkræves pr. time efter den takst byrådet fastsætter i december.")
    page.drawString(60, 735, "Taksterne offentliggøres, når budgettet er vedtaget.")
    page.save()
    _, outcomes = run(tmp_path)
    (outcome,) = outcomes.values()
    assert outcome.document["kind"] == "tariffs" and outcome.rows == 0
    assert outcome.status == "failed_validation"
    assert read_whole(outcome)["message"].startswith("The reader found no table it could read")


def test_rows_without_a_ledger_are_not_judged_complete():
    rows = [{"document_id": "d", "item": "Voksne", "period": "2025", "value_text": "65,00", "amount_dkk": 65.0,
             "value_kind": "amount", "row_number": 1}]
    results = Validator().validate("d", {"tariffs": to_table("tariffs", rows)}, run_id="r")
    (ledger,) = [r for r in results if r["check"] == "numbers_accounted_for"]
    assert ledger["status"] == "failed" and "kept no ledger" in ledger["message"]


def test_a_page_that_is_only_an_image_in_a_text_document_is_named_in_a_warning(tmp_path):
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    folder = tmp_path / "raw" / "takster" / "2025"
    folder.mkdir(parents=True)
    page = canvas.Canvas(str(folder / "takster.pdf"), pagesize=A4)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(60, 780, "Takster 2025")
    page.setFont("Helvetica", 10)
    for n, (item, value) in enumerate([("Voksne", "65,00"), ("Børn", "30,00"), ("Pensionister", "45,00")]):
        page.drawString(60, 740 - 16 * n, f"{item} pr. gang")
        page.drawRightString(400, 740 - 16 * n, value)
    page.showPage()
    picture = Image.new("RGB", (400, 300), "white")
    for x in range(0, 400, 20):
        picture.paste((0, 0, 0), (x, 100, x + 10, 140))
    page.drawImage(ImageReader(picture), 60, 400, 400, 300)   # a page with a picture and no text
    page.save()
    settings, outcomes = run(tmp_path)
    (outcome,) = outcomes.values()
    assert outcome.status == "published" and outcome.rows == 3
    row = read_whole(outcome)
    assert (row["status"], row["observed"]) == ("warning", "page 2 shows only an image")
    assert row["message"].startswith("Page 2 shows only an image (a scanned page or a picture)")
