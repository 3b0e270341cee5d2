"""Every number cell of the 27 tables of naestved-budget-2026-kultur-og-fritid.pdf,
written down from the document (rendered pages), not from the extractor's output.

Amounts are "I 1.000 kr."; empty cells are absent.
"""

POLICY_AREA = "Kultur og Fritid"
YEAR = "2026"
PAGES = 25

# Table 0.1, page 1: (area, Teknisk budget 2026, Tillæg 2026 or None)
OVERVIEW = [
    ("Stadion og idrætsfaciliteter", "36.723", "125"),
    ("Museum", "4.962", None),
    ("Teatre", "3.349", None),
    ("Musik", "10.348", None),
    ("Andre kulturopgaver", "21.656", "250"),
    ("Andre fritidsfaciliteter", "683", None),
    ("Voksen undervisning", "4.761", None),
    ("Frivilligt foreningsarbejde", "6.557", None),
    ("Lokaletilskud", "11.597", None),
    ("Aktiviteter uden for folkeoplysningsloven", "3.048", None),
    ("Bibliotek", "37.557", None),
    ("Borgerservice", "4.453", "400"),
    ("Kontaktcenter", "2.292", None),
]
OVERVIEW_TOTAL = ("Politikområde Kultur og Fritid i alt", "147.987", "775")

N2_COLUMNS = [("actual", 2023), ("actual", 2024), ("adopted_budget", 2025),
              ("technical_budget", 2026), ("estimate", 2026), ("supplement", 2026)]

# Per activity area: chapter number, page, N.1 (Teknisk budget 2026, Tillæg 2026), and the
# N.2 rows (label, R23, R24, B25, Tekn. B26, Skøn 26, Tillæg; None where the cell is empty).
AREAS = [
    (1, 2, "Stadion og idrætsfaciliteter", ("36.723", "125"), [
        ("Stadion og idrætsfaciliteter, samlet", ["27.079", "34.071", "36.872", "36.723", "36.723", "125"])]),
    (2, 4, "Museum", ("4.962", "0"), [
        ("Museum, samlet", ["4.628", "4.918", "4.962", "4.962", "4.962", "0"])]),
    (3, 5, "Teatre", ("3.349", "0"), [
        ("Teatre, samlet", ["2.359", "3.380", "3.349", "3.349", "3.349", "0"])]),
    (4, 7, "Musik", ("10.348", "0"), [
        ("Musikskolen", ["8.683", "8.867", "8.919", "9.114", "9.114", "0"]),
        ("Andet musik", ["1.377", "1.342", "1.431", "1.234", "1.234", "0"]),
        ("Samlet Udgift", ["10.060", "10.209", "10.350", "10.348", "10.348", "0"])]),
    (5, 9, "Andre kulturopgaver", ("21.656", "250"), [
        ("Andre kulturopgaver, samlet", ["20.517", "20.438", "21.097", "21.656", "21.656", "250"])]),
    (6, 11, "Andre fritidsfaciliteter", ("683", "0"), [
        ("Andre fritidsfaciliteter, samlet", ["554", "597", "683", "683", "683", "0"])]),
    (7, 12, "Voksen undervisning", ("4.761", "0"), [
        ("Voksen undervisning, samlet", ["4.947", "5.119", "4.761", "4.761", "4.761", "0"])]),
    (8, 14, "Frivilligt foreningsarbejde", ("6.557", "0"), [
        ("Frivilligt foreningsarbejde, samlet", ["5.877", "6.293", "6.557", "6.557", "6.557", "0"])]),
    (9, 16, "Lokaletilskud", ("11.597", "0"), [
        ("Lokaletilskud, samlet", ["11.638", "14.525", "11.597", "11.597", "11.597", "0"])]),
    (10, 18, "Aktiviteter uden for folkeoplysningsloven", ("3.048", "0"), [
        ("Aktiviteter uden for folkeoplysningsloven, samlet", ["2.929", "3.088", "3.048", "3.048", "3.048", "0"])]),
    (11, 20, "Bibliotek", ("37.557", "0"), [
        ("Bibliotek, samlet", ["37.904", "39.100", "37.543", "37.557", "37.557", "0"])]),
    (12, 24, "Borgerservice", ("4.453", "400"), [
        ("Borgerservice, samlet", ["5.238", "4.301", "4.453", "4.453", "5.253", "800"]),
        ("Ikke tildelt budget - kompenserende besparelse skal udarbejdes", [None, None, None, None, None, "-400"])]),
    (13, 25, "Kontaktcenter", ("2.292", "0"), [
        ("Kontaktcenter, samlet", ["2.376", "2.204", "2.292", "2.292", "2.292", "0"])]),
]
TOTAL_LABELS = {OVERVIEW_TOTAL[0], "Samlet Udgift"} | {
    f"{area}, samlet" for _, _, area, _, _ in AREAS} | {f"{area}, i alt" for _, _, area, _, _ in AREAS}


def expected_cells() -> set[tuple]:
    """(table_id, page, activity_area, line_item, is_total, measure, fiscal_year, printed_value)."""
    cells = set()
    for area, technical, supplement in OVERVIEW:
        cells.add(("0.1", 1, area, area, False, "technical_budget", 2026, technical))
        if supplement:
            cells.add(("0.1", 1, area, area, False, "supplement", 2026, supplement))
    label, technical, supplement = OVERVIEW_TOTAL
    cells.add(("0.1", 1, None, label, True, "technical_budget", 2026, technical))
    cells.add(("0.1", 1, None, label, True, "supplement", 2026, supplement))
    for number, page, area, (technical, supplement), rows in AREAS:
        total = f"{area}, i alt"
        cells.add((f"{number}.1", page, area, total, True, "technical_budget", 2026, technical))
        cells.add((f"{number}.1", page, area, total, True, "supplement", 2026, supplement))
        for label, values in rows:
            for (measure, year), value in zip(N2_COLUMNS, values):
                if value is not None:
                    cells.add((f"{number}.2", page, area, label, label in TOTAL_LABELS, measure, year, value))
    return cells
