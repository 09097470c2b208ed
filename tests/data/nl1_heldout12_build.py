#!/usr/bin/env python3
"""Held-out gold cases nl1_heldout12_cases (NL101 / NL102), Swedish clinical text.

Dependency-free. Holds every case as data, writes nl1_heldout12_cases.jsonl beside this
file and validates it. Exits 1 on any problem. Deterministic output.
Written from the regional routines (seeds), DESIGN.md and the devset README only.
"""
import datetime as _dt
import json
import os
import re
import sys

NAME = "nl1_heldout12_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")
AS_OF = "2024-12-15T00:00:00"

CASES = []
PROBLEMS = []


# ----------------------------------------------------------------- helpers
def luhn_digit(nine):
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def pnr(birth, serial):
    """birth 'YYYYMMDD', serial 3 digits -> 'YYYYMMDD-NNNC'."""
    return "%s-%s%s" % (birth, serial, luhn_digit(birth[2:] + serial))


def SK(name, code):
    return {"name": name, "hsa_id": "SE2321000255-" + code}


def VG(name, code):
    return {"name": name, "hsa_id": "SE2321000131-E0000000" + code}


def iso(t):
    return t.replace(" ", "T") + ":00"


def N(nid, unit, author, role, time, sections, template="Läkaranteckning",
      system="Melior", signed=40, setting="öppenvård", refs=None):
    """signed: minutes after time, or None for an unsigned draft."""
    t = _dt.datetime.strptime(time, "%Y-%m-%d %H:%M")
    sg = None
    if signed is not None:
        sg = (t + _dt.timedelta(minutes=signed)).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "id": nid, "system": system, "template": template, "unit": unit,
        "author": {"name": author, "role": role},
        "time": iso(time), "signed": sg, "setting": setting,
        "refs": list(refs or []),
        "sections": [{"keyword": k, "text": v} for k, v in sections],
    }


def C(name, ruleset, birth, serial, notes, must=(), must_not=(), why=""):
    CASES.append({
        "case": name,
        "ruleset": ruleset,
        "record": {
            "patient": {"id": pnr(birth, serial),
                        "birth_date": "%s-%s-%s" % (birth[:4], birth[4:6], birth[6:]),
                        "protected_identity": False},
            "as_of": AS_OF,
            "notes": notes,
            "access_events": [], "conversations": [], "treatments": [],
        },
        "must": [list(x) for x in must],
        "must_not": [list(x) for x in must_not],
        "why": why,
    })


M1 = ("NL101", "n1")
M2 = ("NL102", "n1")


# =================================================================
# A. NL101 must: diagnosis visible, patient (or guardians of a child < 13) not informed
# =================================================================

C("kir-koloncancer-pad-annu-ej-informerad", "skane", "19520814", "262", [
    N("n1", SK("Kirurgiska mottagningen, Helsingborgs lasarett", "2K41"), "Johan Ekdahl", "läkare",
      "2024-03-14 10:20", [
          ("Aktuellt", "Genomgång av PAD från koloskopin 12/3: högt differentierat adenocarcinom i "
                       "colon sigmoideum, ca 25 cm från anus. DT thorax-buk utan fjärrmetastaser."),
          ("Bedömning", "Koloncancer sigmoideum, cT3N0M0. Pat ännu ej informerad om PAD-svaret. "
                        "Kallas till mottagningen med kontaktsjuksköterska för besked. Anmäld till "
                        "kolorektal MDK 20/3."),
      ])],
    must=[M1], must_not=[M2],
    why="established colon cancer in Bedömning and 'ännu ej informerad' -> NL101; nothing hedged")

C("neuro-ms-mcdonald-bortrest-typo-hunit", "vgr", "19890302", "588", [
    N("n1", VG("Neurologmottagningen, Sahlgrenska Universitetssjukhuset", "10211"), "Karin Lövgren",
      "läkare", "2024-04-03 15:10", [
          ("Sammanfattning", "MR hjärna och halsrygg 28/3: multipla periventrikulära och juxtakortikala "
                             "T2-lesioner samt en kontrastladdande lesion i höjd med C3. Likvor med "
                             "oligoklonala band. McDonald-kriterierna 2017 uppfyllda, diagnosen skovvis "
                             "förlöpande MS är därmed ställd."),
          ("Planering", "Har inte hunit prata med patienten om svaren, hon är bortrest t.o.m. 15/4. "
                        "Ringer henne då och bokar ett längre besök där bromsmedicin diskuteras."),
      ])],
    must=[M1],
    why="MS settled in visible Sammanfattning; 'har inte hunit (typo) prata med patienten om svaren' = not informed")

C("hud-melanom-ssk-ej-nadd-per-telefon", "skane", "19710519", "644", [
    N("n1", SK("Hudmottagningen, Skånes universitetssjukhus Lund", "7H20"), "Maria Ohlsson",
      "sjuksköterska", "2024-05-21 13:45", [
          ("Telefon", "PAD från excision på ryggen har kommit: malignt melanom, superficiellt spridande "
                      "typ, Breslow 0,8 mm, radikalt exciderat. Sökt pat två gånger på mobilen utan svar, "
                      "lämnat meddelande om att ringa tillbaka. Patienten har alltså inte fått besked. "
                      "Nytt försök imorgon förmiddag, annars skickas brev med läkartid."),
      ], template="Telefonanteckning", signed=15)],
    must=[M1],
    why="nurse phone note: melanoma in visible text, patient not reached and not told")

C("hemat-aml-samtal-imorgon-make", "vgr", "19640927", "320", [
    N("n1", VG("Hematologiavdelningen, Sahlgrenska Universitetssjukhuset", "10877"), "Erik Sandström",
      "läkare", "2024-02-08 16:30", [
          ("Aktuellt", "Benmärgsaspirat taget igår. Morfologi: 62 % myeloiska blaster. Flödescytometri: "
                       "akut myeloisk leukemi med monocytär differentiering. Cytogenetik pågår."),
          ("Bedömning", "Nydiagnostiserad AML. Pat har inte fått veta ännu, informationssamtal planerat "
                        "imorgon kl 10 när maken kan vara med. Förbereder induktionsbehandling, "
                        "CVK-inläggning beställd."),
      ], template="Daganteckning", setting="slutenvård")],
    must=[M1],
    why="new AML stated as fact; 'har inte fått veta ännu' -> NL101")

C("uro-prostatacancer-besked-vid-aterbesok", "skane", "19560111", "395", [
    N("n1", SK("Urologiska mottagningen, Skånes universitetssjukhus Malmö", "5U08"), "Anders Brink",
      "läkare", "2024-05-06 11:00", [
          ("Provsvar", "Riktade biopsier från PI-RADS 5-lesionen i vä perifera zon: prostatacancer "
                       "Gleason 4+3=7 (ISUP grad 3) i 5 av 12 kärnor, max 9 mm cancer per kärna."),
          ("Plan", "Besked lämnas inte per telefon. Patienten informeras om diagnosen vid redan bokat "
                   "återbesök 28/5; skelettskintigrafi beställs först efter det."),
      ])],
    must=[M1],
    why="prostate cancer written out; the patient is to be told only at a later visit, so not informed now")

C("gyn-missed-abortion-gick-innan-granskning", "vgr", "19930618", "222", [
    N("n1", VG("Gynekologiska akutmottagningen, Skaraborgs Sjukhus Skövde", "31290"), "Sara Nyström",
      "läkare", "2024-06-11 09:35", [
          ("Status", "VUL: intrauterin graviditet, CRL 9 mm motsvarande 6+5. Ingen hjärtaktivitet. "
                     "Adnexa ua, ingen fri vätska."),
          ("Bedömning", "Missed abortion. Pat gick innan bilderna var granskade och är inte informerad, "
                        "jag ringer henne så snart jag är klar på förlossningen."),
      ], setting="akutmottagning")],
    must=[M1],
    why="missed abortion established in Bedömning while the woman 'är inte informerad'")

C("obst-trisomi21-paret-ej-fatt-resultat", "skane", "19900404", "246", [
    N("n1", SK("Fosterdiagnostiska enheten, Kvinnokliniken, Skånes universitetssjukhus Malmö", "5K33"),
      "Helena Strand", "läkare", "2024-04-17 11:50", [
          ("Provsvar", "Fostervattenprov v 16+2, QF-PCR: trisomi 21 hos fostret (47,XX,+21)."),
          ("Information", "Paret har ännu inte fått resultatet. Barnmorska och undertecknad ringer dem idag "
                          "efter kl 13 och erbjuder besök redan imorgon."),
      ])],
    must=[M1],
    why="fetal trisomy 21 in the pregnant patient's note; 'paret' (incl. the patient) not yet told")

C("geri-alzheimer-dottern-informerad-pat-ej", "skane", "19380925", "468", [
    N("n1", SK("Minnesmottagningen, Geriatriska kliniken, Helsingborgs lasarett", "2G17"),
      "Lars-Olof Bengtsson", "läkare", "2024-09-30 14:00", [
          ("Sammanfattning", "Utredningen avslutad. MMSE-SR 19/30, klocktest med tydliga "
                             "planeringssvårigheter. CT hjärna: mesiotemporal atrofi, MTA 3 bilateralt. "
                             "Likvor: lågt beta-amyloid 42, förhöjt tau och fosfo-tau. Neuropsykologisk "
                             "testning visar episodisk minnesstörning och nedsatt exekutiv förmåga."),
          ("Diagnos", "Alzheimers sjukdom med sen debut (G30.1)."),
          ("Information", "Dottern, som är kontaktperson, informerad per telefon på hennes begäran. "
                          "Patienten själv har ännu inte fått diagnosbeskedet; det ges vid hembesök "
                          "tillsammans med demenssjuksköterskan 14/10."),
          ("Planering", "Donepezil övervägs efter diagnossamtalet. Körkortsfrågan tas upp då. "
                        "Biståndsbedömning via kommunen, anhörigstöd till dottern."),
      ])],
    must=[M1], must_not=[M2],
    why="daughter informed but the patient herself not: still NL101; 'övervägs' concerns a drug, not the diagnosis")

C("barnonk-all-foraldrar-ej-informerade", "skane", "20180712", "082", [
    N("n1", SK("Barnonkologiska avdelningen 64, Barn- och ungdomssjukhuset Lund", "7B64"),
      "Ingrid Malmberg", "läkare", "2024-10-02 13:20", [
          ("Bedömning", "Benmärgsundersökning idag: akut lymfatisk leukemi, pre-B-ALL, 88 % blaster. "
                        "Föräldrarna ej informerade än; bakjour och jag träffar dem kl 16 i samtalsrummet. "
                        "Lekterapeut kontaktad inför samtalet med Wilma."),
      ], setting="slutenvård")],
    must=[M1],
    why="6-year-old: ALL in visible text and the guardians (who read the journal) not yet told")

C("barn-klinefelter-vardnadshavare-ovetande", "vgr", "20150223", "153", [
    N("n1", VG("Barnendokrinologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "10452"),
      "Peter Holmqvist", "läkare", "2024-03-05 10:05", [
          ("Provsvar", "Kromosomanalys från 12/2 har kommit: 47,XXY, dvs Klinefelters syndrom."),
          ("Planering", "Vårdnadshavarna känner inte till resultatet ännu. Genetisk vägledare och jag bokar "
                        "ett gemensamt samtal med båda föräldrarna; svaret ska inte lämnas per telefon."),
      ])],
    must=[M1],
    why="9-year-old with Klinefelter (eponym) settled; guardians 'känner inte till resultatet'")

C("infek-hiv-konfirmerad-kallad-fredag", "skane", "19870430", "715", [
    N("n1", SK("Infektionsmottagningen, Skånes universitetssjukhus Malmö", "5I12"), "Nadia Haddad",
      "läkare", "2024-02-06 15:40", [
          ("Provsvar", "HIV-1 ak/ag positiv, verifierad med immunoblot. Virusmängd 84 000 kopior/ml, "
                       "CD4 310."),
          ("Planering", "Pat har ännu inte informerats om hiv-diagnosen. Kallad till mottagningen fredag "
                        "9/2 kl 10, tolk (tigrinja) bokad på plats. Smittspårning startas efter beskedet."),
      ])],
    must=[M1],
    why="confirmed HIV in Provsvar/Planering, 'ännu inte informerats' -> NL101")

C("onh-tonsillcancer-telegrafiskt-besked-ej-lamnat", "vgr", "19610815", "397", [
    N("n1", VG("Öron-, näs- och halsmottagningen, Sahlgrenska Universitetssjukhuset", "10338"),
      "Magnus Hed", "läkare", "2024-04-24 08:15", [
          ("Bedömning", "PAD tonsill hö: skivepitelcancer, p16-pos. Besked ej lämnat. PET-DT beställd. "
                        "Anmäld till huvud-hals-MDK 7/5, pat kallas efter konferensen."),
      ], signed=5)],
    must=[M1],
    why="telegraphic 'Besked ej lämnat' after a settled tonsil cancer")

C("ogon-retinoblastom-undersokning-i-narkos", "skane", "20220119", "217", [
    N("n1", SK("Ögonkliniken, Skånes universitetssjukhus Lund", "7O03"), "Cecilia Rydén", "läkare",
      "2024-08-27 10:45", [
          ("Undersökning i narkos", "Vä öga: exofytisk tumör temporalt om papillen, ca 12 x 10 mm, med "
                                    "vitreal seeding. Hö öga ua."),
          ("Bedömning", "Retinoblastom vä öga, grupp D enligt ICRB. Inget sagt till föräldrarna ännu, "
                        "undertecknad informerar dem när Sigge har vaknat. Kontakt tagen med barnonkolog."),
      ], setting="dagkirurgi")],
    must=[M1],
    why="2-year-old, retinoblastoma in visible text, 'inget sagt till föräldrarna ännu'")

C("kardio-hocm-utkast-gatt-hem", "vgr", "19790406", "139", [
    N("n1", VG("Kardiologmottagningen, NU-sjukvården NÄL", "20613"), "Omid Rahimi", "läkare",
      "2024-01-22 16:55", [
          ("Bedömning", "UKG: asymmetrisk septumhypertrofi 21 mm, SAM av främre mitralisseglet, "
                        "LVOT-gradient 45 mmHg i vila. Hypertrof obstruktiv kardiomyopati. Patienten hade "
                        "gått hem innan svaret var klart och är inte informerad. Skickar kallelse till "
                        "telefontid och besök; screening av förstagradssläktingar tas upp vid besöket."),
      ], signed=None)],
    must=[M1],
    why="unsigned draft (pre-signing): HOCM written out, patient left before the result and is not informed")

C("psyk-schizofreni-ej-aterkopplad", "skane", "19970213", "533", [
    N("n1", SK("Allmänpsykiatrisk mottagning Lund", "7P41"), "Elin Hjort", "läkare",
      "2024-05-29 13:30", [
          ("Bedömning", "Efter fem månaders utredning bedöms kriterierna för schizofreni, paranoid form "
                        "(F20.0), vara uppfyllda. Diagnosen har ännu inte återkopplats till patienten. "
                        "Planerar att göra det tillsammans med kontaktpersonen när han är mer stabil i "
                        "sin medicinering."),
      ])],
    must=[M1], must_not=[M2],
    why="settled F20.0 with 'ännu inte återkopplats till patienten'; 'bedöms ... vara uppfyllda' is no hedge")

C("kir-peritoneal-karcinos-opberattelse", "vgr", "19580303", "426", [
    N("n1", VG("Kirurgkliniken, Södra Älvsborgs Sjukhus Borås", "40151"), "Fredrik Ahl", "läkare",
      "2024-09-10 12:10", [
          ("Operationsindikation", "Cancer ventriculi, inför planerad gastrektomi."),
          ("Operationsfynd", "Vid diagnostisk laparoskopi ses utbredd peritoneal karcinos över parietala "
                             "peritoneum, omentet och Douglas. Biopsier x 3 till PAD. Ingreppet avbryts, "
                             "ingen resektion."),
          ("Postoperativt", "Pat ej informerad om fynden. Görs imorgon på avdelningen av undertecknad när "
                            "hon är vaken och orkar, gärna med dottern närvarande."),
      ], template="Operationsberättelse", setting="slutenvård")],
    must=[M1],
    why="operation note: peritoneal carcinosis found, patient not informed of the findings")

C("lung-tidslinje-rtg-cytologi-besked", "skane", "19550727", "157", [
    N("n1", SK("Bild och funktion, Skånes universitetssjukhus Lund", "7R01"), "Tove Lindqvist", "läkare",
      "2024-03-06 09:30", [
          ("Utlåtande", "DT thorax med kontrast: 4,1 cm spikulerad tumör i hö överlob. Mediastinala "
                        "lymfkörtlar station 4R och 7 upp till 2 cm. Fynden är högst misstänkta för "
                        "lungcancer med lymfkörtelspridning. Ingen pleuravätska."),
      ], template="Röntgenutlåtande", signed=60),
    N("n2", SK("Lungmottagningen, Skånes universitetssjukhus Lund", "7L22"), "Gustav Ek", "läkare",
      "2024-03-15 14:10", [
          ("Bedömning", "EBUS-TBNA station 7: adenocarcinom, TTF-1 positivt. EGFR, ALK och PD-L1 pågår. "
                        "Pat ej informerad om cytologisvaret, träffar mig 21/3."),
      ]),
    N("n3", SK("Lungmottagningen, Skånes universitetssjukhus Lund", "7L22"), "Gustav Ek", "läkare",
      "2024-03-21 10:00", [
          ("Besök", "Besök tillsammans med hustrun och kontaktsjuksköterska. Pat informerad om att det är "
                    "en lungcancer av typen adenocarcinom, stadium IIIA. Gick igenom fortsatt plan med "
                    "onkologbedömning. Pat tog beskedet sansat."),
      ], template="Mottagningsanteckning"),
    ],
    must=[("NL101", "n2"), ("NL102", "n1")],
    must_not=[("NL101", "n1"), ("NL101", "n3")],
    why="three notes: only the cytology note says 'ej informerad'; the X-ray reply hedges; the visit informs")

C("onk-ssk-levermetastaser-hanvisar-lakarbesok", "vgr", "19630530", "289", [
    N("n1", VG("Jubileumskliniken, Sahlgrenska Universitetssjukhuset", "10940"), "Annika Berg",
      "sjuksköterska", "2024-07-09 11:25", [
          ("Kontaktorsak", "Pat ringde och frågade om svaret på DT från förra veckan."),
          ("Omvårdnad", "DT visar nytillkomna levermetastaser, dvs progress på nuvarande behandling. Pat är "
                        "inte informerad om detta. Hänvisade till läkarbesöket på torsdag utan att gå in på "
                        "svaret, vilket pat accepterade men upplevdes orolig. Pratat med dr Sandberg som "
                        "ringer upp i eftermiddag."),
      ], template="Omvårdnadsanteckning", signed=20)],
    must=[M1],
    why="nurse note names progression with liver metastases that the patient is not told of")

C("sekr-dcis-inte-skickas-hem", "skane", "19680905", "428", [
    N("n1", SK("Kirurgmottagningen, Lasarettet i Ystad", "3K15"), "Birgitta Möller",
      "medicinsk sekreterare", "2024-04-29 09:05", [
          ("Administrativt", "Inkommit svar från Klinisk patologi: duktal cancer in situ vä bröst, "
                             "höggradig, 22 mm. Lagt för vidimering hos dr Lind. Enligt dr Lind ska svaret "
                             "inte skickas hem; pat har inte fått något besked och bokas till läkarbesök v. 19."),
      ], template="Administrativ anteckning", signed=3)],
    must=[M1],
    why="secretary note: DCIS written out, 'pat har inte fått något besked'")

C("reuma-jattecellsarterit-biopsisvar-ej-fatt", "skane", "19470622", "140", [
    N("n1", SK("Reumatologiska mottagningen, Skånes universitetssjukhus Malmö", "5R09"), "Åsa Kjellin",
      "läkare", "2024-06-18 10:30", [
          ("Aktuellt", "Temporalisbiopsi hö: jättecellsarterit med transmural inflammation och fragmenterad "
                       "lamina elastica interna. Pat har inte fått biopsisvaret ännu. Prednisolon 40 mg "
                       "sedan 10 dagar, trappas enligt schema. Beskedet ges vid återbesöket om två veckor."),
      ])],
    must=[M1],
    why="giant cell arteritis on biopsy, 'har inte fått biopsisvaret ännu'")

C("orto-patologisk-fraktur-myelom-hematolog-informerar", "skane", "19500817", "573", [
    N("n1", SK("Ortopediska kliniken, Hässleholms sjukhus", "4O07"), "Tomas Wester", "läkare",
      "2024-06-05 15:30", [
          ("Inskrivningsorsak", "Patologisk fraktur i hö femurskaft efter lågenergitrauma."),
          ("Aktuellt", "Opererad med märgspik 3/6. S-elfores: M-komponent IgG kappa 38 g/l. "
                       "Helkropps-DT: multipla osteolyser i kotpelare och bäcken. Konsulterande hematolog "
                       "bedömer tillståndet som multipelt myelom."),
          ("Planering", "Pat har inte informerats om myelomdiagnosen, hematologen tar det samtalet vid "
                        "konsultbesöket imorgon fm. Mobilisering enligt fysioterapeut, full belastning."),
      ], setting="slutenvård")],
    must=[M1],
    why="orthopaedic ward note: myeloma named, 'har inte informerats om myelomdiagnosen'")

C("endokrin-papillar-tyreoideacancer-utkast", "vgr", "19840209", "642", [
    N("n1", VG("Endokrinmottagningen, Sahlgrenska Universitetssjukhuset", "10519"), "Linnea Sjöberg",
      "läkare", "2024-05-24 17:05", [
          ("Bedömning", "FNP från 2,2 cm nodulus i hö tyreoidealob: papillär tyreoideacancer, Bethesda VI. "
                        "Ej informerad. Besked på mottagningen 3/6, därefter remiss till endokrinkirurgin."),
      ], signed=None)],
    must=[M1],
    why="unsigned draft: papillary thyroid cancer and a bare 'Ej informerad'")

C("hemat-dlbcl-typo-infomerad", "skane", "19660313", "918", [
    N("n1", SK("Hematologimottagningen, Helsingborgs lasarett", "2H05"), "Niklas Fors", "läkare",
      "2024-08-02 13:40", [
          ("Bedömning", "PAD halslymfkörtel vä: diffust storcelligt B-cellslymfom (DLBCL), Ki-67 80 %. "
                        "Pat ännu ej infomerad, återbesök 14/8 med kontaktssk. PET-DT beställd för "
                        "stadieindelning."),
      ])],
    must=[M1],
    why="typo 'infomerad': lymphoma settled, patient not yet informed")

C("geri-parkinson-trott-under-ronden", "skane", "19400208", "086", [
    N("n1", SK("Geriatriska kliniken, Lasarettet i Ystad", "3G02"), "Sofia Arvidsson", "läkare",
      "2024-11-12 12:15", [
          ("Rond", "Asymmetrisk vilotremor, rigiditet och bradykinesi. DaTSCAN med bilateralt nedsatt upptag "
                   "i putamen. Parkinsons sjukdom. Pat inte informerad idag då hon var trött och förvirrad "
                   "under ronden. Informeras när maken är på plats, troligen på torsdag."),
      ], setting="slutenvård")],
    must=[M1], must_not=[M2],
    why="Parkinson established, patient not informed; 'troligen på torsdag' hedges a day, not a diagnosis")

C("kir-ventrikelcancer-sonerna-ber-vanta", "vgr", "19420514", "375", [
    N("n1", VG("Kirurgavdelning 3, Alingsås lasarett", "50177"), "Jonas Falk", "läkare",
      "2024-10-17 14:50", [
          ("Bedömning", "Gastroskopi med PAD: lågt differentierad ventrikelcancer i antrum. Sönerna har bett "
                        "oss att vänta med beskedet till pat tills de kan vara med på lördag. Pat är därför "
                        "inte informerad. Vi har förklarat att beskedet inte kan skjutas upp längre än så."),
      ], signed=None, setting="slutenvård")],
    must=[M1],
    why="relatives asked staff to wait: the patient is the one not informed -> NL101")

C("bup-ast-aterkoppling-vardnadshavare", "skane", "20160304", "125", [
    N("n1", SK("Barn- och ungdomspsykiatrin, BUP-mottagning Malmö", "5B30"), "Jenny Lund", "psykolog",
      "2024-09-04 15:00", [
          ("Sammanfattande bedömning", "Utredningen sammanställd. Autismspektrumtillstånd (F84.0) utan "
                                       "intellektuell funktionsnedsättning. Vårdnadshavarna har ännu inte "
                                       "fått återkoppling; återgivningssamtal bokat 20/9 med båda föräldrarna "
                                       "och skolans specialpedagog."),
      ], template="Psykologanteckning")],
    must=[M1],
    why="BUP (Skåne), 8-year-old: autism diagnosis visible, guardians not yet given feedback")

C("psykolog-adhd-atergivning-ej-skett", "skane", "19950817", "460", [
    N("n1", SK("Vuxenpsykiatrimottagningen Helsingborg", "2P11"), "Mikael Strömberg", "psykolog",
      "2024-02-27 16:20", [
          ("Bakgrund", "Remiss från vårdcentral pga koncentrationssvårigheter sedan skolåren, avbrutna "
                       "studier och impulsiva köp."),
          ("Metod", "Anamnes med pat och mamma, DIVA 2.0, WAIS-IV, QbTest, skattningsskalor ASRS och BRIEF-A."),
          ("Resultat", "Begåvning inom normalvariationen med ojämn profil, låg arbetsminnesindex. Tydlig "
                       "förekomst av uppmärksamhetssymtom och hyperaktivitet både i barndom och vuxen ålder."),
          ("Sammanfattande bedömning", "Sammantaget uppfylls kriterierna för ADHD, kombinerad form (F90.0). "
                                       "Återgivning har inte skett och patienten har inte tagit del av "
                                       "resultatet. Utlåtandet skickas till ansvarig läkare inför "
                                       "återgivningssamtalet."),
      ], template="Psykologutlåtande", signed=90)],
    must=[M1],
    why="psychologist's report: ADHD settled, 'patienten har inte tagit del av resultatet'")

C("kir-net-appendix-utskriven-vet-ingenting", "vgr", "19990410", "282", [
    N("n1", VG("Kirurgmottagningen, Kungälvs sjukhus", "60044"), "Amanda Roos", "läkare",
      "2024-07-22 10:40", [
          ("Aktuellt", "PAD appendix (op 2/7 för akut appendicit): neuroendokrin tumör G1 i appendixspetsen, "
                       "8 mm, radikalt exciderad. Pat utskriven innan svaret kom och vet ännu ingenting om "
                       "fyndet. Ingen ytterligare kirurgi behövs enligt riktlinjer; ringer pat för besked "
                       "och bokar uppföljning."),
      ])],
    must=[M1],
    why="incidental NET of the appendix, patient 'vet ännu ingenting om fyndet'")

C("infek-lungtuberkulos-ej-underrattad", "skane", "19810126", "913", [
    N("n1", SK("Infektionskliniken, Skånes universitetssjukhus Lund", "7I08"), "Yusuf Demir", "läkare",
      "2024-01-31 14:25", [
          ("Bedömning", "Odling sputum: Mycobacterium tuberculosis, känslig för rifampicin och isoniazid. "
                        "Lungtuberkulos. Pat ej underrättad; smittskyddsläkare kontaktad, pat kallas till "
                        "mottagningen imorgon 08.30 med tolk på arabiska."),
      ])],
    must=[M1],
    why="'ej underrättad' is another way to say not informed; TB settled by culture")

C("barn-cystisk-fibros-foraldrar-vet-bara-om-svettest", "vgr", "20240402", "371", [
    N("n1", VG("Barn- och ungdomsmedicinska mottagningen, Drottning Silvias barn- och ungdomssjukhus",
               "10461"), "Oskar Lindahl", "läkare", "2024-05-06 13:35", [
          ("Bedömning", "Nyföddhetsscreening med förhöjt IRT. Svettest 92 mmol/l, CFTR-analys: F508del "
                        "homozygot. Cystisk fibros. Föräldrarna har inte informerats om det bekräftade "
                        "resultatet, de vet bara att svettestet skulle tas. CF-teamet träffar familjen tisdag."),
      ])],
    must=[M1],
    why="infant with cystic fibrosis; guardians know of the test but not of the diagnosis")

C("kardio-trekarlssjukdom-sederad-cabg-trolig", "vgr", "19530612", "214", [
    N("n1", VG("Kardiologavdelningen, Södra Älvsborgs Sjukhus Borås", "40208"), "Rasmus Blom", "läkare",
      "2024-03-28 15:05", [
          ("Bedömning", "Koronarangiografi: trekärlssjukdom med 70 % huvudstamsstenos. Pat ej informerad "
                        "ännu, fortfarande sederad efter proceduren. Diskuteras på thoraxkonferens imorgon, "
                        "CABG trolig."),
      ], setting="slutenvård")],
    must=[M1], must_not=[M2],
    why="three-vessel disease, not informed; 'CABG trolig' hedges a treatment, not a diagnosis")

C("njur-fsgs-ej-inf-teltid", "vgr", "19860104", "395", [
    N("n1", VG("Njurmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "10605"), "Ali Karimi",
      "läkare", "2024-06-07 08:40", [
          ("Provsvar", "Njurbiopsi 4/6: FSGS, NOS-variant. Pat ej inf. – tel-tid bokad 12/6."),
      ], signed=4)],
    must=[M1],
    why="abbreviated 'ej inf.' after an FSGS biopsy result")

C("kir-pankreascancer-avvaktar-mdk", "vgr", "19590923", "556", [
    N("n1", VG("Kirurgkliniken, Sahlgrenska Universitetssjukhuset", "10128"), "Henrik Lagerqvist",
      "läkare", "2024-10-28 12:00", [
          ("Bedömning", "Cytologi från EUS-FNA: adenocarcinom i pankreashuvudet. Vi avvaktar med att "
                        "informera pat tills pankreas-MDK har tagit ställning till resektabilitet på onsdag."),
      ])],
    must=[M1],
    why="'avvaktar med att informera pat' while pancreatic cancer is written out")

C("geri-meningeom-vantar-pa-sonen", "vgr", "19361110", "044", [
    N("n1", VG("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset Mölndal", "10803"),
      "Eva Granath", "läkare", "2024-02-19 13:00", [
          ("Bedömning", "DT hjärna: 4 cm frontalt meningeom med lätt omgivande ödem. Vi väntar med att säga "
                        "något till pat tills sonen kommer på onsdag, enligt sonens önskemål. Neurokirurgisk "
                        "konsultation beställd."),
      ], signed=None, setting="slutenvård")],
    must=[M1],
    why="meningioma finding; staff 'väntar med att säga något till pat'")

C("med-levermetastaser-misstankta-ej-informerad", "skane", "19490715", "637", [
    N("n1", SK("Medicinkliniken, Trelleborgs lasarett", "6T01"), "Ahmad Nouri", "läkare",
      "2024-11-06 15:45", [
          ("Bedömning", "UL buk: multipla leverlesioner, högst misstänkta för metastaser. Primärtumör oklar. "
                        "Pat ej informerad om UL-fyndet, DT thorax-buk tas imorgon först."),
      ], setting="slutenvård")],
    must=[M1, M2],
    why="hedged diagnosis-bearing finding (suspected metastases) that the patient is not told: both rules")

C("kardio-dcm-engelska-not-informed", "vgr", "19740827", "131", [
    N("n1", VG("Medicinkliniken, Kungälvs sjukhus", "60012"), "Daniel Weiss", "läkare",
      "2024-12-02 10:15", [
          ("Bedömning", "Eko: EF 25 %, dilaterad vänster kammare. Dilaterad kardiomyopati. "
                        "Pat not informed yet, ringer imorgon."),
      ], setting="slutenvård")],
    must=[M1],
    why="code-switching: 'not informed yet' in English inside a Swedish note")

C("onh-vgr-sokord-dolt-men-diagnos-synlig", "vgr", "19620304", "277", [
    N("n1", VG("Öron-, näs- och halsmottagningen, NU-sjukvården NÄL", "20340"), "Mats Åkesson", "läkare",
      "2024-09-24 14:30", [
          ("Bedömning", "PAD larynx: skivepitelcancer glottiskt vä stämband, T1a. Strålbehandling planeras."),
          ("Tidiga hypoteser", "Pat ännu inte informerad om cancerdiagnosen, önskar ha hustrun med vid "
                               "beskedet nästa vecka."),
      ])],
    must=[M1],
    why="VGR: the not-informed remark is hidden, but the cancer itself stands in visible Bedömning")


# =================================================================
# B. NL101 must_not: informed, someone else not informed, not a diagnosis, protected
# =================================================================

C("kir-rektumcancer-informerad-med-kontaktssk", "vgr", "19600918", "157", [
    N("n1", VG("Kirurgmottagningen, Sahlgrenska Universitetssjukhuset Östra", "10166"), "Lena Holm",
      "läkare", "2024-02-14 14:20", [
          ("Aktuellt", "Återbesök för besked. PAD rektumbiopsi: adenocarcinom. MR lilla bäckenet: cT2N0, "
                       "ingen EMVI. DT thorax-buk utan metastaser."),
          ("Information", "Pat informerad om diagnosen idag tillsammans med kontaktsjuksköterskan. Fick "
                          "skriftlig information och Min vårdplan. Frågor om stomi besvarade."),
          ("Planering", "Direktoperation, främre resektion planeras v. 10. Preoperativt besök hos stomiterapeut."),
      ])],
    must_not=[M1],
    why="rectal cancer, patient informed at the visit -> no NL101")

C("hud-bowen-besked-lamnat-telefon", "skane", "19441102", "381", [
    N("n1", SK("Hudmottagningen, Helsingborgs lasarett", "2D03"), "Petra Ljung", "sjuksköterska",
      "2024-03-19 10:10", [
          ("Telefon", "Meddelat pat PAD-svar per telefon: skivepitelcancer in situ (Bowens sjukdom) på vä "
                      "underben. Besked lämnat, pat lugn. Kontroll hos hudläkare om 6 mån."),
      ], template="Telefonanteckning", signed=10)],
    must_not=[M1],
    why="'Besked lämnat' / 'Meddelat pat' = informed")

C("neuro-parkinson-pat-vet-frun-ej", "vgr", "19510407", "515", [
    N("n1", VG("Neurologmottagningen, Skaraborgs Sjukhus Skövde", "31402"), "Tobias Engström", "läkare",
      "2024-04-16 13:00", [
          ("Bedömning", "Pat informerad om diagnosen Parkinsons sjukdom. Han vill själv berätta för frun och "
                        "hon har därför inte informerats av oss. Levodopa/benserazid insätts med långsam "
                        "upptitrering."),
      ])],
    must_not=[M1],
    why="patient told; only the wife is not informed -> not NL101")

C("kurator-brostcancer-barnen-ska-inte-veta", "skane", "19780113", "222", [
    N("n1", SK("Onkologimottagningen, Centralsjukhuset Kristianstad", "1O06"), "Marie Sjöholm", "kurator",
      "2024-05-02 11:00", [
          ("Samtal", "Samtal med pat, som sedan förra veckan vet att hon har spridd bröstcancer. Hon vill "
                     "inte att barnen (17 och 19 år) får veta ännu och behöver stöd i hur hon ska berätta. "
                     "Nytt samtal om två veckor."),
      ], template="Kuratorsanteckning")],
    must_not=[M1],
    why="counsellor note: patient knows her diagnosis; the children are the ones not told")

C("med-formaksflimmer-ny-tid-ej-informerad", "vgr", "19580621", "411", [
    N("n1", VG("Medicinmottagningen, NU-sjukvården Uddevalla sjukhus", "20105"), "Johanna Krantz",
      "sjuksköterska", "2024-06-03 09:20", [
          ("Planering", "Förmaksflimmer sedan 2021, nu åter i flimmer enligt EKG. Pat ej informerad om ny "
                        "tid för elkonvertering, kallelse skickas med post."),
      ], template="Omvårdnadsanteckning", signed=8)],
    must_not=[M1],
    why="not-informed concerns an appointment time, not the (known) diagnosis")

C("med-hypertoni-dosandring-ej-informerad", "skane", "19630805", "140", [
    N("n1", SK("Medicinmottagningen, Ängelholms sjukhus", "8M02"), "Malin Åberg", "sjuksköterska",
      "2024-02-22 15:35", [
          ("Telefon", "Essentiell hypertoni, hemblodtryck i snitt 158/96. Efter ordination av dr Nilsson höjs "
                      "amlodipin till 10 mg. Pat ännu inte informerad om dosändringen, ringer imorgon då hon "
                      "inte svarade idag."),
      ], template="Telefonanteckning", signed=12)],
    must_not=[M1],
    why="not-informed concerns a medication change")

C("endo-tsh-normal-ej-meddelad-sekr", "vgr", "19850725", "544", [
    N("n1", VG("Endokrinmottagningen, NU-sjukvården NÄL", "20521"), "Ulla Brandt", "medicinsk sekreterare",
      "2024-08-14 10:05", [
          ("Administrativt", "Provsvar TSH 2,1 och fritt T4 14, båda inom referensområdet. Pat ej meddelad om "
                             "provsvaren ännu; brev skickas enligt dr Ek."),
      ], template="Administrativ anteckning", signed=2)],
    must_not=[M1],
    why="normal lab values the patient has not heard about: no diagnosis")

C("gastro-pad-normal-slemhinna-ej-informerad", "skane", "19700309", "385", [
    N("n1", SK("Gastroenterologiska mottagningen, Skånes universitetssjukhus Malmö", "5G01"),
      "Kristoffer Nord", "läkare", "2024-09-16 12:40", [
          ("Provsvar", "Koloskopi med biopsier 3/9: PAD visar normal kolonslemhinna, ingen dysplasi och ingen "
                       "malignitet. Pat ej informerad ännu, får svaret per brev."),
      ])],
    must_not=[M1, M2],
    why="the uncommunicated result is normal histology with negated malignancy")

C("akut-subduralhematom-bakjour-ej-informerad", "skane", "19390107", "016", [
    N("n1", SK("Akutmottagningen, Helsingborgs lasarett", "2A01"), "Viktor Lind", "läkare",
      "2024-01-14 02:35", [
          ("Bedömning", "DT skalle: akut subduralhematom hö, 8 mm, ingen midline shift. Neurokirurgisk bakjour "
                        "i Lund ännu ej informerad, söks nu. Waran reverseras med Ocplex enligt PM."),
      ], setting="akutmottagning", signed=25)],
    must_not=[M1],
    why="'ej informerad' refers to the on-call neurosurgeon, not the patient")

C("diabetes-ssk-informerades-inte-bara", "vgr", "19670210", "238", [
    N("n1", VG("Medicinmottagningen, Alingsås lasarett", "50102"), "Carina Holmberg", "sjuksköterska",
      "2024-03-07 11:15", [
          ("Omvårdnad", "Nydiagnostiserad typ 2-diabetes, HbA1c 64. Pat informerades inte bara om diagnosen "
                        "utan också om kost, motion och fotvård. Egen blodsockerkontroll under två veckor."),
      ], template="Diabetessjuksköterska", signed=20)],
    must_not=[M1],
    why="'inte bara om diagnosen' contains a negation but the patient was informed")

C("onk-pankreascancer-vill-inte-veta-prognos", "skane", "19540420", "590", [
    N("n1", SK("Onkologiska kliniken, Skånes universitetssjukhus Lund", "7C01"), "Ylva Hammar", "läkare",
      "2024-07-03 14:00", [
          ("Bedömning", "Pat informerad om pankreascancern och om att den inte går att operera. Vill "
                        "uttryckligen inte veta något om förväntad överlevnad, vilket vi respekterar. "
                        "Palliativ cytostatika erbjuds, pat vill fundera till nästa vecka."),
      ])],
    must_not=[M1],
    why="informed of the diagnosis; declining prognosis talk is not 'not informed of a diagnosis'")

C("barnreuma-jia-foraldrar-informerade-barnet-ej", "vgr", "20190117", "262", [
    N("n1", VG("Barnreumatologiska mottagningen, Drottning Silvias barn- och ungdomssjukhus", "10466"),
      "Sanna Törnqvist", "läkare", "2024-04-23 10:30", [
          ("Bedömning", "Mamma och pappa informerade om diagnosen juvenil idiopatisk artrit, oligoartikulär "
                        "form. Vi har inte pratat med Elsa själv om det ännu, föräldrarna vill förklara för henne "
                        "hemma. Intraartikulär steroidinjektion i vä knä planeras."),
      ])],
    must_not=[M1],
    why="5-year-old: guardians (the journal readers) informed, the child not yet -> not NL101")

C("skane-mall-tidiga-hypoteser-ventrikelcancer", "skane", "19480604", "176", [
    N("n1", SK("Kirurgiska kliniken, Skånes universitetssjukhus Malmö", "5K01"), "Olof Sahlin", "läkare",
      "2024-03-28 16:10", [
          ("Bedömning", "PAD: lågt differentierad ventrikelcancer. Pat ej informerad, besked 4/4 med "
                        "kontaktsjuksköterska."),
      ], template="Tidiga hypoteser")],
    must_not=[M1],
    why="Skåne: the whole note is in the protected template Tidiga hypoteser")

C("vgr-mesoteliom-i-tidiga-hypoteser", "vgr", "19460321", "033", [
    N("n1", VG("Lungmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "10302"), "Bo Hallberg",
      "läkare", "2024-03-04 15:55", [
          ("Aktuellt", "Pleuratappning och thorakoskopi genomförda, PAD klart."),
          ("Tidiga hypoteser", "PAD pleura: malignt mesoteliom, epiteloid typ. Pat ej informerad."),
          ("Planering", "Återbesök med kontaktsjuksköterska 11/3."),
      ])],
    must_not=[M1],
    why="VGR: diagnosis and not-informed remark only under the filtered sökord Tidiga hypoteser")

C("vgr-ej-informerad-synligt-diagnosen-dold", "vgr", "19650812", "418", [
    N("n1", VG("Onkologimottagningen, Södra Älvsborgs Sjukhus Borås", "40316"), "Karolina Frid", "läkare",
      "2024-05-15 12:20", [
          ("Bedömning", "Pat ej informerad om biopsisvaret ännu, samtal bokas nästa vecka."),
          ("Tidiga hypoteser", "Leverbiopsi: metastas från högt differentierad neuroendokrin tumör, "
                               "primärtumör sannolikt i tunntarmen."),
      ])],
    must_not=[M1],
    why="visible text says not informed but names no diagnosis; the diagnosis is hidden")

C("infek-tbc-besked-via-tolk", "vgr", "19910805", "597", [
    N("n1", VG("Infektionsmottagningen, NU-sjukvården NÄL", "20712"), "Sofie Lundgren", "läkare",
      "2024-02-12 13:25", [
          ("Bedömning", "Diagnosbesked om lungtuberkulos givet via telefontolk på somaliska. Pat förstår "
                        "innebörden och accepterar fyrdubbel behandling med DOT. Smittspårning påbörjad."),
      ])],
    must_not=[M1],
    why="'Diagnosbesked ... givet via telefontolk' = informed")

C("hud-bcc-forra-gangen-inget-besked-idag-informerad", "skane", "19490929", "099", [
    N("n1", SK("Hudmottagningen, Centralsjukhuset Kristianstad", "1D02"), "Louise Dahl", "läkare",
      "2024-04-09 09:40", [
          ("Aktuellt", "Vid förra besöket kunde vi inte ge något besked då PAD saknades. Idag informerad om att "
                       "det är en basalcellscancer på näsryggen; Mohs-kirurgi planeras."),
      ], signed=None)],
    must_not=[M1],
    why="the earlier 'inget besked' is past; today the patient is informed")

C("hemat-kll-ssk-fatt-information-av-lakare", "vgr", "19450326", "315", [
    N("n1", VG("Hematologiavdelningen, Skaraborgs Sjukhus Skövde", "31517"), "Petra Gran", "sjuksköterska",
      "2024-05-20 19:40", [
          ("Omvårdnad", "Pat har fått information av läkare om sin KLL och har många frågor om behandlingen. "
                        "Gav skriftligt material och kontaktsjuksköterskans nummer. Sover dåligt, "
                        "Propavan vb enligt ordination."),
      ], template="Omvårdnadsanteckning", setting="slutenvård", signed=30)],
    must_not=[M1],
    why="nurse records that the doctor has told the patient of CLL")

C("barnmed-t1d-17-ar-och-mamma-informerade", "skane", "20070303", "384", [
    N("n1", SK("Barn- och ungdomsmedicinska kliniken, Helsingborgs lasarett", "2B03"), "Fatima Sayed",
      "läkare", "2024-08-19 16:15", [
          ("Bedömning", "Pat (17 år) och mamma informerade om diagnosen typ 1-diabetes. Insulinundervisning "
                        "påbörjad, pat sätter själv sina doser med stöd av diabetessjuksköterskan."),
      ], setting="slutenvård")],
    must_not=[M1],
    why="17-year-old (own reader) informed together with mother")

C("orto-gonartros-vantetid-ej-informerad", "skane", "19550206", "268", [
    N("n1", SK("Ortopedmottagningen, Trelleborgs lasarett", "6O02"), "Elsa Nygren", "läkare",
      "2024-10-01 14:05", [
          ("Bedömning", "Gonartros hö knä, Ahlbäck grad 3. Remiss till ortopedkirurg för protesbedömning "
                        "skickad. Pat har inte informerats om väntetiden, som i nuläget är ca 8 månader."),
      ])],
    must_not=[M1],
    why="not-informed concerns the waiting time for a referral")

C("neuro-dt-ua-vet-annu-inte-sov", "vgr", "19980522", "642", [
    N("n1", VG("Neurologiakuten, Sahlgrenska Universitetssjukhuset", "10216"), "Ida Mårtensson", "läkare",
      "2024-07-30 03:20", [
          ("Bedömning", "Känd migrän med aura sedan tonåren, nu ett kraftigare anfall än vanligt. DT hjärna utan "
                        "anmärkning. Pat vet ännu inte att DT var normal, hon sov när svaret kom. Informeras på "
                        "morgonen."),
      ], setting="akutmottagning", signed=15)],
    must_not=[M1],
    why="what is uncommunicated is a normal CT, the diagnosis (migraine) is long known")

C("minne-vaskular-demens-svart-att-ta-till-sig", "skane", "19350715", "147", [
    N("n1", SK("Minnesmottagningen, Skånes universitetssjukhus Malmö", "5M12"), "Karl Jönsson", "läkare",
      "2024-03-26 10:00", [
          ("Information", "Informerad om diagnosen vaskulär demens. Har svårt att ta till sig informationen och "
                          "frågade flera gånger vad det innebär. Skriftlig information lämnad till pat och "
                          "hustru."),
      ])],
    must_not=[M1],
    why="informed, though struggling to take it in")

C("lung-kol-inte-forvanad-over-beskedet", "skane", "19580429", "252", [
    N("n1", SK("Lungmottagningen, Ängelholms sjukhus", "8L01"), "Sven Hagström", "läkare",
      "2024-02-01 13:50", [
          ("Bedömning", "Spirometri: FEV1/FVC 0,58 efter bronkdilatation. KOL GOLD 2. Pat inte förvånad över "
                        "beskedet, rökt 40 paketår. Rökavvänjning erbjuds och accepteras."),
      ])],
    must_not=[M1],
    why="'inte förvånad över beskedet' implies the patient got the news")

C("hjartsvikt-ssk-sedan-tidigare-informerad", "vgr", "19440909", "271", [
    N("n1", VG("Hjärtsviktsmottagningen, Sahlgrenska Universitetssjukhuset", "10411"), "Ebba Lind",
      "sjuksköterska", "2024-09-09 14:30", [
          ("Omvårdnad", "Pat sedan tidigare informerad om sin hjärtsvikt med EF 30 %. Upptitrering av Entresto "
                        "enligt schema, BT 112/70. Vikt 81 kg, oförändrad."),
      ], template="Sjuksköterskemottagning", signed=15)],
    must_not=[M1],
    why="'sedan tidigare informerad' about heart failure")

C("reuma-informerat-om-misstanke-ra", "skane", "19830712", "648", [
    N("n1", SK("Reumatologiska mottagningen, Skånes universitetssjukhus Lund", "7R05"), "Lisa Hammarberg",
      "läkare", "2024-11-20 15:00", [
          ("Information", "Informerat pat om att vi misstänker reumatoid artrit och att vi väntar på anti-CCP "
                          "innan diagnosen ställs."),
      ])],
    must_not=[M1],
    why="the suspicion was shared with the patient: nothing uncommunicated (NL102 left unasserted)")

C("psyk-utmattning-intyg-fk-ej-informerad", "vgr", "19860619", "306", [
    N("n1", VG("Psykiatrimottagningen, Södra Älvsborgs Sjukhus Borås", "40422"), "Axel Norén", "läkare",
      "2024-06-12 16:30", [
          ("Åtgärd", "Utmattningssyndrom (F43.8A). Sjukskrivning 50 % t.o.m. 30/6. Pat ännu inte informerad om att "
                     "intyget har skickats elektroniskt till Försäkringskassan."),
      ], signed=None)],
    must_not=[M1],
    why="not-informed concerns a certificate being sent, not the diagnosis")

C("neuro-epilepsi-arbetsgivaren-ej-informerad", "skane", "19900126", "579", [
    N("n1", SK("Neurologmottagningen, Skånes universitetssjukhus Malmö", "5N04"), "Jakob Wendel", "läkare",
      "2024-04-04 09:15", [
          ("Aktuellt", "Epilepsi med fokala anfall, anfallsfri 8 mån på lamotrigin. Arbetsgivaren är inte "
                       "informerad om diagnosen och pat vill inte att den nämns i läkarintyget."),
      ])],
    must_not=[M1],
    why="the employer is not informed; the patient obviously knows")

C("gyn-salpingit-16-ar-foraldrar-ska-inte-informeras", "skane", "20071009", "526", [
    N("n1", SK("Gynekologiska akutmottagningen, Skånes universitetssjukhus Lund", "7K02"), "Hedda Ros",
      "läkare", "2024-10-30 21:10", [
          ("Bedömning", "Salpingit, klamydia-PCR positiv. Pat (17 år) informerad om diagnos och behandling. "
                        "Enligt hennes uttryckliga önskan ska föräldrarna inte informeras."),
      ], setting="akutmottagning")],
    must_not=[M1],
    why="17-year-old informed; parents are the ones not to be told")

C("uro-skint-utan-metastaser-ej-informerad", "vgr", "19510203", "235", [
    N("n1", VG("Urologmottagningen, Södra Älvsborgs Sjukhus Borås", "40227"), "Per Landin", "läkare",
      "2024-09-25 11:20", [
          ("Provsvar", "Känd prostatacancer Gleason 3+4. Skelettskintigrafi: inga tecken på metastaser. Pat ej "
                       "informerad om skintigrafisvaret än, får det vid återbesöket 3/10."),
      ])],
    must_not=[M1],
    why="the uncommunicated result is a negative scan; the cancer itself is known")

C("med-celiaki-typo-informerd", "skane", "19940615", "628", [
    N("n1", SK("Medicinkliniken, Lasarettet i Ystad", "3M01"), "Nora Bergh", "läkare",
      "2024-06-20 10:50", [
          ("Bedömning", "Pat informerd om celiakidiagnosen och har fått remiss till dietist."),
      ], signed=20)],
    must_not=[M1],
    why="typo 'informerd' but the meaning is informed")

C("rehab-fibromyalgi-inte-nojd-med-informationen", "vgr", "19730816", "342", [
    N("n1", VG("Rehabiliteringsmedicinska mottagningen, Sahlgrenska Universitetssjukhuset", "10955"),
      "Jessica Hallin", "läkare", "2024-08-27 13:40", [
          ("Aktuellt", "Pat är inte nöjd med den information hon fick om sin fibromyalgi på vårdcentralen. "
                       "Vi gick igenom diagnosen igen, smärtfysiologi och en plan för fysisk aktivitet."),
      ])],
    must_not=[M1],
    why="dissatisfied with information already given, and re-informed now")

C("med-gikt-info-av-jourlakaren", "skane", "19620128", "391", [
    N("n1", SK("Medicinavdelning 2, Skånes universitetssjukhus Malmö", "5V02"), "Olle Nordin", "läkare",
      "2024-02-29 09:05", [
          ("Rond", "Pat fick information om diagnosen gikt av jourläkaren igår. Kolkicin insatt."),
      ], setting="slutenvård", signed=10)],
    must_not=[M1],
    why="one-line ward note: informed yesterday")

C("stroke-riksstroke-ej-informerad", "vgr", "19470918", "177", [
    N("n1", VG("Strokeenheten, NU-sjukvården NÄL", "20830"), "Moa Dahlberg", "sjuksköterska",
      "2024-02-05 14:10", [
          ("Omvårdnad", "Ischemisk stroke i vä hemisfär 2/2. Pat ej informerad om registreringen i Riksstroke, "
                        "informationsblad lämnas vid utskrivning."),
      ], template="Omvårdnadsanteckning", setting="slutenvård", signed=25)],
    must_not=[M1],
    why="not-informed concerns registration in a quality register")

C("psyk-bipolar-ii-diskuterades-med-pat", "skane", "19920330", "401", [
    N("n1", SK("Psykiatriska mottagningen, Centralsjukhuset Kristianstad", "1P04"), "Agnes Wall", "läkare",
      "2024-11-07 14:40", [
          ("Bedömning", "Diagnosen bipolär sjukdom typ II diskuterades ingående med pat, som känner igen sig i "
                        "beskrivningen av de hypomana perioderna. Litium diskuteras vid nästa besök."),
      ])],
    must_not=[M1],
    why="diagnosis discussed with the patient")

C("barnakut-oro-mall-spiralfraktur", "skane", "20230810", "135", [
    N("n1", SK("Barnakuten, Skånes universitetssjukhus Malmö", "5B11"), "Henrietta Blom", "läkare",
      "2024-07-12 18:30", [
          ("Bedömning", "Rtg: spiralfraktur i vä humerusskaft hos 11 mån gammal pojke utan adekvat "
                        "traumaanamnes. Vårdnadshavarna är inte informerade om att orosanmälan skickats till "
                        "socialtjänsten."),
      ], template="Oro för att barn far illa", setting="akutmottagning")],
    must_not=[M1],
    why="protected template Oro för att barn far illa; and the not-informed part is the report, not a diagnosis")

C("uro-blaskancer-sekr-och-telefonbesked", "skane", "19530514", "318", [
    N("n1", SK("Urologmottagningen, Helsingborgs lasarett", "2U02"), "Gun Rask", "medicinsk sekreterare",
      "2024-08-06 08:50", [
          ("Administrativt", "PAD-svar inkommit: urotelial cancer i urinblåsan, höggradig, pT1. Lagt till "
                             "dr Persson för åtgärd."),
      ], template="Administrativ anteckning", signed=2),
    N("n2", SK("Urologmottagningen, Helsingborgs lasarett", "2U02"), "Filip Persson", "läkare",
      "2024-08-07 13:15", [
          ("Telefon", "Ringt pat och berättat att biopsin från blåsan visar cancer av ytlig typ. Ny TUR-B inom "
                      "6 v. Pat hade frågor om ärftlighet, besvarade."),
      ], template="Telefonanteckning", signed=5),
    ],
    must_not=[("NL101", "n1"), ("NL101", "n2")],
    why="secretary logs the cancer without saying anything about information; doctor then tells the patient")

C("gyn-endometrios-utkast-informerat-postop", "vgr", "19960206", "462", [
    N("n1", VG("Kvinnokliniken, Sahlgrenska Universitetssjukhuset Östra", "10184"), "Tilda Wester",
      "läkare", "2024-09-03 15:25", [
          ("Bedömning", "Endometrios stadium III bekräftad vid laparoskopi, endometriom vä ovarium exstirperat. "
                        "Informerat pat postoperativt om fynden och om fortsatt hormonell behandling."),
      ], setting="slutenvård", signed=None)],
    must_not=[M1],
    why="unsigned draft: settled endometriosis, patient informed")

C("gynonk-ovarialcancer-paret-fick-beskedet", "skane", "19610301", "544", [
    N("n1", SK("Gynekologisk onkologi, Skånes universitetssjukhus Lund", "7K09"), "Charlotte Bergman",
      "läkare", "2024-01-25 11:10", [
          ("Samtal", "Patienten och hennes make fick beskedet om höggradig serös ovarialcancer av mig idag, "
                     "kontaktsjuksköterskan närvarande. Neoadjuvant cytostatika startar v. 6."),
      ], template="Mottagningsanteckning")],
    must_not=[M1],
    why="'fick beskedet' = informed")


# =================================================================
# C. NL102 must: hedged diagnosis in a visible section of a Melior note
# =================================================================

C("kir-susp-app-akut", "skane", "20010917", "335", [
    N("n1", SK("Kirurgakuten, Skånes universitetssjukhus Malmö", "5A03"), "Jonatan Ly", "läkare",
      "2024-08-11 23:40", [
          ("Anamnes", "Buksmärta sedan igår kväll, vandrat ner till hö fossa. Illamående, kräkts x1. Temp 38,1."),
          ("Status", "Ömhet och släppömhet över McBurney, Rovsing positiv."),
          ("Bedömning", "Susp app. CRP, LPK, UL buk. Fastande, inläggs på kir avd."),
      ], setting="akutmottagning", signed=20)],
    must=[M2],
    why="'Susp app' = suspected appendicitis in visible Bedömning")

C("med-rtg-fst-fragetecken-pneumoni", "skane", "19470106", "319", [
    N("n1", SK("Medicinkliniken, Helsingborgs lasarett", "2M01"), "Alva Persson", "AT-läkare",
      "2024-12-03 10:30", [
          ("Åtgärd", "Hosta och feber 5 dagar, krepitationer vä basalt. Rtg pulm beställd, fst ?pneumoni vä basalt."),
      ], setting="slutenvård")],
    must=[M2],
    why="prefixed question mark in a referral question ('fst ?pneumoni')")

C("kir-cholecystitis-acuta-fragetecken-latin", "skane", "19690524", "260", [
    N("n1", SK("Kirurgavdelningen, Lasarettet i Ystad", "3V01"), "Ludvig Hall", "läkare",
      "2024-05-27 08:45", [
          ("Diagnos", "Cholecystitis acuta?"),
          ("Bedömning", "Smärta under hö arcus, Murphys tecken positivt, CRP 145. UL buk idag. "
                        "Piperacillin/tazobaktam."),
      ], setting="slutenvård")],
    must=[M2],
    why="Latin diagnosis with trailing '?' in the Diagnos section")

C("hud-trol-baltros-dermatom", "vgr", "19520119", "551", [
    N("n1", VG("Hudmottagningen, Södra Älvsborgs Sjukhus Borås", "40501"), "Irene Carlsson", "läkare",
      "2024-06-19 14:15", [
          ("Bedömning", "Brännande smärta i ett bälte runt vä bröstkorg sedan 3 dagar, nu små erytematösa "
                        "papler i samma område. Trol. bältros i Th6-dermatomet. Valaciklovir 1 g x 3 i 7 dagar."),
      ])],
    must=[M2],
    why="lay name (bältros) with 'Trol.'")

C("neuro-sab-kan-ej-uteslutas", "vgr", "19750928", "249", [
    N("n1", VG("Neurologiakuten, Sahlgrenska Universitetssjukhuset", "10216"), "Albin Kjell", "läkare",
      "2024-10-05 21:10", [
          ("Bedömning", "Åskknallshuvudvärk under träning, VAS 10. DT hjärna 5 h efter debut utan blödning. "
                        "Subaraknoidalblödning kan ej uteslutas, LP imorgon efter 12 h."),
      ], setting="akutmottagning")],
    must=[M2],
    why="'kan ej uteslutas' keeps SAH open")

C("med-lungemboli-gar-inte-att-utesluta", "skane", "19660715", "647", [
    N("n1", SK("Medicinakuten, Skånes universitetssjukhus Lund", "7A01"), "Ella Friberg", "läkare",
      "2024-04-14 02:05", [
          ("Bedömning", "Plötslig dyspné, takykard 112, saturation 92 %. Lungemboli går inte att utesluta. "
                        "DT-angio lungor beställd, tinzaparin insatt."),
      ], setting="akutmottagning", signed=30)],
    must=[M2],
    why="'går inte att utesluta'")

C("reuma-mojlig-pmr", "skane", "19480822", "164", [
    N("n1", SK("Medicinmottagningen, Trelleborgs lasarett", "6M01"), "Klara Söderlund", "läkare",
      "2024-02-13 10:40", [
          ("Bedömning", "Bilateral skulder- och höftgördelsmärta, morgonstelhet 2 h, SR 68, CRP 42. Möjlig "
                        "polymyalgia reumatica. Prova prednisolon 15 mg och utvärdera om en vecka."),
      ], signed=None)],
    must=[M2],
    why="'Möjlig' before a Latin-named diagnosis")

C("neuro-typo-sannolkt-migran", "skane", "20000619", "462", [
    N("n1", SK("Neurologmottagningen, Skånes universitetssjukhus Lund", "7N02"), "Selma Ragnarsson",
      "läkare", "2024-03-12 13:00", [
          ("Bedömning", "Sannolkt migrän med aura: flimmerskotom 20 min följt av pulserande huvudvärk. "
                        "Neurologstatus utan anmärkning."),
      ])],
    must=[M2],
    why="typo 'Sannolkt' still hedges migraine")

C("onh-typo-trolgen-bppv", "skane", "19590327", "582", [
    N("n1", SK("Öron-, näs- och halsmottagningen, Helsingborgs lasarett", "2E01"), "Rut Svensson",
      "läkare", "2024-09-02 14:20", [
          ("Status", "Dix-Hallpike hö positiv med geotrop rotatorisk nystagmus, latens 3 s."),
          ("Bedömning", "Trolgen BPPV hö bakre båggång. Epleys manöver utförd med god effekt."),
      ])],
    must=[M2],
    why="typo 'Trolgen' + eponym manoeuvre; hedged BPPV")

C("reuma-typo-eventuelt-reaktiv-artrit", "skane", "19920902", "375", [
    N("n1", SK("Reumatologiska mottagningen, Skånes universitetssjukhus Malmö", "5R09"), "Max Holm",
      "läkare", "2024-07-16 13:35", [
          ("Bedömning", "Svullet hö knä och vä fotled med debut 3 v efter en campylobacterenterit. Eventuelt "
                        "rör det sig om en reaktiv artrit. Ledpunktion: grumlig vätska, odling skickad."),
      ])],
    must=[M2],
    why="typo 'Eventuelt' in the hedge itself")

C("reuma-stark-misstanke-gpa-wegener", "vgr", "19670630", "399", [
    N("n1", VG("Reumatologmottagningen, Sahlgrenska Universitetssjukhuset", "10620"), "Oliver Bergqvist",
      "läkare", "2024-01-17 15:50", [
          ("Bedömning", "Stark misstanke om granulomatös polyangit (Wegener) med PR3-ANCA positiv, hematuri och "
                        "kronisk sinuit. Njurbiopsi planeras, kortison startat."),
      ])],
    must=[M2],
    why="'Stark misstanke om' + eponym alias")

C("kardio-tankbar-orsak-av-block", "vgr", "19390819", "013", [
    N("n1", VG("Kardiologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "10177"), "Cornelia Lidén",
      "läkare", "2024-03-20 09:10", [
          ("Bedömning", "Synkope utan förkänning x2. EKG: PR 280 ms och enstaka blockerade P-vågor. Tänkbar "
                        "orsak är intermittent AV-block II; 72 h Holter kopplas."),
      ])],
    must=[M2],
    why="'Tänkbar orsak är' a diagnosis")

C("barn-kan-rora-sig-om-mykoplasma", "vgr", "20141106", "217", [
    N("n1", VG("Barnakuten, Drottning Silvias barn- och ungdomssjukhus", "10470"), "Alice Hagberg",
      "läkare", "2024-02-26 18:40", [
          ("Bedömning", "Hosta 2 v, subfebril, gott allmäntillstånd, rassel hö bas. Kan röra sig om en atypisk "
                        "pneumoni (mykoplasma?). Erytromycin i 10 dagar."),
      ], setting="akutmottagning")],
    must=[M2],
    why="child 9 y: 'Kan röra sig om' and a question mark")

C("hud-verkar-vara-nickeleksem", "skane", "19880508", "622", [
    N("n1", SK("Hudmottagningen, Landskrona lasarett", "6D01"), "Vera Kallin", "läkare",
      "2024-06-04 10:15", [
          ("Bedömning", "Eksem under klockarmband och jeansknapp. Verkar vara en allergisk kontaktdermatit mot "
                        "nickel; epikutantest bokas."),
      ])],
    must=[M2],
    why="'Verkar vara'")

C("hand-ser-ut-som-ganglion", "vgr", "19970721", "446", [
    N("n1", VG("Handkirurgiska mottagningen, Sahlgrenska Universitetssjukhuset Mölndal", "10812"),
      "Theo Brandt", "läkare", "2024-10-10 14:00", [
          ("Bedömning", "Ser ut som ett ganglion dorsalt över vä handled, 1,5 cm, fluktuerande. UL för att "
                        "bekräfta innan ställningstagande till excision."),
      ])],
    must=[M2],
    why="'Ser ut som' a ganglion, confirmation pending")

C("orto-collumfraktur-parentes-fragetecken", "vgr", "19340514", "062", [
    N("n1", VG("Ortopedakuten, NU-sjukvården NÄL", "20401"), "Gustaf Hammar", "läkare",
      "2024-12-08 22:15", [
          ("Bedömning", "Fall i hemmet, hö ben utåtroterat och förkortat. Rtg höft utan säker frakturlinje. "
                        "Collumfraktur hö (?). MR imorgon, fasta från midnatt."),
      ], setting="akutmottagning", signed=35)],
    must=[M2],
    why="'(?)' after the diagnosis")

C("infek-borrelia-dubbla-fragetecken", "skane", "19840214", "270", [
    N("n1", SK("Infektionsmottagningen, Centralsjukhuset Kristianstad", "1I03"), "Hugo Ahlin", "läkare",
      "2024-07-29 11:05", [
          ("Bedömning", "Ringformat rodnat utslag på vä lår, 6 cm, fästingbett i juni, men centrum är upphöjt "
                        "och kliar. Borrelia?? Atypiskt utseende. Fotodokumenterat, nytt besök om en vecka."),
      ])],
    must=[M2],
    why="double question mark after the diagnosis")

C("kir-dd-lista-gallsten-ulcus-pankreatit", "vgr", "19740314", "583", [
    N("n1", VG("Kirurgakuten, Skaraborgs Sjukhus Skövde", "31101"), "Linn Axelsson", "läkare",
      "2024-04-27 20:50", [
          ("Bedömning", "Epigastriesmärta efter fet måltid med utstrålning mot hö skulderblad. DD: "
                        "gallstensanfall, ulcus, pankreatit. Amylas och leverprover skickade, UL buk imorgon."),
      ], setting="akutmottagning")],
    must=[M2],
    why="'DD:' list of differential diagnoses")

C("endo-differentialdiagnostiskt-addison", "skane", "19760620", "482", [
    N("n1", SK("Endokrinologiska kliniken, Skånes universitetssjukhus Malmö", "5E01"), "Minna Virtanen",
      "läkare", "2024-09-18 16:00", [
          ("Bedömning", "Trötthet, viktnedgång, hyperpigmentering, Na 126, K 5,6. Differentialdiagnostiskt "
                        "övervägs primär binjurebarkssvikt (Addisons sjukdom); S-kortisol kl 08 och ACTH tas "
                        "imorgon."),
      ], setting="slutenvård")],
    must=[M2],
    why="'Differentialdiagnostiskt övervägs' + eponym")

C("med-inte-osannolikt-tyreotoxikos", "vgr", "19890219", "266", [
    N("n1", VG("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "31802"), "Sara Oskarsson",
      "läkare", "2024-05-14 09:45", [
          ("Bedömning", "Viktnedgång 6 kg, hjärtklappning, värmeintolerans och fin tremor. Det är inte "
                        "osannolikt att besvären beror på en sköldkörtelöverfunktion; TSH, fT4 och TRAK tagna."),
      ])],
    must=[M2],
    why="double negation 'inte osannolikt' = possible")

C("geri-skulle-kunna-vara-tidig-parkinson", "skane", "19420201", "359", [
    N("n1", SK("Geriatriska mottagningen, Skånes universitetssjukhus Lund", "7G03"), "Ulf Brodin",
      "läkare", "2024-04-22 14:50", [
          ("Bedömning", "Hasande gång, minskad armpendling hö och lätt rigiditet. Skulle kunna vara en tidig "
                        "Parkinson. Remiss till neurolog för ställningstagande till DaTSCAN."),
      ])],
    must=[M2],
    why="'Skulle kunna vara' + eponym without 'sjukdom'")

C("med-misst-ulcus-melena", "vgr", "19630116", "397", [
    N("n1", VG("Medicinakuten, Södra Älvsborgs Sjukhus Borås", "40010"), "Elias Grön", "läkare",
      "2024-03-31 04:10", [
          ("Bedömning", "Melena x2, Hb 98 (tidigare 135), tar Ipren dagligen. Misst. ulcus duodeni. PPI iv, "
                        "gastroskopi imorgon."),
      ], setting="akutmottagning", signed=20)],
    must=[M2],
    why="'Misst.' abbreviation")

C("rtg-mammografi-suspekt-malign-birads5", "skane", "19650409", "324", [
    N("n1", SK("Bröstradiologi, Bild och funktion, Skånes universitetssjukhus Malmö", "5R20"),
      "Agneta Fors", "läkare", "2024-02-20 12:00", [
          ("Utlåtande", "Mammografi och UL vä bröst: 16 mm oregelbunden, spikulerad förändring kl 2, 4 cm från "
                        "mamillen. Bedöms som suspekt malign, BI-RADS 5. UL-ledd mellannålsbiopsi utförd i samma "
                        "seans."),
      ], template="Röntgenutlåtande", signed=45)],
    must=[M2],
    why="radiology reply: 'suspekt malign' finding in a visible reply")

C("pad-misstanke-lagt-differentierad-karcinom", "vgr", "19570505", "115", [
    N("n1", VG("Klinisk patologi, Sahlgrenska Universitetssjukhuset", "10999"), "Rolf Sundin", "läkare",
      "2024-06-27 16:40", [
          ("Mikroskopi", "Solida stråk av atypiska epiteloida celler med hög mitosaktivitet och nekroser."),
          ("Diagnos", "Misstanke om lågt differentierad karcinom, ursprung oklart. Slutligt svar efter "
                      "immunhistokemi (CK7, CK20, TTF-1)."),
      ], template="PAD-svar", signed=120)],
    must=[M2],
    why="pathology reply with a preliminary 'Misstanke om' diagnosis")

C("psyk-trol-bipolar-ii-utredning", "vgr", "19940113", "520", [
    N("n1", VG("Psykiatrimottagning Mölndal, Sahlgrenska Universitetssjukhuset", "10851"), "Tindra Holst",
      "läkare", "2024-02-07 10:20", [
          ("Anamnes", "Återkommande depressioner sedan 19 års ålder, nu även perioder med minskat sömnbehov och "
                      "ökad energi enligt sambon."),
          ("Bedömning", "Trol. bipolär sjukdom typ II. Utredning påbörjas med livsdiagram och MDQ, lamotrigin "
                        "diskuteras."),
      ])],
    must=[M2],
    why="adult psychiatry: 'Trol.' bipolar II")

C("psykolog-misstankt-autism-vuxen", "skane", "19960101", "387", [
    N("n1", SK("Vuxenpsykiatriska mottagningen Malmö", "5P02"), "Vilma Berglund", "psykolog",
      "2024-10-23 15:30", [
          ("Samtal", "Samtal 3 av 5 i bedömningsfasen. Påtagliga svårigheter med ömsesidighet i samtalet och ett "
                     "starkt behov av förutsägbarhet. Misstänkt autismspektrumtillstånd, föreslår "
                     "neuropsykiatrisk utredning."),
      ], template="Psykologanteckning")],
    must=[M2],
    why="psychologist note with 'Misstänkt autismspektrumtillstånd'")

C("gyn-misstankt-extrauterin-graviditet", "vgr", "19950330", "406", [
    N("n1", VG("Gynekologiska akutmottagningen, Sahlgrenska Universitetssjukhuset Östra", "10188"),
      "Maria Björk", "läkare", "2024-07-07 13:05", [
          ("Status", "hCG 1800. VUL: ingen intrauterin graviditet, 2 cm resistens vid vä ovarium, lite fri vätska."),
          ("Bedömning", "Misstänkt extrauterin graviditet. Inläggs, kontroll hCG om 48 h."),
      ], setting="akutmottagning")],
    must=[M2],
    why="gynaecology: suspected ectopic pregnancy")

C("barn-misstankt-kawasaki", "skane", "20210505", "338", [
    N("n1", SK("Barnakuten, Skånes universitetssjukhus Lund", "7B01"), "Tuva Lindberg", "läkare",
      "2024-03-09 16:45", [
          ("Bedömning", "Feber dag 5, bilateral konjunktivit utan sekret, jordgubbstunga, ödem på hand- och "
                        "fotryggar. Misstänkt Kawasakis sjukdom. UKG imorgon, IVIG diskuteras med bakjour."),
      ], signed=None, setting="akutmottagning")],
    must=[M2],
    why="child 2 y: suspected Kawasaki (eponym)")

C("geri-ev-lewy-body-demens", "vgr", "19370308", "278", [
    N("n1", VG("Geriatriska avdelningen, Sahlgrenska Universitetssjukhuset Mölndal", "10803"),
      "Klas Hedin", "läkare", "2024-09-26 11:40", [
          ("Bedömning", "Fluktuerande kognition, detaljerade synhallucinationer av barn i rummet, lätt "
                        "parkinsonism. Ev. Lewy body-demens, undvik haloperidol. Kontakt med minnesmottagningen."),
      ], setting="slutenvård")],
    must=[M2],
    why="'Ev.' before an eponymous dementia")

C("ogon-ablatio-fragetecken", "vgr", "19660913", "551", [
    N("n1", VG("Ögonakuten, Sahlgrenska Universitetssjukhuset Mölndal", "10860"), "Matilda Rask",
      "läkare", "2024-07-19 17:10", [
          ("Bedömning", "Blixtar och nytillkommen skuggbild nasalt nedtill i vä öga sedan igår. Ablatio? "
                        "Svårbedömt pga mios, pupillvidgas och undersöks av ögonjouren."),
      ], setting="akutmottagning")],
    must=[M2],
    why="ophthalmology: Latin short form with '?'")

C("barnkir-misstankt-torsio-testis-foraldrar-info-om-op", "skane", "20130402", "233", [
    N("n1", SK("Barnkirurgiska kliniken, Skånes universitetssjukhus Lund", "7B20"), "Anton Rydell",
      "läkare", "2024-05-18 02:40", [
          ("Bedömning", "Akut debut av smärta i vä skrotalhalva för 3 h sedan, testikeln högt ställd, "
                        "kremasterreflex saknas. Misstänkt torsio testis. Akut explorering, föräldrarna "
                        "informerade om operationen."),
      ], setting="akutmottagning", signed=50)],
    must=[M2], must_not=[M1],
    why="11-year-old: suspected testicular torsion; guardians informed, so no NL101")

C("hud-klinisk-bild-misstankt-for-melanom", "vgr", "19730602", "248", [
    N("n1", VG("Hudmottagningen, Sahlgrenska Universitetssjukhuset", "10550"), "Ingela Sand", "läkare",
      "2024-04-08 10:30", [
          ("Bedömning", "Asymmetrisk, flerfärgad pigmentförändring på vä skuldra, 9 mm, ny sedan i vintras. "
                        "Dermatoskopiskt atypiskt nätverk och regression. Klinisk bild misstänkt för melanom. "
                        "Excision med 2 mm marginal idag."),
      ])],
    must=[M2],
    why="'misstänkt för melanom' (dermatology)")

C("ssk-enligt-lakare-trol-nstemi", "vgr", "19550325", "474", [
    N("n1", VG("Kardiologavdelningen, NU-sjukvården NÄL", "20602"), "Therese Lind", "sjuksköterska",
      "2024-06-14 11:50", [
          ("Omvårdnad", "Pat med bröstsmärta sedan kl 03, TnT 78 och därefter 145. Enligt dr Berg trol. NSTEMI, "
                        "pat flyttad till HIA kl 11. Telemetri kopplad, nitroglycerin sublingualt x1 med effekt."),
      ], template="Omvårdnadsanteckning", setting="slutenvård", signed=30)],
    must=[M2],
    why="nurse note repeating the doctor's hedged diagnosis")

C("kardio-ddx-perikardit-vs-stemi", "skane", "19860715", "293", [
    N("n1", SK("Medicinakuten, Skånes universitetssjukhus Lund", "7A01"), "Jesper Alm", "läkare",
      "2024-09-07 01:50", [
          ("Bedömning", "Ddx: perikardit vs STEMI inferiort. Konkava ST-höjningar i flera avledningar, "
                        "PR-sänkning. Akut UKG, kontakt med PCI-jouren."),
      ], setting="akutmottagning", signed=15)],
    must=[M2],
    why="'Ddx:' (English-style abbreviation)")

C("stroke-utkast-trolig-ischemisk-stroke", "vgr", "19500110", "136", [
    N("n1", VG("Strokeenheten, Sahlgrenska Universitetssjukhuset", "10240"), "Adam Rehn", "läkare",
      "2024-07-01 07:40", [
          ("Bedömning", "Vaknade med hö-sidig svaghet och afasi, sist sedd frisk kl 22. Trolig ischemisk stroke i "
                        "vä MCA-territoriet. Trombolys ej aktuell pga okänd debut. DT-angio och perfusion för "
                        "trombektomibedömning."),
      ], setting="akutmottagning", signed=None)],
    must=[M2],
    why="unsigned draft with 'Trolig ischemisk stroke'")

C("med-inskrivning-lang-sannolikt-aspirationspneumoni", "skane", "19320604", "148", [
    N("n1", SK("Medicinkliniken, Landskrona lasarett", "6M02"), "Emil Hansson", "läkare",
      "2024-02-03 21:30", [
          ("Inskrivningsorsak", "Feber och andningspåverkan."),
          ("Tidigare sjukdomar", "Stroke 2021 med kvarstående dysfagi och hö-sidig hemipares. Förmaksflimmer. "
                                 "Typ 2-diabetes. Hypertoni."),
          ("Läkemedel", "Eliquis 2,5 mg x 2, metformin 500 mg x 2, amlodipin 5 mg x 1, Movicol vb. Enligt "
                        "läkemedelslistan, stämd av med hemtjänsten."),
          ("Sociala förhållanden", "Bor på särskilt boende sedan 2022. Änkeman, dottern i Lund är kontaktperson. "
                                   "Rullstol inomhus, förflyttning med lift."),
          ("Aktuellt", "Enligt personalen hostat under måltiderna senaste veckan, igår kväll feber 38,9 och ökad "
                       "andfåddhet. Mindre vaken än vanligt idag. Inga kräkningar, normal urinproduktion."),
          ("Status", "AT: påverkat, vaken men trött. Temp 38,7, AF 26, saturation 89 % på luft, 95 % på 2 l O2. "
                     "BT 128/70, puls 102 oregelbunden. Cor: oregelbunden rytm, inga blåsljud. Pulm: rassel hö "
                     "basalt, nedsatt andningsljud hö bas. Buk: mjuk, oöm."),
          ("Lab", "CRP 186, LPK 15,2, Hb 121, kreatinin 104, laktat 1,8. Blododlingar x 2 tagna."),
          ("Bedömning", "Sannolikt aspirationspneumoni hö underlob hos patient med känd dysfagi. Inte septisk "
                        "chock, NEWS 7."),
          ("Planering", "Piperacillin/tazobaktam 4 g x 3 iv, syrgas till saturation 92–96 %, inhalationer. "
                        "Logopedbedömning av sväljförmågan innan peroral nutrition. Dottern underrättad per telefon "
                        "om inläggningen. Full behandling inklusive IVA-bedömning vid försämring."),
      ], template="Inskrivningsanteckning", setting="slutenvård", signed=70)],
    must=[M2],
    why="long admission note: a single 'Sannolikt' diagnosis in Bedömning")

C("lung-misstanker-kol-rokare", "vgr", "19640330", "379", [
    N("n1", VG("Lungmottagningen, Skaraborgs Sjukhus Skövde", "31705"), "Lea Forsberg", "läkare",
      "2024-03-18 13:20", [
          ("Bedömning", "Rökt 30 paketår, pip i bröstet och ökad andfåddhet i backar. Misstänker KOL, "
                        "spirometri med reversibilitetstest bokas."),
      ])],
    must=[M2],
    why="verb form 'Misstänker' + abbreviation")

C("infek-kan-vara-tbe-typo-encefallit", "skane", "19690412", "691", [
    N("n1", SK("Infektionskliniken, Skånes universitetssjukhus Malmö", "5I01"), "Wilhelm Sand", "läkare",
      "2024-08-14 17:35", [
          ("Bedömning", "Bifasiskt förlopp: influensaliknande episod, nu feber, huvudvärk och ataxi. Vistats på "
                        "Åland, ovaccinerad. Kan vara en fästingburen encefallit (TBE); serologi i likvor och serum."),
      ], signed=None, setting="slutenvård")],
    must=[M2],
    why="'Kan vara' + typo 'encefallit' and the abbreviation TBE")

C("lung-mojligen-lofgrens-syndrom", "vgr", "19900527", "583", [
    N("n1", VG("Lungmottagningen, Sahlgrenska Universitetssjukhuset", "10302"), "Ines Ragnar", "läkare",
      "2024-05-22 14:35", [
          ("Bedömning", "Bilateral hiluslymfadenopati på lungröntgen, erythema nodosum på smalbenen och "
                        "fotledsartrit. Möjligen Löfgrens syndrom. ACE skickat, ställningstagande till EBUS."),
      ])],
    must=[M2],
    why="'Möjligen' + eponym")

C("neuro-osakert-om-epilepsi-eller-synkope-typo", "skane", "20040830", "153", [
    N("n1", SK("Neurologmottagningen, Helsingborgs lasarett", "2N01"), "Noah Engdahl", "läkare",
      "2024-10-17 10:55", [
          ("Bedömning", "Medvetslös 1 min med ryckningar, snabbt reorienterad, ingen tungbitning. Osäkert om det "
                        "rör sig om ett epeleptiskt anfall eller en konvulsiv synkope. EEG och 24 h-EKG."),
      ])],
    must=[M2],
    why="'Osäkert om det rör sig om' two candidates; typo 'epeleptiskt'")

C("med-pneumoni-misst-i-parentes", "skane", "19450118", "216", [
    N("n1", SK("Medicinakuten, Skånes universitetssjukhus Malmö", "5A01"), "Liam Ohlin", "läkare",
      "2024-12-01 23:05", [
          ("Diagnos", "Pneumoni (misst.) hö underlob, rtg imorgon bitti."),
      ], setting="akutmottagning", signed=5)],
    must=[M2],
    why="hedge after the noun in parentheses '(misst.)'")

C("vc-pmo-till-akuten-nekrotiserande-fasciit", "skane", "19600507", "374", [
    N("n1", SK("Vårdcentralen Kärråkra, Eslöv", "9V01"), "Karin Ståhl", "läkare",
      "2024-09-28 10:20", [
          ("Bedömning", "Rodnad och svullnad hö underben, feber 39. Trol. erysipelas. Remiss akuten pga "
                        "allmänpåverkan."),
      ], system="PMO", template="Besök", signed=20),
    N("n2", SK("Akutmottagningen, Skånes universitetssjukhus Lund", "7A02"), "Olivia Borg", "läkare",
      "2024-09-28 13:15", [
          ("Bedömning", "Kraftig smärta ur proportion till status, blåaktig missfärgning och bullae över hö "
                        "underben. Misstänkt nekrotiserande fasciit, kirurgjouren tillkallad för akut op."),
      ], setting="akutmottagning", signed=30),
    ],
    must=[("NL102", "n2")], must_not=[("NL102", "n1")],
    why="same patient: hedge in a PMO note is never shown; the Melior emergency note hedge is")

C("med-ingen-pneumoni-men-trol-bronkit", "vgr", "19830415", "385", [
    N("n1", VG("Medicinakuten, Kungälvs sjukhus", "60010"), "Hilda Mårtensson", "läkare",
      "2024-02-10 18:20", [
          ("Bedömning", "Rtg pulm: ingen pneumoni. Trol. akut bronkit, ingen antibiotika."),
      ], setting="akutmottagning", signed=10)],
    must=[M2],
    why="negation scope: 'ingen pneumoni' does not cancel the following 'Trol. akut bronkit'")

C("med-ingen-dvt-daremot-trolig-bakercysta", "skane", "19580919", "259", [
    N("n1", SK("Medicinakuten, Skånes universitetssjukhus Lund", "7A01"), "Valter Krook", "läkare",
      "2024-06-29 15:45", [
          ("Bedömning", "UL: ingen DVT. Däremot 4 cm vätskeansamling i knävecket, trolig rupturerad Bakercysta."),
      ], setting="akutmottagning", signed=10)],
    must=[M2],
    why="negated DVT then an eponymous hedged diagnosis")

C("med-far-hade-hemokromatos-pat-misstanks", "vgr", "19710305", "412", [
    N("n1", VG("Medicinmottagningen, Skaraborgs Sjukhus Lidköping", "31802"), "Per Åström", "läkare",
      "2024-09-19 10:45", [
          ("Hereditet", "Far hade hemokromatos."),
          ("Bedömning", "Hos pat misstänks också hemokromatos, ferritin 900 och transferrinmättnad 62 %. "
                        "HFE-analys skickad."),
      ])],
    must=[M2],
    why="family history plus the patient's own suspected diagnosis in Bedömning")

C("gastro-tidigare-celiaki-negativ-nu-trol-ibs", "skane", "19850511", "324", [
    N("n1", SK("Gastromottagningen, Lasarettet i Ystad", "3G05"), "Stina Holm", "läkare",
      "2024-03-27 14:10", [
          ("Bedömning", "Tidigare utredd för celiaki 2016 med negativt resultat. Nu växlande avföring och "
                        "uppblåsthet sedan ett år, kalprotektin normalt. Trol. IBS; IBS-anpassad kost och "
                        "uppföljning om 3 mån."),
      ])],
    must=[M2],
    why="past negative work-up, but the current 'Trol. IBS' is hedged")


# =================================================================
# D. NL102 must_not: negated, settled, family/past history, non-diagnostic hedge,
#    protected template / sökord, PMO
# =================================================================

C("kir-ingen-misstanke-om-appendicit", "skane", "19990903", "628", [
    N("n1", SK("Kirurgakuten, Helsingborgs lasarett", "2A02"), "Tim Westin", "läkare",
      "2024-04-06 22:20", [
          ("Bedömning", "Diffus buksmärta, mjuk och oöm buk, CRP <5, afebril. Ingen misstanke om appendicit. "
                        "Hem, åter vid försämring."),
      ], setting="akutmottagning", signed=None)],
    must_not=[M2],
    why="'Ingen misstanke om' negates the diagnosis")

C("infek-inga-hallpunkter-for-meningit", "vgr", "19930712", "271", [
    N("n1", VG("Infektionskliniken, NU-sjukvården NÄL", "20711"), "Erika Dahl", "läkare",
      "2024-01-26 16:50", [
          ("Bedömning", "Feber och huvudvärk, god nackböjlighet, Kernig negativ. Inga hållpunkter för meningit. "
                        "Influensa A positiv i snabbtest, symtomatisk behandling."),
      ], setting="akutmottagning")],
    must_not=[M2],
    why="'Inga hållpunkter för' negates meningitis; influenza is confirmed")

C("med-lungemboli-kan-uteslutas", "skane", "19870816", "522", [
    N("n1", SK("Medicinakuten, Skånes universitetssjukhus Malmö", "5A01"), "Nina Alvarez", "läkare",
      "2024-05-03 14:40", [
          ("Bedömning", "Lungemboli kan uteslutas: Wells 0 och D-dimer <0,3. Bröstsmärtan är muskuloskeletal, "
                        "palpationsöm över costokondrala övergångarna."),
      ], setting="akutmottagning", signed=15)],
    must_not=[M2],
    why="'kan uteslutas' (without ej) is a negation, the near miss of 'kan ej uteslutas'")

C("akut-stukning-rtg-ingen-fraktur", "skane", "20050611", "197", [
    N("n1", SK("Akutmottagningen, Trelleborgs lasarett", "6A01"), "Ellen Wahl", "läkare",
      "2024-09-08 16:30", [
          ("Bedömning", "Stukat hö fotled i fotboll. Rtg: ingen fraktur. Distorsion, stödskena och avlastning "
                        "efter smärta."),
      ], setting="akutmottagning", signed=10)],
    must_not=[M2],
    why="'ingen fraktur' plus a settled sprain")

C("barn-misstanken-om-pneumoni-avskrivs", "vgr", "20200304", "089", [
    N("n1", VG("Barnakuten, Skaraborgs Sjukhus Skövde", "31901"), "Hanna Kron", "läkare",
      "2024-01-13 14:35", [
          ("Bedömning", "Misstanken om pneumoni avskrivs efter normal lungröntgen och CRP 8. Förkylning, "
                        "koksaltdroppar och febernedsättande vid behov."),
      ], setting="akutmottagning")],
    must_not=[M2],
    why="a suspicion explicitly dropped ('avskrivs')")

C("brost-enkel-cysta-typo-maligitet-negerad", "skane", "19750826", "364", [
    N("n1", SK("Bröstmottagningen, Helsingborgs lasarett", "2K10"), "Maja Stålhammar", "läkare",
      "2024-10-14 11:20", [
          ("Bedömning", "UL och mammografi: enkel cysta kl 10 i hö bröst, 12 mm. Inget som talar för maligitet. "
                        "Ingen uppföljning behövs."),
      ])],
    must_not=[M2],
    why="'Inget som talar för' with typo 'maligitet': still negated")

C("akut-typo-ingen-mistanke-om-sepsis", "skane", "19580112", "646", [
    N("n1", SK("Akutmottagningen, Skånes universitetssjukhus Lund", "7A02"), "Astrid Malm", "läkare",
      "2024-03-16 12:55", [
          ("Bedömning", "Temp 38,2, NEWS 1, laktat 1,1. Ingen mistanke om sepsis. Nedre UVI, pivmecillinam "
                        "200 mg x 3 i 5 dagar."),
      ], setting="akutmottagning", signed=20)],
    must_not=[M2],
    why="typo 'mistanke' inside a negation")

C("onkogenetik-hereditet-mor-trol-morfar-ev", "vgr", "19850307", "662", [
    N("n1", VG("Onkogenetiska mottagningen, Sahlgrenska Universitetssjukhuset", "10760"), "Agnes Lindh",
      "läkare", "2024-11-05 13:00", [
          ("Hereditet", "Mor trol. bröstcancer i 40-årsåldern, aldrig utredd i Sverige. Morfar ev. prostatacancer."),
          ("Bedömning", "Pat själv frisk, bröstpalpation utan anmärkning. Erbjuds genetisk testning efter "
                        "stamträdsanalys."),
      ])],
    must_not=[M2],
    why="hedges belong to relatives in the family history")

C("barn-bror-utreds-for-misstankt-celiaki", "skane", "20160927", "182", [
    N("n1", SK("Barnmottagningen, Centralsjukhuset Kristianstad", "1B01"), "Lukas Fält", "läkare",
      "2024-05-16 10:40", [
          ("Anamnes", "Magont och lös avföring sedan ett halvår. Bror (8 år) utreds för misstänkt celiaki."),
          ("Åtgärd", "tTG-IgA och totalt IgA tas, svar om en vecka."),
      ])],
    must_not=[M2],
    why="the suspected coeliac disease is the brother's")

C("neuro-morfar-kanske-huntington", "vgr", "19920415", "322", [
    N("n1", VG("Neurologmottagningen, Sahlgrenska Universitetssjukhuset Östra", "10230"), "Melvin Wik",
      "läkare", "2024-02-28 15:10", [
          ("Hereditet", "Morfar hade kanske Huntingtons sjukdom enligt släkten, men diagnosen är aldrig bekräftad."),
          ("Bedömning", "Pat själv utan motoriska eller kognitiva symtom, neurologstatus normalt. Önskar inte "
                        "presymtomatisk testning nu."),
      ])],
    must_not=[M2],
    why="'kanske' about the grandfather's eponymous disease")

C("kardio-tidigare-misstankt-tia-2019", "skane", "19540303", "215", [
    N("n1", SK("Kardiologmottagningen, Skånes universitetssjukhus Lund", "7C05"), "Jens Roos", "läkare",
      "2024-06-17 09:20", [
          ("Tidigare sjukdomar", "Hypertoni. 2019 misstänkt TIA, utredd på Helsingborgs lasarett utan fynd."),
          ("Bedömning", "Paroxysmalt förmaksflimmer, CHA2DS2-VASc 3. Apixaban insätts."),
      ])],
    must_not=[M2],
    why="hedge sits in past history; current diagnosis is settled")

C("lung-som-barn-ev-astma", "vgr", "19690918", "307", [
    N("n1", VG("Lungmottagningen, NU-sjukvården Uddevalla sjukhus", "20310"), "Greta Borg", "läkare",
      "2024-10-09 14:00", [
          ("Anamnes", "Som barn ev. astma, inga besvär i vuxen ålder."),
          ("Bedömning", "Sarkoidos stadium I sedan 2021, stabil. Ny kontroll om ett år."),
      ], signed=None)],
    must_not=[M2],
    why="childhood hedge in past history only")

C("med-pneumoni-trol-utskrivning-ev-aterbesok", "skane", "19370214", "273", [
    N("n1", SK("Medicinavdelning 5, Lasarettet i Ystad", "3V05"), "Joakim Ohlsson", "läkare",
      "2024-01-18 11:40", [
          ("Rond", "Pneumoni hö underlob, nu afebril sedan 2 dygn, CRP 34 från 210. Trol. utskrivning imorgon. "
                   "Ev. återbesök om 6 v med kontrollröntgen."),
      ], setting="slutenvård", signed=15)],
    must_not=[M2],
    why="'Trol.' and 'Ev.' hedge discharge and follow-up, not the (settled) diagnosis")

C("orto-mojligt-behov-av-hemtjanst", "vgr", "19360705", "208", [
    N("n1", VG("Ortopedavdelningen, Alingsås lasarett", "50230"), "Tova Norell", "läkare",
      "2024-03-13 13:25", [
          ("Planering", "Höftfraktur hö, opererad med skruvar 11/3. Möjligt att pat behöver hemtjänst vid "
                        "hemgång, biståndshandläggare kontaktad."),
      ], signed=None, setting="slutenvård")],
    must_not=[M2],
    why="'Möjligt' about home care")

C("hjartsvikt-sannolikt-effekt-av-furosemid", "skane", "19420916", "157", [
    N("n1", SK("Hjärtsviktsavdelningen, Skånes universitetssjukhus Malmö", "5H04"), "Rebecca Lilja",
      "läkare", "2024-11-25 10:10", [
          ("Rond", "Känd hjärtsvikt, EF 35 %. Vikt 78,4 kg (−3 kg), sannolikt effekt av höjd furosemid. "
                   "Bensvullnaden har minskat."),
      ], setting="slutenvård", signed=20)],
    must_not=[M2],
    why="'sannolikt' explains a weight loss, not a diagnosis")

C("ssk-misstankt-felmarkt-provror", "vgr", "19770214", "551", [
    N("n1", VG("Kirurgavdelning 15, Sahlgrenska Universitetssjukhuset", "10140"), "Malva Eng",
      "sjuksköterska", "2024-04-15 07:10", [
          ("Omvårdnad", "Misstänkt felmärkt provrör för blodgruppering, nytt prov taget. Blod beställs först "
                        "efter kontrollerad bastest."),
      ], template="Omvårdnadsanteckning", setting="slutenvård", signed=10)],
    must_not=[M2],
    why="'Misstänkt' about a sample mix-up, not a diagnosis")

C("infek-diagnos-erysipelas-faststalld", "skane", "19600822", "296", [
    N("n1", SK("Infektionsmottagningen, Helsingborgs lasarett", "2I01"), "Alma Rydberg", "läkare",
      "2024-07-05 09:55", [
          ("Diagnos", "Erysipelas hö underben (A46.9). Tinea pedis."),
          ("Åtgärd", "PcV 1 g x 3 i 10 dagar, terbinafinkräm mellan tårna."),
      ])],
    must_not=[M2],
    why="settled diagnoses with ICD code, no hedge")

C("med-den-misstankta-lungembolin-bekraftades", "vgr", "19790117", "384", [
    N("n1", VG("Medicinakuten, Sahlgrenska Universitetssjukhuset Mölndal", "10805"), "Oscar Tell", "läkare",
      "2024-10-26 15:20", [
          ("Bedömning", "Den misstänkta lungembolin bekräftades på DT-angio: segmentella embolier i hö underlob. "
                        "Apixaban enligt schema, ingen högerkammarbelastning."),
      ], setting="akutmottagning")],
    must_not=[M2],
    why="the suspicion is reported as confirmed: settled diagnosis")

C("skane-mall-tidiga-hypoteser-ftd", "skane", "19570203", "467", [
    N("n1", SK("Minnesmottagningen, Skånes universitetssjukhus Malmö", "5M12"), "Karl Jönsson", "läkare",
      "2024-05-07 15:30", [
          ("Hypotes", "Trolig frontotemporal demens med tanke på personlighetsförändring, disinhibition och "
                      "relativt bevarat minne. Diskuteras med pat efter neuropsykologisk testning."),
      ], template="Tidiga hypoteser")],
    must_not=[M2],
    why="Skåne: hedge written in the protected template Tidiga hypoteser")

C("vgr-sokord-tidiga-hypoteser-lymfom", "vgr", "19600430", "532", [
    N("n1", VG("Medicinmottagningen, Södra Älvsborgs Sjukhus Borås", "40102"), "Cecilia Wåhlin", "läkare",
      "2024-04-30 14:45", [
          ("Aktuellt", "Viktnedgång 8 kg på 4 mån, nattliga svettningar."),
          ("Status", "Förstorad, fast lymfkörtel vä supraklavikulärt, 2 cm. Lever och mjälte ej palpabla."),
          ("Tidiga hypoteser", "Misstänkt lymfom, DD metastas från GI-cancer."),
          ("Planering", "DT thorax-buk och UL-ledd biopsi av körteln. Återbesök när svaren finns."),
      ], signed=None)],
    must_not=[M2],
    why="VGR: the only hedges are under the filtered sökord Tidiga hypoteser")

C("pmo-bvc-misstankt-komjolksproteinallergi", "skane", "20240108", "305", [
    N("n1", SK("BVC Staffanstorp", "9B02"), "Lena Friman", "sjuksköterska",
      "2024-03-12 10:30", [
          ("Barnhälsovård", "Mycket gråt efter måltid, eksem på kinderna, slem i blöjan. Misstänkt "
                            "komjölksproteinallergi, tid hos BVC-läkare bokad."),
      ], system="PMO", template="BVC-besök", signed=15)],
    must_not=[M2],
    why="PMO (BVC): hedged allergy is not shown")

C("pmo-um-ev-klamydia-17-ar", "skane", "20061222", "466", [
    N("n1", SK("Ungdomsmottagningen Lund", "9U01"), "Moa Kling", "barnmorska",
      "2024-06-26 15:05", [
          ("Besök", "Ny partner, sveda vid miktion. Ev. klamydia, prov taget, svar via 1177 inom en vecka."),
      ], system="PMO", template="Besök", signed=10)],
    must_not=[M2],
    why="PMO (ungdomsmottagning): hedge not shown")

C("pmo-hemsjukvard-trol-uvi", "skane", "19310811", "226", [
    N("n1", SK("Hemsjukvården, Vårdcentralen Sjöbo", "9H01"), "Siv Mattsson", "sjuksköterska",
      "2024-12-05 14:20", [
          ("Omvårdnad", "Pat förvirrad sedan igår, illaluktande urin, temp 37,9. Trol. UVI. Kontakt med "
                        "VC-läkare som ordinerar urinodling och nitrofurantoin."),
      ], system="PMO", template="Hemsjukvård", signed=30)],
    must_not=[M2],
    why="PMO home care nurse note: hedge not shown")

C("pmo-vc-fragetecken-depression", "skane", "19910403", "582", [
    N("n1", SK("Vårdcentralen Husensjö, Helsingborg", "9V04"), "Amir Jafari", "läkare",
      "2024-11-14 13:30", [
          ("Bedömning", "Nedstämd sedan 3 mån, sömnstörning, PHQ-9 17. ?Depression, ev. utmattning. Sertralin "
                        "50 mg föreslås, uppföljning om 2 v."),
      ], system="PMO", template="Besök", signed=25)],
    must_not=[M2],
    why="PMO: '?Depression' is never shown")

C("infek-kan-inte-uteslutas-byte-till-iv", "skane", "19530927", "384", [
    N("n1", SK("Infektionsavdelning 6, Skånes universitetssjukhus Malmö", "5I06"), "Signe Rask", "läkare",
      "2024-06-22 11:15", [
          ("Rond", "Erysipelas vä ben, förbättrad på PcV, rodnaden går tillbaka. Det kan inte uteslutas att vi "
                   "behöver byta till intravenös behandling om febern återkommer."),
      ], setting="slutenvård", signed=10)],
    must_not=[M2],
    why="'kan inte uteslutas' about a change of route, next to a settled diagnosis")

C("akut-vnr-mall-misstankt-revbensfraktur", "skane", "19860119", "268", [
    N("n1", SK("Akutmottagningen, Lasarettet i Ystad", "3A01"), "Ida Fransson", "läkare",
      "2024-04-13 20:40", [
          ("Anamnes", "Pat uppger att maken slog henne med knytnäve mot bröstkorgen igår kväll."),
          ("Bedömning", "Öm över costa 7–8 vä. Misstänkt revbensfraktur, rtg beställd. Fotodokumentation "
                        "utförd enligt vårdprogrammet."),
      ], template="Våld i nära relationer", setting="akutmottagning")],
    must_not=[M2],
    why="Skåne: protected template Våld i nära relationer hides the hedge")

C("orto-fractura-colli-femoris-garden-iv", "vgr", "19320927", "184", [
    N("n1", VG("Ortopedavdelningen, NU-sjukvården NÄL", "20420"), "Kerstin Ahl", "läkare",
      "2024-12-10 09:00", [
          ("Bedömning", "Fractura colli femoris dx, dislocerad (Garden IV). Op med hemiprotes imorgon, fasta "
                        "från midnatt. Tromboprofylax."),
      ], setting="slutenvård", signed=25)],
    must_not=[M2],
    why="Latin settled diagnosis with eponymous classification, no hedge")

C("rtg-dt-lungartarer-inga-tecken-pa-le", "skane", "19700623", "480", [
    N("n1", SK("Bild och funktion, Skånes universitetssjukhus Malmö", "5R01"), "Hannes Bäck", "läkare",
      "2024-08-19 18:10", [
          ("Utlåtande", "DT lungartärer: inga tecken på lungemboli. Inga förstorade lymfkörtlar. Ingen "
                        "pleuravätska. Lätt emfysem apikalt bilateralt."),
      ], template="Röntgenutlåtande", signed=20)],
    must_not=[M2],
    why="radiology reply with only negated findings and a settled one")

C("pad-compound-nevus-utan-atypi", "vgr", "19950909", "423", [
    N("n1", VG("Klinisk patologi, Skaraborgs Sjukhus Skövde", "31990"), "Bertil Ferm", "läkare",
      "2024-03-22 14:00", [
          ("Diagnos", "Hud rygg, excision: compound nevus utan atypi. Radikalt exciderat. Inga "
                      "malignitetskriterier."),
      ], template="PAD-svar", signed=60)],
    must_not=[M2],
    why="pathology reply: benign settled diagnosis, malignancy negated")

C("ssk-polisanmalan-misstankt-stold", "skane", "19430517", "144", [
    N("n1", SK("Medicinavdelning 3, Helsingborgs lasarett", "2V03"), "Annelie Rask", "sjuksköterska",
      "2024-07-27 06:45", [
          ("Omvårdnad", "Polisanmälan gjord om misstänkt stöld av pats plånbok från sängbordet under natten. Pat "
                        "upprörd men lugnades. Anhörig underrättad."),
      ], template="Omvårdnadsanteckning", setting="slutenvård", signed=15)],
    must_not=[M2],
    why="'misstänkt stöld' is not a diagnosis")

C("kardio-misstanker-att-pat-inte-tar-waran", "skane", "19440601", "097", [
    N("n1", SK("Hjärtmottagningen, Centralsjukhuset Kristianstad", "1H02"), "Torsten Alm", "läkare",
      "2024-08-28 13:10", [
          ("Bedömning", "Förmaksflimmer, INR 1,4. Misstänker att pat inte tar Waran regelbundet; dosett och hjälp "
                        "av hemsjukvården ordnas."),
      ])],
    must_not=[M2],
    why="'Misstänker' adherence, not a diagnosis")

C("neuro-kand-epilepsi-kvallsdos-glomd", "skane", "19960714", "316", [
    N("n1", SK("Neurologiakuten, Skånes universitetssjukhus Lund", "7N09"), "Mira Holst", "läkare",
      "2024-07-14 10:20", [
          ("Bedömning", "Känd epilepsi sedan 2015. GTK-anfall igår efter sömnbrist på festival. Kvällsdosen "
                        "Keppra glömd? Pat minns inte. Ingen dosändring."),
      ], setting="akutmottagning", signed=10)],
    must_not=[M2],
    why="the question mark asks about a missed dose")

C("barn-celiaki-tidigare-misstankt-nu-bekraftad", "vgr", "20170602", "124", [
    N("n1", VG("Barnmedicinska mottagningen, Södra Älvsborgs Sjukhus Borås", "40701"), "Greta Nord",
      "läkare", "2024-02-02 13:30", [
          ("Bedömning", "Celiaki, tidigare misstänkt pga förhöjt tTG, nu bekräftad med biopsi (Marsh 3b). "
                        "Glutenfri kost, dietistkontakt."),
      ])],
    must_not=[M2],
    why="earlier suspicion now confirmed: settled")

C("gyn-eug-utesluts-hotande-missfall", "skane", "19940218", "302", [
    N("n1", SK("Gynekologiska akutmottagningen, Helsingborgs lasarett", "2K02"), "Frida Kjell",
      "läkare", "2024-04-28 11:35", [
          ("Bedömning", "Blödning i v 7+1. VUL: intrauterin graviditet med hjärtaktivitet, CRL motsvarar 7+0. "
                        "Extrauterin graviditet utesluts. Hotande missfall, expektans."),
      ], setting="akutmottagning")],
    must_not=[M2],
    why="ectopic pregnancy excluded; 'hotande missfall' is a settled diagnosis, not a hedge")

C("barn-normalt-crp-talar-emot-bakteriell-infektion", "vgr", "20190806", "275", [
    N("n1", VG("Barnakuten, Sahlgrenska Universitetssjukhuset Östra", "10190"), "Wilmer Sund", "läkare",
      "2024-12-12 19:15", [
          ("Bedömning", "Feber i 2 dagar men pigg och äter. CRP 6. Normalt CRP och gott allmäntillstånd talar "
                        "emot bakteriell infektion. Hem med febernedsättande."),
      ], setting="akutmottagning")],
    must_not=[M2],
    why="'talar emot' argues against the diagnosis")

C("infek-borrelia-avskrivs-bells-pares", "skane", "19800921", "230", [
    N("n1", SK("Infektionsmottagningen, Skånes universitetssjukhus Lund", "7I03"), "Axel Ohlin", "läkare",
      "2024-08-09 14:25", [
          ("Bedömning", "Facialispares vä sedan 4 dagar. Borreliaserologi i likvor negativ, borrelia avskrivs. "
                        "Bells pares, prednisolon insatt."),
      ])],
    must_not=[M2],
    why="borrelia dropped; eponymous Bell's palsy settled")

C("pmo-vc-fraktur-kan-ej-uteslutas", "skane", "20030409", "259", [
    N("n1", SK("Vårdcentralen Svedala", "9V07"), "Ronja Lind", "läkare",
      "2024-05-19 11:00", [
          ("Bedömning", "Ramlat på cykel, öm över scaphoideum. Fraktur kan ej uteslutas, remiss rtg och "
                        "gipsskena i väntan."),
      ], system="PMO", template="Besök", signed=10)],
    must_not=[M2],
    why="PMO: 'kan ej uteslutas' is never shown")

C("pmo-remiss-och-melior-faststalld-hjartsvikt", "skane", "19500831", "153", [
    N("n1", SK("Vårdcentralen Tåbelund, Eslöv", "9V09"), "Eva Stål", "läkare",
      "2024-02-08 09:30", [
          ("Bedömning", "Misstänkt hjärtsvikt, NT-proBNP 2400. Remiss kardiologen."),
      ], system="PMO", template="Besök", signed=10),
    N("n2", SK("Kardiologmottagningen, Skånes universitetssjukhus Lund", "7C02"), "Johan Lindell",
      "läkare", "2024-03-05 14:00", [
          ("Bedömning", "UKG: EF 30 %, dilaterad vänster kammare. Hjärtsvikt med nedsatt ejektionsfraktion. "
                        "Start Entresto, Jardiance och bisoprolol."),
      ]),
    ],
    must_not=[("NL102", "n1"), ("NL102", "n2")],
    why="PMO suspicion is hidden; the Melior note states the diagnosis as settled")

C("med-undrar-om-diabetes-hba1c-normal", "skane", "19780308", "540", [
    N("n1", SK("Medicinmottagningen, Ängelholms sjukhus", "8M02"), "Lovisa Kvist", "läkare",
      "2024-10-24 10:45", [
          ("Bedömning", "Pat undrar om hon har diabetes efter en hög glukos på apotekets mätning. HbA1c 38 och "
                        "fasteglukos 5,4: ingen diabetes."),
      ])],
    must_not=[M2],
    why="the patient's question is answered by a negated diagnosis")


# ----------------------------------------------------------------- validation
CODES = {"NL101", "NL102"}
KEYS = ["case", "ruleset", "record", "must", "must_not", "why"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def problem(msg):
    PROBLEMS.append(msg)


def age_on(birth, when):
    b = _dt.date.fromisoformat(birth)
    d = when.date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def validate():
    names = set()
    sentences = {}
    as_of = _dt.datetime.fromisoformat(AS_OF)
    for c in CASES:
        n = c["case"]
        if list(c.keys()) != KEYS:
            problem("%s: keys %s" % (n, list(c.keys())))
        if n in names:
            problem("duplicate case name " + n)
        names.add(n)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n):
            problem("%s: bad case name" % n)
        if c["ruleset"] not in ("skane", "vgr"):
            problem("%s: ruleset" % n)
        if not c["why"] or "\n" in c["why"]:
            problem("%s: why must be one line" % n)
        if not (c["must"] or c["must_not"]):
            problem("%s: asserts nothing" % n)
        rec = c["record"]
        p = rec["patient"]
        m = re.fullmatch(r"(\d{8})-(\d{3})(\d)", p["id"])
        if not m:
            problem("%s: personnummer format" % n)
        else:
            if luhn_digit(m.group(1)[2:] + m.group(2)) != m.group(3):
                problem("%s: personnummer check digit" % n)
            if m.group(1) != p["birth_date"].replace("-", ""):
                problem("%s: personnummer does not match birth_date" % n)
        try:
            _dt.date.fromisoformat(p["birth_date"])
        except ValueError:
            problem("%s: birth_date" % n)
        ids = set()
        for note in rec["notes"]:
            if note["id"] in ids:
                problem("%s: duplicate note id" % n)
            ids.add(note["id"])
            if not re.fullmatch(r"n\d+", note["id"]):
                problem("%s: note id %s" % (n, note["id"]))
            t = _dt.datetime.fromisoformat(note["time"])
            if t.year != 2024 or t >= as_of:
                problem("%s: time %s" % (n, note["time"]))
            if note["signed"] is not None:
                s = _dt.datetime.fromisoformat(note["signed"])
                if s < t or s >= as_of:
                    problem("%s: signed %s" % (n, note["signed"]))
            age = age_on(p["birth_date"], t)
            if 13 <= age <= 15 or age < 0:
                problem("%s: patient age %d at note %s" % (n, age, note["id"]))
            if note["system"] not in ("Melior", "PMO"):
                problem("%s: system" % n)
            if c["ruleset"] == "vgr" and note["system"] != "Melior":
                problem("%s: VGR notes are Melior" % n)
            if not note["sections"]:
                problem("%s: note without sections" % n)
            for sec in note["sections"]:
                if not sec["keyword"] or not sec["text"].strip():
                    problem("%s: empty section" % n)
                for sent in SENT_SPLIT.split(sec["text"]):
                    sent = sent.strip()
                    if len(sent) >= 25:
                        if sent in sentences and sentences[sent] != n:
                            problem("%s: sentence repeated from %s: %s" % (n, sentences[sent], sent))
                        sentences.setdefault(sent, n)
            exp = rec["as_of"]
            if exp != AS_OF:
                problem("%s: as_of" % n)
        seen = set()
        for kind in ("must", "must_not"):
            for a in c[kind]:
                if len(a) != 2 or a[0] not in CODES or a[1] not in ids:
                    problem("%s: bad assertion %s" % (n, a))
                    continue
                if tuple(a) in seen:
                    problem("%s: %s asserted twice or both ways" % (n, a))
                seen.add(tuple(a))
                note = [x for x in rec["notes"] if x["id"] == a[1]][0]
                if note["system"] == "PMO":
                    if a[0] == "NL101":
                        problem("%s: NL101 asserted on a PMO note" % n)
                    if a[0] == "NL102" and kind == "must":
                        problem("%s: NL102 must on a PMO note" % n)


def main():
    validate()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    # re-read what was written
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != CASES:
        problem("jsonl round trip differs")
    counts = {}
    for c in CASES:
        for kind in ("must", "must_not"):
            for code, _ in c[kind]:
                counts[(code, kind)] = counts.get((code, kind), 0) + 1
    print("%s: %d cases" % (os.path.basename(OUT), len(CASES)))
    for code in sorted(CODES):
        print("  %s must %d  must_not %d" % (code, counts.get((code, "must"), 0),
                                             counts.get((code, "must_not"), 0)))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
