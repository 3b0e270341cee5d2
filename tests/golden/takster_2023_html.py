"""Every tariff of naestved-takster-2023.html, written down from the page's HTML source,
not from the extractor's output.

How the page's words become these values (the extractor's documented choices):
- section path: the headings above the item, outermost first: the accordion's title (h3),
  then h4/h5, then a paragraph that is only bold text, then a bold row of the table. The
  page title (h1 "Takster 2023") and the navigation heading "Indhold" are not sections.
  A trailing colon is no part of a section's name: "Foreninger og oplysningsforbund:" is
  "Foreninger og oplysningsforbund".
- item: the description cell (or the text before the unit on a line of text) as printed,
  white space folded to one line, footnote marker off; a colon stays. A bold row that has
  a value is a tariff of the section above it and the heading of the rows below it.
- a value printed without a description ("Kr. pr. time 369,00") takes the line(s) just
  above it in the same paragraph, else the paragraph just above if that reads as a label
  (one line, no full stop), else the nearest heading.
- unit: the unit cell, or on a line of text the words from "Kr."/"Pr." to the value; None
  where the cell is empty.
- period: "2023" (the page's year) except in Musikskolen, whose header names two school years.
"""

TITLE = "Takster 2023"
YEAR = "2023"

FOOTNOTE_STAR = ("*) Takst for børn der allerede er indmeldt. Ordningen ophører ved udmeldelse eller "
                 "overgang til et andet tilbud.")
FOOTNOTE_1 = ("1) Beløb reguleres en gang årligt jf. lov om satsreguleringsprocent. I lighed med tidligere år, "
              "opkræver Næstved Kommune den maksimalt takst for forplejningspakke og hovedret madservice.")
FOOTNOTE_2 = "2) Oprindeligt de direkte omkostninger prisfremskrevet."

_BOOKING = "Afbookningsgebyr ved afbooking senere end 30 dage før arrangementet eller ved udeblivelse"
_ASSISTANCE = ("Der opkræves altid minimum 1 times personaleassistance til klargøring/oprydning i tidsrummet "
               "8:30-17:00 (Der ydes ikke assistance til forplejning mv.)")
_NO_ASSISTANCE = ("Der opkræves ikke for personaleassistance til klargøring/oprydning. "
                  "Der ydes ikke assistance til forplejning mv.")
_OUTSIDE_HOURS = "Klargøring/oprydning udenfor ovenstående tidsrum"
_LIBRARY = ("Bibliotek", "Leje af lokaler på Hovedbiblioteket")
_CHILDCARE = ("Dagtilbud og SFO", "Forældrebetaling i daginstitutioner / SFO (11 mdr. betaling)")
_RIDEHUS = "Kulturcenter Ridehuset"
_HERSKABSSTALD = ("Rønnebæksholm", "Takster og vilkår for Herskabsstalden")
_MEETING_ROOMS = ("Rønnebæksholm", "Brug af mødelokaler")
_ASSISTANCE_9_16 = "Personale assistance til forplejning, oprydning m.m. 9-16"
_ASSISTANCE_AFTER_16 = "Personale assistance til forplejning, oprydning m.m. efter kl. 16"
_ONLY_IF_NOT_ENROLLED = "Dog gratis hvis man i forvejen er tilmeldt instrumental- eller sangundervisning"

# (section path, periods, rows): a row is (item, unit, value per period), in page order.
SECTIONS = [
    (("Center for Koncernservice",), ("2023",), [
        ("Strøm", "Kr. pr. kWh", "3,95"),
        ("Vand", "Kr. pr. minut", "1,32"),
        ("Tømning af spildevandstank", "Kr. pr. gang", "21,06"),
        ("Betalt parkering (momsfri fra 2007) minimumstakst", "Kr. pr. time", "5,00"),
        ("Betalt parkering (momsfri fra 2007) variabel takst", "Kr. pr. time", "10,00"),
        ("Leje af parkeringsplads i kælderen, Axeltorv, inkl. moms", "Kr. pr. måned", "624,00"),
    ]),
    (_LIBRARY + ("Foreninger og oplysningsforbund",), ("2023",), [
        ("Mere end 4 timer", "Kr. pr. gang", "285,00"),
        ("Mindre end 4 timer", "Kr. pr. gang", "Gratis"),
        (_ASSISTANCE, "Kr. pr. gang", "365,00"),
        (_OUTSIDE_HOURS, "Kr. pr. gang", "615,00"),
        (_BOOKING, "Kr. pr. gang", "305,00"),
    ]),
    (_LIBRARY + ("Bibliotekets studiekredse",), ("2023",), [
        (_NO_ASSISTANCE, "Kr. pr. gang", "Gratis"),
    ]),
    (_LIBRARY + ("Interne brugere i CKB",), ("2023",), [
        (_NO_ASSISTANCE, "Kr. pr. gang", "Gratis"),
    ]),
    (_LIBRARY, ("2023",), [
        ("Interne brugere i Næstved Kommune:", "Kr. pr. gang", "Gratis"),
    ]),
    (_LIBRARY + ("Interne brugere i Næstved Kommune",), ("2023",), [
        (_ASSISTANCE, "Kr. pr. gang", "365,00"),
        (_OUTSIDE_HOURS, "Kr. pr. gang", "615,00"),
        (_BOOKING, "Kr. pr. gang", "305,00"),
    ]),
    (_LIBRARY + ("Private borgere bosat i Næstved Kommune",), ("2023",), [
        ("Mere end 4 timer", "Kr. pr. gang", "285,00"),
        ("Mindre end 4 timer", "Kr. pr. gang", "Gratis"),
        (_ASSISTANCE, "Kr. pr. gang", "365,00"),
        (_OUTSIDE_HOURS, "Kr. pr. gang", "615,00"),
        (_BOOKING, "Kr. pr. gang", "305,00"),
    ]),
    (_LIBRARY, ("2023",), [
        ("Næstved Bibliotek og Borgerservices egne arrangementer:", "Kr. pr. gang", "Gratis"),
    ]),
    (("Bibliotek", "Gebyr"), ("2023",), [
        ("Overskridelse af afleveringsfristen med 1-10 dage børn 0-17 år", "Kr. pr. lån", "0,00"),
        ("Overskridelse af afleveringsfristen med 1-10 dage voksne", "Kr. pr. lån", "20,00"),
        ("Overskridelse af afleveringsfristen med 11-30 dage børn 0-17 år", "Kr. pr. lån", "50,00"),
        ("Overskridelse af afleveringsfristen med 11-30 dage voksne", "Kr. pr. lån", "100,00"),
        ("Overskridelse af afleveringsfristen efter 31 dage børn 0-17 år", "Kr. pr. lån", "120,00"),
        ("Overskridelse af afleveringsfristen efter 31 dage voksne", "Kr. pr. lån", "230,00"),
    ]),
    (("Bibliotek", "Øvrige ydelser"), ("2023",), [
        ("Kopi/print (sort/hvid/farve)", "Kr. pr. ark", "2,00"),
        ("Erstatningslånerkort", "Kr. pr. stk.", "10,00"),
    ]),
    (("Borgerservice",), ("2023",), [
        ("Adresseoplysning", "Kr. pr. stk.", "83,00"),
        ("Bopælsattester", "Kr. pr. stk.", "83,00"),
        ("Sundhedskort", "Kr. pr. stk.", "220,00"),
        ("legitimationskort", "Kr. pr. stk.", "150,00"),
        ("Pas børn 0-11 år", "Kr. pr. stk.", "150,00"),
        ("Pas børn 12-17 år", "Kr. pr. stk.", "179,00"),
        ("Pas voksne 18-65 år", "Kr. pr. stk.", "891,00"),
        ("Pas folkepensionist", "Kr. pr. stk.", "379,00"),
        ("Pas- og kørekortbillede", "Kr. pr. stk.", "139,00"),
        ("Kørekort fornyelse", "Kr. pr. stk.", "140,00"),
        ("Kørekort, fornyelse gruppe 2-køretøjer (C1, C, D1, D, C1E, CE, D1E og DE)", "Kr. pr. stk.", "180,00"),
        ("Kørekort fornyelse, der er tidsbegrænset af helbredsmæssige forhold", "Kr. pr. stk.", "0,00"),
        ("Kørekort, fornyelse med kørelæregodkendelse", "Kr. pr. stk.", "280,00"),
        ("Kørekort, fornyelse erhvervsmæssig personbefordring (kode 425/ep-D)", "Kr. pr. stk.", "280,00"),
        ("Kørekort, fornyelse erhvervsmæssig personbefordring, der er tidsbegrænset af helbredsmæssige forhold",
         "Kr. pr. stk.", "120,00"),
        ("Duplikatkørekort", "Kr. pr. stk.", "280,00"),
        ("Midlertidig erstatningskørekort", "Kr. pr. stk.", "120,00"),
        ("Internationalt kørekort", "Kr. pr. stk.", "25,00"),
        ("Kontrollerende køreprøve", "Kr. pr. stk.", "890,00"),
        ("Køreprøve (Teoretisk og praktisk køreprøve)", "Kr. pr. stk.", "1000,00"),
        ("Tillægsprøve (praktisk prøve) kategori BE eller A", "Kr. pr. stk.", "280,00"),
        ("Kørekort til erhvervsmæssig personbefordring til bus samtidig med køreprøve til bus",
         "Kr. pr. stk.", "1.180,00"),
        ("Kørelæreprøve (første kategori)", "Kr. pr. stk.", "340,00"),
        ("Kørelæreprøve (efterfølgende kategorier)", "Kr. pr. stk.", "320,00"),
        ("Kørelærekøreprøve (bil og motorcykel)", "Kr. pr. stk.", "460,00"),
        ("Ombytning af udenlandsk kørekort", "Kr. pr. stk.", "280,00"),
        ("Ombytning af udenlandsk kørekort, lille eller stor knallert", "Kr. pr. stk.", "140,00"),
        ("Tvungen ombytning som følge af nye regler eller lign.", "Kr. pr. stk.", "140,00"),
        ("Teoriprøve, lille knallert under 18 år", "Kr. pr. stk.", "140,00"),
        ("Køreprøve, lille knallert under 18 år", "Kr. pr. stk.", "510,00"),
        ("Ekstra teori- eller køreprøve, lille knallert under 18 år", "Kr. pr. stk.", "230,00"),
        ("Nyt kørekort, efter udløb af ubetinget frakendelse af retten til lille knallert", "Kr. pr. stk.", "140,00"),
        ("Køreprøve, stor knallert", "Kr. pr. stk.", "290,00"),
        ("Kontrollerende køreprøve, stor knallert", "Kr. pr. stk.", "290,00"),
        ("Duplikatorkørekort, lille eller stor knallert", "Kr. pr. stk.", "140,00"),
        ("Midlertidig erstatningskort, lille eller stor knallert", "Kr. pr. stk.", "140,00"),
        ("Frakendt førerret til andre kategorier end lille knallert", "Kr. pr. stk.", "140,00"),
    ]),
    (("Byggesagsgebyrer", "Fast gebyr"), ("2023",), [
        ("Fast gebyr", "kr.", "562,00"),
    ]),
    # "Kr. pr. time 369,00" stands alone; the paragraph above it is prose, so the heading names it.
    (("Byggesagsgebyrer", "Gebyr efter tidsforbrug"), ("2023",), [
        ("Gebyr efter tidsforbrug", "Kr. pr. time", "369,00"),
    ]),
    (("Byggesagsgebyrer", "Byggeskadesforsikring"), ("2023",), [
        ("Efter udløb af fristen på 1. erindringsskrivelse", "Kr. pr. uge", "8.384,00"),
    ]),
    (_CHILDCARE + ("Dagplejen (0-2 år)",), ("2023",), [
        ("43 timer", "Kr. pr. mdr.", "3.134,00"),
        ("48 timer - fuldtid", "Kr. pr. mdr.", "3.498,00"),
        ("30 timer - deltid", "Kr. pr. mdr.", "2.186,00"),
    ]),
    (_CHILDCARE + ("Børnehaver",), ("2023",), [
        ("Fuld tid", "Kr. pr. mdr.", "2.243,00"),
        ("Deltidsplads 35 timer", "Kr. pr. mdr.", "1.742,00"),
        ("Deltid 30 timer", "Kr. pr. mdr.", "1.307,00"),
        ("Rudolf Steiner (deltid)", "Kr. pr. mdr.", "1.960,00"),
    ]),
    (_CHILDCARE + ("Integrerede institutioner",), ("2023",), [
        ("0-2 år, fuld tid", "Kr. pr. mdr.", "3.799,00"),
        ("0-2 år, deltid, 30 timer", "Kr. pr. mdr.", "2.213,00"),
        ("3-5 år, fuld tid", "Kr. pr. mdr.", "2.243,00"),
        ("3-5 år, deltidsplads 35 timer", "Kr. pr. mdr.", "1.742,00"),
        ("3-5 år, deltid 30 timer", "Kr. pr. mdr.", "1.307,00"),
    ]),
    (_CHILDCARE + ("Aftenåbent",), ("2023",), [
        ("Aftenåbent kl. 17:00 - 18:00", "Kr. pr. mdr.", "117,00"),
        ("Aftenåbent kl. 17:00 - 20:00 (Tryllefløjten)", "Kr. pr. mdr.", "389,00"),
    ]),
    (_CHILDCARE + ("Frokostordning",), ("2023",), [
        ("Frokostordning", "Kr. pr. mdr.", "560,00"),
    ]),
    (_CHILDCARE + ("SFO",), ("2023",), [
        ("SFO 1. Fra 1. april før skolestart til og med 3. klasse", "Kr. pr. mdr.", "2.058,00"),
        ("SFO 2", "Kr. pr. mdr.", "1.240,00"),
        ("SFO 2 - hvis der vælges at gøre brug af morgen- og/eller ferieåbning", "Kr. pr. mdr.", "1.997,00"),
    ]),
    (_CHILDCARE + ("Integreret institution/Specialtilbud (12 mdr. betaling)",), ("2023",), [
        ("Børnehuset ved Bækken, Vuggestue, deltid 30 timer", "Kr. pr. mdr.", "2.029,00"),
        ("Børnehuset ved Bækken, Vuggestue, fuld tid", "Kr. pr. mdr.", "3.482,00"),
        ("Børnehuset ved Bækken, Børnehave, deltid 30 timer", "Kr. pr. mdr.", "1.198,00"),
        ("Børnehuset ved Bækken, Børnehave, fuld tid", "Kr. pr. mdr.", "2.056,00"),
    ]),
    (_CHILDCARE + ("Puljeinstitutioner (12 mdr. betaling)",), ("2023",), [
        ("Noas Ark, vuggestue, halv tid", "Kr. pr. mdr.", "1.622,00"),
        ("Noas Ark, vuggestue, fuld tid", "Kr. pr. mdr.", "3.243,00"),
        ("Noas Ark, børnehave, halv tid", "Kr. pr. mdr.", "946,00"),
        ("Noas Ark, børnehave, fuld tid", "Kr. pr. mdr.", "1.891,00"),
    ]),
    (_CHILDCARE + ("Specialpædagogisk Netværk (12 mdrs. betaling)",), ("2023",), [
        ("Egehuset 10-18 år", "Kr. pr. mdr.", "1.137,00"),
        ("Egehuset 6-9 år", "Kr. pr. mdr.", "1.877,00"),
        ("Egehuset halv tid 13-18 år", "Kr. pr. mdr.", "586,00"),
    ]),
    (("Dyreskuepladsen", "Benyttelse af Dyreskuepladsen"), ("2023",), [
        ("Cirkus, tivoli og lign.", "Kr. pr. opstilling", "4.267,00"),
        ("Cirkus, tivoli og lign. pr. dag udover de første 3 dage", "Kr. pr. opstilling", "428,00"),
        ("Missionstelte", "Kr. pr. opstilling", "851,00"),
        ("Missionstelte pr. dag udover de første 3 dage", "Kr. pr. opstilling", "170,00"),
        ("Depositum", "Kr. pr. opstilling", "0,00"),
    ]),
    (("Arealudlejning",), ("2023",), [
        ("Udlejning af areal hvor lejer har en indtægt i forbindelse med aktiviteten", "Kr. pr. dag", "892,00"),
    ]),
    ((_RIDEHUS, "Ny Ridehus & Foyer"), ("2023",), [
        ("Grundtakst", "Kr. pr. dag", "15.375,00"),
        ("Grundtakst (min. 5 timer)", "Kr. pr. time", "1.537,00"),
        ("Klargøring af lokalerne (Ny Ridehus) - grundtakst", "Kr.", "2.025,00"),
        ("Brug af Backstage faciliteterne", "Kr.", "715,00"),
        # Two lines of the same paragraph, then "Kr. pr. dag 2.870,00" on a line of its own.
        ("Teknik (Lærred, overhead, talerstol, mikrofonanlæg mv.) Inkl. klargøring med ekskl. betjening.",
         "Kr. pr. dag", "2.870,00"),
    ]),
    ((_RIDEHUS, "Foyer alene"), ("2023",), [
        ("Grundtakst", "Kr. pr. dag", "5.840,00"),
        ("Grundtakst (min 5 timer)", "Kr. pr. time", "584,00"),
    ]),
    ((_RIDEHUS, "Gl. Ridehus"), ("2023",), [
        ("Grundtakst", "Kr. pr. dag", "11.480,00"),
        ("Grundtakst (min. 5 timer)", "Kr. pr. time", "1.100,00"),
        ("Foreninger", "Kr. pr. dag", "825,00"),
        ("Oplysningsforbund (over 4 timer)", "Kr. pr. dag", "825,00"),
        ("Oplysningsforbund (under 4 timer)", None, "Gratis"),
    ]),
    ((_RIDEHUS, "Musikstalden"), ("2023",), [
        ("Grundtakst", "Kr. pr dag", "10.350,00"),
        ("Grundtakst (min. 5 timer)", "Kr. pr. time", "1.025,00"),
        ("Foreninger", "Kr. pr. dag", "770,00"),
        ("Oplysningsforbund (over 4 timer)", "Kr. pr. dag", "770,00"),
        ("Oplysningsforbund (under 4 timer)", "Kr. pr. dag", "Gratis"),
    ]),
    ((_RIDEHUS, "Lokaler"), ("2023",), [
        ("Lokale 117, 202, 217, 219 og Smedjen", "Kr. pr. dag", "1.700,00"),
        ("Lokale 117, 202, 217, 219 og Smedjen", "Kr. pr. time", "170,00"),
        ("Foreninger", "Kr. pr. dag", "130,00"),
        ("Oplysningsforbund (over 4 timer)", "Kr. pr. dag", "130,00"),
        ("Oplysningsforbund (under 4 timer)", "Kr. pr. dag", "Gratis"),
    ]),
    ((_RIDEHUS, "Andet"), ("2023",), [
        ("Afbookningsgebyr, ved afbooking senere end 30 dage før arrangementsdato samt ved manglende "
         "anvendelse af lokalet", None, "10% af leje. Min. kr. 300,00"),
        ("Opstilling af borde og stole", None, "Efter tidsforbrug"),
        ("Teknisk assistance inden kl. 17.00", "Kr. pr. time", "365,00"),
        ("Teknisk assistance øvrig tid", "Kr. pr. time", "615,00"),
        ("Anden assistance og brug af udstyr herunder indlejet udstyr", None, "Efter tilbud"),
    ]),
    (("Hegnssyn",), ("2023",), [
        ("Hegnssynsforretninger", "Kr. pr. sag", "2.009,00"),
    ]),
    (("Nummerplader",), ("2023",), [
        ("Enkeltnummerplader", "Kr. for 3 år", "258,00"),
        ("Udlejningsnummerplader", "kr. pr udlejning", "25,00"),
    ]),
    (("Udlån af skolelokaler", "Folkeskoler for fritidsejendomme"), ("2023",), [
        ("Klasse- og almindelige mødelokaler", "Kr. pr. time", "127,00"),
        ("Faglokaler", "Kr. pr. time", "321,00"),
        ("Samlings- og festsale", "Kr. pr. time", "321,00"),
        ("Gymnastiksale", "Kr. pr. time", "321,00"),
        ("Skolehaller", "Kr. pr. time", "541,00"),
    ]),
    (("Folkeoplysende foreninger", "Sæsonudlån"), ("2023",), [
        ("Skolehal", "Kr. pr. time", "62,00"),
        ("Atletikstadion og rulleskøjtebane", "Kr. pr. time", "24,00"),
        ("Fodboldbane, klasse- og faglokale", "Kr. pr. time", "17,00"),
        ("1 til 2 kroketbaner", "Kr. pr. time", "9,00"),
        ("3 til 4 kroketbaner", "Kr. pr. time", "17,00"),
        ("Gymnastiksal", "Kr. pr. time", "17,00"),
        ("Tennisbane", "Kr. pr. time", "12,00"),
        ("Håndboldbane, 7- og 5- mandsbane", "Kr. pr. time", "9,00"),
        ("Omklædningsrum uden baner", "Kr. pr. time", "4,00"),
        ("Petanquebaner", "Kr. pr. time", "4,00"),
        ("Kunstgræsbane i vintersæsonen 1/11-31/3 + evt. lys", "Kr. pr. time", "157,00"),
        ("Lys 125 lux", "Kr. pr. time", "53,00"),
        ("Lys 250 lux", "Kr. pr. time", "81,00"),
    ]),
    (("Folkeoplysende foreninger", "Enkeltudlån"), ("2023",), [
        ("Mødelokaler", "Kr. pr. dag", "156,00"),
        ("Sale (<200 m2)", "Kr. pr. dag", "475,00"),
        ("Haller og sale (>200 m2)", "Kr. pr. dag", "792,00"),
        ("Overnatningsarrangementer (pr. overnatning/pr. person)", "Kr. pr. person", "23,00"),
    ]),
    (("Folkeoplysende foreninger", "Faste udlån"), ("2023",), [
        ("Egne mødelokaler", "Kr. pr. m2", "68,00"),
        ("Egne mødelokaler i sekundærer rum", "Kr. pr. m2", "36,00"),
    ]),
    (("Musikskolen",), ("2022/2023", "2023/2024"), [
        ("Babymusik", None, "Gratis", "Gratis"),
        ("Forældre-/barn-hold, værkstedshold mv. (9 rater)", "Kr. pr. mdr.", "189,00", "194,00"),
        ("Sammenspil, orkestre, kor, hørelære (9 rater). " + _ONLY_IF_NOT_ENROLLED,
         "Kr. pr. mdr.", "189,00", "194,00"),
        ("Instrumentklasser, 2 år, prøv gratis instrument ect.", "Kr. pr. mdr.", "189,00", "194,00"),
        ("Musik & IT mv. (9 rater)", "Kr. pr. mdr.", "189,00", "194,00"),
        ("Begynderhold diverse instrumenter", "kr. pr. mdr.", "189,00", "194,00"),
        ("Sammenspil/kor over 25 år (8 rater)", "Kr. pr. mdr.", "214,00", "220,00"),
        ("Instrumental- og sangundervisning under 25 år (9 rater)", "Kr. pr. mdr.", "418,00", "430,00"),
        ("Instrumental- og sangundervisning under 25 år (8 rater)", "Kr. pr. mdr.", "490,00", "500,00"),
        ("Bifag, Fokuslinjen (tidligere Talentlinjen) (4 rater)", "Kr. pr. mdr.", "278,00", "285,00"),
        ("Seniorsangerne (5 rater)", "Kr. pr. mdr.", "154,00", "158,00"),
        ("De glade lunger (8 rater)", "Kr. pr. mdr.", "154,00", "158,00"),
        ("Kulturskolefag mv. (9 rater) " + _ONLY_IF_NOT_ENROLLED, "Kr. pr. mdr.", "225,00", "230,00"),
        ("Leje af instrumenter (9 rater)", "Kr. pr. mdr.", "64,00", "65,00"),
    ]),
    (("Opkrævning og rykkergebyrer",), ("2023",), [
        ("Rykkergebyr", "Kr.", "250,00"),
        ("Civilretslig krav pålægges et rykkergebyr på", "Kr.", "100,00"),
        ("Underretningsgebyr på krav med fortrinsret", "Kr.", "450,00"),
    ]),
    (_HERSKABSSTALD + ("Eksterne brugere",), ("2023",), [
        ("Lokaleleje, vognporten (stueplan) eller mødelokale 1 (1. sal)", "Kr. pr. time", "1.000,00"),
        ("Lokaleleje (Vognporten og mødelokale 1)", "Kr. pr. time", "1.780,00"),
        ("Klargøring/oprydning", "Kr. pr. dag", "1.650,00"),
        ("Rådighedsgebyr/opsyn, hverdage indtil kl. 17.00", "Kr. pr. time", "365,00"),
        ("Rådighedsgebyr/opsyn, øvrig tid", "Kr. pr. time", "615,00"),
    ]),
    (_HERSKABSSTALD + ("Interne brugere",), ("2023",), [
        ("Mindre møder", None, "Gratis"),
        ("Klargøring/oprydning/rengøring", "Kr.", "1.650,00"),
        ("Personaleassistance til forplejning m.m. hverdage indtil kl. 17.00", "Kr. pr. time", "365,00"),
        ("Personaleassistance øvrig tid", "Kr. pr. time", "615,00"),
    ]),
    (("Rønnebæksholm", "Entre mv. til udstilling"), ("2023",), [
        ("Almindelig entre", "Kr. pr. person", "75,00"),
        ("Grupper - dog minimum 10 personer", "kr. pr. person", "60,00"),
        ("Medlemmer af Venneforeningen", "Kr. pr. år", "200,00"),
        ("Børn og unge under 18 år samt studerende", None, "Gratis"),
        ("Grupper udenfor åbningstid", None, "300 kr. + entre pr person"),
        ("Rundvisning", None, "690,00"),
        ("Skoleklasser/skolebesøg i åbningstiden", None, "Gratis"),
        ("Undervisningsforløb (udvalgte udstillinger)", None, "Efter tilbud"),
    ]),
    (_MEETING_ROOMS + ("Eksterne brugere",), ("2023",), [
        ("Leje af mødelokale, mandag-fredag kl. 9-16", "Kr. pr. time", "280,00"),
        ("Leje af mødelokale øvrig tid", "Kr. pr. time", "490,00"),
        (_ASSISTANCE_9_16, "Kr. pr. time", "365,00"),
        (_ASSISTANCE_AFTER_16, "Kr. pr. time", "615,00"),
    ]),
    (_MEETING_ROOMS + ("Interne brugere",), ("2023",), [
        ("Lån af mødelokale, mandag til fredag kl. 9-16", "Kr. pr. time", "Gratis"),
        (_ASSISTANCE_9_16, "Kr. pr. time", "365,00"),
        (_ASSISTANCE_AFTER_16, "Kr. pr. time", "615,00"),
    ]),
    # The paragraph above the value names it.
    (("Kort og vejregister",), ("2023",), [
        ("By- og Kommunekort - info kort med vejregister", "Kr. pr. stk.", "28,50"),
    ]),
    (("Rottebekæmpelse",), ("2023",), [
        ("Bekæmpelse af rotter", None, "0,074 promille af ejendomsværdi"),
    ]),
    (("Torvehandel og stadepladser",), ("2023",), [
        ("Faste handelspladser indre by - grundtakst", "Kr. pr. år", "13.755,41"),
        ("Faste pladser på Axeltorv", "Kr. pr. år", "8.023,70"),
        ("Løse pladser på Axeltorv", "Kr. pr. gang", "168,00"),
        ("Plads for salg af smykker mv.", "Kr. pr. år", "8.023,70"),
        ("Pølse- og kaffevogn (pladsafhængig afgift 1)", "Kr. pr. år", "4.249,41"),
        ("Pølse- og kaffevogn (pladsafhængig afgift 2)", "Kr. pr. år", "8.497,66"),
        ("Pølse- og kaffevogn (pladsafhængig afgift 3)", "Kr. pr. år", "12.748,24"),
    ]),
    (("Torvehandel og stadepladser", "Stadepladsen på Stejlepladsen på Enø"), ("2023",), [
        ("- perioden april - september", "Kr. pr. år", "16.837,03"),
        ("- perioden oktober til marts", "Kr. pr. år", "5.612,34"),
    ]),
    (("Idrætsanlæg",), ("2023",), [
        ("Leje af fodboldbane", "Kr. pr. time", "224,00"),
        ("Leje af håndboldbane eller tennisbane", "Kr. pr. time", "122,00"),
        ("Leje af atletikbane", "Kr. pr. time", "176,00"),
        ("Leje af fodbold-, håndbold- og atletikbane", "Kr. pr. time", "180,00"),
        ("Kunstgræsbane hele året", "Kr. pr. time", "857,00"),
        ("Lys 125 lux", "Kr. pr. time", "53,00"),
        ("Lys 250 lux", "Kr. pr. time", "81,00"),
    ]),
    (("Linjefag (elevbetaling)",), ("2023",), [
        ("Elevbetaling pr. linje", "Kr. pr. måned", "460,00"),
    ]),
    (("Tandpleje",), ("2023",), [
        ("Omsorgstandlægen", "Pr. år", "570,00"),
        ("Specialtandlægen", "Pr. år", "2.130,00"),
    ]),
    (("Vandløb",), ("2023",), [
        ("§ 21 - Behandling af sager efter kap. 2 og 3 (2 % af anlægssum)", "Kr.", "7.449,37"),
    ]),
    (("Ældre og handicap", "Ældreområdet"), ("2023",), [
        ("Kørsel til dagcenter (både ud og hjem)", "Kr. pr. gang", "80,00 (130,00 pr 1/11 2023)"),
        ("Natophold (bl.a. dækning af udgifter til vask af linned", "Kr. pr. nat/døgn", "42,00"),
        ("Forplejning og natophold", "Kr. pr. nat/døgn", "130,00"),
        ("Gæstestuer (midlertidig ophold)", "Kr. pr. døgn", "154,00"),
    ]),
    (("Ældre og handicap", "Ældreområdet", "Servicepakker (udvalgte plejeområder)"), ("2023",), [
        ("Vask/leje af sendelinned", "Kr. pr. mdr.", "377,00"),
        ("Vask af personligt tøj", "Kr. pr. mdr.", "229,00"),
        ("Rengøringsartikler", "Kr. pr. mdr.", "91,00"),
    ]),
    (("Ældre og handicap", "Handicapområdet", "Marskvej - §110 forsorgshjem"), ("2023",), [
        ("Værelse", "Kr. pr. døgn", "101,00"),
        ("Kost", "Kr. pr. døgn", "93,00"),
        ("Værelse, unge", "Kr. pr. døgn", "78,00"),
    ]),
    (("Ældre og handicap", "Kostområdet", "Pensionisters betaling for madservice"), ("2023",), [
        ("Hovedret og biret", "Kr. pr. stk.", "65,00"),
        ("Hovedret", "Kr. pr. stk.", "59,00"),
        ("Frokostpakke", "Kr. pr. stk.", "33,50"),
    ]),
    (("Ældre og handicap", "Kostområdet", "Ydelser på plejehjemmene"), ("2023",), [
        ("Morgenmad", "Kr. pr. modul", "30,00"),
        ("Middagsmad", "Kr. pr. modul", "69,00"),
        ("Middagsmad minus biret", "Kr. pr. modul", "63,50"),
        ("Aftensmad", "Kr. pr. modul", "35,50"),
        ("Forplejning i alt", "Kr. pr. mdr.", "3.985,00"),
        ("Forplejning i alt minus biret", "Kr. pr. mdr.", "3.985,00"),
    ]),
]

# (section, item) -> note: the footnote below the table, or the remark printed with the value.
NOTES = {
    ("Dagplejen (0-2 år)", "43 timer"): FOOTNOTE_STAR,
    ("Børnehaver", "Deltidsplads 35 timer"): FOOTNOTE_STAR,
    ("Integrerede institutioner", "3-5 år, deltidsplads 35 timer"): FOOTNOTE_STAR,
    ("Pensionisters betaling for madservice", "Hovedret"): FOOTNOTE_1,
    ("Pensionisters betaling for madservice", "Frokostpakke"): FOOTNOTE_2,
    ("Ydelser på plejehjemmene", "Forplejning i alt"): FOOTNOTE_1,
    ("Ældreområdet", "Kørsel til dagcenter (både ud og hjem)"): "130,00 pr 1/11 2023",
}

# value_text -> (value_kind, amount_dkk) for the values that are not plain prices.
SPECIAL_VALUES = {
    "Gratis": ("free", None),
    "Efter tilbud": ("on_request", None),
    "Efter tidsforbrug": ("at_cost", None),   # charged by the time it takes (the contract's at_cost)
    "300 kr. + entre pr person": ("text", None),
    "10% af leje. Min. kr. 300,00": ("percent", None),
    "0,074 promille af ejendomsværdi": ("per_mille", None),
    "80,00 (130,00 pr 1/11 2023)": ("amount", 80.0),
    "1000,00": ("amount", 1000.0),
    "0,00": ("amount", 0.0),
}

# Main sections (accordions) whose text says "ekskl. moms", which holds for the whole main
# section: Ridehuset at its end ("Alle ovenstående priser er ekskl. moms", 27 tariffs),
# Rønnebæksholm under its first h4 ("Alle nedenstående priser er ekskl. moms.", 24 tariffs).
VAT_EXCLUDED_SECTIONS = [(_RIDEHUS,), ("Rønnebæksholm",)]
VAT_EXCLUDED_COUNT = 27 + 24


def expected_tariffs() -> list[tuple]:
    """(section_path, item, unit, period, value_text) per tariff, in page order."""
    out = []
    for path, periods, rows in SECTIONS:
        for item, unit, *values in rows:
            assert len(values) == len(periods)
            out.extend((path, item, unit, period, value) for period, value in zip(periods, values))
    return out
