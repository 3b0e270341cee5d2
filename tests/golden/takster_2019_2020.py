"""Every tariff value of naestved-takstblad-2019-2020.pdf, written down from the document
(rendered pages and their text), not from the extractor's output.

Items are as printed, white space folded, wrapped lines joined with a space, footnote
marker off (the note says which). Units are as printed; None where the unit cell is
empty. A value cell left empty is None: no tariff for that period. Sections are the
headings in force: the bold ones (main sections) and the italic ones under them, a
trailing colon off ("Sommerhuse:" is the section "Sommerhuse").

Not tariffs, on purpose: paragraphs ("Takstblad og instruks ...", "Alle priser er ekskl.
moms.", "Der opkræves følgende takster:", "Babymusik: gratis"), rows with no value
("Oplysningsforbund (under 4 timer) pr. dag" under Gl. Ridehus, "Kunstgræsbane for
hjemmehørende klub i sommersæson ..."), the remark "(Takster delelig med 5)" in the value
columns of a heading, and the two text cells on page 7 ("Ved særlige foreningsarrangementer
..." / "I Ny Ridehus varetages ..."), whose right cell runs from the unit column across both
value columns: a statement, not a price.
"""

TITLE = "Enhedstakster 2019-2020"
YEAR = "2019-2020"
PAGES = 13

CALENDAR = ("2019", "2020")
SCHOOL = ("2019/2020", "2020/2021")

ECONOMY = "Økonomiudvalget"
TECHNICAL = "Teknisk udvalg"
CULTURE = "Kulturudvalget"
CHILDREN = "Børne- og Skoleudvalget"
CARE = "Omsorgs og forebyggelsesudvalget"

# Main sections whose text says "Alle priser er ekskl. moms.": every tariff under them.
VAT_EXCLUDED_SECTIONS = {"Affaldshåndtering", "Grønnegades Kaserne Kulturcenter", "Rønnebæksholm"}

NOTES = {
    "hegn": "*) Taksten er lovbestemt. Taksten reguleres sammen med en ny vederlagsbekendtgørelse til "
            "ikrafttræden den 1/7-2018. Læs mere her: http://lbst.dk/tvaergaaende/naboret/hegnsloven/#c6809",
    "dag": "*) Takst for børn der allerede er indmeldt. Ordningen ophører ved udmeldelse eller overgang "
           "til et andet tilbud",
    "knallert": "*) Taksten er lovbestemt.",
    "1": "1) Beløb reguleres en gang årligt jf. lov om satsreguleringsprocent. I lighed med tidligere år "
         "opkræver Næstved Kommune den maksimale takst for forplejningspakke og hovedret madservice.",
    "2": "2) Oprindeligt de direkte omkostninger prisfremskrevet.",
}

AFVENTER = "afventer"
BUILDING = "Center for Plan og Miljø"
GREEN = "Grønnegades Kaserne Kulturcenter"
RONNE = "Rønnebæksholm"
LIBRARY = "Bibliotekstakster"
MUSIC = "Næstved Musik- og Kulturskole"
DAYCARE = "Forældrebetaling i daginstitutioner/ SFO (11mdr. betaling)"
FEES = "Gebyr for lokaler og udendørsanlæg"

# (committee, section path, periods, rows); a row is (item, unit, values by period[, note key]).
GROUPS = [
    (ECONOMY, (BUILDING, "Kategori 1 - Simple konstruktioner"), CALENDAR, [
        ("Garager, carporte, udhuse, gæstehuse, drivhuse, overdækkede terrasser og Overdækninger. "
         "Teknikhuse til elektroniske kommunikationsnet. Om og tilbygning af ovenstående .",
         "Fast gebyr", ("1.048,00", "1.077,00")),
    ]),
    (ECONOMY, (BUILDING, "Kategori 2 – Enfamiliehuse, rækkehuse, sommerhuse m.v."), CALENDAR, [
        ("Enfamiliehuse, dobbelthuse, sommerhuse, række-, klynge og kædehuse, alle med lodret "
         "lejlighedsskel. Tilbygninger til ovenstående, herunder udestuer, gæstehuse, tagetager m.v. "
         "Nedrivningstilladelser", "Pr. time", ("664,00", "682,00")),
    ]),
    (ECONOMY, (BUILDING, "Kategori 3 – Industri og lagerbebyggelse samt jordbrugserhvervets avls- og "
                         "driftsbygninger af begrænset kompleksitet, herunder maskinhaller, ridehaller "
                         "(uden publikumsfaciliteter) og lign."), CALENDAR, [
        ("Industri- og lagerbygninger i 1 etage samt åbne overdækninger. Om- og tilbygninger til "
         "ovenstående. Nedrivningstilladelser", "Pr. time", ("664,00", "682,00")),
    ]),
    (ECONOMY, (BUILDING, "Kategori 4 – Andre faste konstruktioner m.v."), CALENDAR, [
        ("Vindmøller, satellitantenner med en diameter over 1 m, antennesystemer til radiokommunikation "
         "(master og mobilantenner) Vindmøller, solenergianlæg. Tankanlæg, siloer , gylle-/ajlebeholdere, "
         "møddinger og lign. Skilte, pyloner, flagstænger, belysning, markiser, legepladser m.v. "
         "Nedrivninger. Om og tilbygninger til ovenstående", "Pr. time", ("664,00", "682,00")),
    ]),
    (ECONOMY, (BUILDING, "Kategori 5 – Øvrigt erhvervs- og etagebyggeri."), CALENDAR, [
        ("Byggearbejder som ikke kan henføres til ovenstående kategori 1 – 4. Etageboligbebyggelse, "
         "erhvervs- og industribebyggelse. Stalde, gartnerier samt ridehaller med publikumsfaciliteter. "
         "Ikke certificerede transportable konstruktioner jf. bilag 9 skema 1 i bygningsreglementet. "
         "Grave Støbetilladelser, byggemodninger, forsyningsarbejder i jord, Terrænreguleringer m.v. "
         "Nedrivninger. Om- og tilbygninger til ovenstående.", "Pr. time", ("664,00", "682,00")),
    ]),
    (ECONOMY, (BUILDING, "Øvrige gebyrer"), CALENDAR, [
        ("Meddelelse af dispensationer eller helhedsvurdering ved byggearbejder der ikke kræver "
         "anmeldelse/byggetilladelse", "Pr. time", ("664,00", "682,00")),
        ("Byggeskadeforsikring (Efter udløb af fristen på 1. erindringsskrivelse )", "pr. uge",
         ("7.541,00", "7.746,00")),
    ]),
    (ECONOMY, (BUILDING, "Salg af kort"), CALENDAR, [
        ("By og Kommunekort - info kort med vejregister", None, ("25,00", "26,00")),
    ]),
    (ECONOMY, ("Center for Politik og Udvikling", "Andre tjenester"), CALENDAR, [
        ("Hegnssynsforretninger", "pr. sag", ("1.869,00", "Afventer"), "hegn"),
    ]),
    (ECONOMY, ("NæstvedArkiverne",), CALENDAR, [
        ("Arkivfaglige forespørgsler og undersøgelser", "Pr. time", ("575,00", "575,00")),
        ("Digital kopi fra aviser", "Pr. side", ("100,00", "100,00")),
        ("Digital kopi af et foto", "Pr. side", ("100,00", "100,00")),
        ("Digital kopi af akrivalier", "Pr. side", ("100,00", "100,00")),
        ("Ved skanninger i tiff-format til brug for offentliggørelse", "Tillæg", ("500,00", "500,00")),
        ("Foredrag og byrundture (Gratis for folkeskole og gymnasium/HF i åbningstiden)", "Pr. time",
         ("575,00", "575,00")),
        ("Fotokopier", "Pr. kopi", ("3,00", "3,00")),
        ("Fotokopier (mere end 20 stk) udføres som bestilt arbejde", "Pr. time", ("575,00", "575,00")),
        ("Kopi af eksamensbevis", "Pr. stk", ("300,00", "300,00")),
        ("Postforsendelser, ud over de faktiske portoudgiffter", "Pr. stk", ("30,00", "30,00")),
        ("Rundvisning, private foreninger", "Pr. time", ("575,00", "575,00")),
        ("Slægtsforskning - rådgivning og vejledning max. 30 minutter", None, ("0,00", "0,00")),
        ("Slægtsforskning efter de 30 min.", "Pr. time", ("575,00", "575,00")),
    ]),
    (ECONOMY, ("Center for Koncernservice", "Rykkere"), CALENDAR, [
        ("Rykkergebyr", None, ("250,00", "250,00")),
        ("Civilretslig krav pålægges et rykker gebyr", None, ("100,00", "100,00")),
        ("Retsafgift udgør en grundafgift på 300 kr rundes op til nærmeste kronebeløb der er deleligt "
         "med 10 (jfr", None, ("300,00", "300,00")),
        ("Underretningsgebyr på krav med fortrinsret", None, ("450,00", "450,00")),
        # page 3, before the next heading: each value cell wraps over three lines
        ("Garantiprovision ved kommunal garantistillelse for låneoptagelse. Provision vedtaget med "
         "virkning fra januar 2018.", None, ("0,5% af løbende restgæld", "0,5% af løbende restgæld")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Grundgebyr"), CALENDAR, [
        ("Enfamiliehuse m.m.", "pr. år", ("382,69", "555,56")),
        ("Etageboliger", "pr. år", ("267,88", "388,89")),
        ("Sommerhuse", "pr. år", ("229,62", "333,33")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Genbrugspladser"), CALENDAR, [
        ("Enfamiliehuse m.m.", "pr. år", ("892,95", "924,61")),
        ("Etageboliger", "pr. år", ("625,06", "647,22")),
        ("Sommerhuse", "pr. år", ("535,77", "554,76")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Husholdninger"), CALENDAR, [
        ("110 ltr. sæk, ugetømning", "pr. år", ("1.435,08", "1.372,66")),
        ("180 ltr. 2-kammer, 14 dags tømning", "pr. år", ("709,36", "673,01")),
        ("240 ltr. 2-kammer, 14 dags tømning", "pr. år", ("796,76", "731,27")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Sommerhuse"), CALENDAR, [
        ("110 ltr. sæk, 32 tømninger", "pr. år", ("1.002,91", "964,96")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Storskrald"), CALENDAR, [
        ("gælder ikke etageboliger", "pr. år", ("108,58", "113,19")),
    ]),
    (TECHNICAL, ("Affaldshåndtering", "Tilvalg"), CALENDAR, [
        ("Haveaffald", "8 afhentn.", ("256,84", "280,74")),
        ("Ekstrasække", "5 stk", ("152,33", "156,67")),
    ]),
    (TECHNICAL, ("Skadedyrsbekæmpelse",), CALENDAR, [
        ("Bekæmpelse af rotter", "ejend. værdi", ("0,0421 ‰", "0,074 ‰")),
    ]),
    (TECHNICAL, ("Natur og vand", "Kanoudlejning"), CALENDAR, [
        ("Enkeltnummerplader", "3 år", ("232,00", "238,00")),
        ("Udlejningsnummerplader", "pr. udlejn.", ("20,00", "21,00")),
    ]),
    (TECHNICAL, ("Natur og vand", "Mindstegebyr for behandling af vandløbssager"), CALENDAR, [
        ("§ 21 - Behandling af sager efter kap. 2 og 3 (2% af anlægssum)", None, ("6.525,30", "6.569,62")),
    ]),
    (TECHNICAL, ("Stadepladser",), CALENDAR, [
        ("Faste handelspladser indre by – grundtakst", "pr. år", ("12.148,25", "12.219,16")),
        ("Faste pladser på Axeltorv", "Pr. år", ("7.086,22", "7.127,58")),
        ("Løse pladser på Axeltorv pr. gang", "Pr. gang", ("148,76", "150,00")),
        ("Plads for salg af smykker m.v.", "Pr. år", ("7.086,22", "7.127,58")),
        ("Pølse- og kaffevogne (pladsafhængig - afgift 1)", "pr. år", ("3.752,92", "3.774,82")),
        ("Pølse- og kaffevogne (pladsafhængig - afgift 2)", "pr. år", ("7.504,81", "7.548,61")),
        ("Pølse- og kaffevogne (pladsafhængig - afgift 3)", "pr. år", ("11.258,75", "11.324,47")),
    ]),
    (TECHNICAL, ("Betalt parkering",), CALENDAR, [
        ("Parkering 1 time (momsfri fra 2007 )", "1. time", ("10,00", "10,00")),
    ]),
    (TECHNICAL, ("Udlejning af grønne områder",), CALENDAR, [
        ("Udlejning af areal hvor lejer har en indtægt i forbindelse med aktiviteten", "Pr. opstillingsdag",
         ("806,00", "828,00")),
    ]),
    (CULTURE, ("Stadion og idrætsanlæg",), CALENDAR, [
        ("Leje af fodboldbane", "pr. time", ("203,00", "209,00")),
        ("Leje af håndboldbane eller tennisbane", "pr. time", ("111,00", "114,00")),
        ("Leje af atletikbane", "pr. time", ("161,00", "165,00")),
        ("Leje af fodbold-, håndbold- og atletikbane", "pr. time", ("165,00", "169,00")),
        ("Kunstgræsbane hele året + evt. lys", "pr. time", (None, "800,00")),
        ("Lys 125 lux", "pr. time", (None, "50,00")),
        ("Lys 250 lux", "pr. time", (None, "75,00")),
    ]),
    (CULTURE, ("Benyttelse af Dyrskuepladsen",), CALENDAR, [
        ("Cirkus, tivoli o.l.", "pr. opst.", ("3.876,00", "3.981,00")),
        ("Cirkus, tivoli o.l. pr. dag udover de første 3 dage", "pr. opst.", ("389,00", "400,00")),
        ("Missionstelte", "pr. opst.", ("774,00", "795,00")),
        ("Missionstelte pr. dag udover de første 3 dage", "pr. opst.", ("155,00", "159,00")),
        ("Depositum", "pr. opst.", ("0,00", "0,00")),
    ]),
    (CULTURE, ("Leje af lokaler", "Folkeskoler og fritidsejendomme"), CALENDAR, [
        ("Klasse- og alm. mødelokaler", "pr. time", ("116,00", "119,00")),
        ("Faglokaler", "pr. time", ("293,00", "300,00")),
        ("Samlings- og festsale", "pr. time", ("293,00", "300,00")),
        ("Gymnastiksale", "pr. time", ("293,00", "300,00")),
        ("Skolehaller", "pr. time", ("492,00", "505,00")),
    ]),
    (CULTURE, (FEES, "Sæsonudlån"), CALENDAR, [
        ("Skolehal", "pr. time", ("77,00", "79,00")),
        ("Atletikstadion og rulleskøjtebane", "pr. time", ("29,00", "30,00")),
        ("Fodboldbane, klasse- og faglokaler", "pr. time", ("20,00", "21,00")),
        ("3 til 4 krocket baner", "pr. time", ("20,00", "21,00")),
        ("Gymnastiksal", "pr. time", ("20,00", "21,00")),
        ("Tennisbane", "pr. time", ("15,00", "16,00")),
        ("Håndboldbane, 7- og 5-mandsbane", "pr. time", ("12,00", "12,00")),
        ("1 til 2 krocket baner", "pr. time", ("12,00", "12,00")),
        ("Omklædningsrum uden baner", "pr. time", ("5,00", "5,00")),
        ("Petanque bane", "pr. time", ("5,00", "5,00")),
        ("Kunstgræsbane i vintersæson 1/11-31/3 + evt. lys", "pr. time", (None, "200,00")),
        ("Lys 125 lux", "pr. time", (None, "50,00")),
        ("Lys 250 lux", "pr. time", (None, "75,00")),
    ]),
    (CULTURE, (FEES, "Enkeltudlån"), CALENDAR, [
        ("Mødelokaler", "pr. dag", ("194,00", "199,00")),
        ("Sale (<200 m2)", "pr. dag", ("590,00", "606,00")),
        ("Haller og større sale (>200 m2)", "pr. dag", ("983,00", "1.010,00")),
        # page 6: the unit wraps over two lines, the first above the description's line
        ("Overnatningsarrangementer", "pr. overnat./pr. deltager", ("20,00", "21,00")),
    ]),
    (CULTURE, (FEES, "Faste udlån"), CALENDAR, [
        ("“Egne” mødelokaler", "pr. m²", ("85,00", "87,00")),
        ('"Egne" mødelokaler i sekundærer rum', "pr. m²", ("45,00", "46,00")),
    ]),
    (CULTURE, (GREEN, "Ny Ridehus og Foyer"), CALENDAR, [
        ("Grundtakst", "pr. dag", ("14.000,00", "14.400,00")),
        ("Grundtakst (min. 5 timer)", "pr. time", ("1.400,00", "1.440,00")),
        ("Klargøring af lokalerne (Ny ridehus) - grundtakst", None, ("1.830,00", "1.900,00")),
        ("Brug af Backstage faciliteterne", "pr. dag", ("660,00", "680,00")),
        ("Teknik (lærred, overhead, talerstol, mikrofonanlæg, storskærmsprojektor m.v.) inkl. klargøring, "
         "men ekskl. betjening)", None, ("2.600,00", "2.700,00")),
    ]),
    (CULTURE, (GREEN, "Foyer alene"), CALENDAR, [
        ("Grundtakst", "pr. dag", ("5.300,00", "5.450,00")),
        ("Grundtakst (min. 5 timer)", "pr. time", ("530,00", "550,00")),
    ]),
    (CULTURE, (GREEN, "Gl. Ridehus"), CALENDAR, [
        ("Grundtakst", "pr. dag", ("10.400,00", "10.700,00")),
        ("Grundtakst (min. 5 timer)", "pr. time", ("1.000,00", "1.050,00")),
        ("Foreninger", "pr. dag", ("1.000,00", "1.050,00")),
        ("Oplysningsforbund (over 4 timer)", "pr. dag", ("1.000,00", "1.050,00")),
    ]),
    (CULTURE, (GREEN, "Musikstalden"), CALENDAR, [
        ("Grundtakst", "pr. dag", ("9.380,00", "9.700,00")),
        ("Grundtakst (min. 5 timer)", "pr. time", ("900,00", "950,00")),
        ("Foreninger", "pr. dag", ("900,00", "950,00")),
        ("Oplysningsforbund (over 4 timer)", "pr. dag", ("900,00", "950,00")),
        ("Oplysningsforbund (under 4 timer)", "pr. dag", ("gratis", "gratis")),
        ("Lokale 117,202,217,219 og smedjen", "pr. dag", ("1.550,00", "1.600,00")),
        ("Lokale 117,202,217,219 og smedjen (min. 5 timer)", "pr. time", ("150,00", "160,00")),
        ("Foreninger", "pr. dag", ("150,00", "160,00")),
        ("Oplysningsforbund (over 4 timer)", "pr. dag", ("150,00", "160,00")),
        ("Oplysningsforbund (under 4 timer)", "pr. dag", ("gratis", "gratis")),
        ("Afbookningsgebyr, ved afbookning senere end 30 dage før arrangementsdato samt ved manglende "
         "anvendelse af lokalet", None, ("10% af leje, min. 300 kr.", "10% af leje, min. 300 kr.")),
        ("Opstilling af borde og stole", None, ("tidsforbrug", "tidsforbrug")),
        ("Teknisk assistance hverdage inden kl. 17", "pr. time", ("335,00", "345,00")),
        ("Teknisk assistance øvrig tid", "pr. time", ("560,00", "575,00")),
        # page 7: one cell merged over both value columns
        ("Anden assistance og brug af udstyr, herunder indlejet udstyr", None, ("Efter tilbud", "Efter tilbud")),
    ]),
    (CULTURE, (RONNE, "Eksterne brugere"), CALENDAR, [
        ("Lokaleleje, Vognporten (stueplan) eller mødelokale (1. sal)", "time", ("910,00", "950,00")),
        ("Lokaleleje, begge lokaler (vognporten og mødelokale 1. sal)", "time", ("1.620,00", "1.665,00")),
        ("Klargøring (oprydning)", None, ("1.490,00", "1.540,00")),
        ("Rådighedsgebyr/opsyn, hverdage indtil kl. 17", "time", ("330,00", "345,00")),
        ("Rådighedsgebyr/opsyn, øvrig tid", "time", ("550,00", "575,00")),
    ]),
    (CULTURE, (RONNE, "Interne brugere"), CALENDAR, [
        ("Mindre møder", None, ("0,00", "0,00")),
        ("Klargøring (oprydning, rengøring)", None, ("1.500,00", "1.540,00")),
        ("Personaleassistance til forplejning m.m., hverdage indtil kl. 17", "time", ("330,00", "345,00")),
        ("Personaleassistance, øvrig tid", "time", ("550,00", "575,00")),
    ]),
    (CULTURE, (RONNE, "Entre m.v. til udstillingen"), CALENDAR, [
        ("Almindelig entre", "person", ("60,00", "60,00")),
        ("Grupper - dog min. 10 personer", "person", ("50,00", "50,00")),
        ("Medlemmer af Venneforeningen (årligt pr. medlemsnr.)", "person", ("93,00", "95,00")),
        ("Børn, unge u/18 år og studerende", "person", ("0,00", "0,00")),
        # the value cells wrap over three lines, the description stands on the last
        ("Grupper uden for åbningstid", None, ("300 kr. + entre pr. person", "300 kr. + entre pr. person")),
        ("Rundvisning", "Gruppe", ("640,00", "650,00")),
        ("Skoleklasser/skolebesøg i åbningstiden", "klasse", ("0,00", "0,00")),
        ("Undervisningsforløb (udvalgte udstillinger)", None, ("efter tilbud", "efter tilbud")),
    ]),
    # page 8: the italic "Brug af mødelokale (...):" is followed by new "Eksterne/Interne brugere:"
    (CULTURE, (RONNE, "Eksterne brugere"), CALENDAR, [
        ("Leje af mødelokale, mandag - fredag kl. 9-16 (ekskl. moms)", "time", ("250,00", "260,00")),
        ("Leje af mødelokaler øvrig tid (ekskl. moms)", "time", ("425,00", "450,00")),
    ]),
    (CULTURE, (RONNE, "Interne brugere"), CALENDAR, [
        ("Lån af mødelokale, mandag-fredag kl. 9-16", None, ("0,00", "0,00")),
        ("Personaleassistance til forplejning, oprydning m.m. mandag-fredag kl. 9-16", "time", ("265,00", "345,00")),
        ("Personaleassistance til forplejning, oprydning m.m. øvrig tid", "time", ("435,00", "575,00")),
    ]),
    (CULTURE, (LIBRARY, "Leje af lokaler på Hovedbiblioteket"), CALENDAR, [
        ("Bibliotekssalen, grundtakst", "pr. dag", ("2.700,00", "2.760,00")),
        ("Foreninger", "pr. dag", ("265,00", "270,00")),
        ("Oplysningsforbund (over 4 timer)", "pr. dag", ("265,00", "270,00")),
        ("Oplysningsforbund (under 4 timer)", "pr. dag", ("gratis", "gratis")),
        ("Møderum 1-3", "pr. dag", ("900,00", "920,00")),
        ("Foreninger", "pr. dag", ("80,00", "80,00")),
        ("Oplysningsforbund (over 4 timer)", "pr. dag", ("80,00", "80,00")),
        ("Oplysningsforbund (under 4 timer)", "pr. dag", ("gratis", "gratis")),
        ("Afbookninsgebyr, ved afbookning senere end 30 dage før arrangementsdato samt ved manglende "
         "anvendelse af lokalet", None, ("265,00", "270,00")),
        ("Teknisk assistance hverdage inden kl. 17", "pr. time", ("300,00", "345,00")),
        ("Teknisk assistance øvrig tid", "pr. time", ("475,00", "575,00")),
    ]),
    (CULTURE, (LIBRARY, "1-10 dage"), CALENDAR, [
        ("Børn (0-17 år)", "pr. lån", ("0,00", "0,00")),
        ("Voksne", "pr. lån", ("20,00", "20,00")),
    ]),
    (CULTURE, (LIBRARY, "11-30 dage"), CALENDAR, [
        ("Børn (0-17 år)", "pr. lån", ("50,00", "50,00")),
        ("Voksne", "pr. lån", ("100,00", "100,00")),
    ]),
    (CULTURE, (LIBRARY, "Efter 31 dage"), CALENDAR, [
        ("Børn (0-17 år)", "pr. lån", ("120,00", "120,00")),
        ("Voksne", "pr. lån", ("230,00", "230,00")),
    ]),
    (CULTURE, (LIBRARY, "Øvrige ydelser"), CALENDAR, [
        ("Kopi/print (sort/hvid/farve enhedspris)", "pr. ark", ("2,00", "2,00")),
        ("Erstatningslånerkort", None, ("10,00", "10,00")),
    ]),
    (CULTURE, ("Borgerservice",), CALENDAR, [
        ("Adresseoplysning", "stk.", ("75,00", AFVENTER)),
        ("Bopælsattester", "stk.", ("75,00", AFVENTER)),
        ("Sundhedskort", "stk.", ("200,00", AFVENTER)),
        ("Legitimationskort", "stk.", ("150,00", AFVENTER)),
        ("køreprøve stor knallert", "stk.", ("245,00", AFVENTER)),
        ("Køreprøve lille knallert u. 18 år", "stk.", ("440,00", AFVENTER)),
        ("Køreprøve lille knallert o. 18 år", "stk.", ("120,00", AFVENTER)),
        ("Kontrol køreprøve stor knallert", "stk.", ("245,00", AFVENTER)),
        ("Nyt kørekort", "stk.", ("280,00", AFVENTER)),
        ("Ombytning af kørekort indenfor EU", "stk.", ("280,00", AFVENTER)),
        ("Tillægsprøve - BE", "stk.", ("280,00", AFVENTER)),
        ("Kørelærer køreprøve gebyr", "stk.", ("340,00", AFVENTER)),
        ("Kørekort erhvervsmæssig", "stk.", ("280,00", AFVENTER)),
        ("Kørekort udenfor EU", "stk.", ("280,00", AFVENTER)),
        ("Køreprøve", "stk.", ("600,00", AFVENTER)),
        ("Midlertidigt erstatningskørekort", "stk.", ("170,00", AFVENTER)),
        ("Kontrollerende køreprøve", "stk.", ("890,00", AFVENTER)),
        ("Kørekort over 70 år", "stk.", ("50,00", AFVENTER)),
        ("Kørekort fornyelse C og D", "stk.", ("155,00", AFVENTER)),
        ("Fornyelse kørelærer godkendelse", "stk.", ("280,00", AFVENTER)),
        ("Midl. erstatningskørekort til lille og stor knallert", "stk.", ("120,00", AFVENTER)),
        ("Fornyelse af erhverv ved tidsbegrænsning", "stk.", ("120,00", AFVENTER)),
        ("Pas børn 0-11 år", "stk.", ("115,00", AFVENTER)),
        ("Pas børn 12-17 år", "stk.", ("141,00", AFVENTER)),
        ("Pas voksne 18-64 år", "stk.", ("626,00", AFVENTER)),
        ("Pas over 65 år", "stk.", ("376,00", AFVENTER)),
        ("Pas- og kørekortbillede", "stk.", ("139,00", AFVENTER)),
    ]),
    # page 9: a header "Skoleår 2019/2020 | Skoleår 2020/2021" opens the music school; page 10's
    # running header (2019 | 2020) does not end it, the next committee does.
    (CULTURE, (MUSIC,), SCHOOL, [
        ("Holdfag: - Forskole - rytmik og sang m.m. (9 rater) - Sammenspil, orkestre, kor, hørelære, "
         "- Skoleorkestre/holdundervisning (fra 2. år), - Musik & it m.v. (dog gratis hvis man i forvejen "
         "er tilmeldt instrumental- eller sangundervisning) ( 9 rater)", "pr. måned", ("175,00", "180,00")),
        ("Sammenspil/kor o/25 år (8 rater)", "pr. måned", ("200,00", "205,00")),
        ("Instrumental- og sangundervisn. Elever u/25 år ( 9 rater)", "pr. måned", ("389,00", "400,00")),
        ("Instrumental- og sangundervisn. Elever o/25 år ( 8 rater)", "pr. måned", ("456,00", "468,00")),
        ("Bifag, Fokuslinjen (tidligere Talentlinje) (4 rater)", "pr. måned", ("259,00", "266,00")),
        ("Seniorsangerne ( 5 rater)", "pr. måned", ("143,00", "147,00")),
        ("De glade lunger (8 rater)", "pr. måned", ("143,00", "147,00")),
        ("Kulturskolefag m.v. (9 rater)", "pr. måned", ("210,00", "216,00")),
        ("Leje af instrument (9 rater)", "pr. måned", ("60,00", "61,00")),
    ]),
    (CULTURE, (MUSIC, "Talentskolen"), SCHOOL, [
        ("Elevbetaling pr. linje.", "pr. måned", ("460,00", "472,00")),
    ]),
    (CHILDREN, (DAYCARE, "Dagplejen (0-2 år)"), CALENDAR, [
        ("32 timer", "pr. måned", ("2.204,00", "2.033,00"), "dag"),
        ("43 timer", "pr. måned", ("2.965,00", "2.731,00"), "dag"),
        ("48 timer fuld tid", "pr. måned", ("3.312,00", "3.049,00")),
        ("Deltid 30 timer", "pr. måned", ("2.069,00", "1.906,00")),
    ]),
    (CHILDREN, (DAYCARE, "Børnehaver"), CALENDAR, [
        ("Fuldtid", "pr. måned", ("1.938,00", "1.992,00")),
        ("Deltidsplads 25 timer", "pr. måned", ("1.129,00", "1.160,00"), "dag"),
        ("Deltidsplads 35 timer", "pr. måned", ("1.506,00", "1.547,00"), "dag"),
        ("Deltid 30 timer", "pr. måned", ("1.129,00", "1.160,00")),
        ("Rudolf Steiner (deltid)", "pr. måned", ("1.694,00", "1.741,00")),
    ]),
    (CHILDREN, (DAYCARE, "Integrerede institutioner"), CALENDAR, [
        ("0-2 år, fuld tid", "pr. måned", ("3.212,00", "3.303,00")),
        ("0-2 år, deltidsplads 25 timer", "pr. måned", ("1.871,00", "1.924,00"), "dag"),
        ("0-2 år, deltidsplads 35 timer", "pr. måned", ("2.495,00", "2.565,00"), "dag"),
        ("Deltid 30 timer", "pr. måned", ("1.871,00", "1.924,00")),
        ("3-5 år, fuld tid", "pr. måned", ("1.938,00", "1.992,00")),
        ("3-5 år, deltidsplads 25 timer", "pr. måned", ("1.129,00", "1.160,00"), "dag"),
        ("3-5 år, deltidsplads 35 timer", "pr. måned", ("1.506,00", "1.547,00"), "dag"),
        ("Deltid 30 timer", "pr. måned", ("1.129,00", "1.160,00")),
    ]),
    (CHILDREN, (DAYCARE, "Aftenåbent"), CALENDAR, [
        ("Kl. 17-18", "pr. måned", ("115,00", "115,00")),
        ("Kl. 17-20 (Tryllefløjten)", "pr. måned", ("381,00", "381,00")),
    ]),
    (CHILDREN, (DAYCARE, "Frokostordning"), CALENDAR, [
        ("Ønskeøen", "pr. måned", ("528,00", "540,00")),
        ("Rumlepotten", "pr. måned", ("575,00", "550,00")),
    ]),
    (CHILDREN, (DAYCARE, "SFO"), CALENDAR, [
        ("SFO1 Fra 1. april før skolestart til og med 3. kl. (11 mdr.s betaling)", "pr. måned",
         ("1.883,00", "1.927,00")),
        ("SFO2 (11 mdr.s betaling)", "pr. måned", ("1.135,00", "1.161,00")),
        ("SFO2 (11 mdr.s betaling) -hvis der vælges, at gøre brug af morgen- og /eller ferieåbning.",
         "pr. måned", ("1.828,00", "1.870,00")),
    ]),
    (CHILDREN, (DAYCARE, "Puljeinstitutioner (12 mdr. betaling)"), CALENDAR, [
        ("Noas Ark (Vuggestue) Halv tid", "pr. måned", ("1.383,00", "1.416,00")),
        ("Noas Ark (Vuggestue) Fuld tid", "pr. måned", ("2.765,00", "2.832,00")),
        ("Noas Ark (Børnehave) Halv tid", "pr. måned", ("803,00", "823,00")),
        ("Noas Ark (Børnehave) Fuld tid", "pr. måned", ("1.606,00", "1.645,00")),
    ]),
    (CHILDREN, (DAYCARE, "Tilskud til privat institutioner"), CALENDAR, [
        ("0-2 årige", "pr. måned", ("8.118,00", "8.499,00")),
        ("3-5 årige", "pr. måned", ("4.834,00", "5.075,00")),
    ]),
    (CHILDREN, ("Specialpædagogisk Netværk (12 mdr. betaling)",), CALENDAR, [
        ("Egehuset 10-18 år", "pr. måned", ("1.040,00", "1.064,00")),
        ("Egehuset 6-9 år", "pr. måned", ("1.676,00", "1.766,00")),
        ("Egehuset, halv tid 13-18 år", "pr. måned", ("520,00", "532,00")),
        ("Akaciehuset, vuggestue fuld tid", "pr. måned", ("2.944,00", "3.028,00")),
        ("Akaciehuset, Børnehave fuld tid", "pr. måned", ("1.777,00", "1.826,00")),
    ]),
    (CHILDREN, ("Næstved Kommunale Ungdomsskole",), CALENDAR, [
        ("Gebyr for knallertbevis", "pr. stk.", ("490,00", AFVENTER), "knallert"),
    ]),
    (CARE, ("Ældreområdet",), CALENDAR, [
        ("Kørsel til dagcenter (både ud og hjem)", "pr. gang", ("54,00", "56,00")),
        ("Natophold (bl.a. dækning af udg. til vask af linned)", "pr. nat/døgn", ("38,00", "40,00")),
        ("Forplejning og natophold", "pr. nat/døgn", ("119,00", "123,00")),
        ("Gæstestuer (Midlertidigt ophold) (Gæstestuer indeholder nu opkrævning for personligt tøj og "
         "forbrug af vaskeklude).", "døgn", ("140,00", "144,00")),
    ]),
    (CARE, ("Ældreområdet", "Servicepakker (udvalgte plejeboliger)"), CALENDAR, [
        ("Leje/vask af sengelinned", "pr. måned", ("344,00", "353,00")),
        ("Vask af personligt tøj m.m.", "pr. måned", ("209,00", "215,00")),
        ("Rengøringsartikler", "pr. måned", ("83,00", "86,00")),
    ]),
    (CARE, ("Handicapområdet", "Marskvej - § 110 forsorgshjem"), CALENDAR, [
        ("Værelse", "pr. døgn", ("91,00", "94,00")),
        ("Kost", "pr. døgn", ("83,00", "86,00")),
        ("Værelse, unge", "pr. døgn", ("71,00", "73,00")),
    ]),
    (CARE, ("Kostområdet", "Pensionisters betaling for madservice"), CALENDAR, [
        ("Hovedret og biret", None, ("60,00", "61,00")),
        ("Hovedret", None, ("54,00", "55,00"), "1"),
        ("Frokostpakke", None, ("30,50", "31,50"), "2"),
    ]),
    (CARE, ("Kostområdet", "Ydelser på plejehjemmene"), CALENDAR, [
        ("Morgenmad", "pr. modul", ("27,50", "28,00")),
        ("Middagsmad", "pr. modul", ("63,00", "64,50")),
        ("Middagsmad minus biret", "pr. modul", ("59,00", "60,00")),
        ("Aftensmad", "pr. modul", ("33,00", "33,50")),
        ("Forplejning i alt", "pr. måned", ("3.685,00", "3.759,00"), "1"),
        ("Forplejning i alt minus biret", "pr. måned", ("3.685,00", "3.759,00"), "1"),
    ]),
    (CARE, ("Tandplejen",), CALENDAR, [
        ("Omsorgstandplejen", "pr. år", ("530,00", "540,00")),
        ("Specialtandplejen", "pr. år", ("1.975,00", "2.010,00")),
    ]),
]


def expected_rows() -> list[tuple]:
    """(committee, section path, item, unit, period, value_text, note, vat_excluded), one per value."""
    rows = []
    for committee, path, periods, group in GROUPS:
        vat = True if path[0] in VAT_EXCLUDED_SECTIONS else None
        for item, unit, values, *note in group:
            for period, value in zip(periods, values):
                if value is not None:
                    rows.append((committee, path, item, unit, period, value,
                                 NOTES[note[0]] if note else None, vat))
    return rows
