"""Budget PDFs in other municipalities' house styles, with every cell written down.

Four-year budgets (Regnskab | Budget | Overslag ..., BO1-BO3, Korrigeret budget, Forventet
regnskab), headers over two lines, a caption or sentence between heading and table, source
notes, "mio. kr." with one decimal, "1.000 kr." and "kr.", income with a minus sign (and
once with the Danish "÷"), totals "Netto i alt", "I alt", "Udgifter i alt"/"Indtægter i
alt", labels wrapping onto a second line, a table over a page break, tables of budget
changes, key figures and prices, numbered ("Tabel 3", "3.2") and unnumbered headings, and a
Næstved-like overview with per-area tables in another municipality's wording.

Two tables are marked: one "mio. kr." total differs from its rounded rows by 0,1 (as real
documents do), and one document prints a wrong total (a real inconsistency).
"""

from __future__ import annotations

from functools import partial

from .budget_model import Budget, BudgetTable, Column, Heading, NewPage, Prose, render_budget, row, total
from .model import CorpusDocument


def _columns(*spec: tuple[str, str, int]) -> tuple[Column, ...]:
    return tuple(Column(header, measure, year) for header, measure, year in spec)


FOUR_YEAR = _columns(("Regnskab\n2024", "actual", 2024), ("Budget\n2025", "adopted_budget", 2025),
                     ("Budget\n2026", "adopted_budget", 2026), ("Overslag\n2027", "forecast", 2027),
                     ("Overslag\n2028", "forecast", 2028), ("Overslag\n2029", "forecast", 2029))

# --- Egeskov: four-year budget, grid, unit only in the caption, "Netto i alt" -----------------

EGESKOV_SCHOOLS = Budget(
    municipality="Egeskov Kommune",
    title="Budget 2026-2029 \u2013 Børne- og Skoleudvalget",
    parts=(
        Heading("1. Udvalgets økonomi"),
        Prose("Udvalget har ansvaret for dagtilbud, folkeskoler, specialundervisning og ungdomsskole. "
              "Budgettet for 2026 er vedtaget af Byrådet den 9. oktober 2025; 2027-2029 er overslagsår."),
        BudgetTable(
            "Tabel 1. Udvalgets driftsramme", "1", FOUR_YEAR, (
                row("Dagtilbud", "412.318", "425.904", "431.220", "433.870", "436.015", "437.905"),
                row("Folkeskoler", "688.402", "701.337", "709.846", "712.300", "715.028", "716.992"),
                row("Specialundervisning og specialskoler",
                    "201.774", "196.500", "214.603", "216.118", "218.440", "219.750"),
                row("Pædagogisk psykologisk rådgivning", "28.115", "29.040", "29.380", "29.380", "29.380", "29.380"),
                row("Ungdomsskole og klubber", "41.270", "42.115", "42.809", "42.809", "42.809", "42.809"),
                row("Sundhedspleje og tandpleje", "52.660", "53.908", "55.112", "55.300", "55.490", "55.610"),
                total("Netto i alt", "1.424.539", "1.448.804", "1.482.970", "1.489.777", "1.497.162", "1.502.446"),
            ), unit=1_000, caption="Beløb i 1.000 kr. (2026-priser).", label_width=165),
        Prose("Dagtilbud er udvalgets næststørste område. Tabel 2 viser udgifter og indtægter."),
        BudgetTable(
            "Tabel 2. Dagtilbud \u2013 udgifter og indtægter", "2", FOUR_YEAR, (
                row("Dagpleje", "58.204", "60.115", "61.030", "61.030", "61.030", "61.030"),
                row("Daginstitutioner", "398.770", "410.562", "417.340", "420.108", "422.880", "425.100"),
                row("Frokostordning", "22.618", "23.450", "24.105", "24.105", "24.105", "24.105"),
                row("Tilskud til privat pasning og private institutioner",
                    "35.066", "36.200", "36.950", "37.300", "37.630", "37.800"),
                total("Udgifter i alt", "514.658", "530.327", "539.425", "542.543", "545.645", "548.035"),
                row("Forældrebetaling", "-95.812", "-98.940", "-101.230", "-101.730", "-102.210", "-102.580"),
                row("Betaling fra andre kommuner", "-6.528", "-5.483", "-6.975", "-6.943", "-7.420", "-7.550"),
                total("Indtægter i alt", "-102.340", "-104.423", "-108.205", "-108.673", "-109.630", "-110.130",
                      sums=("Forældrebetaling", "Betaling fra andre kommuner")),
                total("Netto i alt", "412.318", "425.904", "431.220", "433.870", "436.015", "437.905",
                      sums=("Udgifter i alt", "Indtægter i alt")),
            ), unit=1_000, caption="Beløb i 1.000 kr. Negative beløb er indtægter.", label_width=165),
    ),
)

# --- Fjordby: landscape, horizontal rules, mio. kr. with one decimal, a rounding difference -----

MIO_COLUMNS = _columns(("Regnskab 2024", "actual", 2024), ("Korrigeret budget 2025", "corrected_budget", 2025),
                       ("Budget 2026", "adopted_budget", 2026), ("Overslag 2027", "forecast", 2027),
                       ("Overslag 2028", "forecast", 2028), ("Overslag 2029", "forecast", 2029))

FJORDBY_ECONOMY = Budget(
    municipality="Fjordby Kommune",
    title="Budget 2026 \u2013 Økonomi- og Beskæftigelsesudvalget",
    landscape=True,
    parts=(
        Heading("3. Udvalgets driftsbudget"),
        Prose("Afsnittet viser udvalgets serviceudgifter og overførselsudgifter for 2026 og overslagsårene."),
        BudgetTable(
            "3.1 Serviceudgifter", "3.1", MIO_COLUMNS, (
                row("Politisk organisation", "14,2", "14,6", "14,9", "14,9", "14,9", "14,9"),
                row("Administrativ organisation", "312,6", "318,4", "321,6", "319,9", "318,2", "318,2"),
                row("Digitalisering og IT", "41,3", "44,7", "46,2", "47,0", "47,4", "47,4"),
                row("Erhverv og turisme", "8,1", "8,4", "8,6", "8,6", "8,6", "8,6"),
                total("Udgifter i alt", "376,3", "386,1", "391,3", "390,4", "389,1", "389,1"),
                row("Salg af administrative ydelser", "-6,3", "-6,0", "-6,2", "-6,2", "-6,2", "-6,2"),
                row("Huslejeindtægter", "-3,9", "-4,0", "-4,0", "-4,0", "-4,0", "-4,0"),
                total("Indtægter i alt", "-10,2", "-10,0", "-10,2", "-10,2", "-10,2", "-10,2",
                      sums=("Salg af administrative ydelser", "Huslejeindtægter")),
                total("Netto i alt", "366,1", "376,1", "381,1", "380,2", "378,9", "378,9",
                      sums=("Udgifter i alt", "Indtægter i alt")),
            ), unit=1_000_000, stub="Mio. kr.", style="hrules", label_width=250,
            caption="Beløb i mio. kr. (2026-priser). Negative beløb er indtægter.",
            source="Kilde: Fjordby Kommunes økonomisystem, august 2025.",
            rounding="'Udgifter i alt', Regnskab 2024: the rows add up to 376,2, the document prints 376,3 "
                     "(each figure is rounded from 1.000 kr. on its own)."),
        BudgetTable(
            "3.2 Overførselsudgifter", "3.2", MIO_COLUMNS, (
                row("Førtidspension", "298,4", "301,6", "304,2", "305,1", "306,0", "306,9"),
                row("Kontanthjælp og uddannelseshjælp", "126,3", "131,2", "128,5", "127,4", "126,3", "126,3"),
                row("Sygedagpenge", "141,7", "138,9", "140,0", "139,6", "139,2", "139,2"),
                row("Boligstøtte", "52,1", "53,5", "54,7", "55,2", "55,7", "56,2"),
                total("Udgifter i alt", "618,5", "625,2", "627,4", "627,3", "627,2", "628,6"),
                row("Statsrefusion", "-208,4", "-210,8", "-211,2", "-211,0", "-210,9", "-211,1"),
                total("Netto i alt", "410,1", "414,4", "416,2", "416,3", "416,3", "417,5",
                      sums=("Udgifter i alt", "Statsrefusion")),
            ), unit=1_000_000, stub="Mio. kr.", style="hrules", label_width=250,
            caption="Beløb i mio. kr. (2026-priser).",
            source="Kilde: Fjordby Kommunes økonomisystem, august 2025."),
    ),
)

# --- Lyngsø: BO1-BO3, no rules (Excel print), whole kroner; key figures; prices --------------

LYNGSOE_ELDERLY = Budget(
    municipality="Lyngsø Kommune",
    title="Budget 2026 \u2013 Ældre og Sundhed",
    parts=(
        Heading("Driftsbudget"),
        Prose("Budgettet er opgjort i hele kroner. BO1-BO3 er budgetoverslagsårene 2027-2029."),
        BudgetTable(
            "Tabel 4 Driftsbudget for Ældre og Sundhed", "4",
            _columns(("Korrigeret\nbudget 2025", "corrected_budget", 2025), ("Budget\n2026", "adopted_budget", 2026),
                     ("BO1", "forecast", 2027), ("BO2", "forecast", 2028), ("BO3", "forecast", 2029)), (
                row("Hjemmepleje", "184.512.300", "191.220.450", "193.870.000", "196.410.000", "198.950.000"),
                row("Plejeboliger og plejecentre",
                    "236.880.125", "242.613.900", "244.100.000", "245.600.000", "247.100.000"),
                row("Træning og genoptræning", "31.404.610", "32.118.275", "32.118.275", "32.118.275", "32.118.275"),
                row("Hjælpemidler", "48.227.940", "50.006.310", "51.200.000", "52.400.000", "53.600.000"),
                row("Forebyggelse og aktivitet", "12.650.000", "12.980.500", "12.980.500", "12.980.500", "12.980.500"),
                row("Betaling for madservice og ophold",
                    "-22.310.770", "-23.115.200", "-23.400.000", "-23.700.000", "-24.000.000"),
                total("I alt", "491.364.205", "505.824.235", "510.868.775", "515.808.775", "520.748.775"),
            ), unit=1, stub="Kr.", style="none", label_width=150),
        Heading("Nøgletal og takster"),
        BudgetTable(
            "Tabel 5 Nøgletal", "5",
            _columns(("Regnskab\n2024", "actual", 2024), ("Budget\n2025", "adopted_budget", 2025),
                     ("Budget\n2026", "adopted_budget", 2026)), (
                row("Udgift pr. borger på 65 år og derover", "38.412", "39.105", "40.220"),
                row("Udgift pr. modtager af hjemmepleje", "142.870", "145.300", "148.950"),
                row("Udgift pr. plejeboligplads", "612.400", "618.950", "631.200"),
            ), unit=1, stub="Kr.", style="none", label_width=230),
        BudgetTable(
            "Tabel 6 Takster på ældreområdet", "6",
            _columns(("Budget\n2025", "adopted_budget", 2025), ("Budget\n2026", "adopted_budget", 2026)), (
                row("Timepris, hjemmepleje i dagtimer", "412", "425"),
                row("Timepris, sygepleje", "498", "512"),
                row("Døgnpris, aflastningsplads", "1.850", "1.905"),
                row("Madservice, hovedret", "59", "61"),
            ), unit=1, stub="Kr.", style="none", label_width=300,
            source="Taksterne er beregnet efter Social- og Boligstyrelsens vejledning."),
    ),
)

# --- Havnstrup: a long grid table over two landscape pages, wrapping labels, estimate column ----

HAVNSTRUP_ROADS = Budget(
    municipality="Havnstrup Kommune",
    title="Budget 2026 \u2013 Teknik og Miljø",
    landscape=True,
    parts=(
        Heading("4. Veje, natur og trafik"),
        Prose("Området omfatter drift og vedligeholdelse af 612 km kommuneveje, 180 km cykelstier, parker, "
              "legepladser og strande, den kollektive trafik og færgedriften til Havnø. Budgettet er fremskrevet "
              "med KL's pris- og lønskøn fra juni 2025."),
        Prose("Forventet regnskab 2025 er opgjort pr. 31. august 2025. Overslagsårene 2027-2029 er i 2026-priser. "
              "Der er indarbejdet en effektivisering af vintertjenesten på 0,8 mio. kr. fra 2027."),
        BudgetTable(
            "4.1 Drift af veje, natur og trafik", "4.1",
            _columns(("Forventet\nregnskab 2025", "estimate", 2025), ("Budget\n2026", "adopted_budget", 2026),
                     ("Overslag\n2027", "forecast", 2027), ("Budgetoverslag\n2028", "forecast", 2028),
                     ("Budgetoverslag\n2029", "forecast", 2029)), (
                row("Vejvedligeholdelse, kommuneveje", "46.269", "47.100", "47.650", "47.650", "47.650"),
                row("Vintertjeneste, snerydning og glatførebekæmpelse på veje, cykelstier og fortove",
                    "17.118", "17.118", "17.118", "17.883", "17.883"),
                row("Vejbelysning", "11.901", "11.901", "11.901", "11.653", "11.653"),
                row("Trafiksikkerhed og skiltning", "3.476", "3.476", "3.769", "3.769", "4.160"),
                row("Broer og bygværker", "6.223", "6.223", "6.223", "6.223", "6.105"),
                row("Cykelstier", "5.880", "5.880", "6.177", "6.515", "6.515"),
                row("Parker og grønne områder", "28.569", "28.569", "28.569", "28.569", "28.569"),
                row("Legepladser", "2.113", "2.113", "2.387", "2.481", "2.546"),
                row("Strande og badevandskontrol", "1.268", "1.265", "1.265", "1.265", "1.265"),
                row("Naturpleje, vandløbsvedligeholdelse og pleje af kommunens fredede arealer",
                    "12.839", "12.839", "13.195", "13.195", "13.195"),
                row("Skove", "2.812", "2.638", "2.638", "2.730", "2.730"),
                row("Kirkegårde", "12.496", "12.496", "12.496", "12.496", "12.496"),
                row("Offentlige toiletter", "1.960", "1.960", "1.960", "1.960", "2.050"),
                row("Kollektiv trafik, busdrift", "45.367", "46.120", "46.120", "46.120", "46.120"),
                row("Flextrafik og handicapkørsel", "10.043", "10.043", "10.043", "10.043", "10.043"),
                row("Færgedrift", "24.733", "24.733", "24.733", "24.733", "24.733"),
                row("Havne", "3.246", "3.246", "3.059", "3.104", "3.110"),
                row("Miljøtilsyn og miljøplanlægning", "6.479", "6.479", "6.479", "6.479", "6.429"),
                row("Klimatilpasning", "4.995", "5.533", "5.533", "5.533", "5.533"),
                row("Skadedyrsbekæmpelse", "3.039", "3.039", "3.039", "3.248", "3.248"),
                row("Byfornyelse", "2.474", "2.474", "2.474", "2.474", "2.474"),
                row("Materielgården", "21.414", "21.414", "21.414", "21.414", "21.758"),
                row("Administration, Teknik og Miljø", "18.458", "18.458", "18.458", "18.458", "18.458"),
                row("Indtægter fra parkering", "-6.210", "-6.400", "-6.400", "-6.400", "-6.400"),
                row("Salg af ydelser til forsyningen", "-11.850", "-12.100", "-12.300", "-12.300", "-12.300"),
                total("Netto i alt", "275.112", "276.617", "278.000", "279.295", "280.023"),
            ), unit=1_000, stub="1.000 kr.", label_width=250,
            source="Kilde: Havnstrup Kommune, Økonomi og Analyse. Negative beløb er indtægter."),
    ),
)

# --- Rødby Vestre: unnumbered headings; a table of budget changes; key figures per inhabitant ---

ROEDBY_CHANGES = Budget(
    municipality="Rødby Vestre Kommune",
    title="Budget 2026 i hovedtal",
    parts=(
        Prose("Byrådet vedtog budgettet for 2026 og overslagsårene 2027-2029 ved 2. behandling den "
              "8. oktober 2025 med 23 stemmer for og 2 imod."),
        BudgetTable(
            "Budgetændringer i forhold til budgetoverslaget", None,
            _columns(("Budget 2026", "adopted_budget", 2026), ("Overslag 2027", "forecast", 2027),
                     ("Overslag 2028", "forecast", 2028), ("Overslag 2029", "forecast", 2029)), (
                row("Demografi, flere ældre", "4.200", "6.900", "9.800", "12.500"),
                row("Effektivisering af administrationen", "-2.500", "-3.000", "-3.000", "-3.000"),
                row("Ny daginstitution i Rødby Nord", "0", "3.400", "6.800", "6.800"),
                row("Øgede energipriser, kommunale bygninger", "1.850", "1.850", "1.850", "1.850"),
                row("Lavere renteudgifter", "-900", "-1.200", "-1.200", "-1.200"),
                total("Ændringer i alt", "2.650", "7.950", "14.250", "16.950"),
            ), unit=1_000, style="hrules", label_width=215,
            caption="1.000 kr. Positive beløb er merudgifter, negative beløb er mindreudgifter eller merindtægter."),
        Prose("Nøgletallene nedenfor er opgjort i kroner pr. indbygger."),
        BudgetTable(
            "Nøgletal", None,
            _columns(("Regnskab 2024", "actual", 2024), ("Budget 2025", "adopted_budget", 2025),
                     ("Budget 2026", "adopted_budget", 2026)), (
                row("Serviceudgifter", "52.310", "53.480", "54.925"),
                row("Overførselsudgifter", "24.180", "24.950", "25.610"),
                row("Anlægsudgifter", "4.260", "5.890", "6.120"),
                total("Udgifter i alt", "80.750", "84.320", "86.655"),
            ), unit=1, stub="Kr. pr. indbygger", style="hrules", label_width=215),
    ),
)

# --- Egeskov: a Næstved-like overview and per-area tables, in another municipality's words ------

CULTURE_COLUMNS = _columns(("Regnskab\n2024", "actual", 2024), ("Vedtaget\nbudget 2025", "adopted_budget", 2025),
                           ("Teknisk\nbudget 2026", "technical_budget", 2026), ("Tillæg\n2026", "supplement", 2026),
                           ("Budget\n2026", "adopted_budget", 2026))

EGESKOV_CULTURE = Budget(
    municipality="Egeskov Kommune",
    title="Budget 2026 \u2013 Udvalget for Kultur og Fritid",
    parts=(
        Heading("1. Udvalget for Kultur og Fritid"),
        Prose("Tillæg 2026 er de ændringer, Byrådet vedtog ved budgetforliget oven i det tekniske budget."),
        BudgetTable(
            "1.1 Udvalgets budget fordelt på områder", "1.1", CULTURE_COLUMNS, (
                row("Biblioteker", "35.812", "36.540", "37.105", "450", "37.555"),
                row("Idrætsanlæg og svømmehal", "28.390", "29.115", "29.870", "", "29.870"),
                row("Musikskole og kulturskole", "9.604", "9.880", "10.012", "-250", "9.762"),
                row("Folkeoplysning og foreningstilskud", "14.233", "14.610", "14.920", "300", "15.220"),
                row("Museer og kulturarv", "6.918", "7.050", "7.180", "", "7.180"),
                total("Udvalget i alt", "94.957", "97.195", "99.087", "500", "99.587"),
            ), unit=1_000, stub="I 1.000 kr.", label_width=175),
        Heading("2. Område: Biblioteker"),
        Prose("Hovedbiblioteket og fem lokalbiblioteker har tilsammen 612.000 besøg om året."),
        BudgetTable(
            "2.1 Bibliotekerne", "2.1", CULTURE_COLUMNS, (
                row("Hovedbiblioteket", "21.340", "21.780", "22.105", "450", "22.555"),
                row("Lokalbiblioteker", "9.812", "10.020", "10.190", "", "10.190"),
                row("Materialer og licenser", "5.960", "6.040", "6.110", "", "6.110"),
                row("Salg og gebyrer", "-1.300", "-1.300", "-1.300", "", "-1.300"),
                total("Biblioteker i alt", "35.812", "36.540", "37.105", "450", "37.555"),
            ), unit=1_000, stub="I 1.000 kr.", label_width=175),
        NewPage(),
        Heading("3. Område: Idrætsanlæg og svømmehal"),
        BudgetTable(
            "3.1 Idrætsanlæg og svømmehal", "3.1", CULTURE_COLUMNS, (
                row("Idrætshaller", "12.410", "12.700", "13.020", "", "13.020"),
                row("Svømmehallen", "11.880", "12.215", "12.540", "", "12.540"),
                row("Udendørs anlæg", "5.300", "5.400", "5.510", "", "5.510"),
                row("Entré og lejeindtægter", "-1.200", "-1.200", "-1.200", "", "-1.200"),
                total("Idrætsanlæg og svømmehal i alt", "28.390", "29.115", "29.870", "", "29.870"),
            ), unit=1_000, stub="I 1.000 kr.", label_width=175),
        Prose("Tallene for 2024 er regnskabstal fra årsregnskabet, der blev godkendt den 17. juni 2025."),
    ),
)

# --- Havnstrup: a document with a wrong total ----------------------------------------------------

SOCIAL_COLUMNS = _columns(("R 2024", "actual", 2024), ("B 2025", "adopted_budget", 2025),
                          ("B 2026", "adopted_budget", 2026), ("BO 2027", "forecast", 2027),
                          ("BO 2028", "forecast", 2028), ("BO 2029", "forecast", 2029))

HAVNSTRUP_SOCIAL = Budget(
    municipality="Havnstrup Kommune",
    title="Budget 2026 \u2013 Social- og Sundhedsudvalget",
    parts=(
        Heading("2. Drift"),
        BudgetTable(
            "2.1 Socialområdet", "2.1", SOCIAL_COLUMNS, (
                row("Botilbud for voksne", "142.310", "145.800", "149.260", "150.100", "150.900", "151.700"),
                row("Socialpsykiatri", "48.920", "50.115", "51.380", "51.380", "51.380", "51.380"),
                row("Misbrugsbehandling", "18.450", "18.900", "19.215", "19.215", "19.215", "19.215"),
                row("Handicapkørsel og ledsagelse", "6.730", "6.880", "7.015", "7.015", "7.015", "7.015"),
                row("Borgerstyret personlig assistance", "35.600", "37.250", "38.940", "39.800", "40.600", "41.400"),
                row("Refusion, særligt dyre enkeltsager",
                    "-12.880", "-13.100", "-13.450", "-13.450", "-13.450", "-13.450"),
                total("I alt", "239.130", "245.845", "253.360", "254.060", "255.660", "257.260"),
            ), unit=1_000, stub="1.000 kr.", style="hrules", label_width=185,
            inconsistent="'I alt', B 2026: the rows add up to 252.360, the document prints 253.360 (1.000 too much)."),
        BudgetTable(
            "2.2 Sundhedsområdet", "2.2", SOCIAL_COLUMNS, (
                row("Sundhedsfremme og forebyggelse", "8.120", "8.400", "8.650", "8.650", "8.650", "8.650"),
                row("Genoptræning efter sygehusophold", "22.400", "23.150", "23.900", "24.300", "24.700", "25.100"),
                row("Aktivitetsbestemt medfinansiering",
                    "310.200", "318.400", "326.950", "331.000", "335.100", "339.200"),
                row("Kommunal tandpleje for voksne", "4.310", "4.400", "4.520", "4.520", "4.520", "4.520"),
                total("I alt", "345.030", "354.350", "364.020", "368.470", "372.970", "377.470"),
            ), unit=1_000, stub="1.000 kr.", style="hrules", label_width=185),
    ),
)

# --- Sydhavn: "Tabel 2.3", unit only in a sentence, two-line headers, "÷" as the minus sign ------

SYDHAVN_COLUMNS = _columns(("Oprindeligt\nbudget 2025", "adopted_budget", 2025),
                           ("Forventet\nregnskab 2025", "estimate", 2025),
                           ("Budget\n2026", "adopted_budget", 2026), ("Overslag\n2027", "forecast", 2027))

SYDHAVN_JOBS = Budget(
    municipality="Sydhavn Kommune",
    title="Budget 2026 \u2013 Erhverv og Beskæftigelse",
    parts=(
        Heading("2. Budgettets sammensætning"),
        Prose("Alle beløb er i 1.000 kr. Indtægter er vist med ÷."),
        BudgetTable(
            "Tabel 2.3 Jobcentrets driftsbudget", "2.3", SYDHAVN_COLUMNS, (
                row("Jobcentrets administration", "38.210", "37.900", "38.650", "38.650"),
                row("Beskæftigelsesindsats for ledige", "22.480", "24.130", "23.100", "22.800"),
                row("Virksomhedsservice", "4.120", "4.050", "4.200", "4.200"),
                row("Løntilskud og fleksjob", "95.600", "98.415", "101.230", "103.000"),
                row("Statsrefusion", "÷ 41.300", "÷ 42.615", "÷ 43.800", "÷ 44.500"),
                total("I alt", "119.110", "121.880", "123.380", "124.150"),
            ), unit=1_000, label_width=200),
        Prose("Erhvervsfremme omfatter erhvervsservice, turisme og kommunens andel af EU-projekter."),
        BudgetTable(
            "Tabel 2.4 Erhvervsfremme", "2.4", SYDHAVN_COLUMNS, (
                row("Erhvervsservice og iværksætteri", "5.400", "5.400", "5.520", "5.520"),
                row("Turisme", "3.210", "3.480", "3.290", "3.290"),
                row("EU-projekter, medfinansiering", "1.100", "850", "1.200", "1.200"),
                row("Projekttilskud fra EU", "÷ 900", "÷ 700", "÷ 1.000", "÷ 1.000"),
                total("I alt", "8.810", "9.030", "9.010", "9.010"),
            ), unit=1_000, label_width=200),
    ),
)


def documents() -> list[CorpusDocument]:
    budgets = [("egeskov-budget-2026-2029-boern-skole.pdf", EGESKOV_SCHOOLS),
               ("fjordby-budget-2026-oekonomi-beskaeftigelse.pdf", FJORDBY_ECONOMY),
               ("lyngsoe-budget-2026-aeldre-sundhed.pdf", LYNGSOE_ELDERLY),
               ("havnstrup-budget-2026-teknik-miljoe.pdf", HAVNSTRUP_ROADS),
               ("roedby-budget-2026-hovedtal.pdf", ROEDBY_CHANGES),
               ("egeskov-budget-2026-kultur-fritid.pdf", EGESKOV_CULTURE),
               ("havnstrup-budget-2026-social-sundhed.pdf", HAVNSTRUP_SOCIAL),
               ("sydhavn-budget-2026-erhverv-beskaeftigelse.pdf", SYDHAVN_JOBS)]
    return [CorpusDocument(name, "budget", "budget/2026", partial(render_budget, budget), budget.truth(), budget,
                           tuple(note for table in budget.tables for note in (table.rounding, table.inconsistent)
                                 if note))
            for name, budget in budgets]
