#!/usr/bin/env python3
"""nl1ag_dev_cases: long dictated notes (5-10 sections) typed by medical secretaries,
where the one sentence that matters for NL101 / NL102 is buried among other diagnoses,
findings, results and plans. Dependency-free and deterministic:
    python3 build.py   -> writes nl1ag_dev_cases.jsonl next to this file, exits 1 on any problem.
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys

NAME = "nl1ag_dev_cases"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".jsonl")

# ---------------------------------------------------------------- units

UNITS = {
    "skane": {
        "onk": "Onkologiska kliniken, Skånes universitetssjukhus Lund",
        "kir": "Kirurgiska kliniken, Helsingborgs lasarett",
        "med": "Medicinkliniken, Centralsjukhuset Kristianstad",
        "neuro": "Neurologiska kliniken, Skånes universitetssjukhus Lund",
        "uro": "Urologiska kliniken, Skånes universitetssjukhus Malmö",
        "gyn": "Kvinnokliniken, Ystads lasarett",
        "lung": "Lung- och allergimottagningen, Skånes universitetssjukhus Lund",
        "hem": "Hematologimottagningen, Skånes universitetssjukhus Lund",
        "ortop": "Ortopedmottagningen, Hässleholms sjukhus",
        "kard": "Kardiologiska kliniken, Skånes universitetssjukhus Malmö",
        "psyk": "Allmänpsykiatrisk mottagning Landskrona",
        "reuma": "Reumatologiska mottagningen, Skånes universitetssjukhus Lund",
        "geri": "Minnesmottagningen, Skånes universitetssjukhus Malmö",
        "gastro": "Medicinmottagningen, Trelleborgs lasarett",
        "hud": "Hudmottagningen, Skånes universitetssjukhus Lund",
        "inf": "Infektionskliniken, Helsingborgs lasarett",
        "endo": "Endokrinologiska mottagningen, Skånes universitetssjukhus Malmö",
        "barn": "Barn- och ungdomsmedicinska mottagningen, Centralsjukhuset Kristianstad",
        "vc": "Vårdcentralen Tåbelund, Eslöv",
        "vc2": "Vårdcentralen Sorgenfri, Malmö",
        "hsv": "Hemsjukvården Höörs kommun/Vårdcentralen Höör",
        "bvc": "BVC Vårdcentralen Näsby, Kristianstad",
    },
    "vgr": {
        "onk": "Jubileumskliniken, Sahlgrenska Universitetssjukhuset",
        "kir": "Kirurgmottagningen, Södra Älvsborgs Sjukhus Borås",
        "med": "Medicinkliniken, NU-sjukvården Uddevalla",
        "neuro": "Neurologmottagningen, Sahlgrenska Universitetssjukhuset",
        "uro": "Urologmottagningen, Skaraborgs Sjukhus Skövde",
        "gyn": "Kvinnosjukvården, Alingsås lasarett",
        "lung": "Lungmottagningen, Sahlgrenska Universitetssjukhuset/Östra",
        "hem": "Sektionen för hematologi och koagulation, Sahlgrenska Universitetssjukhuset",
        "ortop": "Ortopedmottagningen, Kungälvs sjukhus",
        "kard": "Hjärtmottagningen, Skaraborgs Sjukhus Lidköping",
        "psyk": "Psykiatriska öppenvårdsmottagningen, NU-sjukvården Trollhättan",
        "reuma": "Reumatologmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal",
        "geri": "Minnesmottagningen, Sahlgrenska Universitetssjukhuset/Mölndal",
        "gastro": "Mag-tarmmottagningen, Sahlgrenska Universitetssjukhuset/Östra",
        "hud": "Hudmottagningen, Södra Älvsborgs Sjukhus Borås",
        "inf": "Infektionsmottagningen, Skaraborgs Sjukhus Skövde",
        "endo": "Endokrinmottagningen, NU-sjukvården Uddevalla",
        "barn": "Barnmottagningen, Södra Älvsborgs Sjukhus Borås",
    },
}
HSA_PREFIX = {"skane": "SE2321000255-", "vgr": "SE2321000131-"}
PMO_UNITS = {"vc", "vc2", "hsv", "bvc"}

DOCTORS = {
    "skane": ["Per Lindqvist", "Karin Åkesson", "Johan Nordström", "Leila Haddad", "Mats Ohlsson",
              "Sofia Bengtsdotter", "Anders Friberg", "Maja Rosengren", "Nils Ekdahl", "Elin Sjöholm",
              "Tomas Wennerberg", "Hanna Kjellberg"],
    "vgr": ["Eva Gustafsson", "Björn Andersson", "Amira Saleh", "Fredrik Lund", "Cecilia Strand",
            "Ola Hedberg", "Ingrid Palm", "Kristoffer Ek", "Lina Carlsson", "Jonas Bergqvist",
            "Marie Fors", "Daniel Wikström"],
}
SECR = ["ak", "bl", "cm", "ds", "eh", "gj", "ip", "kn", "ln", "ms", "ro", "ts"]

TOWNS = {
    "skane": ["Eslöv", "Höör", "Staffanstorp", "Kävlinge", "Sjöbo", "Ängelholm", "Hörby", "Vellinge",
              "Simrishamn", "Osby", "Bjuv", "Tomelilla", "Svedala", "Åhus", "Landskrona", "Lomma"],
    "vgr": ["Kungälv", "Lerum", "Alingsås", "Vänersborg", "Mariestad", "Falköping", "Ulricehamn",
            "Stenungsund", "Mark", "Tidaholm", "Lysekil", "Partille", "Herrljunga", "Tranemo",
            "Åmål", "Kungsbacka"],
}

# ---------------------------------------------------------------- filler (no hedges, no "not informed")

USED = set()


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def uniq(rng, maker, tries=200):
    for _ in range(tries):
        t = maker(rng)
        if all(len(s) < 25 or s not in USED for s in sentences(t)):
            return t
    raise SystemExit("could not make unique filler: " + repr([s for s in sentences(t) if len(s) >= 25 and s in USED]))


def f_hereditet(rng, rs):
    rel = ["Mor", "Far", "Bror", "Syster", "Moster", "Farbror", "Morbror", "Mormor", "Farfar"]
    dz = ["hypertoni", "DM typ 2", "hypotyreos", "psoriasis", "förmaksflimmer", "glaukom",
          "hyperkolesterolemi", "bröstcancer", "koloncancer", "stroke", "hjärtinfarkt", "astma",
          "reumatoid artrit", "njursten", "depression", "prostatacancer"]
    parts = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        r = rng.choice(rel)
        d = rng.choice(dz)
        form = rng.randint(0, 3)
        if form == 0:
            parts.append(f"{r} {d} vid {rng.randint(45, 82)} års ålder.")
        elif form == 1:
            parts.append(f"{r} med {d}.")
        elif form == 2:
            parts.append(f"{r} avliden {rng.randint(58, 93)} år, {d}.")
        else:
            parts.append(f"{r}: {d} ({rng.randint(50, 80)} år).")
    if rng.random() < 0.3:
        parts.append(rng.choice(["I övrigt ingen känd hereditet.", "Hereditet i övrigt ua.",
                                 "Inga kända ärftliga sjukdomar i övrigt."]))
    return " ".join(parts)


def f_tidigare(rng, rs):
    items = ["Hypertoni sedan {y}", "DM typ 2 sedan {y}, tablettbehandlad", "Appendektomi {y}",
             "Hypotyreos, substituerad sedan {y}", "Förmaksflimmer, antikoagulerad sedan {y}",
             "Astma sedan barndomen", "Kolecystektomi {y}", "Höftplastik hö {y}", "Knäplastik vä {y}",
             "Depression {y}, behandlad i primärvården", "Njursten {y}", "Gikt, senaste attack {y}",
             "KOL, GOLD {g}", "Hyperlipidemi", "Sectio x{n}", "Ljumskbråcksop. hö {y}",
             "Hysterektomi {y}", "Glaukom, droppbehandlad", "Osteoporos, kotkompression {y}",
             "NSTEMI {y}, PCI mot LAD", "Stroke {y} utan kvarstående men", "Psoriasis",
             "Tonsillektomi som barn", "Prostatahyperplasi", "Sömnapné, CPAP sedan {y}",
             "Karpaltunnelop. bilat {y}", "Divertikulit {y}, konservativt behandlad",
             "Katarakt op. bilat {y}", "Migrän sedan tonåren", "Borrelia {y}, behandlad"]
    chosen = rng.sample(items, rng.randint(2, 5))
    out = []
    for c in chosen:
        out.append(c.format(y=rng.randint(1988, 2022), g=rng.randint(1, 3), n=rng.randint(1, 3)))
    sep = rng.choice([". ", ".\n", "; "])
    return sep.join(out) + "."


def f_socialt(rng, rs):
    bor = rng.choice(["Bor med make", "Bor med hustru", "Bor med sambo", "Ensamboende",
                      "Bor med dotter och barnbarn", "Bor med maka", "Änka sedan några år, bor ensam",
                      "Gift, bor med man och två tonårsbarn"])
    bost = rng.choice(["i villa", "i lgh 2 tr med hiss", "i radhus", "i lägenhet utan hiss",
                       "på gård", "i bostadsrätt", "i hyreslägenhet bv"])
    town = rng.choice(TOWNS[rs])
    arb = rng.choice(["Arbetar som {j}.", "Pensionerad {j}.", "Pensionär, tidigare {j}.",
                      "Heltid som {j}.", "Sjukskriven 50 % från arbete som {j}."]).format(
        j=rng.choice(["lärare", "undersköterska", "snickare", "lastbilschaufför", "ekonom",
                      "lantbrukare", "elektriker", "sjuksköterska", "IT-konsult", "kock",
                      "busschaufför", "frisör", "ingenjör", "butiksbiträde", "målare", "revisor"]))
    rok = rng.choice(["Rökare, {c} cig/d.", "Exrökare sedan {y}.", "Aldrig rökt.", "Snusar dagligen.",
                      "Ej rökare.", "Röker {c} cig/dag sedan ungdomen."]).format(
        c=rng.randint(3, 25), y=rng.randint(1985, 2021))
    alk = rng.choice(["Alkohol {a} glas vin/v.", "Alkohol sparsamt.", "Dricker ej alkohol.",
                      "Alkohol ca {a} enheter/vecka.", "Alkohol: helger, måttligt."]).format(a=rng.randint(1, 10))
    extra = rng.choice(["", " Har hemtjänst {h} ggr/dag.", " Kör bil.", " Klarar ADL själv.",
                        " Hund.", " Rollator ute.", " Aktiv, cyklar {k} km/d."]).format(
        h=rng.randint(1, 4), k=rng.randint(2, 15))
    return f"{bor} {bost} i {town}. {arb} {rok} {alk}{extra}"


DRUGS = [("T Enalapril {d} mg 1x1", [5, 10, 20]), ("T Amlodipin {d} mg 1x1", [5, 10]),
         ("T Atorvastatin {d} mg 0+0+1", [20, 40, 80]), ("T Metformin {d} mg 1x2", [500, 850, 1000]),
         ("T Levaxin {d} mikrog 1x1", [50, 75, 100, 125]), ("T Eliquis {d} mg 1x2", [2.5, 5]),
         ("T Metoprolol {d} mg 1x1", [25, 50, 100]), ("T Omeprazol {d} mg 1x1", [20, 40]),
         ("T Alvedon 1 g vb", []), ("Inh Bricanyl vb", []), ("Inh Symbicort {d} 1x2", ["160/4,5", "320/9"]),
         ("T Furix {d} mg 1x1", [20, 40, 80]), ("T Losartan {d} mg 1x1", [50, 100]),
         ("T Sertralin {d} mg 1x1", [50, 100]), ("T Kalcipos-D 1x2", []), ("T Trombyl 75 mg 1x1", []),
         ("Inj Ozempic {d} mg 1 g/v", [0.5, 1]), ("T Allopurinol {d} mg 1x1", [100, 300]),
         ("T Zopiklon 5 mg tn", []), ("T Mirtazapin {d} mg tn", [15, 30]), ("Xalatan ögondr 1x1", []),
         ("T Waran enl. ordination", []), ("T Spironolakton 25 mg 1x1", []), ("T Oxascand 10 mg vb", []),
         ("Inj Insulatard {d} E tn", [12, 16, 20, 24, 30]), ("T Candesartan {d} mg 1x1", [8, 16, 32])]


def f_lakemedel(rng, rs):
    chosen = rng.sample(DRUGS, rng.randint(3, 7))
    out = []
    for tmpl, doses in chosen:
        d = rng.choice(doses) if doses else ""
        out.append(tmpl.format(d=str(d).replace(".", ",")))
    lead = rng.choice(["", "Enl. läkemedelslistan: ", "Aktuella läkemedel: ", "Stående: "])
    return lead + rng.choice([", ", "; "]).join(out) + "."


def f_status(rng, rs):
    at = rng.choice(["AT: Opåverkad.", "AT: gott och vårdat.", "AT: gott.", "AT: trött men adekvat.",
                     "AT: opåv, orienterad."])
    parts = [at,
             rng.choice([f"Cor: RR {rng.randint(58, 96)}, ua.", f"Cor: RR, {rng.randint(58, 96)}/min.", "Cor: RR, inga bl."]),
             rng.choice(["Pulm: ves bilat.", "Lungor: ua.", f"Pulm: fria, SaO2 {rng.randint(94, 99)} %.",
                         "Pulm: ves, inga rassel."]),
             f"BT {rng.randint(112, 168)}/{rng.randint(62, 98)}.",
             rng.choice(["Buk: mjuk, oöm.", "Buk: mjuk, ingen défense.", "Buk: ua.", ""]),
             rng.choice(["Ben: inga ödem.", "Lätta ödem bilat.", "Perifert: ua.", ""]),
             f"Vikt {rng.randint(52, 112)} kg." if rng.random() < 0.5 else "",
             f"Temp {rng.choice(['36,6', '36,9', '37,2', '37,4', '36,8', '37,0'])}." if rng.random() < 0.4 else ""]
    return " ".join(p for p in parts if p)


def f_lab(rng, rs):
    pool = [
        lambda: f"Hb {rng.randint(98, 158)}",
        lambda: f"LPK {rng.randint(38, 128) / 10:.1f}".replace(".", ","),
        lambda: f"TPK {rng.randint(140, 420)}",
        lambda: f"CRP {rng.choice(['<5', str(rng.randint(5, 90))])}",
        lambda: f"Krea {rng.randint(55, 140)}",
        lambda: f"Na {rng.randint(134, 144)}",
        lambda: f"K {rng.randint(34, 49) / 10:.1f}".replace(".", ","),
        lambda: f"ALAT {rng.randint(12, 95) / 100:.2f}".replace(".", ","),
        lambda: f"ALP {rng.randint(8, 30) / 10:.1f}".replace(".", ","),
        lambda: f"Bilirubin {rng.randint(5, 30)}",
        lambda: f"HbA1c {rng.randint(34, 78)}",
        lambda: f"TSH {rng.randint(5, 48) / 10:.1f}".replace(".", ","),
        lambda: f"Albumin {rng.randint(28, 44)}",
        lambda: f"NT-proBNP {rng.randint(60, 1900)}",
        lambda: f"eGFR {rng.randint(38, 95)}",
        lambda: f"Ca {rng.randint(220, 262) / 100:.2f}".replace(".", ","),
        lambda: f"Ferritin {rng.randint(12, 400)}",
        lambda: f"SR {rng.randint(4, 48)}",
    ]
    chosen = rng.sample(pool, rng.randint(5, 9))
    day = rng.randint(1, 28)
    lead = rng.choice([f"Lab {day}/{rng.randint(1, 11)}: ", "Lab: ", "Dagens prover: ", "Senaste lab: "])
    return lead + ", ".join(f() for f in chosen) + "."


def f_rontgen(rng, rs):
    return rng.choice([
        "Rtg pulm {d}: inga infiltrat, normalstort hjärta, fria sinus.",
        "Lungröntgen {d} utan anmärkning, ingen pleuravätska.",
        "Rtg thorax {d}: oförändrat jämfört med tidigare, ingen stas.",
        "DT hjärna {d}: ingen blödning, inga ischemiska förändringar utöver åldersförändringar.",
        "Ultraljud buk {d}: gallsten utan tecken till kolecystit, i övrigt normalt.",
        "Rtg hö knä {d}: måttlig artros medialt, ingen fraktur.",
        "Rtg ländrygg {d}: degenerativa förändringar L4-S1, ingen kotkompression.",
    ]).format(d=f"{rng.randint(1, 28)}/{rng.randint(1, 11)}")


FILL = {"Hereditet": f_hereditet, "Tidigare sjukdomar": f_tidigare, "Socialt": f_socialt,
        "Läkemedel": f_lakemedel, "Status": f_status, "Lab": f_lab, "Röntgen": f_rontgen}

# ---------------------------------------------------------------- cases

CASES = []


def C(name, rs, spec, age, sections, must=(), must_not=(), why="", signed=True, template=None,
      setting="öppenvård", sex=None):
    CASES.append(dict(name=name, rs=rs, spec=spec, age=age, sections=sections, must=list(must),
                      must_not=list(must_not), why=why, signed=signed, template=template,
                      setting=setting, sex=sex))


F = None  # section filled by the generator (no hedges, no statements about information)

# ================================================================ NL101 positives

C("nl101-pankreascancer-pad-ej-meddelat", "skane", "onk", 71, [
    ("Kontaktorsak", "Nybesök efter MDK-konferens ang. fynd i pankreas. Remiss från kirurgen SUS Malmö."),
    ("Anamnes", "71-årig man som sedan februari haft diffus ryggvärk, viktnedgång 8 kg och ikterus i mars. "
                "ERCP med stent 18/3. EUS med finnålsbiopsi 4/4. Aptiten fortsatt nedsatt, äter små portioner. "
                "Ingen feber sedan stentningen."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "1. Adenocarcinom i pankreashuvudet enligt PAD från EUS-biopsin, lokalt avancerat med "
                  "kärlengagemang, ej resektabelt enl. MDK 10/4. 2. Kolestas, nu avlastad med stent, bilirubin sjunkande. "
                  "3. DM typ 2 med försämrad glukoskontroll. 4. Hypertoni, välbehandlad."),
    ("Planering", "Palliativ cytostatika FOLFIRINOX diskuteras, start tidigast v. 17. Dietistkontakt. "
                  "Ny kontroll av leverprover om 1 v på VC Eslöv."),
    ("Information", "PAD-svaret har ännu inte meddelats patienten. Han kommer på läkarbesök 22/4 tillsammans med "
                    "dottern och får då beskedet av undertecknad."),
], must=["NL101"], why="established pancreatic cancer in Bedömning; Information says the PAD has not yet been told to the patient")

C("nl101-als-ej-meddelad-brytpunkt", "vgr", "neuro", 63, [
    ("Kontaktorsak", "Återbesök efter avslutad utredning av tilltagande svaghet i hö hand och talsvårigheter."),
    ("Anamnes", "Sedan hösten 2023 tilltagande svaghet i hö hand, tappar saker, fascikulationer i båda överarmar. "
                "Sedan jul sluddrigt tal kvällstid. Inga sensoriska symtom. Viktnedgång 4 kg."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Atrofier thenar bilat, hö > vä. Fascikulationer i deltoideus bilat och tungan. Livliga reflexer "
               "i armar och ben, Babinski pos hö. Sensibilitet ua. Gång: lätt spastisk."),
    ("Lab", F),
    ("Bedömning", "ENeG visar utbredd denervation i tre regioner. MR cervikalrygg utan myelopati. Sammantaget "
                  "uppfyller bilden kriterierna för ALS (reviderade El Escorial, definitiv). Samtidig diabetesneuropati "
                  "distalt i fötterna, känd sedan tidigare. Hypertoni, välreglerad."),
    ("Planering", "Remiss till ALS-teamet. Logopedbedömning. Kontakt med kurator inför brytpunktssamtal."),
    ("Information", "Diagnosen har ännu inte meddelats patienten. Diagnosbesked planeras nästa vecka med kurator "
                    "och hustrun närvarande."),
], must=["NL101"], why="definite ALS in a visible Bedömning while Information says the diagnosis has not been told to the patient")

C("nl101-prostatacancer-skelettmetastaser-besked-ej-givet", "skane", "uro", 76, [
    ("Kontaktorsak", "Telefonkontakt ang. svar på skelettskintigrafi."),
    ("Anamnes", "Utreds för PSA 86 och hård prostata. Biopsi 12/2 visade Gleason 4+4 i 8/12 kolvar. Ryggvärk "
                "sedan jul, tar Alvedon med viss effekt."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Röntgen", "Skelettskintigrafi 2/3: multipla upptag i bäckenet, L3, L5 och flera revben, förenliga med "
                "skelettmetastaser. DT buk/thorax: inga lever- eller lungmetastaser. Förstorade lymfkörtlar iliakalt."),
    ("Bedömning", "Prostatacancer Gleason 4+4=8, T3 N1 M1b, med skelettmetastaser. Känd förmaksflimmer och KOL. "
                  "Tillräckligt god funktionsnivå för kombinationsbehandling."),
    ("Åtgärd", "Start med T Bicalutamid 50 mg 1x1 i 4 v, därefter GnRH-analog. Remiss onkologen för ställningstagande "
               "till docetaxel."),
    ("Planering", "Pat har inte fått besked om skelettmetastaserna ännu – det sker vid återbesök hos undertecknad "
                  "fredag 8/3 kl 10. Ssk bokar tid och skickar kallelse."),
], must=["NL101"], why="metastatic prostate cancer stated in Röntgen and Bedömning; Planering says the patient has not been told about the metastases")

C("nl101-ovarialcancer-malignitet-ej-informerad", "vgr", "gyn", 58, [
    ("Kontaktorsak", "Postoperativ rond efter diagnostisk laparoskopi pga bilaterala adnexresistenser."),
    ("Anamnes", "Uppkördhet och tryckkänsla i buken sedan 2 mån. CA-125 1 240. Ascites på ultraljud."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Vid laparoskopin carcinos på peritoneum och oment. Fryssnitt: höggradig serös cancer. "
                  "Stadium IIIC. Därutöver hypotyreos och lätt anemi, Hb 104."),
    ("Planering", "Remiss Sahlgrenska gynonkologi. Tromboprofylax Fragmin 5000 E x 1 i 4 v."),
    ("Information", "Patienten är ännu inte informerad om att det rör sig om malignitet; hon sov vid ronden. "
                    "Besked ges i eftermiddag av ansvarig gynekolog tillsammans med kontaktsjuksköterskan."),
], must=["NL101"], why="high-grade serous ovarian cancer in Bedömning while the note says the patient is not yet informed of the malignancy")

C("nl101-aml-benmargssvar-ej-underrattad", "skane", "hem", 67, [
    ("Kontaktorsak", "Inneliggande, daganteckning dag 3."),
    ("Anamnes", "Inkom med trötthet, blåmärken och feber. Pancytopeni, blaster i perifert blod 32 %."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Benmärgsundersökning 14/5 visar akut myeloisk leukemi, NPM1-mutation, FLT3 neg. Neutropen "
                  "feber, odlingar neg hittills. Känd DM typ 2, insulinbehandlad under vårdtiden."),
    ("Åtgärd", "Fortsatt Tazocin. Trombocyttransfusion 1 enhet. CVK inlagd."),
    ("Planering", "Induktion 7+3 planeras start måndag efter MDK. Fertilitet ej aktuellt."),
    ("Information", "Pat ej underrättad om benmärgssvaret; samtal bokat imorgon kl 13 med maken."),
], setting="slutenvård", must=["NL101"], why="AML from the bone marrow stated visibly; Information says the patient has not been told the marrow result")

C("nl101-smacellig-lungcancer-besked-ej-givet", "vgr", "lung", 69, [
    ("Kontaktorsak", "Sammanfattning efter bronkoskopi och PET-DT."),
    ("Anamnes", "Storrökare, hosta och hemoptys sedan 6 v. Rtg pulm visade vä hilär förstoring."),
    ("Hereditet", F), ("Socialt", F), ("Läkemedel", F),
    ("Röntgen", "PET-DT 2/9: stor hilär tumör vä med mediastinala körtlar och två leverlesioner, samtliga "
                "FDG-upptagande. Skelett utan upptag."),
    ("Lab", F),
    ("Bedömning", "Småcellig lungcancer vä hilus med levermetastaser (extensive disease), PAD från bronkoskopin "
                  "5/9. KOL GOLD 2. Hyponatremi 128, sannolikt SIADH."),
    ("Planering", "Cytostatika karboplatin/etoposid + immunterapi, onkologkontakt tagen."),
    ("Information", "Besked om cancerdiagnosen är inte givet till pat ännu. Ringer och bokar samtal med pat och hustru."),
], must=["NL101"], why="small-cell lung cancer with liver metastases visible; the cancer diagnosis has not yet been told to the patient")

C("nl101-alzheimer-ej-kommunicerad", "skane", "geri", 78, [
    ("Kontaktorsak", "Sammanfattande bedömning efter basal och utvidgad demensutredning."),
    ("Anamnes", "Maken beskriver tilltagande minnessvikt i 2 år, glömmer spisen, hittar ej i nya miljöer. "
                "Pat själv tycker att minnet är som vanligt."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "Likvor: förhöjt tau 780, förhöjt P-tau, sänkt Abeta42. B12, folat och TSH normala."),
    ("Röntgen", "MR hjärna: bilateral hippocampusatrofi MTA 3, lindriga vitsubstansförändringar Fazekas 1."),
    ("Bedömning", "Alzheimers sjukdom med sen debut, MMSE 21/30, lindrig demens. Hypertoni och hypotyreos, "
                  "välbehandlade."),
    ("Åtgärd", "Insätter T Donepezil 5 mg 1x1 efter diagnossamtalet. Anhörigstöd via kommunens demenssjuksköterska."),
    ("Information", "Diagnosen är inte kommunicerad med patienten än. Diagnosbesked sker vid återbesök 18/6 med maken."),
], must=["NL101"], why="Alzheimer's disease in Bedömning; Information says the diagnosis is not yet communicated to the patient")

C("nl101-hcm-ekofynd-ej-informerad", "vgr", "kard", 34, [
    ("Kontaktorsak", "Ekokardiografi efter blåsljud vid idrottsläkarundersökning."),
    ("Anamnes", "Fotbollsspelare i division 2. Lätt andfåddhet vid maximal ansträngning. En synkope 2021 efter match."),
    ("Hereditet", "Farbror plötsligt död 41 år. Far har pacemaker."), ("Läkemedel", "Inga."),
    ("Status", F),
    ("Bedömning", "Eko visar asymmetrisk septumhypertrofi 22 mm med LVOT-gradient 48 mmHg i vila. Bilden är "
                  "diagnostisk för hypertrofisk obstruktiv kardiomyopati. EKG med vänsterkammarhypertrofi. "
                  "Lätt järnbrist sedan tidigare."),
    ("Åtgärd", "Remiss för Holter och MR hjärta. Rekommenderas tills vidare avstå tävlingsidrott."),
    ("Planering", "Genetisk utredning och kaskadscreening av familjen. Pat är inte informerad om ekofyndet än, "
                  "ekot gjordes av BMA och pat gick innan läkare hann träffa honom. Ringer honom imorgon."),
], must=["NL101"], why="HOCM diagnostic finding in Bedömning; Planering says the patient is not yet informed of the echo finding")

C("nl101-sigmoideumcancer-lungmetastaser-vet-ej", "skane", "kir", 66, [
    ("Kontaktorsak", "Inskrivning inför planerad sigmoideumresektion."),
    ("Anamnes", "Blod i avföringen sedan i somras. Koloskopi 3/10: cirkulär tumör i sigmoideum, PAD "
                "adenocarcinom. Staging-DT 20/10."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT thorax/buk 20/10: sigmoideumtumör utan överväxt. Tre nytillkomna noduli i hö lunga 6–11 mm, "
                "bedömda som metastaser vid MDK 24/10."),
    ("Bedömning", "Adenocarcinom i sigmoideum med lungmetastaser. Plan enligt MDK: primärtumören opereras först, "
                  "därefter onkologisk behandling. Därtill hypertoni och gikt."),
    ("Planering", "Op imorgon. Pat vet ännu inte om lungmetastaserna – information ges postoperativt av "
                  "ansvarig kolorektalkirurg när MDK-protokollet är klart."),
], setting="slutenvård", must=["NL101"], why="lung metastases of colon cancer stated in Röntgen/Bedömning; the patient does not yet know about them")

C("nl101-ms-diagnosbesked-ej-givet", "vgr", "neuro", 31, [
    ("Kontaktorsak", "Genomgång av MR och likvorsvar."),
    ("Anamnes", "Optikusneurit vä öga i januari, tillfrisknat. I april domningar i båda benen i 3 v."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Visus hö 1,0, vä 0,8. RAPD vä. Lätt nedsatt vibrationssinne distalt i benen. I övrigt ua."),
    ("Lab", "Likvor: oligoklonala band i likvor men ej serum, IgG-index 0,9. Celler 4."),
    ("Röntgen", "MR hjärna och rygg: multipla periventrikulära och juxtakortikala lesioner samt en "
                "laddande lesion i Th4-nivå."),
    ("Bedömning", "Uppfyller McDonald-kriterierna: skovvis förlöpande multipel skleros. Lätt D-vitaminbrist."),
    ("Information", "Pat har ej fått diagnosbesked – hon bad att få vänta med genomgången tills maken kan följa med. "
                    "Ny tid 6/6."),
], must=["NL101"], why="MS stated as established in Bedömning; patient has not received the diagnosis (by her own wish)")

C("nl101-hiv-konfirmerad-ej-informerad", "skane", "med", 29, [
    ("Kontaktorsak", "Inneliggande pga pneumoni, anteckning efter provsvar."),
    ("Anamnes", "Feber och torrhosta i 10 dagar, viktnedgång. Tidigare frisk. Resor till Thailand i vintras."),
    ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Pneumoni hö underlob, förbättrad på antibiotika. HIV-1-infektion, konfirmerad 3/5 med "
                  "westernblot, CD4 210. Oral candidos."),
    ("Åtgärd", "Byter till T Amoxicillin. Flukonazol 7 dagar. Smittspårning via infektionskliniken."),
    ("Information", "Pat ej informerad om HIV-diagnosen ännu; infektionsläkare kommer imorgon förmiddag för "
                    "diagnosbesked och smittskyddsinformation."),
], setting="slutenvård", must=["NL101"], why="confirmed HIV infection written in a visible Bedömning while the patient is not yet informed")

C("nl101-melanom-pad-ej-informerad", "skane", "hud", 52, [
    ("Kontaktorsak", "PAD-svar på excision av pigmenterad lesion rygg."),
    ("Anamnes", "Excision 28/8 av 9 mm asymmetrisk nevus på ryggen. Pat har många nevi och soliumanvändning i ungdomen."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Bedömning", "PAD: superficiellt spridande malignt melanom, Breslow 3,1 mm, ulceration, pT3b. Utöver detta "
                  "aktinisk keratos i pannan och seborroiska keratoser på bålen. Känd rosacea."),
    ("Åtgärd", "Remiss för utvidgad excision med 2 cm marginal och portvaktskörtelbiopsi."),
    ("Planering", "DT thorax/buk inför kirurgi. Pat ej informerad om PAD ännu, kallas till mottagningen "
                  "nästa vecka för besked. Kontaktsjuksköterska kopplas in."),
], must=["NL101"], why="malignant melanoma from PAD stated in Bedömning; Planering says the patient is not yet informed of the PAD")

C("nl101-glioblastom-anhoriga-informerade-pat-ej", "vgr", "onk", 61, [
    ("Kontaktorsak", "Efter MDK neuroonkologi."),
    ("Anamnes", "Debuterade med krampanfall och personlighetsförändring i februari. Resektion av vä temporal tumör 2/3."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Vaken, lätt ordmobiliseringssvårigheter. Ingen pares. Op-ärr läkt."),
    ("Lab", F),
    ("Bedömning", "PAD: glioblastom IDH-vildtyp, grad 4, MGMT metylerad. Postoperativ MR utan kvarvarande "
                  "laddande tumör. Symtomatisk epilepsi, anfallsfri på Keppra."),
    ("Planering", "Strålbehandling 60 Gy + temozolomid enl. Stupp. Start inom 4 v."),
    ("Information", "Hustrun och sonen informerade per telefon på pat:s tidigare uttryckta önskan. Pat själv är "
                    "ännu ej informerad om PAD, planeras vid återbesök med anhöriga 20/3."),
], must=["NL101"], why="glioblastoma visible; relatives were told but the patient himself has not been informed")

C("nl101-levercirros-ej-informerad-paverkad", "skane", "gastro", 57, [
    ("Kontaktorsak", "Epikris efter vårdtillfälle för ascites."),
    ("Anamnes", "Inkom med tilltagande bukomfång och ikterus. Alkoholöverkonsumtion sedan många år enl. dottern."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Lab", F),
    ("Röntgen", "Ultraljud lever: nodulär leverkontur, splenomegali 15 cm, riklig ascites. Ingen portatrombos."),
    ("Bedömning", "Alkoholorsakad levercirros Child-Pugh B med ascites. Esofagusvaricer grad 2 vid gastroskopi. "
                  "Hypokalemi korrigerad. Tidigare känd hypertoni, nu lågt BT och antihypertensiva utsatta."),
    ("Åtgärd", "Laparocentes 6 l. Spironolakton och Furix insatt. Propranolol 10 mg x2."),
    ("Information", "Pat ej informerad om cirrosdiagnosen under vårdtiden då han var konfusorisk de första dagarna. "
                    "Besked ges vid återbesök på mottagningen om 2 v."),
], setting="slutenvård", must=["NL101"], why="alcoholic liver cirrhosis in the epicrisis; patient was not informed of the diagnosis")

C("nl101-rcc-incidentalom-ej-informerad", "vgr", "kir", 64, [
    ("Kontaktorsak", "Mottagningsbesök efter DT buk pga gallstensbesvär."),
    ("Anamnes", "Upprepade gallstensanfall senaste halvåret. Planeras för kolecystektomi."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Röntgen", "DT buk 14/2: multipla gallstenar, gallblåsan tunnväggig. Som bifynd 6 cm solid, "
                "kontrastuppladdande tumör i hö njures nedre pol, typisk för njurcellscancer. Inga metastaser."),
    ("Bedömning", "Symtomgivande gallstenssjukdom. Njurcellscancer hö njure, 6 cm, bifynd. Lätt fettlever."),
    ("Planering", "Kolecystektomi skjuts upp. Remiss urologen SÄS. Pat ej informerad om njurfyndet ännu, "
                  "ansvarig urolog kontaktar pat inom en vecka."),
], must=["NL101"], why="incidental renal cell carcinoma buried beside gallstones; patient not yet informed of the kidney finding")

C("nl101-parkinson-datscan-ej-informerat", "skane", "neuro", 68, [
    ("Kontaktorsak", "Uppföljning efter DaTSCAN."),
    ("Anamnes", "Vilotremor hö hand sedan 1 år, mindre armpendling hö. Luktnedsättning. Förstoppning."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Vilotremor hö hand, rigiditet hö arm med kugghjulsfenomen, bradykinesi vid fingertapping hö. "
               "Postural stabilitet ua."),
    ("Röntgen", "DaTSCAN 3/4: nedsatt upptag i putamen bilat, vä > hö."),
    ("Bedömning", "Parkinsons sjukdom, Hoehn & Yahr 1. Samtidigt lindrig depression som behandlas i primärvården."),
    ("Planering", "Ännu ej informerat pat om Parkinsondiagnosen, det görs vid återbesök 2/5 med fru. "
                  "Därefter ställningstagande till levodopa."),
], must=["NL101"], why="Parkinson's disease stated in Bedömning; Planering says the patient has not yet been informed")

C("nl101-myelom-besked-hematolog", "vgr", "med", 72, [
    ("Kontaktorsak", "Inneliggande pga hyperkalcemi och njursvikt."),
    ("Anamnes", "Trötthet, törst, ryggvärk. Inkom med Ca 3,2 och krea 240."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "M-komponent IgG-kappa 48 g/l. Fria kappa 1 900 mg/l. Benmärg: 40 % klonala plasmaceller."),
    ("Röntgen", "Helkropps-DT lågdos: multipla osteolyser i kotpelare och bäcken."),
    ("Bedömning", "Multipelt myelom med hyperkalcemi, njursvikt och skelettlesioner. Hyperkalcemin förbättrad "
                  "efter vätska och zoledronsyra. Känt förmaksflimmer."),
    ("Planering", "Hematologkonsult tagen, behandlingsstart planeras. Pat har inte informerats om "
                  "myelomdiagnosen; besked ges av hematolog vid konsultationen imorgon."),
], setting="slutenvård", must=["NL101"], why="multiple myeloma visible; patient has not been informed, the haematologist will tell her")

C("nl101-ipf-mdk-ej-meddelat", "skane", "lung", 74, [
    ("Kontaktorsak", "Sammanfattning efter MDK interstitiell lungsjukdom 8/5."),
    ("Anamnes", "Tilltagande ansträngningsdyspné 2 år, torrhosta. Fd rökare. Inga exponeringar."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Bibasala sklerosrassel. Trumpinnefingrar. SaO2 94 % i vila."),
    ("Lab", F),
    ("Röntgen", "HRCT: UIP-mönster med basal honeycombing och traktionsbronkiektasier."),
    ("Bedömning", "Idiopatisk lungfibros enl. MDK-konsensus. Spirometri: VC 68 % av förv., DLCO 49 %. "
                  "Dessutom gastroesofageal reflux, behandlad."),
    ("Planering", "Antifibrotisk behandling nintedanib diskuteras. Inte meddelat patienten diagnosen ännu, "
                  "han har tid på mottagningen 15/5."),
], must=["NL101"], why="idiopathic pulmonary fibrosis visible in Bedömning; the diagnosis has not yet been told to the patient")

C("nl101-ftd-ej-informerad-insikt", "vgr", "geri", 66, [
    ("Kontaktorsak", "Diagnostiskt samtal med anhörig efter avslutad utredning."),
    ("Anamnes", "Hustrun beskriver personlighetsförändring sedan 3 år: ohämmat beteende, köper saker impulsivt, "
                "ändrade matvanor. Pat själv upplever inga problem."),
    ("Socialt", F), ("Läkemedel", F),
    ("Röntgen", "MR: frontal och anterior temporal atrofi, hö > vä. FDG-PET: frontalt hypometabolism."),
    ("Bedömning", "Beteendevariant av frontotemporal demens. Samtidigt hypertoni och DM typ 2."),
    ("Åtgärd", "Körkortsanmälan till Transportstyrelsen. Kontakt med biståndshandläggare."),
    ("Information", "Pat ej informerad om diagnosen pga bristande sjukdomsinsikt vid dagens samtal. Nytt samtal "
                    "med pat och fru planeras om 2 v."),
], must=["NL101"], why="frontotemporal dementia visible; the patient has not been informed (lack of insight)")

C("nl101-cervixcancer-typo-infomerad", "skane", "gyn", 41, [
    ("Kontaktorsak", "Svar på konbiopsi."),
    ("Anamnes", "HSIL vid screening, kolposkopi med suspekt område. Konisering 2/10."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Bedömning", "PAD: skivepitelcancer i cervix, invasionsdjup 6 mm, ej radikalt. Stadium IB1. "
                  "Därtill känd endometrios och migrän."),
    ("Planering", "MR lilla bäckenet och PET-DT. Remiss till gynonkologen SUS Lund för MDK."),
    ("Information", "Pat ej infomerad om PAD ännu, kontaktssk ringer och bokar tid för besked."),
], must=["NL101"], why="cervical cancer visible; 'ej infomerad' (typo) says the patient is not informed yet")

C("nl101-kll-ej-informerad", "vgr", "hem", 70, [
    ("Kontaktorsak", "Nybesök, remiss från VC pga lymfocytos."),
    ("Anamnes", "Lymfocytos sedan 2 år vid rutinkontroller. Inga B-symtom. Enstaka förstorade körtlar på halsen."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Flödescytometri bekräftar kronisk lymfatisk leukemi, Binet A. Ingen behandlingsindikation. "
                  "Känd KOL och hypertoni."),
    ("Planering", "Kontroll om 6 mån med blodstatus. Vaccination pneumokock."),
    ("Information", "Pat är inte informerad om KLL-diagnosen; han fick gå hem innan flödescytometrisvaret kom. "
                    "Planeras vid nästa besök."),
], must=["NL101"], why="CLL confirmed by flow cytometry is visible; the patient is not informed of the diagnosis")

C("nl101-patologisk-fraktur-ovetande", "skane", "ortop", 73, [
    ("Kontaktorsak", "Postop dag 2 efter märgspikning vä femur."),
    ("Anamnes", "Föll i köket efter att ha haft värk i vä lår i 2 mån. Tidigare opererad för bröstcancer 2016."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT thorax/buk: multipla skelettmetastaser och två levermetastaser."),
    ("Bedömning", "Patologisk fraktur vä femur i skelettmetastas, PAD från märgborrmaterialet visar metastas "
                  "från bröstcancer. Postoperativt stabil. Lätt förvirring dag 1, nu klar."),
    ("Planering", "Remiss onkologen. Mobilisering med fullbelastning."),
    ("Information", "Pat är ovetande om att frakturen orsakats av metastas. Onkolog tar samtalet."),
], setting="slutenvård", must=["NL101"], why="metastatic breast cancer behind a pathological fracture; the patient does not know")

C("nl101-brostcancer-tror-cysta", "vgr", "kir", 48, [
    ("Kontaktorsak", "Svar på trippeldiagnostik hö bröst."),
    ("Anamnes", "Knöl hö bröst sedan 1 mån. Mammografi och ultraljud 12/1, mellannålsbiopsi samma dag."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Invasiv duktal bröstcancer hö, 18 mm, ER+, HER2-neg, Ki67 25 %. Ultraljud axill ua. "
                  "Dessutom benign fibroadenom vä bröst och känd hypotyreos."),
    ("Planering", "Sektorresektion + portvaktskörtel. MDK 25/1."),
    ("Information", "Besked om bröstcancer ej lämnat ännu, pat tror att det är en cysta. Hon kommer på "
                    "besök med bröstsjuksköterska 23/1."),
], must=["NL101"], why="breast cancer visible in Bedömning; the patient has not been told and believes it is a cyst")

C("nl101-schizofreni-ej-informerad", "skane", "psyk", 24, [
    ("Kontaktorsak", "Sammanfattning efter utredning, psykosteamet."),
    ("Anamnes", "Sedan 1,5 år tilltagande isolering, rösthallucinationer och förföljelseidéer. Vårdad på "
                "avd 6 i höstas. Cannabisbruk tidigare, abstinent sedan 8 mån."),
    ("Hereditet", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Vaken, orienterad. Affektivt avflackad, tankestörning med sidospår. Inga suicidtankar."),
    ("Bedömning", "Diagnos enl. DSM-5: schizofreni, första episod. Cannabisbrukssyndrom i tidig remission. "
                  "Övervikt, BMI 31."),
    ("Planering", "Fortsatt Aripiprazol. Metabol kontroll. Psykopedagogik."),
    ("Information", "Pat ej informerad om diagnosen schizofreni ännu; psykologen vill ta det stegvis "
                    "inom psykopedagogiken."),
], must=["NL101"], why="schizophrenia diagnosis visible in Bedömning; Information says patient not yet informed")

C("nl101-huntington-gentest-ej-fatt-veta-utkast", "vgr", "neuro", 44, [
    ("Kontaktorsak", "Svar på gentest, anteckning inför återbesök."),
    ("Anamnes", "Ofrivilliga rörelser i ansiktet och fingrar sedan 1 år. Irritabilitet. Mor hade Huntingtons sjukdom."),
    ("Hereditet", "Mor avliden i Huntingtons sjukdom 62 år. Morbror samma."),
    ("Läkemedel", F),
    ("Status", "Koreatiska rörelser i fingrar och ansikte. Saccader långsamma. Gång bredspårig."),
    ("Bedömning", "Huntingtons sjukdom, genetiskt verifierad med 44 CAG-repetitioner. Lätt depression."),
    ("Planering", "Pat har ännu inte fått veta resultatet av gentestet. Besked med genetisk vägledare 3/4."),
], signed=False, must=["NL101"], why="unsigned draft: genetically verified Huntington's visible while the patient does not yet know")

C("nl101-attr-amyloidos-utkast", "skane", "kard", 79, [
    ("Kontaktorsak", "Svar på DPD-skintigrafi."),
    ("Anamnes", "Hjärtsvikt med bevarad EF sedan 2 år, bilateral karpaltunnelop. Ökande ödem."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Transtyretinamyloidos i hjärtat (ATTR-CM), Perugini grad 3, inga monoklonala proteiner. "
                  "Hjärtsvikt NYHA II-III. Permanent förmaksflimmer. Njursvikt stadium 3a."),
    ("Åtgärd", "Ökar Furix till 80 mg. Remiss för gentest TTR."),
    ("Planering", "Pat ej informerad om amyloidosdiagnosen, återbesök 12/9 för besked och diskussion om tafamidis."),
], signed=False, must=["NL101"], why="unsigned draft: cardiac ATTR amyloidosis visible, patient not informed")

C("nl101-brostcancerrecidiv-pleura", "vgr", "onk", 62, [
    ("Kontaktorsak", "Sammanfattning efter pleuratappning."),
    ("Anamnes", "Bröstcancer vä 2018, opererad och strålad, endokrin behandling avslutad 2023. Nu andfåddhet 3 v."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT thorax: stor pleuravätska hö, pleurala förtjockningar, inga lungmetastaser."),
    ("Bedömning", "Recidiv av bröstcancer med pleurametastaser, cytologi från pleuravätskan med adenocarcinomceller "
                  "av bröstursprung, ER+. Hypertoni."),
    ("Åtgärd", "Pleuradrän, 1,8 l tappat."),
    ("Information", "Pat ej informerad om recidivet ännu – cytologin kom efter att hon skrivits ut. Ringer henne "
                    "och bokar besök."),
], must=["NL101"], why="breast cancer recurrence visible; Information says the patient is not yet informed of it")

C("nl101-ventrikelcancer-typo-utkast", "skane", "med", 70, [
    ("Kontaktorsak", "Svar gastroskopi, PAD."),
    ("Anamnes", "Dyspepsi och järnbristanemi. Gastroskopi 6/11 visade ulcererad förändring i antrum."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "PAD: adenocarcinom i ventrikeln, intestinal typ. Järnbristanemi pga detta. Känd DM typ 2 "
                  "och hypotyreos."),
    ("Planering", "DT thorax/buk för staging. Remiss övre GI-kirurgi SUS Lund. Pat ej infromerad om PAD, "
                  "kallas till besök."),
], signed=False, must=["NL101"], why="unsigned draft: gastric adenocarcinoma visible; 'ej infromerad' (typo) = not informed")

C("nl101-blascancer-t2-ej-besked", "skane", "uro", 68, [
    ("Kontaktorsak", "Svar TUR-B."),
    ("Anamnes", "Makroskopisk hematuri i januari. Cystoskopi: solid tumör vä blåsvägg. TUR-B 5/2."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Röntgen", "DT urografi: inga övre urinvägstumörer, inga förstorade lymfkörtlar."),
    ("Bedömning", "Muskelinvasiv urotelial blåscancer, pT2 G3. Njurfunktion nedsatt, eGFR 52. BPH."),
    ("Planering", "MDK 27/2. Neoadjuvant cytostatika + cystektomi diskuteras. Besked om PAD ej givet "
                  "till pat; han ringde och frågade men undertecknad var på op."),
], must=["NL101"], why="muscle-invasive bladder cancer visible; the PAD result has not been given to the patient")

# ================================================================ NL101 near misses

C("nl101-not-pankreascancer-informerad-idag", "skane", "onk", 66, [
    ("Kontaktorsak", "Nybesök, diagnosbesked."),
    ("Anamnes", "Smärta i övre buken och viktnedgång. DT 3/9 och EUS med biopsi 10/9."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Adenocarcinom i pankreaskroppen med levermetastaser. God funktionsnivå, ECOG 1. "
                  "Känd hypertoni och hyperlipidemi."),
    ("Planering", "Palliativ cytostatika gemcitabin + nab-paklitaxel, start 30/9. Dietist."),
    ("Information", "Pat informerad om diagnosen och att behandlingen är livsförlängande, inte botande. "
                    "Tog beskedet sansat, frågade om resor. Hustrun närvarande."),
], must_not=["NL101"], why="pancreatic cancer visible but the patient was informed at the visit")

C("nl101-not-lungcancer-barnen-ej-informerade", "vgr", "lung", 73, [
    ("Kontaktorsak", "Återbesök för diagnosbesked."),
    ("Anamnes", "Hosta sedan i vintras. Bronkoskopi 4/3, PAD klar."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Adenocarcinom vä underlob, EGFR-mutation, stadium IVA pga pleuravätska. KOL GOLD 2."),
    ("Planering", "Osimertinib. Kontroll om 4 v med lab."),
    ("Information", "Pat informerad om lungcancern idag. Pat vill själv berätta för barnen, som ännu inte är "
                    "informerade; vi respekterar detta."),
], must_not=["NL101"], why="lung cancer visible; only the children are not informed, the patient is")

C("nl101-not-optid-ej-informerad", "skane", "kir", 58, [
    ("Kontaktorsak", "Mottagningsbesök inför rektumcanceroperation."),
    ("Anamnes", "Rektumcancer 9 cm ovan analöppningen, strålad 5x5 Gy i mars. Mår bra, inga tarmbesvär."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Rektumcancer T3 N1 M0 efter kortkursstrålning, lämplig för låg främre resektion. Välreglerad DM typ 2."),
    ("Planering", "Op planeras v. 22. Pat ej informerad om optid ännu – kallelse skickas när planeringen är klar."),
    ("Information", "Diagnos och operation genomgångna med pat vid förra besöket, han har inga nya frågor."),
], must_not=["NL101"], why="the not-informed statement is about the operation date, not the (already communicated) diagnosis")

C("nl101-not-normala-provsvar-brev", "vgr", "med", 64, [
    ("Kontaktorsak", "Uppföljning av trötthet."),
    ("Anamnes", "Trött sedan vintern. Känd KOL och hypertoni. Ingen viktnedgång, ingen feber."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "TSH 2,1, B12 380, folat 14, ferritin 85, Hb 139. Samtliga normala."),
    ("Bedömning", "KOL GOLD 2 och hypertoni, stabila. Tröttheten förklaras sannolikast av dålig sömn."),
    ("Planering", "Pat ej informerad om provsvaren ännu – normala, brev skickas. Spirometri om 1 år."),
], must_not=["NL101"], why="what the patient has not been told is a set of normal lab results, not a diagnosis")

C("nl101-not-lakemedelsbyte-ej-informerad", "skane", "kard", 71, [
    ("Kontaktorsak", "Journalgenomgång efter Holter."),
    ("Anamnes", "Hjärtklappning. Känt förmaksflimmer sedan 2019 och hjärtsvikt med nedsatt EF, bägge kända för pat."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "Paroxysmalt förmaksflimmer med otillräcklig frekvenskontroll. Hjärtsvikt EF 35 %, NYHA II."),
    ("Åtgärd", "Metoprolol byts till bisoprolol 5 mg 1x1 för bättre effekt."),
    ("Information", "Pat ännu inte informerad om att metoprolol byts ut; ssk ringer imorgon och går igenom doseringen."),
], must_not=["NL101"], why="the patient has not been told about a medication switch; both diagnoses are known to her")

C("nl101-not-tidiga-hypoteser-mall-skane", "skane", "neuro", 59, [
    ("Kontaktorsak", "Hypotes efter ENeG."),
    ("Anamnes", "Svaghet vä hand, fascikulationer i vä arm. Blandade neurofysiologiska fynd."),
    ("Status", "Atrofi första interosseus vä. Reflexer livliga vä arm."),
    ("Bedömning", "Misstänkt motorneuronsjukdom, ALS kan inte uteslutas. Pat ej informerad om denna misstanke, "
                  "kompletterande ENeG om 3 mån först."),
    ("Planering", "Ny ENeG i augusti. Ställningstagande därefter."),
], template="Tidiga hypoteser", must_not=["NL101"], why="Skåne: the uncommunicated hypothesis sits in the protected Tidiga hypoteser template")

C("nl101-not-tidiga-hypoteser-sokord-vgr", "vgr", "gastro", 55, [
    ("Kontaktorsak", "Återbesök, uppföljning efter DT buk."),
    ("Anamnes", "Viktnedgång 6 kg, nydebuterad diabetes. Ryggsmärta nattetid."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Tidiga hypoteser", "Oklar lågattenuerande förändring i pankreaskroppen 18 mm, pankreascancer misstänks. "
                         "Pat ej informerad om denna misstanke innan EUS med biopsi är gjord."),
    ("Planering", "EUS med biopsi bokad 11/4. Återbesök efter svar."),
], must_not=["NL101"], why="VGR: the uninformed suspicion is written only under the protected sökord Tidiga hypoteser")

C("nl101-not-informerad-av-onkolog", "skane", "kir", 69, [
    ("Kontaktorsak", "Postoperativ kontroll efter hemikolektomi."),
    ("Anamnes", "Hö-sidig hemikolektomi 12/5 för coekumcancer. Sårläkning ua. Avföring normaliserad."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Coekumcancer pT3 N2, levermetastaser i seg 6 och 7. Postoperativt förlopp utan komplikationer. "
                  "KOL, stabil."),
    ("Planering", "Onkologen handlägger fortsatt. Ingen kirurgisk kontroll."),
    ("Information", "Pat informerades om levermetastaserna av onkolog 3/6 enl. pat; han är införstådd med planen."),
], must_not=["NL101"], why="metastases visible but the patient has been informed (by the oncologist)")

C("nl101-not-tidigare-ej-nu-informerad", "vgr", "neuro", 36, [
    ("Kontaktorsak", "Återbesök, diagnosbesked MS."),
    ("Anamnes", "Två skov senaste året. MR och likvor klara sedan april."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Skovvis förlöpande multipel skleros. Lätt restpares vä ben."),
    ("Planering", "Start med ofatumumab efter vaccinationer. MR om 6 mån."),
    ("Information", "Pat var vid förra besöket inte informerad om diagnosen eftersom svaren saknades. Idag "
                    "fullständigt diagnosbesked, pat och sambo fick ställa frågor, skriftlig information medgiven."),
], must_not=["NL101"], why="the 'not informed' is about a past visit; the patient was fully informed today")

C("nl101-not-maken-ej-informerad", "skane", "gyn", 46, [
    ("Kontaktorsak", "PAD-besked."),
    ("Anamnes", "Konisering 3/9 pga HSIL. Mår bra."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Bedömning", "Skivepitelcancer i cervix stadium IA2, radikalt exciderad. Astma."),
    ("Planering", "MDK 2/10 ang. behov av kompletterande kirurgi."),
    ("Information", "Pat informerad om cervixcancern, hon förstod och ställde relevanta frågor. Maken ej informerad "
                    "på pat:s uttryckliga begäran."),
], must_not=["NL101"], why="only the husband is not informed, at the patient's wish; the patient herself is")

C("nl101-not-remiss-avslagen", "vgr", "ortop", 62, [
    ("Kontaktorsak", "Journalgenomgång, remissvar."),
    ("Anamnes", "Kronisk ländryggssmärta och gonartros hö, kända sedan år."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Röntgen", F),
    ("Bedömning", "Gonartros hö Ahlbäck 2 och kronisk lumbago. Ej operationsindikation i nuläget."),
    ("Planering", "Remissen till smärtmottagningen avslogs 3/4 med hänvisning till primärvården. Pat ej informerad "
                  "om att remissen avslogs; ssk ringer nästa vecka."),
], must_not=["NL101"], why="not-informed statement concerns a declined referral, not a diagnosis")

C("nl101-not-normal-koloskopi", "skane", "gastro", 55, [
    ("Kontaktorsak", "Svar på koloskopi."),
    ("Anamnes", "Utreds för positivt F-Hb. Känd ulcerös kolit sedan 2010, i remission på Asacol."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "Koloskopin 3/10 normal, inga polyper, slemhinna i läkt fas. Ulcerös kolit i remission."),
    ("Planering", "Pat har inte fått svaret på koloskopin ännu – ringer pat imorgon. Nästa övervakningskoloskopi 2027."),
], must_not=["NL101"], why="what the patient has not heard is a normal colonoscopy result")

C("nl101-not-ringt-basalcellscancer", "vgr", "hud", 74, [
    ("Kontaktorsak", "PAD-svar, telefonkontakt."),
    ("Anamnes", "Excision av sår på näsvingen 12/8."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Bedömning", "PAD: basalcellscancer, nodulär typ, radikalt exciderad. Dessutom aktiniska keratoser och "
                  "känd psoriasis."),
    ("Åtgärd", "Ringt pat och informerat om PAD, pat förstod och hade inga frågor."),
    ("Planering", "Ingen ytterligare åtgärd för BCC. Kontroll hos hudläkare om 1 år."),
], must_not=["NL101"], why="basal cell carcinoma visible and the patient was informed by phone")

C("nl101-not-fk-intyg", "skane", "psyk", 38, [
    ("Kontaktorsak", "Uppföljning, sjukskrivning."),
    ("Anamnes", "Recidiverande depression, nu medelsvår episod sedan februari. Sömn förbättrad."),
    ("Socialt", F), ("Läkemedel", F),
    ("Status", "Sänkt stämningsläge men bättre. Inga suicidtankar. God kontakt."),
    ("Bedömning", "Egentlig depression, recidiverande, medelsvår episod. Generaliserat ångestsyndrom. Förbättring."),
    ("Åtgärd", "Sjukskrivning förlängs 50 % t.o.m. 30/6."),
    ("Information", "Pat ej informerad om att intyget till FK redan skickats elektroniskt, meddelas via 1177."),
], must_not=["NL101"], why="the not-informed item is a certificate sent to Försäkringskassan, the diagnoses are known")

C("nl101-not-mr-kallelse", "vgr", "neuro", 50, [
    ("Kontaktorsak", "Uppföljning av migrän."),
    ("Anamnes", "Migrän utan aura sedan tonåren, nu tätare attacker 8/mån. Ny typ av huvudvärk vid hosta."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Migrän utan aura, kronifierad. Hypertoni. Hostutlöst huvudvärk, MR för att utesluta strukturell orsak."),
    ("Planering", "Profylax kandesartan. MR hjärna beställd. Pat har inte fått kallelse till MR ännu och är inte "
                  "informerad om tiden."),
], must_not=["NL101"], why="not informed about an MR appointment time; the diagnoses are known to the patient")

C("nl101-not-dottern-usa", "skane", "onk", 81, [
    ("Kontaktorsak", "Palliativt samtal."),
    ("Anamnes", "Metastaserad prostatacancer sedan 2021, nu progress trots abirateron."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "Kastrationsresistent prostatacancer med progress i skelettet. Smärta väl kontrollerad."),
    ("Planering", "Brytpunktssamtal genomfört. Remiss ASIH."),
    ("Information", "Pat informerad om progressen och att fortsatt tumörbehandling inte är meningsfull. Dottern, "
                    "som bor i USA, är ännu ej informerad; pat ringer henne själv i helgen."),
], must_not=["NL101"], why="patient informed of the progress; only the daughter abroad is not yet informed")

C("nl101-not-overflyttning-geriatrik", "vgr", "med", 86, [
    ("Kontaktorsak", "Daganteckning."),
    ("Anamnes", "Inlagd för hjärtsviktsförsämring. Känd aortastenos och förmaksflimmer."),
    ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Hjärtsvikt, nu kompenserad efter diures. Aortastenos, måttlig. Förmaksflimmer normofrekvent. "
                  "Nedsatt mobilitet."),
    ("Åtgärd", "Furix iv ändras till peroralt."),
    ("Planering", "Pat ej informerad om planerad överflyttning till geriatriken, görs vid ronden imorgon."),
], setting="slutenvård", must_not=["NL101"], why="not informed about a ward transfer, which is not a diagnosis")

C("nl101-not-dosreduktion-cytostatika", "skane", "onk", 59, [
    ("Kontaktorsak", "Inför kur 4 FOLFOX."),
    ("Anamnes", "Koloncancer stadium III, adjuvant behandling. Parestesier i fingrarna, ingen funktionspåverkan."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Koloncancer stadium III under adjuvant behandling. Perifer neuropati grad 1. Neutropeni grad 1."),
    ("Planering", "Oxaliplatin reduceras till 80 %. Pat ännu inte informerad om dosreduktionen, "
                  "ssk tar det vid kurstart."),
], must_not=["NL101"], why="the not-informed item is a dose reduction, the cancer is known to the patient")

C("nl101-not-tidiga-hypoteser-mall-skane-2", "skane", "geri", 75, [
    ("Kontaktorsak", "Tidig hypotes efter neuropsykologisk testning."),
    ("Anamnes", "Subjektiv minnessvikt, neuropsykolog finner nedsatt episodiskt minne."),
    ("Bedömning", "Trolig tidig Alzheimers sjukdom. Inte kommunicerat med pat ännu; likvoranalys inväntas "
                  "innan något sägs."),
], template="Tidiga hypoteser", must_not=["NL101"], why="Skåne: hypothesis not told to the patient stands in the protected Tidiga hypoteser template")

C("nl101-not-tidiga-hypoteser-sokord-vgr-2", "vgr", "uro", 63, [
    ("Kontaktorsak", "Mottagningsbesök, stigande PSA."),
    ("Anamnes", "PSA 4,2 → 9,8 på ett år. Inga miktionsbesvär."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "PR: förstorad, fast prostata med oregelbundenhet vä lob."),
    ("Tidiga hypoteser", "Prostatacancer misstänks starkt. Pat ej informerad om misstanken, han är mycket "
                         "ångestbenägen; tas upp när MR och biopsi föreligger."),
    ("Planering", "MR prostata och riktad biopsi. Återbesök efter svar."),
], must_not=["NL101"], why="VGR: the not-told suspicion is under the hidden sökord Tidiga hypoteser, visible parts hold only known facts")

C("nl101-not-besked-telefon-1177", "skane", "hem", 58, [
    ("Kontaktorsak", "Uppföljning efter benmärgsprov."),
    ("Anamnes", "Trombocytos sedan 1 år, nu JAK2-positiv."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "Essentiell trombocytemi, JAK2 V617F-positiv. Hög risk pga ålder och tidigare DVT."),
    ("Åtgärd", "Hydroxyurea 500 mg 1x1 insätts."),
    ("Information", "Besked om diagnosen lämnat till pat per telefon 12/3 av undertecknad, pat hade gett sitt "
                    "samtycke till telefonbesked. Skriftlig info via 1177-meddelande."),
], must_not=["NL101"], why="essential thrombocythaemia visible; diagnosis told by phone")

C("nl101-not-fick-besked-tidigare", "vgr", "lung", 67, [
    ("Kontaktorsak", "Kontroll under immunterapi."),
    ("Anamnes", "NSCLC stadium IV, pembrolizumab sedan mars. Mår bra, ingen hosta."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT thorax: minskande primärtumör, oförändrade binjuremetastaser."),
    ("Bedömning", "Icke-småcellig lungcancer stadium IV, partiell respons. Hypotyreos sekundär till immunterapin."),
    ("Information", "Pat fick diagnosbesked 4/2 av undertecknad. Idag informerad om DT-svaret och om hypotyreosen."),
], must_not=["NL101"], why="cancer and hypothyroidism visible; the patient has been told both")

C("nl101-not-vardplaneringsmote", "skane", "med", 83, [
    ("Kontaktorsak", "Daganteckning."),
    ("Anamnes", "Vårdas för pneumoni. Känd vaskulär demens och DM typ 2."),
    ("Läkemedel", F), ("Status", F), ("Lab", F), ("Röntgen", F),
    ("Bedömning", "Pneumoni hö underlob, förbättrad. Vaskulär demens. DM typ 2 med höga glukosvärden under infektionen."),
    ("Planering", "SIP/vårdplaneringsmöte med kommunen på torsdag. Pat ej informerad om mötet ännu; dottern "
                  "meddelad och kommer."),
], setting="slutenvård", must_not=["NL101"], why="the patient has not been told about a care-planning meeting, not a diagnosis")

C("nl101-not-svart-ta-till-sig", "vgr", "onk", 72, [
    ("Kontaktorsak", "Diagnosbesked."),
    ("Anamnes", "Ikterus, DT visade tumör i hilus."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Lab", F),
    ("Bedömning", "Kolangiocarcinom i leverhilus (Klatskintumör), ej resektabel. DM typ 2."),
    ("Planering", "PTC-drän, därefter gemcitabin/cisplatin om bilirubin sjunker."),
    ("Information", "Pat informerad om diagnosen och behandlingsmålet. Hade svårt att ta till sig "
                    "informationen, upprepades på slutet. Kontaktsjuksköterska ringer om 2 dagar."),
], must_not=["NL101"], why="patient informed (though with difficulty taking it in); no not-informed statement")

C("nl101-not-informera-maken-gjort", "skane", "geri", 80, [
    ("Kontaktorsak", "Återbesök, diagnosbesked."),
    ("Anamnes", "Minnessvikt 3 år. Utredning klar."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Bedömning", "Blanddemens (Alzheimer och vaskulär), MMSE 20. Hypertoni."),
    ("Åtgärd", "Donepezil 5 mg insätts."),
    ("Information", "Pat informerad om diagnosen. Bad oss informera maken, som väntade i väntrummet, vilket gjordes."),
], must_not=["NL101"], why="dementia visible; patient informed and asked that the husband be told too")

C("nl101-not-ingen-information-om-borrelia-prov", "skane", "inf", 48, [
    ("Kontaktorsak", "Uppföljning efter behandlad neuroborrelios."),
    ("Anamnes", "Facialispares hö i augusti, likvor med pleocytos och borreliaantikroppar. Behandlad med doxycyklin."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Facialisfunktion nästan återställd, lätt asymmetri vid leende."),
    ("Bedömning", "Neuroborrelios med perifer facialispares, god återhämtning. Pat känner till diagnosen sedan vårdtillfället."),
    ("Planering", "Ingen kontroll av borreliaserologi. Pat ej informerad om att kontrollprovet ställts in, "
                  "meddelas via 1177."),
], must_not=["NL101"], why="not informed about a cancelled control test; the diagnosis is known to the patient")

# ================================================================ NL102 positives

C("nl102-misstankt-jattecellsarterit-bland-ra", "skane", "reuma", 74, [
    ("Kontaktorsak", "Extra besök pga huvudvärk och tuggclaudicatio."),
    ("Anamnes", "Seropositiv RA sedan 2009 på metotrexat, i remission. Sedan 3 v tinningshuvudvärk hö, värk vid "
                "tuggning, morgonstelhet i axlarna. Ingen synpåverkan."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Ömmande, förtjockad a. temporalis hö med nedsatt pulsation. Leder utan synovit."),
    ("Lab", "SR 78, CRP 64, Hb 118, TPK 460."),
    ("Bedömning", "1. Reumatoid artrit i remission. 2. Misstänkt jättecellsarterit, start av kortison direkt. "
                  "3. Osteoporos, behandlad med alendronat. 4. Hypertoni."),
    ("Åtgärd", "Prednisolon 50 mg 1x1 från idag. Ultraljud temporalisartärer akut imorgon."),
    ("Planering", "Temporalisbiopsi om ultraljudet är inkonklusivt. Återbesök om 1 v."),
], must=["NL102"], why="'Misstänkt jättecellsarterit' buried among established diagnoses in a visible Bedömning")

C("nl102-dd-perikardit-kard", "vgr", "kard", 42, [
    ("Kontaktorsak", "Akut besök från akuten, bröstsmärta."),
    ("Anamnes", "Förkyld för 1 v sedan. Nu huggande bröstsmärta som lindras framåtlutad. Ingen dyspné."),
    ("Hereditet", F), ("Läkemedel", "Inga stående."),
    ("Status", F), ("Lab", "TnT 14, 16 (ej dynamik). CRP 38."),
    ("Bedömning", "Bröstsmärta med EKG med utbredda ST-höjningar konkava, PR-sänkning. Inte ischemisk bild. "
                  "Akut perikardit, DD myoperikardit. Ingen perikardvätska på bedside-eko."),
    ("Åtgärd", "Ibuprofen 600 mg x3 i 2 v, kolkicin 0,5 mg x2 i 3 mån."),
    ("Planering", "Eko på mottagningen om 1 v. Undvika träning i 3 mån."),
], must=["NL102"], why="'DD myoperikardit' is a differential diagnosis in a visible section")

C("nl102-mojlig-parkinson-neuro", "skane", "neuro", 71, [
    ("Kontaktorsak", "Nybesök, remiss VC pga darrning."),
    ("Anamnes", "Darrning vä hand sedan 8 mån, sämre vid stress. Handstil mindre. Fru upplever att han rör sig "
                "långsammare. Luktar sämre sedan några år."),
    ("Hereditet", F), ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Vilotremor vä hand, lätt nedsatt armpendling vä. Ingen rigiditet. Romberg ua."),
    ("Bedömning", "Möjlig begynnande Parkinsons sjukdom. Känd hypertoni och DM typ 2."),
    ("Planering", "DaTSCAN. Återbesök efter svar."),
], must=["NL102"], why="'Möjlig begynnande Parkinsons sjukdom' in a visible Bedömning of a Melior note")

C("nl102-sarkoidos-fragetecken", "vgr", "lung", 38, [
    ("Kontaktorsak", "Nybesök, bilaterala hiluskörtlar."),
    ("Anamnes", "Torrhosta 3 mån, trötthet, erythema nodosum på underbenen i våras. Ingen feber."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "S-ACE 92, Ca 2,58, CRP 12."),
    ("Röntgen", "DT thorax: bilaterala hilära och mediastinala lymfkörtlar, diskreta perilymfatiska noduli."),
    ("Bedömning", "Sarkoidos? Hypertoni sedan 2020. Lätt hyperkalcemi."),
    ("Planering", "Bronkoskopi med EBUS och BAL. Spirometri med DLCO. Ögonkonsult."),
], must=["NL102"], why="'Sarkoidos?' with a question mark in a visible Bedömning")

C("nl102-kan-ej-utesluta-celiaki", "skane", "gastro", 29, [
    ("Kontaktorsak", "Remiss från VC: järnbrist och diarréer."),
    ("Anamnes", "Lös avföring 3–4 ggr/d sedan 1 år, uppblåsthet, viktnedgång 3 kg. Järnbrist trots "
                "tablettbehandling."),
    ("Hereditet", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "Ferritin 6, Hb 112, transglutaminas-IgA 18 (ref <7), total-IgA normalt."),
    ("Bedömning", "Järnbristanemi. Celiaki kan ej uteslutas. Känd astma, välkontrollerad."),
    ("Åtgärd", "Gastroskopi med duodenalbiopsier, pat ska äta gluten fram till dess."),
    ("Planering", "Järninfusion Ferinject 1 g. Återbesök efter PAD."),
], must=["NL102"], why="'Celiaki kan ej uteslutas' is an uncertain diagnosis in a visible section")

C("nl102-trolig-lungemboli-inskrivning", "vgr", "med", 66, [
    ("Kontaktorsak", "Inskrivningsanteckning, dyspné."),
    ("Anamnes", "Knäprotes hö för 3 v sedan. Sedan igår plötslig andfåddhet och hö-sidig andningskorrelerad "
                "bröstsmärta. Ingen hosta eller feber."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Takypné 24, SaO2 91 % på luft, puls 108. Hö vad svullen."),
    ("Lab", "D-dimer 4,1. TnT 22. Krea 88."),
    ("Bedömning", "Trolig lungemboli efter ortopedisk kirurgi. Hypertoni, hypotyreos sedan tidigare."),
    ("Åtgärd", "Fragmin terapeutisk dos. DT lungartärer ikväll."),
], setting="slutenvård", must=["NL102"], why="'Trolig lungemboli' in a visible Bedömning of an admission note")

C("nl102-susp-appendicit-kir", "skane", "kir", 22, [
    ("Kontaktorsak", "Akut kirurgbedömning, buksmärta."),
    ("Anamnes", "Smärta runt naveln sedan igår som flyttat till hö fossa. Illamående, aptitlös. Ingen diarré."),
    ("Tidigare sjukdomar", "Tidigare frisk. Astma som barn."), ("Läkemedel", "P-piller."),
    ("Status", "Temp 38,1. Buk: palpöm och släppöm i hö fossa, lätt défense. Psoas pos."),
    ("Lab", "LPK 14,2, CRP 41. U-hCG neg."),
    ("Bedömning", "Susp. appendicit. Gynekologisk orsak osannolik, neg graviditetstest."),
    ("Åtgärd", "Fastande, iv vätska. Ultraljud buk."),
    ("Planering", "Laparoskopi ikväll om ultraljudet stöder appendicit."),
], setting="slutenvård", must=["NL102"], why="'Susp. appendicit' in a visible Bedömning")

C("nl102-misstanke-hjarnmetastaser-rontgen", "vgr", "onk", 60, [
    ("Kontaktorsak", "Kontroll under adjuvant behandling."),
    ("Anamnes", "Malignt melanom vä vad, opererat 2023. Nu huvudvärk på morgonen sedan 2 v och illamående."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT hjärna 4/6: två kontrastladdande förändringar frontalt hö med ödem, misstanke om hjärnmetastaser."),
    ("Bedömning", "Melanom under adjuvant nivolumab. Hypertoni."),
    ("Åtgärd", "Betapred 4 mg x2. MR hjärna akut."),
    ("Planering", "MDK neuroonkologi efter MR."),
], must=["NL102"], why="'misstanke om hjärnmetastaser' stands in the visible Röntgen section")

C("nl102-trolig-hemokromatos", "skane", "hem", 52, [
    ("Kontaktorsak", "Remiss från VC ang. högt ferritin."),
    ("Anamnes", "Ledvärk i MCP 2–3 bilat, trötthet. Högt ferritin upptäckt vid hälsokontroll."),
    ("Hereditet", F), ("Socialt", F), ("Läkemedel", F),
    ("Lab", "Ferritin 1 450, transferrinmättnad 78 %, ALAT 1,1."),
    ("Bedömning", "Trolig hemokromatos, HFE-gentest skickat. Lätt transaminasstegring. Artros i händerna."),
    ("Planering", "Ultraljud lever. Venesectio efter svar på gentest."),
], must=["NL102"], why="'Trolig hemokromatos' in a visible Bedömning")

C("nl102-sannolikt-lewy-body", "vgr", "geri", 76, [
    ("Kontaktorsak", "Uppföljning inom demensutredning."),
    ("Anamnes", "Synhallucinationer (ser barn i rummet), fluktuerande vakenhet, faller. Maken berättar att han "
                "pratar och slåss i sömnen."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Lätt rigiditet bilat, långsam gång. MMSE 22."),
    ("Bedömning", "Sannolikt Lewy body-demens. Känd ortostatisk hypotension och förstoppning."),
    ("Åtgärd", "Undvika neuroleptika. Rivastigmin plåster 4,6 mg."),
    ("Planering", "DaTSCAN. Återbesök 3 mån."),
], must=["NL102"], why="'Sannolikt Lewy body-demens' in a visible Bedömning")

C("nl102-misstankt-endometrios", "skane", "gyn", 27, [
    ("Kontaktorsak", "Remiss: svår dysmenorré."),
    ("Anamnes", "Mens sedan 12 års ålder, tilltagande smärtor senaste 5 år, djup dyspareuni. Frånvaro från jobb "
                "1–2 d/mån."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Gyn us: ömhet i fossa Douglasi och vä sakrouterinligament. Vaginalt ultraljud: normala ovarier."),
    ("Bedömning", "Misstänkt endometrios. IBS sedan tidigare. Järnbrist."),
    ("Åtgärd", "Kontinuerliga gestagener, Visanne 2 mg."),
    ("Planering", "Uppföljning om 3 mån, laparoskopi vid utebliven effekt."),
], must=["NL102"], why="'Misstänkt endometrios' in a visible Bedömning")

C("nl102-ev-interstitiell-cystit", "vgr", "uro", 54, [
    ("Kontaktorsak", "Nybesök, blåssmärta."),
    ("Anamnes", "Täta trängningar och blåssmärta som lindras vid miktion, sedan 2 år. Upprepade neg urinodlingar. "
                "Nykturi x3."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Buk mjuk, suprapubisk ömhet. Gyn us ua."),
    ("Lab", "U-odling neg x3. U-cytologi benign."),
    ("Bedömning", "Blåssmärtsyndrom, ev. interstitiell cystit. Hypotyreos. Fibromyalgi."),
    ("Planering", "Cystoskopi med hydrodistension i narkos. Miktionslista."),
], must=["NL102"], why="'ev. interstitiell cystit' is a hedged diagnosis in a visible Bedömning")

C("nl102-septisk-artrit-fragetecken", "skane", "ortop", 81, [
    ("Kontaktorsak", "Akut besök, svullet hö knä."),
    ("Anamnes", "Knäplastik hö 2019. Sedan 2 dagar svullnad, rodnad och värk, kan ej belasta. Frossa i natt."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Temp 38,6. Hö knä varmt, rodnat, uttalad hydrops, smärtsam rörlighet."),
    ("Lab", "CRP 210, LPK 16. Urat 420."),
    ("Bedömning", "?Protesinfektion hö knä, DD gikt. Känd KOL och förmaksflimmer."),
    ("Åtgärd", "Ledpunktion: grumlig vätska till odling och kristaller. Blododlingar x2."),
    ("Planering", "Antibiotika efter odlingar. Ortopedjour kontaktad för ställningstagande till revision."),
], setting="slutenvård", must=["NL102"], why="'?Protesinfektion ... DD gikt' is uncertain in a visible Bedömning")

C("nl102-tia-fragetecken-dd-anfall", "vgr", "neuro", 69, [
    ("Kontaktorsak", "Akutbesök, övergående talsvårigheter."),
    ("Anamnes", "Igår 15 min episod med svårt att hitta ord och ryckningar i hö hand, därefter trött. Helt "
                "återställd. Inga tidigare liknande episoder."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "NIHSS 0. Ingen pares, tal ua. Cor: oregelbunden rytm."),
    ("Röntgen", "DT hjärna + DT-angio: inga akuta förändringar, ingen karotisstenos."),
    ("Bedömning", "TIA? DD fokalt epileptiskt anfall med postiktal afasi. Nyupptäckt förmaksflimmer på EKG."),
    ("Åtgärd", "Eliquis 5 mg x2 insätts pga förmaksflimmer. EEG beställt."),
], must=["NL102"], why="'TIA? DD fokalt epileptiskt anfall' is uncertain in a visible Bedömning")

C("nl102-misstankt-hfpef-utkast", "skane", "kard", 77, [
    ("Kontaktorsak", "Nybesök, andfåddhet."),
    ("Anamnes", "Ansträngningsdyspné och bensvullnad sedan 6 mån. Behandlad hypertoni sedan 20 år."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "NT-proBNP 1 240. Krea 102."),
    ("Bedömning", "Misstänkt hjärtsvikt med bevarad ejektionsfraktion. Hypertoni, DM typ 2. Fetma."),
    ("Planering", "Eko. SGLT2-hämmare insätts redan nu."),
], signed=False, must=["NL102"], why="unsigned draft: 'Misstänkt hjärtsvikt med bevarad EF' in a visible Bedömning")

C("nl102-crohn-kan-inte-uteslutas", "vgr", "gastro", 23, [
    ("Kontaktorsak", "Nybesök, diarré och buksmärta."),
    ("Anamnes", "Diarréer 4–5/d sedan 4 mån, nattliga tömningar, smärta hö fossa. Viktnedgång 5 kg. Afte i munnen."),
    ("Hereditet", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Lätt ömhet hö fossa. Perianalt: hudflik."),
    ("Lab", "F-kalprotektin 890, CRP 24, Hb 121, albumin 33."),
    ("Bedömning", "Kronisk diarré med inflammatoriska markörer. Crohns sjukdom kan inte uteslutas. Laktosintolerans känd."),
    ("Planering", "Koloskopi med ileoskopi och MR tunntarm."),
], must=["NL102"], why="'Crohns sjukdom kan inte uteslutas' in a visible Bedömning")

C("nl102-missankt-lungcancer-typo", "skane", "lung", 64, [
    ("Kontaktorsak", "Remiss från VC, förändring på lungröntgen."),
    ("Anamnes", "Rökare 40 paketår. Hosta 2 mån, enstaka blodstrimmor."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Lab", F),
    ("Röntgen", "DT thorax: 3,5 cm spikulerad förändring hö ovanlob, förstorade körtlar station 4R."),
    ("Bedömning", "Missänkt lungcancer hö ovanlob. KOL GOLD 2. Hypertoni."),
    ("Planering", "PET-DT och bronkoskopi med EBUS. Kontaktsjuksköterska."),
], must=["NL102"], why="typo 'Missänkt lungcancer' is still a suspected diagnosis in a visible section")

C("nl102-dd-psoriasis-seborroisk", "vgr", "hud", 45, [
    ("Kontaktorsak", "Remiss: utslag i hårbotten och ansikte."),
    ("Anamnes", "Fjällande utslag i hårbotten, bakom öronen och i nasolabialvecken sedan 1 år. Klåda."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Välavgränsade erytematösa plack med silvrigt fjäll i hårbotten, fet gulaktig fjällning i "
               "nasolabialvecken. Naglar: några gropar."),
    ("Bedömning", "Hårbotten: DD psoriasis, DD seborroisk dermatit. Rosacea i ansiktet. Hypertoni."),
    ("Åtgärd", "Xamiol gel i hårbotten, Daktacort i ansiktet."),
    ("Planering", "Återbesök 8 v."),
], must=["NL102"], why="differential diagnoses 'DD psoriasis, DD seborroisk dermatit' in a visible Bedömning")

C("nl102-sannolkit-hypotyreos-typo", "skane", "med", 61, [
    ("Kontaktorsak", "Inskrivning, trötthet och förvirring."),
    ("Anamnes", "Tilltagande trötthet, frusenhet och viktuppgång i 6 mån. Nu förvirrad enl. make."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "Na 128, TSH 48, fritt T4 5. Krea 110."),
    ("Bedömning", "Sannolkit hypotyreos med hyponatremi. Förmaksflimmer känt. Artros."),
    ("Åtgärd", "Levaxin 25 mikrog startas. Långsam korrigering av Na."),
], setting="slutenvård", must=["NL102"], why="typo 'Sannolkit hypotyreos' is a probable diagnosis in a visible section")

C("nl102-trolig-astma-barn", "vgr", "barn", 8, [
    ("Kontaktorsak", "Nybesök, långdragen hosta."),
    ("Anamnes", "8-årig flicka med nattlig hosta och pip vid förkylningar sedan 2 år. Hostar vid gympa. "
                "Eksem som liten. Mamma har astma."),
    ("Hereditet", "Mor astma, far pollenallergi."),
    ("Läkemedel", "Inga."),
    ("Status", "Pigg. Pulm: enstaka ronki vid forcerad utandning. Hud: lätt torr i armvecken."),
    ("Bedömning", "Trolig astma. Atopiskt eksem, lindrigt."),
    ("Åtgärd", "Spirometri med reversibilitet. Provbehandling Flutide 50 mikrog 1x2 och Airomir vb."),
    ("Planering", "Återbesök om 6 v."),
], must=["NL102"], why="child under 13: 'Trolig astma' in a visible Bedömning (guardian reads the note)")

C("nl102-misstankt-bipolar-psyk", "skane", "psyk", 27, [
    ("Kontaktorsak", "Bedömningssamtal."),
    ("Anamnes", "Depressiva perioder sedan tonåren. Beskriver två veckolånga perioder med minskat sömnbehov, "
                "mycket energi och köpande. Ingen psykos."),
    ("Hereditet", "Morbror behandlad med litium."),
    ("Socialt", F), ("Läkemedel", F),
    ("Status", "Välvårdad, god kontakt, neutralt stämningsläge. Inga suicidtankar."),
    ("Bedömning", "Misstänkt bipolär sjukdom typ 2. ADHD sedan barndomen."),
    ("Planering", "Strukturerad intervju (MINI), stämningsdagbok. Sertralin trappas inte upp."),
], must=["NL102"], why="'Misstänkt bipolär sjukdom typ 2' in a visible Bedömning")

C("nl102-forenligt-trolig-bechterew", "vgr", "reuma", 33, [
    ("Kontaktorsak", "Nybesök, ryggvärk."),
    ("Anamnes", "Inflammatorisk ryggvärk sedan 3 år, morgonstelhet > 1 tim, bättre av rörelse. Irit vä öga 2022."),
    ("Hereditet", F), ("Läkemedel", F),
    ("Status", "Nedsatt rörlighet ländrygg, Schober 3 cm. Ömhet över SI-lederna."),
    ("Lab", "HLA-B27 pos. CRP 18."),
    ("Röntgen", "MR SI-leder: benmärgsödem bilat."),
    ("Bedömning", "Bilden är förenlig med trolig Mb Bechterew. Psoriasis i hårbotten."),
    ("Åtgärd", "NSAID full dos 4 v, fysioterapeut."),
], must=["NL102"], why="'förenlig med trolig Mb Bechterew' is a probable diagnosis in a visible section")

C("nl102-mojlig-borreliaartrit", "skane", "inf", 47, [
    ("Kontaktorsak", "Remiss från ortoped, knäsvullnad."),
    ("Anamnes", "Återkommande svullnad vä knä sedan 3 mån. Fästingbett i somras, inget EM-utslag noterat."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Vä knä: måttlig hydrops, ingen rodnad."),
    ("Lab", "Borrelia IgG starkt pos. CRP 22. Ledvätska: 18 000 celler, odling neg."),
    ("Bedömning", "Möjlig borreliaartrit i vä knä. Hypertoni."),
    ("Åtgärd", "Doxycyklin 100 mg 1x2 i 28 dagar."),
], must=["NL102"], why="'Möjlig borreliaartrit' in a visible Bedömning")

# ================================================================ NL102 near misses

C("nl102-not-ingen-misstanke-malignitet", "skane", "gastro", 63, [
    ("Kontaktorsak", "Återbesök efter gastroskopi och DT buk."),
    ("Anamnes", "Epigastrisk smärta och viktnedgång 3 kg under vintern, bättre sedan PPI."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT buk: normal pankreas, inga förstorade körtlar."),
    ("Bedömning", "Duodenalsår, Helicobacter pos, behandlat. Ingen misstanke om malignitet. DM typ 2 och hypertoni."),
    ("Planering", "Kontrollgastroskopi om 8 v. Utandningstest efter eradikering."),
], must_not=["NL102"], why="'Ingen misstanke om malignitet' is negated; the other diagnoses are established")

C("nl102-not-dvt-utesluten", "vgr", "med", 58, [
    ("Kontaktorsak", "Akutbesök, svullet vä ben."),
    ("Anamnes", "Svullnad och ömhet vä vad sedan 3 dagar efter lång bilresa. Ingen dyspné."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "D-dimer 0,9, CRP 8."),
    ("Bedömning", "DVT utesluten med ultraljud. Bakercysta vä knä, ruptur ej påvisad. Känd hypertoni."),
    ("Planering", "Kompression och avlastning. Ingen antikoagulation."),
], must_not=["NL102"], why="DVT is ruled out ('utesluten'); Baker's cyst is established")

C("nl102-not-inga-tecken-hjartsvikt", "skane", "kard", 70, [
    ("Kontaktorsak", "Kontroll efter PCI."),
    ("Anamnes", "NSTEMI i januari, PCI mot RCA. Mår bra, promenerar 5 km/dag."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Kranskärlssjukdom, status post NSTEMI och PCI, symtomfri. Inga tecken på hjärtsvikt. "
                  "Hyperlipidemi, LDL 1,6."),
    ("Planering", "Dubbel trombocythämning t.o.m. januari 2025. Kontroll på VC."),
], must_not=["NL102"], why="'Inga tecken på hjärtsvikt' is a negated mention")

C("nl102-not-icke-diagnostiska-hedgar", "vgr", "gastro", 41, [
    ("Kontaktorsak", "Kontroll Crohns sjukdom."),
    ("Anamnes", "Känd Crohns sjukdom i terminala ileum sedan 2015 på adalimumab. Stabil, 1–2 formade avf/d."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "F-kalprotektin 45, CRP <5, Hb 141."),
    ("Bedömning", "Crohns sjukdom i klinisk och biokemisk remission. B12-brist efter ileocekalresektion, substituerad."),
    ("Planering", "Fortsatt adalimumab. Ev. återbesök om 6 mån, kan eventuellt skötas via 1177 i stället. "
                  "Trol. MR tunntarm nästa år."),
], must_not=["NL102"], why="the only hedges ('ev. återbesök', 'trol. MR') concern plans, not diagnoses")

C("nl102-not-hereditet-trolig-alzheimer", "skane", "geri", 68, [
    ("Kontaktorsak", "Nybesök, minnesstörning."),
    ("Anamnes", "Glömmer namn och avtal senaste året. Klarar ekonomi och bilkörning."),
    ("Hereditet", "Mor hade trol. Alzheimer från 75 års ålder, aldrig utredd. Morfar misstänkt demens."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "MMSE 28/30, klocktest ua. Neurologiskt ua."),
    ("Lab", F),
    ("Bedömning", "Subjektiv kognitiv störning. Behandlad hypertoni och hypotyreos."),
    ("Planering", "Neuropsykologisk testning. Återbesök därefter."),
], must_not=["NL102"], why="the hedged diagnoses are family history in Hereditet, not the patient's")

C("nl102-not-tidigare-misstankt-epilepsi-avskriven", "vgr", "neuro", 34, [
    ("Kontaktorsak", "Nybesök, migrän."),
    ("Anamnes", "Migrän med aura sedan 15 år, nu 6 attacker/mån."),
    ("Tidigare sjukdomar", "Utreddes 2019 för misstänkt epilepsi efter synkope, EEG och MR normala, avskrevs. "
                           "Hypotyreos sedan 2016."),
    ("Socialt", F), ("Läkemedel", F), ("Status", F),
    ("Bedömning", "Migrän med aura, hög attackfrekvens. Hypotyreos, substituerad."),
    ("Planering", "Profylax med propranolol. Huvudvärksdagbok."),
], must_not=["NL102"], why="past suspicion of epilepsy that was ruled out in 2019 is past history, not a current hypothesis")

C("nl102-not-tidiga-hypoteser-mall-skane", "skane", "onk", 56, [
    ("Kontaktorsak", "Hypotes efter DT."),
    ("Anamnes", "Bröstcancer 2020, nu ryggvärk."),
    ("Röntgen", "DT: sklerotisk förändring L2, oklar dignitet."),
    ("Bedömning", "Misstänkt skelettmetastas L2, DD degenerativ förändring. Skelettskintigrafi bokas."),
], template="Tidiga hypoteser", must_not=["NL102"], why="Skåne: the hedged diagnosis sits in the protected Tidiga hypoteser template")

C("nl102-not-tidiga-hypoteser-sokord-vgr", "vgr", "neuro", 28, [
    ("Kontaktorsak", "Återbesök efter synrubbning."),
    ("Anamnes", "Dimsyn hö öga med smärta vid ögonrörelser i 2 v, nu på bättringsväg."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F),
    ("Status", "Visus hö 0,7, RAPD hö. Neurologiskt i övrigt ua."),
    ("Tidiga hypoteser", "Optikusneurit, misstänkt debut av MS. Inväntar MR och likvor innan detta tas upp med pat."),
    ("Bedömning", "Optikusneurit hö öga, i regress."),
    ("Planering", "MR hjärna och lumbalpunktion. Återbesök om 3 v."),
], must_not=["NL102"], why="VGR: the MS suspicion is only under the hidden sökord; the visible optic neuritis is established")

C("nl102-not-pmo-misstankt-pneumoni", "skane", "vc", 72, [
    ("Kontaktorsak", "Hosta och feber."),
    ("Anamnes", "Feber 39 i 4 dagar, hosta med gulgrönt upphostningar. KOL sedan tidigare."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Temp 38,7. Krepitationer hö basalt. SaO2 93 %."),
    ("Lab", "CRP 142."),
    ("Bedömning", "Misstänkt pneumoni hö basalt. KOL-exacerbation."),
    ("Åtgärd", "Kåvepenin 1 g x3 i 7 dagar. Prednisolon 5 dagar."),
    ("Planering", "Rtg pulm om försämring. Återbesök om 6 v med CRP."),
], must_not=["NL102"], why="PMO note (vårdcentral): diagnoses are never shown, so a suspected pneumonia is not NL102")

C("nl102-not-pmo-hemsjukvard-trol-uvi", "skane", "hsv", 88, [
    ("Kontaktorsak", "Hembesök, ökad förvirring."),
    ("Anamnes", "Bor på särskilt boende. Personalen rapporterar ökad förvirring 2 dagar, illaluktande urin. "
                "Känd demens och hjärtsvikt."),
    ("Läkemedel", F),
    ("Status", "Temp 37,9. Trött men väckbar. Lätt suprapubisk ömhet."),
    ("Lab", "U-sticka: nitrit pos, LPK 3+. CRP 56."),
    ("Bedömning", "Trol. UVI med konfusion. Demens, hjärtsvikt."),
    ("Åtgärd", "Pivmecillinam 400 mg x3 i 5 d. Urinodling skickad. Vätskelista."),
], must_not=["NL102"], why="PMO home care note: 'Trol. UVI' is never NL102 in PMO")

C("nl102-not-trol-hem-imorgon", "vgr", "med", 79, [
    ("Kontaktorsak", "Daganteckning."),
    ("Anamnes", "Vårdas för erysipelas vä underben. Feberfri sedan 2 dagar."),
    ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Erysipelas vä underben i regress. DM typ 2 med förhöjda glukosvärden under infektionen."),
    ("Åtgärd", "Byter till peroralt flukloxacillin."),
    ("Planering", "Trol. hem imorgon. Ev. dosökning av Metformin, diskuteras med VC. Kan eventuellt behöva "
                  "hemsjukvård för omläggning."),
], setting="slutenvård", must_not=["NL102"], why="hedges about discharge, dose and home care are not diagnostic")

C("nl102-not-le-avskrivs-efter-dt", "skane", "med", 48, [
    ("Kontaktorsak", "Inskrivning, bröstsmärta."),
    ("Anamnes", "Andningskorrelerad bröstsmärta vä efter förkylning, flygresa för 1 v sedan."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "DT lungartärer: ingen lungemboli. Liten vä-sidig pleuravätska."),
    ("Bedömning", "Lungemboli utesluten med DT. Pleurit vä efter virusinfektion. Astma."),
    ("Planering", "NSAID. Hem idag."),
], setting="slutenvård", must_not=["NL102"], why="pulmonary embolism ruled out by CT; pleuritis is established")

C("nl102-not-pneumoni-bekraftad-ej-empyem", "vgr", "med", 67, [
    ("Kontaktorsak", "Inskrivningsanteckning."),
    ("Anamnes", "Feber och hosta 5 d, andfådd. Behandlad KOL."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Röntgen", "Rtg pulm: infiltrat hö underlob. Ultraljud: ingen pleuravätska."),
    ("Bedömning", "Pneumoni hö underlob, röntgenverifierad. Ej tecken på empyem. KOL GOLD 3."),
    ("Åtgärd", "Bensylpenicillin 3 g x3 iv. Syrgas till SaO2 88–92 %."),
], setting="slutenvård", must_not=["NL102"], why="radiologically verified pneumonia and negated empyema")

C("nl102-not-ingen-anledning-misstanka-tia", "skane", "neuro", 62, [
    ("Kontaktorsak", "Återbesök efter episod av yrsel."),
    ("Anamnes", "Rotatorisk yrsel vid lägesändring i sängen, 30 sekunder åt gången, sedan 2 v."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Dix–Hallpike pos hö med geotrop nystagmus. Neurostatus i övrigt ua."),
    ("Bedömning", "Benign paroxysmal positionsyrsel hö. Ingen anledning att misstänka TIA. Hypertoni."),
    ("Åtgärd", "Epleys manöver utförd med god effekt."),
], must_not=["NL102"], why="'Ingen anledning att misstänka TIA' is negated; BPPV is established")

C("nl102-not-ms-uteslutes", "vgr", "neuro", 39, [
    ("Kontaktorsak", "Svar MR och likvor."),
    ("Anamnes", "Domningar i händer och fötter sporadiskt sedan 1 år. Ingen synpåverkan."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F),
    ("Lab", "Likvor: normala celler, inga oligoklonala band. B12 148."),
    ("Röntgen", "MR hjärna och halsrygg: inga demyeliniserande lesioner."),
    ("Bedömning", "MS uteslutes. Parestesierna förklaras av B12-brist. Känd migrän."),
    ("Åtgärd", "B12 1 mg x1 peroralt."),
], must_not=["NL102"], why="MS is ruled out ('uteslutes'); B12 deficiency is established")

C("nl102-not-fragetecken-ej-diagnos", "skane", "ortop", 84, [
    ("Kontaktorsak", "Postop dag 3, höftfraktur."),
    ("Anamnes", "Föll hemma, collumfraktur hö, opererad med hemiprotes 2/6."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Collumfraktur hö, opererad. Postoperativ anemi Hb 92. Osteoporos."),
    ("Planering", "Klarar pat trapporna hemma? Arbetsterapeut och fysioterapeut bedömer innan utskrivning. "
                  "Hemtjänst utökas?"),
], setting="slutenvård", must_not=["NL102"], why="question marks concern stairs and home help, not a diagnosis")

C("nl102-not-tidigare-misstankt-ra-ej-bekraftad", "skane", "reuma", 55, [
    ("Kontaktorsak", "Kontroll psoriasisartrit."),
    ("Anamnes", "Psoriasisartrit sedan 2020 på metotrexat, lindrig aktivitet."),
    ("Tidigare sjukdomar", "Remitterades 2018 med misstänkt reumatoid artrit, vilket inte bekräftades. Hypertoni."),
    ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "Psoriasisartrit med låg sjukdomsaktivitet. Fettlever."),
    ("Planering", "Fortsatt metotrexat 20 mg/v. Kontroll 6 mån."),
], must_not=["NL102"], why="a 2018 suspicion of RA that was not confirmed is past history, not a current hypothesis")

C("nl102-not-pmo-bvc-ev-komjolk", "skane", "bvc", 0, [
    ("Kontaktorsak", "4-månaderskontroll."),
    ("Anamnes", "Pojke, helammas. Kräks efter måltider, slemmig avföring, mycket gråt. Mor äter mejeriprodukter."),
    ("Status", "Vikt följer kurvan. Hud: lätt torr på kinderna. Buk mjuk."),
    ("Bedömning", "Ev. komjölksproteinallergi. Tillväxt normal."),
    ("Åtgärd", "Mor provar mjölkfri kost 2 v."),
    ("Planering", "Telefonkontakt om 2 v. Läkarbesök vid utebliven förbättring."),
], must_not=["NL102"], why="PMO BVC note: hedged diagnosis not NL102 in PMO")

C("nl102-not-hereditet-far-misstankt-als", "vgr", "neuro", 45, [
    ("Kontaktorsak", "Nybesök, muskelkramper."),
    ("Anamnes", "Nattliga vadkramper och fascikulationer i vaderna sedan 6 mån. Orolig pga fadern."),
    ("Hereditet", "Far hade misstänkt ALS, aldrig utredd, avled 71 år."),
    ("Tidigare sjukdomar", F), ("Läkemedel", F),
    ("Status", "Normal kraft, inga atrofier, normala reflexer."),
    ("Lab", "CK 180."),
    ("Bedömning", "Benigna fascikulationer. Inga tecken på motorneuronsjukdom. Hypertoni."),
    ("Planering", "ENeG för att lugna pat. Återbesök efter."),
], must_not=["NL102"], why="the suspected ALS belongs to the father (Hereditet); patient's own mention is negated")

C("nl102-not-kan-eventuellt-oka-dos", "skane", "endo", 59, [
    ("Kontaktorsak", "Årskontroll diabetes."),
    ("Anamnes", "DM typ 2 sedan 2012. Inga hypoglykemier. Promenerar dagligen."),
    ("Tidigare sjukdomar", F), ("Socialt", F), ("Läkemedel", F), ("Status", F), ("Lab", F),
    ("Bedömning", "DM typ 2 med HbA1c 61. Diabetesretinopati, lindrig, känd. Hypertoni."),
    ("Planering", "Ozempic kan eventuellt behöva ökas till 1 mg vid nästa kontroll. Fotterapeut."),
], must_not=["NL102"], why="the hedge concerns a dose increase; all diagnoses are established")

C("nl102-not-ingen-misstanke-sepsis-meningit", "vgr", "inf", 24, [
    ("Kontaktorsak", "Akut bedömning, feber och huvudvärk."),
    ("Anamnes", "Feber 39 och huvudvärk 2 d, halsont. Ingen nackstyvhet, inga utslag."),
    ("Socialt", F), ("Läkemedel", "Inga."),
    ("Status", "Opåverkad. Tonsiller förstorade med beläggningar. Nacke mjuk, Kernig neg."),
    ("Lab", "CRP 48, Strep A pos, laktat 1,1."),
    ("Bedömning", "Streptokocktonsillit. Ingen misstanke om sepsis. Ej tecken på meningit."),
    ("Åtgärd", "Kåvepenin 1 g x3 i 10 dagar."),
], must_not=["NL102"], why="sepsis and meningitis are negated; tonsillitis is established")

C("nl102-not-pmo-vc-dd-lumbago", "skane", "vc2", 45, [
    ("Kontaktorsak", "Ryggvärk."),
    ("Anamnes", "Akut lumbago efter lyft i fredags, utstrålning till vä ben till knät."),
    ("Socialt", F), ("Läkemedel", F),
    ("Status", "Lasegue neg. Reflexer lika. Ingen pares."),
    ("Bedömning", "Lumbago, DD diskbråck L5 vä. Ingen misstanke om cauda equina."),
    ("Åtgärd", "Naproxen och fysioterapi. Sjukskrivning 1 v."),
], must_not=["NL102"], why="PMO vårdcentral: 'DD diskbråck' is never NL102 in PMO")

# ---------------------------------------------------------------- patient sex where the text implies it
SEX = {
    "M": ["nl101-pankreascancer-pad-ej-meddelat", "nl101-als-ej-meddelad-brytpunkt",
          "nl101-prostatacancer-skelettmetastaser-besked-ej-givet", "nl101-smacellig-lungcancer-besked-ej-givet",
          "nl101-hcm-ekofynd-ej-informerad", "nl101-glioblastom-anhoriga-informerade-pat-ej",
          "nl101-levercirros-ej-informerad-paverkad", "nl101-parkinson-datscan-ej-informerat",
          "nl101-ipf-mdk-ej-meddelat", "nl101-ftd-ej-informerad-insikt", "nl101-kll-ej-informerad",
          "nl101-blascancer-t2-ej-besked", "nl101-not-pankreascancer-informerad-idag", "nl101-not-optid-ej-informerad",
          "nl101-not-informerad-av-onkolog", "nl101-not-dottern-usa", "nl101-not-tidiga-hypoteser-sokord-vgr-2",
          "nl102-mojlig-parkinson-neuro", "nl102-sannolikt-lewy-body", "nl102-not-pmo-bvc-ev-komjolk"],
    "F": ["nl101-ovarialcancer-malignitet-ej-informerad", "nl101-aml-benmargssvar-ej-underrattad",
          "nl101-alzheimer-ej-kommunicerad", "nl101-ms-diagnosbesked-ej-givet", "nl101-cervixcancer-typo-infomerad",
          "nl101-patologisk-fraktur-ovetande", "nl101-brostcancer-tror-cysta", "nl101-brostcancerrecidiv-pleura",
          "nl101-not-lakemedelsbyte-ej-informerad", "nl101-not-maken-ej-informerad", "nl101-not-informera-maken-gjort",
          "nl102-susp-appendicit-kir", "nl102-misstankt-endometrios", "nl102-ev-interstitiell-cystit",
          "nl102-sannolkit-hypotyreos-typo", "nl102-trolig-astma-barn"],
}
_byname = {c["name"]: c for c in CASES}
for _sx, _names in SEX.items():
    for _n in _names:
        _byname[_n]["sex"] = _sx

# ---------------------------------------------------------------- assembly and validation


def luhn_digit(nine):
    s = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)


def pnr_ok(pnr, birth):
    m = re.fullmatch(r"(\d{8})-(\d{4})", pnr)
    if not m or m.group(1) != birth.replace("-", ""):
        return False
    ten = m.group(1)[2:] + m.group(2)
    return luhn_digit(ten[:9]) == ten[9]


def build():
    records = []
    problems = []
    for i, c in enumerate(CASES):
        rng = random.Random(int(hashlib.sha256(c["name"].encode()).hexdigest()[:12], 16))
        rs = c["rs"]
        spec = c["spec"]
        system = "PMO" if spec in PMO_UNITS else "Melior"
        unit_name = UNITS[rs][spec]
        hsa = HSA_PREFIX[rs] + str(int(hashlib.sha256(unit_name.encode()).hexdigest()[:6], 16) % 9000 + 1000)
        month = rng.randint(1, 11)
        day = rng.randint(1, 28)
        hour = rng.randint(8, 16)
        minute = rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        t = datetime.datetime(2024, month, day, hour, minute)
        signed = None
        if c["signed"]:
            s = t + datetime.timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
            signed = s.isoformat()
        as_of = datetime.datetime(2024, month, day) + datetime.timedelta(days=rng.randint(3, 20))
        if as_of.year != 2024:
            as_of = datetime.datetime(2024, 12, 31)
        age = c["age"]
        bd = datetime.date(2024 - age, month, day) - datetime.timedelta(days=rng.randint(30, 300))
        sex = c["sex"] or rng.choice("MF")
        d1 = rng.randint(0, 9)
        d2 = rng.randint(0, 9)
        d3 = rng.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
        nine = bd.strftime("%y%m%d") + f"{d1}{d2}{d3}"
        pnr = bd.strftime("%Y%m%d") + "-" + f"{d1}{d2}{d3}" + luhn_digit(nine)
        sections = []
        for kw, text in c["sections"]:
            if text is None:
                text = uniq(rng, lambda r, kw=kw: FILL[kw](r, rs))
            for s_ in sentences(text):
                if len(s_) >= 25:
                    if s_ in USED:
                        problems.append(f"{c['name']}: repeated sentence: {s_!r}")
                    USED.add(s_)
            sections.append({"keyword": kw, "text": text})
        if system == "Melior" and rng.random() < 0.5:
            last = sections[-1]
            doc = DOCTORS[rs][i % len(DOCTORS[rs])]
            initials = "".join(p[0] for p in doc.split()).upper()
            last["text"] = last["text"] + f"\nDikt. {initials}/{rng.choice(SECR)}"
        template = c["template"] or ("Läkaranteckning" if system == "Melior" else "Besöksanteckning")
        role = "läkare"
        note = {
            "id": "n1", "system": system, "template": template,
            "unit": {"name": unit_name, "hsa_id": hsa},
            "author": {"name": DOCTORS[rs][(i * 7) % len(DOCTORS[rs])], "role": role},
            "time": t.isoformat(), "signed": signed, "setting": c["setting"],
            "refs": [], "sections": sections,
        }
        record = {
            "patient": {"id": pnr, "birth_date": bd.isoformat(), "protected_identity": False},
            "as_of": as_of.isoformat(),
            "notes": [note], "access_events": [], "conversations": [], "treatments": [],
        }
        case = {"case": c["name"], "ruleset": rs, "record": record,
                "must": [[code, "n1"] for code in c["must"]],
                "must_not": [[code, "n1"] for code in c["must_not"]],
                "why": c["why"]}
        records.append(case)
    return records, problems


def validate(cases, problems):
    names = set()
    for c in cases:
        n = c["case"]
        if n in names:
            problems.append(f"duplicate case name {n}")
        names.add(n)
        if set(c) != {"case", "ruleset", "record", "must", "must_not", "why"}:
            problems.append(f"{n}: bad keys")
        if c["ruleset"] not in ("skane", "vgr"):
            problems.append(f"{n}: bad ruleset")
        if not c["must"] and not c["must_not"]:
            problems.append(f"{n}: asserts nothing")
        if not c["why"]:
            problems.append(f"{n}: no why")
        r = c["record"]
        p = r["patient"]
        if not pnr_ok(p["id"], p["birth_date"]):
            problems.append(f"{n}: bad personnummer {p['id']}")
        ids = {x["id"] for x in r["notes"]}
        if len(ids) != len(r["notes"]):
            problems.append(f"{n}: duplicate note ids")
        for code, tgt in c["must"] + c["must_not"]:
            if tgt not in ids:
                problems.append(f"{n}: target {tgt} missing")
            if code not in ("NL101", "NL102"):
                problems.append(f"{n}: unexpected code {code}")
        musts = {x[0] for x in c["must"]}
        if musts & {x[0] for x in c["must_not"]}:
            problems.append(f"{n}: code both must and must_not")
        try:
            datetime.datetime.fromisoformat(r["as_of"])
        except ValueError:
            problems.append(f"{n}: bad as_of")
        bd = datetime.date.fromisoformat(p["birth_date"])
        for note in r["notes"]:
            tt = datetime.datetime.fromisoformat(note["time"])
            if tt.year != 2024:
                problems.append(f"{n}: note not in 2024")
            if note["signed"] is not None:
                st = datetime.datetime.fromisoformat(note["signed"])
                if st < tt:
                    problems.append(f"{n}: signed before time")
            age = tt.year - bd.year - ((tt.month, tt.day) < (bd.month, bd.day))
            if 13 <= age <= 15:
                problems.append(f"{n}: patient aged 13-15")
            if note["system"] == "PMO":
                if c["ruleset"] != "skane":
                    problems.append(f"{n}: PMO outside Skåne")
                if "NL101" in {x[0] for x in c["must"] + c["must_not"]}:
                    problems.append(f"{n}: NL101 asserted on PMO")
                if "NL102" in musts:
                    problems.append(f"{n}: NL102 must on PMO")
            if not (1 <= len(note["sections"]) <= 12):
                problems.append(f"{n}: section count")
    return problems


def main():
    cases, problems = build()
    problems = validate(cases, problems)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        for k in ("must", "must_not"):
            for code, _ in c[k]:
                counts[(code, k)] = counts.get((code, k), 0) + 1
    print(f"{len(cases)} cases -> {OUT}")
    for (code, k), v in sorted(counts.items()):
        print(f"  {code} {k}: {v}")
    by_rs = {}
    for c in cases:
        by_rs[c["ruleset"]] = by_rs.get(c["ruleset"], 0) + 1
    print("  rulesets:", by_rs)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
