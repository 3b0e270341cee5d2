"""Every tariff value of naestved-takster-2023.pdf (the 2023 tariff web page printed by a
browser), written down from the document (rendered pages and their text), not from the
extractor's output.

Items are as printed, white space folded, wrapped lines joined with a space, footnote
marker off (the note says which); a bold group row that also holds a value is a tariff as
printed ("Interne brugere i Næstved Kommune:") and heads the rows under it. Units are as
printed, None where the unit cell is empty. Sections are the headings in force (a
collapsible section's title without its "−", h4/h5 headings, bold paragraphs and bold
group rows, a trailing colon off); the page's "Indhold" heading heads all of them and
names none. The period is the year the page states ("Takster 2023"), or a school year
where a table's header says so.

A line that holds only a unit and a value ("Kr. pr. stk. 28,50", "0,074 promille af
ejendomsværdi") is for the one-line label printed just above it; where the text above is
a sentence ("Timepris 2022 712,00 kr. og halveres ... 356,00 kr."), it is for the nearest
heading: "Kr. pr. time 369,00" is the tariff "Gebyr efter tidsforbrug".
"""

TITLE = "Takster 2023"
YEAR = "2023"
PAGES = 17

YEAR_ONLY = ("2023",)
SCHOOL = ("2022/2023", "2023/2024")

# Main sections with a remark "Alle ovenstående/nedenstående priser er ekskl. moms".
VAT_EXCLUDED_SECTIONS = {"Kulturcenter Ridehuset", "Rønnebæksholm"}

NOTES = {
    "dag": "*) Takst for børn der allerede er indmeldt. Ordningen ophører ved udmeldelse eller overgang "
           "til et andet tilbud.",
    "1": "1) Beløb reguleres en gang årligt jf. lov om satsreguleringsprocent. I lighed med tidligere år, "
         "opkræver Næstved Kommune den maksimalt takst for forplejningspakke og hovedret madservice.",
    "2": "2) Oprindeligt de direkte omkostninger prisfremskrevet.",
    # not a footnote: the bracketed remark after the price
    "remark": "130,00 pr 1/11 2023",
}

GANG = "Kr. pr. gang"
STK = "Kr. pr. stk."
MDR = "Kr. pr. mdr."
TIME = "Kr. pr. time"
DAG = "Kr. pr. dag"
LIBRARY = ("Bibliotek", "Leje af lokaler på Hovedbiblioteket")
DAYCARE = ("Dagtilbud og SFO", "Forældrebetaling i daginstitutioner / SFO (11 mdr. betaling)")
RIDEHUS = "Kulturcenter Ridehuset"
RONNE = "Rønnebæksholm"

STAFF_ALWAYS = ("Der opkræves altid minimum 1 times personaleassistance til klargøring/oprydning i tidsrummet "
                "8:30-17:00 (Der ydes ikke assistance til forplejning mv.)")
STAFF_NEVER = ("Der opkræves ikke for personaleassistance til klargøring/oprydning. Der ydes ikke assistance "
               "til forplejning mv.")
OUTSIDE_HOURS = "Klargøring/oprydning udenfor ovenstående tidsrum"
CANCEL = "Afbookningsgebyr ved afbooking senere end 30 dage før arrangementet eller ved udeblivelse"

# (section path, periods, rows); a row is (item, unit, values by period[, note key]).
GROUPS = [
    (("Center for Koncernservice",), YEAR_ONLY, [
        ("Strøm", "Kr. pr. kWh", ("3,95",)),
        ("Vand", "Kr. pr. minut", ("1,32",)),
        ("Tømning af spildevandstank", GANG, ("21,06",)),
        ("Betalt parkering (momsfri fra 2007) minimumstakst", TIME, ("5,00",)),
        ("Betalt parkering (momsfri fra 2007) variabel takst", TIME, ("10,00",)),
        ("Leje af parkeringsplads i kælderen, Axeltorv, inkl. moms", "Kr. pr. måned", ("624,00",)),
    ]),
    (LIBRARY + ("Foreninger og oplysningsforbund",), YEAR_ONLY, [
        ("Mere end 4 timer", GANG, ("285,00",)),
        ("Mindre end 4 timer", GANG, ("Gratis",)),
        (STAFF_ALWAYS, GANG, ("365,00",)),
        (OUTSIDE_HOURS, GANG, ("615,00",)),
        (CANCEL, GANG, ("305,00",)),
    ]),
    (LIBRARY + ("Bibliotekets studiekredse",), YEAR_ONLY, [
        (STAFF_NEVER, GANG, ("Gratis",)),
    ]),
    (LIBRARY + ("Interne brugere i CKB",), YEAR_ONLY, [
        (STAFF_NEVER, GANG, ("Gratis",)),
    ]),
    (LIBRARY, YEAR_ONLY, [
        ("Interne brugere i Næstved Kommune:", GANG, ("Gratis",)),
    ]),
    (LIBRARY + ("Interne brugere i Næstved Kommune",), YEAR_ONLY, [
        (STAFF_ALWAYS, GANG, ("365,00",)),
        (OUTSIDE_HOURS, GANG, ("615,00",)),
        (CANCEL, GANG, ("305,00",)),
    ]),
    (LIBRARY + ("Private borgere bosat i Næstved Kommune",), YEAR_ONLY, [
        ("Mere end 4 timer", GANG, ("285,00",)),
        ("Mindre end 4 timer", GANG, ("Gratis",)),
        (STAFF_ALWAYS, GANG, ("365,00",)),
        (OUTSIDE_HOURS, GANG, ("615,00",)),
        (CANCEL, GANG, ("305,00",)),
    ]),
    (LIBRARY, YEAR_ONLY, [
        ("Næstved Bibliotek og Borgerservices egne arrangementer:", GANG, ("Gratis",)),
    ]),
    (("Bibliotek", "Gebyr"), YEAR_ONLY, [
        ("Overskridelse af afleveringsfristen med 1-10 dage børn 0-17 år", "Kr. pr. lån", ("0,00",)),
        ("Overskridelse af afleveringsfristen med 1-10 dage voksne", "Kr. pr. lån", ("20,00",)),
        ("Overskridelse af afleveringsfristen med 11-30 dage børn 0-17 år", "Kr. pr. lån", ("50,00",)),
        ("Overskridelse af afleveringsfristen med 11-30 dage voksne", "Kr. pr. lån", ("100,00",)),
        ("Overskridelse af afleveringsfristen efter 31 dage børn 0-17 år", "Kr. pr. lån", ("120,00",)),
        ("Overskridelse af afleveringsfristen efter 31 dage voksne", "Kr. pr. lån", ("230,00",)),
    ]),
    # text lines "description Kr. pr. unit value"
    (("Bibliotek", "Øvrige ydelser"), YEAR_ONLY, [
        ("Kopi/print (sort/hvid/farve)", "Kr. pr. ark", ("2,00",)),
        ("Erstatningslånerkort", STK, ("10,00",)),
    ]),
    (("Borgerservice",), YEAR_ONLY, [
        ("Adresseoplysning", STK, ("83,00",)),
        ("Bopælsattester", STK, ("83,00",)),
        ("Sundhedskort", STK, ("220,00",)),
        ("legitimationskort", STK, ("150,00",)),
        ("Pas børn 0-11 år", STK, ("150,00",)),
        ("Pas børn 12-17 år", STK, ("179,00",)),
        ("Pas voksne 18-65 år", STK, ("891,00",)),
        ("Pas folkepensionist", STK, ("379,00",)),
        ("Pas- og kørekortbillede", STK, ("139,00",)),
        ("Kørekort fornyelse", STK, ("140,00",)),
        ("Kørekort, fornyelse gruppe 2-køretøjer (C1, C, D1, D, C1E, CE, D1E og DE)", STK, ("180,00",)),
        ("Kørekort fornyelse, der er tidsbegrænset af helbredsmæssige forhold", STK, ("0,00",)),
        ("Kørekort, fornyelse med kørelæregodkendelse", STK, ("280,00",)),
        ("Kørekort, fornyelse erhvervsmæssig personbefordring (kode 425/ep-D)", STK, ("280,00",)),
        ("Kørekort, fornyelse erhvervsmæssig personbefordring, der er tidsbegrænset af helbredsmæssige "
         "forhold", STK, ("120,00",)),
        ("Duplikatkørekort", STK, ("280,00",)),
        ("Midlertidig erstatningskørekort", STK, ("120,00",)),
        ("Internationalt kørekort", STK, ("25,00",)),
        ("Kontrollerende køreprøve", STK, ("890,00",)),
        ("Køreprøve (Teoretisk og praktisk køreprøve)", STK, ("1000,00",)),
        ("Tillægsprøve (praktisk prøve) kategori BE eller A", STK, ("280,00",)),
        ("Kørekort til erhvervsmæssig personbefordring til bus samtidig med køreprøve til bus", STK,
         ("1.180,00",)),
        ("Kørelæreprøve (første kategori)", STK, ("340,00",)),
        ("Kørelæreprøve (efterfølgende kategorier)", STK, ("320,00",)),
        ("Kørelærekøreprøve (bil og motorcykel)", STK, ("460,00",)),
        ("Ombytning af udenlandsk kørekort", STK, ("280,00",)),
        ("Ombytning af udenlandsk kørekort, lille eller stor knallert", STK, ("140,00",)),
        ("Tvungen ombytning som følge af nye regler eller lign.", STK, ("140,00",)),
        ("Teoriprøve, lille knallert under 18 år", STK, ("140,00",)),
        ("Køreprøve, lille knallert under 18 år", STK, ("510,00",)),
        ("Ekstra teori- eller køreprøve, lille knallert under 18 år", STK, ("230,00",)),
        ("Nyt kørekort, efter udløb af ubetinget frakendelse af retten til lille knallert", STK, ("140,00",)),
        ("Køreprøve, stor knallert", STK, ("290,00",)),
        ("Kontrollerende køreprøve, stor knallert", STK, ("290,00",)),
        ("Duplikatorkørekort, lille eller stor knallert", STK, ("140,00",)),
        ("Midlertidig erstatningskort, lille eller stor knallert", STK, ("140,00",)),
        ("Frakendt førerret til andre kategorier end lille knallert", STK, ("140,00",)),
    ]),
    (("Byggesagsgebyrer", "Fast gebyr"), YEAR_ONLY, [
        ("Fast gebyr", "kr.", ("562,00",)),
    ]),
    (("Byggesagsgebyrer", "Gebyr efter tidsforbrug"), YEAR_ONLY, [
        ("Gebyr efter tidsforbrug", TIME, ("369,00",)),
    ]),
    (("Byggesagsgebyrer", "Byggeskadesforsikring"), YEAR_ONLY, [
        ("Efter udløb af fristen på 1. erindringsskrivelse", "Kr. pr. uge", ("8.384,00",)),
    ]),
    (DAYCARE + ("Dagplejen (0-2 år)",), YEAR_ONLY, [
        ("43 timer", MDR, ("3.134,00",), "dag"),
        ("48 timer - fuldtid", MDR, ("3.498,00",)),
        ("30 timer - deltid", MDR, ("2.186,00",)),
    ]),
    (DAYCARE + ("Børnehaver",), YEAR_ONLY, [
        ("Fuld tid", MDR, ("2.243,00",)),
        ("Deltidsplads 35 timer", MDR, ("1.742,00",), "dag"),
        ("Deltid 30 timer", MDR, ("1.307,00",)),
        ("Rudolf Steiner (deltid)", MDR, ("1.960,00",)),
    ]),
    (DAYCARE + ("Integrerede institutioner",), YEAR_ONLY, [
        ("0-2 år, fuld tid", MDR, ("3.799,00",)),
        ("0-2 år, deltid, 30 timer", MDR, ("2.213,00",)),
        ("3-5 år, fuld tid", MDR, ("2.243,00",)),
        ("3-5 år, deltidsplads 35 timer", MDR, ("1.742,00",), "dag"),
        ("3-5 år, deltid 30 timer", MDR, ("1.307,00",)),
    ]),
    (DAYCARE + ("Aftenåbent",), YEAR_ONLY, [
        ("Aftenåbent kl. 17:00 - 18:00", MDR, ("117,00",)),
        ("Aftenåbent kl. 17:00 - 20:00 (Tryllefløjten)", MDR, ("389,00",)),
    ]),
    (DAYCARE + ("Frokostordning",), YEAR_ONLY, [
        ("Frokostordning", MDR, ("560,00",)),
    ]),
    (DAYCARE + ("SFO",), YEAR_ONLY, [
        ("SFO 1. Fra 1. april før skolestart til og med 3. klasse", MDR, ("2.058,00",)),
        ("SFO 2", MDR, ("1.240,00",)),
        ("SFO 2 - hvis der vælges at gøre brug af morgen- og/eller ferieåbning", MDR, ("1.997,00",)),
    ]),
    (DAYCARE + ("Integreret institution/Specialtilbud (12 mdr. betaling)",), YEAR_ONLY, [
        ("Børnehuset ved Bækken, Vuggestue, deltid 30 timer", MDR, ("2.029,00",)),
        ("Børnehuset ved Bækken, Vuggestue, fuld tid", MDR, ("3.482,00",)),
        ("Børnehuset ved Bækken, Børnehave, deltid 30 timer", MDR, ("1.198,00",)),
        ("Børnehuset ved Bækken, Børnehave, fuld tid", MDR, ("2.056,00",)),
    ]),
    (DAYCARE + ("Puljeinstitutioner (12 mdr. betaling)",), YEAR_ONLY, [
        ("Noas Ark, vuggestue, halv tid", MDR, ("1.622,00",)),
        ("Noas Ark, vuggestue, fuld tid", MDR, ("3.243,00",)),
        ("Noas Ark, børnehave, halv tid", MDR, ("946,00",)),
        ("Noas Ark, børnehave, fuld tid", MDR, ("1.891,00",)),
    ]),
    (DAYCARE + ("Specialpædagogisk Netværk (12 mdrs. betaling)",), YEAR_ONLY, [
        ("Egehuset 10-18 år", MDR, ("1.137,00",)),
        ("Egehuset 6-9 år", MDR, ("1.877,00",)),
        ("Egehuset halv tid 13-18 år", MDR, ("586,00",)),
    ]),
    (("Dyreskuepladsen", "Benyttelse af Dyreskuepladsen"), YEAR_ONLY, [
        ("Cirkus, tivoli og lign.", "Kr. pr. opstilling", ("4.267,00",)),
        ("Cirkus, tivoli og lign. pr. dag udover de første 3 dage", "Kr. pr. opstilling", ("428,00",)),
        ("Missionstelte", "Kr. pr. opstilling", ("851,00",)),
        ("Missionstelte pr. dag udover de første 3 dage", "Kr. pr. opstilling", ("170,00",)),
        ("Depositum", "Kr. pr. opstilling", ("0,00",)),
    ]),
    (("Arealudlejning",), YEAR_ONLY, [
        ("Udlejning af areal hvor lejer har en indtægt i forbindelse med aktiviteten", DAG, ("892,00",)),
    ]),
    ((RIDEHUS, "Ny Ridehus & Foyer"), YEAR_ONLY, [
        ("Grundtakst", DAG, ("15.375,00",)),
        ("Grundtakst (min. 5 timer)", TIME, ("1.537,00",)),
        ("Klargøring af lokalerne (Ny Ridehus) - grundtakst", "Kr.", ("2.025,00",)),
        ("Brug af Backstage faciliteterne", "Kr.", ("715,00",)),
        ("Teknik (Lærred, overhead, talerstol, mikrofonanlæg mv.) Inkl. klargøring med ekskl. betjening.",
         DAG, ("2.870,00",)),
    ]),
    ((RIDEHUS, "Foyer alene"), YEAR_ONLY, [
        ("Grundtakst", DAG, ("5.840,00",)),
        ("Grundtakst (min 5 timer)", TIME, ("584,00",)),
    ]),
    ((RIDEHUS, "Gl. Ridehus"), YEAR_ONLY, [
        ("Grundtakst", DAG, ("11.480,00",)),
        ("Grundtakst (min. 5 timer)", TIME, ("1.100,00",)),
        ("Foreninger", DAG, ("825,00",)),
        ("Oplysningsforbund (over 4 timer)", DAG, ("825,00",)),
        ("Oplysningsforbund (under 4 timer)", None, ("Gratis",)),
    ]),
    ((RIDEHUS, "Musikstalden"), YEAR_ONLY, [
        ("Grundtakst", "Kr. pr dag", ("10.350,00",)),
        ("Grundtakst (min. 5 timer)", TIME, ("1.025,00",)),
        ("Foreninger", DAG, ("770,00",)),
        ("Oplysningsforbund (over 4 timer)", DAG, ("770,00",)),
        ("Oplysningsforbund (under 4 timer)", DAG, ("Gratis",)),
    ]),
    ((RIDEHUS, "Lokaler"), YEAR_ONLY, [
        ("Lokale 117, 202, 217, 219 og Smedjen", DAG, ("1.700,00",)),
        ("Lokale 117, 202, 217, 219 og Smedjen", TIME, ("170,00",)),
        ("Foreninger", DAG, ("130,00",)),
        ("Oplysningsforbund (over 4 timer)", DAG, ("130,00",)),
        ("Oplysningsforbund (under 4 timer)", DAG, ("Gratis",)),
    ]),
    ((RIDEHUS, "Andet"), YEAR_ONLY, [
        ("Afbookningsgebyr, ved afbooking senere end 30 dage før arrangementsdato samt ved manglende "
         "anvendelse af lokalet", None, ("10% af leje. Min. kr. 300,00",)),
        ("Opstilling af borde og stole", None, ("Efter tidsforbrug",)),
        ("Teknisk assistance inden kl. 17.00", TIME, ("365,00",)),
        ("Teknisk assistance øvrig tid", TIME, ("615,00",)),
        ("Anden assistance og brug af udstyr herunder indlejet udstyr", None, ("Efter tilbud",)),
    ]),
    (("Hegnssyn",), YEAR_ONLY, [
        ("Hegnssynsforretninger", "Kr. pr. sag", ("2.009,00",)),
    ]),
    (("Nummerplader",), YEAR_ONLY, [
        ("Enkeltnummerplader", "Kr. for 3 år", ("258,00",)),
        ("Udlejningsnummerplader", "kr. pr udlejning", ("25,00",)),
    ]),
    (("Udlån af skolelokaler", "Folkeskoler for fritidsejendomme"), YEAR_ONLY, [
        ("Klasse- og almindelige mødelokaler", TIME, ("127,00",)),
        ("Faglokaler", TIME, ("321,00",)),
        ("Samlings- og festsale", TIME, ("321,00",)),
        ("Gymnastiksale", TIME, ("321,00",)),
        ("Skolehaller", TIME, ("541,00",)),
    ]),
    (("Folkeoplysende foreninger", "Sæsonudlån"), YEAR_ONLY, [
        ("Skolehal", TIME, ("62,00",)),
        ("Atletikstadion og rulleskøjtebane", TIME, ("24,00",)),
        ("Fodboldbane, klasse- og faglokale", TIME, ("17,00",)),
        ("1 til 2 kroketbaner", TIME, ("9,00",)),
        ("3 til 4 kroketbaner", TIME, ("17,00",)),
        ("Gymnastiksal", TIME, ("17,00",)),
        ("Tennisbane", TIME, ("12,00",)),
        ("Håndboldbane, 7- og 5- mandsbane", TIME, ("9,00",)),
        ("Omklædningsrum uden baner", TIME, ("4,00",)),
        ("Petanquebaner", TIME, ("4,00",)),
        ("Kunstgræsbane i vintersæsonen 1/11-31/3 + evt. lys", TIME, ("157,00",)),
        ("Lys 125 lux", TIME, ("53,00",)),
        ("Lys 250 lux", TIME, ("81,00",)),
    ]),
    (("Folkeoplysende foreninger", "Enkeltudlån"), YEAR_ONLY, [
        ("Mødelokaler", DAG, ("156,00",)),
        ("Sale (<200 m2)", DAG, ("475,00",)),
        ("Haller og sale (>200 m2)", DAG, ("792,00",)),
        ("Overnatningsarrangementer (pr. overnatning/pr. person)", "Kr. pr. person", ("23,00",)),
    ]),
    (("Folkeoplysende foreninger", "Faste udlån"), YEAR_ONLY, [
        ("Egne mødelokaler", "Kr. pr. m2", ("68,00",)),
        ("Egne mødelokaler i sekundærer rum", "Kr. pr. m2", ("36,00",)),
    ]),
    # a table with a header "Skoleår 2022/2023 | Skoleår 2023/2024", repeated on page 12
    (("Musikskolen",), SCHOOL, [
        ("Babymusik", None, ("Gratis", "Gratis")),
        ("Forældre-/barn-hold, værkstedshold mv. (9 rater)", MDR, ("189,00", "194,00")),
        ("Sammenspil, orkestre, kor, hørelære (9 rater). Dog gratis hvis man i forvejen er tilmeldt "
         "instrumental- eller sangundervisning", MDR, ("189,00", "194,00")),
        ("Instrumentklasser, 2 år, prøv gratis instrument ect.", MDR, ("189,00", "194,00")),
        ("Musik & IT mv. (9 rater)", MDR, ("189,00", "194,00")),
        ("Begynderhold diverse instrumenter", "kr. pr. mdr.", ("189,00", "194,00")),
        ("Sammenspil/kor over 25 år (8 rater)", MDR, ("214,00", "220,00")),
        ("Instrumental- og sangundervisning under 25 år (9 rater)", MDR, ("418,00", "430,00")),
        ("Instrumental- og sangundervisning under 25 år (8 rater)", MDR, ("490,00", "500,00")),
        ("Bifag, Fokuslinjen (tidligere Talentlinjen) (4 rater)", MDR, ("278,00", "285,00")),
        ("Seniorsangerne (5 rater)", MDR, ("154,00", "158,00")),
        ("De glade lunger (8 rater)", MDR, ("154,00", "158,00")),
        ("Kulturskolefag mv. (9 rater) Dog gratis hvis man i forvejen er tilmeldt instrumental- eller "
         "sangundervisning", MDR, ("225,00", "230,00")),
        ("Leje af instrumenter (9 rater)", MDR, ("64,00", "65,00")),
    ]),
    (("Opkrævning og rykkergebyrer",), YEAR_ONLY, [
        ("Rykkergebyr", "Kr.", ("250,00",)),
        ("Civilretslig krav pålægges et rykkergebyr på", "Kr.", ("100,00",)),
        ("Underretningsgebyr på krav med fortrinsret", "Kr.", ("450,00",)),
    ]),
    ((RONNE, "Takster og vilkår for Herskabsstalden", "Eksterne brugere"), YEAR_ONLY, [
        ("Lokaleleje, vognporten (stueplan) eller mødelokale 1 (1. sal)", TIME, ("1.000,00",)),
        ("Lokaleleje (Vognporten og mødelokale 1)", TIME, ("1.780,00",)),
        ("Klargøring/oprydning", DAG, ("1.650,00",)),
        ("Rådighedsgebyr/opsyn, hverdage indtil kl. 17.00", TIME, ("365,00",)),
        ("Rådighedsgebyr/opsyn, øvrig tid", TIME, ("615,00",)),
    ]),
    ((RONNE, "Takster og vilkår for Herskabsstalden", "Interne brugere"), YEAR_ONLY, [
        ("Mindre møder", None, ("Gratis",)),
        ("Klargøring/oprydning/rengøring", "Kr.", ("1.650,00",)),
        ("Personaleassistance til forplejning m.m. hverdage indtil kl. 17.00", TIME, ("365,00",)),
        ("Personaleassistance øvrig tid", TIME, ("615,00",)),
    ]),
    ((RONNE, "Entre mv. til udstilling"), YEAR_ONLY, [
        ("Almindelig entre", "Kr. pr. person", ("75,00",)),
        ("Grupper - dog minimum 10 personer", "kr. pr. person", ("60,00",)),
        ("Medlemmer af Venneforeningen", "Kr. pr. år", ("200,00",)),
        ("Børn og unge under 18 år samt studerende", None, ("Gratis",)),
        ("Grupper udenfor åbningstid", None, ("300 kr. + entre pr person",)),
        ("Rundvisning", None, ("690,00",)),
        ("Skoleklasser/skolebesøg i åbningstiden", None, ("Gratis",)),
        ("Undervisningsforløb (udvalgte udstillinger)", None, ("Efter tilbud",)),
    ]),
    ((RONNE, "Brug af mødelokaler", "Eksterne brugere"), YEAR_ONLY, [
        ("Leje af mødelokale, mandag-fredag kl. 9-16", TIME, ("280,00",)),
        ("Leje af mødelokale øvrig tid", TIME, ("490,00",)),
        ("Personale assistance til forplejning, oprydning m.m. 9-16", TIME, ("365,00",)),
        ("Personale assistance til forplejning, oprydning m.m. efter kl. 16", TIME, ("615,00",)),
    ]),
    ((RONNE, "Brug af mødelokaler", "Interne brugere"), YEAR_ONLY, [
        ("Lån af mødelokale, mandag til fredag kl. 9-16", TIME, ("Gratis",)),
        ("Personale assistance til forplejning, oprydning m.m. 9-16", TIME, ("365,00",)),
        ("Personale assistance til forplejning, oprydning m.m. efter kl. 16", TIME, ("615,00",)),
    ]),
    # unit and value on a line of their own, below the paragraph they are for
    (("Kort og vejregister",), YEAR_ONLY, [
        ("By- og Kommunekort - info kort med vejregister", STK, ("28,50",)),
    ]),
    (("Rottebekæmpelse",), YEAR_ONLY, [
        ("Bekæmpelse af rotter", None, ("0,074 promille af ejendomsværdi",)),
    ]),
    (("Torvehandel og stadepladser",), YEAR_ONLY, [
        ("Faste handelspladser indre by - grundtakst", "Kr. pr. år", ("13.755,41",)),
        ("Faste pladser på Axeltorv", "Kr. pr. år", ("8.023,70",)),
        ("Løse pladser på Axeltorv", GANG, ("168,00",)),
        ("Plads for salg af smykker mv.", "Kr. pr. år", ("8.023,70",)),
        ("Pølse- og kaffevogn (pladsafhængig afgift 1)", "Kr. pr. år", ("4.249,41",)),
        ("Pølse- og kaffevogn (pladsafhængig afgift 2)", "Kr. pr. år", ("8.497,66",)),
        ("Pølse- og kaffevogn (pladsafhængig afgift 3)", "Kr. pr. år", ("12.748,24",)),
    ]),
    (("Torvehandel og stadepladser", "Stadepladsen på Stejlepladsen på Enø"), YEAR_ONLY, [
        ("- perioden april - september", "Kr. pr. år", ("16.837,03",)),
        ("- perioden oktober til marts", "Kr. pr. år", ("5.612,34",)),
    ]),
    (("Idrætsanlæg",), YEAR_ONLY, [
        ("Leje af fodboldbane", TIME, ("224,00",)),
        ("Leje af håndboldbane eller tennisbane", TIME, ("122,00",)),
        ("Leje af atletikbane", TIME, ("176,00",)),
        ("Leje af fodbold-, håndbold- og atletikbane", TIME, ("180,00",)),
        ("Kunstgræsbane hele året", TIME, ("857,00",)),
        ("Lys 125 lux", TIME, ("53,00",)),
        ("Lys 250 lux", TIME, ("81,00",)),
    ]),
    (("Linjefag (elevbetaling)",), YEAR_ONLY, [
        ("Elevbetaling pr. linje", "Kr. pr. måned", ("460,00",)),
    ]),
    (("Tandpleje",), YEAR_ONLY, [
        ("Omsorgstandlægen", "Pr. år", ("570,00",)),
        ("Specialtandlægen", "Pr. år", ("2.130,00",)),
    ]),
    (("Vandløb",), YEAR_ONLY, [
        ("§ 21 - Behandling af sager efter kap. 2 og 3 (2 % af anlægssum)", "Kr.", ("7.449,37",)),
    ]),
    (("Ældre og handicap", "Ældreområdet"), YEAR_ONLY, [
        ("Kørsel til dagcenter (både ud og hjem)", GANG, ("80,00 (130,00 pr 1/11 2023)",), "remark"),
        ("Natophold (bl.a. dækning af udgifter til vask af linned", "Kr. pr. nat/døgn", ("42,00",)),
        ("Forplejning og natophold", "Kr. pr. nat/døgn", ("130,00",)),
        ("Gæstestuer (midlertidig ophold)", "Kr. pr. døgn", ("154,00",)),
    ]),
    (("Ældre og handicap", "Ældreområdet", "Servicepakker (udvalgte plejeområder)"), YEAR_ONLY, [
        ("Vask/leje af sendelinned", MDR, ("377,00",)),
        ("Vask af personligt tøj", MDR, ("229,00",)),
        ("Rengøringsartikler", MDR, ("91,00",)),
    ]),
    (("Ældre og handicap", "Handicapområdet", "Marskvej - §110 forsorgshjem"), YEAR_ONLY, [
        ("Værelse", "Kr. pr. døgn", ("101,00",)),
        ("Kost", "Kr. pr. døgn", ("93,00",)),
        ("Værelse, unge", "Kr. pr. døgn", ("78,00",)),
    ]),
    (("Ældre og handicap", "Kostområdet", "Pensionisters betaling for madservice"), YEAR_ONLY, [
        ("Hovedret og biret", STK, ("65,00",)),
        ("Hovedret", STK, ("59,00",), "1"),
        ("Frokostpakke", STK, ("33,50",), "2"),
    ]),
    (("Ældre og handicap", "Kostområdet", "Ydelser på plejehjemmene"), YEAR_ONLY, [
        ("Morgenmad", "Kr. pr. modul", ("30,00",)),
        ("Middagsmad", "Kr. pr. modul", ("69,00",)),
        ("Middagsmad minus biret", "Kr. pr. modul", ("63,50",)),
        ("Aftensmad", "Kr. pr. modul", ("35,50",)),
        ("Forplejning i alt", MDR, ("3.985,00",), "1"),
        ("Forplejning i alt minus biret", MDR, ("3.985,00",)),
    ]),
]


def expected_rows() -> list[tuple]:
    """(committee, section path, item, unit, period, value_text, note, vat_excluded), one per value."""
    rows = []
    for path, periods, group in GROUPS:
        vat = True if path[0] in VAT_EXCLUDED_SECTIONS else None
        for item, unit, values, *note in group:
            for period, value in zip(periods, values):
                rows.append((None, path, item, unit, period, value, NOTES[note[0]] if note else None, vat))
    return rows
