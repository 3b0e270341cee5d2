"""Tariff web pages written by hand in the style of the CMSs Danish municipalities use.

A WordPress table block with <caption> and colspan over two period columns; a Sitecore-like
table with its header row in <tbody>, rowspan on the item and group rows, served as
windows-1252; an accordion page served as iso-8859-1 with a VAT remark in one panel only;
definition lists and <details>; a Drupal table with a two-row header and rowspan on the
unit, and paragraphs naming their periods. Every page has navigation, a cookie banner and
a footer with numbers that are no tariffs. The municipalities are invented.
"""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from .model import CorpusDocument
from .sheets import Section, Sheet, Tariff, tariff


def _page(sheet: Sheet, content: str, *, charset: str, site_class: str) -> str:
    municipality = sheet.municipality
    return f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(sheet.title)} | {escape(municipality)}</title>
</head>
<body class="{site_class}">
<div id="cookie-banner" role="dialog">
  <p>{escape(municipality)} bruger cookies til statistik. Dit samtykke gemmes i 12 måneder.</p>
  <button>Tillad alle</button> <button>Kun nødvendige (3)</button>
</div>
<header>
  <a class="logo" href="/">{escape(municipality)}</a>
  <nav><ul>
    <li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li>
    <li><a href="/nyheder">Nyheder (14)</a></li><li><a href="/job">Ledige job (7)</a></li>
  </ul></nav>
</header>
<main>
<ol class="breadcrumb"><li>Forside</li><li>Borger</li><li>{escape(sheet.title)}</li></ol>
<h1>{escape(sheet.title)}</h1>
{"".join(f"<p>{escape(text)}</p>" for text in sheet.intro)}
{content}
{"".join(f"<p class='note'>{escape(text)}</p>" for text in sheet.footnotes)}
{"".join(f"<p>{escape(text)}</p>" for text in sheet.outro)}
<p class="updated">Senest opdateret 2. december 2024</p>
</main>
<footer>
  <p>{escape(municipality)} · Rådhustorvet 1 · Tlf. 70 20 30 40 · CVR 29 18 99 99</p>
  <p>Telefontid mandag-fredag 9-15</p>
</footer>
</body>
</html>
"""


def _write(sheet: Sheet, content: str, path: Path, *, charset: str = "utf-8", site_class: str = "") -> None:
    path.write_bytes(_page(sheet, content, charset=charset, site_class=site_class).encode(charset))


def _item(row: Tariff) -> str:
    return escape(row.item) + (f"<sup>{escape(row.note)}</sup>" if row.note else "")


# --- WordPress: a table block per section, <caption>, colspan over both periods -----------------

EGESKOV_WEB = Sheet(
    municipality="Egeskov Kommune",
    title="Takster for kultur og fritid 2025",
    periods=("2024", "2025"),
    intro=("Her finder du priserne for 2025 og til sammenligning 2024. Foreninger godkendt efter "
           "folkeoplysningsloven låner lokaler gratis.",),
    sections=(
        Section("Kulturhuset Egeskov", (
            tariff("Leje af store sal", "pr. dag", "3.200,00", "3.300,00"),
            tariff("Leje af mødelokale", "pr. time", "175,00", "180,00"),
            tariff("Lokaler til foreninger", "pr. time", "Gratis", spans=True),
            tariff("Teknikerassistance", "pr. time", "450,00", "465,00"),
        )),
        Section("Motionscentret", (
            tariff("Månedskort, voksne", "pr. md.", "199,00", "219,00"),
            tariff("Månedskort, pensionister", "pr. md.", "149,00", "159,00"),
            tariff("Klippekort, 10 gange", "pr. kort", "450,00", "450,00"),
        )),
        Section("Skøjtebanen", (
            tariff("Entré, voksne", "pr. gang", "40,00", "45,00"),
            tariff("Entré, børn", "pr. gang", "20,00", "25,00", note="*"),
            tariff("Leje af skøjter", "pr. par", "30,00", "30,00"),
        )),
    ),
    footnotes=("* Børn under 6 år har gratis adgang.",),
)


def render_wordpress(sheet: Sheet, path: Path) -> None:
    blocks = []
    for section in sheet.sections:
        rows = []
        for row in section.tariffs:
            values = (f'<td colspan="2" class="has-text-align-center">{escape(row.values[0])}</td>' if row.spans
                      else "".join(f'<td class="has-text-align-right">{escape(v)}</td>' for v in row.values))
            rows.append(f"<tr><td>{_item(row)}</td><td>{escape(row.unit or '')}</td>{values}</tr>")
        blocks.append(
            '<figure class="wp-block-table is-style-stripes"><table>'
            f"<caption>{escape(section.title)}</caption>"
            "<thead><tr><th>Ydelse</th><th>Enhed</th><th>Takst 2024</th><th>Takst 2025</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></figure>")
    _write(sheet, '<div class="entry-content">' + "\n".join(blocks) + "</div>", path, site_class="wp-site")


# --- Sitecore-like: header row in <tbody>, rowspan on the item, group rows; windows-1252 ----------

FJORDBY_WEB = Sheet(
    municipality="Fjordby Kommune",
    title="Priser og gebyrer 2025 – affald og genbrug",
    periods=("2025",),
    intro=("Priserne er vedtaget af byrådet den 26. november 2024. Alle priser er inkl. moms.",),
    vat_excluded=False,
    sections=(
        Section("Dagrenovation", (
            tariff("Restaffald og madaffald, 240 l todelt beholder", "Helårsbolig, pr. år", "2.985,00"),
            tariff("Restaffald og madaffald, 240 l todelt beholder", "Sommerhus, pr. år", "1.790,00"),
            tariff("Ekstra sæk til restaffald", "pr. stk.", "45,00"),
        )),
        Section("Genbrugspladser", (
            tariff("Adgang for private", None, "Gratis"),
            tariff("Adgangskort, erhverv", "pr. år", "1.350,00"),
            tariff("Klip til trailer, erhverv", "pr. klip", "165,00"),
        )),
        Section("Storskrald og haveaffald", (
            tariff("Storskrald, afhentning", "pr. gang", "Gratis"),
            tariff("Haveaffald, ekstra afhentning", "pr. sæk", "35,00"),
            tariff("Haveaffald, ekstra afhentning", "pr. m³", "210,00"),
        )),
        Section("Tømning af septiktanke", (
            tariff("Ordinær tømning", "pr. tømning", "890,00"),
            tariff("Akut tømning inden for 24 timer", "pr. tømning", "2.450,00"),
        )),
    ),
)


def render_sitecore(sheet: Sheet, path: Path) -> None:
    rows = ['<tr class="header"><td><strong>Ydelse</strong></td><td><strong>Enhed</strong></td>'
            "<td><strong>Pris 2025 (kr.)</strong></td></tr>"]
    for section in sheet.sections:
        rows.append(f'<tr class="group"><td colspan="3"><strong>{escape(section.title)}</strong></td></tr>')
        for i, row in enumerate(section.tariffs):
            item = ""
            if i == 0 or section.tariffs[i - 1].item != row.item:
                span = _run_length(section.tariffs, i, "item")
                item = f'<td rowspan="{span}">{_item(row)}</td>' if span > 1 else f"<td>{_item(row)}</td>"
            rows.append(f"<tr>{item}<td>{escape(row.unit or '')}</td><td>{escape(row.values[0])}</td></tr>")
    content = ('<div class="rich-text"><table class="table-prices" summary="Priser">'
               f"<tbody>{''.join(rows)}</tbody></table></div>")
    _write(sheet, content, path, charset="windows-1252", site_class="sc-page")


# --- Accordions, one panel with a VAT remark; iso-8859-1 ---------------------------------------

LYNGSOE_WEB = Sheet(
    municipality="Lyngsø Kommune",
    title="Takster 2025 for ældre og handicappede",
    periods=("2024", "2025"),
    intro=("Taksterne reguleres hvert år pr. 1. januar. Kontakt Visitationen på 64 40 20 20.",),
    sections=(
        Section("Madservice", (
            tariff("Hovedret", "pr. portion", "57,00", "59,00"),
            tariff("Biret", "pr. portion", "15,00", "15,00"),
            tariff("Hovedret med biret, weekend", "pr. portion", "75,00", "78,00"),
            tariff("Diætkost, tillæg", "pr. portion", "Gratis", "Gratis"),
        )),
        Section("Træning og aktiviteter", (
            tariff("Transport til aktivitetscenter", "pr. tur", "26,00", "27,00"),
            tariff("Holdtræning, vedligeholdelse", "pr. halvår", "350,00", "360,00"),
            tariff("Varmtvandsbassin", "pr. gang", "30,00", "30,00"),
        )),
        Section("Hjælpemiddeldepotet, salg til andre kommuner", (
            tariff("Udbringning", "pr. levering", "425,00", "440,00"),
            tariff("Rengøring af hjælpemiddel", "pr. stk.", "310,00", "320,00"),
            tariff("Montering", None, "Efter regning", "Efter regning"),
        ), remark="Priserne er ekskl. moms.", vat_excluded=True),
        Section("Plejeboliger", (
            tariff("Tøjvask", "pr. md.", "300,00", "310,00"),
            tariff("Linned og håndklæder", "pr. md.", "165,00", "170,00"),
        )),
    ),
)


def render_accordion(sheet: Sheet, path: Path) -> None:
    panels = []
    for number, section in enumerate(sheet.sections, 1):
        rows = "".join(f"<tr><td>{_item(row)}</td>" + "".join(f"<td>{escape(v)}</td>" for v in row.values)
                       + f"<td>{escape(row.unit or '')}</td></tr>" for row in section.tariffs)
        remark = f"<p><em>{escape(section.remark)}</em></p>" if section.remark else ""
        panels.append(
            f'<div class="accordion__item"><h3 class="accordion__heading">'
            f'<button aria-expanded="false" aria-controls="panel-{number}">{escape(section.title)}</button></h3>'
            f'<div id="panel-{number}" class="accordion__panel" hidden>{remark}'
            "<table><tr><th>Ydelse</th><th>Pris 2024</th><th>Pris 2025</th><th>Enhed</th></tr>"
            f"{rows}</table></div></div>")
    _write(sheet, '<div class="accordion">' + "\n".join(panels) + "</div>", path,
           charset="iso-8859-1", site_class="umbraco")


# --- Definition lists, some inside <details> ---------------------------------------------------

HAVNSTRUP_WEB = Sheet(
    municipality="Havnstrup Kommune",
    title="Priser i Borgerservice 2025",
    periods=("2025",),
    intro=("Du kan betale med Dankort eller MobilePay. Borgerservice har åbent 10-15 alle hverdage.",),
    sections=(
        Section("Pas", (
            tariff("Voksne 18-64 år", None, "832,00 kr."),
            tariff("Børn 0-17 år", None, "171,00 kr."),
            tariff("65 år og derover", None, "508,00 kr."),
        )),
        Section("Kørekort", (
            tariff("Første kørekort", None, "280,00 kr."),
            tariff("Fornyelse efter 70 år", None, "Gratis"),
            tariff("Kørekort med lægeattest, fornyelse", None, "Udgår"),
        )),
        Section("Vielse", (
            tariff("Borgerlig vielse på hverdage", None, "Gratis"),
            tariff("Borgerlig vielse på lørdage", None, "600,00 kr."),
            tariff("Vielse af udenlandske statsborgere", None, "1.600,00 kr."),
        )),
    ),
)


def render_definition_lists(sheet: Sheet, path: Path) -> None:
    blocks = []
    for number, section in enumerate(sheet.sections):
        entries = "".join(f"<dt>{_item(row)}</dt><dd>{escape(row.values[0])}</dd>" for row in section.tariffs)
        if number == 0:
            blocks.append(f"<h2>{escape(section.title)}</h2><dl class=\"price-list\">{entries}</dl>")
        else:
            blocks.append(f"<details><summary>{escape(section.title)}</summary>"
                          f"<dl class=\"price-list\">{entries}</dl></details>")
    _write(sheet, "\n".join(blocks), path, site_class="cms-dl")


# --- Drupal: a two-row header, rowspan on the unit; paragraphs naming their periods --------------

ROEDBY_WEB = Sheet(
    municipality="Rødby Vestre Kommune",
    title="Takster 2024 og 2025 – idræt og fritid",
    periods=("2024", "2025"),
    sections=(
        Section("Idrætsanlæg", (
            tariff("Hal, foreninger", "pr. time", "Gratis", "Gratis"),
            tariff("Hal, private", "pr. time", "380,00", "395,00"),
            tariff("Gymnastiksal, private", "pr. time", "190,00", "200,00"),
            tariff("Stadion, stævne", "pr. dag", "2.900,00", "3.000,00"),
            tariff("Kunstgræsbane, turnering", "pr. dag", "4.500,00", "4.650,00"),
        )),
        Section("Fritidsfiskeri", (
            tariff("Fiskekort, dagkort", None, "60,00 kr.", "65,00 kr."),
            tariff("Fiskekort, årskort", None, "400,00 kr.", "425,00 kr."),
            tariff("Fiskekort, børn under 18 år", None, "Gratis", "Gratis"),
        )),
    ),
    outro=("Spørgsmål om booking: Fritidskontoret, tlf. 54 60 70 80.",),
)


def render_drupal(sheet: Sheet, path: Path) -> None:
    facilities, fishing = sheet.sections
    rows = []
    for i, row in enumerate(facilities.tariffs):
        unit = (f'<td rowspan="{_run_length(facilities.tariffs, i, "unit")}">{escape(row.unit)}</td>'
                if i == 0 or facilities.tariffs[i - 1].unit != row.unit else "")
        rows.append(f"<tr><td>{_item(row)}</td>{unit}"
                    + "".join(f"<td>{escape(v)}</td>" for v in row.values) + "</tr>")
    table = ("<table class=\"views-table\"><thead>"
             '<tr><th rowspan="2">Anlæg</th><th rowspan="2">Enhed</th><th colspan="2">Takst (kr.)</th></tr>'
             "<tr><th>2024</th><th>2025</th></tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>")
    lines = "".join(
        f"<p><strong>{_item(row)}</strong><br>"
        + " / ".join(f"{period}: {escape(value)}" for period, value in zip(sheet.periods, row.values)) + "</p>"
        for row in fishing.tariffs)
    content = (f'<div class="field--name-body"><h2>{escape(facilities.title)}</h2>{table}'
               f"<h2>{escape(fishing.title)}</h2>{lines}</div>")
    _write(sheet, content, path, site_class="path-node")


def _run_length(rows: tuple[Tariff, ...], start: int, field: str) -> int:
    """How many rows from start share one cell (rowspan) of the given field."""
    value = getattr(rows[start], field)
    return next((n for n, row in enumerate(rows[start:]) if getattr(row, field) != value), len(rows) - start)


def documents() -> list[CorpusDocument]:
    pages = [("egeskov-takster-kultur-fritid-2025.html", "takster/2025", EGESKOV_WEB, render_wordpress),
             ("fjordby-priser-affald-2025.html", "takster/2025", FJORDBY_WEB, render_sitecore),
             ("lyngsoe-takster-aeldre-2025.html", "takster/2025", LYNGSOE_WEB, render_accordion),
             ("havnstrup-priser-borgerservice-2025.html", "takster/2025", HAVNSTRUP_WEB, render_definition_lists),
             ("roedby-takster-idraet-2024-2025.html", "takster/2024-2025", ROEDBY_WEB, render_drupal)]
    return [CorpusDocument(name, "tariffs", folder, partial(render, sheet), sheet.truth(), sheet)
            for name, folder, sheet, render in pages]
