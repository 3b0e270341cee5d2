"""Scanned documents for the OCR tests, made the way a scanner makes them: pages rasterised
at 200 dpi, turned slightly, with grain and specks, saved as an image-only PDF (Pillow).

Also a ruled tariff sheet (reportlab, a full grid, periods "Takst 2024" and "Takst 2025")
whose every (item, period, value) is known by construction, to be scanned the same way.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

SCAN_DPI = 200
SKEW_DEGREES = 0.7
GRAIN = 10          # standard deviation of the grey-level noise
SPECKS = 0.0003     # share of pixels that are black specks


def scan_pdf(source: Path, out: Path, *, pages: list[int] | None = None, dpi: int = SCAN_DPI,
             skew: float = SKEW_DEGREES, seed: int = 14) -> Path:
    """An image-only PDF of `source` (or some of its 0-based pages), as a scanner would make it."""
    rng = np.random.default_rng(seed)
    document = pdfium.PdfDocument(str(source))
    images = []
    for index in pages if pages is not None else range(len(document)):
        image = document[index].render(scale=dpi / 72).to_pil().convert("L")
        image = image.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
        grey = np.asarray(image, dtype=np.float32) + rng.normal(0, GRAIN, (image.height, image.width))
        grey[rng.random(grey.shape) < SPECKS] = 0
        images.append(Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8)))
    document.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


# --- a ruled tariff sheet ----------------------------------------------------------------------

TARIFF_TITLE = "Takster for kultur og fritid 2025"
TARIFF_PERIODS = ("2024", "2025")
TARIFF_COMMITTEE = "Kultur- og fritidsudvalget"
# (section, [(item, unit, value 2024, value 2025)])
TARIFF_SECTIONS = [
    ("Idrætshaller", [
        ("Leje af hal, foreninger", "Kr. pr. time", "185,00", "192,00"),
        ("Leje af hal, private", "Kr. pr. time", "450,00", "468,00"),
        ("Leje af halvdel af hal", "Kr. pr. time", "240,00", "250,00"),
        ("Omklædningsrum", "Kr. pr. gang", "95,00", "99,00"),
        ("Badmintonbane", "Kr. pr. time", "120,00", "125,00"),
        ("Squashbane", "Kr. pr. time", "110,00", "115,00"),
        ("Leje af hal til stævne", "Kr. pr. dag", "8.450,00", "8.790,00"),
        ("Rengøring efter arrangement", "Kr. pr. gang", "1.077,00", "1.120,00"),
        ("Udlån af scene", "Kr. pr. dag", "2.310,00", "2.400,00"),
        ("Lydanlæg", "Kr. pr. dag", "650,00", "675,00"),
        ("Nøglekort, nyt", "Kr. pr. stk.", "75,00", "75,00"),
        ("Skolers brug af hal", "Kr. pr. time", "gratis", "gratis"),
    ]),
    ("Svømmehal", [
        ("Enkeltbillet, voksen", "Kr. pr. gang", "55,00", "58,00"),
        ("Enkeltbillet, barn", "Kr. pr. gang", "30,00", "32,00"),
        ("Klippekort, 10 gange", "Kr. pr. stk.", "480,00", "500,00"),
        ("Årskort, voksen", "Kr. pr. år", "2.950,00", "3.080,00"),
        ("Årskort, pensionist", "Kr. pr. år", "1.475,00", "1.540,00"),
        ("Leje af bane, foreninger", "Kr. pr. time", "210,00", "219,00"),
        ("Leje af hele bassinet", "Kr. pr. time", "1.260,00", "1.310,00"),
        ("Babysvømning, hold", "Kr. pr. sæson", "1.150,00", "1.195,00"),
        ("Leje af varmtvandsbassin", "Kr. pr. time", "395,00", "410,00"),
        ("Livredder ved arrangement", "Kr. pr. time", "425,00", "442,00"),
    ]),
    ("Kulturhuse og biblioteker", [
        ("Leje af sal, foreninger", "Kr. pr. time", "160,00", "166,00"),
        ("Leje af sal, private", "Kr. pr. time", "390,00", "405,00"),
        ("Mødelokale, lille", "Kr. pr. time", "85,00", "88,00"),
        ("Mødelokale, stort", "Kr. pr. time", "145,00", "151,00"),
        ("Kopi, sort/hvid", "Kr. pr. side", "2,00", "2,00"),
        ("Kopi, farve", "Kr. pr. side", "5,00", "5,00"),
        ("Erstatning, bog", "Kr. pr. stk.", "325,00", "340,00"),
        ("Gebyr for sen aflevering", "Kr. pr. stk.", "40,00", "40,00"),
        ("Leje af projektor", "Kr. pr. dag", "275,00", "285,00"),
        ("Rengøring af sal", "Kr. pr. gang", "830,00", "865,00"),
    ]),
]


def tariff_rows() -> list[tuple[str, str, str]]:
    """(item, period, value) of every tariff on the sheet."""
    return [(item, period, value) for _, rows in TARIFF_SECTIONS for item, _, *values in rows
            for period, value in zip(TARIFF_PERIODS, values)]


def ruled_tariff_sheet(path: Path) -> Path:
    """One A4 page: a title, then a full grid with a header naming the committee and the
    periods, and a bold row heading each section."""
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20)
    data = [[TARIFF_COMMITTEE, "Enhed", *(f"Takst {p}" for p in TARIFF_PERIODS)]]
    style = [("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for section, rows in TARIFF_SECTIONS:
        style += [("SPAN", (0, len(data)), (-1, len(data))), ("FONT", (0, len(data)), (-1, len(data)),
                                                               "Helvetica-Bold", 9)]
        data.append([section, "", "", ""])
        data += [list(row) for row in rows]
    table = Table(data, colWidths=[190, 90, 80, 80], style=TableStyle(style))
    document = SimpleDocTemplate(str(path), pagesize=A4, topMargin=40, bottomMargin=40)
    document.build([Paragraph(TARIFF_TITLE, title), Spacer(1, 10),
                    Paragraph("Alle priser er inkl. moms.", body), Spacer(1, 8), table])
    return path
